//! Hostile input is ordinary input: each test names the class of input that
//! used to crash or stall a reader, and checks that it now returns quickly
//! with a result or a coded error. Super-linear work is caught by running
//! two sizes and comparing, with generous bounds (these run in debug builds).

use std::time::{Duration, Instant};

use caredesk::reply::{MAX_NESTING, ReplyCatalog, Tone, lint, lint_sources};

/// Runs `f` on `small` and on `big` (ten times larger) inputs and fails when
/// the larger one costs far more than ten times the smaller (quadratic work
/// would cost a hundred times). Timings under a few milliseconds are noise,
/// so the smaller run is counted as at least 20 ms.
fn assert_linear<T>(what: &str, small: T, big: T, f: impl Fn(T)) {
    let t = Instant::now();
    f(small);
    let small_time = t.elapsed().max(Duration::from_millis(20));
    let t = Instant::now();
    f(big);
    let big_time = t.elapsed();
    assert!(
        big_time < small_time * 40,
        "{what}: 10x the input took {big_time:?} against {small_time:?}"
    );
    assert!(big_time < Duration::from_secs(5), "{what}: {big_time:?}");
}

// ---- reply: deeply nested FTL ----------------------------------------------

fn nested_placeables(depth: usize) -> String {
    format!("x = {}$a{}\n", "{".repeat(depth), "}".repeat(depth))
}

fn nested_selects(depth: usize) -> String {
    let mut s = String::from("x = ");
    for _ in 0..depth {
        s.push_str("{ $a ->\n *[other] ");
    }
    s.push_str("deep");
    for _ in 0..depth {
        s.push_str("\n}");
    }
    s.push('\n');
    s
}

#[test]
fn deeply_nested_ftl_is_refused_by_the_catalog() {
    for text in [nested_placeables(10_000), nested_selects(3_000)] {
        let err = ReplyCatalog::from_sources([("en.ftl", text.as_str())]).unwrap_err();
        assert_eq!(err.code(), "reply.syntax", "{err}");
        assert_eq!(err.field(), Some("en.ftl"));
        assert!(err.to_string().contains("nested"), "{err}");
    }
    // Up to the limit is fine.
    let ok = nested_placeables(MAX_NESTING);
    let catalog = ReplyCatalog::from_sources([("en.ftl", ok.as_str())]).unwrap();
    assert_eq!(catalog.variables("en", Tone::Formal, "x"), Some(vec!["a"]));
    let over = nested_placeables(MAX_NESTING + 1);
    let err = ReplyCatalog::from_sources([("en.ftl", over.as_str())]).unwrap_err();
    assert_eq!(
        err.to_string(),
        format!(
            "en.ftl:1:{}: placeables nested more than {MAX_NESTING} deep (the limit)",
            5 + MAX_NESTING
        )
    );
}

#[test]
fn braces_in_string_literals_neither_hide_nor_make_nesting() {
    // Closing braces inside strings do not cancel real nesting...
    let mut hidden = String::from("x = ");
    for _ in 0..2_000 {
        hidden.push_str("{ NUMBER(\"}}}}\", ");
    }
    hidden.push_str("$a");
    for _ in 0..2_000 {
        hidden.push_str(") }");
    }
    hidden.push('\n');
    let err = ReplyCatalog::from_sources([("en.ftl", hidden.as_str())]).unwrap_err();
    assert_eq!(err.code(), "reply.syntax");
    assert!(err.to_string().contains("nested"), "{err}");
    let report = lint_sources([("en.ftl", hidden.as_str())], false);
    assert!(
        report.issues.iter().any(|i| i.code == "lint.syntax"),
        "{report}"
    );
    // ...and opening braces inside strings or comments are not nesting.
    let braces = "{".repeat(100);
    let src = format!(
        "# {braces}\nx = {{ \"{braces}\" }} and {{ $a ->\n   [k] \"{{ $b }}\"\n  *[o] o\n}}\n"
    );
    let c = ReplyCatalog::from_sources([("en.ftl", src.as_str())]).unwrap();
    assert_eq!(c.variables("en", Tone::Formal, "x"), Some(vec!["a", "b"]));
}

