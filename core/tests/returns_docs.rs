//! `docs/returns.md` must show what the code does: the worked examples'
//! output is the engine's real output for the example vectors, and every
//! citation code the engine can give is listed.

use std::fs;
use std::path::{Path, PathBuf};

use caredesk::returns::{ReturnPolicy, ReturnRequest, SHOP_RULES, evaluate, law};
use serde_json::Value;

const EXAMPLES: [&str; 5] = [
    "example_de_headphones_opened_day13",
    "example_de_personalised_mug",
    "example_pt_blender_defective_2_5_years",
    "example_us_day31_thirty_day_policy",
    "example_fr_holiday_order_january",
];

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn docs() -> String {
    fs::read_to_string(root().join("docs/returns.md")).expect("docs/returns.md")
}

fn vector(name: &str) -> Value {
    let path = root().join(format!("tests/vectors/returns/{name}.json"));
    serde_json::from_str(&fs::read_to_string(path).unwrap()).unwrap()
}

#[test]
fn worked_examples_show_real_output() {
    let docs = docs();
    for name in EXAMPLES {
        let v = vector(name);
        let policy = match &v["policy"] {
            Value::String(p) => {
                let path = root().join(format!("tests/vectors/returns/policies/{p}.json"));
                ReturnPolicy::from_json(&fs::read_to_string(path).unwrap()).unwrap()
            }
            inline => ReturnPolicy::from_json(&inline.to_string()).unwrap(),
        };
        let request: ReturnRequest = caredesk::wire::from_value(v["request"].clone()).unwrap();
        let now = v["now"].as_str().unwrap().parse().unwrap();
        let decision = evaluate(&request, &policy, now).unwrap();
        let block = format!("```text\n{decision}```");
        assert!(
            docs.contains(&block),
            "docs/returns.md does not show the output of {name}; it is:\n{block}"
        );
        // The request shown is the vector's request.
        let shown = serde_json::to_string_pretty(&v["request"]).unwrap();
        assert!(
            docs.contains(&shown),
            "docs/returns.md does not show the request of {name}:\n{shown}"
        );
    }
}

#[test]
fn every_code_is_documented_with_its_source() {
    let docs = docs();
    for r in law::RULES.iter().chain(SHOP_RULES.iter()) {
        let row = format!("| `{}` | {} |", r.code, r.source);
        assert!(docs.contains(&row), "docs/returns.md lacks the row {row}");
    }
    for code in [
        "returns.unknown_country",
        "returns.unknown_reason",
        "returns.negative_window",
        "returns.fee_exceeds_price",
        "returns.before_order",
        "returns.after_request",
    ] {
        assert!(docs.contains(&format!("`{code}`")), "{code} not documented");
    }
}

/// The first fenced block of `lang` after `heading`.
fn block<'a>(docs: &'a str, heading: &str, lang: &str) -> &'a str {
    let from = docs.find(heading).expect(heading);
    let open = format!("```{lang}\n");
    let start = from + docs[from..].find(&open).expect(&open) + open.len();
    let end = start + docs[start..].find("```").unwrap();
    &docs[start..end]
}

#[test]
fn the_reference_samples_are_valid() {
    let docs = docs();
    let policy = ReturnPolicy::from_toml(block(&docs, "## The policy", "toml"))
        .unwrap_or_else(|e| panic!("the sample policy: {} ({e})", e.code()));
    assert_eq!(policy.config().window.fault_days, Some(365));
    let request = ReturnRequest::from_json(block(&docs, "## The request", "json"))
        .unwrap_or_else(|e| panic!("the sample request: {} ({e})", e.code()));
    let decision = evaluate(&request, &policy, "2026-03-20T00:00:00Z".parse().unwrap()).unwrap();
    assert!(decision.eligible);
}
