//! The sample inbox in `examples/data/inbox.jsonl` must load and hang together.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

use caredesk::{Status, Ticket};

const LANGUAGES: [&str; 12] = [
    "en", "it", "fr", "de", "es", "pt", "nl", "pl", "sv", "da", "fi", "cs",
];

fn inbox_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../examples/data/inbox.jsonl")
}

fn load_inbox() -> Vec<Ticket> {
    let path = inbox_path();
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    text.lines()
        .enumerate()
        .filter(|(_, line)| !line.trim().is_empty())
        .map(|(i, line)| {
            Ticket::from_json(line).unwrap_or_else(|e| {
                panic!("{}:{}: {} ({e})", path.display(), i + 1, e.code());
            })
        })
        .collect()
}

#[test]
fn every_line_loads() {
    let tickets = load_inbox();
    assert!(
        tickets.len() >= 30,
        "only {} tickets in the sample inbox",
        tickets.len()
    );
}

#[test]
fn ids_are_unique() {
    let mut seen = HashMap::new();
    for (i, t) in load_inbox().iter().enumerate() {
        if let Some(first) = seen.insert(t.id().to_string(), i + 1) {
            panic!("ticket id {} on lines {first} and {}", t.id(), i + 1);
        }
    }
}

#[test]
fn every_language_appears_at_least_twice() {
    let mut count: BTreeMap<&str, usize> = LANGUAGES.iter().map(|l| (*l, 0)).collect();
    for t in &load_inbox() {
        let lang = t
            .language()
            .unwrap_or_else(|| panic!("ticket {} has no language", t.id()));
        if let Some(n) = count.get_mut(lang) {
            *n += 1;
        }
    }
    let short: Vec<_> = count.iter().filter(|(_, n)| **n < 2).collect();
    assert!(
        short.is_empty(),
        "languages with fewer than two tickets: {short:?}"
    );
}

#[test]
fn follow_ups_name_a_closed_ticket_of_the_inbox() {
    let tickets = load_inbox();
    let by_id: HashMap<&str, &Ticket> = tickets.iter().map(|t| (t.id(), t)).collect();
    let mut follow_ups = 0;
    for t in &tickets {
        let Some(of) = t.follow_up_of() else { continue };
        follow_ups += 1;
        let original = by_id.get(of).unwrap_or_else(|| {
            panic!(
                "ticket {} follows up {of}, which is not in the inbox",
                t.id()
            )
        });
        assert_eq!(
            original.status(),
            Status::Closed,
            "ticket {} follows up {of}, which is not closed",
            t.id()
        );
        let closed_at = original.status_history().last().map(|(at, _)| *at).unwrap();
        assert!(
            t.created_at() >= closed_at,
            "ticket {} ({}) was created before {of} closed ({closed_at})",
            t.id(),
            t.created_at()
        );
    }
    assert!(follow_ups > 0, "the sample inbox has no follow-up ticket");
}

#[test]
fn shop_sla_config_covers_the_inbox() {
    use caredesk::sla::{Metric, Sla, Stage};
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("../examples/data");
    let sla = Sla::from_toml(&std::fs::read_to_string(data.join("sla.toml")).unwrap())
        .unwrap_or_else(|e| panic!("sla.toml: {} ({e})", e.code()));
    let now = "2026-11-20T15:00:00Z".parse().unwrap();
    let demo = std::fs::read_to_string(data.join("demo.toml")).unwrap();
    assert!(
        demo.contains("now = 2026-11-20T15:00:00Z"),
        "demo.toml's now moved: update this test"
    );
    let reports: Vec<_> = sla
        .evaluate_many(&load_inbox(), now)
        .into_iter()
        .map(|r| r.unwrap())
        .collect();
    // Every ticket falls under some policy, and the marketplace ones under their preset.
    for r in &reports {
        assert!(r.policy.is_some(), "{} matched no policy", r.ticket_id);
    }
    let by_id = |id: &str| reports.iter().find(|r| r.ticket_id == id).unwrap();
    assert_eq!(by_id("T-1014").policy.as_deref(), Some("amazon"));
    assert_eq!(by_id("T-1018").policy.as_deref(), Some("ebay"));
    // T-1027 (a VIP) wrote again on Thursday evening; four office hours later,
    // Friday 13:00 in Rome, nobody had answered.
    let vip = by_id("T-1027").metric(Metric::NextReply).unwrap();
    assert_eq!(vip.cycle.stage, Stage::Breached);
}
