"""Writes docs/benchmarks.md from the criterion results (target/criterion) and
the peer comparisons' JSON (target/bench), as `make bench` leaves them.

The report is a list of SECTIONS. A criterion section claims the groups whose
id starts with its prefix (name groups `calendar/...`, `sla/...`) and shows
them as a table, one row per parameter (the value after the function id) and
one column per group and function. A JSON section renders a peer comparison.
Criterion groups no section claims are listed under "Other benchmarks", so a
new benchmark shows up before anyone writes a section for it. To add one,
append to SECTIONS, e.g.

    CriterionSection("SLA evaluation", "sla/", "What is measured ...")

Results older than `--since` (a Unix time; `make bench` passes the time it
started) are left out and named, so a stale number never passes for new.
"""

import argparse
import json
import os
import platform
import subprocess
import sys
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


# ---- reading ---------------------------------------------------------------------


@dataclass
class Bench:
    group: str
    function: str
    value: str
    ns: float  # criterion's typical time per iteration: the slope when measured, else the mean
    low: float
    high: float
    mtime: float


def read_criterion(root: Path) -> list[Bench]:
    out = []
    for meta in sorted(root.glob("**/new/benchmark.json")):
        est_path = meta.with_name("estimates.json")
        if not est_path.exists():
            continue
        b = json.loads(meta.read_text())
        est = json.loads(est_path.read_text())
        typical = est.get("slope") or est["mean"]
        ci = typical["confidence_interval"]
        out.append(
            Bench(
                group=b["group_id"],
                function=b.get("function_id") or "",
                value=b.get("value_str") or "",
                ns=typical["point_estimate"],
                low=ci["lower_bound"],
                high=ci["upper_bound"],
                mtime=est_path.stat().st_mtime,
            )
        )
    return out


def fmt_ns(ns: float) -> str:
    if ns >= 1e6:
        return f"{ns / 1e6:.2f} ms"
    if ns >= 1e3:
        return f"{ns / 1e3:.2f} µs"
    return f"{ns:.0f} ns"


def natural_order(values: list[str]) -> list[str]:
    """Spans in time order (1h < 1d < 1w < 1mo < 1y), anything else as given."""
    unit = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 7 * 86400, "mo": 30 * 86400, "y": 365 * 86400}

    def key(v: str):
        for u in sorted(unit, key=len, reverse=True):
            num = v[: -len(u)]
            if v.endswith(u) and num.isdigit():
                return (0, int(num) * unit[u], v)
        return (1, 0, v)

    return sorted(values, key=key)


# ---- sections --------------------------------------------------------------------


@dataclass
class CriterionSection:
    title: str
    prefix: str
    intro: str = ""

    def claims(self, b: Bench) -> bool:
        return b.group.startswith(self.prefix)

    def render(self, benches: list[Bench], ctx: dict) -> str:
        mine = [b for b in benches if self.claims(b)]
        if not mine:
            return f"## {self.title}\n\nNo results for `{self.prefix}*` in this run.\n"
        return f"## {self.title}\n\n{self.intro}\n\n" + criterion_tables(mine)


def criterion_tables(benches: list[Bench]) -> str:
    """One table per group: a row per parameter, a column per function."""
    out = []
    for group in sorted({b.group for b in benches}):
        mine = [b for b in benches if b.group == group]
        functions = sorted({b.function for b in mine})
        values = natural_order(sorted({b.value for b in mine}))
        cell = {(b.function, b.value): b for b in mine}
        lines = [
            f"`{group}`",
            "",
            "| |" + "|".join(f" {f or group} " for f in functions) + "|",
            "|---|" + "---|" * len(functions),
        ]
        for v in values:
            row = [v or "one call"]
            for f in functions:
                b = cell.get((f, v))
                row.append(f"{fmt_ns(b.ns)} ({fmt_ns(b.low)}–{fmt_ns(b.high)})" if b else "")
            lines.append("| " + " | ".join(row) + " |")
        out.append("\n".join(lines) + "\n")
    return "\n".join(out)


