//! The house rule of ARCHITECTURE.md, checked: the foundation imports only
//! the foundation, an engine imports only the foundation, and only the
//! composition room imports engines. A new room must be placed in a layer
//! here before it compiles into the crate's tests.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

mod common;

const FOUNDATION: &[&str] = &[
    "error",
    "wire",
    "money",
    "instant",
    "string_enum",
    "country",
    "calendar",
    "ticket",
];
const ENGINES: &[&str] = &["sla", "triage", "reply", "returns"];
const COMPOSITION: &[&str] = &["composition"];

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// Every room of the crate: a top-level file or folder under src/ (lib.rs aside).
fn rooms() -> BTreeSet<String> {
    fs::read_dir(src())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter_map(|p| {
            let name = p.file_stem()?.to_str()?.to_string();
            (p.is_dir() || p.extension().is_some_and(|x| x == "rs")).then_some(name)
        })
        .filter(|n| n != "lib")
        .collect()
}

fn files_of(room: &str) -> Vec<PathBuf> {
    let dir = src().join(room);
    if dir.is_dir() {
        common::rust_files(&dir)
    } else {
        vec![src().join(format!("{room}.rs"))]
    }
}

/// The rooms a source text names through `crate::room` or `crate::{room, ...}`,
/// with the line each is first named on; comments (and so doc examples,
/// which use the public API) are skipped.
fn imports(text: &str) -> Vec<(String, usize)> {
    let mut found = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let code = line.split("//").next().unwrap_or("");
        let mut rest = code;
        while let Some(i) = rest.find("crate::") {
            rest = &rest[i + "crate::".len()..];
            if let Some(group) = rest.strip_prefix('{') {
                let end = group.find('}').unwrap_or(group.len());
                for part in group[..end].split(',') {
                    let head = part.trim().split("::").next().unwrap_or("").trim();
                    if !head.is_empty() {
                        found.push((head.to_string(), n + 1));
                    }
                }
            } else {
                let head: String = rest
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                found.push((head, n + 1));
            }
        }
    }
    found
}

fn layer(room: &str) -> Option<u8> {
    if FOUNDATION.contains(&room) {
        Some(0)
    } else if ENGINES.contains(&room) {
        Some(1)
    } else if COMPOSITION.contains(&room) {
        Some(2)
    } else {
        None
    }
}

#[test]
fn every_room_has_a_layer() {
    for room in rooms() {
        assert!(
            layer(&room).is_some(),
            "src/{room} is in no layer: add it to FOUNDATION, ENGINES or COMPOSITION here and in ARCHITECTURE.md"
        );
    }
}

#[test]
fn rooms_import_only_what_their_layer_allows() {
    let mut broken = Vec::new();
    for room in rooms() {
        let Some(own) = layer(&room) else { continue };
        for file in files_of(&room) {
            let text = fs::read_to_string(&file).unwrap();
            for (target, line) in imports(&text) {
                let Some(theirs) = layer(&target) else {
                    continue;
                };
                // The foundation and the composition room may use their own
                // layer; an engine may use only itself and the layer below.
                let allowed = target == room || theirs < own || (theirs == own && own != 1);
                if !allowed {
                    let rel = file.strip_prefix(src()).unwrap().display().to_string();
                    broken.push(format!("src/{rel}:{line}: {room} imports {target}"));
                }
            }
        }
    }
    assert!(
        broken.is_empty(),
        "imports across rooms that ARCHITECTURE.md forbids:\n{}",
        broken.join("\n")
    );
}

#[test]
fn the_scanner_sees_grouped_and_plain_imports() {
    let found = imports(
        "use crate::{money::Money, sla};\nlet x = crate::reply::render(); // crate::returns\n",
    );
    let names: Vec<_> = found.iter().map(|(n, l)| (n.as_str(), *l)).collect();
    assert_eq!(names, [("money", 1), ("sla", 1), ("reply", 2)]);
}
