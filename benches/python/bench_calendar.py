"""Per-call cost of caredesk's Python Calendar.add / Calendar.between against
businesstimedelta on the same calendar, in one run.

The calendar is Mon-Fri 09:00-18:00 in Asia/Tokyo (no DST, so both libraries
mean the same thing; see tests/test_businesstimedelta_crosscheck.py) with the
Japanese public holidays 2023-2031. For each span of calendar time (1 hour to
1 year) 64 start instants are drawn with a fixed seed; `add` is given the
business time the span contains, `between` the span itself. Every result is
checked to agree before anything is timed.

Usage: python benches/python/bench_calendar.py --out target/bench/python_calendar.json
(`make bench` builds the binding in release mode first).
"""

import argparse
import json
import platform
import random
import statistics
import sys
import time
from datetime import datetime, time as dtime, timedelta, timezone
from importlib import metadata

import businesstimedelta as btd
import holidays as peer_holidays
import pytz

import caredesk

ZONE = "Asia/Tokyo"
SPANS = [("1h", 3_600), ("1d", 86_400), ("1w", 7 * 86_400), ("1mo", 30 * 86_400), ("1y", 365 * 86_400)]
CASES = 64


def calendars():
    hols = sorted(peer_holidays.country_holidays("JP", years=range(2023, 2032)))
    tz = pytz.timezone(ZONE)
    rule = btd.Rules(
        [
            btd.WorkDayRule(start_time=dtime(9), end_time=dtime(18), working_days=[0, 1, 2, 3, 4], tz=tz),
            btd.HolidayRule(set(hols), tz=tz),
        ]
    )
    ours = caredesk.Calendar(
        {
            "zone": ZONE,
            "weekly": {d: [("09:00", "18:00")] for d in ["mon", "tue", "wed", "thu", "fri"]},
            "holidays": [{"date": d} for d in hols],
        }
    )
    return ours, rule, len(hols)


def starts(rng):
    base = datetime(2024, 1, 1, tzinfo=timezone.utc)
    return [base + timedelta(seconds=rng.randrange(4 * 365 * 86_400)) for _ in range(CASES)]


def per_call_ns(fn, cases, min_seconds, repeats=5):
    """Median over `repeats` of the mean time per call, each repeat looping
    over the cases until `min_seconds` have passed (at least once)."""
    results = []
    for _ in range(repeats):
        calls = 0
        t0 = time.perf_counter_ns()
        while True:
            for args in cases:
                fn(*args)
            calls += len(cases)
            elapsed = time.perf_counter_ns() - t0
            if elapsed >= min_seconds * 1e9:
                break
        results.append(elapsed / calls)
    return statistics.median(results), calls


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", required=True)
    parser.add_argument("--min-seconds", type=float, default=0.3, help="per repeat and library")
    args = parser.parse_args()

    ours, rule, n_holidays = calendars()
    rng = random.Random(20260502)
    rows = []
    for label, seconds in SPANS:
        span = timedelta(seconds=seconds)
        add_cases = [(a, ours.between(a, a + span)) for a in starts(rng)]
        between_cases = [(a, a + span) for a, _ in add_cases]

        def peer_add(a, d):
            return btd.BusinessTimeDelta(rule, timedelta=d) + a

        def peer_between(a, b):
            return rule.difference(a, b).timedelta

        # Same answers first: a comparison of different results means nothing.
        for a, d in add_cases:
            assert ours.add(a, d) == peer_add(a, d), (label, a, d)
        for a, b in between_cases:
            assert ours.between(a, b) == peer_between(a, b), (label, a, b)

        for op, ours_fn, peer_fn, cases in [
            ("add", ours.add, peer_add, add_cases),
            ("between", ours.between, peer_between, between_cases),
        ]:
            ours_ns, ours_calls = per_call_ns(ours_fn, cases, args.min_seconds)
            peer_ns, peer_calls = per_call_ns(peer_fn, cases, args.min_seconds)
            rows.append(
                {
                    "op": op,
                    "span": label,
                    "caredesk_ns": ours_ns,
                    "peer_ns": peer_ns,
                    "ratio": peer_ns / ours_ns,
                    "calls_per_repeat": {"caredesk": ours_calls, "peer": peer_calls},
                }
            )
            print(
                f"{op:8} {label:4} caredesk {ours_ns / 1000:9.2f} us  "
                f"businesstimedelta {peer_ns / 1000:10.2f} us  x{peer_ns / ours_ns:8.1f}",
                file=sys.stderr,
            )

    result = {
        "calendar": f"Mon-Fri 09:00-18:00 {ZONE}, {n_holidays} Japanese public holidays 2023-2031",
        "cases_per_span": CASES,
        "python": platform.python_version(),
        "caredesk": metadata.version("caredesk"),
        "peer": f"businesstimedelta {metadata.version('businesstimedelta')} (pytz {metadata.version('pytz')})",
        "timing": "median of 5 repeats of the mean time per call; each repeat loops over the cases "
        f"for at least {args.min_seconds} s",
        "rows": rows,
    }
    with open(args.out, "w") as f:
        json.dump(result, f, indent=2)


if __name__ == "__main__":
    main()
