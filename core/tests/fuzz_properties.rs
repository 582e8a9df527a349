//! Property tests over every text reader: whatever the input (multi-byte
//! text, huge integers, deep nesting, long repetitions), a reader returns a
//! value or an error with one of its documented codes, and never panics or
//! overflows the stack. Case counts keep the suite to a few seconds in a
//! debug build.

use caredesk::calendar::Calendar;
use caredesk::reply::{ReplyCatalog, lint_sources};
use caredesk::sla::{Sla, TargetDuration};
use caredesk::ticket::Ticket;
use caredesk::triage::{Triage, TriageConfig};
use caredesk::{Error, Money};
use proptest::prelude::*;

/// Pieces hostile text is made of: syntax of the formats read, multi-byte
/// characters, digits, whitespace.
const PIECES: &[&str] = &[
    "{",
    "}",
    "{ ",
    " }",
    "$x",
    "$",
    "->",
    "*[other]",
    "[one]",
    "[",
    "]",
    "=",
    "m = ",
    "\n",
    "\n  ",
    " ",
    "-",
    ".",
    "..",
    "é",
    "日本",
    "🎉",
    "\u{202e}",
    "\u{0}",
    "0",
    "9",
    "99999999999999999999",
    "h",
    "m",
    "s",
    "1h",
    "30m",
    "#",
    "\"",
    "\\",
    "a",
    "msg",
    "-term",
    "NUMBER(",
    "MONEY($a)",
    ")",
    ",",
    ":",
    "T",
    "Z",
    "+",
    "e",
    "E",
    "*",
    "\t",
    "\r\n",
];

fn pieces(max: usize) -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..max).prop_map(|v| v.concat())
}

/// Hostile text: random pieces, one piece repeated thousands of times, text
/// nested thousands deep, or arbitrary Unicode.
fn hostile_text() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => pieces(60),
        1 => (prop::sample::select(PIECES), 1..20_000usize).prop_map(|(p, n)| p.repeat(n)),
        1 => (prop::sample::select(&["{", "[", "(", "{ $x ->\n *[a] "][..]), 1..5_000usize, pieces(5))
            .prop_map(|(open, n, middle)| {
                let close = match open { "{" => "}", "[" => "]", "(" => ")", _ => "\n}" };
                format!("{}{middle}{}", open.repeat(n), close.repeat(n))
            }),
        1 => any::<String>(),
    ]
}

/// A hostile JSON value, as text: strings, huge numbers, deep nesting.
fn hostile_json() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => hostile_text().prop_map(|t| serde_json::to_string(&t).unwrap_or_default()),
        1 => (1..400usize).prop_map(|n| "9".repeat(n)),
        1 => (1..400usize).prop_map(|n| format!("-{}", "9".repeat(n))),
        1 => prop::sample::select(&[
            "9223372036854775807", "-9223372036854775808", "18446744073709551616", "1e999",
            "-1e-999", "0.5", "-0", "true", "null", "[]", "{}", "\"\"",
            "[12900, \"EUR\"]", "{\"minor\": 1, \"currency\": \"EUR\"}",
        ][..]).prop_map(str::to_string),
        1 => (1..3_000usize).prop_map(|n| format!("{}1{}", "[".repeat(n), "]".repeat(n))),
        1 => (1..3_000usize).prop_map(|n| format!("{}1{}", "{\"a\":".repeat(n), "}".repeat(n))),
    ]
}

/// `template` with its `@` replaced by a hostile JSON value.
fn filled(templates: &'static [&'static str]) -> impl Strategy<Value = String> {
    (prop::sample::select(templates), hostile_json()).prop_map(|(t, v)| t.replacen('@', &v, 1))
}

fn assert_code<T>(result: Result<T, Error>, allowed: &[&str]) -> Result<(), TestCaseError> {
    if let Err(e) = result {
        prop_assert!(
            allowed.contains(&e.code()),
            "undocumented code {}: {e}",
            e.code()
        );
    }
    Ok(())
}

