//! The reply engine: golden output against CLDR, negotiation, tone, shop
//! catalogs, argument checks, HTML, threads and the linter.

use std::path::Path;

use caredesk::Money;
use caredesk::reply::{
    Arg, Args, Format, LocaleRequest, MissingPolicy, RenderOptions, Reply, ReplyCatalog, Tone,
    lint, lint_sources,
};
use chrono::{DateTime, NaiveDate, Utc};

fn at(s: &str) -> DateTime<Utc> {
    s.parse().unwrap()
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn eur(s: &str) -> Money {
    Money::parse(s, "EUR").unwrap()
}

fn opts() -> RenderOptions {
    RenderOptions::default()
}

fn render(id: &str, locale: &str, args: &Args<'_>, options: RenderOptions) -> Reply {
    ReplyCatalog::builtin()
        .render(id, &locale.into(), args, &options)
        .unwrap_or_else(|e| panic!("{id} in {locale}: {e}"))
}

/// The sources of the small test catalog under `tests/fixtures/reply`.
fn fixture_sources() -> Vec<(String, String)> {
    let base = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/reply");
    let mut out = Vec::new();
    for name in [
        "en/formal.ftl",
        "de/formal.ftl",
        "de/informal.ftl",
        "pl.ftl",
    ] {
        out.push((
            name.to_string(),
            std::fs::read_to_string(base.join(name)).unwrap(),
        ));
    }
    out
}

fn fixture() -> ReplyCatalog {
    ReplyCatalog::from_sources(fixture_sources()).unwrap()
}

// ---- golden output -------------------------------------------------------------

#[test]
fn money_by_cldr_in_the_design_locales() {
    let args = Args::new()
        .with("customer_name", "Anna")
        .with("order_id", "A-1001")
        .with("refund_amount", eur("1234.50"));
    for (locale, sentence) in [
        (
            "it-IT",
            "Le rimborseremo 1234,50\u{a0}€ con lo stesso metodo di pagamento utilizzato per l'acquisto.",
        ),
        (
            "de-DE",
            "Wir erstatten Ihnen 1.234,50\u{a0}€ über die Zahlungsart, mit der Sie bezahlt haben.",
        ),
        (
            "fr-FR",
            "Nous allons vous rembourser 1\u{202f}234,50\u{a0}€ sur le moyen de paiement utilisé lors de votre achat.",
        ),
        (
            "en-US",
            "We will refund €1,234.50 to the payment method you used for your purchase.",
        ),
    ] {
        let reply = render("return-approved", locale, &args, opts());
        assert!(reply.text.contains(sentence), "{locale}: {:?}", reply.text);
    }
}

#[test]
fn whole_reply_golden_it() {
    let args = Args::new()
        .with("customer_name", "Anna")
        .with("order_id", "A-1001")
        .with("refund_amount", eur("1234.50"));
    let reply = render("return-approved", "it-IT", &args, opts());
    assert_eq!(
        reply.text,
        "Gentile Anna,\n\nil reso del Suo ordine A-1001 è stato approvato. Le rimborseremo \
         1234,50\u{a0}€ con lo stesso metodo di pagamento utilizzato per l'acquisto.\n\n\
         A seconda della banca, l'accredito potrebbe richiedere alcuni giorni."
    );
    assert_eq!(reply.locale_used, "it");
    assert!(!reply.fallback_used);
    assert_eq!(reply.tone_used, Tone::Formal);
    assert!(reply.missing_args.is_empty());
}

#[test]
fn other_currencies_keep_their_minor_units() {
    let c = fixture();
    let refund = |locale: &str, m: Money| {
        let args = Args::new().with("amount", m).with("days", 2);
        c.render("refund", &locale.into(), &args, &opts())
            .unwrap()
            .text
    };
    let jpy = Money::parse("1500", "JPY").unwrap();
    assert!(refund("en-US", jpy).contains("¥1,500."));
    let kwd = Money::parse("1.234", "KWD").unwrap();
    assert!(
        refund("de-DE", kwd).contains("1,234\u{a0}KWD"),
        "{}",
        refund("de-DE", kwd)
    );
    let pln = Money::parse("99.9", "PLN").unwrap();
    assert!(refund("pl-PL", pln).contains("99,90\u{a0}zł"));
    // CLDR shows forints without decimals; fillér are not rounded away.
    let huf = Money::parse("1234.57", "HUF").unwrap();
    assert!(refund("de-DE", huf).contains("1.234,57\u{a0}HUF"));
}

#[test]
fn instants_in_the_shops_zone_by_locale() {
    let t = at("2026-03-02T23:30:00Z");
    let args = Args::new()
        .with("customer_name", "Anna")
        .with("ticket_id", "T-77")
        .with("reply_by", t);
    let zone = |z: &str| opts().zone(z.parse().unwrap());
    for (locale, z, tone, expect) in [
        (
            "it-IT",
            "Europe/Rome",
            Tone::Formal,
            "Le risponderemo entro il 3 marzo 2026 alle ore 00:30 CET.",
        ),
        (
            "en-US",
            "America/New_York",
            Tone::Formal,
            "We will reply by March 2, 2026 at 6:30\u{202f}PM EST at the latest.",
        ),
        (
            "de-DE",
            "Asia/Tokyo",
            Tone::Informal,
            "Du bekommst spätestens bis 3. März 2026 um 08:30 GMT+9 eine Antwort von uns.",
        ),
        (
            "en-GB",
            "UTC",
            Tone::Formal,
            "We will reply by 2 March 2026 at 23:30 UTC at the latest.",
        ),
    ] {
        let reply = render("acknowledgement", locale, &args, zone(z).tone(tone));
        assert!(
            reply.text.contains(expect),
            "{locale} {z}: {:?}",
            reply.text
        );
    }
    // Across the spring DST change: 01:30 UTC is 03:30 CEST in Berlin.
    let args = args.with("reply_by", at("2026-03-29T01:30:00Z"));
    let reply = render("acknowledgement", "de", &args, zone("Europe/Berlin"));
    assert!(
        reply.text.contains("29. März 2026 um 03:30 MESZ"),
        "{}",
        reply.text
    );
}

#[test]
fn dates_are_calendar_days_and_instants_take_the_zone() {
    let c = fixture();
    let args = Args::new()
        .with("delivery_date", day(2026, 3, 5))
        .with("reply_by", at("2026-03-04T22:15:00Z"));
    let text = |loc: &str, z: &str| {
        c.render(
            "delivery",
            &loc.into(),
            &args,
            &opts().zone(z.parse().unwrap()),
        )
        .unwrap()
        .text
    };
    assert_eq!(
        text("en-GB", "Europe/London"),
        "Your parcel arrives on 5 March 2026; we answer by 4 March 2026 at 22:15 GMT."
    );
    assert_eq!(
        text("de", "Europe/Berlin"),
        "Ihr Paket kommt am 5. März 2026; wir antworten bis 4. März 2026 um 23:15 MEZ."
    );
    assert_eq!(
        text("pl", "Europe/Warsaw"),
        "Paczka dotrze 5 marca 2026; odpowiemy do 4 marca 2026 23:15 CET."
    );
    // DATE of an instant is its day in the shop's zone.
    let args = args.with("delivery_date", at("2026-03-04T23:30:00Z"));
    let r = c
        .render(
            "delivery",
            &"en-US".into(),
            &args,
            &opts().zone("Asia/Tokyo".parse().unwrap()),
        )
        .unwrap();
    assert!(
        r.text.starts_with("Your parcel arrives on March 5, 2026;"),
        "{}",
        r.text
    );
}

#[test]
fn polish_plurals_one_few_many() {
    let line = |n: i64| {
        let args = Args::new()
            .with("customer_name", "Anna")
            .with("points", n)
            .with("balance", 12_345);
        let text = render("loyalty-points-adjusted", "pl-PL", &args, opts()).text;
        let start = text.find("dopisaliśmy do konta ").unwrap() + "dopisaliśmy do konta ".len();
        text[start..text[start..].find('.').unwrap() + start].to_string()
    };
    assert_eq!(line(1), "1 punkt");
    assert_eq!(line(2), "2 punkty");
    assert_eq!(line(4), "4 punkty");
    assert_eq!(line(5), "5 punktów");
    assert_eq!(line(12), "12 punktów");
    assert_eq!(line(22), "22 punkty");
    assert_eq!(line(25), "25 punktów");
    assert_eq!(line(0), "0 punktów");
    // Grouping by CLDR: Polish groups from five digits, with a no-break space.
    assert_eq!(line(1234), "1234 punkty");
    let args = Args::new()
        .with("customer_name", "Anna")
        .with("points", 5)
        .with("balance", 12_345);
    let text = render("loyalty-points-adjusted", "pl", &args, opts()).text;
    assert!(
        text.contains("Aktualne saldo wynosi 12\u{a0}345 punktów."),
        "{text}"
    );
}

#[test]
fn czech_and_english_plurals() {
    let delay = |loc: &str, n: i64| {
        let args = Args::new()
            .with("customer_name", "Eva")
            .with("order_id", "7")
            .with("delivery_date", day(2026, 3, 9))
            .with("days_late", n);
        render("shipping-delay", loc, &args, opts()).text
    };
    assert!(delay("cs", 1).contains("zpozdí o 1 den."));
    assert!(delay("cs", 3).contains("zpozdí o 3 dny."));
    assert!(delay("cs", 5).contains("zpozdí o 5 dní."));
    assert!(delay("en", 1).contains("delayed by 1 day."));
    assert!(delay("en", 2).contains("delayed by 2 days."));
    let points = |loc: &str, balance: i64| {
        let args = Args::new()
            .with("customer_name", "Sam")
            .with("points", 1)
            .with("balance", balance);
        render(
            "loyalty-points-adjusted",
            loc,
            &args,
            opts().tone(Tone::Informal),
        )
        .text
    };
    assert!(points("en", 12_345).contains("Your new balance is 12,345 points."));
    assert!(points("fr", 12_345).contains("Ton nouveau solde est de 12\u{202f}345 points."));
}

// ---- negotiation and tone -------------------------------------------------------

fn closing(c: &ReplyCatalog, req: &LocaleRequest, tone: Tone) -> Reply {
    let args = Args::new().with("customer_name", "Kim");
    c.render("closing", req, &args, &opts().tone(tone)).unwrap()
}

#[test]
fn fallback_chain_region_language_default() {
    let c = ReplyCatalog::builtin();
    let r = closing(&c, &"es-MX".into(), Tone::Formal);
    assert_eq!((r.locale_used.as_str(), r.fallback_used), ("es", false));
    // A language the catalog lacks: the next one asked for, flagged.
    let r = closing(&c, &LocaleRequest::from(&["ja", "it-CH"][..]), Tone::Formal);
    assert_eq!((r.locale_used.as_str(), r.fallback_used), ("it", true));
    // Nothing usable: the default locale.
    let r = closing(&c, &"ja-JP".into(), Tone::Formal);
    assert_eq!((r.locale_used.as_str(), r.fallback_used), ("en", true));
    let r = closing(&c, &LocaleRequest::new(), Tone::Formal);
    assert_eq!((r.locale_used.as_str(), r.fallback_used), ("en", true));
}

#[test]
fn profile_then_detected_then_accept_language() {
    let c = ReplyCatalog::builtin();
    let req = LocaleRequest::new()
        .profile("nl-BE")
        .detected("fr")
        .accept_language("de-DE,de;q=0.9");
    assert_eq!(closing(&c, &req, Tone::Formal).locale_used, "nl");
    let req = LocaleRequest::new()
        .detected("fr")
        .accept_language("de-DE,de;q=0.9");
    assert_eq!(closing(&c, &req, Tone::Formal).locale_used, "fr");
    let req = LocaleRequest::new().accept_language("xx-???, sv;q=0.4, da;q=0.8, *;q=0.1");
    let r = closing(&c, &req, Tone::Formal);
    assert_eq!((r.locale_used.as_str(), r.fallback_used), ("da", false));
}

#[test]
fn english_has_no_informal_tone() {
    let c = ReplyCatalog::builtin();
    let r = closing(&c, &"en-GB".into(), Tone::Informal);
    assert_eq!((r.locale_used.as_str(), r.tone_used), ("en", Tone::Formal));
    let r = closing(&c, &"de".into(), Tone::Informal);
    assert_eq!(r.tone_used, Tone::Informal);
    assert_ne!(
        closing(&c, &"de".into(), Tone::Formal).text,
        closing(&c, &"de".into(), Tone::Informal).text
    );
}

#[test]
fn a_message_missing_in_a_tone_falls_back_within_the_locale() {
    // The fixture's de/informal.ftl has no "points": the formal German one
    // answers before any other locale is tried.
    let c = fixture();
    let r = c
        .render(
            "points",
            &"de-AT".into(),
            &Args::new().with("points", 3),
            &opts().tone(Tone::Informal),
        )
        .unwrap();
    assert_eq!(r.text, "Sie haben 3 Punkte.");
    assert_eq!(
        (r.locale_used.as_str(), r.tone_used, r.fallback_used),
        ("de", Tone::Formal, false)
    );
}

#[test]
fn region_of_the_customer_drives_formats() {
    let c = fixture();
    let args = Args::new().with("amount", eur("1234.50")).with("days", 1);
    let text = |loc: &str| {
        c.render("refund", &loc.into(), &args, &opts())
            .unwrap()
            .text
    };
    assert!(text("de-DE").contains("1.234,50\u{a0}€"));
    // Swiss German writes the euro as its code; Austrian German groups
    // money with a point, plain numbers with a no-break space.
    assert!(
        text("de-CH").contains("EUR\u{a0}1'234.50"),
        "{}",
        text("de-CH")
    );
    assert!(
        text("de-AT").contains("€\u{a0}1.234,50"),
        "{}",
        text("de-AT")
    );
}

#[test]
fn a_catalog_without_english_falls_back_to_its_first_locale() {
    let c =
        ReplyCatalog::from_sources([("fr.ftl", "hi = Bonjour"), ("de.ftl", "hi = Hallo")]).unwrap();
    let r = c
        .render("hi", &LocaleRequest::new(), &Args::new(), &opts())
        .unwrap();
    assert_eq!(
        (r.text.as_str(), r.locale_used.as_str(), r.fallback_used),
        ("Hallo", "de", true)
    );
    let r = c
        .render("hi", &"fr-CA".into(), &Args::new(), &opts())
        .unwrap();
    assert_eq!((r.text.as_str(), r.fallback_used), ("Bonjour", false));
}

#[test]
fn attributes_render_by_id_dot_name() {
    let r = fixture()
        .render(
            "refund.subject",
            &"de".into(),
            &Args::new().with("order_id", "A-9"),
            &opts().tone(Tone::Informal),
        )
        .unwrap();
    assert_eq!(r.text, "Erstattung zu deiner Bestellung A-9");
}

// ---- shop catalogs -------------------------------------------------------------

#[test]
fn shop_overrides_one_message_in_one_locale() {
    let shop = ReplyCatalog::with_sources([(
        "it/formal.ftl",
        "closing = Grazie ancora, { $customer_name }: a presto su Negozio Rossi!",
    )])
    .unwrap();
    let args = Args::new().with("customer_name", "Giulia");
    let r = shop
        .render("closing", &"it".into(), &args, &opts())
        .unwrap();
    assert_eq!(r.text, "Grazie ancora, Giulia: a presto su Negozio Rossi!");
    // The informal Italian closing and other locales stay built-in.
    let builtin = ReplyCatalog::builtin();
    for (loc, tone) in [
        ("it", Tone::Informal),
        ("fr", Tone::Formal),
        ("en", Tone::Formal),
    ] {
        assert_eq!(
            shop.render("closing", &loc.into(), &args, &opts().tone(tone))
                .unwrap()
                .text,
            builtin
                .render("closing", &loc.into(), &args, &opts().tone(tone))
                .unwrap()
                .text
        );
    }
    // Other Italian messages stay built-in too.
    let a = Args::new().with("customer_name", "Giulia");
    assert_eq!(
        shop.render("feedback-thanks", &"it".into(), &a, &opts())
            .unwrap(),
        builtin
            .render("feedback-thanks", &"it".into(), &a, &opts())
            .unwrap()
    );
}

#[test]
fn shop_adds_messages_and_locales() {
    let shop = ReplyCatalog::with_sources([
        (
            "shop/en/formal.ftl",
            "gift-wrap = We will gift-wrap order { $order_id }.",
        ),
        (
            "shop/de.ftl",
            "gift-wrap = Wir verpacken Bestellung { $order_id } als Geschenk.",
        ),
        (
            "ja.ftl",
            "closing = { $customer_name }様、ありがとうございました。",
        ),
    ])
    .unwrap();
    assert_eq!(shop.locales().last(), Some(&"ja"));
    let args = Args::new()
        .with("order_id", "B-2")
        .with("customer_name", "Aiko");
    let r = shop
        .render(
            "gift-wrap",
            &"de".into(),
            &args,
            &opts().tone(Tone::Informal),
        )
        .unwrap();
    // A both-tones file goes into the informal German layer too.
    assert_eq!(
        (r.text.as_str(), r.tone_used),
        ("Wir verpacken Bestellung B-2 als Geschenk.", Tone::Informal)
    );
    let r = shop
        .render("gift-wrap", &"fr".into(), &args, &opts())
        .unwrap();
    assert_eq!((r.locale_used.as_str(), r.fallback_used), ("en", true));
    let r = shop
        .render(
            "closing",
            &"ja-JP".into(),
            &args,
            &opts().tone(Tone::Informal),
        )
        .unwrap();
    assert_eq!(
        (r.text.as_str(), r.locale_used.as_str(), r.tone_used),
        ("Aiko様、ありがとうございました。", "ja", Tone::Formal)
    );
    // ja has only "closing": other messages come from the default locale.
    let r = shop
        .render("feedback-thanks", &"ja".into(), &args, &opts())
        .unwrap();
    assert_eq!((r.locale_used.as_str(), r.fallback_used), ("en", true));
}

#[test]
fn shop_ftl_that_does_not_parse() {
    let e = ReplyCatalog::with_sources([
        ("de/formal.ftl", "ok = fine\n"),
        ("de/informal.ftl", "greeting = Hallo { $name\nnext = x\n"),
    ])
    .unwrap_err();
    assert_eq!(e.code(), "reply.syntax");
    assert_eq!(e.field(), Some("de/informal.ftl"));
    let caredesk::Error::ReplySyntax { line, column, .. } = e else {
        panic!("{e:?}")
    };
    assert_eq!((line, column), (2, 1));
    assert!(
        e_text(&ReplyCatalog::with_sources([(
            "fr.ftl",
            "a = { $x ->\n  [one] un\n}\n"
        )]))
        .contains("default variant")
    );
    let e = ReplyCatalog::with_sources([("formal.ftl", "a = b")]).unwrap_err();
    assert_eq!(
        (e.code(), e.field()),
        ("reply.invalid_locale", Some("formal.ftl"))
    );
}

fn e_text(r: &caredesk::Result<ReplyCatalog>) -> String {
    r.as_ref()
        .err()
        .map(ToString::to_string)
        .unwrap_or_default()
}

// ---- bad input -----------------------------------------------------------------

#[test]
fn unknown_message_and_bad_locales() {
    let c = ReplyCatalog::builtin();
    let args = Args::new();
    let e = c
        .render("no-such-message", &"de".into(), &args, &opts())
        .unwrap_err();
    assert_eq!(
        (e.code(), e.field()),
        ("reply.unknown_message", Some("message_id"))
    );
    assert!(
        e.to_string()
            .contains("no locale of the catalog defines it"),
        "{e}"
    );
    let e = c
        .render("closing", &"de_DE!".into(), &args, &opts())
        .unwrap_err();
    assert_eq!(
        (e.code(), e.field()),
        ("reply.invalid_locale", Some("locales[0]"))
    );
    let e = c
        .render(
            "closing",
            &LocaleRequest::new().detected("12"),
            &args,
            &opts(),
        )
        .unwrap_err();
    assert_eq!(
        (e.code(), e.field()),
        ("reply.invalid_locale", Some("detected"))
    );
    // A shop message that exists only elsewhere says where.
    let shop = ReplyCatalog::with_sources([("de.ftl", "only-de = Nur Deutsch")]).unwrap();
    let e = shop
        .render("only-de", &"fr".into(), &args, &opts())
        .unwrap_err();
    assert!(
        e.to_string().contains("not in fr, en; it exists in de"),
        "{e}"
    );
}

#[test]
fn missing_arguments_error_or_marker() {
    let c = ReplyCatalog::builtin();
    let args = Args::new().with("customer_name", "Anna");
    let e = c
        .render("refund-issued", &"en".into(), &args, &opts())
        .unwrap_err();
    assert_eq!(
        (e.code(), e.field()),
        ("reply.missing_arg", Some("args.amount"))
    );
    assert!(e.to_string().contains("amount, method, days"), "{e}");
    let r = c
        .render(
            "refund-issued",
            &"en".into(),
            &args,
            &opts().missing(MissingPolicy::Marker),
        )
        .unwrap();
    assert_eq!(r.missing_args, ["amount", "method", "days"]);
    assert!(
        r.text.contains("We have refunded {$amount} via {$method}."),
        "{}",
        r.text
    );
    // A missing plural count selects the default variant, marked.
    assert!(r.text.contains("up to {$days} days"), "{}", r.text);
}

#[test]
fn wrong_argument_types() {
    let c = ReplyCatalog::builtin();
    let base = Args::new()
        .with("customer_name", "Anna")
        .with("amount", eur("5"))
        .with("method", "card")
        .with("days", 3);
    let check = |args: Args<'_>, field: &str| {
        let e = c
            .render("refund-issued", &"en".into(), &args, &opts())
            .unwrap_err();
        assert_eq!(
            (e.code(), e.field()),
            ("reply.wrong_arg_type", Some(field)),
            "{e}"
        );
        e.to_string()
    };
    assert!(check(base.clone().with("amount", "5 EUR"), "args.amount").contains("money"));
    assert!(check(base.clone().with("days", "three"), "args.days").contains("integer"));
    assert!(check(base.clone().with("amount", 5), "args.amount").contains("got an integer"));
    let ack = Args::new()
        .with("customer_name", "A")
        .with("ticket_id", "T");
    let e = c
        .render(
            "acknowledgement",
            &"en".into(),
            &ack.clone().with("reply_by", day(2026, 3, 2)),
            &opts(),
        )
        .unwrap_err();
    assert_eq!(
        (e.code(), e.field()),
        ("reply.wrong_arg_type", Some("args.reply_by"))
    );
    let e = c
        .render(
            "acknowledgement",
            &"en".into(),
            &ack.clone().with("reply_by", "2026-03-02T10:00:00"),
            &opts(),
        )
        .unwrap_err();
    assert_eq!(
        (e.code(), e.field()),
        ("input.naive_datetime", Some("args.reply_by"))
    );
    // Text in the wire format is read as an instant or a date where one is expected.
    let r = c
        .render(
            "acknowledgement",
            &"en".into(),
            &ack.with("reply_by", "2026-03-02T10:00:00+01:00"),
            &opts(),
        )
        .unwrap();
    assert!(r.text.contains("2 March 2026 at 09:00"), "{}", r.text);
    let v = Args::new()
        .with("customer_name", "A")
        .with("voucher_code", "X")
        .with("valid_until", "2026-06-30");
    assert!(
        render("voucher-resent", "en", &v, opts())
            .text
            .contains("30 June 2026")
    );
    // A count given as text for a select over named keys is fine; an integer is not.
    let e = c
        .render(
            "wrong-or-missing-item",
            &"en".into(),
            &Args::new()
                .with("customer_name", "A")
                .with("item_name", "B")
                .with("order_id", "C")
                .with("kind", 1),
            &opts(),
        )
        .unwrap_err();
    assert_eq!(
        (e.code(), e.field()),
        ("reply.wrong_arg_type", Some("args.kind"))
    );
}

