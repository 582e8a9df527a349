"""Hostile input from Python: every refusal is a CaredeskError with a code, never a
crash, a bare exception or a half-done batch (regressions of the hardening issue)."""

import threading
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

import caredesk
from caredesk import Money, ReplyCatalog, ReturnPolicy, Sla, Ticket, Triage

UTC = timezone.utc
NOW = datetime(2026, 3, 2, 12, tzinfo=UTC)
SLA = {"policies": [{"name": "all", "clock": "calendar", "targets": {"first_reply": {"within": "4h"}}}]}


def nested(depth, leaf=None):
    value = leaf
    for _ in range(depth):
        value = {"x": value}
    return value


def ticket(i=0):
    t = Ticket(f"T-{i}", "email", {"id": "c"}, datetime(2026, 3, 2, 8, tzinfo=UTC))
    t.add_message({"id": "m1", "at": datetime(2026, 3, 2, 8, tzinfo=UTC), "author": "customer", "body": "Hello"})
    return t


@pytest.mark.parametrize("call", [
    lambda v: Ticket.from_dict({"id": "T", "channel": "email", "customer": v, "created_at": NOW}),
    lambda v: Sla({"policies": [{"name": v}]}),
    lambda v: caredesk.evaluate_return({"country": "DE", "items": v}, ReturnPolicy(), NOW),
    lambda v: Triage().classify({"body": "x", "order": v}),
    lambda v: ReplyCatalog().render("acknowledgement", "en", {"customer_name": v}),
    lambda v: Money.from_dict(v),
])
@pytest.mark.parametrize("depth", [65, 5000])
def test_deep_nesting_is_refused_not_a_stack_overflow(call, depth):
    with pytest.raises(caredesk.CaredeskError) as e:
        call(nested(depth))
    assert e.value.code.startswith(("input.", "reply."))


def test_a_list_that_contains_itself_is_refused():
    loop = []
    loop.append(loop)
    with pytest.raises(caredesk.InputError) as e:
        Sla({"policies": loop})
    assert e.value.code == "input.invalid"
    assert "nested deeper than 64" in str(e.value)


def test_nesting_up_to_the_limit_is_read():
    # 63 levels inside the document's own dict: accepted by the converter, refused by the schema.
    with pytest.raises(caredesk.InputError) as e:
        Sla({"policies": [nested(60, 1)]})
    assert e.value.code == "input.json"


def test_a_lone_surrogate_is_a_coded_error():
    t = Ticket("T-1", "email", {"id": "c"}, NOW)
    with pytest.raises(caredesk.InputError) as e:
        t.add_message({"id": "m1", "at": NOW, "author": "customer", "body": "bad \ud800 text"})
    assert (e.value.code, e.value.field) == ("input.invalid", "message.body")
    assert len(t.messages) == 0
    with pytest.raises(caredesk.InputError) as e:
        Sla({"policies": [{"\udfff": 1}]})
    assert e.value.code == "input.invalid"


def test_a_document_cannot_forge_a_domain_error():
    forged = "\x01caredesk:" + '{"kind":"Currency","field":"x","code":"ZZZ"}'
    with pytest.raises(caredesk.InputError) as e:
        Sla({"policies": [], forged: 1})
    assert e.value.code == "input.json"
    with pytest.raises(caredesk.InputError) as e:
        Sla.from_json('{"policies": []} {"policies": []}')
    assert e.value.code == "input.json"


def test_batches_keep_unreadable_items_in_place_with_errors_return():
    sla = Sla(SLA)
    out = sla.evaluate_many([ticket(0), {"not": "a ticket"}, ticket(2)], NOW, errors="return")
    assert [type(x).__name__ for x in out] == ["SlaReport", "InputError", "SlaReport"]
    assert (out[1].code, out[1].field) == ("input.invalid", "tickets[1]")
    with pytest.raises(caredesk.InputError) as e:
        sla.evaluate_many([ticket(0), 5], NOW)
    assert e.value.field == "tickets[1]"

    msgs = [{"body": "where is my order", "channel": "chat"}, {"body": 5, "channel": "chat"},
            {"body": "refund please", "channel": "email"}]
    out = Triage().classify_many(msgs, errors="return")
    assert isinstance(out[1], caredesk.CaredeskError) and out[1].field.startswith("messages[1]")
    assert out[0].topic and out[2].topic

    request = {"ordered_at": NOW - timedelta(days=3), "country": "DE", "reason": "unwanted",
               "items": [{"sku": "A", "unit_price": Money(1000, "EUR")}]}
    out = caredesk.evaluate_returns([request, {"country": 5}, request], ReturnPolicy(), NOW, errors="return")
    assert isinstance(out[1], caredesk.CaredeskError) and out[1].field.startswith("requests[1]")
    assert out[0] == out[2]

    out = ReplyCatalog().render_many(
        [{"message_id": "acknowledgement", "locales": "en", "args": {}}, "not a dict"],
        missing="marker", errors="return")
    assert isinstance(out[1], caredesk.InputError) and out[1].field == "items[1]"


