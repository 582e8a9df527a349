//! The sample return requests in `examples/data/returns.jsonl` must all be
//! decided under `return_policy.toml` at the demo's `now`, and hang together
//! with the sample inbox.

use std::path::{Path, PathBuf};

use caredesk::returns::{Regime, ReturnLabel, ReturnPolicy, ReturnRequest, evaluate};
use caredesk::{ReturnDecision, Ticket};
use chrono::{DateTime, Utc};

/// Ticket topics that are about returning goods or getting the money back.
const RETURN_TOPICS: [&str; 5] = [
    "return_request",
    "exchange",
    "wrong_item",
    "damaged_defective",
    "refund_status",
];

fn data() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../examples/data")
}

fn read(name: &str) -> String {
    let p = data().join(name);
    std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("cannot read {}: {e}", p.display()))
}

fn now() -> DateTime<Utc> {
    let demo: toml::Table = toml::from_str(&read("demo.toml")).expect("demo.toml");
    let now = demo.get("now").expect("demo.toml has now").to_string();
    caredesk::instant::parse(&now, "now").expect("now is an instant")
}

fn inbox() -> Vec<Ticket> {
    read("inbox.jsonl")
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| Ticket::from_json(l).expect("inbox line"))
        .collect()
}

/// (ticket id, request) per line.
fn samples() -> Vec<(String, ReturnRequest)> {
    read("returns.jsonl")
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, line)| {
            let v: serde_json::Value = serde_json::from_str(line)
                .unwrap_or_else(|e| panic!("returns.jsonl:{}: {e}", i + 1));
            let obj = v.as_object().expect("each line is an object");
            let mut keys: Vec<&str> = obj.keys().map(String::as_str).collect();
            keys.sort_unstable();
            assert_eq!(keys, ["request", "ticket"], "returns.jsonl:{}", i + 1);
            let ticket = v["ticket"].as_str().expect("ticket id").to_string();
            let request = caredesk::wire::from_value(v["request"].clone())
                .unwrap_or_else(|e| panic!("returns.jsonl:{}: {} ({e})", i + 1, e.code()));
            (ticket, request)
        })
        .collect()
}

fn policy() -> ReturnPolicy {
    ReturnPolicy::from_toml(&read("return_policy.toml"))
        .unwrap_or_else(|e| panic!("return_policy.toml: {} ({e})", e.code()))
}

fn decide() -> Vec<(String, ReturnDecision)> {
    let (policy, now) = (policy(), now());
    samples()
        .into_iter()
        .map(|(t, r)| {
            let d =
                evaluate(&r, &policy, now).unwrap_or_else(|e| panic!("{t}: {} ({e})", e.code()));
            (t, d)
        })
        .collect()
}

#[test]
fn every_sample_request_is_decided_and_sums_to_the_cent() {
    let decisions = decide();
    assert!(decisions.len() >= 10, "only {} requests", decisions.len());
    for (t, d) in &decisions {
        let mut sum = 0;
        for it in &d.items {
            let m = &it.money;
            if !m.refund.is_zero() {
                assert_eq!(
                    m.refund.minor() + m.restocking_fee.minor() + m.loss_of_value.minor(),
                    m.price.minor(),
                    "{t}"
                );
            }
            sum += m.refund.minor();
        }
        let m = &d.money;
        assert_eq!(sum, m.items_refund.minor(), "{t}");
        assert_eq!(
            m.items_refund.minor() + m.outbound_shipping_refund.minor()
                - m.return_shipping_charged.minor(),
            m.total.minor(),
            "{t}"
        );
    }
}

#[test]
fn every_sample_belongs_to_a_return_ticket_of_the_inbox() {
    let tickets = inbox();
    let samples = samples();
    for (id, r) in &samples {
        let t = tickets
            .iter()
            .find(|t| t.id() == id)
            .unwrap_or_else(|| panic!("{id} is not in the inbox"));
        let topic = t.topic().unwrap_or("");
        assert!(RETURN_TOPICS.contains(&topic), "{id} is about {topic}");
        let order = r.order_id.as_deref().expect("order_id");
        assert!(
            t.order_refs().iter().any(|o| o == order),
            "{id}: order {order} is not among {:?}",
            t.order_refs()
        );
        // The request was made when the ticket opened, or before it (a
        // ticket chasing a refund).
        let asked = r.requested_at.expect("requested_at");
        assert!(asked <= t.created_at(), "{id}: asked after the ticket");
        if topic != "refund_status" {
            assert_eq!(asked, t.created_at(), "{id}");
        }
    }
    // Every return ticket with an order has its request.
    for t in &tickets {
        if RETURN_TOPICS.contains(&t.topic().unwrap_or("")) && !t.order_refs().is_empty() {
            assert!(
                samples.iter().any(|(id, _)| id == t.id()),
                "{} has no sample request",
                t.id()
            );
        }
    }
}

#[test]
fn the_samples_show_what_the_data_readme_says() {
    let decisions = decide();
    let by = |id: &str| &decisions.iter().find(|(t, _)| t == id).unwrap().1;
    let mut countries: Vec<String> = decisions
        .iter()
        .map(|(_, d)| d.country.to_string())
        .collect();
    countries.sort();
    countries.dedup();
    assert!(countries.len() >= 8, "{countries:?}");
    let mut currencies: Vec<&str> = decisions.iter().map(|(_, d)| d.currency.code()).collect();
    currencies.sort_unstable();
    currencies.dedup();
    assert_eq!(currencies, ["EUR", "GBP", "PLN"]);
    let regime = |id: &str| by(id).items[0].regime;
    assert_eq!(regime("T-1034"), Some(Regime::StatutoryWithdrawal));
    assert_eq!(regime("T-1022"), Some(Regime::LegalGuarantee));
    assert_eq!(regime("T-1026"), Some(Regime::MerchantPolicy));
    // The dented bottle is below the keep-the-item threshold.
    assert_eq!(by("T-1029").return_label, ReturnLabel::None);
    // The UK short-term right to reject the wrong tent.
    assert!(by("T-1035").items[0].deadlines.reject_by.is_some());
    // The law adds the outbound delivery the shop's terms would keep.
    assert!(
        by("T-1034")
            .codes()
            .any(|c| c == "law.eu.crd.art13.delivery")
    );
    // The refunds chased in refund_status tickets were due before the demo's now.
    for id in ["T-1007", "T-1008", "T-1026"] {
        let due = by(id).items[0].deadlines.refund_due_by.unwrap();
        assert!(due < now().date_naive(), "{id}: refund due {due}");
    }
}