const TICKETS: &[&str] = &[
    r#"{"id": @, "channel": "email", "customer": {"id": "c-1"}, "created_at": "2026-03-02T09:00:00Z", "events": []}"#,
    r#"{"id": "T-1", "channel": @, "customer": {"id": "c-1"}, "created_at": "2026-03-02T09:00:00Z", "events": []}"#,
    r#"{"id": "T-1", "channel": "email", "customer": {"id": "c-1", "locale": @}, "created_at": "2026-03-02T09:00:00Z", "events": []}"#,
    r#"{"id": "T-1", "channel": "email", "customer": {"id": "c-1"}, "created_at": @, "events": []}"#,
    r#"{"id": "T-1", "channel": "email", "customer": {"id": "c-1"}, "created_at": "2026-03-02T09:00:00Z", "events": @}"#,
    r#"{"id": "T-1", "channel": "email", "customer": {"id": "c-1"}, "created_at": "2026-03-02T09:00:00Z", "events": [{"type": "message_added", "message": {"id": "m1", "at": @, "author": "customer", "body": "hi"}}]}"#,
    r#"{"id": "T-1", "channel": "email", "customer": {"id": "c-1"}, "created_at": "2026-03-02T09:00:00Z", "events": [{"type": "message_added", "message": {"id": "m1", "at": "2026-03-02T09:00:00Z", "author": "customer", "body": @}}]}"#,
    r#"{"id": "T-1", "channel": "email", "customer": {"id": "c-1"}, "created_at": "2026-03-02T09:00:00Z", "events": [{"type": "priority_changed", "at": "2026-03-02T09:01:00Z", "priority": @}]}"#,
];

const SLA_CONFIGS: &[&str] = &[
    r#"{"policies": [{"name": "p", "targets": {"first_reply": {"within": @}}}]}"#,
    r#"{"policies": [{"name": "p", "targets": {"first_reply": {"within": "1h", "warn": {"before": @}}}}]}"#,
    r#"{"policies": [{"name": "p", "targets": {"first_reply": {"within": "1h", "warn": {"at_percent": @}}}}]}"#,
    r#"{"policies": [{"name": @, "targets": {"first_reply": {"within": {"urgent": "1h", "low": @}}}}]}"#,
    r#"{"calendars": {"office": {"zone": @, "weekly": {"mon": [["09:00", "18:00"]]}}}, "policies": [{"name": "p", "clock": "office", "targets": {"first_reply": {"within": "8h"}}}]}"#,
    r#"{"calendars": {"office": {"zone": "Europe/Rome", "weekly": {"mon": [[@, "18:00"]]}}}, "policies": []}"#,
    r#"{"calendars": {"office": {"zone": "Europe/Rome", "weekly": {"mon": [["09:00", "18:00"]]}, "holidays": [{"date": @}]}}, "policies": []}"#,
];

const CALENDARS: &[&str] = &[
    r#"{"zone": @, "always": true}"#,
    r#"{"zone": "Europe/Rome", "weekly": {"mon": @}}"#,
    r#"{"zone": "Europe/Rome", "weekly": {"mon": [["09:00", @]]}}"#,
    r#"{"zone": "Europe/Rome", "always": true, "holidays": [{"date": @}]}"#,
    r#"{"zone": "Europe/Rome", "always": true, "holiday_sets": [@]}"#,
];

const TRIAGE_CONFIGS: &[&str] = &[
    r#"{"builtin": false, "packs": [{"language": @, "rules": []}]}"#,
    r#"{"builtin": false, "packs": [{"language": "it", "rules": [{"id": "it.x.y", "kind": "topic", "topic": "other", "weight": 1.0, "patterns": [@]}]}]}"#,
    r#"{"builtin": false, "packs": [{"language": "it", "rules": [{"id": "it.x.y", "kind": "topic", "topic": "other", "weight": 1.0, "regex": @}]}]}"#,
    r#"{"builtin": false, "packs": [{"language": "it", "rules": [{"id": "it.x.y", "kind": "sentiment", "weight": @, "patterns": ["bene"]}]}]}"#,
    r#"{"builtin": false, "packs": [{"language": "it", "negations": [@], "rules": []}]}"#,
    r#"{"disable": [@]}"#,
    r#"{"high_value": {"EUR": @}}"#,
    r#"{"max_scan_chars": @}"#,
];

const INPUT: &[&str] = &[
    "input.json",
    "input.toml",
    "input.invalid",
    "input.unknown_value",
    "input.naive_datetime",
];

