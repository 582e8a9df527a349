"""Reply rendering through the Python binding against fluent.runtime.

Both render the message of benches/data/reply_refund.ftl (the same text) for
de-DE with the same arguments: a name, 1,234.50 EUR, a date and a count that
selects a plural variant. fluent.runtime is given the functions the text calls,
MONEY (the amount as a currency, by Babel's CLDR data) and DATE (a long date),
and no bidi isolation marks, as caredesk prints none. The two texts are
compared before anything is timed; the JSON records whether they are equal.

Timed: one `render` call, one `render_text` call, and `render_many` over a
batch (per reply), against one `format_pattern` call of fluent.runtime (the
bundle and message compiled beforehand, as a shop would keep them).

Usage: python benches/python/bench_reply.py [--out FILE.json]
"""

import argparse
import json
import os
import platform
from datetime import date
from decimal import Decimal
from importlib.metadata import version
from pathlib import Path

import caredesk
from fluent.runtime import FluentBundle, FluentResource
from fluent.runtime.types import fluent_date, fluent_number
from timing import best_per_call

ROOT = Path(__file__).resolve().parents[2]
FTL = (ROOT / "benches" / "data" / "reply_refund.ftl").read_text()
MESSAGE = "refund-status"
LOCALE = "de-DE"


def best(fn, n):
    """Nanoseconds per call."""
    return best_per_call(fn, n) * 1e9


def peer():
    """fluent.runtime with MONEY and DATE defined by its own number and date types."""

    def money(amount):
        # The argument arrives as the fluent_number it was given: a currency amount.
        return amount

    def long_date(value):
        # The argument arrives as fluent.runtime's own date type, a `date`.
        return fluent_date(value, dateStyle="long")

    bundle = FluentBundle([LOCALE], functions={"MONEY": money, "DATE": long_date}, use_isolating=False)
    bundle.add_resource(FluentResource(FTL))
    message = bundle.get_message(MESSAGE)
    args = {
        "customer_name": "Anna Müller",
        "amount": fluent_number(Decimal("1234.50"), style="currency", currency="EUR"),
        "date": date(2026, 11, 20),
        "days": 5,
    }

    def render():
        text, errors = bundle.format_pattern(message.value, args)
        if errors:
            raise RuntimeError(f"fluent.runtime: {errors}")
        return text

    return render


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out")
    ap.add_argument("--calls", type=int, default=20_000)
    args = ap.parse_args()

    catalog = caredesk.ReplyCatalog({"de.ftl": FTL}, builtin=False)
    ours_args = {
        "customer_name": "Anna Müller",
        "amount": caredesk.Money.parse("1234.50", "EUR"),
        "date": date(2026, 11, 20),
        "days": 5,
    }
    fluent_render = peer()
    ours_text = catalog.render_text(MESSAGE, LOCALE, ours_args)
    peer_text = fluent_render()
    for needle in ("1.234,50\u00a0€", "20. November 2026", "5 Werktage"):
        assert needle in ours_text, (needle, ours_text)

    n = args.calls
    peer_n = max(n // 10, 1000)  # fluent.runtime is slower; fewer calls keep the run short
    render = best(lambda: [catalog.render(MESSAGE, LOCALE, ours_args) for _ in range(n)], n)
    render_text = best(lambda: [catalog.render_text(MESSAGE, LOCALE, ours_args) for _ in range(n)], n)
    batch = [{"message_id": MESSAGE, "locales": LOCALE, "args": ours_args}] * n
    many = best(lambda: catalog.render_many(batch), n)
    fluent = best(lambda: [fluent_render() for _ in range(peer_n)], peer_n)

    result = {
        "message": f"{MESSAGE} ({LOCALE}): a name, money, a date and a plural",
        "python": platform.python_version(),
        "peer": f"fluent.runtime {version('fluent.runtime')}, Babel {version('babel')}",
        "calls": n,
        "peer_calls": peer_n,
        "cpus": len(os.sched_getaffinity(0)),
        "texts_equal": ours_text == peer_text,
        "caredesk_text": ours_text,
        "peer_text": peer_text,
        "caredesk_render_ns": round(render),
        "caredesk_render_text_ns": round(render_text),
        "caredesk_batch_per_reply_ns": round(many),
        "peer_ns": round(fluent),
    }
    text = json.dumps(result, indent=2, ensure_ascii=False)
    if args.out:
        Path(args.out).write_text(text + "\n")
    print(text)


if __name__ == "__main__":
    main()
