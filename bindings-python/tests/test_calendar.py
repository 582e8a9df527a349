from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

import caredesk
from caredesk import Calendar

from conftest import utc

WEEKDAYS = ["mon", "tue", "wed", "thu", "fri"]
ROME = {
    "zone": "Europe/Rome",
    "weekly": {d: [("09:00", "18:00")] for d in WEEKDAYS},
    "holiday_sets": ["IT"],
    "holidays": [{"date": date(2026, 12, 24), "open": [["09:00", "13:00"]]}],
    "extra_working_days": [{"date": "2026-11-28", "open": [("10:00", "16:00")]}],
}
ROME_JSON = """{"zone": "Europe/Rome",
  "weekly": {"mon": [["09:00","18:00"]], "tue": [["09:00","18:00"]], "wed": [["09:00","18:00"]],
             "thu": [["09:00","18:00"]], "fri": [["09:00","18:00"]]},
  "holiday_sets": ["IT"],
  "holidays": [{"date": "2026-12-24", "open": [["09:00","13:00"]]}],
  "extra_working_days": [{"date": "2026-11-28", "open": [["10:00","16:00"]]}]}"""
ROME_TOML = """
zone = "Europe/Rome"
holiday_sets = ["IT"]
[weekly]
mon = [["09:00", "18:00"]]
tue = [["09:00", "18:00"]]
wed = [["09:00", "18:00"]]
thu = [["09:00", "18:00"]]
fri = [["09:00", "18:00"]]
[[holidays]]
date = 2026-12-24
open = [["09:00", "13:00"]]
[[extra_working_days]]
date = 2026-11-28
open = [["10:00", "16:00"]]
"""


def test_dict_json_and_toml_give_the_same_calendar():
    cals = [Calendar(ROME), Calendar.from_json(ROME_JSON), Calendar.from_toml(ROME_TOML)]
    configs = [c.config for c in cals]
    assert configs[0] == configs[1] == configs[2]
    assert configs[0]["holidays"] == [{"date": "2026-12-24", "open": [["09:00", "13:00"]]}]
    assert configs[0]["removed_holidays"] == [] and configs[0]["always"] is False
    # The config dict compiles back to the same calendar.
    assert Calendar(cals[0].config).config == configs[0]
    for c in cals:
        assert c.zone == "Europe/Rome"
        assert c.add(utc("2026-05-08T15:00"), timedelta(hours=4)) == utc("2026-05-11T10:00")
    assert repr(cals[0]) == 'Calendar(zone="Europe/Rome", holiday_sets=["IT"], weekly_open_hours=45)'


def test_instants_in_any_zone_results_in_utc():
    c = Calendar(ROME)
    rome = ZoneInfo("Europe/Rome")
    # Friday 17:00 in Rome + 4 business hours: Monday 12:00 in Rome.
    due = c.add(datetime(2026, 5, 8, 17, tzinfo=rome), timedelta(hours=4))
    assert due == datetime(2026, 5, 11, 12, tzinfo=rome)
    assert due.tzinfo == timezone.utc
    assert c.between(datetime(2026, 5, 8, 17, tzinfo=rome), due) == timedelta(hours=4)
    assert c.between(due, utc("2026-05-08T15:00")) == timedelta(0)
    assert c.is_open(datetime(2026, 5, 11, 9, tzinfo=rome))
    assert not c.is_open(datetime(2026, 5, 11, 18, tzinfo=rome))  # closing instant
    assert not c.is_open(datetime(2026, 6, 2, 10, tzinfo=rome))  # Republic Day
    assert c.next_open(utc("2026-06-02T08:00")) == datetime(2026, 6, 3, 9, tzinfo=rome)
    assert c.next_close(utc("2026-06-03T08:00")) == datetime(2026, 6, 3, 18, tzinfo=rome)
    # Sub-second precision is kept.
    start = datetime(2026, 5, 11, 9, 0, 0, 250_000, tzinfo=rome)
    assert c.add(start, timedelta(microseconds=1)) == start + timedelta(microseconds=1)
    # Shortened day and extra working day.
    assert c.add(utc("2026-12-24T11:00"), timedelta(hours=2)) == utc("2026-12-28T09:00")
    assert c.is_open(utc("2026-11-28T10:00"))


def test_midnight_24_7_and_dst():
    night = Calendar({"zone": "America/New_York", "weekly": {"sat": [["22:00", "02:00"]]}})
    assert night.is_open(utc("2026-05-10T05:00"))  # Sunday 01:00 EDT
    assert night.next_close(utc("2026-05-10T05:00")) == utc("2026-05-10T06:00")
    assert night.add(utc("2026-05-09T12:00"), timedelta(hours=3)) == utc("2026-05-10T05:00")

    always = Calendar({"zone": "Europe/Rome", "always": True})
    assert always.next_close(utc("2026-05-09T22:00")) is None
    # Spring-forward and fall-back days are 23 and 25 hours of business time.
    assert always.between(utc("2026-03-28T23:00"), utc("2026-03-29T22:00")) == timedelta(hours=23)
    assert always.between(utc("2026-10-24T22:00"), utc("2026-10-25T23:00")) == timedelta(hours=25)