@dataclass
class CalendarGrowthSection:
    """How the calendar's cost changes from a 1-day to a 1-year span."""

    title: str = "Does the cost grow with the span?"

    def claims(self, b: Bench) -> bool:
        return False

    def render(self, benches: list[Bench], ctx: dict) -> str:
        cell = {(b.group, b.function, b.value): b.ns for b in benches}
        lines = [
            f"## {self.title}",
            "",
            "Time for a 1-year span divided by the time for a 1-day span (criterion, Rust core):",
            "",
            "| | 1 y / 1 d |",
            "|---|---|",
        ]
        found = False
        for group in ("calendar/add", "calendar/between"):
            for function in ("rome_it", "rome_plain", "utc_plain"):
                d, y = cell.get((group, function, "1d")), cell.get((group, function, "1y"))
                if d and y:
                    found = True
                    lines.append(f"| `{group}` {function} | {y / d:.1f}× |")
        if not found:
            return ""
        lines += [
            "",
            "How the core counts (see `Calendar` in core/src/calendar/engine.rs): whole weeks and",
            "days from the weekly totals, each special date (holiday, shortened or extra day)",
            "by a subtraction, offset changes far from the open hours jumped over, and only the",
            "days around an offset change near open hours walked one by one through the",
            "time-zone database (none here: the switch is at night). A year on `rome_it` crosses",
            "about a dozen holidays and two DST changes; `rome_plain` has the DST changes only",
            "and `utc_plain` neither, so the three rows separate what each costs.",
        ]
        return "\n".join(lines) + "\n"


@dataclass
class PeerSection:
    title: str
    path: str
    intro: str = ""

    def claims(self, b: Bench) -> bool:
        return False

    def render(self, benches: list[Bench], ctx: dict) -> str:
        p = ROOT / self.path
        if not p.exists() or p.stat().st_mtime < ctx["since"]:
            return f"## {self.title}\n\nNo fresh results in `{self.path}` from this run.\n"
        data = json.loads(p.read_text())
        lines = [
            f"## {self.title}",
            "",
            self.intro,
            "",
            f"- Calendar: {data['calendar']}; {data['cases_per_span']} start instants per span, "
            "the same for both libraries, every result checked equal before timing.",
            f"- caredesk {data['caredesk']} (release build) on Python {data['python']}; {data['peer']}.",
            f"- Timing: {data['timing']}.",
            "",
            "| operation | span | caredesk per call | businesstimedelta per call | businesstimedelta / caredesk |",
            "|---|---|---|---|---|",
        ]
        for r in data["rows"]:
            lines.append(
                f"| `{r['op']}` | {r['span']} | {fmt_ns(r['caredesk_ns'])} | {fmt_ns(r['peer_ns'])} "
                f"| {r['ratio']:.0f}× |"
            )
        ratios = [r["ratio"] for r in data["rows"]]
        lines += [
            "",
            f"Smallest ratio {min(ratios):.0f}×, largest {max(ratios):.0f}×. The target was at least 50× "
            f"per call; {'every row meets it' if min(ratios) >= 50 else 'rows below 50× miss it'}.",
        ]
        return "\n".join(lines) + "\n"


@dataclass
class JsonSection:
    """A peer comparison or binding timing written as JSON by a script; `render_data`
    turns the parsed JSON into markdown lines."""

    title: str
    path: str
    intro: str
    render_data: object

    def claims(self, b: Bench) -> bool:
        return False

    def render(self, benches: list[Bench], ctx: dict) -> str:
        p = ROOT / self.path
        if not p.exists() or p.stat().st_mtime < ctx["since"]:
            return f"## {self.title}\n\nNo fresh results in `{self.path}` from this run.\n"
        data = json.loads(p.read_text())
        return "\n".join([f"## {self.title}", "", self.intro, "", *self.render_data(data, benches)]) + "\n"


