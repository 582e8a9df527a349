//! Properties of the return engine over generated policies and requests:
//! the money always sums to the cent, and under an EU floor no decision is
//! less generous than the law, whatever the shop's policy says.
//!
//! The EU checks use their own small model of the law (14 days from
//! delivery, +12 months when not informed, weekend roll-over, 2 or 3 years
//! of guarantee), not the engine's tables.

use caredesk::calendar::holidays;
use caredesk::returns::{ReasonClass, Regime, Resolution, ReturnPolicy, ReturnRequest, evaluate};
use chrono::{DateTime, Datelike, Days, Months, NaiveDate, TimeZone, Utc, Weekday};
use proptest::prelude::*;
use serde_json::{Value, json};

const EU: &[&str] = &["DE", "FR", "IT", "ES", "PT", "NL", "AT", "SE", "PL", "IE"];
const ELSEWHERE: &[&str] = &["GB", "US", "AU", "CH", "TR", "BR", "JP", "NO"];
const CHANGE_OF_MIND: &[&str] = &[
    "size_too_small",
    "size_too_large",
    "colour",
    "style",
    "unwanted",
];
const FAULTS: &[&str] = &[
    "defective",
    "not_as_described",
    "wrong_item",
    "damaged_in_transit",
];
const CONDITIONS: &[&str] = &["new", "opened", "used", "damaged"];
const RESOLUTIONS: &[&str] = &[
    "refund",
    "store_credit",
    "exchange",
    "replacement",
    "repair",
    "price_reduction",
    "keep_item",
];

fn eur(minor: i64) -> Value {
    json!({"minor": minor, "currency": "EUR"})
}

fn subset(all: &'static [&'static str]) -> impl Strategy<Value = Vec<&'static str>> {
    proptest::sample::subsequence(all, 1..=all.len())
}

/// Any policy in EUR, from generous to far below the law.
fn policy() -> impl Strategy<Value = Value> {
    let window = prop_oneof![
        (0i64..60, 0usize..3).prop_map(
            |(d, f)| json!({"days": d, "from": (["order", "fulfilment", "delivery"][f])})
        ),
        Just(json!({"unlimited": true})),
    ];
    let fee = prop_oneof![
        Just(Value::Null),
        (
            0u32..3000,
            prop::option::of(0i64..800),
            prop::option::of(100i64..5000)
        )
            .prop_map(|(bps, flat, cap)| {
                let mut f = json!({"bps": bps});
                if let Some(x) = flat {
                    f["flat"] = eur(x);
                }
                if let Some(c) = cap {
                    f["cap"] = eur(c);
                }
                f
            }),
    ];
    let shipping = prop_oneof![
        Just(json!({"mode": "free"})),
        (0i64..800).prop_map(|f| json!({"mode": "flat", "fee": eur(f)})),
        Just(json!({"mode": "customer_label"})),
    ];
    (
        window,
        fee,
        shipping,
        subset(CONDITIONS),
        any::<bool>(),
        subset(RESOLUTIONS),
        subset(RESOLUTIONS),
        (
            0usize..3,
            prop::option::of(0i64..3000),
            0u32..=10_000,
            0u32..=10_000,
        ),
        (
            0i64..30,
            prop::option::of(0i64..40),
            prop::option::of(0i64..30),
            0u32..3000,
            any::<bool>(),
        ),
    )
        .prop_map(
            |(
                window,
                fee,
                shipping,
                accepted,
                packaging,
                cm,
                fault,
                (outbound, keep, used, damaged),
                (ship_back, refund_within, goodwill, bonus, final_sale),
            )| {
                let mut p = json!({
                    "window": window,
                    "condition": {"accepted": accepted, "original_packaging": packaging},
                    "exclusions": {"final_sale": final_sale},
                    "resolutions": {"change_of_mind": cm, "fault": fault},
                    "return_shipping": shipping,
                    "refund_outbound_shipping": (["never", "fault", "always"][outbound]),
                    "loss_of_value": {"used_bps": used, "damaged_bps": damaged},
                    "ship_back_days": ship_back,
                    "store_credit_bonus_bps": bonus,
                });
                if !fee.is_null() {
                    p["restocking_fee"] = fee;
                }
                if let Some(k) = keep {
                    p["keep_item_below"] = eur(k);
                }
                if let Some(r) = refund_within {
                    p["refund_within_days"] = json!(r);
                }
                if let Some(g) = goodwill {
                    p["goodwill"] = json!({"days": g});
                }
                p
            },
        )
}

