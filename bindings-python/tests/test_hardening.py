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