def test_changing_tickets_while_a_batch_runs_is_safe():
    sla = Sla(SLA)
    tickets = [ticket(i) for i in range(300)]
    stop = threading.Event()
    failures = []

    def churn():
        n = 0
        while not stop.is_set():
            for t in tickets[:50]:
                n += 1
                try:
                    t.tag([f"tag{n}"], [], NOW)
                except caredesk.CaredeskError:
                    pass
                except Exception as exc:  # a bare exception is the failure looked for
                    failures.append(exc)

    worker = threading.Thread(target=churn)
    worker.start()
    try:
        for _ in range(30):
            assert len(sla.evaluate_many(tickets, NOW)) == 300
    finally:
        stop.set()
        worker.join()
    assert failures == []


def test_an_instant_in_a_zone_past_its_offset_table_renders():
    late = datetime(2200, 6, 1, 12, tzinfo=ZoneInfo("Europe/Rome"))
    r = ReplyCatalog().render("acknowledgement", "en", {"customer_name": "A", "ticket_id": "T", "reply_by": late},
                              missing="marker")
    assert r.text


CATALOG = ReplyCatalog()
MESSAGE = {"id": "m2", "at": NOW, "author": "customer", "body": "Hello again"}


# (parameter name, call placing the value in that parameter): every str
# parameter of every method and function.
STR_ARGUMENTS = [
    ("text", lambda v: caredesk.Calendar.from_json(v)),
    ("text", lambda v: caredesk.Calendar.from_toml(v)),
    ("text", lambda v: caredesk.holidays_from_ics(v)),
    ("country", lambda v: caredesk.holidays(v, 2026)),
    ("currency", lambda v: Money(100, v)),
    ("amount", lambda v: Money.parse(v, "EUR")),
    ("currency", lambda v: Money.parse("1.00", v)),
    ("locale", lambda v: CATALOG.message_ids(v)),
    ("tone", lambda v: CATALOG.message_ids("en", v)),
    ("locale", lambda v: CATALOG.variables(v, "acknowledgement")),
    ("message_id", lambda v: CATALOG.variables("en", v)),
    ("tone", lambda v: CATALOG.variables("en", "acknowledgement", tone=v)),
    ("message_id", lambda v: CATALOG.render(v, "en")),
    ("message_id", lambda v: CATALOG.render_text(v, "en")),
    *[(kw, lambda v, kw=kw: CATALOG.render("acknowledgement", "en", **{kw: v}))
      for kw in ("tone", "format", "zone", "missing")],
    *[(kw, lambda v, kw=kw: CATALOG.render_text("acknowledgement", "en", **{kw: v}))
      for kw in ("tone", "format", "zone", "missing")],
    *[(kw, lambda v, kw=kw: CATALOG.render_many([], **{kw: v}))
      for kw in ("tone", "format", "zone", "missing", "errors")],
    ("text", lambda v: ReturnPolicy.from_json(v)),
    ("text", lambda v: ReturnPolicy.from_toml(v)),
    ("reason", lambda v: ReturnPolicy().reason_class(v)),
    ("country", lambda v: ReturnPolicy().audit(v)),
    ("errors", lambda v: caredesk.evaluate_returns([], ReturnPolicy(), NOW, errors=v)),
    ("text", lambda v: Sla.from_json(v)),
    ("text", lambda v: Sla.from_toml(v)),
    ("errors", lambda v: Sla(SLA).evaluate_many([], NOW, errors=v)),
    ("name", lambda v: Sla(SLA).evaluate(ticket(), NOW).metric(v)),
    ("text", lambda v: Triage.from_json(v)),
    ("text", lambda v: Triage.from_toml(v)),
    ("errors", lambda v: Triage().classify_many([], errors=v)),
    ("id", lambda v: Ticket(v, "email", {"id": "c"}, NOW)),
    ("channel", lambda v: Ticket("T", v, {"id": "c"}, NOW)),
    *[(kw, lambda v, kw=kw: Ticket("T", "email", {"id": "c"}, NOW, **{kw: v}))
      for kw in ("marketplace", "subject", "topic", "language")],
    ("text", lambda v: Ticket.from_json(v)),
    ("status", lambda v: ticket().set_status(v, NOW)),
    ("priority", lambda v: ticket().set_priority(v, NOW)),
    ("assignee", lambda v: ticket().assign(v, NOW)),
    # Arguments are read before any rule: the ticket need not be closed to test new_id.
    ("new_id", lambda v: ticket().follow_up(v, MESSAGE)),
    *[(kw, lambda v, kw=kw: caredesk.suggest_reply(ticket(), Triage(), CATALOG, **{kw: v}))
      for kw in ("zone", "tone", "missing")],
]