#[test]
fn deeply_nested_ftl_is_a_lint_error_not_a_crash() {
    let deep = nested_selects(5_000);
    let report = lint_sources([("en.ftl", deep.as_str()), ("de.ftl", "x = ok\n")], false);
    let syntax: Vec<_> = report
        .issues
        .iter()
        .filter(|i| i.code == "lint.syntax")
        .collect();
    assert_eq!(syntax.len(), 1, "{report}");
    assert_eq!(syntax[0].file.as_deref(), Some("en.ftl"));
    assert_eq!(syntax[0].line, Some(1 + MAX_NESTING as u32));
    assert!(!report.is_ok());
}

#[test]
fn oversized_ftl_source_is_refused() {
    let big = "m = x\n".repeat(caredesk::reply::MAX_SOURCE_BYTES / 6 + 1);
    let err = ReplyCatalog::from_sources([("en.ftl", big.as_str())]).unwrap_err();
    assert_eq!(err.code(), "reply.syntax");
}

// ---- reply: chains of message references -----------------------------------

fn reference_chain(n: usize) -> String {
    let mut s = String::new();
    for i in 0..n {
        s.push_str(&format!("m{i} = {{m{}}}\n", i + 1));
    }
    s.push_str(&format!("m{n} = end {{ $last }}\n"));
    s
}

#[test]
fn long_reference_chain_compiles_without_overflow() {
    let text = reference_chain(8_000);
    let catalog = ReplyCatalog::from_sources([("en.ftl", text.as_str())]).unwrap();
    // The variable at the end of the chain is known at its start.
    assert_eq!(
        catalog.variables("en", Tone::Formal, "m0"),
        Some(vec!["last"])
    );
    assert_eq!(
        catalog.variables("en", Tone::Formal, "m7999"),
        Some(vec!["last"])
    );
}

#[test]
fn long_reference_chain_lints_and_renders_without_overflow() {
    use caredesk::reply::{Args, RenderOptions};
    let text = reference_chain(8_000);
    let report = lint_sources([("en.ftl", text.as_str())], false);
    // Fluent resolves at most 100 placeables per render: a long chain is a
    // render error, reported per message, never a crash.
    assert!(
        report.errors().all(|i| i.code == "lint.render_error"),
        "{report}"
    );
    assert!(report.errors().count() > 7_000);
    let c = ReplyCatalog::from_sources([("en.ftl", text.as_str())]).unwrap();
    let args = Args::new().with("last", "x");
    let err = c
        .render("m0", &"en".into(), &args, &RenderOptions::default())
        .unwrap_err();
    assert_eq!(err.code(), "reply.render");
    let near = c
        .render("m7990", &"en".into(), &args, &RenderOptions::default())
        .unwrap();
    assert_eq!(near.text, "end x");
}

#[test]
fn reference_chain_analysis_is_linear() {
    assert_linear("reference chain", 600, 6_000, |n| {
        let text = reference_chain(n);
        let c = ReplyCatalog::from_sources([("en.ftl", text.as_str())]).unwrap();
        assert_eq!(c.variables("en", Tone::Formal, "m0"), Some(vec!["last"]));
    });
}

#[test]
fn reference_cycles_still_compile_and_fail_to_render() {
    let c =
        ReplyCatalog::from_sources([("en.ftl", "a = { b } { $x }\nb = { a } { $y }\n")]).unwrap();
    let a = c.variables("en", Tone::Formal, "a").unwrap();
    assert!(a.contains(&"x") && a.contains(&"y"), "{a:?}");
    let report = lint(&c);
    assert!(
        report.issues.iter().any(|i| i.code == "lint.render_error"),
        "{report}"
    );
}

// ---- reply: the linter on selects with many variants ------------------------

fn many_variants(n: usize) -> String {
    let mut s = String::from("x = { $k ->\n");
    for i in 0..n {
        s.push_str(&format!("  [k{i}] text {{ $v{i} }}\n"));
    }
    s.push_str(" *[other] none\n}\n");
    s
}

#[test]
fn select_with_many_variants_lints_in_linear_time() {
    assert_linear("lint variants", 200, 2_000, |n| {
        let text = many_variants(n);
        let report = lint_sources([("en.ftl", text.as_str())], false);
        assert!(report.is_ok(), "{report}");
        assert_eq!(report.renders, n + 2);
    });
}

