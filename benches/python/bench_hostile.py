"""Every hostile-input class of the hardening work, called once through the
release-built Python binding: each call must end (a result or a coded
CaredeskError) within 2 seconds. Prints a table, writes JSON for the
benchmark report, and exits 1 when a call is slower or ends any other way.

    python benches/python/bench_hostile.py --out target/bench/python_hostile.json
"""

import argparse
import json
import os
import sys
import time
from datetime import date, datetime, timezone

import caredesk
from caredesk import Calendar, ReplyCatalog, ReturnPolicy, Sla, Ticket, Triage

LIMIT_S = 2.0
UTC = timezone.utc
NOW = datetime(2026, 12, 7, 12, tzinfo=UTC)


def nested(depth):
    value = {}
    for _ in range(depth):
        value = {"a": [value]}
    return value


def self_containing():
    loop = []
    loop.append(loop)
    return loop


def ftl_nested(depth):
    return "m = " + "{ " * depth + '"x"' + " }" * depth + "\n"


def ftl_chain(n):
    return "".join(f"m{i} = {{ m{i + 1} }}\n" for i in range(n)) + f"m{n} = end\n"


def ftl_variants(n):
    lines = ["m = { $k ->"]
    lines += [f"    [v{i}] variant {i} {{ $a{i % 7} }}" for i in range(n)]
    lines += ["   *[other] other", "}", ""]
    return "\n".join(lines)


def ics_long_events(size_bytes):
    event = ("BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20260101\r\nDURATION:P9000D\r\n"
             "SUMMARY:closure\r\nEND:VEVENT\r\n")
    return "BEGIN:VCALENDAR\r\n" + event * (size_bytes // len(event)) + "END:VCALENDAR\r\n"


def triage_patterns(n):
    return {"packs": [{"language": "en", "rules": [
        {"id": "en.big", "kind": "topic", "topic": "other", "weight": 1,
         "patterns": [f"word{i} phrase{i}" for i in range(n)]}]}]}


def return_request(holidays):
    return {"ordered_at": datetime(2026, 12, 1, 9, tzinfo=UTC), "delivered_at": datetime(2026, 12, 3, 9, tzinfo=UTC),
            "country": "DE", "reason": "unwanted", "holidays": holidays,
            "items": [{"sku": "A", "unit_price": caredesk.Money(1000, "EUR")}]}


def ticket_with(body):
    t = Ticket("T-1", "email", {"id": "c"}, NOW)
    t.add_message({"id": "m1", "at": NOW, "author": "customer", "body": body})
    return t


CASES = [
    ("dict nested 100,000 deep", lambda: Sla(nested(100_000))),
    ("list that contains itself", lambda: Sla({"policies": self_containing()})),
    ("FTL: 10,000 nested placeables", lambda: ReplyCatalog({"en/formal.ftl": ftl_nested(10_000)})),
    ("FTL lint: 10,000 nested placeables", lambda: caredesk.lint_templates({"en/formal.ftl": ftl_nested(10_000)})),
    ("FTL: a chain of 8,000 references", lambda: ReplyCatalog({"en/formal.ftl": ftl_chain(8_000)})),
    ("FTL lint: 2,000 select variants", lambda: caredesk.lint_templates({"en/formal.ftl": ftl_variants(2_000)})),
    ("SLA target of 2^62 seconds", lambda: Sla({"policies": [{"name": "p", "clock": "calendar",
                                                               "targets": {"first_reply": {"within": 2**62}}}]})),
    ("iCalendar: 74 KB of long events", lambda: caredesk.holidays_from_ics(ics_long_events(74_000))),
    ("iCalendar: BYDAY with a multi-byte letter", lambda: caredesk.holidays_from_ics(
        "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20260101\nRRULE:FREQ=YEARLY;BYDAY=1É;COUNT=2\n"
        "END:VEVENT\nEND:VCALENDAR\n")),
    ("calendar holiday in year 262142", lambda: Calendar({"zone": "UTC", "always": True,
                                                          "holidays": [{"date": "+262142-12-31"}]})),
    ("calendar holiday in year 0", lambda: Calendar({"zone": "UTC", "always": True,
                                                     "holidays": [{"date": "0000-01-01"}]})),
    ("return request with 40,000 holidays", lambda: caredesk.evaluate_return(
        return_request([date(2026, 1, 1).fromordinal(date(2026, 1, 1).toordinal() + i).isoformat()
                        for i in range(40_000)]), ReturnPolicy(), NOW)),
    ("triage pack of 100,000 patterns", lambda: Triage(triage_patterns(100_000))),
    ("add_business_days(-2**63)", lambda: Calendar({"zone": "UTC", "weekly": {"mon": [["09:00", "17:00"]]}})
        .add_business_days(date(2026, 1, 5), -2**63)),
    ("reply argument 2^53 + 1", lambda: ReplyCatalog({"en/formal.ftl": "n = { $n }\n"}).render("n", "en", {"n": 2**53 + 1})),
    ("triage of a 1 MB message", lambda: Triage().triage(ticket_with("wo ist mein paket " * 60_000))),
]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--out")
    args = parser.parse_args()
    rows, failed = [], 0
    for name, call in CASES:
        t0 = time.perf_counter()
        try:
            call()
            outcome = "result"
        except caredesk.CaredeskError as e:
            outcome = e.code
        except Exception as e:  # the failure this looks for
            outcome = f"UNCODED {type(e).__name__}: {e}"[:120]
        seconds = time.perf_counter() - t0
        bad = seconds > LIMIT_S or outcome.startswith("UNCODED")
        failed += bad
        rows.append({"case": name, "outcome": outcome, "seconds": round(seconds, 4), "ok": not bad})
        print(f"{'FAIL' if bad else 'ok  '} {seconds:8.4f} s  {outcome:28}  {name}")
    load = os.getloadavg()[0]
    print(f"load average {load:.2f}; {failed} failing of {len(rows)}")
    if args.out:
        with open(args.out, "w") as f:
            json.dump({"limit_seconds": LIMIT_S, "load": load, "cases": rows}, f, indent=1)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
