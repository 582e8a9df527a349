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

use caredesk::composition::{SuggestOptions, suggest_reply, template_for};
use caredesk::reply::ReplyCatalog;
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
    print_suggested_replies(&tickets, &reports, shop_zone);
    if let Err(e) = print_returns(data, &tickets, now, shop_zone) {
        eprintln!("{e}");
        return ExitCode::FAILURE;
    }
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
        // The words that decided the topic, then the strongest raise or fact.
        let words: Vec<&str> = x
            .reasons
            .iter()
            .filter(|reason| reason.kind == ReasonKind::Topic)
            .take(3)
            .map(|reason| reason.text.as_str())
            .collect();
        let mut top = vec![format!(
            "{:.0} % on \"{}\"",
            x.topic.confidence * 100.0,
            words.join("\", \"")
        )];
        top.extend(
            x.reasons
                .iter()
                .find(|reason| {
                    matches!(reason.kind, ReasonKind::Signal | ReasonKind::Fact)
                        || (reason.kind == ReasonKind::Priority
                            && !reason.code.starts_with("priority.base"))
                })
                .map(|reason| reason.code.clone()),
        );
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

/// A suggested reply for each ticket: the built-in template for its triaged
/// topic, in the customer's language (profile locale, else the detected one)
/// and tone (informal on chat and social), with what the ticket knows filled in
/// and the rest shown as `{$name}` markers for the agent to complete.
fn print_suggested_replies(tickets: &[Ticket], reports: &[SlaReport], zone: Tz) {
    let catalog = ReplyCatalog::builtin();
    let triage = Triage::builtin();
    println!();
    println!("Suggested replies (built-in templates; {{$name}} marks what the agent fills in):\n");
    println!(
        "{:<8} {:<26} {:<7} {:<9} first lines",
        "ticket", "template", "locale", "tone"
    );
    println!("{}", "-".repeat(150));
    let options = SuggestOptions::default().zone(zone);
    for (t, r) in tickets.iter().zip(reports) {
        let Some(x) = triage.classify_ticket(t) else {
            continue;
        };
        let message = template_for(x.topic.topic);
        match suggest_reply(t, &x, Some(r), &catalog, &options).map(|s| s.reply) {
            Ok(reply) => {
                let lines: Vec<&str> = reply
                    .text
                    .lines()
                    .map(str::trim)
                    .filter(|l| !l.is_empty())
                    .take(2)
                    .collect();
                let mut first: String = lines.join(" / ");
                if first.chars().count() > 95 {
                    first = first.chars().take(94).collect::<String>() + "…";
                }
                println!(
                    "{:<8} {:<26} {:<7} {:<9} {}",
                    t.id(),
                    message,
                    reply.locale_used,
                    reply.tone_used.as_str(),
                    first
                );
            }
            Err(e) => println!("{:<8} {:<26} [{}] {e}", t.id(), message, e.code()),
        }
    }
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

/// The return requests of `returns.jsonl`, each tied to a ticket of the
/// inbox, decided under the shop's `return_policy.toml` at the demo's "now":
/// per item the outcome and legal basis, the deadlines (marked when already
/// past), the money to the cent and the reason codes; then the totals and
/// where the shop's terms fall short of the law in the customers' countries.
fn print_returns(
    data: &Path,
    tickets: &[Ticket],
    now: DateTime<Utc>,
    zone: Tz,
) -> Result<(), String> {
    use caredesk::Money;
    use caredesk::returns::{Reason, ReasonKind, ReturnPolicy, ReturnRequest, evaluate};
    use std::collections::BTreeMap;

    /// The wire name of a unit enum (`statutory_withdrawal`).
    fn label<T: serde::Serialize>(v: T) -> String {
        serde_json::to_value(v)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default()
    }

    /// Reason codes grouped by whose rule they are, each once.
    fn codes(reasons: &[Reason]) -> String {
        let mut groups = Vec::new();
        for (kind, name) in [
            (ReasonKind::Law, "law"),
            (ReasonKind::Shop, "shop"),
            (ReasonKind::Override, "law over shop"),
        ] {
            let mut seen: Vec<&str> = Vec::new();
            for r in reasons.iter().filter(|r| r.kind == kind) {
                if !seen.contains(&r.code) {
                    seen.push(r.code);
                }
            }
            if !seen.is_empty() {
                groups.push(format!("{name}: {}", seen.join(", ")));
            }
        }
        groups.join("; ")
    }

    let read = |name: &str| {
        let p = data.join(name);
        std::fs::read_to_string(&p).map_err(|e| format!("cannot read {}: {e}", p.display()))
    };
    let policy = ReturnPolicy::from_toml(&read("return_policy.toml")?)
        .map_err(|e| format!("return_policy.toml: [{}] {e}", e.code()))?;
    let today = now.with_timezone(&zone).date_naive();
    println!();
    println!(
        "Return requests (returns.jsonl) under {}'s policy (return_policy.toml) at {}; deadlines are last days in the customer's zone, (passed) when before {today}\n",
        policy.config().name.as_deref().unwrap_or("the shop"),
        caredesk::instant::format(&now)
    );
    println!("{}", "-".repeat(150));
    let mut totals: BTreeMap<&'static str, Money> = BTreeMap::new();
    let mut countries: Vec<String> = Vec::new();
    let (mut requests, mut items, mut eligible) = (0, 0, 0);
    for (n, line) in read("returns.jsonl")?
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
    {
        let at = |e: String| format!("returns.jsonl:{}: {e}", n + 1);
        let value: serde_json::Value = serde_json::from_str(line).map_err(|e| at(e.to_string()))?;
        let ticket_id = value["ticket"].as_str().unwrap_or("?");
        let request: ReturnRequest = caredesk::wire::from_value(value["request"].clone())
            .map_err(|e| at(format!("[{}] request.{e}", e.code())))?;
        let d = evaluate(&request, &policy, now).map_err(|e| at(format!("[{}] {e}", e.code())))?;
        let ticket = tickets.iter().find(|t| t.id() == ticket_id);
        requests += 1;
        let country = d.country.to_string();
        if !countries.contains(&country) {
            countries.push(country.clone());
        }
        println!(
            "{ticket_id:<8} {country:<3} order {:<20} reason {:<19} requested {}  ticket {}, {}",
            request.order_id.as_deref().unwrap_or("-"),
            request.reason,
            d.requested_on,
            ticket.map_or("?", |t| t.status().as_str()),
            ticket.and_then(Ticket::topic).unwrap_or("-"),
        );
        for it in &d.items {
            items += 1;
            eligible += usize::from(it.eligible);
            let outcome = match it.regime {
                Some(r) => format!("eligible under {}", label(r)),
                None => "not eligible".to_string(),
            };
            println!(
                "  [{}] {:<24} {:<15} {outcome}, decided by {}{}",
                it.index,
                it.sku,
                label(it.reason_class),
                label(it.decided_by),
                if it.review { ", to review" } else { "" }
            );
            if !it.resolutions.is_empty() {
                let list: Vec<String> = it.resolutions.iter().map(label).collect();
                println!("      resolutions  {}", list.join(", "));
            }
            let dl = &it.deadlines;
            let dates: Vec<String> = [
                ("notify by", dl.notify_by),
                ("withdrawal ends", dl.withdrawal_ends_on),
                ("ship back by", dl.ship_back_by),
                ("refund due by", dl.refund_due_by),
                ("reject by", dl.reject_by),
                ("guarantee ends", dl.guarantee_ends_on),
                ("presumption ends", dl.presumption_ends_on),
            ]
            .iter()
            .filter_map(|(name, date)| {
                date.map(|x| format!("{name} {x}{}", if x < today { " (passed)" } else { "" }))
            })
            .collect();
            println!("      deadlines    {}", dates.join("; "));
            let m = &it.money;
            print!(
                "      money        price {} - restocking fee {} - loss of value {} = refund {}",
                m.price, m.restocking_fee, m.loss_of_value, m.refund
            );
            if !m.store_credit_bonus.is_zero() {
                print!(" (+{} as store credit)", m.store_credit_bonus);
            }
            println!();
            println!("      codes        {}", codes(&it.reasons));
        }
        let t = &d.money;
        print!(
            "  total {} = items {} + outbound shipping {} - return shipping {}",
            t.total, t.items_refund, t.outbound_shipping_refund, t.return_shipping_charged
        );
        if let Some(sc) = t.store_credit_total {
            print!(" (as store credit {sc})");
        }
        println!(
            "; label {}; refund to {}",
            label(d.return_label),
            label(d.refund_to)
        );
        if !d.reasons.is_empty() {
            println!("  codes  {}", codes(&d.reasons));
        }
        println!();
        let sum = totals
            .entry(t.total.currency().code())
            .or_insert_with(|| Money::zero(t.total.currency()));
        *sum = sum.checked_add(&t.total).map_err(|e| e.to_string())?;
    }
    println!("{}", "-".repeat(150));
    let sums: Vec<String> = totals.values().map(ToString::to_string).collect();
    println!(
        "{requests} return requests, {eligible} of {items} items eligible; totals if every eligible item is refunded: {}",
        sums.join(", ")
    );
    // Countries whose audit reads the same are listed together.
    let mut audits: Vec<(String, Vec<String>)> = Vec::new();
    for c in &countries {
        let findings = policy.audit(c).map_err(|e| format!("audit {c}: {e}"))?;
        let list: Vec<String> = findings
            .iter()
            .map(|f| format!("{} ({})", f.field, f.code))
            .collect();
        let list = if list.is_empty() {
            "-".to_string()
        } else {
            list.join(", ")
        };
        match audits.iter_mut().find(|(l, _)| *l == list) {
            Some((_, cs)) => cs.push(c.clone()),
            None => audits.push((list, vec![c.clone()])),
        }
    }
    println!(
        "where the policy gives less than the law (ReturnPolicy::audit), by customer country; the law applies anyway:"
    );
    for (list, cs) in &audits {
        println!("  {:<18} {list}", cs.join(" "));
    }
    Ok(())
}
