//! The built-in triage rules on the labelled set: `make test` fails when
//! accuracy falls below the level reached. `tune.jsonl` is what the rules were
//! tuned on; `holdout.jsonl` was never used for tuning, so its floor is the
//! honest one (see docs/triage.md for both tables).

use std::path::Path;

use caredesk::triage::{Evaluation, Labelled, Triage, evaluate_labelled};

fn evaluate(file: &str) -> Evaluation {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../tests/vectors/triage")
        .join(file);
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    let set = Labelled::read_jsonl(&text).unwrap_or_else(|e| panic!("{file}: {e}"));
    evaluate_labelled(&Triage::builtin(), &set)
}

#[test]
fn tuned_part_keeps_its_accuracy() {
    let e = evaluate("tune.jsonl");
    assert!(e.count >= 200, "{} tickets", e.count);
    assert!(
        e.topic_accuracy >= 0.89,
        "topic accuracy fell to {}\n{e}",
        e.topic_accuracy
    );
    assert!(
        e.priority_accuracy >= 0.88,
        "priority accuracy fell to {}\n{e}",
        e.priority_accuracy
    );
    assert!(
        e.language_accuracy >= 0.97,
        "language accuracy fell to {}\n{e}",
        e.language_accuracy
    );
    assert!(
        e.sentiment_accuracy >= 0.80,
        "sentiment accuracy fell to {}\n{e}",
        e.sentiment_accuracy
    );
}

#[test]
fn held_out_part_keeps_its_accuracy() {
    let e = evaluate("holdout.jsonl");
    assert!(e.count >= 120, "{} tickets", e.count);
    assert!(
        e.topic_accuracy >= 0.62,
        "topic accuracy fell to {}\n{e}",
        e.topic_accuracy
    );
    assert!(
        e.priority_accuracy >= 0.64,
        "priority accuracy fell to {}\n{e}",
        e.priority_accuracy
    );
    assert!(
        e.language_accuracy >= 0.97,
        "language accuracy fell to {}\n{e}",
        e.language_accuracy
    );
}
