//! Business-hours calendar: the places where SLA clocks usually go wrong.

use caredesk::calendar::{Calendar, CalendarConfig};
use chrono::{DateTime, NaiveDate, TimeDelta, Utc};
use proptest::prelude::*;

fn at(s: &str) -> DateTime<Utc> {
    s.parse().unwrap()
}

fn cal(json: &str) -> Calendar {
    Calendar::from_json(json).unwrap()
}

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

const ROME_OFFICE: &str = r#"{"zone": "Europe/Rome", "weekly": {
  "mon": [["09:00","18:00"]], "tue": [["09:00","18:00"]], "wed": [["09:00","18:00"]],
  "thu": [["09:00","18:00"]], "fri": [["09:00","18:00"]]}, "holiday_sets": ["IT"],
  "holidays": [{"date": "2026-12-24", "open": [["09:00","13:00"]]}],
  "extra_working_days": [{"date": "2026-11-28", "open": [["10:00","16:00"]]}]}"#;

#[test]
fn hours_crossing_midnight_belong_to_the_day_they_start() {
    // Saturday 22:00 - Sunday 02:00 in Rome; Sunday 2026-05-10 listed as a holiday does not cut it.
    let c = cal(
        r#"{"zone": "Europe/Rome", "weekly": {"sat": [["22:00","02:00"]]},
        "holidays": [{"date": "2026-05-10"}]}"#,
    );
    assert!(c.is_open(at("2026-05-09T20:00:00Z"))); // Sat 22:00 CEST
    assert!(c.is_open(at("2026-05-09T23:30:00Z"))); // Sun 01:30
    assert!(!c.is_open(at("2026-05-10T00:00:00Z"))); // Sun 02:00, closing instant
    assert_eq!(
        c.next_close(at("2026-05-09T21:00:00Z")),
        Some(at("2026-05-10T00:00:00Z"))
    );
    assert_eq!(
        c.between(at("2026-05-09T00:00:00Z"), at("2026-05-11T00:00:00Z")),
        TimeDelta::hours(4)
    );
    // 4 h: the whole night; 5 h: into the next Saturday.
    assert_eq!(
        c.add(at("2026-05-09T10:00:00Z"), TimeDelta::hours(4))
            .unwrap(),
        at("2026-05-10T00:00:00Z")
    );
    assert_eq!(
        c.add(at("2026-05-09T10:00:00Z"), TimeDelta::hours(5))
            .unwrap(),
        at("2026-05-16T21:00:00Z")
    );
}