#[test]
fn function_options_fail_the_render_rather_than_being_ignored() {
    let shop = ReplyCatalog::from_sources([(
        "en.ftl",
        "when = Due { DATETIME($t, dateStyle: \"short\") }.\nok = Due { DATETIME($t) }.",
    )])
    .unwrap();
    let args = Args::new().with("t", at("2026-03-02T10:00:00Z"));
    let e = shop
        .render("when", &"en".into(), &args, &opts())
        .unwrap_err();
    assert_eq!((e.code(), e.field()), ("reply.render", Some("when")), "{e}");
    assert!(
        e.to_string()
            .contains("DATETIME() takes no options, got dateStyle"),
        "{e}"
    );
    assert!(shop.render("ok", &"en".into(), &args, &opts()).is_ok());
}

#[test]
fn extra_arguments_are_ignored() {
    let args = Args::new()
        .with("customer_name", "Anna")
        .with("unused", Arg::Money(eur("1")));
    assert_eq!(
        render("closing", "en", &args, opts()).text,
        "Is there anything else we can help you with, Anna? Just reply to this email – we are always happy to help."
    );
}

// ---- HTML and hostile text -----------------------------------------------------

#[test]
fn html_escapes_every_argument() {
    let args = Args::new()
        .with("customer_name", "<script>alert('x')</script> & co")
        .with("order_id", "\"><img src=x onerror=alert(1)>")
        .with("reason", "Line one\nLine <two>");
    let r = render("return-rejected", "en", &args, opts().format(Format::Html));
    assert!(!r.text.contains("<script"));
    assert!(!r.text.contains("<img"));
    assert!(r.text.starts_with(
        "<p>Hello &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; co,</p>\n<p>Thank you for your return request for order &quot;&gt;&lt;img src=x onerror=alert(1)&gt;."
    ), "{}", r.text);
    assert!(
        r.text.contains("<p>Line one<br>\nLine &lt;two&gt;</p>"),
        "{}",
        r.text
    );
    // Only <p> and <br> tags are produced.
    let tags: Vec<&str> = r
        .text
        .match_indices('<')
        .map(|(i, _)| &r.text[i..i + 3])
        .collect();
    assert!(
        tags.iter().all(|t| ["<p>", "</p", "<br"].contains(t)),
        "{tags:?}"
    );
}

