//! Triage behaviour that the labelled set does not pin: configuration,
//! explanations, bounded work on hostile input.

use caredesk::triage::{ReasonKind, Sentiment, Topic, Triage, TriageConfig, TriageInput};
use caredesk::{Channel, Priority};

fn input(subject: &str, body: &str) -> TriageInput {
    TriageInput {
        subject: (!subject.is_empty()).then(|| subject.to_string()),
        body: body.to_string(),
        channel: Channel::Email,
        marketplace: None,
        customer_tier: None,
        previous_tickets: None,
        order: None,
        received_at: None,
    }
}

#[test]
fn negation_cancels_a_match() {
    let t = Triage::builtin();
    let r = t.classify(&input(
        "",
        "Hello, I do not want to cancel my order, I only need to change the delivery address on my account.",
    ));
    assert_ne!(r.topic.topic, Topic::Cancellation, "{:?}", r.topic);
    assert!(!r.reasons.iter().any(|x| x.code == "en.cancellation.words"));
}

#[test]
fn reasons_carry_spans_into_the_original_text() {
    let t = Triage::builtin();
    let body = "Buongiorno 😡 il pacco NON È ARRIVATO e sono passate due settimane!!";
    let r = t.classify(&input("", body));
    // The model's reasons name words of the message, in characters of the
    // original text (the emoji is one character, accents stay).
    let words: Vec<_> = r
        .reasons
        .iter()
        .filter(|x| x.code.starts_with("model."))
        .collect();
    assert!(!words.is_empty(), "{:?}", r.reasons);
    for hit in words {
        let [a, b] = hit.span.unwrap();
        let text: String = body.chars().skip(a).take(b - a).collect();
        assert_eq!(text, hit.text);
        assert_eq!(hit.code, format!("model.{}", r.topic.label));
    }
    assert_eq!(r.sentiment, Sentiment::Negative);
}

#[test]
fn empty_and_junk_text_are_answered_not_refused() {
    let t = Triage::builtin();
    let r = t.classify(&input("", ""));
    assert_eq!(r.topic.topic, Topic::Other);
    assert!(r.language.is_none());
    assert!(r.reasons.iter().any(|x| x.code == "topic.no_evidence"));
    let junk: String = (0u32..2000)
        .filter_map(|i| char::from_u32(i * 7 % 0x2FF))
        .collect();
    let r = t.classify(&input("\u{0}\u{1}\u{7f}", &junk));
    assert!(r.scanned_chars > 0);
}

#[test]
fn ten_megabytes_are_bounded_and_said_so() {
    let t = Triage::builtin();
    let big = "where is my order? ".repeat(10 * 1024 * 1024 / 19);
    let r = t.classify(&input("", &big));
    assert!(r.truncated);
    assert_eq!(r.scanned_chars, 20_000);
    assert!(
        r.reasons
            .iter()
            .any(|x| x.code == "input.truncated" && x.kind == ReasonKind::Input)
    );
    assert_eq!(r.topic.topic, Topic::OrderStatus);
}

#[test]
fn config_errors_name_the_rule_or_field() {
    let err = Triage::from_toml(
        "[[packs]]\nlanguage = \"en\"\n[[packs.rules]]\nid = \"en.x.bad\"\nkind = \"topic\"\ntopic = \"other\"\nweight = 1.0\nregex = \"(unclosed\"\n",
    )
    .unwrap_err();
    assert_eq!(err.code(), "triage.invalid_rule");
    assert_eq!(err.field(), Some("packs[0].rules[0].regex"));
    assert!(err.to_string().contains("en.x.bad"));

    let err = Triage::from_toml("weights = { \"en.refund_status.words\" = 11.0 }").unwrap_err();
    assert_eq!(
        (err.code(), err.field()),
        ("input.invalid", Some("weights.en.refund_status.words"))
    );
    let err = Triage::from_toml("disable = [\"xx.nothing\"]").unwrap_err();
    assert_eq!(
        (err.code(), err.field()),
        ("input.unknown_value", Some("disable[0]"))
    );
    let err = Triage::from_toml("[[packs]]\nlanguage = \"xx\"\n").unwrap_err();
    assert_eq!(
        (err.code(), err.field()),
        ("input.unknown_value", Some("packs[0].language"))
    );
    let err = Triage::from_toml("max_scan_chars = 0").unwrap_err();
    assert_eq!(err.field(), Some("max_scan_chars"));
    let err = Triage::from_toml("high_value = { XXX = 5 }").unwrap_err();
    assert_eq!(err.field(), Some("high_value.XXX"));
}

#[test]
fn a_shop_can_add_override_and_disable_rules() {
    let base = Triage::builtin();
    let text = input(
        "",
        "Is the Alpine jacket back in stock before Black Friday?",
    );
    assert!(base.classify(&text).presale);

    let shop = Triage::from_toml(
        "disable = [\"en.presale.words\"]\n[[packs]]\nlanguage = \"en\"\n[[packs.rules]]\nid = \"en.presale.black_friday\"\nkind = \"presale\"\nweight = 2.0\npatterns = [\"black friday\"]\n",
    )
    .unwrap();
    let r = shop.classify(&text);
    assert!(
        r.reasons
            .iter()
            .any(|x| x.code == "en.presale.black_friday")
    );
    assert!(!r.reasons.iter().any(|x| x.code == "en.presale.words"));
}

#[test]
fn priority_signals_and_facts() {
    let t = Triage::builtin();
    let r = t.classify(&input(
        "",
        "You charged me twice for order 4411. I will contact my lawyer.",
    ));
    assert_eq!(r.priority, Priority::Urgent);
    assert!(r.reasons.iter().any(|x| x.code == "priority.double_charge"));

    let mut vip = input("", "The zip on my jacket broke after two days.");
    vip.customer_tier = Some("VIP".into());
    let r = t.classify(&vip);
    assert_eq!(r.topic.topic, Topic::DamagedDefective);
    assert_eq!(r.priority, Priority::High);

    let presale = input(
        "",
        "Hi! Do you ship to Norway, and what size should I take in the Ridge boots?",
    );
    let r = t.classify(&presale);
    assert!(r.presale);
    assert!(r.priority >= Priority::Normal);
}

#[test]
fn config_round_trips_through_json() {
    let config =
        TriageConfig::from_toml("disable = [\"en.feedback.words\"]\nmax_scan_chars = 5000\n")
            .unwrap();
    let json = serde_json::to_string(&config).unwrap();
    assert_eq!(TriageConfig::from_json(&json).unwrap(), config);
}
