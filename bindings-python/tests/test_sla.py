"""caredesk.Sla from Python: config forms, native types, batch, errors."""

import threading
import time
from datetime import datetime, timedelta, timezone

import pytest

import caredesk
from caredesk import Sla, SlaReport, Ticket

UTC = timezone.utc
OFFICE = {
    "calendars": {
        "office": {
            "zone": "Europe/Rome",
            "holiday_sets": ["IT"],
            "weekly": {d: [["09:00", "18:00"]] for d in ("mon", "tue", "wed", "thu", "fri")},
        }
    },
    "policies": [
        {"preset": "amazon"},
        {
            "name": "email",
            "clock": "office",
            "targets": {
                "first_reply": {"within": {"urgent": "1h", "normal": timedelta(hours=8)}, "warn": {"at_percent": 75}},
                "resolution": {"within": 40 * 3600},
            },
        },
    ],
}


def email(tid, created, priority="normal"):
    t = Ticket(tid, "email", {"id": "c"}, created)
    t.add_message({"id": "m1", "at": created, "author": "customer", "body": "Hi"})
    t.set_priority(priority, created)
    return t


def test_friday_email_due_monday_with_native_types():
    sla = Sla(OFFICE)
    # Friday 17:00 in Rome.
    t = email("E-1", datetime(2026, 11, 20, 16, tzinfo=UTC))
    report = sla.evaluate(t, datetime(2026, 11, 23, 14, tzinfo=UTC))
    assert isinstance(report, SlaReport)
    assert report.policy == "email"
    first = report.metric("first_reply")
    assert first.due == datetime(2026, 11, 23, 15, tzinfo=UTC)
    assert first.stage == "warning"
    assert first.elapsed == timedelta(hours=7)  # 1 h on Friday, 09:00-15:00 on Monday
    assert first.remaining == timedelta(hours=1)
    assert first.target == timedelta(hours=8)
    assert first.clock == "office"
    assert report.next_due == ("first_reply", datetime(2026, 11, 23, 15, tzinfo=UTC))
    d = report.to_dict()
    assert d["metrics"][0]["due"] == first.due
    assert d["metrics"][0]["elapsed"] == timedelta(hours=7)
    assert '"first_reply": "warning"' in repr(report)
    assert repr(report).startswith('SlaReport(ticket_id="E-1", policy="email", metrics={')


def test_toml_and_json_give_the_same_engine():
    toml = """
[calendars.office]
zone = "Europe/Rome"
weekly = { mon = [["09:00", "18:00"]] }

[[policies]]
name = "email"
clock = "office"
targets.first_reply = { within = "8h" }
"""
    a = Sla.from_toml(toml)
    b = Sla.from_json('{"calendars": {"office": {"zone": "Europe/Rome", "weekly": {"mon": [["09:00", "18:00"]]}}},'
                      ' "policies": [{"name": "email", "clock": "office", "targets": {"first_reply": {"within": "8h"}}}]}')
    assert a.config == b.config
    assert a.policy_names == ["email"] and a.calendar_names == ["office"]


def test_batch_releases_the_gil_and_keeps_order():
    sla = Sla(OFFICE)
    created = datetime(2026, 11, 23, 8, tzinfo=UTC)
    tickets = [email(f"T{i}", created + timedelta(seconds=i)) for i in range(20000)]
    now = datetime(2026, 11, 23, 14, tzinfo=UTC)
    ticks = []
    stop = threading.Event()

    def spin():
        while not stop.is_set():
            ticks.append(time.perf_counter())

    spinner = threading.Thread(target=spin)
    spinner.start()
    try:
        while not ticks:  # the spinner is running
            time.sleep(0.001)
        start = time.perf_counter()
        reports = sla.evaluate_many(tickets, now)
        end = time.perf_counter()
    finally:
        stop.set()
        spinner.join()
    # With the GIL held for the whole call, no Python thread could run inside it.
    assert any(start < t < end for t in ticks), "another thread never ran during the batch"
    assert [r.ticket_id for r in reports] == [t.id for t in tickets]
    assert reports[5].metric("first_reply").elapsed == timedelta(hours=6) - timedelta(seconds=5)  # 09:00:05-15:00 Rome


def test_batch_errors_raise_or_return():
    sla = Sla(OFFICE)
    ok = email("OK", datetime(2026, 11, 23, 8, tzinfo=UTC))
    future = email("LATER", datetime(2026, 11, 24, 8, tzinfo=UTC))
    now = datetime(2026, 11, 23, 12, tzinfo=UTC)
    with pytest.raises(caredesk.InputError) as err:
        sla.evaluate_many([ok, future], now)
    assert (err.value.code, err.value.field) == ("input.invalid", "tickets[1].now")
    out = sla.evaluate_many([ok, future], now, errors="return")
    assert isinstance(out[0], SlaReport)
    assert isinstance(out[1], caredesk.InputError) and out[1].field == "tickets[1].now"
    with pytest.raises(caredesk.InputError) as err:
        sla.evaluate_many([ok], now, errors="ignore")
    assert err.value.field == "errors"
    with pytest.raises(caredesk.InputError) as err:
        sla.evaluate_many([ok, "not a ticket"], now)
    assert err.value.field == "tickets[1]"


def test_config_errors_name_the_field():
    bad = {"policies": [{"name": "x", "clock": "warehouse", "targets": {"first_reply": {"within": "8h"}}}]}
    with pytest.raises(caredesk.SlaError) as err:
        Sla(bad)
    assert (err.value.code, err.value.field) == ("sla.unknown_calendar", "policies[0].targets.first_reply.clock")
    with pytest.raises(caredesk.InputError) as err:
        Sla({"policies": [{"name": "x", "clock": "calendar", "targets": {"first_reply": {"within": timedelta(days=1, microseconds=5)}}}]})
    assert err.value.field == "policies[0].targets.first_reply.within"
    with pytest.raises(caredesk.InputError) as err:
        Sla.from_toml("[[policies]]\nname = 3\n")
    assert (err.value.code, err.value.field) == ("input.toml", "policies[0].name")
    with pytest.raises(caredesk.SlaError) as err:
        Sla({"calendars": {"office": {"zone": "Europe/Rome"}}, "policies": [{"preset": "amazon"}]})
    assert (err.value.code, err.value.field) == ("sla.no_open_time", "calendars.office.weekly")


def test_naive_now_is_refused():
    sla = Sla(OFFICE)
    t = email("N", datetime(2026, 11, 23, 8, tzinfo=UTC))
    with pytest.raises(caredesk.InputError) as err:
        sla.evaluate(t, datetime(2026, 11, 23, 9))
    assert (err.value.code, err.value.field) == ("input.naive_datetime", "now")


def test_repr_without_a_matching_policy_has_no_empty_slot():
    sla = caredesk.Sla({"policies": [{"name": "vip", "clock": "calendar", "when": {"tier": ["vip"]},
                                      "targets": {"first_reply": {"within": "1h"}}}]})
    t = caredesk.Ticket("T-1", "email", {"id": "c"}, datetime(2026, 3, 2, 8, tzinfo=UTC))
    r = sla.evaluate(t, datetime(2026, 3, 2, 9, tzinfo=UTC))
    assert repr(r) == 'SlaReport(ticket_id="T-1", policy=None, metrics={}, next_due=None)'
