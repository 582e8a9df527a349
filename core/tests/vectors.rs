//! Runs the shared ticket vectors in `tests/vectors/tickets/*.json`.
//!
//! The format is described in `tests/vectors/README.md`; the Python and Node
//! runners read the same files and must give the same answers. Every file is
//! run, and all failures are reported together, each with its file name.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

use caredesk::{AutoClose, Error, Event, Message, Priority, Status, Ticket};
use chrono::{DateTime, TimeDelta, Utc};
use serde_json::{Map, Value};

type Outcome = Result<(), String>;

macro_rules! ensure {
    ($cond:expr, $($msg:tt)+) => {
        if !$cond {
            return Err(format!($($msg)+));
        }
    };
}

#[test]
fn ticket_vectors() {
    let files = common::vector_files("tickets", 1);

    let mut failures = Vec::new();
    for path in &files {
        let name = path
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        let outcome = std::panic::catch_unwind(|| run_file(path))
            .unwrap_or_else(|panic| Err(format!("panicked: {}", panic_text(panic.as_ref()))));
        if let Err(why) = outcome {
            failures.push(format!("{name}: {why}"));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} ticket vectors failed:\n  {}",
        failures.len(),
        files.len(),
        failures.join("\n  ")
    );
    eprintln!("{} ticket vectors passed", files.len());
}

fn panic_text(panic: &(dyn std::any::Any + Send)) -> String {
    panic
        .downcast_ref::<String>()
        .cloned()
        .or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
        .unwrap_or_else(|| "(no message)".into())
}

fn run_file(path: &Path) -> Outcome {
    let text = fs::read_to_string(path).map_err(|e| format!("cannot read: {e}"))?;
    let vector: Value = serde_json::from_str(&text).map_err(|e| format!("not JSON: {e}"))?;
    let vector = object(&vector, "the vector")?;
    only_keys(
        vector,
        &["description", "ticket", "load_error", "steps", "expect"],
        "the vector",
    )?;
    let description = vector
        .get("description")
        .and_then(Value::as_str)
        .unwrap_or("");
    ensure!(
        !description.trim().is_empty(),
        "\"description\" must be a non-empty string"
    );
    let input = vector.get("ticket").ok_or("\"ticket\" is missing")?;
    let input = serde_json::to_string(input).map_err(|e| e.to_string())?;

    if let Some(want) = vector.get("load_error") {
        ensure!(
            !vector.contains_key("steps") && !vector.contains_key("expect"),
            "a vector with \"load_error\" checks nothing else; drop \"steps\" and \"expect\""
        );
        return match Ticket::from_json(&input) {
            Ok(_) => Err(format!("loading succeeded, expected error {want}")),
            Err(err) => check_error(&err, want, "load"),
        };
    }
    let mut ticket =
        Ticket::from_json(&input).map_err(|e| format!("load failed: {} ({e})", e.code()))?;

    let steps = match vector.get("steps") {
        None => &[][..],
        Some(v) => v.as_array().ok_or("\"steps\" must be an array")?.as_slice(),
    };
    for (i, step) in steps.iter().enumerate() {
        run_step(&mut ticket, step).map_err(|why| format!("steps[{i}]: {why}"))?;
    }

    if let Some(expect) = vector.get("expect") {
        check_expect(&ticket, object(expect, "\"expect\"")?)?;
    }
    round_trip(&ticket, "final ticket")
}

fn run_step(ticket: &mut Ticket, step: &Value) -> Outcome {
    let step = object(step, "a step")?;
    only_keys(
        step,
        &["apply", "follow_up", "expect_follow_up", "error"],
        "a step",
    )?;
    let want_error = step.get("error");
    let before = ticket.to_json();
    match (step.get("apply"), step.get("follow_up")) {
        (Some(event), None) => {
            ensure!(
                !step.contains_key("expect_follow_up"),
                "\"expect_follow_up\" needs a \"follow_up\" step"
            );
            let result =
                caredesk::wire::from_value::<Event>(event.clone()).and_then(|e| ticket.apply(e));
            match (result, want_error) {
                (Ok(()), None) => Ok(()),
                (Ok(()), Some(want)) => Err(format!("apply succeeded, expected error {want}")),
                (Err(err), None) => Err(format!("apply failed: {} ({err})", err.code())),
                (Err(err), Some(want)) => {
                    check_error(&err, want, "apply")?;
                    unchanged(ticket, &before)
                }
            }
        }
        (None, Some(request)) => {
            let request = object(request, "\"follow_up\"")?;
            only_keys(request, &["id", "message"], "\"follow_up\"")?;
            let id = request
                .get("id")
                .and_then(Value::as_str)
                .ok_or("\"follow_up.id\" must be a string")?;
            let message = request
                .get("message")
                .ok_or("\"follow_up.message\" is missing")?;
            let result = caredesk::wire::from_value::<Message>(message.clone())
                .and_then(|m| ticket.follow_up(id, m));
            match (result, want_error, step.get("expect_follow_up")) {
                (_, Some(_), Some(_)) | (_, None, None) => Err(
                    "a follow_up step needs exactly one of \"expect_follow_up\" and \"error\""
                        .into(),
                ),
                (Ok(next), None, Some(want)) => {
                    check_follow_up(&next, object(want, "\"expect_follow_up\"")?)?;
                    round_trip(&next, "follow-up ticket")?;
                    unchanged(ticket, &before)
                }
                (Ok(next), Some(want), None) => Err(format!(
                    "follow_up succeeded (ticket {}), expected error {want}",
                    next.id()
                )),
                (Err(err), None, Some(_)) => {
                    Err(format!("follow_up failed: {} ({err})", err.code()))
                }
                (Err(err), Some(want), None) => {
                    check_error(&err, want, "follow_up")?;
                    unchanged(ticket, &before)
                }
            }
        }
        _ => Err("a step needs exactly one of \"apply\" and \"follow_up\"".into()),
    }
}

