//! Measures the built-in triage rules on the labelled set in
//! `tests/vectors/triage/`: the part the rules were tuned on and the held-out
//! part that was never looked at while tuning.
//!
//! ```text
//! cargo run -p caredesk --example eval_triage [file.jsonl ...]
//! ```

use std::path::PathBuf;
use std::process::ExitCode;

use caredesk::triage::{Labelled, Triage, evaluate_labelled};

fn main() -> ExitCode {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/vectors/triage");
    let mut files: Vec<PathBuf> = std::env::args_os().skip(1).map(PathBuf::from).collect();
    if files.is_empty() {
        files = vec![dir.join("tune.jsonl"), dir.join("holdout.jsonl")];
    }
    let triage = Triage::builtin();
    for path in files {
        let set = match std::fs::read_to_string(&path)
            .map_err(|e| e.to_string())
            .and_then(|t| Labelled::read_jsonl(&t).map_err(|e| format!("[{}] {e}", e.code())))
        {
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
    ExitCode::SUCCESS
}