#[test]
fn lint_still_renders_each_variant() {
    // The broken variant is neither the default nor the first.
    let src = "x = { $k ->\n  [a] fine\n  [b] { missing-message }\n *[c] fine too\n}\n";
    let report = lint_sources([("en.ftl", src)], false);
    let errors: Vec<_> = report.errors().collect();
    assert_eq!(errors.len(), 1, "{report}");
    assert_eq!(errors[0].code, "lint.render_error");
    assert_eq!(errors[0].message_id.as_deref(), Some("x"));
    assert_eq!(errors[0].line, Some(1));
}

// ---- sla: target seconds ------------------------------------------------------

#[test]
fn huge_sla_target_seconds_are_refused_not_panics() {
    use caredesk::sla::{SlaPolicySetConfig, TargetDuration};
    for secs in [
        i64::MAX,
        i64::MIN,
        i64::MAX / 999,
        9_223_372_036_854_776,
        -1,
        0,
    ] {
        let err = TargetDuration::from_seconds(secs).unwrap_err();
        assert_eq!(err.code(), "input.invalid", "{secs}");
        assert!(err.to_string().contains(&secs.to_string()), "{err}");
    }
    assert_eq!(
        TargetDuration::from_seconds(315_360_000)
            .unwrap()
            .to_string(),
        "87600h"
    );
    let within = r#"{"policies": [{"name": "p", "targets": {"first_reply": {"within": 9223372036854775807}}}]}"#;
    let err = SlaPolicySetConfig::from_json(within).unwrap_err();
    assert_eq!(err.code(), "input.invalid");
    assert_eq!(err.field(), Some("policies[0].targets.first_reply.within"));
    let before = r#"{"policies": [{"name": "p", "targets": {"first_reply": {"within": "1h", "warn": {"before": -9223372036854775808}}}}]}"#;
    let err = SlaPolicySetConfig::from_json(before).unwrap_err();
    assert_eq!(err.code(), "input.invalid");
    assert_eq!(
        err.field(),
        Some("policies[0].targets.first_reply.warn.before")
    );
    let toml = "[[policies]]\nname = \"p\"\ntargets.first_reply.within = 9223372036854775807\n";
    let err = SlaPolicySetConfig::from_toml(toml).unwrap_err();
    assert_eq!(err.code(), "input.invalid");
    assert_eq!(err.field(), Some("policies[0].targets.first_reply.within"));
}

// ---- money: signs and shapes --------------------------------------------------

#[test]
fn negative_money_text_reports_the_amount_given() {
    use caredesk::{Error, Money};
    let minor = |text: &str, cur: &str| match Money::parse(text, cur).unwrap_err() {
        Error::MoneyNegative { minor, field } => {
            assert_eq!(field, "amount");
            Some(minor)
        }
        _ => None,
    };
    assert_eq!(minor("-12.50", "EUR"), Some(-1250));
    assert_eq!(minor("-1", "EUR"), Some(-100));
    assert_eq!(minor("-7", "JPY"), Some(-7));
    assert_eq!(
        minor("-9223372036854775807", "JPY"),
        Some(-9_223_372_036_854_775_807)
    );
    for (text, code) in [
        ("-abc", "input.invalid"),
        ("-", "input.invalid"),
        ("--5", "input.invalid"),
        ("-0", "input.invalid"),
        ("-0.00", "input.invalid"),
        ("- 5", "input.invalid"),
        ("-1.234", "money.precision"),
        ("-99999999999999999999", "money.overflow"),
    ] {
        let err = Money::parse(text, "EUR").unwrap_err();
        assert_eq!(err.code(), code, "{text:?}: {err}");
        assert_eq!(err.field(), Some("amount"));
    }
    let err = Money::parse("-abc", "EUR").unwrap_err();
    assert!(err.to_string().contains("\"-abc\""), "{err}");
}