#[derive(Debug, Clone)]
struct Item {
    price: i64,
    quantity: u32,
    condition: &'static str,
    reason: &'static str,
    /// A statutory exception: personalised, perishable, unsealed hygiene, ...
    exception: Option<usize>,
    final_sale: bool,
    minor_defect: bool,
}

fn item() -> impl Strategy<Value = Item> {
    (
        1i64..200_000,
        1u32..4,
        0usize..4,
        prop_oneof![3 => proptest::sample::select(CHANGE_OF_MIND), 2 => proptest::sample::select(FAULTS)],
        prop_oneof![4 => Just(None), 1 => (0usize..6).prop_map(Some)],
        prop::bool::weighted(0.15),
        prop::bool::weighted(0.2),
    )
        .prop_map(|(price, quantity, c, reason, exception, final_sale, minor_defect)| Item {
            price,
            quantity,
            condition: CONDITIONS[c],
            reason,
            exception,
            final_sale,
            minor_defect,
        })
}

fn item_json(i: &Item, n: usize) -> Value {
    let mut v = json!({
        "sku": format!("SKU-{n}"),
        "unit_price": eur(i.price),
        "quantity": i.quantity,
        "condition": i.condition,
        "reason": i.reason,
        "final_sale": i.final_sale,
    });
    match i.exception {
        Some(0) => v["personalised"] = json!(true),
        Some(1) => v["kind"] = json!("perishable"),
        Some(2) => {
            v["seal"] = json!("hygiene");
            v["unsealed"] = json!(true);
        }
        Some(3) => {
            v["seal"] = json!("media");
            v["unsealed"] = json!(true);
        }
        Some(4) => v["mixed_after_delivery"] = json!(true),
        Some(_) => v["kind"] = json!("newspaper"),
        None => {}
    }
    if i.minor_defect {
        v["defect"] = json!("minor");
    }
    v
}

#[derive(Debug, Clone)]
struct Case {
    country: &'static str,
    ordered: DateTime<Utc>,
    delivered: DateTime<Utc>,
    now: DateTime<Utc>,
    informed: bool,
    whole_order: bool,
    outbound: Option<(i64, i64)>,
    items: Vec<Item>,
}

fn case(countries: &'static [&'static str]) -> impl Strategy<Value = Case> {
    (
        proptest::sample::select(countries),
        0u64..900,
        0u64..10,
        0u64..86_400,
        0u64..1_100,
        any::<bool>(),
        any::<bool>(),
        prop::option::of((0i64..2000, 0i64..2000)),
        prop::collection::vec(item(), 1..4),
    )
        .prop_map(
            |(country, o, d, secs, later, informed, whole_order, outbound, items)| {
                let base = Utc.with_ymd_and_hms(2024, 1, 1, 0, 0, 0).unwrap();
                let ordered = base + chrono::TimeDelta::days(o as i64);
                let delivered = ordered
                    + chrono::TimeDelta::days(d as i64)
                    + chrono::TimeDelta::seconds(secs as i64);
                let now = delivered + chrono::TimeDelta::days(later as i64);
                Case {
                    country,
                    ordered,
                    delivered,
                    now,
                    informed,
                    whole_order,
                    outbound,
                    items,
                }
            },
        )
}

fn request(c: &Case) -> ReturnRequest {
    let items: Vec<Value> = c
        .items
        .iter()
        .enumerate()
        .map(|(n, i)| item_json(i, n))
        .collect();
    let mut r = json!({
        "ordered_at": c.ordered.to_rfc3339(),
        "delivered_at": c.delivered.to_rfc3339(),
        "country": c.country,
        "zone": "UTC",
        "reason": "unwanted",
        "items": items,
        "informed_of_withdrawal": c.informed,
        "whole_order": c.whole_order,
    });
    if let Some((paid, cheapest)) = c.outbound {
        r["outbound_shipping"] = json!({"paid": eur(paid), "cheapest_standard": eur(cheapest)});
    }
    caredesk::wire::from_value(r).expect("generated request is well formed")
}

fn day(t: DateTime<Utc>) -> NaiveDate {
    t.date_naive()
}

