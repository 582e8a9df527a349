//! SLA benchmarks (criterion). `make bench` runs them and writes
//! docs/benchmarks.md from target/criterion; the report picks groups up by
//! name prefix, so name new groups `calendar/...`, `sla/...` and so on.
//!
//! `sla/evaluate` and `sla/evaluate_many`: the SLA engine on the sample
//! inbox, one ticket and 100,000 at a time.
//!
//! Calendar groups: `add` and `between` over spans of 1 hour to 1 year of
//! calendar time, on a Mon–Fri 09:00–18:00 Europe/Rome calendar with the
//! Italian public holidays (`rome_it`); the same hours in Rome without
//! holidays (`rome_plain`: only the DST changes interrupt the arithmetic) and
//! in UTC without holidays (`utc_plain`: nothing does). `add` is given the
//! business time the span contains, so both operations cover the same stretch
//! of calendar.

use std::hint::black_box;
use std::time::Duration;

use caredesk::calendar::Calendar;
use chrono::{DateTime, TimeDelta, Utc};
use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};

const WEEK: &str = r#""weekly": {"mon": [["09:00","18:00"]], "tue": [["09:00","18:00"]],
  "wed": [["09:00","18:00"]], "thu": [["09:00","18:00"]], "fri": [["09:00","18:00"]]}"#;

fn calendars() -> Vec<(&'static str, Calendar)> {
    let config = |zone: &str, sets: &str| {
        format!(r#"{{"zone": "{zone}", {WEEK}, "holiday_sets": [{sets}]}}"#)
    };
    [
        ("rome_it", config("Europe/Rome", r#""IT""#)),
        ("rome_plain", config("Europe/Rome", "")),
        ("utc_plain", config("UTC", "")),
    ]
    .into_iter()
    .map(|(name, json)| (name, Calendar::from_json(&json).expect("valid calendar")))
    .collect()
}

const SPANS: [(&str, i64); 5] = [
    ("1h", 3_600),
    ("1d", 86_400),
    ("1w", 7 * 86_400),
    ("1mo", 30 * 86_400),
    ("1y", 365 * 86_400),
];

/// 64 starts spread over 2026-2027 at varied times of day (some inside open
/// hours, some at night or on weekends).
fn starts() -> Vec<DateTime<Utc>> {
    let base = "2026-01-05T06:17:00Z"
        .parse::<DateTime<Utc>>()
        .expect("instant");
    (0..64)
        .map(|i| base + TimeDelta::seconds(i * 11 * 86_400 + i * 3_907))
        .collect()
}

fn bench_calendar(c: &mut Criterion) {
    let cals = calendars();
    let starts = starts();

    let mut group = c.benchmark_group("calendar/new");
    group.warm_up_time(Duration::from_secs(1));
    group.measurement_time(Duration::from_secs(3));
    let rome = cals[0].1.config().clone();
    group.bench_function("rome_it", |b| {
        b.iter(|| Calendar::new(black_box(rome.clone())))
    });
    group.finish();

    let mut group = c.benchmark_group("calendar/add");
    group.warm_up_time(Duration::from_secs(1));
    group.measurement_time(Duration::from_secs(3));
    for (name, cal) in &cals {
        for (label, secs) in SPANS {
            let cases: Vec<(DateTime<Utc>, TimeDelta)> = starts
                .iter()
                .map(|&a| (a, cal.between(a, a + TimeDelta::seconds(secs))))
                .collect();
            group.bench_with_input(BenchmarkId::new(*name, label), &cases, |b, cases| {
                let mut i = 0;
                b.iter(|| {
                    i = (i + 1) % cases.len();
                    let (a, d) = cases[i];
                    cal.add(black_box(a), black_box(d))
                })
            });
        }
    }
    group.finish();

    let mut group = c.benchmark_group("calendar/between");
    group.warm_up_time(Duration::from_secs(1));
    group.measurement_time(Duration::from_secs(3));
    for (name, cal) in &cals {
        for (label, secs) in SPANS {
            let cases: Vec<(DateTime<Utc>, DateTime<Utc>)> = starts
                .iter()
                .map(|&a| (a, a + TimeDelta::seconds(secs)))
                .collect();
            group.bench_with_input(BenchmarkId::new(*name, label), &cases, |b, cases| {
                let mut i = 0;
                b.iter(|| {
                    i = (i + 1) % cases.len();
                    let (a, z) = cases[i];
                    cal.between(black_box(a), black_box(z))
                })
            });
        }
    }
    group.finish();
}

/// The sample inbox (36 tickets) under the shop's SLA configuration, at the
/// demo's instant: one ticket, and a batch of 100,000 (the inbox repeated),
/// as a job scanning the whole queue would run it.
fn bench_evaluate(c: &mut Criterion) {
    let data = concat!(env!("CARGO_MANIFEST_DIR"), "/../examples/data/");
    let read = |name: &str| std::fs::read_to_string(format!("{data}{name}")).expect("sample data");
    let sla = caredesk::sla::Sla::from_toml(&read("sla.toml")).expect("sla.toml");
    let inbox: Vec<caredesk::Ticket> = read("inbox.jsonl")
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| caredesk::Ticket::from_json(l).expect("ticket"))
        .collect();
    let now: DateTime<Utc> = "2026-11-20T15:00:00Z".parse().expect("instant");
    let batch: Vec<caredesk::Ticket> = inbox.iter().cycle().take(100_000).cloned().collect();

    let mut group = c.benchmark_group("sla/evaluate");
    group.warm_up_time(Duration::from_secs(1));
    group.measurement_time(Duration::from_secs(3));
    group.bench_function("one_ticket", |b| {
        let mut i = 0;
        b.iter(|| {
            i = (i + 1) % inbox.len();
            sla.evaluate(black_box(&inbox[i]), now)
        })
    });
    group.finish();

    let mut group = c.benchmark_group("sla/evaluate_many");
    group.sample_size(10);
    group.warm_up_time(Duration::from_secs(1));
    group.measurement_time(Duration::from_secs(10));
    group.bench_function("100k_tickets", |b| {
        b.iter(|| sla.evaluate_many(black_box(&batch), now))
    });
    group.finish();
}

criterion_group!(benches, bench_calendar, bench_evaluate);
criterion_main!(benches);
