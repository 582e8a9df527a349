"""Triage through the Python binding, side by side with the pipeline a Python
shop would write instead: scikit-learn TF-IDF + logistic regression, trained
on the same tune split and scored on the same held-out split.

Writes a JSON summary to the path given as the first argument (or stdout).
"""

import json
import statistics
import sys
import time
from pathlib import Path

import caredesk

ROOT = Path(__file__).resolve().parents[2]
SET = ROOT / "tests" / "vectors" / "triage"


def load(name):
    return [json.loads(l) for l in (SET / name).read_text(encoding="utf-8").splitlines() if l.strip()]


def as_input(row, body=None):
    inp = {k: row[k] for k in ("subject", "channel", "marketplace", "order", "received_at") if k in row}
    inp["body"] = row["body"] if body is None else body
    if row.get("customer", {}).get("tier"):
        inp["customer_tier"] = row["customer"]["tier"]
    return inp


def text_of(row):
    return (row.get("subject") or "") + "\n" + row["body"]


def five_hundred(text):
    """The message repeated or cut to exactly 500 characters."""
    out = text
    while len(out) < 500:
        out += " " + text
    return out[:500]


def best_of(fn, repeat=5):
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times), statistics.median(times)


def main():
    tune, holdout = load("tune.jsonl"), load("holdout.jsonl")
    rows = tune + holdout
    # 20,000 messages of 500 characters, cycling through the twelve languages' tickets.
    n = 20_000
    messages = [as_input(rows[i % len(rows)], five_hundred(rows[i % len(rows)]["body"])) for i in range(n)]
    texts = [five_hundred(text_of(rows[i % len(rows)])) for i in range(n)]

    tr = caredesk.Triage()
    tr.classify_many(messages[:500])  # warm up
    batch_best, batch_median = best_of(lambda: tr.classify_many(messages))
    single = messages[:2000]
    one_best, _ = best_of(lambda: [tr.classify(m) for m in single])

    def accuracy(rows_, predict):
        got = predict(rows_)
        return sum(g == r["expected"]["topic"] for g, r in zip(got, rows_)) / len(rows_)

    ours_tune = accuracy(tune, lambda rs: [r.topic for r in tr.classify_many([as_input(x) for x in rs])])
    ours_hold = accuracy(holdout, lambda rs: [r.topic for r in tr.classify_many([as_input(x) for x in rs])])

    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    import sklearn

    y = [r["expected"]["topic"] for r in tune]
    pipelines = {
        "word": make_pipeline(TfidfVectorizer(sublinear_tf=True), LogisticRegression(max_iter=2000)),
        "char_wb 2-5": make_pipeline(
            TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True),
            LogisticRegression(max_iter=2000),
        ),
    }
    sk = {}
    for name, pipe in pipelines.items():
        t0 = time.perf_counter()
        pipe.fit([text_of(r) for r in tune], y)
        fit = time.perf_counter() - t0
        hold_acc = accuracy(holdout, lambda rs: list(pipe.predict([text_of(x) for x in rs])))
        tune_acc = accuracy(tune, lambda rs: list(pipe.predict([text_of(x) for x in rs])))
        pipe.predict(texts[:500])
        predict_best, _ = best_of(lambda: pipe.predict(texts), repeat=3)
        one = texts[:500]
        one_call, _ = best_of(lambda: [pipe.predict([t]) for t in one], repeat=3)
        sk[name] = {
            "holdout_topic_accuracy": round(hold_acc, 4),
            "tune_topic_accuracy": round(tune_acc, 4),
            "fit_seconds": round(fit, 3),
            "batch_per_second": round(n / predict_best),
            "single_call_per_second": round(len(one) / one_call),
        }

    result = {
        "messages": n,
        "message_chars": 500,
        "caredesk": {
            "holdout_topic_accuracy": round(ours_hold, 4),
            "tune_topic_accuracy": round(ours_tune, 4),
            "batch_per_second": round(n / batch_best),
            "batch_per_second_median": round(n / batch_median),
            "single_call_per_second": round(len(single) / one_best),
        },
        "sklearn": sk,
        "sklearn_version": sklearn.__version__,
    }
    out = json.dumps(result, indent=2)
    if len(sys.argv) > 1:
        Path(sys.argv[1]).write_text(out + "\n")
    print(out)


if __name__ == "__main__":
    main()
