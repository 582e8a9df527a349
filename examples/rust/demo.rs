//! The main job on the sample inbox: replay every ticket's history and show
//! where each one stands.
//!
//! ```text
//! cargo run -p caredesk --example demo [path/to/inbox.jsonl]
//! ```

use std::path::PathBuf;
use std::process::ExitCode;

use caredesk::{Status, Ticket};
use chrono::TimeDelta;

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
        "{:<8} {:<20} {:<4} {:<8} {:<8} {:>7} {:>11} {:>4}  subject",
        "ticket", "channel", "lang", "status", "priority", "reopens", "first reply", "msgs"
    );
    println!("{}", "-".repeat(110));
    for t in &tickets {
        let channel = match t.marketplace() {
            Some(m) => format!("{}/{}", t.channel(), m),
            None => t.channel().to_string(),
        };
        let mut subject: String = t.subject().unwrap_or("").chars().take(40).collect();
        if let Some(of) = t.follow_up_of() {
            subject = format!("(follow-up of {of}) {subject}");
        }
        println!(
            "{:<8} {:<20} {:<4} {:<8} {:<8} {:>7} {:>11} {:>4}  {}",
            t.id(),
            channel,
            t.language().unwrap_or("?"),
            t.status().as_str(),
            t.priority().map_or("-", |p| p.as_str()),
            t.reopen_count(),
            t.first_reply_time().map_or("-".to_string(), hours_minutes),
            t.messages().count(),
            subject
        );
    }

    let count = |s: Status| tickets.iter().filter(|t| t.status() == s).count();
    let replied: Vec<TimeDelta> = tickets
        .iter()
        .filter_map(Ticket::first_reply_time)
        .collect();
    let reopened = tickets.iter().filter(|t| t.reopen_count() > 0).count();
    println!("{}", "-".repeat(110));
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
    ExitCode::SUCCESS
}

fn hours_minutes(d: TimeDelta) -> String {
    let minutes = d.num_minutes();
    if minutes >= 48 * 60 {
        format!("{}d {:02}h", minutes / 1440, (minutes % 1440) / 60)
    } else {
        format!("{}h {:02}m", minutes / 60, minutes % 60)
    }
}