#[test]
fn bidi_controls_in_arguments_are_removed() {
    let args = Args::new().with("customer_name", "Eve\u{202e}gnp.exe\u{202c}");
    for format in [Format::Plain, Format::Html] {
        let text = render("closing", "en", &args, opts().format(format)).text;
        assert!(text.contains("Evegnp.exe"), "{text}");
        assert!(!text.chars().any(|c| ('\u{202a}'..='\u{202e}').contains(&c)));
    }
}

// ---- threads -------------------------------------------------------------------

#[test]
fn catalog_is_shared_across_threads() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<ReplyCatalog>();
    let c = ReplyCatalog::builtin();
    let expected: Vec<String> = ["de", "fr", "pl", "fi"]
        .iter()
        .map(|l| {
            let a = Args::new()
                .with("customer_name", "Kim")
                .with("amount", eur("10"))
                .with("expected_date", day(2026, 4, 1));
            c.render("refund-delayed", &(*l).into(), &a, &opts())
                .unwrap()
                .text
        })
        .collect();
    std::thread::scope(|s| {
        for t in 0..8 {
            let c = c.clone();
            let expected = &expected;
            s.spawn(move || {
                for i in 0..200 {
                    let l = ["de", "fr", "pl", "fi"][(i + t) % 4];
                    let a = Args::new()
                        .with("customer_name", "Kim")
                        .with("amount", eur("10"))
                        .with("expected_date", day(2026, 4, 1));
                    let r = c.render("refund-delayed", &l.into(), &a, &opts()).unwrap();
                    assert_eq!(r.text, expected[(i + t) % 4]);
                }
            });
        }
    });
}

