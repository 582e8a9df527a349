//! `docs/replies.md` must show what the code does: every output block of its
//! examples is the engine's real output for the same input, and every error
//! and lint code is documented.

use std::fs;
use std::path::{Path, PathBuf};

use caredesk::Money;
use caredesk::reply::{
    Args, Format, LocaleRequest, RenderOptions, ReplyCatalog, Tone, lint_sources,
};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn docs() -> String {
    fs::read_to_string(root().join("docs/replies.md")).expect("docs/replies.md")
}

fn shown(docs: &str, output: &str) {
    assert!(
        docs.contains(output),
        "docs/replies.md does not show this real output:\n{output}"
    );
}

fn py_bool(b: bool) -> &'static str {
    if b { "True" } else { "False" }
}

#[test]
fn rendering_examples_show_real_output() {
    let docs = docs();
    let c = ReplyCatalog::builtin();
    let eur = |s: &str| Money::parse(s, "EUR").unwrap();

    let r = c
        .render(
            "refund-issued",
            &LocaleRequest::new()
                .profile("it-IT")
                .accept_language("it-IT,it;q=0.9,en;q=0.5"),
            &Args::new()
                .with("customer_name", "Giulia")
                .with("amount", eur("1234.50"))
                .with("method", "PayPal")
                .with("days", 5),
            &RenderOptions::default(),
        )
        .unwrap();
    shown(
        &docs,
        &format!(
            "{}\n{} {} {}\n",
            r.text,
            r.locale_used,
            r.tone_used,
            py_bool(r.fallback_used)
        ),
    );

    let r = c
        .render(
            "acknowledgement",
            &LocaleRequest::new().profile("de-AT").detected("de"),
            &Args::new()
                .with("customer_name", "Jonas")
                .with("ticket_id", "T-1042")
                .with(
                    "reply_by",
                    "2026-03-29T01:30:00Z"
                        .parse::<chrono::DateTime<chrono::Utc>>()
                        .unwrap(),
                ),
            &RenderOptions::default()
                .tone(Tone::Informal)
                .zone("Europe/Vienna".parse().unwrap()),
        )
        .unwrap();
    shown(
        &docs,
        &format!(
            "{}\n{} {} {}\n",
            r.text, r.locale_used, r.tone_used, r.fallback_used
        ),
    );

    let partial = Args::new().with("customer_name", "Giulia");
    let e = c
        .render(
            "refund-issued",
            &"it".into(),
            &partial,
            &RenderOptions::default(),
        )
        .unwrap_err();
    shown(
        &docs,
        &format!("{} {}\n{e}\n", e.code(), e.field().unwrap()),
    );
    let r = c
        .render(
            "refund-issued",
            &"it".into(),
            &partial,
            &RenderOptions::default().missing(caredesk::reply::MissingPolicy::Marker),
        )
        .unwrap();
    shown(
        &docs,
        &format!(
            "[{}]\n{}\n",
            r.missing_args
                .iter()
                .map(|a| format!("'{a}'"))
                .collect::<Vec<_>>()
                .join(", "),
            r.text.lines().nth(2).unwrap()
        ),
    );

    let r = c
        .render(
            "return-rejected",
            &"fr-FR".into(),
            &Args::new()
                .with("customer_name", "Léa <admin>")
                .with("order_id", "F-88")
                .with("reason", "Article personnalisé & gravé"),
            &RenderOptions::default().format(Format::Html),
        )
        .unwrap();
    shown(&docs, &format!("```text\n{}\n```", r.text));
}