/// Regulation 1182/71 Art. 3(4) in this model: weekends and the country's
/// built-in public holidays (weekends only where none are built in).
fn roll(mut d: NaiveDate, country: &str) -> NaiveDate {
    let holiday = |d: NaiveDate| {
        holidays::COUNTRIES.contains(&country)
            && holidays::for_country(country, d.year())
                .unwrap()
                .iter()
                .any(|h| h.date == d)
    };
    while matches!(d.weekday(), Weekday::Sat | Weekday::Sun) || holiday(d) {
        d = d + Days::new(1);
    }
    d
}

/// The last day of the EU withdrawal period in this small model of the law.
fn withdrawal_end(c: &Case) -> NaiveDate {
    let mut end = day(c.delivered) + Days::new(14);
    if !c.informed {
        end = end + Months::new(12);
    }
    roll(end, c.country)
}

fn guarantee_end(c: &Case) -> Option<NaiveDate> {
    match c.country {
        "NL" => None,
        "ES" | "PT" => Some(day(c.delivered) + Months::new(36)),
        _ => Some(day(c.delivered) + Months::new(24)),
    }
}

fn price(i: &Item) -> i64 {
    i.price * i64::from(i.quantity)
}

/// Evaluates, allowing only the one error a generated policy may provoke.
fn run(c: &Case, p: &Value) -> Result<Option<caredesk::ReturnDecision>, TestCaseError> {
    let policy = ReturnPolicy::from_json(&p.to_string())
        .map_err(|e| TestCaseError::fail(format!("policy refused: {} {e}", e.code())))?;
    match evaluate(&request(c), &policy, c.now) {
        Ok(d) => Ok(Some(d)),
        Err(e) if e.code() == "returns.fee_exceeds_price" => Ok(None),
        Err(e) => Err(TestCaseError::fail(format!("{} ({e})", e.code()))),
    }
}

