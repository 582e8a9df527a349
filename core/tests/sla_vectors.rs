//! Runs the shared SLA vectors in `tests/vectors/sla/*.json`.
//!
//! The format is described in `tests/vectors/README.md`; the Python and Node
//! runners read the same files and must give the same answers. Every file is
//! run, and all failures are reported together, each with its file name.

mod common;

use std::fs;
use std::path::Path;

use caredesk::sla::{Sla, SlaConfig};
use caredesk::{Error, Ticket};
use chrono::{DateTime, Utc};
use serde_json::Value;

type Outcome = Result<(), String>;

#[test]
fn sla_vectors() {
    let files = common::vector_files("sla", 60);
    let failures: Vec<String> = files
        .iter()
        .filter_map(|path| {
            let name = path.file_name().unwrap_or_default().to_string_lossy();
            run_file(path).err().map(|why| format!("{name}: {why}"))
        })
        .collect();
    assert!(
        failures.is_empty(),
        "{} of {} SLA vectors failed:\n  {}",
        failures.len(),
        files.len(),
        failures.join("\n  ")
    );
}

fn run_file(path: &Path) -> Outcome {
    let text = fs::read_to_string(path).map_err(|e| e.to_string())?;
    let v: Value = serde_json::from_str(&text).map_err(|e| format!("bad JSON: {e}"))?;
    let built = caredesk::wire::from_value::<SlaConfig>(v["config"].clone()).and_then(Sla::new);
    if let Some(want) = v.get("config_error") {
        return match built {
            Ok(_) => Err("config accepted, expected an error".into()),
            Err(e) => check_error(&e, want),
        };
    }
    let sla = built.map_err(|e| format!("config refused: {} ({e})", e.code()))?;
    let ticket = Ticket::from_value(v["ticket"].clone()).map_err(|e| format!("ticket: {e}"))?;
    let now: DateTime<Utc> = v["now"]
        .as_str()
        .ok_or("now missing")?
        .parse()
        .map_err(|e| format!("now: {e}"))?;
    let result = sla.evaluate(&ticket, now);
    if let Some(want) = v.get("error") {
        return match result {
            Ok(_) => Err("evaluated, expected an error".into()),
            Err(e) => check_error(&e, want),
        };
    }
    let report = result
        .map_err(|e| format!("evaluate failed: {} ({e})", e.code()))?
        .to_value();
    check_report(&report, &v["expect"])
}

fn check_error(e: &Error, want: &Value) -> Outcome {
    let got = (e.code(), e.field());
    let expected = (want["code"].as_str().unwrap_or(""), want["field"].as_str());
    if got == expected {
        Ok(())
    } else {
        Err(format!("error {got:?} ({e}), expected {expected:?}"))
    }
}

/// Checks a report against the `expect` block (see the README).
fn check_report(report: &Value, expect: &Value) -> Outcome {
    for key in ["policy", "next_due"] {
        if let Some(want) = expect.get(key) {
            subset(&report[key], want, key)?;
        }
    }
    if let Some(want) = expect.get("metrics").and_then(Value::as_object) {
        let metrics = report["metrics"]
            .as_array()
            .ok_or("report has no metrics")?;
        let got: Vec<&str> = metrics
            .iter()
            .filter_map(|m| m["metric"].as_str())
            .collect();
        let mut expected: Vec<&str> = want.keys().map(String::as_str).collect();
        let mut sorted = got.clone();
        sorted.sort_unstable();
        expected.sort_unstable();
        if sorted != expected {
            return Err(format!("metrics {got:?}, expected {expected:?}"));
        }
        for m in metrics {
            let name = m["metric"].as_str().unwrap_or("");
            subset(m, &want[name], name)?;
        }
    }
    if let Some(want) = expect.get("skipped") {
        let got: Vec<Value> = report
            .get("skipped")
            .and_then(Value::as_array)
            .map(|list| {
                list.iter()
                    .map(|s| serde_json::json!({"metric": s["metric"], "code": s["code"]}))
                    .collect()
            })
            .unwrap_or_default();
        if &Value::Array(got.clone()) != want {
            return Err(format!("skipped {got:?}, expected {want}"));
        }
    }
    Ok(())
}

/// `want` must be contained in `got`: objects key by key (a missing key reads
/// as null), arrays element by element with equal length, numbers by value.
fn subset(got: &Value, want: &Value, at: &str) -> Outcome {
    match (got, want) {
        (Value::Object(g), Value::Object(w)) => {
            for (k, wv) in w {
                subset(g.get(k).unwrap_or(&Value::Null), wv, &format!("{at}.{k}"))?;
            }
            Ok(())
        }
        (Value::Array(g), Value::Array(w)) if g.len() == w.len() => {
            for (i, (gv, wv)) in g.iter().zip(w).enumerate() {
                subset(gv, wv, &format!("{at}[{i}]"))?;
            }
            Ok(())
        }
        (Value::Number(g), Value::Number(w)) if g.as_f64() == w.as_f64() => Ok(()),
        (g, w) if g == w => Ok(()),
        (Value::Null, w) if w.as_array().is_some_and(Vec::is_empty) => Ok(()),
        (g, w) => Err(format!("{at}: got {g}, expected {w}")),
    }
}
