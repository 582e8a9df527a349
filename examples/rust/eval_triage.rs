//! Measures triage on the labelled sets in `tests/vectors/triage/`: the
//! corpus the built-in model was trained on, the keyword engine's tuning set,
//! and the two held-out sets, which no training or tuning has read; then the
//! language identifier on held-out text of the 24 EU languages and on short
//! chat lines.
//!
//! ```text
//! cargo run -p caredesk --example eval_triage [file.jsonl ...]
//! ```

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use caredesk::Channel;
use caredesk::triage::{Labelled, Triage, TriageInput, evaluate_labelled};

fn dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/vectors/triage")
}

fn labelled(path: &Path) -> Result<Vec<Labelled>, String> {
    std::fs::read_to_string(path)
        .map_err(|e| e.to_string())
        .and_then(|t| Labelled::read_jsonl(&t).map_err(|e| format!("[{}] {e}", e.code())))
}

/// Language accuracy on `(language, text)` lines of the files starting with `prefix`.
fn languages(triage: &Triage, prefix: &str) -> (usize, usize, Vec<String>) {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir().join("langid"))
        .expect("langid exists")
        .map(|e| e.unwrap().path())
        .filter(|p| p.file_name().unwrap().to_string_lossy().starts_with(prefix))
        .collect();
    paths.sort();
    let (mut right, mut all, mut misses) = (0, 0, Vec::new());
    for path in paths {
        for line in std::fs::read_to_string(&path).unwrap().lines() {
            let v: serde_json::Value = serde_json::from_str(line).unwrap();
            let text = v["text"].as_str().unwrap();
            let input = TriageInput {
                subject: None,
                body: text.into(),
                channel: Channel::Chat,
                marketplace: None,
                customer_tier: None,
                previous_tickets: None,
                order: None,
                received_at: None,
            };
            let got = triage.classify(&input).language.map(|l| l.code);
            all += 1;
            if got == v["language"].as_str() {
                right += 1;
            } else {
                misses.push(format!("{} {:?} -> {:?}", v["language"], text, got));
            }
        }
    }
    (right, all, misses)
}

fn main() -> ExitCode {
    let mut files: Vec<PathBuf> = std::env::args_os().skip(1).map(PathBuf::from).collect();
    let standard = files.is_empty();
    if standard {
        files = ["tune.jsonl", "holdout.jsonl", "holdout2.jsonl"]
            .iter()
            .map(|f| dir().join(f))
            .collect();
    }
    let triage = Triage::builtin();
    for path in files {
        let set = match labelled(&path) {
            Ok(s) => s,
            Err(e) => {
                eprintln!("{}: {e}", path.display());
                return ExitCode::FAILURE;
            }
        };
        println!(
            "== {} ==",
            path.file_name().unwrap_or_default().to_string_lossy()
        );
        println!("{}", evaluate_labelled(&triage, &set));
    }
    if standard {
        for (name, prefix) in [
            ("held-out EU-language text", "holdout-"),
            ("short chat lines (12 languages)", "short-"),
        ] {
            let (right, all, misses) = languages(&triage, prefix);
            println!(
                "== language: {name} ==\n{right} of {all} right ({:.1} %)",
                100.0 * right as f64 / all as f64
            );
            for m in misses.iter().take(40) {
                println!("  {m}");
            }
        }
    }
    ExitCode::SUCCESS
}