fn codes(extra: &[&'static str]) -> Vec<&'static str> {
    INPUT.iter().copied().chain(extra.iter().copied()).collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn ftl_sources_compile_or_fail_with_reply_codes(text in hostile_text()) {
        let result = ReplyCatalog::from_sources([("en.ftl", text.as_str())]);
        assert_code(result, &["reply.syntax", "reply.invalid_locale", "reply.render"])?;
    }

    #[test]
    fn ftl_sources_lint_without_panicking(text in hostile_text()) {
        let report = lint_sources([("de.ftl", text.as_str()), ("en.ftl", "m = { $x }\n")], false);
        prop_assert!(report.issues.iter().all(|i| i.code.starts_with("lint.")));
    }

    #[test]
    fn money_text_parses_or_fails_with_money_codes(text in hostile_text(), currency in prop_oneof![
        Just("EUR".to_string()), Just("JPY".to_string()), Just("BHD".to_string()), hostile_text()
    ]) {
        let result = Money::parse(&text, &currency);
        if let Ok(m) = &result {
            // What parses writes back as the same amount.
            prop_assert_eq!(Money::parse(&m.to_decimal_string(), &currency).ok(), Some(*m));
        }
        assert_code(result, &["input.invalid", "money.negative", "money.precision", "money.overflow", "money.unknown_currency"])?;
    }

    #[test]
    fn money_json_reads_or_fails_with_codes(value in hostile_json()) {
        for text in [value.clone(), format!(r#"{{"minor": {value}, "currency": "EUR"}}"#), format!(r#"{{"minor": 1, "currency": {value}}}"#)] {
            let result = caredesk::wire::from_json::<Money>(&text);
            assert_code(result, &codes(&["money.negative", "money.unknown_currency", "money.overflow"]))?;
        }
    }

    #[test]
    fn duration_strings_parse_or_fail_with_input_invalid(text in hostile_text()) {
        let result = TargetDuration::parse(&text);
        if let Ok(d) = result {
            prop_assert_eq!(TargetDuration::parse(&d.to_string()).ok(), Some(d));
        }
        assert_code(result, &["input.invalid"])?;
    }

    #[test]
    fn duration_seconds_never_panic(secs in any::<i64>()) {
        assert_code(TargetDuration::from_seconds(secs), &["input.invalid"])?;
    }

    #[test]
    fn ticket_json_reads_or_fails_with_codes(text in filled(TICKETS)) {
        let result = Ticket::from_json(&text);
        if let Ok(t) = &result {
            // What reads writes back to the same ticket.
            let back = Ticket::from_json(&t.to_json());
            prop_assert!(back.is_ok(), "{:?}", back);
            prop_assert_eq!(back.map(|b| b.to_json()).ok(), Some(t.to_json()));
        }
        assert_code(result, &codes(&[
            "ticket.illegal_transition", "ticket.closed", "ticket.before_creation",
            "ticket.time_went_backwards", "ticket.snapshot_mismatch", "ticket.duplicate_message",
        ]))?;
    }

    #[test]
    fn sla_config_json_reads_or_fails_with_codes(text in filled(SLA_CONFIGS)) {
        assert_code(Sla::from_json(&text), &codes(&[
            "sla.empty_interval", "sla.overlapping_hours", "sla.no_open_time",
            "sla.overflow", "sla.unknown_calendar",
        ]))?;
    }

    #[test]
    fn calendar_config_json_reads_or_fails_with_codes(text in filled(CALENDARS)) {
        assert_code(Calendar::from_json(&text), &codes(&[
            "sla.empty_interval", "sla.overlapping_hours", "sla.no_open_time", "sla.overflow",
        ]))?;
    }

    #[test]
    fn triage_config_json_reads_or_fails_with_codes(text in filled(TRIAGE_CONFIGS)) {
        assert_code(Triage::from_json(&text), &codes(&["triage.invalid_rule", "money.unknown_currency"]))?;
    }

    #[test]
    fn triage_pack_toml_reads_or_fails_with_codes(value in hostile_text()) {
        let quoted = toml_string(&value);
        for text in [
            format!("[[packs]]\nlanguage = \"it\"\n[[packs.rules]]\nid = \"it.x.y\"\nkind = \"topic\"\ntopic = \"other\"\nweight = 1.0\npatterns = [{quoted}]\n"),
            format!("[[packs]]\nlanguage = \"it\"\n[[packs.rules]]\nid = \"it.x.y\"\nkind = \"topic\"\ntopic = \"other\"\nweight = 1.0\nregex = {quoted}\n"),
            value.clone(),
        ] {
            let result = TriageConfig::from_toml(&text).and_then(Triage::new);
            assert_code(result, &codes(&["triage.invalid_rule", "money.unknown_currency"]))?;
        }
    }
}

/// `text` as a TOML basic string.
fn toml_string(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}
