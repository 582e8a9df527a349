"""Property tests over the public entry points: whatever a shop or its customers
send, a call returns a result or raises a CaredeskError with a code; it never
crashes, never raises anything else, and a failed change leaves a ticket as it was.

Inputs are generated (hypothesis): JSON-like documents with multi-byte text,
lone surrogates, huge integers, floats, aware and naive datetimes and deep
nesting, and valid documents from tests/vectors with one leaf replaced.
"""

import copy
import json
import re
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import caredesk
from caredesk import Calendar, Money, ReplyCatalog, ReturnPolicy, Sla, Ticket, Triage

VECTORS = Path(__file__).resolve().parents[2] / "tests" / "vectors"
CODE = re.compile(r"^(input|money|ticket|sla|triage|returns|reply)\.[a-z_]+$")
NOW = datetime(2026, 3, 2, 12, tzinfo=timezone.utc)
PROPERTY = settings(max_examples=120, deadline=timedelta(seconds=5),
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

# Every code point, surrogates included, and text long enough to matter.
any_text = st.text(st.characters(exclude_categories=()), max_size=40)
numbers = st.one_of(st.integers(), st.integers(min_value=2**60, max_value=2**80),
                    st.integers(min_value=-2**80, max_value=-2**60),
                    st.floats(allow_nan=True, allow_infinity=True))
instants = st.one_of(
    st.datetimes(timezones=st.just(timezone.utc)),
    st.datetimes(timezones=st.sampled_from([timezone(timedelta(hours=h)) for h in (-11, 0, 5, 14)])),
    st.datetimes(),  # naive
)
leaves = st.one_of(st.none(), st.booleans(), numbers, any_text, instants, st.dates(),
                   st.sampled_from(["email", "chat", "customer", "agent", "EUR", "2026-03-02T08:00:00Z",
                                    "open", "solved", "DE", "unwanted", "24h", "09:00", "Europe/Rome"]))
documents = st.recursive(
    leaves,
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(any_text | st.sampled_from(
        ["id", "at", "body", "type", "status", "policies", "items", "country", "zone", "weekly"]), inner, max_size=4)),
    max_leaves=25,
)


def deep(depth):
    value = {}
    for _ in range(depth):
        value = {"a": [value]}
    return value


def vector_documents():
    docs = []
    for path in sorted(VECTORS.glob("*/*.json")):
        data = json.loads(path.read_text())
        for key in ("ticket", "config", "sla", "policy"):
            if isinstance(data.get(key), dict):
                docs.append(data[key])
        for case in data.get("cases", [])[:2]:
            if isinstance(case, dict) and isinstance(case.get("request"), dict):
                docs.append(case["request"])
    return docs


VALID = vector_documents()


def paths(value, prefix=()):
    yield prefix
    if isinstance(value, dict):
        for k, v in value.items():
            yield from paths(v, prefix + (k,))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from paths(v, prefix + (i,))


@st.composite
def mutated(draw):
    """A valid document from the vectors with one value replaced."""
    doc = copy.deepcopy(draw(st.sampled_from(VALID)))
    where = draw(st.sampled_from(list(paths(doc))[1:] or [()]))
    if not where:
        return draw(documents)
    parent = doc
    for step in where[:-1]:
        parent = parent[step]
    parent[where[-1]] = draw(documents | st.just(deep(100)))
    return doc


inputs = st.one_of(documents, mutated(), st.just(deep(70)), st.just(deep(3000)))


def outcome(call, *args, **kwargs):
    """Runs the call; a CaredeskError must carry a documented code."""
    try:
        return call(*args, **kwargs)
    except caredesk.CaredeskError as e:
        assert CODE.match(e.code), f"uncoded: {e.code!r} from {call}"
        return e


def base_ticket():
    t = Ticket("T-1", "email", {"id": "c"}, datetime(2026, 3, 2, 8, tzinfo=timezone.utc))
    t.add_message({"id": "m1", "at": datetime(2026, 3, 2, 8, tzinfo=timezone.utc), "author": "customer",
                   "body": "Où est mon colis ?"})
    return t


@PROPERTY
@given(inputs)
def test_documents_give_a_result_or_a_coded_error(doc):
    outcome(Ticket.from_dict, doc)
    outcome(Sla, doc)
    outcome(Calendar, doc)
    outcome(Triage, doc)
    outcome(ReturnPolicy, doc)
    outcome(Money.from_dict, doc)
    outcome(caredesk.evaluate_return, doc, ReturnPolicy(), NOW)
    outcome(Triage().classify, doc)
    outcome(ReplyCatalog().render, "acknowledgement", "fr", doc if isinstance(doc, dict) else {"x": doc})


@PROPERTY
@given(inputs)
def test_a_failed_change_leaves_the_ticket_unchanged(doc):
    t = base_ticket()
    before = t.to_json()
    for change in (t.add_message, t.apply):
        result = outcome(change, doc)
        if isinstance(result, caredesk.CaredeskError):
            assert t.to_json() == before
        before = t.to_json()


@PROPERTY
@given(any_text)
def test_texts_give_a_result_or_a_coded_error(text):
    for reader in (Ticket.from_json, Sla.from_json, Sla.from_toml, Calendar.from_json, Calendar.from_toml,
                   Triage.from_json, ReturnPolicy.from_json, ReturnPolicy.from_toml, caredesk.holidays_from_ics):
        outcome(reader, text)
    outcome(Money.parse, text, "EUR")
    outcome(Money.parse, "1.00", text)
    outcome(lambda: ReplyCatalog({"en/formal.ftl": f"x = {text}\ny = {{ $a }} {text}"}))
    outcome(lambda: caredesk.lint_templates({"de/formal.ftl": text}))
    outcome(ReplyCatalog().render, text, text, {text: text})


@PROPERTY
@given(st.one_of(st.integers(), st.integers(min_value=2**62, max_value=2**90),
                 st.integers(max_value=-2**62, min_value=-2**90), st.booleans(), st.none(), any_text))
def test_integers_of_any_size_give_a_result_or_a_coded_error(n):
    cal = Calendar({"zone": "Europe/Berlin", "weekly": {"mon": [["09:00", "17:00"]]}})
    outcome(cal.add_business_days, date(2026, 3, 2), n)
    outcome(caredesk.holidays, "DE", n)
    outcome(caredesk.easter, n)
    outcome(Money, n, "EUR")
    outcome(Money(100, "EUR").percent_bps, n)


@PROPERTY
@given(st.lists(inputs, max_size=5))
def test_batches_keep_order_and_put_errors_in_place(docs):
    results = outcome(caredesk.evaluate_returns, docs, ReturnPolicy(), NOW, errors="return")
    if not isinstance(results, caredesk.CaredeskError):
        assert len(results) == len(docs)
        for r in results:
            assert not isinstance(r, caredesk.CaredeskError) or CODE.match(r.code)
    results = outcome(Triage().classify_many, docs, errors="return")
    if not isinstance(results, caredesk.CaredeskError):
        assert len(results) == len(docs)