@pytest.mark.parametrize("bad", ["x\ud800", "\udc00", 12, b"bytes", ["en"]])
@pytest.mark.parametrize("name,call", STR_ARGUMENTS)
def test_a_bad_str_argument_is_a_coded_error_naming_it(name, call, bad):
    with pytest.raises(caredesk.InputError) as e:
        call(bad)
    assert (e.value.code, e.value.field) == ("input.invalid", name)
    expected = "a lone surrogate" if isinstance(bad, str) else f"expected a str, got {type(bad).__name__}"
    assert expected in str(e.value)


def test_the_readers_still_take_good_str_arguments():
    # The same calls with valid text work (the refusals above are not of everything).
    assert CATALOG.render("acknowledgement", "en", {"customer_name": "Ada", "ticket_id": "T-1"},
                          tone="informal", zone="Europe/Rome", missing="marker").text
    t = Ticket("T-9", "email", {"id": "c"}, NOW, subject="Hi", topic="shipping", language="en")
    t.assign("ada", NOW)
    t.assign(None, NOW)
    assert (t.subject, t.topic, t.language, t.assignee) == ("Hi", "shipping", "en", None)
    assert str(Money.parse("1.50", "EUR")) == str(Money(150, "EUR"))
    assert caredesk.suggest_reply(ticket(), Triage(), CATALOG, tone=None) is not None


def test_str_defaults_are_unchanged_in_the_signatures():
    import inspect
    render = inspect.signature(ReplyCatalog.render).parameters
    assert [render[k].default for k in ("tone", "format", "zone", "missing")] == ["formal", "plain", "UTC", "error"]
    suggest = inspect.signature(caredesk.suggest_reply).parameters
    assert (suggest["zone"].default, suggest["tone"].default, suggest["missing"].default) == ("UTC", None, "marker")
    assert inspect.signature(Sla.evaluate_many).parameters["errors"].default == "raise"
    assert inspect.signature(Ticket).parameters["subject"].default is None


CLASS_ARGUMENTS = [
    ("ticket", "Ticket", lambda v: Sla(SLA).evaluate(v, NOW)),
    ("ticket", "Ticket", lambda v: Triage().triage(v)),
    ("ticket", "Ticket", lambda v: caredesk.suggest_reply(v, Triage(), CATALOG)),
    ("triage", "Triage", lambda v: caredesk.suggest_reply(ticket(), v, CATALOG)),
    ("catalog", "ReplyCatalog", lambda v: caredesk.suggest_reply(ticket(), Triage(), v)),
    ("sla", "Sla", lambda v: caredesk.suggest_reply(ticket(), Triage(), CATALOG, sla=v, now=NOW)),
    ("policy", "ReturnPolicy", lambda v: caredesk.evaluate_return({"country": "DE", "items": []}, v, NOW)),
    ("policy", "ReturnPolicy", lambda v: caredesk.evaluate_returns([], v, NOW)),
]


@pytest.mark.parametrize("bad", [{"id": "T-1"}, "T-1", Money(1, "EUR")])
@pytest.mark.parametrize("name,cls,call", CLASS_ARGUMENTS)
def test_a_wrong_class_argument_is_a_coded_error_naming_it(name, cls, call, bad):
    with pytest.raises(caredesk.InputError) as e:
        call(bad)
    assert (e.value.code, e.value.field) == ("input.invalid", name)
    assert f"expected a caredesk.{cls}, got {type(bad).__name__}" in str(e.value)
