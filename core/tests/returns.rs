//! The return engine's public API: config formats, wire formats, errors,
//! time handling, and the audit.

use caredesk::returns::{
    DecidedBy, Regime, Resolution, ReturnDecision, ReturnPolicy, ReturnRequest, evaluate, law,
};
use chrono::{DateTime, Utc};

fn at(s: &str) -> DateTime<Utc> {
    s.parse().unwrap()
}

const REQUEST: &str = r#"{
  "ordered_at": "2026-03-01T10:00:00Z",
  "delivered_at": "2026-03-03T14:00:00Z",
  "country": "DE", "reason": "unwanted",
  "items": [{"sku": "HP-200", "unit_price": {"minor": 12900, "currency": "EUR"}, "condition": "opened"}]
}"#;

#[test]
fn toml_and_json_give_the_same_policy() {
    let toml = ReturnPolicy::from_toml(
        r#"
        name = "Shop"
        store_credit_bonus_bps = 1000
        keep_item_below = { minor = 500, currency = "EUR" }
        refund_outbound_shipping = "always"

        [window]
        days = 45
        from = "fulfilment"

        [[seasonal]]
        ordered_from = "11-15"
        ordered_until = "12-31"
        returnable_until = "01-15"

        [exclusions]
        categories = ["food"]
        final_sale = false

        [condition]
        accepted = ["new", "opened", "used"]

        [resolutions]
        change_of_mind = ["refund", "exchange"]
        [resolutions.by_reason]
        size_too_small = ["exchange"]

        [restocking_fee]
        bps = 500
        cap = { minor = 2000, currency = "EUR" }

        [return_shipping]
        mode = "flat"
        fee = { minor = 395, currency = "EUR" }

        [reasons]
        found_cheaper = "change_of_mind"

        [overrides.GB.window]
        days = 60
        "#,
    )
    .unwrap();
    let json = ReturnPolicy::from_json(
        r#"{
        "name": "Shop", "store_credit_bonus_bps": 1000,
        "keep_item_below": {"minor": 500, "currency": "EUR"},
        "refund_outbound_shipping": "always",
        "window": {"days": 45, "from": "fulfilment"},
        "seasonal": [{"ordered_from": "11-15", "ordered_until": "12-31", "returnable_until": "01-15"}],
        "exclusions": {"categories": ["food"], "final_sale": false},
        "condition": {"accepted": ["new", "opened", "used"]},
        "resolutions": {"change_of_mind": ["refund", "exchange"], "by_reason": {"size_too_small": ["exchange"]}},
        "restocking_fee": {"bps": 500, "cap": {"minor": 2000, "currency": "EUR"}},
        "return_shipping": {"mode": "flat", "fee": {"minor": 395, "currency": "EUR"}},
        "reasons": {"found_cheaper": "change_of_mind"},
        "overrides": {"GB": {"window": {"days": 60}}}
    }"#,
    )
    .unwrap();
    assert_eq!(toml, json);
    // The policy serializes back to its configuration and reads again.
    let text = serde_json::to_string(&json).unwrap();
    let again: ReturnPolicy = serde_json::from_str(&text).unwrap();
    assert_eq!(again, json);
    assert_eq!(ReturnPolicy::from_json(&text).unwrap(), json);
}