def test_business_days_and_removed_holidays():
    c = Calendar(ROME)
    assert c.is_business_day(date(2026, 11, 28))  # extra working Saturday
    assert not c.is_business_day(date(2026, 12, 8))  # Immaculate Conception
    assert c.add_business_days(date(2026, 12, 23), 2) == date(2026, 12, 28)
    assert c.add_business_days(date(2026, 12, 28), -2) == date(2026, 12, 23)
    assert c.add_business_days(date(2026, 5, 9), 0) == date(2026, 5, 11)
    worked = Calendar({**ROME, "removed_holidays": [date(2026, 12, 8)]})
    assert worked.is_business_day(date(2026, 12, 8))
    assert worked.config["removed_holidays"] == ["2026-12-08"]


def test_holidays_easter_and_ics():
    it = caredesk.holidays("it", 2026)
    assert [h.date for h in it][:3] == [date(2026, 1, 1), date(2026, 1, 6), date(2026, 4, 5)]
    first = it[0]
    assert isinstance(first, caredesk.Holiday)
    assert first.name == "New Year's Day"
    assert first.to_dict() == {"date": "2026-01-01", "name": "New Year's Day"}
    assert first == caredesk.holidays("IT", 2026)[0] and hash(first) == hash(caredesk.holidays("IT", 2026)[0])
    assert repr(first) == 'Holiday("2026-01-01", "New Year\'s Day")'
    with pytest.raises(AttributeError):
        first.name = "x"  # frozen
    assert date(2026, 10, 4) in {h.date for h in it}  # St Francis, from 2026
    assert caredesk.easter(2026) == date(2026, 4, 5)
    assert caredesk.easter(2100) == date(2100, 3, 28)

    ics = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nSUMMARY:Inventory\r\n"
        "DTSTART;VALUE=DATE:20260302\r\nDTEND;VALUE=DATE:20260304\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    days = caredesk.holidays_from_ics(ics)
    assert days == [{"date": "2026-03-02", "open": []}, {"date": "2026-03-03", "open": []}]
    c = Calendar({**ROME, "holidays": ROME["holidays"] + days})
    assert not c.is_business_day(date(2026, 3, 3))
    assert c.is_business_day(date(2026, 3, 4))


def raises(exc, code, field, fn, *args):
    with pytest.raises(exc) as err:
        fn(*args)
    assert isinstance(err.value, caredesk.CaredeskError)
    assert (err.value.code, err.value.field) == (code, field), str(err.value)
    return err.value


def test_bad_configs():
    week = {"mon": [["09:00", "18:00"]]}
    raises(caredesk.InputError, "input.unknown_value", "zone", Calendar, {"zone": "Europe/Roma", "weekly": week})
    raises(
        caredesk.SlaError,
        "sla.overlapping_hours",
        "weekly.mon[1]",
        Calendar,
        {"zone": "Europe/Rome", "weekly": {"mon": [["09:00", "12:00"], ["11:00", "13:00"]]}},
    )
    raises(
        caredesk.SlaError,
        "sla.overlapping_hours",
        "weekly.tue[0]",
        Calendar,
        {"zone": "Europe/Rome", "weekly": {"mon": [["22:00", "03:00"]], "tue": [["02:00", "05:00"]]}},
    )
    raises(
        caredesk.SlaError,
        "sla.empty_interval",
        "weekly.mon[0]",
        Calendar,
        {"zone": "Europe/Rome", "weekly": {"mon": [["09:00", "09:00"]]}},
    )
    raises(caredesk.SlaError, "sla.no_open_time", "weekly", Calendar, {"zone": "Europe/Rome"})
    raises(
        caredesk.InputError,
        "input.invalid",
        "weekly.mon[0][0]",
        Calendar,
        {"zone": "Europe/Rome", "weekly": {"mon": [["9am", "18:00"]]}},
    )
    raises(caredesk.InputError, "input.json", "weekly", Calendar, {"zone": "Europe/Rome", "weekly": 3})
    raises(caredesk.InputError, "input.json", "wekly", Calendar, {"zone": "Europe/Rome", "wekly": week})
    raises(
        caredesk.InputError,
        "input.unknown_value",
        "holiday_sets[0]",
        Calendar,
        {"zone": "Europe/Rome", "weekly": week, "holiday_sets": ["XX"]},
    )
    raises(
        caredesk.InputError,
        "input.invalid",
        "removed_holidays[0]",
        Calendar,
        {"zone": "Europe/Rome", "weekly": week, "holiday_sets": ["IT"], "removed_holidays": ["2026-12-09"]},
    )
    raises(caredesk.InputError, "input.json", ".", Calendar.from_json, "{")
    raises(caredesk.InputError, "input.toml", "weekly", Calendar.from_toml, 'zone = "Europe/Rome"\nweekly = 3\n')
    raises(
        caredesk.InputError,
        "input.unknown_value",
        "zone",
        Calendar.from_toml,
        'zone = "Mars/Base"\nalways = true\n',
    )
    # A naive datetime inside the config is refused like anywhere else.
    raises(
        caredesk.InputError,
        "input.naive_datetime",
        "holidays[0].date",
        Calendar,
        {"zone": "Europe/Rome", "weekly": week, "holidays": [{"date": datetime(2026, 12, 8)}]},
    )


