//! Runs the shared return vectors in `tests/vectors/returns/*.json`.
//!
//! The format is described in `tests/vectors/returns/README.md`; the Python
//! and Node runners (`bindings-python/tests/test_returns_vectors.py`,
//! `bindings-node/__test__/returns-vectors.test.mjs`) read the same files and
//! give the same answers. Every file is run and all failures are reported
//! together, each with its name.

mod common;

use std::fs;
use std::path::Path;

use caredesk::Error;
use caredesk::returns::{ReturnDecision, ReturnPolicy, ReturnRequest, evaluate};
use chrono::{DateTime, Utc};
use serde_json::{Map, Value};

type Outcome = Result<(), String>;

#[test]
fn return_vectors() {
    let files = common::vector_files("returns", 60);
    let mut failures = Vec::new();
    for path in &files {
        let name = path.file_name().unwrap_or_default().to_string_lossy();
        if let Err(why) = run_file(path) {
            failures.push(format!("{name}: {why}"));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} return vectors failed:\n  {}",
        failures.len(),
        files.len(),
        failures.join("\n  ")
    );
    eprintln!("{} return vectors passed", files.len());
}

fn run_file(path: &Path) -> Outcome {
    let text = fs::read_to_string(path).map_err(|e| format!("cannot read: {e}"))?;
    let v: Value = serde_json::from_str(&text).map_err(|e| format!("not JSON: {e}"))?;
    let v = v.as_object().ok_or("the vector must be an object")?;
    for key in v.keys() {
        if ![
            "description",
            "rule",
            "policy",
            "policy_error",
            "request",
            "now",
            "expect",
            "error",
            "audit",
        ]
        .contains(&key.as_str())
        {
            return Err(format!("unknown key {key:?}"));
        }
    }
    let description = v.get("description").and_then(Value::as_str).unwrap_or("");
    if description.trim().is_empty() {
        return Err("\"description\" must be a non-empty string".into());
    }
    let rule = v
        .get("rule")
        .and_then(Value::as_str)
        .ok_or("\"rule\" (the rule exercised) is required")?;

    let policy = load_policy(v.get("policy").ok_or("\"policy\" is missing")?)?;
    if let Some(want) = v.get("policy_error") {
        return match policy {
            Ok(_) => Err(format!("the policy loaded; expected error {want}")),
            Err(e) => {
                check_error(&e, want)?;
                cited(rule, e.code() == rule, "the error code")
            }
        };
    }
    let policy = policy.map_err(|e| format!("policy: {} ({e})", e.code()))?;

    if let Some(audit) = v.get("audit") {
        let audit = audit.as_object().ok_or("\"audit\" must be an object")?;
        let country = audit
            .get("country")
            .and_then(Value::as_str)
            .ok_or("audit.country is required")?;
        let findings = policy
            .audit(country)
            .map_err(|e| format!("audit: {} ({e})", e.code()))?;
        let got: Vec<Value> = findings
            .iter()
            .map(|f| serde_json::json!({"field": f.field, "code": f.code}))
            .collect();
        let want = audit.get("findings").ok_or("audit.findings is required")?;
        if &Value::Array(got.clone()) != want {
            return Err(format!(
                "audit findings differ:\n    got  {}\n    want {}",
                Value::Array(got),
                want
            ));
        }
        cited(
            rule,
            findings.iter().any(|f| f.code == rule),
            "the audit findings",
        )?;
        if !v.contains_key("request") {
            return Ok(());
        }
    }

    let request = v.get("request").ok_or("\"request\" is missing")?;
    let now: DateTime<Utc> = v
        .get("now")
        .and_then(Value::as_str)
        .ok_or("\"now\" is missing")?
        .parse()
        .map_err(|e| format!("now: {e}"))?;
    let request: Result<ReturnRequest, Error> = caredesk::wire::from_value(request.clone());
    let result = request.and_then(|r| evaluate(&r, &policy, now));
    match (result, v.get("error")) {
        (Err(e), Some(want)) => {
            check_error(&e, want)?;
            cited(rule, e.code() == rule, "the error code")
        }
        (Err(e), None) => Err(format!("failed: {} ({e})", e.code())),
        (Ok(d), Some(want)) => Err(format!("succeeded, expected error {want}: {}", d.to_json())),
        (Ok(d), None) => {
            invariants(&d)?;
            let actual: Value = serde_json::from_str(&d.to_json()).map_err(|e| e.to_string())?;
            if let Some(expect) = v.get("expect") {
                matches(&actual, expect, "")?;
            } else {
                return Err("a vector without \"error\" needs \"expect\"".into());
            }
            cited(rule, d.codes().any(|c| c == rule), "the decision's reasons")
        }
    }
}

fn cited(rule: &str, found: bool, place: &str) -> Outcome {
    if found {
        Ok(())
    } else {
        Err(format!(
            "the cited rule {rule:?} does not appear in {place}"
        ))
    }
}

