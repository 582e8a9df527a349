//! Runs the shared reply vectors in `tests/vectors/reply/*.json`.
//!
//! The format is described in `tests/vectors/README.md`; the Python and Node
//! runners read the same files and must give the same answers. Every case is
//! run, and all failures are reported together, each with its file and case.

mod common;

use std::fs;
use std::path::Path;

use caredesk::reply::{Args, LocaleRequest, RenderOptions, Reply, ReplyCatalog};
use caredesk::{Error, Result};
use serde_json::Value;

#[test]
fn reply_vectors() {
    let files = common::vector_files("reply", 10);
    let mut failures = Vec::new();
    let mut cases = 0;
    for path in &files {
        let name = path.file_name().unwrap_or_default().to_string_lossy();
        match run_file(path) {
            Ok((n, mut failed)) => {
                cases += n;
                failures.extend(failed.drain(..).map(|f| format!("{name}: {f}")));
            }
            Err(why) => failures.push(format!("{name}: {why}")),
        }
    }
    assert!(cases >= 60, "only {cases} reply cases");
    assert!(
        failures.is_empty(),
        "{} reply vector failures:\n  {}",
        failures.len(),
        failures.join("\n  ")
    );
}

/// Builds the catalog a file asks for: `{"builtin": true, "sources": {...}}`.
pub fn catalog(spec: Option<&Value>) -> Result<ReplyCatalog> {
    let builtin = spec
        .and_then(|s| s.get("builtin"))
        .and_then(Value::as_bool)
        .unwrap_or(true);
    let sources: Vec<(String, String)> = spec
        .and_then(|s| s.get("sources"))
        .and_then(Value::as_object)
        .map(|m| {
            m.iter()
                .map(|(k, v)| (k.clone(), v.as_str().unwrap_or_default().to_string()))
                .collect()
        })
        .unwrap_or_default();
    match (builtin, sources.is_empty()) {
        (true, true) => Ok(ReplyCatalog::builtin()),
        (true, false) => ReplyCatalog::with_sources(sources),
        (false, _) => ReplyCatalog::from_sources(sources),
    }
}

/// Renders one case the way the bindings do: JSON locales, args and options.
pub fn render_case(catalog: &ReplyCatalog, case: &Value) -> Result<Reply> {
    let locales: LocaleRequest = caredesk::wire::from_value(case["locales"].clone())?;
    let args = Args::from_json(
        case.get("args")
            .unwrap_or(&Value::Object(Default::default())),
    )?;
    let options: RenderOptions = match case.get("options") {
        Some(o) => caredesk::wire::from_value(o.clone())?,
        None => RenderOptions::default(),
    };
    catalog.render(
        case["message_id"].as_str().unwrap_or_default(),
        &locales,
        &args,
        &options,
    )
}

fn run_file(path: &Path) -> std::result::Result<(usize, Vec<String>), String> {
    let text = fs::read_to_string(path).map_err(|e| e.to_string())?;
    let v: Value = serde_json::from_str(&text).map_err(|e| format!("bad JSON: {e}"))?;
    let built = catalog(v.get("catalog"));
    if let Some(want) = v.get("catalog_error") {
        return match built {
            Ok(_) => Err("catalog compiled, expected an error".into()),
            Err(e) => check_error(&e, want).map(|()| (1, Vec::new())),
        };
    }
    let catalog = built.map_err(|e| format!("catalog: {e}"))?;
    let cases = v["cases"].as_array().ok_or("no cases")?;
    let mut failures = Vec::new();
    for (i, case) in cases.iter().enumerate() {
        let label = format!(
            "case {i} ({})",
            case["description"].as_str().unwrap_or("no description")
        );
        let outcome = render_case(&catalog, case);
        let result = match (case.get("error"), case.get("expect"), outcome) {
            (Some(want), _, Err(e)) => check_error(&e, want),
            (Some(_), _, Ok(r)) => Err(format!("rendered {:?}, expected an error", r.text)),
            (None, Some(want), Ok(reply)) => check_reply(&reply, want),
            (None, Some(_), Err(e)) => Err(format!("failed: {} ({e})", e.code())),
            (None, None, _) => Err("a case needs expect or error".into()),
        };
        if let Err(why) = result {
            failures.push(format!("{label}: {why}"));
        }
    }
    Ok((cases.len(), failures))
}

fn check_error(e: &Error, want: &Value) -> std::result::Result<(), String> {
    let code = want["code"].as_str().unwrap_or_default();
    let field = want.get("field").and_then(Value::as_str);
    if e.code() != code || e.field() != field {
        return Err(format!(
            "got {} at {:?} ({e}), expected {code} at {field:?}",
            e.code(),
            e.field()
        ));
    }
    if let Some(part) = want.get("message_contains").and_then(Value::as_str)
        && !e.to_string().contains(part)
    {
        return Err(format!("message {:?} lacks {part:?}", e.to_string()));
    }
    Ok(())
}

fn check_reply(reply: &Reply, want: &Value) -> std::result::Result<(), String> {
    let got = serde_json::to_value(reply).map_err(|e| e.to_string())?;
    let want = want.as_object().ok_or("expect is not an object")?;
    for (key, value) in want {
        if key == "text_contains" {
            for part in value.as_array().into_iter().flatten() {
                let part = part.as_str().unwrap_or_default();
                if !reply.text.contains(part) {
                    return Err(format!("text {:?} lacks {part:?}", reply.text));
                }
            }
            continue;
        }
        if got.get(key) != Some(value) {
            return Err(format!(
                "{key}: got {}, expected {value}",
                got.get(key).unwrap_or(&Value::Null)
            ));
        }
    }
    Ok(())
}
