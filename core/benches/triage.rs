//! Triage benchmark (criterion): one 500-character message at a time, taken
//! from the labelled set in tests/vectors/triage (every language and topic),
//! each body repeated or cut to exactly 500 characters.

use std::hint::black_box;
use std::time::Duration;

use caredesk::triage::{Labelled, Triage, TriageInput};
use criterion::{Criterion, criterion_group, criterion_main};

fn messages() -> Vec<TriageInput> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/vectors/triage/");
    let mut out = Vec::new();
    for file in ["tune.jsonl", "holdout.jsonl"] {
        let text = std::fs::read_to_string(format!("{dir}{file}")).expect("labelled set");
        for l in Labelled::read_jsonl(&text).expect("labelled set parses") {
            let mut input = l.input();
            let mut body = input.body.clone();
            while body.chars().count() < 500 {
                body.push(' ');
                body.push_str(&input.body);
            }
            input.body = body.chars().take(500).collect();
            out.push(input);
        }
    }
    out
}

fn bench_triage(c: &mut Criterion) {
    let triage = Triage::builtin();
    let inputs = messages();
    let mut group = c.benchmark_group("triage/classify");
    group.warm_up_time(Duration::from_secs(1));
    group.measurement_time(Duration::from_secs(5));
    group.bench_function("500_chars", |b| {
        let mut i = 0;
        b.iter(|| {
            i = (i + 1) % inputs.len();
            triage.classify(black_box(&inputs[i]))
        })
    });
    group.finish();

    // The batch form: 2,000 messages, on all cores (rayon), against the
    // same messages one by one on this thread.
    let batch: Vec<&TriageInput> = inputs.iter().cycle().take(2_000).collect();
    let mut group = c.benchmark_group("triage/batch_2000");
    group.warm_up_time(Duration::from_secs(1));
    group.measurement_time(Duration::from_secs(5));
    group.sample_size(20);
    group.bench_function("classify_many", |b| {
        b.iter(|| triage.classify_many(black_box(batch.iter().copied())))
    });
    group.bench_function("one_by_one", |b| {
        b.iter(|| {
            batch
                .iter()
                .map(|i| triage.classify(black_box(i)))
                .collect::<Vec<_>>()
        })
    });
    group.finish();

    let mut group = c.benchmark_group("triage/new");
    group.warm_up_time(Duration::from_secs(1));
    group.measurement_time(Duration::from_secs(3));
    group.bench_function("builtin", |b| b.iter(Triage::builtin));
    group.finish();
}

criterion_group!(benches, bench_triage);
criterion_main!(benches);