fn check_error(err: &Error, want: &Value, what: &str) -> Outcome {
    let want = object(want, "an error")?;
    only_keys(want, &["code", "field"], "an error")?;
    let code = want
        .get("code")
        .and_then(Value::as_str)
        .ok_or("an error needs a string \"code\"")?;
    ensure!(
        err.code() == code,
        "{what} failed with {} (field {:?}: {err}), expected {code}",
        err.code(),
        err.field()
    );
    if let Some(field) = want.get("field") {
        let field = opt_str(field, "error.field")?;
        ensure!(
            err.field() == field,
            "{what} failed with {code} on field {:?} ({err}), expected field {field:?}",
            err.field()
        );
    }
    Ok(())
}

fn unchanged(ticket: &Ticket, before: &str) -> Outcome {
    let after = ticket.to_json();
    ensure!(
        after == before,
        "the ticket changed although the step failed:\n  before {before}\n  after  {after}"
    );
    Ok(())
}

fn round_trip(ticket: &Ticket, what: &str) -> Outcome {
    let json = ticket.to_json();
    let back = Ticket::from_json(&json)
        .map_err(|e| format!("{what} does not load back: {} ({e})", e.code()))?;
    ensure!(back == *ticket, "{what} differs after a JSON round trip");
    ensure!(
        back.to_json() == json,
        "{what} writes different JSON after a round trip"
    );
    Ok(())
}

fn check_follow_up(next: &Ticket, want: &Map<String, Value>) -> Outcome {
    only_keys(
        want,
        &["follow_up_of", "status", "created_at"],
        "\"expect_follow_up\"",
    )?;
    if let Some(v) = want.get("follow_up_of") {
        let expected = opt_str(v, "expect_follow_up.follow_up_of")?;
        ensure!(
            next.follow_up_of() == expected,
            "follow_up_of is {:?}, expected {expected:?}",
            next.follow_up_of()
        );
    }
    if let Some(v) = want.get("status") {
        let expected = status(v, "expect_follow_up.status")?;
        ensure!(
            next.status() == expected,
            "follow-up status is {}, expected {expected}",
            next.status()
        );
    }
    if let Some(v) = want.get("created_at") {
        let expected = instant(v, "expect_follow_up.created_at")?;
        ensure!(
            next.created_at() == expected,
            "follow-up created_at is {}, expected {expected}",
            next.created_at()
        );
    }
    Ok(())
}

