"""Replays the sample inbox with the Python binding and lists the open queue
by SLA deadline, as a job scanning the queue every minute would.

    make python && .venv/bin/python examples/python/inbox.py
"""

import tomllib
from pathlib import Path
from zoneinfo import ZoneInfo

import caredesk

DATA = Path(__file__).resolve().parents[1] / "data"
ROME = ZoneInfo("Europe/Rome")


def main() -> None:
    tickets = []
    inbox = DATA / "inbox.jsonl"
    for number, line in enumerate(inbox.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            tickets.append(caredesk.Ticket.from_json(line))
        except caredesk.CaredeskError as err:
            raise SystemExit(f"{inbox}:{number}: [{err.code}] {err}")

    sla = caredesk.Sla.from_toml((DATA / "sla.toml").read_text(encoding="utf-8"))
    now = tomllib.loads((DATA / "demo.toml").read_text(encoding="utf-8"))["now"]
    # One call for the whole queue; the GIL is released while it runs.
    reports = sla.evaluate_many(tickets, now)

    due = [(r.next_due, t, r) for t, r in zip(tickets, reports) if r.next_due]
    print(f"{len(tickets)} tickets at {now.astimezone(ROME):%a %d %b %H:%M} Rome; {len(due)} with a deadline running:")
    for (metric, at), t, r in sorted(due, key=lambda x: x[0][1]):
        stage = r.metric(metric).stage
        print(f"  {t.id:<8} {r.policy:<10} {metric:<12} due {at.astimezone(ROME):%a %d %H:%M}  {stage:<9} {t.subject or ''}")


if __name__ == "__main__":
    main()