#[test]
fn money_json_must_be_an_object() {
    use caredesk::Money;
    for bad in [
        r#"[12900, "EUR"]"#,
        "12900",
        r#""129.00 EUR""#,
        "null",
        r#"{"minor": 1}"#,
    ] {
        let err = serde_json::from_str::<Money>(bad).unwrap_err();
        assert!(!err.to_string().is_empty(), "{bad}");
    }
    let err = serde_json::from_str::<Money>(r#"[12900, "EUR"]"#).unwrap_err();
    assert!(err.to_string().contains("expected an object"), "{err}");
    let err = serde_json::from_str::<Money>(r#"{"minor": 1, "currency": "EUR", "minor": 2}"#)
        .unwrap_err();
    assert!(err.to_string().contains("duplicate field"), "{err}");
    let err =
        serde_json::from_str::<Money>(r#"{"minor": 1, "currency": "EUR", "x": 2}"#).unwrap_err();
    assert!(err.to_string().contains("unknown field"), "{err}");
    let ok: Money = serde_json::from_str(r#"{"currency": "EUR", "minor": 12900}"#).unwrap();
    assert_eq!(ok, Money::new(12_900, "EUR").unwrap());
    let toml_ok: Money = toml::from_str("minor = 5\ncurrency = \"JPY\"\n").unwrap();
    assert_eq!(toml_ok.minor(), 5);
}

// ---- calendar: business days at the ends of i64 -------------------------------

fn office() -> caredesk::calendar::Calendar {
    caredesk::calendar::Calendar::from_json(
        r#"{"zone": "Europe/Rome", "weekly": {"mon": [["09:00", "18:00"]], "tue": [["09:00", "18:00"]]}}"#,
    )
    .unwrap()
}

#[test]
fn business_days_at_i64_extremes_overflow() {
    let c = office();
    let day = chrono::NaiveDate::from_ymd_opt(2026, 3, 2).unwrap();
    for n in [i64::MIN, i64::MIN + 1, i64::MAX, -(1 << 40), 1 << 40] {
        let err = c.add_business_days(day, n).unwrap_err();
        assert_eq!(err.code(), "sla.overflow", "{n}");
        assert_eq!(err.field(), Some("n"));
    }
    // Ordinary values still work, in both directions.
    assert_eq!(
        c.add_business_days(day, 1).unwrap(),
        day.succ_opt().unwrap()
    );
    assert_eq!(
        c.add_business_days(day, -1).unwrap(),
        chrono::NaiveDate::from_ymd_opt(2026, 2, 24).unwrap()
    );
}

// ---- instants: the year 9999, leap seconds, nanoseconds -----------------------

#[test]
fn calendar_results_past_year_9999_are_overflow() {
    use chrono::{TimeDelta, TimeZone, Utc};
    let c = office();
    let late = Utc.with_ymd_and_hms(9999, 12, 20, 12, 0, 0).unwrap();
    let err = c.add(late, TimeDelta::hours(100)).unwrap_err();
    assert_eq!(err.code(), "sla.overflow");
    assert_eq!(err.field(), Some("business_duration"));
    assert!(c.add(late, TimeDelta::hours(1)).is_ok());
    let always =
        caredesk::calendar::Calendar::from_json(r#"{"zone": "UTC", "always": true}"#).unwrap();
    let err = always.add(late, TimeDelta::days(30)).unwrap_err();
    assert_eq!(err.code(), "sla.overflow");
    let last = Utc.with_ymd_and_hms(9999, 12, 31, 23, 0, 0).unwrap();
    assert_eq!(always.next_close(last), None);
    assert_eq!(c.next_open(last), None);
}

#[test]
fn instant_writer_refuses_years_past_9999() {
    use chrono::{DateTime, TimeZone, Utc};
    #[derive(serde::Serialize)]
    struct W(#[serde(with = "caredesk::instant")] DateTime<Utc>);
    let past = Utc.with_ymd_and_hms(10_000, 1, 1, 12, 0, 0).unwrap();
    let err = serde_json::to_string(&W(past)).unwrap_err();
    assert!(
        err.to_string().contains("outside the years 1900 to 9999"),
        "{err}"
    );
    let last = Utc.with_ymd_and_hms(9999, 12, 31, 23, 59, 59).unwrap();
    assert_eq!(
        serde_json::to_string(&W(last)).unwrap(),
        r#""9999-12-31T23:59:59Z""#
    );
    // What caredesk writes it reads back.
    let back = caredesk::instant::parse("9999-12-31T23:59:59Z", "at").unwrap();
    assert_eq!(back, last);
    assert_eq!(
        caredesk::instant::parse("+10000-01-01T12:00:00Z", "at")
            .unwrap_err()
            .code(),
        "input.invalid"
    );
}

#[test]
fn leap_seconds_are_refused_naming_the_field() {
    for text in [
        "2016-12-31T23:59:60Z",
        "2016-12-31T23:59:60.5Z",
        "2017-01-01T00:59:60+01:00",
    ] {
        let err = caredesk::instant::parse(text, "created_at").unwrap_err();
        assert_eq!(err.code(), "input.invalid", "{text}");
        assert_eq!(err.field(), Some("created_at"));
        assert!(err.to_string().contains("leap second"), "{err}");
    }
    let ticket = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../tests/vectors/tickets/assignment_and_unassignment.json"
    ))
    .unwrap();
    let doc: serde_json::Value = serde_json::from_str(&ticket).unwrap();
    let mut input = doc["ticket"].clone();
    input["created_at"] = "2016-12-31T23:59:60Z".into();
    let err = caredesk::ticket::Ticket::from_value(input).unwrap_err();
    assert_eq!(err.code(), "input.invalid");
    assert_eq!(err.field(), Some("created_at"));
}

#[test]
fn nanosecond_instants_survive_a_ticket_json_round_trip() {
    let ticket = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../tests/vectors/tickets/assignment_and_unassignment.json"
    ))
    .unwrap();
    let doc: serde_json::Value = serde_json::from_str(&ticket).unwrap();
    let mut input = doc["ticket"].clone();
    input["created_at"] = "2026-03-02T08:59:59.123456789Z".into();
    let t = caredesk::ticket::Ticket::from_value(input).unwrap();
    let json = t.to_json();
    assert!(json.contains("2026-03-02T08:59:59.123456789Z"), "{json}");
    let back = caredesk::ticket::Ticket::from_json(&json).unwrap();
    assert_eq!(back.created_at(), t.created_at());
    assert_eq!(back.to_json(), json);
}

// ---- triage: pattern packs ------------------------------------------------------

fn pack_with_patterns(n: usize) -> serde_json::Value {
    let patterns: Vec<String> = (0..n).map(|i| format!("parola{i}")).collect();
    serde_json::json!({
        "builtin": false,
        "packs": [{"language": "it", "rules": [
            {"id": "it.other.many", "kind": "topic", "topic": "other", "weight": 1.0, "patterns": patterns}
        ]}]
    })
}

fn triage(config: serde_json::Value) -> caredesk::Result<caredesk::triage::Triage> {
    caredesk::triage::Triage::from_json(&config.to_string())
}

#[test]
fn huge_triage_packs_are_refused_fast() {
    use caredesk::triage::{MAX_PATTERN_CHARS, MAX_PATTERNS_PER_PACK};
    let t = Instant::now();
    let err = triage(pack_with_patterns(100_000)).unwrap_err();
    assert_eq!(err.code(), "input.invalid");
    assert_eq!(err.field(), Some("packs[0].rules[0].patterns"));
    assert!(t.elapsed() < Duration::from_secs(5), "{:?}", t.elapsed());
    // At the limit it compiles.
    triage(pack_with_patterns(MAX_PATTERNS_PER_PACK)).unwrap();

    let long = "a".repeat(MAX_PATTERN_CHARS + 1);
    let config = serde_json::json!({"builtin": false, "packs": [{"language": "it", "rules": [
        {"id": "it.other.long", "kind": "topic", "topic": "other", "weight": 1.0, "patterns": ["ok", long]}
    ]}]});
    let err = triage(config).unwrap_err();
    assert_eq!(err.code(), "input.invalid");
    assert_eq!(err.field(), Some("packs[0].rules[0].patterns[1]"));

    let rules: Vec<serde_json::Value> = (0..caredesk::triage::MAX_RULES_PER_PACK + 1)
        .map(|i| serde_json::json!({"id": format!("it.other.r{i}"), "kind": "topic", "topic": "other", "weight": 1.0, "patterns": ["x"]}))
        .collect();
    let err = triage(
        serde_json::json!({"builtin": false, "packs": [{"language": "it", "rules": rules}]}),
    )
    .unwrap_err();
    assert_eq!(err.field(), Some("packs[0].rules"));

    let packs: Vec<serde_json::Value> = (0..caredesk::triage::MAX_PACKS + 1)
        .map(|_| serde_json::json!({"language": "it"}))
        .collect();
    let err = triage(serde_json::json!({"packs": packs})).unwrap_err();
    assert_eq!(err.field(), Some("packs"));
}

#[test]
fn triage_pack_compile_is_linear() {
    assert_linear("triage patterns", 400, 4_000, |n| {
        triage(pack_with_patterns(n)).unwrap();
    });
}

#[test]
fn triage_patterns_matching_the_empty_string_are_refused() {
    let rule = |extra: serde_json::Value| {
        let mut r = serde_json::json!({"id": "it.other.empty", "kind": "topic", "topic": "other", "weight": 1.0});
        for (k, v) in extra.as_object().unwrap() {
            r[k] = v.clone();
        }
        serde_json::json!({"builtin": false, "packs": [{"language": "it", "rules": [r]}]})
    };
    for (extra, field) in [
        (serde_json::json!({"regex": ""}), "packs[0].rules[0].regex"),
        (
            serde_json::json!({"regex": "x*"}),
            "packs[0].rules[0].regex",
        ),
        (
            serde_json::json!({"regex": "\\b"}),
            "packs[0].rules[0].regex",
        ),
        (
            serde_json::json!({"regex": "(?:a|)"}),
            "packs[0].rules[0].regex",
        ),
        (
            serde_json::json!({"patterns": ["* *"]}),
            "packs[0].rules[0].patterns[0]",
        ),
        (
            serde_json::json!({"patterns": ["ok", "*"]}),
            "packs[0].rules[0].patterns[1]",
        ),
        (
            serde_json::json!({"patterns": ["  "]}),
            "packs[0].rules[0].patterns[0]",
        ),
    ] {
        let err = triage(rule(extra.clone())).unwrap_err();
        assert_eq!(err.code(), "triage.invalid_rule", "{extra}: {err}");
        assert_eq!(err.field(), Some(field), "{extra}");
        assert!(err.to_string().contains("it.other.empty"), "{err}");
    }
    // A regex that needs at least one character is fine.
    triage(rule(serde_json::json!({"regex": "rimbors\\w*"}))).unwrap();
}

#[test]
fn no_subject_match_without_a_subject() {
    let t = caredesk::triage::Triage::builtin();
    for subject in [None, Some("")] {
        let input: caredesk::triage::TriageInput = serde_json::from_value(serde_json::json!({
            "subject": subject, "body": "Mi avete addebitato due volte l'ordine, voglio un rimborso", "channel": "email"
        }))
        .unwrap();
        let result = t.classify(&input);
        assert!(!result.reasons.is_empty());
        for r in &result.reasons {
            assert_ne!(r.field, Some("subject"), "{r:?}");
        }
    }
}

#[test]
fn triage_at_every_limit_compiles_quickly() {
    use caredesk::triage::{MAX_PACK_BYTES, MAX_PATTERNS, MAX_PATTERNS_PER_PACK};
    // As many patterns as allowed, as long as the byte limit lets them be.
    let each = MAX_PACK_BYTES / MAX_PATTERNS - 10;
    let packs: Vec<serde_json::Value> = (0..MAX_PATTERNS / MAX_PATTERNS_PER_PACK)
        .map(|p| {
            let patterns: Vec<String> = (0..MAX_PATTERNS_PER_PACK)
                .map(|i| format!("{p}w{i:04}{}", "é".repeat(each / 2)))
                .collect();
            serde_json::json!({"language": "it", "rules": [
                {"id": format!("it.other.p{p}"), "kind": "topic", "topic": "other", "weight": 1.0, "patterns": patterns}
            ]})
        })
        .collect();
    let t = Instant::now();
    triage(serde_json::json!({"packs": packs})).unwrap();
    assert!(t.elapsed() < Duration::from_secs(5), "{:?}", t.elapsed());
}

// ---- documents: deep nesting in JSON and TOML ----------------------------------

#[test]
fn deeply_nested_documents_are_refused_by_the_readers() {
    let json = format!(
        "{{\"policies\": {}1{}}}",
        "[".repeat(100_000),
        "]".repeat(100_000)
    );
    let err = caredesk::sla::SlaPolicySetConfig::from_json(&json).unwrap_err();
    assert_eq!(err.code(), "input.json", "{err}");
    let toml = format!(
        "policies = {}1{}\n",
        "[".repeat(100_000),
        "]".repeat(100_000)
    );
    let err = caredesk::sla::SlaPolicySetConfig::from_toml(&toml).unwrap_err();
    assert_eq!(err.code(), "input.toml", "{err}");
    let toml = format!("x = {}1{}\n", "{a = ".repeat(100_000), "}".repeat(100_000));
    let err = caredesk::triage::TriageConfig::from_toml(&toml).unwrap_err();
    assert_eq!(err.code(), "input.toml", "{err}");
}

#[test]
fn sla_deadlines_past_year_9999_are_overflow_not_unwritable_reports() {
    use chrono::{TimeZone, Utc};
    let sla = caredesk::sla::Sla::from_json(
        r#"{"calendars": {"office": {"zone": "UTC", "weekly": {"mon": [["09:00", "18:00"]]}}},
            "policies": [{"name": "p", "clock": "calendar", "targets": {"first_reply": {"within": "87600h"}}}]}"#,
    )
    .unwrap();
    let ticket = |created: &str| {
        caredesk::ticket::Ticket::from_json(&format!(
            r#"{{"id": "T-1", "channel": "email", "customer": {{"id": "c-1"}}, "created_at": "{created}",
                "events": [{{"type": "message_added", "message": {{"id": "m1", "at": "{created}", "author": "customer", "body": "hi"}}}}]}}"#
        ))
        .unwrap()
    };
    let late = ticket("9995-06-01T09:00:00Z");
    let now = Utc.with_ymd_and_hms(9995, 6, 1, 10, 0, 0).unwrap();
    let err = sla.evaluate(&late, now).unwrap_err();
    assert_eq!(err.code(), "sla.overflow", "{err}");
    // A now past 9999 is refused as input rather than written as +10000-...
    let early = ticket("2026-03-02T09:00:00Z");
    let far = Utc.with_ymd_and_hms(10_000, 1, 1, 0, 0, 0).unwrap();
    let err = sla.evaluate(&early, far).unwrap_err();
    assert_eq!((err.code(), err.field()), ("input.invalid", Some("now")));
    // An ordinary report still writes.
    let report = sla
        .evaluate(&early, Utc.with_ymd_and_hms(2026, 3, 2, 10, 0, 0).unwrap())
        .unwrap();
    assert!(
        report
            .to_value()
            .to_string()
            .contains("2036-02-28T09:00:00Z"),
        "{}",
        report.to_value()
    );
}

