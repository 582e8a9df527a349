//! The main job on the sample inbox: replay every ticket's history and show
//! where each one stands, and what its SLA says is due, at the demo's "now".
//!
//! ```text
//! cargo run -p caredesk --example demo [path/to/inbox.jsonl]
//! ```
//!
//! The SLA configuration is `examples/data/sla.toml`; the instant treated as
//! the present is `now` in `examples/data/demo.toml`.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use caredesk::sla::{Sla, SlaReport, Stage};
use caredesk::triage::{ReasonKind, Triage, TriageResult};
use caredesk::{Status, Ticket};
use chrono::{DateTime, TimeDelta, Utc};
use chrono_tz::Tz;

fn main() -> ExitCode {
    let path = std::env::args_os()
        .nth(1)
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../examples/data/inbox.jsonl")
        });
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("cannot read {}: {e}", path.display());
            return ExitCode::FAILURE;
        }
    };

    let data = path.parent().unwrap_or(Path::new("."));
    let (sla, now) = match load_sla(data) {
        Ok(x) => x,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::FAILURE;
        }
    };
    let shop_zone: Tz = chrono_tz::Europe::Rome;

    let mut tickets = Vec::new();
    for (n, line) in text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
    {
        match Ticket::from_json(line) {
            Ok(t) => tickets.push(t),
            Err(e) => {
                eprintln!("{}:{}: [{}] {e}", path.display(), n + 1, e.code());
                return ExitCode::FAILURE;
            }
        }
    }

    println!(
        "SLA at {} (shop time {}); due times in the shop's zone\n",
        caredesk::instant::format(&now),
        now.with_timezone(&shop_zone).format("%a %d %b %H:%M")
    );
    println!(
        "{:<8} {:<20} {:<4} {:<8} {:<8} {:>7} {:>11}  {:<10} {:<16} {:<12} {:<14} subject",
        "ticket",
        "channel",
        "lang",
        "status",
        "priority",
        "reopens",
        "first reply",
        "sla policy",
        "next due",
        "due (Rome)",
        "stage"
    );
    println!("{}", "-".repeat(150));
    let mut tally = Tally::default();
    let mut reports: Vec<SlaReport> = Vec::new();
    for t in &tickets {
        let channel = match t.marketplace() {
            Some(m) => format!("{}/{}", t.channel(), m),
            None => t.channel().to_string(),
        };
        let mut subject: String = t.subject().unwrap_or("").chars().take(40).collect();
        if let Some(of) = t.follow_up_of() {
            subject = format!("(follow-up of {of}) {subject}");
        }
        let report = match sla.evaluate(t, now) {
            Ok(r) => r,
            Err(e) => {
                eprintln!("{}: [{}] {e}", t.id(), e.code());
                return ExitCode::FAILURE;
            }
        };
        let (next, due, stage) = sla_columns(&report, shop_zone, &mut tally);
        reports.push(report.clone());
        println!(
            "{:<8} {:<20} {:<4} {:<8} {:<8} {:>7} {:>11}  {:<10} {:<16} {:<12} {:<14} {}",
            t.id(),
            channel,
            t.language().unwrap_or("?"),
            t.status().as_str(),
            t.priority().map_or("-", |p| p.as_str()),
            t.reopen_count(),
            t.first_reply_time().map_or("-".to_string(), hours_minutes),
            report.policy.as_deref().unwrap_or("-"),
            next,
            due,
            stage,
            subject
        );
    }

    let count = |s: Status| tickets.iter().filter(|t| t.status() == s).count();
    let replied: Vec<TimeDelta> = tickets
        .iter()
        .filter_map(Ticket::first_reply_time)
        .collect();
    let reopened = tickets.iter().filter(|t| t.reopen_count() > 0).count();
    println!("{}", "-".repeat(150));
    println!(
        "SLA targets open now: {} running, {} paused, {} in warning, {} breached; met so far: {} on time, {} late",
        tally.running, tally.paused, tally.warning, tally.breached, tally.met, tally.late
    );
    println!(
        "{} tickets: {} new, {} open, {} pending, {} on hold, {} solved, {} closed; {} reopened",
        tickets.len(),
        count(Status::New),
        count(Status::Open),
        count(Status::Pending),
        count(Status::OnHold),
        count(Status::Solved),
        count(Status::Closed),
        reopened
    );
    if !replied.is_empty() {
        let mut sorted = replied.clone();
        sorted.sort();
        println!(
            "first reply (calendar time): median {}, slowest {}",
            hours_minutes(sorted[sorted.len() / 2]),
            hours_minutes(sorted[sorted.len() - 1])
        );
    }
    print_triage_queue(&tickets, &reports, shop_zone);
    ExitCode::SUCCESS
}