#[test]
fn shop_example_shows_real_output() {
    let docs = docs();
    let base = root().join("examples/data/replies");
    let sources: Vec<(String, String)> = [
        "en/formal.ftl",
        "de/formal.ftl",
        "de/informal.ftl",
        "it.ftl",
    ]
    .iter()
    .map(|n| (n.to_string(), fs::read_to_string(base.join(n)).unwrap()))
    .collect();
    let shop = ReplyCatalog::with_sources(sources).unwrap();
    let chf = Money::parse("4.90", "CHF").unwrap();
    let eur = Money::parse("3.50", "EUR").unwrap();
    let args = |name: &str, fee: Money| {
        Args::new()
            .with("customer_name", name.to_string())
            .with("order_id", "CV-2291")
            .with("fee", fee)
    };
    let o = RenderOptions::default();
    let mut out = String::new();
    let r = shop
        .render("gift-wrap", &"de-CH".into(), &args("Frau Keller", chf), &o)
        .unwrap();
    out += &format!(
        "{}\n{} {} {}\n",
        r.text,
        r.locale_used,
        r.tone_used,
        py_bool(r.fallback_used)
    );
    let r = shop
        .render(
            "gift-wrap",
            &LocaleRequest::new().profile("it-IT"),
            &args("Giulia", eur),
            &o.tone(Tone::Informal),
        )
        .unwrap();
    out += &format!(
        "{}\n{} {} {}\n",
        r.text.lines().last().unwrap(),
        r.locale_used,
        r.tone_used,
        py_bool(r.fallback_used)
    );
    let r = shop
        .render("gift-wrap", &"fr-FR".into(), &args("Léa", eur), &o)
        .unwrap();
    out += &format!(
        "{}\n{} {} {}\n",
        r.text.lines().last().unwrap(),
        r.locale_used,
        r.tone_used,
        py_bool(r.fallback_used)
    );
    let closing = |name: &str, tone: Tone| {
        shop.render(
            "closing",
            &"de".into(),
            &Args::new().with("customer_name", name.to_string()),
            &o.tone(tone),
        )
        .unwrap()
        .text
    };
    out += &format!(
        "{}\n{}\n",
        closing("Frau Keller", Tone::Formal),
        closing("Jonas", Tone::Informal)
    );
    shown(&docs, &out);
}

#[test]
fn lint_example_shows_real_output() {
    let sources = [
        (
            "en/formal.ftl",
            "gift-wrap = We will gift-wrap order { $order_id } for { MONEY($fee) }.\n",
        ),
        (
            "de/formal.ftl",
            "gift-wrap = Wir verpacken die Bestellung { $order } für { MONEY($fee) }.\n\
             points-note = Sie haben { $points ->\n    [one] einen Punkt\n    [few] { $points } Punkte\n   *[other] { $points } Punkte\n } gesammelt.\n",
        ),
        (
            "it.ftl",
            "gift-wrap = Confezione regalo per l'ordine { $order_id }: { NUMBER($fee, style: \"currency\") }.\n",
        ),
        (
            "nl.ftl",
            "gift-wrap = { $order_id ->\n    [A-1] Bestelling A-1 wordt ingepakt ({ MONEY($fee) }).\n}\n",
        ),
    ];
    let report = lint_sources(sources, false);
    shown(
        &docs(),
        &format!(
            "{report}\n{} {} {}\n",
            py_bool(report.is_ok()),
            report.errors().count(),
            report.warnings().count()
        ),
    );
}

#[test]
fn every_code_is_documented() {
    let docs = docs();
    for code in [
        "reply.unknown_message",
        "reply.invalid_locale",
        "reply.missing_arg",
        "reply.wrong_arg_type",
        "reply.syntax",
        "reply.render",
        "lint.syntax",
        "lint.select_without_default",
        "lint.file_name",
        "lint.duplicate_message",
        "lint.missing_message",
        "lint.missing_attribute",
        "lint.obsolete_message",
        "lint.obsolete_attribute",
        "lint.unknown_variable",
        "lint.unused_variable",
        "lint.variable_type",
        "lint.plural_category",
        "lint.unknown_function",
        "lint.function_options",
        "lint.render_error",
    ] {
        assert!(docs.contains(&format!("`{code}`")), "{code} not documented");
    }
}
