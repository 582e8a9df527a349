//! What the test crates have in common: finding the vector and source files.

// Each test crate compiles this module and uses only part of it.
#![allow(dead_code)]

use std::fs;
use std::path::{Path, PathBuf};

/// `tests/vectors/<kind>` at the top of the repository.
pub fn vectors_dir(kind: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../tests/vectors")
        .join(kind)
}

/// The `*.json` files of `tests/vectors/<kind>`, sorted by name; panics
/// unless there are at least `at_least`, so a moved folder cannot pass as
/// an empty run.
pub fn vector_files(kind: &str, at_least: usize) -> Vec<PathBuf> {
    let dir = vectors_dir(kind);
    let mut files: Vec<PathBuf> = fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .map(|e| e.expect("directory entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    assert!(
        files.len() >= at_least,
        "only {} vectors (*.json) in {}, expected at least {at_least}",
        files.len(),
        dir.display()
    );
    files
}

/// Every `*.rs` file below `dir`, sorted (the source checks walk `core/src`).
pub fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in fs::read_dir(d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "rs") {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}
