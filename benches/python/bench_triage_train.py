"""Training and language identification through the Python binding, side by
side with their peers on the same inputs:

- topics: 5-fold cross-validation of the corpus (fold k holds rows i with
  i % 5 == k, the same for both sides), caredesk's
  `Triage.train` + `classify_many` against scikit-learn's TF-IDF (word 1-2
  and character 3-5-grams) + LogisticRegression, each given the same text
  and the same ticket facts (as tokens for scikit-learn); fold by fold, the
  two alternate which runs first;
- languages: the held-out chat lines of at most 30 characters (12 triage
  languages) and the held-out text of the other 12 EU languages,
  `caredesk.identify_language` against lingua (`lingua-language-detector`)
  restricted to the same languages (lingua has no Maltese), sentence by
  sentence, in alternating blocks.

The run fails when either side returns something other than one answer per
input from the allowed labels. Writes a JSON summary to --out (or stdout).
"""

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

import caredesk

ROOT = Path(__file__).resolve().parents[2]
TRIAGE = ROOT / "tests" / "vectors" / "triage"
FOLDS = 5


def jsonl(path):
    return [json.loads(l) for l in path.read_text(encoding="utf-8").splitlines() if l.strip()]


def corpus():
    rows = []
    for path in sorted((TRIAGE / "corpus").glob("*.jsonl")):
        rows += jsonl(path)
    return rows


def as_row(r):
    row = {k: r[k] for k in ("subject", "body", "channel", "marketplace", "order", "received_at") if k in r}
    if r.get("customer", {}).get("tier"):
        row["customer_tier"] = r["customer"]["tier"]
    row["topic"] = r["expected"]["topic"]
    row["priority"] = r["expected"]["priority"]
    return row


def as_input(r):
    return {k: v for k, v in as_row(r).items() if k not in ("topic", "priority")}


def sk_text(r):
    """The same evidence for scikit-learn: subject, body and the facts as tokens."""
    facts = ["zzchannel" + r["channel"]]
    order = r.get("order")
    if order:
        facts.append("zzstatus" + order["status"])
        if order.get("promised_by") and order["status"] != "delivered" and r["received_at"][:10] > order["promised_by"]:
            facts.append("zzlate")
    if r.get("customer", {}).get("tier") == "vip":
        facts.append("zzvip")
    return (r.get("subject") or "") + "\n" + r["body"] + "\n" + " ".join(facts)


def check(name, predicted, n, allowed):
    bad = [p for p in predicted if p not in allowed]
    if len(predicted) != n or bad:
        sys.exit(f"{name}: {len(predicted)} answers for {n} inputs, {len(bad)} outside the labels: {bad[:5]}")


def topics_side_by_side():
    import sklearn
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline, make_union

    rows = corpus()
    topics = sorted({r["expected"]["topic"] for r in rows})
    ours = {"train_s": 0.0, "predict_s": 0.0, "right": 0}
    peer = {"train_s": 0.0, "predict_s": 0.0, "right": 0}
    agree = total = 0
    for k in range(FOLDS):
        train = [r for i, r in enumerate(rows) if i % FOLDS != k]
        test = [r for i, r in enumerate(rows) if i % FOLDS == k]
        expected = [r["expected"]["topic"] for r in test]
        answers = {}

        def run_ours():
            t0 = time.perf_counter()
            model = caredesk.Triage.train([as_row(r) for r in train])
            t1 = time.perf_counter()
            got = [x.topic for x in model.classify_many([as_input(r) for r in test])]
            t2 = time.perf_counter()
            ours["train_s"] += t1 - t0
            ours["predict_s"] += t2 - t1
            answers["ours"] = got

        def run_peer():
            pipe = make_pipeline(
                make_union(
                    TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True),
                    TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True),
                ),
                LogisticRegression(C=10, max_iter=1000),
            )
            t0 = time.perf_counter()
            pipe.fit([sk_text(r) for r in train], [r["expected"]["topic"] for r in train])
            t1 = time.perf_counter()
            got = list(pipe.predict([sk_text(r) for r in test]))
            t2 = time.perf_counter()
            peer["train_s"] += t1 - t0
            peer["predict_s"] += t2 - t1
            answers["peer"] = got

        for run in ([run_ours, run_peer] if k % 2 == 0 else [run_peer, run_ours]):
            run()
        check("caredesk", answers["ours"], len(test), topics)
        check("scikit-learn", answers["peer"], len(test), topics)
        ours["right"] += sum(a == e for a, e in zip(answers["ours"], expected))
        peer["right"] += sum(a == e for a, e in zip(answers["peer"], expected))
        agree += sum(a == b for a, b in zip(answers["ours"], answers["peer"]))
        total += len(test)
        print(f"fold {k}: done", file=sys.stderr)
    for side in (ours, peer):
        side["accuracy"] = round(side.pop("right") / total, 4)
        side["train_s"] = round(side["train_s"], 3)
        side["predict_s"] = round(side["predict_s"], 4)
    return {
        "rows": total,
        "folds": FOLDS,
        "caredesk": ours,
        "sklearn": peer,
        "agreement": round(agree / total, 4),
        "train_speedup": round(peer["train_s"] / ours["train_s"], 1),
        "predict_speedup": round(peer["predict_s"] / ours["predict_s"], 1),
        "sklearn_version": sklearn.__version__,
    }