#[test]
fn always_open_has_no_gap_at_midnight() {
    let c = cal(r#"{"zone": "Europe/Rome", "always": true}"#);
    let midnight = at("2026-05-09T22:00:00Z"); // 00:00 CEST
    assert!(c.is_open(midnight));
    assert_eq!(c.next_close(midnight), None);
    assert_eq!(
        c.add(at("2026-05-09T21:30:00Z"), TimeDelta::hours(1))
            .unwrap(),
        at("2026-05-09T22:30:00Z")
    );
    assert_eq!(
        c.between(at("2026-05-09T21:00:00Z"), at("2026-05-10T21:00:00Z")),
        TimeDelta::hours(24)
    );
    assert_eq!(c.weekly_open_time(), TimeDelta::days(7));
    // With a holiday, 24/7 closes exactly for that local day.
    let h = cal(r#"{"zone": "Europe/Rome", "always": true, "holidays": [{"date": "2026-05-12"}]}"#);
    assert_eq!(h.next_close(midnight), Some(at("2026-05-11T22:00:00Z")));
    assert_eq!(
        h.next_open(at("2026-05-12T10:00:00Z")),
        Some(at("2026-05-12T22:00:00Z"))
    );
}

#[test]
fn dst_in_rome_is_real_elapsed_time() {
    let all = cal(r#"{"zone": "Europe/Rome", "always": true}"#);
    // Spring forward, Sunday 2026-03-29: local day is 23 hours.
    assert_eq!(
        all.between(at("2026-03-28T23:00:00Z"), at("2026-03-29T22:00:00Z")),
        TimeDelta::hours(23)
    );
    // Fall back, Sunday 2026-10-25: 25 hours.
    assert_eq!(
        all.between(at("2026-10-24T22:00:00Z"), at("2026-10-25T23:00:00Z")),
        TimeDelta::hours(25)
    );

    let night = cal(r#"{"zone": "Europe/Rome", "weekly": {"sun": [["01:00","04:00"]]}}"#);
    let day = |s, e| night.between(at(s), at(e));
    assert_eq!(
        day("2026-03-28T12:00:00Z", "2026-03-29T12:00:00Z"),
        TimeDelta::hours(2)
    );
    assert_eq!(
        day("2026-10-24T12:00:00Z", "2026-10-25T12:00:00Z"),
        TimeDelta::hours(4)
    );
    assert_eq!(
        day("2026-05-09T12:00:00Z", "2026-05-10T12:00:00Z"),
        TimeDelta::hours(3)
    );

    // A local opening in the spring gap moves to the first instant after it (03:00 CEST).
    let gap = cal(r#"{"zone": "Europe/Rome", "weekly": {"sun": [["02:30","05:00"]]}}"#);
    assert_eq!(
        gap.next_open(at("2026-03-28T12:00:00Z")),
        Some(at("2026-03-29T01:00:00Z"))
    );
    // Ambiguous autumn times: earlier instant to open, later to close.
    let amb = cal(r#"{"zone": "Europe/Rome", "weekly": {"sun": [["02:30","02:45"]]}}"#);
    assert_eq!(
        amb.next_open(at("2026-10-24T12:00:00Z")),
        Some(at("2026-10-25T00:30:00Z"))
    );
    assert_eq!(
        amb.next_close(at("2026-10-24T12:00:00Z")),
        Some(at("2026-10-25T01:45:00Z"))
    );
}

#[test]
fn dst_in_new_york() {
    let all = cal(r#"{"zone": "America/New_York", "always": true}"#);
    // 2026-03-08 spring forward, 2026-11-01 fall back.
    assert_eq!(
        all.between(at("2026-03-08T05:00:00Z"), at("2026-03-09T04:00:00Z")),
        TimeDelta::hours(23)
    );
    assert_eq!(
        all.between(at("2026-11-01T04:00:00Z"), at("2026-11-02T05:00:00Z")),
        TimeDelta::hours(25)
    );
    let office = cal(
        r#"{"zone": "America/New_York", "weekly": {"sat": [["09:00","17:00"]], "sun": [["09:00","17:00"]]}}"#,
    );
    // Saturday 16:00 EST + 2 h: 1 h Saturday, then Sunday opens 09:00 EDT (13:00Z).
    assert_eq!(
        office
            .add(at("2026-03-07T21:00:00Z"), TimeDelta::hours(2))
            .unwrap(),
        at("2026-03-08T14:00:00Z")
    );
    assert_eq!(
        office
            .add(at("2026-10-31T20:00:00Z"), TimeDelta::hours(2))
            .unwrap(),
        at("2026-11-01T15:00:00Z")
    );
}

#[test]
fn holiday_on_a_weekend_and_substitute_days() {
    // England & Wales 2026: Boxing Day is a Saturday, substitute Monday 28 December.
    let gb = cal(
        r#"{"zone": "Europe/London", "weekly": {"mon": [["09:00","17:00"]], "tue": [["09:00","17:00"]],
        "wed": [["09:00","17:00"]], "thu": [["09:00","17:00"]], "fri": [["09:00","17:00"]]}, "holiday_sets": ["GB"]}"#,
    );
    assert!(!gb.is_open(at("2026-12-25T10:00:00Z")));
    assert!(!gb.is_open(at("2026-12-28T10:00:00Z")));
    assert_eq!(
        gb.next_open(at("2026-12-24T17:00:00Z")),
        Some(at("2026-12-29T09:00:00Z"))
    );
    // Italy has no substitute days: Assumption on Saturday 2026-08-15 changes nothing.
    let it = cal(ROME_OFFICE);
    assert_eq!(
        it.add(at("2026-08-14T15:00:00Z"), TimeDelta::hours(2))
            .unwrap(),
        at("2026-08-17T08:00:00Z")
    );
}

#[test]
fn start_outside_hours_begins_at_next_opening() {
    let c = cal(ROME_OFFICE);
    // Saturday 2026-05-09 10:00 CEST: the clock starts Monday 09:00.
    let sat = at("2026-05-09T08:00:00Z");
    assert_eq!(
        c.add(sat, TimeDelta::zero()).unwrap(),
        at("2026-05-11T07:00:00Z")
    );
    assert_eq!(
        c.add(sat, TimeDelta::hours(1)).unwrap(),
        at("2026-05-11T08:00:00Z")
    );
    // Zero duration while open: the start itself.
    let open = at("2026-05-11T10:00:00Z");
    assert_eq!(c.add(open, TimeDelta::zero()).unwrap(), open);
    assert_eq!(c.next_open(open), Some(open));
    assert!(c.add(open, TimeDelta::seconds(-1)).is_err());
}

#[test]
fn shortened_day_before_a_holiday() {
    let c = cal(ROME_OFFICE);
    // Thursday 24 December open 09:00-13:00 CET; 25 and 26 are holidays; next open Monday 28.
    assert!(c.is_open(at("2026-12-24T11:59:00Z")));
    assert!(!c.is_open(at("2026-12-24T12:00:00Z")));
    assert_eq!(
        c.add(at("2026-12-24T11:00:00Z"), TimeDelta::hours(2))
            .unwrap(),
        at("2026-12-28T09:00:00Z")
    );
    assert_eq!(
        c.between(at("2026-12-24T00:00:00Z"), at("2026-12-27T00:00:00Z")),
        TimeDelta::hours(4)
    );
}

#[test]
fn working_weekend_day() {
    let c = cal(ROME_OFFICE);
    // Saturday 2026-11-28 open 10:00-16:00 CET.
    assert!(c.is_open(at("2026-11-28T10:00:00Z")));
    assert_eq!(
        c.add(at("2026-11-27T16:00:00Z"), TimeDelta::hours(2))
            .unwrap(),
        at("2026-11-28T10:00:00Z")
    );
    assert!(c.is_business_day(date(2026, 11, 28)));
    assert!(!c.is_business_day(date(2026, 12, 5)));
}

#[test]
fn business_days() {
    let c = cal(ROME_OFFICE);
    assert_eq!(
        c.add_business_days(date(2026, 5, 8), 1).unwrap(),
        date(2026, 5, 11)
    );
    assert_eq!(
        c.add_business_days(date(2026, 5, 9), 0).unwrap(),
        date(2026, 5, 11)
    );
    assert_eq!(
        c.add_business_days(date(2026, 12, 23), 2).unwrap(),
        date(2026, 12, 28)
    );
    assert_eq!(
        c.add_business_days(date(2026, 12, 28), -2).unwrap(),
        date(2026, 12, 23)
    );
    // Long spans agree with a day-by-day count.
    let mut d = date(2026, 1, 2);
    for _ in 0..600 {
        d = c.add_business_days(d, 1).unwrap();
    }
    assert_eq!(c.add_business_days(date(2026, 1, 2), 600).unwrap(), d);
    assert_eq!(c.add_business_days(d, -600).unwrap(), date(2026, 1, 2));
}

#[test]
fn long_spans_match_a_day_by_day_sum() {
    for json in [
        ROME_OFFICE,
        r#"{"zone": "America/New_York", "weekly": {"fri": [["20:00","03:00"]], "sun": [["00:00","24:00"]]}, "holiday_sets": ["US"]}"#,
    ] {
        let c = cal(json);
        let start = at("2025-01-01T00:00:00Z");
        let mut sum = TimeDelta::zero();
        let mut t = start;
        for _ in 0..(3 * 366) {
            let next = t + TimeDelta::hours(24);
            sum += c.between(t, next);
            t = next;
        }
        assert_eq!(c.between(start, t), sum);
        assert_eq!(
            c.add(start, sum).unwrap(),
            c.add(start, sum - TimeDelta::seconds(1)).unwrap() + TimeDelta::seconds(1)
        );
        let end = c.add(start, sum).unwrap();
        assert!(end <= t && c.between(start, end) == sum);
    }
    // Decades in one call.
    let c = cal(ROME_OFFICE);
    let far = c
        .add(at("2026-01-01T00:00:00Z"), TimeDelta::hours(9 * 250 * 70))
        .unwrap();
    assert!(far.format("%Y").to_string().parse::<i32>().unwrap() > 2090);
    assert!(
        matches!(c.add(at("2026-01-01T00:00:00Z"), TimeDelta::MAX), Err(e) if e.code() == "sla.overflow")
    );
}

fn err(json: &str) -> (String, String) {
    let e = Calendar::from_json(json).unwrap_err();
    (
        e.code().to_string(),
        e.field().unwrap_or_default().to_string(),
    )
}

#[test]
fn bad_configs_name_the_field() {
    let cases = [
        (
            r#"{"zone": "Europe/Rome", "weekly": {"mon": [["09:00","12:00"], ["11:00","13:00"]]}}"#,
            "sla.overlapping_hours",
            "weekly.mon[1]",
        ),
        (
            r#"{"zone": "Europe/Rome", "weekly": {"mon": [["22:00","03:00"]], "tue": [["02:00","05:00"]]}}"#,
            "sla.overlapping_hours",
            "weekly.tue[0]",
        ),
        (
            r#"{"zone": "Europe/Rome", "weekly": {"sun": [["22:00","03:00"]], "mon": [["02:00","05:00"]]}}"#,
            "sla.overlapping_hours",
            "weekly.mon[0]",
        ),
        (
            r#"{"zone": "Europe/Rome", "weekly": {"mon": [["09:00","18:00"], ["10:00","10:00"]]}}"#,
            "sla.empty_interval",
            "weekly.mon[1]",
        ),
        (
            r#"{"zone": "Europe/Rome", "weekly": {"mon": [["9am","18:00"]]}}"#,
            "input.invalid",
            "weekly.mon[0][0]",
        ),
        (
            r#"{"zone": "Europe/Rome", "weekly": {"mon": [["09:00","24:30"]]}}"#,
            "input.invalid",
            "weekly.mon[0][1]",
        ),
        (
            r#"{"zone": "Europe/Rome", "weekly": {"mon": [["24:00","02:00"]]}}"#,
            "input.invalid",
            "weekly.mon[0][0]",
        ),
        (
            r#"{"zone": "Europe/Roma", "weekly": {"mon": [["09:00","18:00"]]}}"#,
            "input.unknown_value",
            "zone",
        ),
        (
            r#"{"zone": "Europe/Rome", "weekly": {"monday": [["09:00","18:00"]]}}"#,
            "input.unknown_value",
            "weekly.monday",
        ),
        (
            r#"{"zone": "Europe/Rome", "weekly": {}}"#,
            "sla.no_open_time",
            "weekly",
        ),
        (r#"{"zone": "Europe/Rome"}"#, "sla.no_open_time", "weekly"),
        (
            r#"{"zone": "Europe/Rome", "always": true, "weekly": {"mon": [["09:00","18:00"]]}}"#,
            "input.invalid",
            "always",
        ),
        (
            r#"{"zone": "Europe/Rome", "weekly": {"mon": [["09:00","18:00"]]}, "holiday_sets": ["IT", "XX"]}"#,
            "input.unknown_value",
            "holiday_sets[1]",
        ),
        (
            r#"{"zone": "Europe/Rome", "weekly": {"mon": [["09:00","18:00"]]}, "holidays": [{"date": "2026-12-25"}], "extra_working_days": [{"date": "2026-12-25", "open": [["09:00","10:00"]]}]}"#,
            "input.invalid",
            "extra_working_days[0].date",
        ),
        (
            r#"{"zone": "Europe/Rome", "weekly": {"mon": [["09:00","18:00"]]}, "extra_working_days": [{"date": "2026-11-28"}]}"#,
            "input.invalid",
            "extra_working_days[0].open",
        ),
        (
            r#"{"zone": "Europe/Rome", "weekly": {"mon": [["09:00","18:00"]]}, "holidays": [{"date": "2026-12-24", "open": [["09:00","13:00"], ["12:00","14:00"]]}]}"#,
            "sla.overlapping_hours",
            "holidays[0].open[1]",
        ),
        (
            r#"{"zone": "Europe/Rome", "weekly": {"mon": [["09:00","18:00"]]}, "holidays": [{"date": "2026-13-24"}]}"#,
            "input.json",
            "holidays[0].date",
        ),
    ];
    for (json, code, field) in cases {
        assert_eq!(err(json), (code.to_string(), field.to_string()), "{json}");
    }
    // 24:00 as an end and 00:00 as a crossing end are both "until midnight".
    let a = cal(r#"{"zone": "UTC", "weekly": {"mon": [["18:00","24:00"]]}}"#);
    let b = cal(r#"{"zone": "UTC", "weekly": {"mon": [["18:00","00:00"]]}}"#);
    assert_eq!(a.weekly_open_time(), b.weekly_open_time());
    let cfg: CalendarConfig = serde_json::from_str(ROME_OFFICE).unwrap();
    assert_eq!(
        serde_json::from_str::<CalendarConfig>(&serde_json::to_string(&cfg).unwrap()).unwrap(),
        cfg
    );
}

fn day_pattern() -> impl Strategy<Value = Vec<(&'static str, &'static str)>> {
    prop_oneof![
        Just(vec![]),
        Just(vec![("09:00", "13:00"), ("14:00", "18:00")]),
        Just(vec![("08:30", "17:15")]),
        Just(vec![("00:00", "24:00")]),
        Just(vec![("01:00", "04:00")]),
        Just(vec![("02:30", "03:30")]),
        Just(vec![("20:00", "23:00")]),
        Just(vec![("06:00", "10:00"), ("22:00", "00:00")]),
        Just(vec![("08:00", "12:00"), ("23:00", "02:30")]),
        Just(vec![("21:00", "05:00")]),
    ]
}

fn calendar() -> impl Strategy<Value = Calendar> {
    (
        prop::collection::vec(day_pattern(), 7),
        prop_oneof![Just("Europe/Rome"), Just("America/New_York"), Just("UTC"), Just("Australia/Sydney")],
        prop::bool::ANY,
        prop::bool::weighted(0.1),
    )
        .prop_filter_map("no open time", |(days, zone, holidays, always)| {
            let weekly: serde_json::Map<String, serde_json::Value> = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
                .iter()
                .zip(&days)
                .filter(|(_, d)| !d.is_empty())
                .map(|(k, d)| (k.to_string(), serde_json::json!(d)))
                .collect();
            let json = if always {
                serde_json::json!({"zone": zone, "always": true, "holidays": [{"date": "2026-03-29"}]})
            } else {
                // Special days: a short Saturday, a Monday whose hours may
                // overlap a Sunday night crossing midnight, a night into a
                // holiday, and a working Sunday.
                serde_json::json!({"zone": zone, "weekly": weekly,
                    "holiday_sets": if holidays { vec!["IT"] } else { vec![] },
                    "holidays": [{"date": "2026-10-24", "open": [["10:00", "11:00"]]},
                                 {"date": "2026-06-15", "open": [["01:00", "03:00"], ["22:00", "01:00"]]},
                                 {"date": "2027-01-12"}],
                    "extra_working_days": [{"date": "2026-09-13", "open": [["00:00", "24:00"]]}]})
            };
            Calendar::from_json(&json.to_string()).ok()
        })
}

fn instant() -> impl Strategy<Value = DateTime<Utc>> {
    // 2025-06-01 .. 2027-06-01, to the second.
    (1_748_736_000i64..1_811_808_000).prop_map(|s| DateTime::from_timestamp(s, 0).unwrap())
}

fn duration() -> impl Strategy<Value = TimeDelta> {
    prop_oneof![0i64..86_400, 0i64..(400 * 3600), 0i64..(4000 * 3600)].prop_map(TimeDelta::seconds)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn between_inverts_add(c in calendar(), a in instant(), d in duration()) {
        let end = c.add(a, d).unwrap();
        prop_assert_eq!(c.between(a, end), d);
    }

    #[test]
    fn add_is_additive(c in calendar(), t in instant(), a in duration(), b in duration()) {
        let b = b + TimeDelta::seconds(1);
        prop_assert_eq!(c.add(c.add(t, a).unwrap(), b).unwrap(), c.add(t, a + b).unwrap());
    }

    #[test]
    fn add_is_monotonic(c in calendar(), t in instant(), u in instant(), a in duration(), b in duration()) {
        let (t, u) = (t.min(u), t.max(u));
        let (a, b) = (a.min(b), a.max(b));
        prop_assert!(c.add(t, a).unwrap() <= c.add(t, b).unwrap());
        prop_assert!(c.add(t, a).unwrap() <= c.add(u, a).unwrap());
    }

    #[test]
    fn add_lands_open_or_on_a_closing(c in calendar(), t in instant(), d in duration()) {
        let r = c.add(t, d).unwrap();
        let closing = c.is_open(r - TimeDelta::seconds(1)) && c.between(t, r) == d;
        prop_assert!(c.is_open(r) || (d > TimeDelta::zero() && closing), "{} + {} -> {}", t, d, r);
    }

    #[test]
    fn between_splits(c in calendar(), a in instant(), m in instant(), b in instant()) {
        let mut v = [a, m, b];
        v.sort();
        prop_assert_eq!(c.between(v[0], v[2]), c.between(v[0], v[1]) + c.between(v[1], v[2]));
    }

    #[test]
    fn long_spans_equal_their_one_day_pieces(c in calendar(), a in instant(), days in 0i64..800) {
        // The week and day jumps of a long span against pieces too short to jump.
        let b = a + TimeDelta::days(days) + TimeDelta::seconds(days * 3_631 % 86_400);
        let mut sum = TimeDelta::zero();
        let mut t = a;
        while t < b {
            let next = (t + TimeDelta::hours(20)).min(b);
            sum += c.between(t, next);
            t = next;
        }
        prop_assert_eq!(c.between(a, b), sum);
        // add finds the first instant by which that much business time has
        // passed (for zero: the next opening, which may be after b).
        let end = c.add(a, sum).unwrap();
        prop_assert_eq!(c.between(a, end), sum);
        if sum > TimeDelta::zero() {
            prop_assert!(end <= b);
            prop_assert!(c.between(a, end - TimeDelta::seconds(1)) < sum);
        }
    }

    #[test]
    fn next_open_and_close_agree_with_is_open(c in calendar(), t in instant()) {
        let o = c.next_open(t).unwrap();
        prop_assert!(o >= t && c.is_open(o));
        prop_assert_eq!(c.between(t, o), TimeDelta::zero());
        if let Some(close) = c.next_close(t) {
            prop_assert!(close > o && !c.is_open(close));
            prop_assert_eq!(c.between(o, close), close - o);
        }
    }
}

#[test]
fn toml_config_reads_like_json_and_names_bad_fields() {
    let cal = Calendar::from_toml(
        "zone = \"Europe/Rome\"\n[weekly]\nmon = [[\"09:00\", \"18:00\"]]\n[[holidays]]\ndate = 2026-11-30\n",
    )
    .unwrap();
    assert!(!cal.is_open("2026-11-30T10:00:00Z".parse().unwrap()));
    assert!(cal.is_open("2026-11-23T10:00:00Z".parse().unwrap()));

    let err = Calendar::from_toml("zone = \"Europe/Rome\"\nweekly = 3\n").unwrap_err();
    assert_eq!((err.code(), err.field()), ("input.toml", Some("weekly")));
    let err = Calendar::from_toml("zone = ").unwrap_err();
    assert_eq!((err.code(), err.field()), ("input.toml", Some(".")));
    let err = Calendar::from_toml("zone = \"Europe/Rome\"\nalways = true\nx = nan\n").unwrap_err();
    assert_eq!((err.code(), err.field()), ("input.toml", Some("x")));
    // Domain errors keep their code.
    let err = Calendar::from_toml("zone = \"Mars/Base\"\nalways = true\n").unwrap_err();
    assert_eq!(
        (err.code(), err.field()),
        ("input.unknown_value", Some("zone"))
    );
}

#[test]
fn removed_holidays_keep_their_weekly_hours() {
    let json = |removed: &str, sets: &str, extra: &str| {
        format!(
            r#"{{"zone": "Europe/Rome", "weekly": {{"mon": [["09:00","18:00"]], "tue": [["09:00","18:00"]],
            "wed": [["09:00","18:00"]], "thu": [["09:00","18:00"]], "fri": [["09:00","18:00"]]}},
            "holiday_sets": {sets}, "removed_holidays": {removed} {extra}}}"#
        )
    };
    // Tuesday 8 December 2026 (Immaculate Conception) is worked; the other IT holidays stay closed.
    let c = cal(&json(r#"["2026-12-08"]"#, r#"["IT"]"#, ""));
    assert!(c.is_business_day(date(2026, 12, 8)));
    assert!(c.is_open(at("2026-12-08T09:00:00Z")));
    assert!(!c.is_business_day(date(2027, 12, 8)));
    assert!(!c.is_business_day(date(2026, 12, 25)));
    // Monday 7 09:00 CET + 18 business hours: Mon 9 h, Tue 9 h (no longer a holiday).
    assert_eq!(
        c.add(at("2026-12-07T08:00:00Z"), TimeDelta::hours(18))
            .unwrap(),
        at("2026-12-08T17:00:00Z")
    );
    assert_eq!(
        cal(&json("[]", r#"["IT"]"#, ""))
            .add(at("2026-12-07T08:00:00Z"), TimeDelta::hours(18))
            .unwrap(),
        at("2026-12-09T17:00:00Z")
    );
    // A date of the second set only.
    let c = cal(&json(r#"["2026-05-14"]"#, r#"["IT", "DE"]"#, ""));
    assert!(c.is_business_day(date(2026, 5, 14))); // Ascension, DE only
    assert!(!c.is_business_day(date(2026, 5, 25))); // Whit Monday, DE
    // A date both sets list is removed from both.
    let c = cal(&json(r#"["2026-12-25"]"#, r#"["IT", "DE"]"#, ""));
    assert!(c.is_business_day(date(2026, 12, 25)));
    assert_eq!(c.config().removed_holidays, vec![date(2026, 12, 25)]);
    // From TOML, with a bare date.
    let t = Calendar::from_toml(
        "zone = \"Europe/Rome\"\nholiday_sets = [\"IT\"]\nremoved_holidays = [2026-12-08]\n[weekly]\ntue = [[\"09:00\", \"18:00\"]]\n",
    )
    .unwrap();
    assert!(t.is_business_day(date(2026, 12, 8)));

    // Refusals name the entry.
    let cases = [
        (
            json(r#"["2026-12-08", "2026-12-09"]"#, r#"["IT"]"#, ""),
            "input.invalid",
            "removed_holidays[1]",
        ),
        (
            json(r#"["2026-12-08"]"#, "[]", ""),
            "input.invalid",
            "removed_holidays[0]",
        ),
        (
            json(r#"["2026-12-08", "2026-12-08"]"#, r#"["IT"]"#, ""),
            "input.invalid",
            "removed_holidays[1]",
        ),
        (
            json(
                r#"["2026-12-08"]"#,
                r#"["IT"]"#,
                r#", "holidays": [{"date": "2026-12-08", "open": [["09:00","13:00"]]}]"#,
            ),
            "input.invalid",
            "removed_holidays[0]",
        ),
        (
            json(r#"["1969-12-25"]"#, r#"["IT"]"#, ""),
            "input.invalid",
            "removed_holidays[0]",
        ),
        (
            json(r#"["2026-12-32"]"#, r#"["IT"]"#, ""),
            "input.json",
            "removed_holidays[0]",
        ),
    ];
    for (json, code, field) in cases {
        assert_eq!(err(&json), (code.to_string(), field.to_string()), "{json}");
    }
    let e = Calendar::from_json(&json(r#"["2026-12-09"]"#, r#"["IT", "DE"]"#, "")).unwrap_err();
    assert!(
        e.to_string()
            .contains("2026-12-09 is not a holiday of the listed holiday_sets (IT, DE)"),
        "{e}"
    );
}