/// Triage of every ticket's latest customer message, in the order an agent
/// should work them: tickets waiting on the shop first, by priority, then by
/// the SLA deadline; then the rest.
fn print_triage_queue(tickets: &[Ticket], reports: &[SlaReport], zone: Tz) {
    let triage = Triage::builtin();
    let mut rows: Vec<(&Ticket, &SlaReport, TriageResult)> = tickets
        .iter()
        .zip(reports)
        .filter_map(|(t, r)| triage.classify_ticket(t).map(|x| (t, r, x)))
        .collect();
    let waiting = |t: &Ticket| matches!(t.status(), Status::New | Status::Open);
    rows.sort_by(|a, b| {
        waiting(b.0)
            .cmp(&waiting(a.0))
            .then(b.2.priority.cmp(&a.2.priority))
            .then_with(|| {
                let due = |r: &SlaReport| r.next_due.map_or(DateTime::<Utc>::MAX_UTC, |d| d.at);
                due(a.1).cmp(&due(b.1))
            })
    });
    println!();
    println!(
        "Triage of each ticket's latest customer message, in working order (waiting on the shop first):\n"
    );
    println!(
        "{:<8} {:<8} {:<4} {:<18} {:<8} {:<9} {:<12}  top reasons",
        "ticket", "status", "lang", "topic", "priority", "tone", "due (Rome)"
    );
    println!("{}", "-".repeat(150));
    for (t, r, x) in &rows {
        let due = r.next_due.map_or("-".to_string(), |d| {
            d.at.with_timezone(&zone).format("%a %d %H:%M").to_string()
        });
        let top: Vec<String> = x
            .reasons
            .iter()
            .filter(|reason| {
                matches!(
                    reason.kind,
                    ReasonKind::Topic | ReasonKind::Signal | ReasonKind::Fact
                ) || (reason.kind == ReasonKind::Priority
                    && !reason.id.starts_with("priority.base"))
            })
            .take(3)
            .map(|reason| {
                if reason.text.is_empty() || reason.kind == ReasonKind::Priority {
                    reason.id.clone()
                } else {
                    format!("{} \"{}\"", reason.id, reason.text)
                }
            })
            .collect();
        println!(
            "{:<8} {:<8} {:<4} {:<18} {:<8} {:<9} {:<12}  {}",
            t.id(),
            t.status().as_str(),
            x.language.as_ref().map_or("?", |l| l.code),
            x.topic.topic.as_str(),
            x.priority.as_str(),
            x.sentiment.as_str(),
            due,
            top.join("; ")
        );
    }
    let agree = rows
        .iter()
        .filter(|(t, _, x)| t.topic() == Some(x.topic.topic.as_str()))
        .count();
    let lang = rows
        .iter()
        .filter(|(t, _, x)| t.language() == x.language.as_ref().map(|l| l.code))
        .count();
    println!("{}", "-".repeat(150));
    println!(
        "triage agrees with the inbox's own labels on {agree} of {} topics and {lang} of {} languages",
        rows.len(),
        rows.len()
    );
}

/// Reads the SLA configuration and the demo's "now" next to the inbox.
fn load_sla(data: &Path) -> Result<(Sla, DateTime<Utc>), String> {
    let read = |name: &str| {
        let p = data.join(name);
        std::fs::read_to_string(&p).map_err(|e| format!("cannot read {}: {e}", p.display()))
    };
    let sla =
        Sla::from_toml(&read("sla.toml")?).map_err(|e| format!("sla.toml: [{}] {e}", e.code()))?;
    let demo: toml::Table =
        toml::from_str(&read("demo.toml")?).map_err(|e| format!("demo.toml: {e}"))?;
    let now = demo
        .get("now")
        .map(ToString::to_string)
        .ok_or("demo.toml: no `now`")?;
    let now = caredesk::instant::parse(&now, "now").map_err(|e| format!("demo.toml: {e}"))?;
    Ok((sla, now))
}

/// Counts of SLA targets over the inbox.
#[derive(Default)]
struct Tally {
    running: usize,
    paused: usize,
    warning: usize,
    breached: usize,
    met: usize,
    late: usize,
}

/// The next deadline, when it falls in the shop's zone, and its stage; every
/// target is counted in the tally.
fn sla_columns(report: &SlaReport, zone: Tz, tally: &mut Tally) -> (String, String, String) {
    for m in &report.metrics {
        for c in m.earlier.iter().chain([&m.cycle]) {
            match c.stage {
                Stage::Running if m.paused && c.fulfilled_at.is_none() => tally.paused += 1,
                Stage::Running => tally.running += 1,
                Stage::Warning => tally.warning += 1,
                Stage::Breached => tally.breached += 1,
                Stage::Fulfilled => tally.met += 1,
                Stage::FulfilledLate => tally.late += 1,
            }
        }
    }
    match report.next_due {
        Some(next) => {
            let stage = report
                .metric(next.metric)
                .map_or(Stage::Running, |m| m.cycle.stage);
            (
                next.metric.to_string(),
                next.at
                    .with_timezone(&zone)
                    .format("%a %d %H:%M")
                    .to_string(),
                stage.to_string(),
            )
        }
        None if report.metrics.iter().any(|m| m.paused) => {
            ("-".into(), "paused".into(), "waiting".into())
        }
        None if report.metrics.is_empty() => ("-".into(), "-".into(), "-".into()),
        None if report.any_breach() => ("-".into(), "-".into(), "done, late".into()),
        None => ("-".into(), "-".into(), "done".into()),
    }
}

fn hours_minutes(d: TimeDelta) -> String {
    let minutes = d.num_minutes();
    if minutes >= 48 * 60 {
        format!("{}d {:02}h", minutes / 1440, (minutes % 1440) / 60)
    } else {
        format!("{}h {:02}m", minutes / 60, minutes % 60)
    }
}