def hostile_rows(d: dict, benches: list[Bench]) -> list[str]:
    rows = ["| input | outcome | seconds |", "|---|---|---:|"]
    for c in d["cases"]:
        mark = "" if c["ok"] else " **(over the limit or uncoded)**"
        rows.append(f"| {c['case']} | `{c['outcome']}`{mark} | {c['seconds']:.4f} |")
    slowest = max(c["seconds"] for c in d["cases"])
    rows.append("")
    rows.append(f"Slowest call {slowest:.3f} s against a limit of {d['limit_seconds']:.0f} s; "
                f"load average {d['load']:.2f} when run.")
    return rows


def per_second(ns: float) -> str:
    return f"{1e9 / ns:,.0f}/s"


def core_rate(benches: list[Bench], group: str, function: str) -> str:
    for b in benches:
        if b.group == group and b.function == function:
            return f"{fmt_ns(b.ns)} per call, {per_second(b.ns)}"
    return "no result in this run"


def triage_rows(d: dict, benches: list[Bench]) -> list[str]:
    ours = d["caredesk"]
    rows = [
        f"- Messages: {d['messages']:,} of {d['message_chars']} characters from the labelled set; "
        f"scikit-learn {d['sklearn_version']}, trained on `tune.jsonl`, scored on `holdout.jsonl`, the same split as ours.",
        f"- Rust core (criterion `triage/classify/500_chars`): {core_rate(benches, 'triage/classify', '500_chars')}; "
        "the target was at least 50,000 per second per core.",
        "",
        "| | held-out topic accuracy | tuned-part topic accuracy | batch, messages/s | one call, messages/s |",
        "|---|---|---|---|---|",
        f"| caredesk (Python binding, `classify_many` / `classify`) | {ours['holdout_topic_accuracy']:.1%} | "
        f"{ours['tune_topic_accuracy']:.1%} | {ours['batch_per_second']:,} | {ours['single_call_per_second']:,} |",
    ]
    for name, r in d["sklearn"].items():
        rows.append(
            f"| TF-IDF ({name}) + logistic regression | {r['holdout_topic_accuracy']:.1%} | "
            f"{r['tune_topic_accuracy']:.1%} | {r['batch_per_second']:,} | {r['single_call_per_second']:,} |"
        )
    rows += [
        "",
        "caredesk's model was trained on the corpus (6,061 messages, 17 topics); the pipelines here "
        "only on the 229 messages of the tuned part, so this table shows what a shop gets from each "
        "out of the box, not a like-for-like training comparison (the section on training is that).",
    ]
    return rows


