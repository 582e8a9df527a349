//! The error codes are listed once, in docs/concepts.md; this keeps that list
//! equal to what `Error::code()` can return.

use std::collections::BTreeSet;

fn read(rel: &str) -> String {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    std::fs::read_to_string(root.join(rel)).unwrap()
}

/// Every `"family.name"` literal in the body of `Error::code`.
fn codes_in_source() -> BTreeSet<String> {
    let src = read("core/src/error.rs");
    let start = src.find("pub fn code(&self)").expect("Error::code");
    let body = &src[start..];
    let body = &body[..body.find("\n    }\n").expect("end of code()")];
    body.split("=> \"")
        .skip(1)
        .map(|rest| rest[..rest.find('"').unwrap()].to_string())
        .collect()
}

/// Every code in the first column of the table under "## Errors".
fn codes_in_docs() -> BTreeSet<String> {
    let doc = read("docs/concepts.md");
    let section = &doc[doc.find("## Errors").expect("an Errors section")..];
    section
        .lines()
        .skip_while(|l| !l.starts_with('|'))
        .take_while(|l| l.starts_with('|'))
        .filter_map(|l| l.split('|').nth(1))
        .flat_map(|cell| {
            cell.split('`')
                .skip(1)
                .step_by(2)
                .map(str::to_string)
                .collect::<Vec<_>>()
        })
        .filter(|c| c.contains('.'))
        .collect()
}

#[test]
fn docs_list_every_error_code_once_and_nothing_else() {
    let source = codes_in_source();
    let docs = codes_in_docs();
    assert!(source.len() > 30, "found only {source:?} in Error::code");
    let undocumented: Vec<_> = source.difference(&docs).collect();
    let stale: Vec<_> = docs.difference(&source).collect();
    assert!(
        undocumented.is_empty(),
        "codes missing from docs/concepts.md: {undocumented:?}"
    );
    assert!(
        stale.is_empty(),
        "docs/concepts.md lists codes Error::code never returns: {stale:?}"
    );
}
