//! The built-in triage model on the labelled sets: `make test` fails when
//! accuracy falls below the level reached. `tune.jsonl` is what the keyword
//! rules were tuned on; `holdout.jsonl` and `holdout2.jsonl` were never used
//! for training or tuning, so their floors are the honest ones (see
//! docs/triage.md for the tables).

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
        e.topic_accuracy >= 0.93,
        "topic accuracy fell to {}\n{e}",
        e.topic_accuracy
    );
    assert!(
        e.priority_accuracy >= 0.89,
        "priority accuracy fell to {}\n{e}",
        e.priority_accuracy
    );
    assert!(
        e.language_accuracy >= 0.99,
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
        e.topic_accuracy >= 0.79,
        "topic accuracy fell to {}\n{e}",
        e.topic_accuracy
    );
    assert!(
        e.priority_accuracy >= 0.83,
        "priority accuracy fell to {}\n{e}",
        e.priority_accuracy
    );
    assert!(
        e.language_accuracy >= 0.99,
        "language accuracy fell to {}\n{e}",
        e.language_accuracy
    );
}

#[test]
fn second_held_out_set_keeps_its_accuracy() {
    let e = evaluate("holdout2.jsonl");
    assert_eq!(e.count, 600);
    assert!(
        e.topic_accuracy >= 0.90,
        "topic accuracy fell to {}\n{e}",
        e.topic_accuracy
    );
    assert!(
        e.priority_accuracy >= 0.76,
        "priority accuracy fell to {}\n{e}",
        e.priority_accuracy
    );
    assert!(
        e.priority_within_one >= 0.98,
        "priority within one band fell to {}\n{e}",
        e.priority_within_one
    );
    assert!(
        e.language_accuracy >= 0.995,
        "language accuracy fell to {}\n{e}",
        e.language_accuracy
    );
    assert!(
        e.topic_calibration_error <= 0.05,
        "calibration error rose to {}\n{e}",
        e.topic_calibration_error
    );
}

/// Language accuracy on the held-out lines of the files starting with `prefix`.
fn language_accuracy(prefix: &str) -> (usize, usize) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/vectors/triage/langid");
    let triage = Triage::builtin();
    let (mut right, mut all) = (0, 0);
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.file_name().unwrap().to_string_lossy().starts_with(prefix))
        .collect();
    paths.sort();
    for path in paths {
        for line in std::fs::read_to_string(&path).unwrap().lines() {
            let v: serde_json::Value = serde_json::from_str(line).unwrap();
            let input =
                serde_json::from_value(serde_json::json!({"body": v["text"], "channel": "chat"}))
                    .unwrap();
            all += 1;
            right += usize::from(
                triage.classify(&input).language.map(|l| l.code) == v["language"].as_str(),
            );
        }
    }
    (right, all)
}

#[test]
fn short_chat_lines_get_their_language() {
    let (right, all) = language_accuracy("short-");
    assert_eq!(all, 480);
    assert!(right * 1000 >= all * 985, "{right} of {all} short lines");
}

#[test]
fn other_eu_languages_are_recognised() {
    let (right, all) = language_accuracy("holdout-");
    assert_eq!(all, 480);
    assert!(right * 1000 >= all * 930, "{right} of {all} held-out lines");
}