fn load_policy(p: &Value) -> Result<Result<ReturnPolicy, Error>, String> {
    match p {
        Value::String(name) => {
            let path = common::vectors_dir("returns")
                .join("policies")
                .join(format!("{name}.json"));
            let text = fs::read_to_string(&path)
                .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
            Ok(ReturnPolicy::from_json(&text))
        }
        Value::Object(_) => Ok(ReturnPolicy::from_json(&p.to_string())),
        _ => Err("\"policy\" must be a name in policies/ or an inline object".into()),
    }
}

fn check_error(e: &Error, want: &Value) -> Outcome {
    let want = want.as_object().ok_or("\"error\" must be an object")?;
    let code = want
        .get("code")
        .and_then(Value::as_str)
        .ok_or("error.code")?;
    if e.code() != code {
        return Err(format!("error {} ({e}), expected {code}", e.code()));
    }
    if let Some(field) = want.get("field") {
        let got = e
            .field()
            .map(|f| Value::String(f.into()))
            .unwrap_or(Value::Null);
        if &got != field {
            return Err(format!("error field {got}, expected {field} ({e})"));
        }
    }
    Ok(())
}

/// The sums every decision must satisfy, to the minor unit.
fn invariants(d: &ReturnDecision) -> Outcome {
    let mut sum = 0i64;
    for it in &d.items {
        let m = &it.money;
        for x in [
            &m.price,
            &m.refund,
            &m.restocking_fee,
            &m.loss_of_value,
            &m.store_credit_bonus,
        ] {
            if x.currency() != d.currency {
                return Err(format!("items[{}]: currency {}", it.index, x.currency()));
            }
        }
        if !m.refund.is_zero()
            && m.refund.minor() + m.restocking_fee.minor() + m.loss_of_value.minor()
                != m.price.minor()
        {
            return Err(format!("items[{}]: refund + fee + loss != price", it.index));
        }
        if !it.eligible && (!m.refund.is_zero() || !m.restocking_fee.is_zero()) {
            return Err(format!("items[{}]: money on an ineligible item", it.index));
        }
        sum += m.refund.minor();
    }
    let t = &d.money;
    if sum != t.items_refund.minor() {
        return Err("items_refund is not the sum of the items' refunds".into());
    }
    if t.items_refund.minor() + t.outbound_shipping_refund.minor()
        - t.return_shipping_charged.minor()
        != t.total.minor()
    {
        return Err("total != items_refund + outbound - return shipping".into());
    }
    Ok(())
}

/// `expected` is a partial picture of `actual`; see the README for the rules.
fn matches(actual: &Value, expected: &Value, path: &str) -> Outcome {
    match (actual, expected) {
        (Value::Object(a), Value::Object(e)) => {
            for (k, ev) in e {
                let p = format!("{path}.{k}");
                match k.as_str() {
                    "codes_include" | "codes_exclude" => {
                        let codes = reason_codes(a);
                        let want = ev
                            .as_array()
                            .ok_or_else(|| format!("{p} must be an array"))?;
                        for c in want {
                            let c = c
                                .as_str()
                                .ok_or_else(|| format!("{p}: codes are strings"))?;
                            let present = codes.contains(&c);
                            if k == "codes_include" && !present {
                                return Err(format!("{p}: {c} missing from {codes:?}"));
                            }
                            if k == "codes_exclude" && present {
                                return Err(format!("{p}: {c} present in {codes:?}"));
                            }
                        }
                    }
                    _ => {
                        let av = a.get(k).ok_or_else(|| format!("{p}: missing"))?;
                        matches(av, ev, &p)?;
                    }
                }
            }
            Ok(())
        }
        (Value::Array(a), Value::Array(e)) => {
            if a.len() != e.len() {
                return Err(format!(
                    "{path}: {} elements, expected {}: {}",
                    a.len(),
                    e.len(),
                    Value::Array(a.clone())
                ));
            }
            for (i, (av, ev)) in a.iter().zip(e).enumerate() {
                matches(av, ev, &format!("{path}[{i}]"))?;
            }
            Ok(())
        }
        (Value::Object(m), Value::String(s)) if m.contains_key("minor") => {
            // Money shorthand: "129.00 EUR".
            let (amount, cur) = s
                .split_once(' ')
                .ok_or_else(|| format!("{path}: money shorthand is \"12.50 EUR\""))?;
            let minor: i64 = amount
                .replace('.', "")
                .parse()
                .map_err(|_| format!("{path}: bad amount {amount:?}"))?;
            if m.get("minor") != Some(&Value::from(minor))
                || m.get("currency") != Some(&Value::from(cur))
            {
                return Err(format!("{path}: {} is not {s}", Value::Object(m.clone())));
            }
            Ok(())
        }
        (a, e) if a == e => Ok(()),
        (a, e) => Err(format!("{path}: got {a}, expected {e}")),
    }
}

fn reason_codes(obj: &Map<String, Value>) -> Vec<&str> {
    obj.get("reasons")
        .and_then(Value::as_array)
        .map(|rs| {
            rs.iter()
                .filter_map(|r| r.get("code").and_then(Value::as_str))
                .collect()
        })
        .unwrap_or_default()
}