fn check_expect(ticket: &Ticket, expect: &Map<String, Value>) -> Outcome {
    only_keys(
        expect,
        &[
            "status",
            "priority",
            "tags",
            "assignee",
            "reopen_count",
            "first_reply_seconds",
            "status_at",
            "time_in_status",
            "auto_close_at",
        ],
        "\"expect\"",
    )?;
    for (key, want) in expect {
        let ctx = format!("expect.{key}");
        match key.as_str() {
            "status" => {
                let expected = status(want, &ctx)?;
                ensure!(
                    ticket.status() == expected,
                    "status is {}, expected {expected}",
                    ticket.status()
                );
            }
            "priority" => {
                let expected = match opt_str(want, &ctx)? {
                    None => None,
                    Some(p) => Some(p.parse::<Priority>().map_err(|e| format!("{ctx}: {e}"))?),
                };
                ensure!(
                    ticket.priority() == expected,
                    "priority is {:?}, expected {expected:?}",
                    ticket.priority()
                );
            }
            "tags" => {
                let list = want.as_array().ok_or(format!("{ctx} must be an array"))?;
                let mut expected = BTreeSet::new();
                for tag in list {
                    let tag = tag.as_str().ok_or(format!("{ctx} must hold strings"))?;
                    ensure!(
                        expected.insert(tag.to_string()),
                        "{ctx} lists {tag:?} twice"
                    );
                }
                ensure!(
                    *ticket.tags() == expected,
                    "tags are {:?}, expected {expected:?}",
                    ticket.tags()
                );
            }
            "assignee" => {
                let expected = opt_str(want, &ctx)?;
                ensure!(
                    ticket.assignee() == expected,
                    "assignee is {:?}, expected {expected:?}",
                    ticket.assignee()
                );
            }
            "reopen_count" => {
                let expected = want
                    .as_u64()
                    .ok_or(format!("{ctx} must be a non-negative integer"))?;
                let got = u64::from(ticket.reopen_count());
                ensure!(
                    got == expected,
                    "reopen_count is {got}, expected {expected}"
                );
            }
            "first_reply_seconds" => {
                let expected = opt_i64(want, &ctx)?;
                let got = ticket.first_reply_time().map(|d| d.num_seconds());
                ensure!(
                    got == expected,
                    "first_reply_seconds is {got:?}, expected {expected:?}"
                );
            }
            "status_at" => {
                let list = want.as_array().ok_or(format!("{ctx} must be an array"))?;
                ensure!(!list.is_empty(), "{ctx} is empty");
                for (i, probe) in list.iter().enumerate() {
                    let ctx = format!("{ctx}[{i}]");
                    let probe = object(probe, &ctx)?;
                    only_keys(probe, &["at", "status"], &ctx)?;
                    let at = instant(probe.get("at").ok_or(format!("{ctx}.at is missing"))?, &ctx)?;
                    let expected = match probe
                        .get("status")
                        .ok_or(format!("{ctx}.status is missing"))?
                    {
                        Value::Null => None,
                        v => Some(status(v, &ctx)?),
                    };
                    let got = ticket.status_at(at);
                    ensure!(
                        got == expected,
                        "status_at({at}) is {got:?}, expected {expected:?}"
                    );
                }
            }
            "time_in_status" => {
                let spec = object(want, &ctx)?;
                only_keys(spec, &["until", "seconds"], &ctx)?;
                let until = instant(
                    spec.get("until").ok_or(format!("{ctx}.until is missing"))?,
                    &ctx,
                )?;
                let seconds = object(
                    spec.get("seconds")
                        .ok_or(format!("{ctx}.seconds is missing"))?,
                    &ctx,
                )?;
                ensure!(!seconds.is_empty(), "{ctx}.seconds is empty");
                let spent: BTreeMap<Status, TimeDelta> = ticket
                    .time_in_status(until)
                    .map_err(|e| format!("time_in_status failed: {} ({e})", e.code()))?;
                for (name, n) in seconds {
                    let st = name
                        .parse::<Status>()
                        .map_err(|e| format!("{ctx}.seconds: {e}"))?;
                    let expected = n
                        .as_i64()
                        .ok_or(format!("{ctx}.seconds.{name} must be an integer"))?;
                    let got = spent.get(&st).copied().unwrap_or_default().num_seconds();
                    ensure!(
                        got == expected,
                        "time_in_status({until})[{name}] is {got} s, expected {expected} s"
                    );
                }
            }
            "auto_close_at" => {
                let spec = object(want, &ctx)?;
                only_keys(spec, &["after_seconds", "at"], &ctx)?;
                let after = spec
                    .get("after_seconds")
                    .and_then(Value::as_i64)
                    .ok_or(format!("{ctx}.after_seconds must be an integer"))?;
                let policy =
                    AutoClose::new(TimeDelta::seconds(after)).map_err(|e| format!("{ctx}: {e}"))?;
                let expected = match spec.get("at").ok_or(format!("{ctx}.at is missing"))? {
                    Value::Null => None,
                    v => Some(instant(v, &ctx)?),
                };
                let got = ticket.auto_close_at(&policy);
                ensure!(
                    got == expected,
                    "auto_close_at({after} s) is {got:?}, expected {expected:?}"
                );
            }
            _ => unreachable!("keys checked above"),
        }
    }
    Ok(())
}

// ---- small readers for the vector file itself --------------------------------

fn object<'a>(v: &'a Value, what: &str) -> Result<&'a Map<String, Value>, String> {
    v.as_object()
        .ok_or_else(|| format!("{what} must be a JSON object"))
}

fn only_keys(obj: &Map<String, Value>, allowed: &[&str], what: &str) -> Outcome {
    match obj.keys().find(|k| !allowed.contains(&k.as_str())) {
        Some(k) => Err(format!(
            "{what} has an unknown key {k:?} (allowed: {})",
            allowed.join(", ")
        )),
        None => Ok(()),
    }
}

fn opt_str<'a>(v: &'a Value, what: &str) -> Result<Option<&'a str>, String> {
    match v {
        Value::Null => Ok(None),
        Value::String(s) => Ok(Some(s)),
        _ => Err(format!("{what} must be a string or null")),
    }
}

fn opt_i64(v: &Value, what: &str) -> Result<Option<i64>, String> {
    match v {
        Value::Null => Ok(None),
        v => v
            .as_i64()
            .map(Some)
            .ok_or_else(|| format!("{what} must be an integer or null")),
    }
}

fn status(v: &Value, what: &str) -> Result<Status, String> {
    let text = v
        .as_str()
        .ok_or(format!("{what} must be a status string"))?;
    text.parse().map_err(|e| format!("{what}: {e}"))
}

fn instant(v: &Value, what: &str) -> Result<DateTime<Utc>, String> {
    let text = v
        .as_str()
        .ok_or(format!("{what} must be an RFC 3339 string"))?;
    caredesk::instant::parse(text, what).map_err(|e| format!("{what}: {e}"))
}