// ---- the linter ----------------------------------------------------------------

#[test]
fn builtin_catalog_lints_clean() {
    let report = lint(&ReplyCatalog::builtin());
    assert!(report.issues.is_empty(), "{report}");
    assert_eq!(report.layers, 23);
    assert!(report.renders >= 23 * 26, "{}", report.renders);
}

#[test]
fn lint_finds_every_kind_of_defect() {
    let mut sources = fixture_sources();
    sources.push((
        "fr/formal.ftl".into(),
        [
            "greeting = Bonjour { $name } !", // unknown + unused variable
            "refund = Remboursé : { NUMBER($amount) } { $days ->", // variable type
            "    [one] un jour",
            "    [many] beaucoup", // no "many" in fr (CLDR 37)
            "   *[other] { $days } jours",
            " }",
            "    .title = Titre", // obsolete attribute, missing .subject
            "delivery = { DATE($delivery_date, month: \"long\") } { DATETIME($reply_by) }", // options
            "problem = { UPPER($kind) } { $order_id } { missing-ref }", // unknown function, render error
            "extra = Message en trop",                                  // obsolete
            "extra = Encore",                                           // duplicate
        ]
        .join("\n"),
    ));
    sources.push((
        "it/formal.ftl".into(),
        "greeting = Ciao { $customer_name ->\n  [a] A\n}\n".into(),
    ));
    sources.push(("!!.ftl".into(), "x = y".into()));
    let report = lint_sources(sources, false);
    let has = |code: &str, loc: &str, id: &str| {
        report.issues.iter().any(|i| {
            i.code == code
                && i.locale.as_deref() == Some(loc)
                && (id.is_empty() || i.message_id.as_deref() == Some(id))
        })
    };
    assert!(has("lint.unknown_variable", "fr", "greeting"), "{report}");
    assert!(has("lint.unused_variable", "fr", "greeting"), "{report}");
    assert!(has("lint.variable_type", "fr", "refund"), "{report}");
    assert!(has("lint.plural_category", "fr", "refund"), "{report}");
    assert!(
        has("lint.obsolete_attribute", "fr", "refund.title"),
        "{report}"
    );
    assert!(
        has("lint.missing_attribute", "fr", "refund.subject"),
        "{report}"
    );
    assert!(has("lint.function_options", "fr", "delivery"), "{report}");
    assert!(has("lint.unknown_function", "fr", "problem"), "{report}");
    assert!(has("lint.render_error", "fr", "problem"), "{report}");
    assert!(has("lint.obsolete_message", "fr", "extra"), "{report}");
    assert!(has("lint.duplicate_message", "fr", "extra"), "{report}");
    assert!(has("lint.missing_message", "fr", "points"), "{report}");
    assert!(has("lint.select_without_default", "it", ""), "{report}");
    // The fixture's informal German lacks three messages.
    assert!(has("lint.missing_message", "de", "points"), "{report}");
    assert!(
        report.issues.iter().any(|i| i.code == "lint.file_name"),
        "{report}"
    );
    // Locations: the file and the line of the message.
    let issue = report
        .issues
        .iter()
        .find(|i| i.code == "lint.variable_type")
        .unwrap();
    assert_eq!(
        (issue.file.as_deref(), issue.line),
        (Some("fr/formal.ftl"), Some(2))
    );
    let syntax = report
        .issues
        .iter()
        .find(|i| i.code == "lint.select_without_default")
        .unwrap();
    assert_eq!((syntax.line, syntax.column), (Some(3), Some(1)));
    assert!(!report.is_ok());
    // Warnings alone pass.
    let only_obsolete = lint_sources([("de/formal.ftl", "extra-message = Nur hier")], true);
    assert!(only_obsolete.is_ok(), "{only_obsolete}");
    assert_eq!(only_obsolete.warnings().count(), 1);
    // A shop's new message: missing where the shop has no file is a warning
    // (English answers), missing where it has one is an error.
    let added = lint_sources(
        [("en/formal.ftl", "gift-wrap = Wrapped: { $order_id }")],
        true,
    );
    assert!(added.is_ok(), "{added}");
    assert_eq!(added.warnings().count(), 22);
    let added = lint_sources(
        [
            ("en/formal.ftl", "gift-wrap = Wrapped: { $order_id }"),
            ("de/formal.ftl", "closing = Danke, { $customer_name }!"),
        ],
        true,
    );
    assert_eq!(added.errors().count(), 1, "{added}");
    assert!(
        added
            .errors()
            .all(|i| i.locale.as_deref() == Some("de") && i.tone == Some(Tone::Formal))
    );
}

