"""Calendar.add / Calendar.between against businesstimedelta 1.0.1 (pinned in the Makefile).

Part 1: where both libraries mean the same thing they must agree exactly, on
random cases (fixed seed) in a zone without DST: 10,000 on Mon-Fri
09:00-18:00, 2,000 more with a lunch break, each checking add and between.

The shared ground, read from businesstimedelta's source:
- its `WorkDayRule(start, end, days)` is our weekly interval on those days and
  `LunchTimeRule` a gap between two of ours; `HolidayRule` closes whole local
  dates, as our `holidays` do;
- both count open time in half-open intervals: a start at a closing instant
  moves to the next opening, a duration that ends exactly at a closing returns
  the closing instant, a zero duration returns the next opening;
- `Rule.difference` is symmetric and rebuilds its result from whole days and
  seconds, dropping microseconds; ours is zero for b <= a and exact. So cases
  use whole seconds and a <= b;
- its `WorkDayRule.next` skips the rest of an interval that crosses midnight
  (or ends at 00:00) when entered after its start, and `HolidayRule` gives up
  when no holiday lies within five years. So the calendars here have
  daytime intervals only and holidays every year of the span.

Part 2: cases in Europe/Rome and America/New_York where the results differ
because of daylight saving time, each with the answer we hold to be right
(business time is real elapsed time inside the open hours, read on the local
wall clock). They are shown in docs/sla-calendar.md.
"""

import random
from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

import businesstimedelta as btd
import holidays as peer
import pytest
import pytz

import caredesk

UTC = timezone.utc
DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
TOKYO = "Asia/Tokyo"
# Japanese public holidays 2023-2031 (the holidays package): whole closed days on both sides.
JP_HOLIDAYS = sorted(peer.country_holidays("JP", years=range(2023, 2032)))


def calendars(zone, intervals, holidays):
    """The same calendar for both libraries: intervals [(start, end)] on Mon-Fri."""
    tz = pytz.timezone(zone)
    work = [
        btd.WorkDayRule(start_time=time(9), end_time=time(18), working_days=[0, 1, 2, 3, 4], tz=tz)
    ]
    if len(intervals) == 2:  # a lunch break between the two
        work.append(
            btd.LunchTimeRule(
                start_time=time.fromisoformat(intervals[0][1]),
                end_time=time.fromisoformat(intervals[1][0]),
                working_days=[0, 1, 2, 3, 4],
                tz=tz,
            )
        )
    rule = btd.Rules(work + [btd.HolidayRule(set(holidays), tz=tz)])
    ours = caredesk.Calendar(
        {
            "zone": zone,
            "weekly": {d: intervals for d in DAYS[:5]},
            "holidays": [{"date": d} for d in holidays],
        }
    )
    return rule, ours


def peer_add(rule, start, duration):
    return (btd.BusinessTimeDelta(rule, timedelta=duration) + start).astimezone(UTC)


def peer_between(rule, a, b):
    return rule.difference(a, b).timedelta


def random_instant(rng, tz, day_from, day_to):
    """A whole-second instant, one time in three on an interesting local time."""
    d = day_from + timedelta(days=rng.randrange((day_to - day_from).days))
    if rng.random() < 1 / 3:
        hm = rng.choice(["00:00", "09:00", "12:00", "13:00", "18:00", "17:59", "23:59"])
        local = datetime.combine(d, time.fromisoformat(hm))
    else:
        local = datetime.combine(d, time()) + timedelta(seconds=rng.randrange(86_400))
    return pytz.timezone(tz).localize(local).astimezone(UTC)


def random_duration(rng):
    kind = rng.random()
    if kind < 0.05:
        return timedelta(0)
    if kind < 0.20:
        return timedelta(hours=rng.choice([1, 3, 4, 8, 9, 18, 27, 45]))
    if kind < 0.60:
        return timedelta(seconds=rng.randrange(1, 9 * 3600))
    if kind < 0.90:
        return timedelta(seconds=rng.randrange(1, 45 * 3600))
    return timedelta(seconds=rng.randrange(1, 400 * 3600))