def training_rows(d: dict, benches: list[Bench]) -> list[str]:
    t = d["topics"]
    ours, peer = t["caredesk"], t["sklearn"]
    rows = [
        f"- {t['rows']:,} corpus messages, {t['folds']} folds (row i in fold i mod {t['folds']}), the same "
        f"rows, text and facts for both; scikit-learn {t['sklearn_version']}; {d['cpus']} CPUs, load "
        f"{d['load']:.2f} at the start.",
        "",
        "| | topic accuracy | training, all folds | predicting, all folds |",
        "|---|---:|---:|---:|",
        f"| caredesk `Triage.train` + `classify_many` (whole triage) | {ours['accuracy']:.1%} | {ours['train_s']:.2f} s | {ours['predict_s']:.3f} s |",
        f"| TF-IDF (words 1-2, characters 3-5) + LogisticRegression | {peer['accuracy']:.1%} | {peer['train_s']:.2f} s | {peer['predict_s']:.3f} s |",
        "",
        f"Training {t['train_speedup']}× faster (target 10×), prediction {t['predict_speedup']}× faster "
        f"(target 50×); the two agree on {t['agreement']:.1%} of messages.",
        "",
        f"One `Triage.train` on {d['train_10k']['rows']:,} rows: {d['train_10k']['seconds']} s on one thread "
        f"(target under 10 s); the process's peak resident memory {d['train_10k']['peak_rss_mb']} MB.",
        "",
        f"Language identification against lingua {d['languages']['lingua_version']} (restricted to the "
        "same languages; lingua has no Maltese), sentence by sentence in alternating blocks:",
        "",
        "| set | sentences | caredesk | µs/call | lingua | µs/call | lingua, low accuracy mode | µs/call |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for name, e in d["languages"]["sets"].items():
        low = e["lingua (low accuracy mode)"]
        rows.append(
            f"| {name} | {e['sentences']} | {e['caredesk']['accuracy']:.1%} | {e['caredesk']['us_per_call']} | "
            f"{e['lingua']['accuracy']:.1%} | {e['lingua']['us_per_call']} | {low['accuracy']:.1%} | {low['us_per_call']} |"
        )
    return rows


def returns_rows(d: dict, benches: list[Bench]) -> list[str]:
    return [
        f"- Case: {d['case']}.",
        f"- Rust core (criterion `returns/evaluate/3_items`): {core_rate(benches, 'returns/evaluate', '3_items')}; "
        "the target was 1,000,000 decisions per second per core.",
        f"- Python binding (release): one call {fmt_ns(d['python_single_call_ns'])}, "
        f"in a batch {fmt_ns(d['python_batch_per_request_ns'])} per request.",
    ]


def node_returns_rows(d: dict, benches: list[Bench]) -> list[str]:
    return [
        f"- Node {d['node']} binding (release): one call {fmt_ns(d['node_single_call_ns'])}, "
        f"in a batch (`evaluateReturns`) {fmt_ns(d['node_batch_per_request_ns'])} per request. "
        "The request and decision cross the JS boundary as plain objects, which dominates.",
    ]


def ratio(r: float) -> str:
    """A speed ratio, with two decimals when it is small enough for them to matter."""
    return f"{r:.2f}×" if r < 10 else f"{r:.1f}×"


def reply_rows(calls: tuple[str, str, str], peer_name: str, target: str, met):
    """Markdown lines for a binding-against-peer reply comparison; `calls` names the
    binding's render, text-only render and batch render."""

    def rows(d: dict, benches: list[Bench]) -> list[str]:
        peer = d["peer_ns"]
        render, text, batch = calls
        ours = {
            f"`{render}` (one call, a Reply back)": d["caredesk_render_ns"],
            f"`{text}` (one call, the text only)": d["caredesk_render_text_ns"],
            f"`{batch}` (per reply)": d["caredesk_batch_per_reply_ns"],
        }
        lines = [
            f"- Message: {d['message']}; {d['peer']}.",
            f"- Same text out: {'yes' if d['texts_equal'] else 'NO, see below'}, checked before timing.",
            f"- One-call rows: the best of five loops of {d['calls']:,} calls; the batch row: "
            f"{d['calls']:,} items in one call"
            + (f"; {peer_name}: the best of five loops of {d['peer_calls']:,} calls." if "peer_calls" in d else "."),
            f"- Rust core (criterion `reply/render/peer_message`): "
            f"{core_rate(benches, 'reply/render', 'peer_message')}.",
            "",
            f"| caredesk call | caredesk per reply | {peer_name} per reply | {peer_name} / caredesk |",
            "|---|---|---|---|",
        ]
        for name, ns in ours.items():
            lines.append(f"| {name} | {fmt_ns(ns)} | {fmt_ns(peer)} | {ratio(peer / ns)} |")
        ratios = [peer / ns for ns in ours.values()]
        lines += ["", f"The target was {target}; {met(ratios)}."]
        if ratios[2] < max(ratios[:2]):
            lines += [
                "",
                f"The batch is not cheaper per reply than one call: reading each item's arguments "
                f"and building its reply object happen on the calling thread either way, and only "
                f"the render itself moves off it (over {batch_threads(d)}). What `{batch}` buys is "
                "that thread's time, not a lower total.",
            ]
        if not d["texts_equal"]:
            lines += ["", "caredesk:", "", "```text", d["caredesk_text"], "```", "", f"{peer_name}:", "",
                      "```text", d["peer_text"], "```"]
        return lines

    return rows


def batch_threads(d: dict) -> str:
    n = d.get("cpus")
    return f"{n} cores" if n else "the machine's cores"


def _verdict(ratios: list[float], meets) -> str:
    """Whether the one-call renders (a Reply, the text only) and the batch meet a target."""
    calls = ["one call with a Reply", "one call for the text", "a batch"]
    met = [f"{name} ({ratio(r)})" for name, r in zip(calls, ratios) if meets(r)]
    missed = [f"{name} ({ratio(r)})" for name, r in zip(calls, ratios) if not meets(r)]
    if not missed:
        return "all three meet it"
    if not met:
        return "none meets it: " + ", ".join(missed)
    return "met by " + ", ".join(met) + "; missed by " + ", ".join(missed)


def _met_20x(ratios: list[float]) -> str:
    return _verdict(ratios, lambda r: r >= 20)


def _met_faster(ratios: list[float]) -> str:
    return _verdict(ratios, lambda r: r > 1)


SECTIONS = [
    CriterionSection(
        "Calendar (Rust core)",
        "calendar/",
        "`calendar/new`: compiling the config (weekly hours, 1970–2100 IT holidays). "
        "`calendar/add` and `calendar/between`: one call over a span of calendar time "
        "(`add` is given the business time the span contains), averaged over 64 start "
        "instants in 2026–2027. `rome_it`: Mon–Fri 09:00–18:00 Europe/Rome with the Italian "
        "public holidays; `rome_plain`: the same without holidays; `utc_plain`: the same hours "
        "in UTC without holidays. Criterion's estimate with its 95% confidence interval.",
    ),
    CalendarGrowthSection(),
    PeerSection(
        "Python binding against businesstimedelta",
        "target/bench/python_calendar.json",
        "One call from Python, including the conversion of `datetime` and `timedelta` "
        "arguments, against businesstimedelta 1.0.1 (pure Python) on the same calendar.",
    ),
    CriterionSection(
        "SLA evaluation (Rust core)",
        "sla/",
        "The 36 tickets of the sample inbox under examples/data/sla.toml, evaluated at the demo's "
        "instant: `sla/evaluate/one_ticket` one at a time, `sla/evaluate_many/100k_tickets` the "
        "inbox repeated to 100,000 tickets in one call (the target was under one second).",
    ),
    CriterionSection(
        "Triage (Rust core)",
        "triage/",
        "`triage/classify/500_chars`: one message of exactly 500 characters from the labelled set "
        "(every language and topic). `triage/batch_2000`: 2,000 such messages through `classify_many` "
        "(spread over the cores) and one by one on one thread. `triage/new/builtin`: compiling the "
        "built-in packs.",
    ),
    JsonSection(
        "Triage training and language identification against scikit-learn and lingua",
        "target/bench/python_triage_train.json",
        "Through the release-built Python binding (benches/python/bench_triage_train.py): 5-fold "
        "cross-validation of the corpus, and language identification on held-out sentences.",
        training_rows,
    ),
    JsonSection(
        "Triage against scikit-learn",
        "target/bench/python_triage.json",
        "What a Python shop would write instead: TF-IDF and logistic regression, trained on the "
        "same tuned part, scored on the same held-out part, timed on the same messages.",
        triage_rows,
    ),
    CriterionSection(
        "Return decisions (Rust core)",
        "returns/",
        "`returns/evaluate/3_items`: the three-item German request of the shared vector "
        "`multi_item_mixed_regimes` under the `standard` policy.",
    ),
    JsonSection(
        "Return decisions through the bindings",
        "target/bench/python_returns.json",
        "The same request and policy, called from Python.",
        returns_rows,
    ),
    JsonSection(
        "Return decisions through the Node binding",
        "target/bench/node_returns.json",
        "The same request and policy, called from Node.",
        node_returns_rows,
    ),
    CriterionSection(
        "Replies (Rust core)",
        "reply/",
        "`reply/render/peer_message`: the message of `benches/data/reply_refund.ftl` (a name, money, "
        "a date and a plural) for `de-DE`, which the peer comparisons below also render. "
        "`reply/render_builtin`: the built-in `refund-issued` (money and a plural) per requested locale, "
        "`es-MX` through the fallback to `es`. `reply/catalog/builtin`: compiling the built-in catalog "
        "(26 messages, 12 locales, two tones). Renders per second are 10⁹ / the time per render.",
    ),
    JsonSection(
        "Replies through the Python binding against fluent.runtime",
        "target/bench/python_reply.json",
        "The same FTL text and arguments; fluent.runtime is given MONEY and DATE functions built on its "
        "own currency and date types (Babel's CLDR data), with bidi isolation off as in caredesk. "
        "Best of five runs of many calls from one Python loop (benches/python/bench_reply.py).",
        reply_rows(("render", "render_text", "render_many"), "fluent.runtime", "at least 20× faster than fluent.runtime", _met_20x),
    ),
    JsonSection(
        "Replies through the Node binding against @fluent/bundle",
        "target/bench/node_reply.json",
        "The same FTL text and arguments; @fluent/bundle is given MONEY and DATE functions built on "
        "`Intl.NumberFormat` and `Intl.DateTimeFormat` (which it caches per bundle), with bidi "
        "isolation off as in caredesk. Best of five runs of many calls (benches/node/bench_reply.mjs).",
        reply_rows(("render", "renderText", "renderMany"), "@fluent/bundle", "faster than @fluent/bundle per call (a batch may amortise "
                   "the boundary)", _met_faster),
    ),
    JsonSection(
        "Hostile input through the Python binding",
        "target/bench/python_hostile.json",
        "Each input class of the hardening work, called once through the release-built binding "
        "(benches/python/bench_hostile.py): every call must end with a result or a coded error "
        "within 2 seconds, and the run fails otherwise.",
        hostile_rows,
    ),
    JsonSection(
        "Hostile input through the Node binding",
        "target/bench/node_hostile.json",
        "The same classes through the release-built Node binding (benches/node/bench_hostile.mjs), "
        "with Node's own cases (a lone surrogate, an instance of the wrong class); the run fails "
        "when a call takes over 2 seconds or throws without a caredesk code.",
        hostile_rows,
    ),
    # Add sections here (see the module docstring).
]


# ---- machine and output ------------------------------------------------------------


def machine() -> list[str]:
    model = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        rustc = subprocess.run(["rustc", "--version"], capture_output=True, text=True).stdout.strip()
    except OSError:
        rustc = "rustc (unknown version)"
    try:
        nproc = subprocess.run(["nproc"], capture_output=True, text=True).stdout.strip()
    except OSError:
        nproc = str(os.cpu_count())
    return [
        f"- Date: {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC",
        f"- CPU: {model}; `nproc`: {nproc} (shared with other work, so expect some noise)",
        f"- OS: {platform.system()} {platform.release()}; {rustc}; Python {platform.python_version()}",
    ]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default=str(ROOT / "docs" / "benchmarks.md"))
    parser.add_argument("--criterion", default=str(ROOT / "target" / "criterion"))
    parser.add_argument("--since", type=float, default=0.0, help="ignore results older than this Unix time")
    args = parser.parse_args()

    benches = read_criterion(Path(args.criterion))
    stale = [b for b in benches if b.mtime < args.since]
    benches = [b for b in benches if b.mtime >= args.since]
    ctx = {"since": args.since}

    parts = [
        "# Benchmarks",
        "",
        "Written by `make bench` (benches/report.py); do not edit by hand. It runs the criterion",
        "benchmarks of the Rust core in release mode (`cargo bench -p caredesk`), builds the",
        "Python and Node bindings in release mode, and times them against their peers.",
        "",
        *machine(),
        "",
    ]
    for section in SECTIONS:
        text = section.render(benches, ctx)
        if text:
            parts.append(text)
    others = [b for b in benches if not any(s.claims(b) for s in SECTIONS)]
    if others:
        parts.append("## Other benchmarks\n\n" + criterion_tables(others))
    if stale:
        names = ", ".join(sorted({f"`{b.group}/{b.function}/{b.value}`" for b in stale}))
        parts.append(f"Left out as older than this run: {names}.\n")
    Path(args.out).write_text("\n".join(parts))
    print(f"wrote {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
