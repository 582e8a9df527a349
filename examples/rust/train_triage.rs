//! Trains the built-in triage models from the corpus in the repository.
//!
//! ```text
//! cargo run --release -p caredesk --example train_triage            # write the model files
//! cargo run --release -p caredesk --example train_triage -- --check # retrain, compare byte for byte
//! cargo run --release -p caredesk --example train_triage -- --cv    # 5-fold cross-validation of the corpus
//! ```
//!
//! Inputs: `tests/vectors/triage/corpus/*.jsonl` (topics and priorities, and
//! the text of 12 languages for the language identifier) and
//! `tests/vectors/triage/langid/train-*.jsonl` (text of the other 12 EU
//! languages). The held-out sets are never read here.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use caredesk::triage::{Labelled, TrainOptions, TrainingRow, TriageModel, train_builtin};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn files(dir: &str, prefix: &str) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = std::fs::read_dir(root().join(dir))
        .expect("the directory exists")
        .map(|e| e.unwrap().path())
        .filter(|p| {
            let name = p.file_name().unwrap().to_string_lossy();
            name.starts_with(prefix) && name.ends_with(".jsonl")
        })
        .collect();
    out.sort();
    out
}

/// The labelled corpus messages.
fn corpus() -> Vec<Labelled> {
    files("tests/vectors/triage/corpus", "")
        .iter()
        .flat_map(|p| {
            let text = std::fs::read_to_string(p).expect("the corpus reads");
            Labelled::read_jsonl(&text).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
        })
        .collect()
}

/// The whole engine (model, rules and raises) on folds of every fifth row:
/// what a shop sees, where cross-validation above scores the model's heads
/// alone.
fn whole_engine_folds(rows: &[TrainingRow], options: &TrainOptions) {
    let k = options.folds as usize;
    let (mut topic, mut exact, mut near, mut n) = (0, 0, 0, 0);
    for fold in 0..k {
        let train: Vec<TrainingRow> = rows
            .iter()
            .enumerate()
            .filter(|(i, _)| i % k != fold)
            .map(|(_, r)| r.clone())
            .collect();
        let model = TriageModel::train(&train, options).expect("the fold trains");
        let triage = caredesk::triage::Triage::builtin().with_model(model);
        for row in rows
            .iter()
            .enumerate()
            .filter(|(i, _)| i % k == fold)
            .map(|(_, r)| r)
        {
            let r = triage.classify(&row.input());
            let band = |p: caredesk::Priority| {
                caredesk::Priority::ALL
                    .iter()
                    .position(|x| *x == p)
                    .unwrap() as i32
            };
            let expected = row.priority.unwrap();
            n += 1;
            topic += usize::from(Some(r.topic.label.as_str()) == row.topic.as_deref());
            exact += usize::from(r.priority == expected);
            near += usize::from((band(r.priority) - band(expected)).abs() <= 1);
        }
    }
    println!(
        "whole engine, folds of every fifth row: topic {:.1} %, priority exact {:.1} %, within one {:.1} %",
        100.0 * topic as f64 / n as f64,
        100.0 * exact as f64 / n as f64,
        100.0 * near as f64 / n as f64
    );
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let corpus = corpus();
    let rows: Vec<TrainingRow> = corpus
        .iter()
        .map(|l| {
            let labels = (
                Some(l.expected.topic.as_str().to_string()),
                Some(l.expected.priority),
            );
            TrainingRow::new(l.input(), labels.0, labels.1)
        })
        .collect();
    // `--options '{"epochs": 20}'` tries other training options in `--cv`.
    let options: TrainOptions = match args.iter().position(|a| a == "--options") {
        Some(i) => serde_json::from_str(&args[i + 1]).expect("--options is TrainOptions JSON"),
        None => TrainOptions::default(),
    };
    if args.iter().any(|a| a == "--cv") {
        let started = std::time::Instant::now();
        let cv = TriageModel::cross_validate(&rows, &options).expect("the corpus trains");
        println!(
            "{}-fold cross-validation of {} rows in {:.1} s: topic {:.1} %, priority exact {:.1} %, within one {:.1} %, ECE {:.3}",
            cv.folds,
            cv.topic_rows,
            started.elapsed().as_secs_f64(),
            cv.topic_accuracy * 100.0,
            cv.priority_accuracy * 100.0,
            cv.priority_within_one * 100.0,
            cv.topic_calibration_error
        );
        for (topic, s) in &cv.topics {
            println!(
                "  {topic:<18} P {:.2}  R {:.2}  n {}",
                s.precision, s.recall, s.support
            );
        }
        whole_engine_folds(&rows, &options);
        return ExitCode::SUCCESS;
    }
    let started = std::time::Instant::now();
    let mut texts: Vec<(String, String)> = corpus
        .iter()
        .map(|l| {
            let text = format!("{} {}", l.subject.as_deref().unwrap_or(""), l.body);
            (l.language.clone(), text)
        })
        .collect();
    for path in files("tests/vectors/triage/langid", "train-") {
        let text = std::fs::read_to_string(&path).expect("the language texts read");
        for line in text.lines().filter(|l| !l.trim().is_empty()) {
            let v: serde_json::Value = serde_json::from_str(line).expect("a JSON line");
            texts.push((
                v["language"].as_str().unwrap().to_string(),
                v["text"].as_str().unwrap().to_string(),
            ));
        }
    }
    let pairs: Vec<(&str, &str)> = texts
        .iter()
        .map(|(l, t)| (l.as_str(), t.as_str()))
        .collect();
    let (topics, languages) = train_builtin(&rows, &pairs).expect("the corpus trains");
    eprintln!(
        "trained on {} rows and {} language texts in {:.1} s",
        rows.len(),
        pairs.len(),
        started.elapsed().as_secs_f64()
    );
    let dir = root().join("core/src/triage/learned");
    let outputs = [
        ("builtin-topics.model", topics),
        ("builtin-languages.model", languages),
    ];
    if args.iter().any(|a| a == "--check") {
        let mut same = true;
        for (name, bytes) in &outputs {
            let shipped = std::fs::read(dir.join(name)).unwrap_or_default();
            if &shipped != bytes {
                eprintln!(
                    "{name}: the shipped file differs from a fresh training run; run `make train-triage`"
                );
                same = false;
            }
        }
        if !same {
            return ExitCode::FAILURE;
        }
        eprintln!("the shipped models are what the corpus trains, byte for byte");
        return ExitCode::SUCCESS;
    }
    for (name, bytes) in &outputs {
        std::fs::write(dir.join(name), bytes).expect("the model directory is writable");
        eprintln!("wrote {} ({} bytes)", dir.join(name).display(), bytes.len());
    }
    ExitCode::SUCCESS
}