@pytest.mark.parametrize(
    "intervals, cases",
    # businesstimedelta needs about 1.5 ms per case here, 6 ms with the lunch rule.
    [([("09:00", "18:00")], 10_000), ([("09:00", "12:00"), ("13:00", "18:00")], 2_000)],
    ids=["9-18", "9-12+13-18"],
)
def test_same_answers_without_dst(intervals, cases):
    rule, ours = calendars(TOKYO, intervals, JP_HOLIDAYS)
    rng = random.Random(20260502)
    adds = betweens = 0
    for _ in range(cases):
        start = random_instant(rng, TOKYO, date(2024, 1, 1), date(2029, 12, 1))
        duration = random_duration(rng)
        due = ours.add(start, duration)
        assert due == peer_add(rule, start, duration), (start, duration)
        adds += 1
        # between: up to the due instant (often a closing), or to another instant.
        end = due if rng.random() < 0.5 else start + timedelta(seconds=rng.randrange(0, 40 * 86_400))
        assert ours.between(start, end) == peer_between(rule, start, end), (start, end)
        betweens += 1
    assert (adds, betweens) == (cases, cases)


def test_no_dst_in_the_comparison_zone():
    # Tokyo has kept UTC+9 all year since 1951: the cases above never meet a transition.
    tz = ZoneInfo(TOKYO)
    offsets = {
        datetime(y, m, 15, 12, tzinfo=tz).utcoffset() for y in range(2023, 2032) for m in range(1, 13)
    }
    assert offsets == {timedelta(hours=9)}


def test_rome_and_new_york_agree_with_daytime_hours_and_utc_inputs():
    # With 09:00-18:00 the DST switch (02:00-03:00 local) is never inside open
    # hours, and pytz arithmetic on UTC inputs is exact: the two agree across
    # DST too. The differences below need hours or holidays around the switch.
    for zone, country in [("Europe/Rome", "IT"), ("America/New_York", "US")]:
        hols = sorted(peer.country_holidays(country, years=range(2023, 2032)))
        rule, ours = calendars(zone, [("09:00", "18:00")], hols)
        rng = random.Random(7)
        for _ in range(1_000):
            start = random_instant(rng, zone, date(2025, 1, 1), date(2028, 12, 1))
            duration = random_duration(rng)
            due = ours.add(start, duration)
            assert due == peer_add(rule, start, duration), (zone, start, duration)
            end = due if rng.random() < 0.5 else start + timedelta(seconds=rng.randrange(0, 40 * 86_400))
            assert ours.between(start, end) == peer_between(rule, start, end), (zone, start, end)


# ---- Part 2: daylight saving time -------------------------------------------------

SENTINEL = date(2028, 12, 25)  # businesstimedelta needs a holiday within five years


def daily(zone, start, end, days=range(7), holidays=()):
    tz = pytz.timezone(zone)
    hols = set(holidays) | {SENTINEL}
    rule = btd.Rules(
        [
            btd.WorkDayRule(
                start_time=time.fromisoformat(start),
                end_time=time.fromisoformat(end),
                working_days=list(days),
                tz=tz,
            ),
            btd.HolidayRule(hols, tz=tz),
        ]
    )
    ours = caredesk.Calendar(
        {
            "zone": zone,
            "weekly": {DAYS[d]: [(start, end)] for d in days},
            "holidays": [{"date": d} for d in sorted(hols)],
        }
    )
    return rule, ours


def utc(text):
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def test_dst_holiday_before_spring_forward_leaks_into_the_next_day():
    # Open 00:00-08:00 every day in Rome; Sunday 29 March 2026 (clocks go
    # 02:00 -> 03:00) is a holiday. businesstimedelta ends a holiday 24 real
    # hours after its local midnight, i.e. at 01:00 on Monday, and loses the
    # first hour of Monday. Monday 00:00-08:00 CEST is 8 hours.
    rule, ours = daily("Europe/Rome", "00:00", "08:00", holidays=[date(2026, 3, 29)])
    a, b = utc("2026-03-28T12:00"), utc("2026-03-30T12:00")
    assert ours.between(a, b) == timedelta(hours=8)
    assert peer_between(rule, a, b) == timedelta(hours=7)


