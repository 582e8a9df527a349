//! Reply rendering (criterion).
//!
//! `reply/render/peer_message`: the message of `benches/data/reply_refund.ftl`
//! (money, a date and a plural) for `de-DE`, the same text and arguments the
//! Python and Node peer comparisons render. `reply/render_builtin`: the
//! built-in `refund-issued` in several locales, `es-MX` through the fallback
//! to `es`. `reply/catalog/builtin`: compiling the built-in catalog (26
//! messages, 12 locales, two tones), which a shop does once.

use std::hint::black_box;
use std::time::Duration;

use caredesk::Money;
use caredesk::reply::{Args, LocaleRequest, RenderOptions, ReplyCatalog};
use chrono::NaiveDate;
use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};

const PEER_FTL: &str = include_str!("../../benches/data/reply_refund.ftl");

fn bench_render(c: &mut Criterion) {
    let catalog = ReplyCatalog::from_sources([("de.ftl", PEER_FTL)]).expect("bench catalog");
    let args = Args::new()
        .with("customer_name", "Anna Müller")
        .with("amount", Money::parse("1234.50", "EUR").expect("money"))
        .with("date", NaiveDate::from_ymd_opt(2026, 11, 20).expect("date"))
        .with("days", 5);
    let who = LocaleRequest::from("de-DE");
    let options = RenderOptions::default();
    let text = catalog
        .render("refund-status", &who, &args, &options)
        .expect("renders")
        .text;
    assert!(
        text.contains("1.234,50\u{a0}€") && text.contains("5 Werktage"),
        "{text}"
    );

    let mut group = c.benchmark_group("reply/render");
    group.warm_up_time(Duration::from_secs(1));
    group.measurement_time(Duration::from_secs(4));
    group.bench_function(BenchmarkId::new("peer_message", "de-DE"), |b| {
        b.iter(|| catalog.render("refund-status", black_box(&who), black_box(&args), &options))
    });
    group.finish();

    let builtin = ReplyCatalog::builtin();
    let args = Args::new()
        .with("customer_name", "Anna")
        .with("amount", Money::parse("1234.50", "EUR").expect("money"))
        .with("method", "PayPal")
        .with("days", 3);
    let mut group = c.benchmark_group("reply/render_builtin");
    group.warm_up_time(Duration::from_secs(1));
    group.measurement_time(Duration::from_secs(3));
    for tag in ["en-US", "de-DE", "fr-FR", "pl-PL", "es-MX"] {
        let who = LocaleRequest::from(tag);
        builtin
            .render("refund-issued", &who, &args, &options)
            .expect("renders");
        group.bench_function(BenchmarkId::new("refund-issued", tag), |b| {
            b.iter(|| builtin.render("refund-issued", black_box(&who), black_box(&args), &options))
        });
    }
    group.finish();
}

fn bench_compile(c: &mut Criterion) {
    let mut group = c.benchmark_group("reply/catalog");
    group.sample_size(10);
    group.bench_function("builtin", |b| {
        b.iter(|| ReplyCatalog::with_sources(Vec::<(String, String)>::new()).expect("compiles"))
    });
    group.finish();
}

criterion_group!(benches, bench_render, bench_compile);
criterion_main!(benches);
