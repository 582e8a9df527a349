//! Return decisions (criterion): the three-item German request of the shared
//! vector `multi_item_mixed_regimes` (a withdrawal, a defect, a personalised
//! item) under the shared `standard` policy.

use std::hint::black_box;
use std::time::Duration;

use caredesk::returns::{ReturnPolicy, ReturnRequest, evaluate};
use chrono::{DateTime, Utc};
use criterion::{Criterion, criterion_group, criterion_main};

fn bench_returns(c: &mut Criterion) {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/vectors/returns/");
    let case: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(format!("{dir}multi_item_mixed_regimes.json")).expect("vector"),
    )
    .expect("json");
    let policy = ReturnPolicy::from_json(
        &std::fs::read_to_string(format!("{dir}policies/standard.json")).expect("policy"),
    )
    .expect("policy");
    let request = ReturnRequest::from_json(&case["request"].to_string()).expect("request");
    assert_eq!(request.items.len(), 3);
    let now: DateTime<Utc> = case["now"].as_str().expect("now").parse().expect("instant");
    let mut group = c.benchmark_group("returns/evaluate");
    group.warm_up_time(Duration::from_secs(1));
    group.measurement_time(Duration::from_secs(5));
    group.bench_function("3_items", |b| {
        b.iter(|| evaluate(black_box(&request), black_box(&policy), now))
    });
    group.finish();
}

criterion_group!(benches, bench_returns);
criterion_main!(benches);
