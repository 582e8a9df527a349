"""Replays the sample inbox with the Python binding and lists open work.

    make python && .venv/bin/python examples/python/inbox.py
"""

from pathlib import Path

import caredesk

INBOX = Path(__file__).resolve().parents[1] / "data" / "inbox.jsonl"


def main() -> None:
    tickets = []
    for number, line in enumerate(INBOX.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            tickets.append(caredesk.Ticket.from_json(line))
        except caredesk.CaredeskError as err:
            raise SystemExit(f"{INBOX}:{number}: [{err.code}] {err}")

    waiting = [t for t in tickets if t.status in ("new", "open")]
    print(f"{len(tickets)} tickets, {len(waiting)} waiting on the shop:")
    for t in sorted(waiting, key=lambda t: t.last_activity_at):
        last = t.messages[-1] if t.messages else None
        who = last["author"] if last else "-"
        print(f"  {t.id:<8} {t.language or '?':<3} {t.status:<6} last from {who:<8} {t.subject or ''}")


if __name__ == "__main__":
    main()