def test_dst_holiday_on_fall_back_day_ends_an_hour_early():
    # Open 22:00-23:30 every day in Rome; Sunday 25 October 2026 (clocks go
    # 03:00 -> 02:00, a 25-hour day) is a holiday: nothing is open that day.
    # businesstimedelta ends the holiday 24 real hours after its midnight, at
    # 23:00 on the holiday itself; the open period it then builds for 23:00
    # ends before it starts (the holiday's start), and add() and difference()
    # loop forever. Only its next() is called here.
    rule, ours = daily("Europe/Rome", "22:00", "23:30", holidays=[date(2026, 10, 25)])
    a, b = utc("2026-10-25T12:00"), utc("2026-10-26T12:00")
    assert ours.between(a, b) == timedelta(0)
    assert ours.add(a, timedelta(minutes=10)) == utc("2026-10-26T21:10")  # Monday 22:10 CET
    start, end = rule.next(a)
    assert start == utc("2026-10-25T22:00")  # 23:00 CET on the holiday
    assert end == utc("2026-10-24T22:00")  # the holiday's midnight: before its start
    assert rule.next(end) == (start, end)  # no progress


def test_dst_closing_time_inside_the_spring_gap():
    # Saturday 20:00-02:30 in Rome, the night the clocks go 02:00 -> 03:00. The
    # wall clock never shows 02:30; at 03:00 CEST it is already past it, so the
    # desk is closed from 03:00 (01:00Z): 20:00 CET to 03:00 CEST is 6 hours.
    # businesstimedelta reads 02:30 as standard time (01:30Z = 03:30 CEST).
    rule, ours = daily("Europe/Rome", "20:00", "02:30", days=[5])
    a, b = utc("2026-03-28T12:00"), utc("2026-03-29T12:00")
    assert ours.between(a, b) == timedelta(hours=6)
    assert peer_between(rule, a, b) == timedelta(hours=6, minutes=30)
    assert ours.next_close(a) == utc("2026-03-29T01:00")


def test_dst_opening_time_in_the_repeated_hour():
    # Sunday 01:30-06:00 in New York, 1 November 2026 (clocks go 02:00 EDT ->
    # 01:00 EST). The wall clock first shows 01:30 at 05:30Z and stays inside
    # 01:30-06:00 until 06:00 EST (11:00Z): 5.5 hours. businesstimedelta opens
    # at the second 01:30 (06:30Z) and counts 4.5.
    rule, ours = daily("America/New_York", "01:30", "06:00", days=[6])
    a, b = utc("2026-10-31T12:00"), utc("2026-11-02T12:00")
    assert ours.between(a, b) == timedelta(hours=5, minutes=30)
    assert peer_between(rule, a, b) == timedelta(hours=4, minutes=30)
    assert ours.next_open(a) == utc("2026-11-01T05:30")


def test_dst_zone_aware_inputs_use_wall_clock_arithmetic():
    # Open 00:00-08:00 every day in Rome. From Sunday 29 March 2026 01:00 CET,
    # 3 business hours later is 05:00 CEST (03:00Z): the hour 02:00-03:00 does
    # not exist. Given datetimes in a zoneinfo zone, businesstimedelta adds
    # and subtracts on the wall clock (Python's rule for one tzinfo) and
    # answers 04:00 CEST, and 4 hours between 01:00 CET and 05:00 CEST.
    # With UTC inputs it gets both right.
    rule, ours = daily("Europe/Rome", "00:00", "08:00")
    rome = ZoneInfo("Europe/Rome")
    a = datetime(2026, 3, 29, 1, tzinfo=rome)
    b = datetime(2026, 3, 29, 5, tzinfo=rome)
    assert ours.add(a, timedelta(hours=3)) == b == utc("2026-03-29T03:00")
    assert ours.between(a, b) == timedelta(hours=3)
    assert peer_add(rule, a, timedelta(hours=3)) == utc("2026-03-29T02:00")
    assert peer_between(rule, a, b) == timedelta(hours=4)
    assert peer_add(rule, a.astimezone(UTC), timedelta(hours=3)) == b
    assert peer_between(rule, a.astimezone(UTC), b.astimezone(UTC)) == timedelta(hours=3)


def test_interval_across_midnight_entered_after_its_start():
    # Not DST, but why part 1 has daytime hours only: open 22:00-06:00 every
    # day (Tokyo). From 23:00, 1 hour is due at 00:00; businesstimedelta skips
    # the rest of that night and starts at the next 22:00.
    rule, ours = daily(TOKYO, "22:00", "06:00")
    start = utc("2026-05-11T14:00")  # 23:00 JST
    assert ours.add(start, timedelta(hours=1)) == utc("2026-05-11T15:00")
    assert peer_add(rule, start, timedelta(hours=1)) == utc("2026-05-12T14:00")