#[test]
fn the_fixture_catalog_lints_with_only_its_known_gaps() {
    let report = lint(&fixture());
    let codes: Vec<(&str, &str)> = report
        .issues
        .iter()
        .map(|i| (i.code.as_str(), i.message_id.as_deref().unwrap_or("")))
        .collect();
    assert_eq!(
        codes,
        [
            ("lint.missing_message", "delivery"),
            ("lint.missing_message", "problem"),
            ("lint.missing_message", "points"),
        ],
        "{report}"
    );
}

#[test]
fn an_arg_source_is_asked_only_for_what_the_message_uses() {
    use caredesk::reply::ArgSource;
    use std::cell::RefCell;

    struct Asked(RefCell<Vec<String>>);
    impl ArgSource for Asked {
        fn arg(&self, name: &str) -> caredesk::Result<Option<Arg<'_>>> {
            self.0.borrow_mut().push(name.to_string());
            Ok(match name {
                "customer_name" => Some(Arg::from("Kim")),
                "secret" => panic!("not used by the message"),
                _ => None,
            })
        }
    }
    let asked = Asked(RefCell::new(Vec::new()));
    let c = ReplyCatalog::builtin();
    let r = c
        .render_with("closing", &"fi".into(), &asked, &opts())
        .unwrap();
    assert!(r.text.contains("Kim"));
    assert_eq!(*asked.0.borrow(), ["customer_name"]);
    assert_eq!(
        c.variables_for("closing", &"fi".into(), Tone::Informal)
            .unwrap(),
        ["customer_name"]
    );
    let e = c
        .variables_for("nope", &"fi".into(), Tone::Formal)
        .unwrap_err();
    assert_eq!(e.code(), "reply.unknown_message");
}