LINGUA_NAMES = {
    "bg": "BULGARIAN", "cs": "CZECH", "da": "DANISH", "de": "GERMAN", "el": "GREEK", "en": "ENGLISH",
    "es": "SPANISH", "et": "ESTONIAN", "fi": "FINNISH", "fr": "FRENCH", "ga": "IRISH", "hr": "CROATIAN",
    "hu": "HUNGARIAN", "it": "ITALIAN", "lt": "LITHUANIAN", "lv": "LATVIAN", "nl": "DUTCH", "pl": "POLISH",
    "pt": "PORTUGUESE", "ro": "ROMANIAN", "sk": "SLOVAK", "sl": "SLOVENE", "sv": "SWEDISH",
}


def languages_side_by_side():
    from importlib.metadata import version

    from lingua import Language, LanguageDetectorBuilder

    sets = {
        "short chat lines, 12 triage languages": sorted((TRIAGE / "langid").glob("short-*.jsonl")),
        "held-out text, other 12 EU languages": sorted((TRIAGE / "langid").glob("holdout-*.jsonl")),
    }
    langs = [getattr(Language, n) for n in LINGUA_NAMES.values()]
    detectors = {
        "lingua": LanguageDetectorBuilder.from_languages(*langs).build(),
        "lingua (low accuracy mode)": LanguageDetectorBuilder.from_languages(*langs).with_low_accuracy_mode().build(),
    }
    by_name = {v: k for k, v in LINGUA_NAMES.items()}
    allowed = set(caredesk.EU_LANGUAGES) | {None}

    def ours(text):
        got = caredesk.identify_language(text)
        return got[0] if got else None

    def peer(detector):
        def run(text):
            got = detector.detect_language_of(text)
            return by_name[got.name] if got else None
        return run

    out = {"lingua_version": version("lingua-language-detector"), "sets": {}}
    for name, paths in sets.items():
        lines = [l for p in paths for l in jsonl(p)]
        runners = {"caredesk": ours, **{k: peer(d) for k, d in detectors.items()}}
        for r in runners.values():  # warm up
            r(lines[0]["text"])
        results = {k: {"answers": [], "seconds": 0.0} for k in runners}
        block = 20
        for start in range(0, len(lines), block):
            chunk = lines[start:start + block]
            names = list(runners) if (start // block) % 2 == 0 else list(reversed(runners))
            for k in names:
                t0 = time.perf_counter()
                answers = [runners[k](l["text"]) for l in chunk]
                results[k]["seconds"] += time.perf_counter() - t0
                results[k]["answers"] += answers
        entry = {"sentences": len(lines), "max_chars": max(len(l["text"]) for l in lines)}
        for k, r in results.items():
            check(k, r["answers"], len(lines), allowed)
            right = sum(a == l["language"] for a, l in zip(r["answers"], lines))
            entry[k] = {"accuracy": round(right / len(lines), 4), "us_per_call": round(r["seconds"] / len(lines) * 1e6, 1)}
        out["sets"][name] = entry
    return out


def ten_thousand_rows():
    """One `Triage.train` on 10,000 rows (the corpus, then its first rows
    again), on one thread; memory as the process's peak resident size."""
    import resource

    rows = corpus()
    rows = [as_row(r) for r in (rows + rows)[:10_000]]
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    t0 = time.perf_counter()
    caredesk.Triage.train(rows)
    seconds = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {"rows": len(rows), "seconds": round(seconds, 2), "peak_rss_mb": round(after / 1024), "rss_growth_mb": round((after - before) / 1024)}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--out")
    args = parser.parse_args()
    result = {
        "cpus": os.cpu_count(),
        "load": os.getloadavg()[0],
        "train_10k": ten_thousand_rows(),
        "topics": topics_side_by_side(),
        "languages": languages_side_by_side(),
    }
    text = json.dumps(result, indent=2)
    if args.out:
        Path(args.out).write_text(text)
    print(text)


if __name__ == "__main__":
    main()