#[test]
fn config_errors_name_the_path() {
    let e = ReturnPolicy::from_toml("[window]\ndays = \"thirty\"").unwrap_err();
    assert_eq!((e.code(), e.field()), ("input.toml", Some("window.days")));
    let e = ReturnPolicy::from_toml("[restocking_fee]\nbps = 20000").unwrap_err();
    assert_eq!(
        (e.code(), e.field()),
        ("returns.fee_exceeds_price", Some("restocking_fee.bps"))
    );
    let e = ReturnPolicy::from_json(r#"{"windw": {}}"#).unwrap_err();
    assert_eq!(e.code(), "input.json");
    assert!(e.to_string().contains("windw"), "{e}");
    // Deserializing a policy inside another document validates it too.
    let e = serde_json::from_str::<ReturnPolicy>(r#"{"window": {"days": -1}}"#).unwrap_err();
    assert!(e.to_string().contains("negative"), "{e}");
}

#[test]
fn engines_are_send_and_sync() {
    fn check<T: Send + Sync>() {}
    check::<ReturnPolicy>();
    check::<ReturnRequest>();
    check::<ReturnDecision>();
}

#[test]
fn request_wire_errors() {
    let naive = REQUEST.replace("2026-03-03T14:00:00Z", "2026-03-03T14:00:00");
    let e = ReturnRequest::from_json(&naive).unwrap_err();
    assert_eq!(
        (e.code(), e.field()),
        ("input.naive_datetime", Some("delivered_at"))
    );
    let e = ReturnRequest::from_json(&REQUEST.replace("\"reason\"", "\"raison\"")).unwrap_err();
    assert_eq!(e.code(), "input.json");
    // An unknown value of a closed set names the allowed ones.
    let e = ReturnRequest::from_json(&REQUEST.replace("\"opened\"", "\"shiny\"")).unwrap_err();
    assert_eq!(e.code(), "input.unknown_value", "{e}");
    assert_eq!(e.field(), Some("items[0].condition"));
    assert!(e.to_string().contains("new, opened, used, damaged"), "{e}");
    let e = ReturnRequest::from_json(
        &REQUEST.replace("\"currency\": \"EUR\"", "\"currency\": \"EURO\""),
    )
    .unwrap_err();
    assert_eq!(
        (e.code(), e.field()),
        (
            "money.unknown_currency",
            Some("items[0].unit_price.currency")
        )
    );
}

#[test]
fn request_round_trips_through_json() {
    let r = ReturnRequest::from_json(REQUEST).unwrap();
    let back = ReturnRequest::from_json(&serde_json::to_string(&r).unwrap()).unwrap();
    assert_eq!(back, r);
}

#[test]
fn evaluation_errors() {
    let policy = ReturnPolicy::default();
    let r = ReturnRequest::from_json(&REQUEST.replace(
        "\"reason\": \"unwanted\"",
        "\"reason\": \"unwanted\", \"zone\": \"Mars/Olympus\"",
    ))
    .unwrap();
    let e = evaluate(&r, &policy, at("2026-03-10T00:00:00Z")).unwrap_err();
    assert_eq!((e.code(), e.field()), ("input.unknown_value", Some("zone")));

    let r = ReturnRequest::from_json(&REQUEST.replace(
        "\"reason\": \"unwanted\"",
        "\"reason\": \"unwanted\", \"requested_at\": \"2026-03-12T00:00:00Z\"",
    ))
    .unwrap();
    let e = evaluate(&r, &policy, at("2026-03-10T00:00:00Z")).unwrap_err();
    assert_eq!(
        (e.code(), e.field()),
        ("input.invalid", Some("requested_at"))
    );

    let mut r = ReturnRequest::from_json(REQUEST).unwrap();
    r.items.clear();
    let e = evaluate(&r, &policy, at("2026-03-10T00:00:00Z")).unwrap_err();
    assert_eq!((e.code(), e.field()), ("input.invalid", Some("items")));
}

#[test]
fn requested_at_fixes_the_request_day() {
    // Asked on day 13, evaluated (replayed) a month later: same answer as on the day.
    let policy = ReturnPolicy::from_json(r#"{"window": {"days": 7, "from": "order"}}"#).unwrap();
    let on_the_day = ReturnRequest::from_json(REQUEST).unwrap();
    let replay = ReturnRequest::from_json(&REQUEST.replace(
        "\"reason\": \"unwanted\"",
        "\"reason\": \"unwanted\", \"requested_at\": \"2026-03-16T09:00:00Z\"",
    ))
    .unwrap();
    let a = evaluate(&on_the_day, &policy, at("2026-03-16T09:00:00Z")).unwrap();
    let b = evaluate(&replay, &policy, at("2026-04-20T09:00:00Z")).unwrap();
    assert_eq!(a, b);
    assert!(a.items[0].eligible);
    assert_eq!(a.items[0].regime, Some(Regime::StatutoryWithdrawal));
    assert_eq!(a.items[0].decided_by, DecidedBy::Law);
    // And the day after the period, it is refused.
    let late = evaluate(&on_the_day, &policy, at("2026-03-18T09:00:00Z")).unwrap();
    assert!(!late.items[0].eligible);
}

#[test]
fn evaluation_is_pure() {
    let policy = ReturnPolicy::from_json(r#"{"restocking_fee": {"bps": 1000}}"#).unwrap();
    let r = ReturnRequest::from_json(REQUEST).unwrap();
    let now = at("2026-03-16T09:00:00Z");
    let first = evaluate(&r, &policy, now).unwrap();
    for _ in 0..3 {
        assert_eq!(evaluate(&r, &policy, now).unwrap(), first);
    }
    // The decision's JSON has the documented top-level shape.
    let v: serde_json::Value = serde_json::from_str(&first.to_json()).unwrap();
    let keys: Vec<&str> = v.as_object().unwrap().keys().map(String::as_str).collect();
    assert_eq!(
        keys,
        [
            "country",
            "floor",
            "requested_on",
            "currency",
            "eligible",
            "items",
            "money",
            "return_label",
            "refund_to",
            "reasons"
        ]
    );
    assert_eq!(v["items"][0]["money"]["refund"]["minor"], 12900);
}

#[test]
fn resolutions_follow_the_legal_order() {
    let policy = ReturnPolicy::from_json(
        r#"{"resolutions": {"fault": ["store_credit", "refund", "replacement"]}}"#,
    )
    .unwrap();
    let r = ReturnRequest::from_json(&REQUEST.replace("unwanted", "defective")).unwrap();
    let d = evaluate(&r, &policy, at("2026-03-10T09:00:00Z")).unwrap();
    // The law's order first (repair/replacement, then reduction/termination), then the shop's extras.
    assert_eq!(
        d.items[0].resolutions,
        [
            Resolution::Repair,
            Resolution::Replacement,
            Resolution::PriceReduction,
            Resolution::Refund,
            Resolution::StoreCredit
        ]
    );
}

#[test]
fn audits_run_for_every_floor() {
    let strict = ReturnPolicy::from_json(
        r#"{"window": {"days": 3, "from": "order"}, "restocking_fee": {"bps": 2000},
            "resolutions": {"change_of_mind": ["store_credit"], "fault": ["store_credit"]}}"#,
    )
    .unwrap();
    for f in law::floors() {
        let country = match f.code() {
            "EU" => "AT",
            "none" => "JP",
            c => c,
        };
        let findings = strict.audit(country).unwrap();
        match f.code() {
            "none" | "US" => assert!(findings.is_empty(), "{country}: {findings:?}"),
            "AU" | "CH" | "BR" | "TR" => assert!(
                findings.iter().any(|x| x.field == "resolutions.fault"),
                "{country}: {findings:?}"
            ),
            "US-CA" => assert!(findings.is_empty(), "posted by default: {findings:?}"),
            _ => assert!(
                findings
                    .iter()
                    .any(|x| x.field == "restocking_fee" && x.code.ends_with("no_other_costs")),
                "{country}: {findings:?}"
            ),
        }
        for x in &findings {
            assert!(x.code.starts_with("law."));
            assert!(!x.text.is_empty() && !x.source.is_empty());
        }
    }
    assert_eq!(
        strict.audit("XX").unwrap_err().code(),
        "returns.unknown_country"
    );
    assert_eq!(
        strict.audit("US-XYZW").unwrap_err().code(),
        "returns.unknown_country"
    );
    // A generous policy has nothing to fix in Germany's withdrawal rules.
    let generous = ReturnPolicy::from_json(
        r#"{"window": {"days": 100, "fault_days": 1000},
            "exclusions": {"final_sale": false},
            "condition": {"accepted": ["new", "opened", "used", "damaged"]},
            "refund_outbound_shipping": "always",
            "resolutions": {"fault": ["repair", "replacement", "price_reduction", "refund"]}}"#,
    )
    .unwrap();
    assert_eq!(generous.audit("DE").unwrap(), []);
}

/// Issue 13: a request's `holidays` list is bounded, looked up by binary
/// search, and cannot push a deadline a century ahead.
#[test]
fn hostile_holiday_lists_are_refused_quickly() {
    let mut request = ReturnRequest::from_json(REQUEST).unwrap();
    let policy = ReturnPolicy::default();
    let now = at("2026-03-16T09:00:00Z");
    let start = chrono::NaiveDate::from_ymd_opt(2026, 3, 1).unwrap();
    let days = |n: u64| -> Vec<chrono::NaiveDate> {
        (0..n)
            .map(|i| start.checked_add_days(chrono::Days::new(i)).unwrap())
            .collect()
    };
    // 40,000 consecutive dates (the issue's case, once 15 s and a deadline in 2135).
    request.holidays = Some(days(40_000));
    let t = std::time::Instant::now();
    let e = evaluate(&request, &policy, now).unwrap_err();
    assert_eq!((e.code(), e.field()), ("input.invalid", Some("holidays")));
    assert!(e.to_string().contains("1000"), "{e}");
    assert!(
        t.elapsed() < std::time::Duration::from_millis(500),
        "{:?}",
        t.elapsed()
    );
    // Within the cap, a run of closed days longer than MAX_CLOSED_RUN over
    // the period's end is an error, not a loop or a far-off deadline.
    request.holidays = Some(days(caredesk::returns::MAX_HOLIDAYS as u64));
    let e = evaluate(&request, &policy, now).unwrap_err();
    assert_eq!((e.code(), e.field()), ("input.invalid", Some("holidays")));
    assert!(e.to_string().contains("consecutive"), "{e}");
    // A date beyond the calendar's years is refused with its place in the list.
    request.holidays = Some(vec![
        start,
        chrono::NaiveDate::from_ymd_opt(1900, 1, 1).unwrap(),
    ]);
    let e = evaluate(&request, &policy, now).unwrap_err();
    assert_eq!(
        (e.code(), e.field()),
        ("input.invalid", Some("holidays[1]"))
    );
    // An empty list is the caller's word: weekends only, no note.
    request.holidays = Some(Vec::new());
    let d = evaluate(&request, &policy, now).unwrap();
    assert!(d.items[0].eligible);
    assert!(!d.codes().any(|c| c == "returns.holidays_not_built_in"));
}