#[test]
fn a_large_batch_matches_one_by_one_with_failures_in_place() {
    use caredesk::reply::{RENDER_ITEMS_PER_THREAD, RenderItem};
    let c = ReplyCatalog::builtin();
    // Enough items for several threads on any machine with more than one core.
    let n = RENDER_ITEMS_PER_THREAD * 4 + 3;
    let items: Vec<RenderItem> = (0..n)
        .map(|i| {
            let tag = ["de-AT", "fr", "pl-PL", "es-MX", "not a tag"][i % 5];
            let mut args = Args::new().with("customer_name", format!("Kim {i}"));
            if i % 7 != 3 {
                args.set("amount", Money::new(i as i64 * 101, "EUR").unwrap());
                args.set("expected_date", day(2026, 4, 1 + (i % 28) as u32));
            }
            RenderItem::new("refund-delayed", tag, args)
        })
        .collect();
    let many = c.render_many(&items, &opts());
    assert_eq!(many.len(), n);
    for (item, got) in items.iter().zip(&many) {
        let one = c.render(&item.message_id, &item.locales, &item.args, &opts());
        assert_eq!(got, &one);
    }
    let failed = many.iter().filter(|r| r.is_err()).count();
    assert!(failed > n / 5 && failed < n / 2, "{failed} of {n} failed");
}
