import json
from datetime import datetime, timedelta, timezone

import pytest

import caredesk
from caredesk import Ticket

from conftest import utc


def new_ticket(**kw):
    return Ticket("T-1", "email", {"id": "c-1", "locale": "it-IT"}, utc("2026-03-02T08:00"), **kw)


def msg(mid, when, author="customer", public=True):
    return {"id": mid, "at": utc(when), "author": author, "body": f"body {mid}", "public": public}


def test_lifecycle_reopen_and_derived_facts():
    t = new_ticket(subject="Dov'è il mio ordine?", order_refs=["ORD-1"])
    t.add_message(msg("m1", "2026-03-02T08:00"))
    t.add_message(msg("m2", "2026-03-02T09:30", author="agent"))
    t.set_status("solved", utc("2026-03-02T09:30"))
    t.add_message(msg("m3", "2026-03-03T10:00"))
    assert t.status == "open"
    assert t.reopen_count == 1
    assert t.first_reply_time == timedelta(minutes=90)
    assert t.first_agent_reply["id"] == "m2"
    assert t.status_at(utc("2026-03-02T12:00")) == "solved"
    assert t.status_at(utc("2026-03-01T12:00")) is None
    spent = t.time_in_status(utc("2026-03-03T10:00"))
    assert spent["solved"] == timedelta(hours=24, minutes=30)
    assert [s for _, s in t.status_history()] == ["new", "solved", "open"]


def test_illegal_transition_raises_and_leaves_ticket_unchanged():
    t = new_ticket()
    t.set_status("open", utc("2026-03-02T08:05"))
    before = t.to_json()
    with pytest.raises(caredesk.TicketError) as err:
        t.set_status("new", utc("2026-03-02T08:10"))
    assert err.value.code == "ticket.illegal_transition"
    assert err.value.field == "status"
    assert isinstance(err.value, caredesk.CaredeskError)
    assert t.to_json() == before


def test_closed_is_final_and_follow_up_links_back():
    t = new_ticket()
    t.set_priority("high", utc("2026-03-02T08:00"))
    t.set_status("solved", utc("2026-03-02T09:00"))
    assert t.auto_close_at() == utc("2026-03-06T09:00")
    assert t.auto_close_at(timedelta(days=1)) == utc("2026-03-03T09:00")
    assert t.close_if_due(utc("2026-03-10T00:00")) is True
    assert t.status == "closed"
    late = msg("m9", "2026-03-11T10:00")
    with pytest.raises(caredesk.TicketError) as err:
        t.add_message(late)
    assert err.value.code == "ticket.closed"
    nxt = t.follow_up("T-2", late)
    assert nxt.follow_up_of == "T-1"
    assert nxt.priority == "high"
    assert nxt.created_at == utc("2026-03-11T10:00")
    with pytest.raises(caredesk.TicketError) as err:
        nxt.follow_up("T-3", msg("m1", "2026-03-12T10:00"))
    assert err.value.code == "ticket.not_closed"


def test_auto_close_delay_is_checked():
    t = new_ticket()
    with pytest.raises(caredesk.InputError) as err:
        t.auto_close_at(timedelta(days=60))
    assert err.value.field == "auto_close.after"


def test_naive_datetime_is_refused_with_the_field_name():
    with pytest.raises(caredesk.InputError) as err:
        Ticket("T-1", "email", {"id": "c"}, datetime(2026, 3, 2, 8))
    assert err.value.code == "input.naive_datetime"
    assert err.value.field == "created_at"
    t = new_ticket()
    with pytest.raises(caredesk.InputError) as err:
        t.add_message({"id": "m1", "at": datetime(2026, 3, 2, 9), "author": "customer", "body": "x"})
    assert err.value.code == "input.naive_datetime"
    assert err.value.field == "message.at"


def test_aware_datetimes_in_other_zones_are_converted_to_utc():
    rome = timezone(timedelta(hours=1))
    t = Ticket("T-1", "chat", {"id": "c"}, datetime(2026, 3, 2, 9, tzinfo=rome))
    assert t.created_at == utc("2026-03-02T08:00")
    assert t.created_at.tzinfo is not None


@pytest.mark.parametrize(
    "change, code, field",
    [
        (lambda d: d.update(channel="fax"), "input.unknown_value", "channel"),
        (lambda d: d["events"][0].update(status="shipped"), "input.unknown_value", "events[0].status"),
        (lambda d: d["events"][0].update(at=utc("2026-03-01T00:00")), "ticket.before_creation", "events[0].at"),
        (lambda d: d.update(status="pending"), "ticket.snapshot_mismatch", "status"),
        (lambda d: d.update(colour="red"), "input.json", "colour"),
    ],
)
def test_bad_dicts_name_the_field(change, code, field):
    d = {
        "id": "T-1",
        "channel": "email",
        "customer": {"id": "c"},
        "created_at": utc("2026-03-02T08:00"),
        "events": [{"type": "status_changed", "at": utc("2026-03-02T09:00"), "status": "open"}],
    }
    change(d)
    with pytest.raises(caredesk.CaredeskError) as err:
        Ticket.from_dict(d)
    assert (err.value.code, err.value.field) == (code, field)


def test_malformed_json_and_unconvertible_values():
    with pytest.raises(caredesk.InputError) as err:
        Ticket.from_json("{not json")
    assert err.value.code == "input.json"
    with pytest.raises(caredesk.InputError) as err:
        Ticket.from_dict({"id": "T", "channel": "email", "customer": {"id": object()}})
    assert err.value.field == "customer.id"


def test_round_trip_dict_and_json():
    t = new_ticket(topic="order_status", language="it")
    t.add_message(msg("m1", "2026-03-02T08:00"))
    t.tag(["vip"], [], utc("2026-03-02T08:01"))
    t.assign("agent-7", utc("2026-03-02T08:02"))
    d = t.to_dict()
    assert d["created_at"] == utc("2026-03-02T08:00")
    assert d["events"][0]["message"]["at"] == utc("2026-03-02T08:00")
    assert list(d)[:2] == ["id", "channel"]
    assert Ticket.from_dict(d) == t
    assert Ticket.from_json(t.to_json()) == t
    assert json.loads(t.to_json())["assignee"] == "agent-7"
    assert t.tags == ["vip"]


def test_marketplace_tickets():
    t = Ticket("A-1", "marketplace", {"id": "buyer"}, utc("2026-03-02T08:00"), marketplace="amazon")
    assert t.marketplace == "amazon"
    with pytest.raises(caredesk.InputError) as err:
        Ticket("A-1", "marketplace", {"id": "buyer"}, utc("2026-03-02T08:00"))
    assert err.value.field == "marketplace"