fn check_sums(d: &caredesk::ReturnDecision, c: &Case) -> Result<(), TestCaseError> {
    let mut sum = 0;
    for (it, g) in d.items.iter().zip(&c.items) {
        let m = &it.money;
        prop_assert_eq!(m.price.minor(), price(g));
        if !m.refund.is_zero() {
            prop_assert_eq!(
                m.refund.minor() + m.restocking_fee.minor() + m.loss_of_value.minor(),
                m.price.minor()
            );
        }
        prop_assert!(m.refund.minor() >= 0 && m.refund.minor() <= m.price.minor());
        if !it.eligible {
            prop_assert!(m.refund.is_zero() && m.restocking_fee.is_zero());
        }
        sum += m.refund.minor();
    }
    let t = &d.money;
    prop_assert_eq!(sum, t.items_refund.minor());
    prop_assert_eq!(
        t.items_refund.minor() + t.outbound_shipping_refund.minor()
            - t.return_shipping_charged.minor(),
        t.total.minor()
    );
    prop_assert!(t.total.minor() >= 0);
    if let Some(sc) = t.store_credit_total {
        prop_assert!(sc.minor() >= t.total.minor());
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn money_always_sums(c in case(&[
        "DE", "FR", "IT", "ES", "PT", "NL", "AT", "GB", "US", "AU", "CH", "TR", "BR", "JP", "NO",
    ]), p in policy()) {
        if let Some(d) = run(&c, &p)? {
            check_sums(&d, &c)?;
        }
    }

    #[test]
    fn eu_decisions_never_below_the_floor(c in case(EU), p in policy()) {
        let Some(d) = run(&c, &p)? else { return Ok(()) };
        let asked = day(c.now);
        for (it, g) in d.items.iter().zip(&c.items) {
            let fault = FAULTS.contains(&g.reason);
            if !fault {
                prop_assert_eq!(it.reason_class, ReasonClass::ChangeOfMind);
                if g.exception.is_some() || asked > withdrawal_end(&c) {
                    continue;
                }
                // Within the statutory period, without an exception.
                prop_assert!(it.eligible, "withdrawal refused: {}", d.to_json());
                prop_assert_eq!(it.regime, Some(Regime::StatutoryWithdrawal));
                prop_assert!(it.resolutions.contains(&Resolution::Refund));
                prop_assert!(it.money.restocking_fee.is_zero(), "fee on a withdrawal");
                if !c.informed {
                    prop_assert!(it.money.loss_of_value.is_zero());
                    prop_assert_eq!(it.money.refund.minor(), price(g));
                }
                if matches!(g.condition, "new" | "opened") {
                    prop_assert_eq!(it.money.refund.minor(), price(g));
                }
                prop_assert!(it.deadlines.notify_by.is_none_or(|n| n >= withdrawal_end(&c)));
                if let Some(s) = it.deadlines.ship_back_by {
                    prop_assert!(s >= asked + Days::new(14));
                }
                let due = it.deadlines.refund_due_by;
                prop_assert!(due.is_some_and(|r| r <= roll(asked + Days::new(14), c.country)));
            } else {
                prop_assert_eq!(it.reason_class, ReasonClass::Fault);
                if guarantee_end(&c).is_some_and(|g| asked > g) {
                    continue;
                }
                prop_assert!(it.eligible, "guarantee refused: {}", d.to_json());
                prop_assert_eq!(it.regime, Some(Regime::LegalGuarantee));
                prop_assert!(it.money.restocking_fee.is_zero() && it.money.loss_of_value.is_zero());
                for r in [Resolution::Repair, Resolution::Replacement, Resolution::PriceReduction] {
                    prop_assert!(it.resolutions.contains(&r), "{:?} missing", r);
                }
                if !g.minor_defect {
                    prop_assert!(it.resolutions.contains(&Resolution::Refund));
                    prop_assert_eq!(it.money.refund.minor(), price(g));
                }
            }
        }
        // A fault in the parcel makes the return free. An item kept, or only
        // offered a price reduction, stays with the consumer: it is not in the parcel.
        let fault_sent_back = d.items.iter().zip(&c.items).any(|(it, g)| {
            it.eligible
                && FAULTS.contains(&g.reason)
                && !it.resolutions.contains(&Resolution::KeepItem)
                && it.resolutions.iter().any(|r| *r != Resolution::PriceReduction)
        });
        if fault_sent_back {
            prop_assert!(d.money.return_shipping_charged.is_zero());
        }
        // The whole order withdrawn within the period: the outbound delivery, up to the cheapest rate.
        let all_withdrawn = d.items.iter().all(|i| i.eligible && i.regime == Some(Regime::StatutoryWithdrawal));
        if let (Some((paid, cheapest)), true, true) = (c.outbound, c.whole_order, all_withdrawn) {
            prop_assert!(d.money.outbound_shipping_refund.minor() >= paid.min(cheapest));
        }
    }

    #[test]
    fn a_policy_never_does_worse_than_no_policy_at_all(c in case(EU), p in policy()) {
        // A policy that takes nothing back (every generated SKU excluded):
        // what it grants is the statutory floor alone.
        let none = json!({
            "exclusions": {"skus": ["SKU-0", "SKU-1", "SKU-2", "SKU-3"]},
            "return_shipping": {"mode": "customer_label"},
            "refund_outbound_shipping": "never",
            "loss_of_value": {"used_bps": 10000, "damaged_bps": 10000},
        });
        let (Some(with), Some(floor)) = (run(&c, &p)?, run(&c, &none)?) else { return Ok(()) };
        for (a, b) in with.items.iter().zip(&floor.items) {
            if !b.eligible {
                continue;
            }
            prop_assert!(a.eligible);
            prop_assert_eq!(a.regime, b.regime);
            prop_assert!(a.money.refund.minor() >= b.money.refund.minor(),
                "refund {} < floor {}", a.money.refund, b.money.refund);
            prop_assert!(a.money.restocking_fee.is_zero());
            for r in &b.resolutions {
                prop_assert!(a.resolutions.contains(r), "{:?} dropped", r);
            }
            if let (Some(x), Some(y)) = (a.deadlines.notify_by, b.deadlines.notify_by) {
                prop_assert!(x >= y);
            }
            if let (Some(x), Some(y)) = (a.deadlines.ship_back_by, b.deadlines.ship_back_by) {
                prop_assert!(x >= y);
            }
            if let (Some(x), Some(y)) = (a.deadlines.refund_due_by, b.deadlines.refund_due_by) {
                prop_assert!(x <= y);
            }
        }
        prop_assert!(with.money.outbound_shipping_refund.minor() >= floor.money.outbound_shipping_refund.minor());
    }

    #[test]
    fn elsewhere_sums_and_never_panics(c in case(ELSEWHERE), p in policy()) {
        if let Some(d) = run(&c, &p)? {
            check_sums(&d, &c)?;
        }
    }
}