def test_bad_arguments():
    c = Calendar(ROME)
    naive = datetime(2026, 5, 8, 15)
    raises(caredesk.InputError, "input.naive_datetime", "t", c.is_open, naive)
    raises(caredesk.InputError, "input.naive_datetime", "t", c.next_open, naive)
    raises(caredesk.InputError, "input.naive_datetime", "t", c.next_close, naive)
    raises(caredesk.InputError, "input.naive_datetime", "start", c.add, naive, timedelta(hours=1))
    raises(caredesk.InputError, "input.naive_datetime", "a", c.between, naive, utc("2026-05-09T00:00"))
    raises(caredesk.InputError, "input.naive_datetime", "b", c.between, utc("2026-05-09T00:00"), naive)
    raises(caredesk.InputError, "input.invalid", "t", c.is_open, "2026-05-08T15:00:00Z")
    raises(caredesk.InputError, "input.invalid", "business_duration", c.add, utc("2026-05-08T15:00"), timedelta(seconds=-1))
    raises(caredesk.SlaError, "sla.overflow", "business_duration", c.add, utc("2026-05-08T15:00"), timedelta.max)
    raises(caredesk.InputError, "input.invalid", "date", c.is_business_day, utc("2026-05-08T15:00"))
    raises(caredesk.InputError, "input.invalid", "date", c.add_business_days, "2026-05-08", 1)
    raises(caredesk.InputError, "input.invalid", "n", c.add_business_days, date(9999, 12, 1), 100)
    raises(caredesk.InputError, "input.unknown_value", "country", caredesk.holidays, "XX", 2026)
    raises(caredesk.InputError, "input.invalid", "year", caredesk.holidays, "IT", 2101)
    raises(caredesk.InputError, "input.invalid", "year", caredesk.easter, 0)
    err = raises(
        caredesk.InputError,
        "input.invalid",
        "ics line 3",
        caredesk.holidays_from_ics,
        "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:20260105T090000Z\nEND:VEVENT\nEND:VCALENDAR\n",
    )
    assert "timed event" in str(err)
    raises(
        caredesk.InputError,
        "input.invalid",
        "ics line 4",
        caredesk.holidays_from_ics,
        "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20261225\nRRULE:FREQ=YEARLY\nEND:VEVENT\nEND:VCALENDAR\n",
    )


def test_zone_aware_tzinfos_are_instants_everywhere():
    # zoneinfo and fixed offsets alike, for the Ticket too (the same conversion).
    rome = ZoneInfo("Europe/Rome")
    t = caredesk.Ticket("T-1", "email", {"id": "c-1"}, datetime(2026, 3, 29, 3, 30, tzinfo=rome))
    assert t.created_at == utc("2026-03-29T01:30")
    c = Calendar({"zone": "UTC", "always": True})
    assert c.add(datetime(2026, 3, 29, 3, 30, tzinfo=rome), timedelta(0)) == utc("2026-03-29T01:30")
    # A tzinfo whose utcoffset() is None does not make a datetime aware.
    class Floating(timezone.__base__):
        def utcoffset(self, dt):
            return None

        def tzname(self, dt):
            return None

        def dst(self, dt):
            return None

    raises(caredesk.InputError, "input.naive_datetime", "t", c.is_open, datetime(2026, 1, 1, tzinfo=Floating()))
    # Results are aware UTC datetimes whatever the input's tzinfo.
    due = c.add(datetime(2026, 3, 29, 3, 30, tzinfo=rome), timedelta(microseconds=7))
    assert due.tzinfo is timezone.utc and due == utc("2026-03-29T01:30") + timedelta(microseconds=7)
    assert c.next_open(datetime(1, 1, 1, 5, tzinfo=timezone(timedelta(hours=5)))) == datetime(1, 1, 1, tzinfo=timezone.utc)