#[test]
fn translations_with_many_variables_compare_in_n_log_n() {
    let message = |n: usize, prefix: &str| {
        let mut s = String::from("x =");
        for i in 0..n {
            s.push_str(&format!(" {{ ${prefix}{i} }}"));
        }
        s.push('\n');
        s
    };
    assert_linear("lint compare", 300, 3_000, |n| {
        let en = message(n, "a");
        let de = message(n, "b");
        let report = lint_sources([("en.ftl", en.as_str()), ("de.ftl", de.as_str())], false);
        let unknown = report
            .issues
            .iter()
            .filter(|i| i.code == "lint.unknown_variable")
            .count();
        assert_eq!(unknown, n);
    });
}

#[test]
fn integers_beyond_2_pow_53_in_reply_arguments_are_refused_not_rounded() {
    use caredesk::reply::{Args, LocaleRequest, RenderOptions, ReplyCatalog};
    let catalog = ReplyCatalog::from_sources([("en/formal.ftl", "n = Order { $n }\n")]).unwrap();
    let render = |n: i64| {
        catalog.render(
            "n",
            &LocaleRequest::new().profile("en"),
            &Args::new().with("n", n),
            &RenderOptions::default(),
        )
    };
    assert_eq!(render(1 << 53).unwrap().text, "Order 9007199254740992");
    let e = render((1 << 53) + 1).unwrap_err();
    assert_eq!(
        (e.code(), e.field()),
        ("reply.wrong_arg_type", Some("args.n"))
    );
    assert_eq!(
        render(-(1 << 53) - 1).unwrap_err().code(),
        "reply.wrong_arg_type"
    );
}
