//! Public holidays by rule, checked against published dates.

use caredesk::calendar::holidays::{easter, for_country};
use chrono::NaiveDate;

fn dates(country: &str, year: i32) -> Vec<String> {
    let mut v: Vec<String> = for_country(country, year)
        .unwrap()
        .iter()
        .map(|h| h.date.format("%m-%d").to_string())
        .collect();
    v.dedup();
    v
}

fn check(country: &str, year: i32, expected: &str) {
    let expected: Vec<&str> = expected.split_whitespace().collect();
    assert_eq!(dates(country, year), expected, "{country} {year}");
}

#[test]
fn easter_dates() {
    for (y, m, d) in [
        (1970, 3, 29),
        (2000, 4, 23),
        (2008, 3, 23),
        (2011, 4, 24),
        (2019, 4, 21),
        (2022, 4, 17),
        (2023, 4, 9),
        (2024, 3, 31),
        (2025, 4, 20),
        (2026, 4, 5),
        (2027, 3, 28),
        (2038, 4, 25),
    ] {
        assert_eq!(easter(y), NaiveDate::from_ymd_opt(y, m, d), "{y}");
    }
}

#[test]
fn italy() {
    check(
        "IT",
        2024,
        "01-01 01-06 03-31 04-01 04-25 05-01 06-02 08-15 11-01 12-08 12-25 12-26",
    );
    check(
        "IT",
        2025,
        "01-01 01-06 04-20 04-21 04-25 05-01 06-02 08-15 11-01 12-08 12-25 12-26",
    );
    check(
        "IT",
        2026,
        "01-01 01-06 04-05 04-06 04-25 05-01 06-02 08-15 10-04 11-01 12-08 12-25 12-26",
    );
    // 17 March 2011, 150th anniversary of unification, once.
    assert!(dates("IT", 2011).contains(&"03-17".to_string()));
    assert!(!dates("IT", 2012).contains(&"03-17".to_string()));
}

#[test]
fn germany() {
    check(
        "DE",
        2024,
        "01-01 03-29 04-01 05-01 05-09 05-20 10-03 12-25 12-26",
    );
    check(
        "DE",
        2025,
        "01-01 04-18 04-21 05-01 05-29 06-09 10-03 12-25 12-26",
    );
    check(
        "DE",
        2026,
        "01-01 04-03 04-06 05-01 05-14 05-25 10-03 12-25 12-26",
    );
    assert!(dates("DE", 2017).contains(&"10-31".to_string()));
}

#[test]
fn france() {
    check(
        "FR",
        2024,
        "01-01 04-01 05-01 05-08 05-09 05-20 07-14 08-15 11-01 11-11 12-25",
    );
    check(
        "FR",
        2025,
        "01-01 04-21 05-01 05-08 05-29 06-09 07-14 08-15 11-01 11-11 12-25",
    );
    check(
        "FR",
        2026,
        "01-01 04-06 05-01 05-08 05-14 05-25 07-14 08-15 11-01 11-11 12-25",
    );
}

#[test]
fn spain() {
    check(
        "ES",
        2024,
        "01-01 01-06 03-29 05-01 08-15 10-12 11-01 12-06 12-25",
    );
    check(
        "ES",
        2025,
        "01-01 01-06 04-18 05-01 08-15 11-01 12-06 12-08 12-25",
    );
    check(
        "ES",
        2026,
        "01-01 01-06 04-03 05-01 08-15 10-12 12-08 12-25",
    );
    // Sundays are left out (8 December 2024, 12 October 2025, 1 November and
    // 6 December 2026): the rest day
    // moves to the Monday, which each community may replace.
    assert!(!dates("ES", 2023).contains(&"01-01".to_string()));
}

#[test]
fn portugal() {
    check(
        "PT",
        2024,
        "01-01 03-29 03-31 04-25 05-01 05-30 06-10 08-15 10-05 11-01 12-01 12-08 12-25",
    );
    check(
        "PT",
        2025,
        "01-01 04-18 04-20 04-25 05-01 06-10 06-19 08-15 10-05 11-01 12-01 12-08 12-25",
    );
    check(
        "PT",
        2026,
        "01-01 04-03 04-05 04-25 05-01 06-04 06-10 08-15 10-05 11-01 12-01 12-08 12-25",
    );
    // 2013-2015: Corpus Christi, 5 Oct, 1 Nov, 1 Dec suspended.
    let y2014 = dates("PT", 2014);
    assert!(!y2014.contains(&"10-05".to_string()) && !y2014.contains(&"12-01".to_string()));
}

#[test]
fn netherlands() {
    check(
        "NL",
        2024,
        "01-01 03-29 03-31 04-01 04-27 05-05 05-09 05-19 05-20 12-25 12-26",
    );
    check(
        "NL",
        2025,
        "01-01 04-18 04-20 04-21 04-26 05-05 05-29 06-08 06-09 12-25 12-26",
    );
    check(
        "NL",
        2026,
        "01-01 04-03 04-05 04-06 04-27 05-05 05-14 05-24 05-25 12-25 12-26",
    );
    assert!(dates("NL", 2006).contains(&"04-29".to_string())); // Queen's Day, 30 April a Sunday
    assert!(dates("NL", 2014).contains(&"04-26".to_string())); // first King's Day, 27 April a Sunday
}

#[test]
fn belgium() {
    check(
        "BE",
        2024,
        "01-01 04-01 05-01 05-09 05-20 07-21 08-15 11-01 11-11 12-25",
    );
    check(
        "BE",
        2025,
        "01-01 04-21 05-01 05-29 06-09 07-21 08-15 11-01 11-11 12-25",
    );
    check(
        "BE",
        2026,
        "01-01 04-06 05-01 05-14 05-25 07-21 08-15 11-01 11-11 12-25",
    );
}

#[test]
fn austria() {
    check(
        "AT",
        2024,
        "01-01 01-06 04-01 05-01 05-09 05-20 05-30 08-15 10-26 11-01 12-08 12-25 12-26",
    );
    check(
        "AT",
        2025,
        "01-01 01-06 04-21 05-01 05-29 06-09 06-19 08-15 10-26 11-01 12-08 12-25 12-26",
    );
    check(
        "AT",
        2026,
        "01-01 01-06 04-06 05-01 05-14 05-25 06-04 08-15 10-26 11-01 12-08 12-25 12-26",
    );
}

#[test]
fn ireland() {
    check(
        "IE",
        2024,
        "01-01 02-05 03-17 04-01 05-06 06-03 08-05 10-28 12-25 12-26",
    );
    check(
        "IE",
        2025,
        "01-01 02-03 03-17 04-21 05-05 06-02 08-04 10-27 12-25 12-26",
    );
    check(
        "IE",
        2026,
        "01-01 02-02 03-17 04-06 05-04 06-01 08-03 10-26 12-25 12-26",
    );
    assert!(dates("IE", 2022).contains(&"03-18".to_string()));
    // One-off days: the millennium and the national day of mourning of 2001.
    assert!(dates("IE", 1999).contains(&"12-31".to_string()));
    assert!(dates("IE", 2001).contains(&"09-14".to_string()));
    // Since 1997 a weekend holiday is not moved (St Patrick's Day 2013 was a Sunday);
    // before, the next weekday was listed (Christmas 1994 a Sunday, St Stephen's a Monday).
    assert_eq!(dates("IE", 2013).len(), 9);
    assert!(dates("IE", 1994).contains(&"12-27".to_string()));
}

#[test]
fn england_and_wales() {
    check(
        "GB",
        2024,
        "01-01 03-29 04-01 05-06 05-27 08-26 12-25 12-26",
    );
    check(
        "GB",
        2025,
        "01-01 04-18 04-21 05-05 05-26 08-25 12-25 12-26",
    );
    check(
        "GB",
        2026,
        "01-01 04-03 04-06 05-04 05-25 08-31 12-25 12-26 12-28",
    );
    check(
        "GB",
        2022,
        "01-01 01-03 04-15 04-18 05-02 06-02 06-03 08-29 09-19 12-25 12-26 12-27",
    );
    check(
        "GB",
        2020,
        "01-01 04-10 04-13 05-08 05-25 08-31 12-25 12-26 12-28",
    );
}

#[test]
fn united_states() {
    check(
        "US",
        2024,
        "01-01 01-15 02-19 05-27 06-19 07-04 09-02 10-14 11-11 11-28 12-25",
    );
    check(
        "US",
        2025,
        "01-01 01-20 02-17 05-26 06-19 07-04 09-01 10-13 11-11 11-27 12-25",
    );
    check(
        "US",
        2026,
        "01-01 01-19 02-16 05-25 06-19 07-03 07-04 09-07 10-12 11-11 11-26 12-25",
    );
    // 1 January 2022 is a Saturday: observed on Friday 31 December 2021.
    assert!(dates("US", 2021).contains(&"12-31".to_string()));
}

#[test]
fn poland() {
    check(
        "PL",
        2024,
        "01-01 01-06 03-31 04-01 05-01 05-03 05-19 05-30 08-15 11-01 11-11 12-25 12-26",
    );
    check(
        "PL",
        2025,
        "01-01 01-06 04-20 04-21 05-01 05-03 06-08 06-19 08-15 11-01 11-11 12-24 12-25 12-26",
    );
    check(
        "PL",
        2026,
        "01-01 01-06 04-05 04-06 05-01 05-03 05-24 06-04 08-15 11-01 11-11 12-24 12-25 12-26",
    );
}

#[test]
fn errors() {
    let e = for_country("XX", 2026).unwrap_err();
    assert_eq!(
        (e.code(), e.field()),
        ("input.unknown_value", Some("country"))
    );
    let e = for_country("IT", 1969).unwrap_err();
    assert_eq!((e.code(), e.field()), ("input.invalid", Some("year")));
    assert!(for_country("it", 2100).is_ok());
    for c in caredesk::calendar::holidays::COUNTRIES {
        for y in 1970..=2100 {
            assert!(
                for_country(c, y).unwrap().iter().all(|h| h
                    .date
                    .format("%Y")
                    .to_string()
                    .parse::<i32>()
                    .unwrap()
                    == y)
            );
        }
    }
}

#[test]
fn switzerland() {
    // The days that are public holidays in every canton (1 August federal from 1994).
    check("CH", 2026, "01-01 05-14 08-01 12-25");
    check("CH", 2024, "01-01 05-09 08-01 12-25");
    check("CH", 1993, "01-01 05-20 12-25");
}

#[test]
fn turkey() {
    // Kurban Bayramı 2026 from Wednesday 27 May (arife, the 26th, is a half day and
    // not listed); Ramazan Bayramı 2026 from Friday 20 March.
    check(
        "TR",
        2026,
        "01-01 03-20 03-21 03-22 04-23 05-01 05-19 05-27 05-28 05-29 05-30 07-15 08-30 10-29",
    );
    // Ramazan Bayramı 2025 from 30 March, Kurban Bayramı from 6 June.
    check(
        "TR",
        2025,
        "01-01 03-30 03-31 04-01 04-23 05-01 05-19 06-06 06-07 06-08 06-09 07-15 08-30 10-29",
    );
    // Diyanet's dates where they differ from Umm al-Qura: Ramazan Bayramı 2016
    // from 5 July, Kurban Bayramı 2016 from 12 September.
    let y2016 = dates("TR", 2016);
    for d in ["07-05", "07-07", "09-12", "09-15"] {
        assert!(y2016.contains(&d.to_string()), "{d}");
    }
    assert!(!y2016.contains(&"07-08".to_string()) && !y2016.contains(&"09-11".to_string()));
    // Kurban Bayramı from 31 December 2006 runs into 2007; two Ramazan Bayramı in 2000.
    assert!(dates("TR", 2006).contains(&"12-31".to_string()));
    assert!(dates("TR", 2007)[..4] == ["01-01", "01-02", "01-03", "04-23"]);
    let y2000 = dates("TR", 2000);
    assert!(y2000.contains(&"01-08".to_string()) && y2000.contains(&"12-27".to_string()));
    // 15 July from 2017; 1 May not between 1981 and 2008.
    assert!(!dates("TR", 2016).contains(&"07-15".to_string()));
    assert!(!dates("TR", 2008).contains(&"05-01".to_string()));
    assert!(dates("TR", 1980).contains(&"05-01".to_string()));
}

#[test]
fn brazil() {
    // Carnival (16-17 February 2026) and Corpus Christi are optional points, not listed.
    check(
        "BR",
        2026,
        "01-01 04-03 04-21 05-01 09-07 10-12 11-02 11-15 11-20 12-25",
    );
    // 20 November from 2024 (Law 14.759/2023).
    check(
        "BR",
        2023,
        "01-01 04-07 04-21 05-01 09-07 10-12 11-02 11-15 12-25",
    );
    assert!(!dates("BR", 1979).contains(&"10-12".to_string()));
}

#[test]
fn australia() {
    // Christmas on a Saturday: Monday 27 for it, Tuesday 28 for Boxing Day (on a Sunday);
    // Anzac Day on a Sunday is not moved nationally.
    check(
        "AU",
        2021,
        "01-01 01-26 04-02 04-05 04-25 12-25 12-26 12-27 12-28",
    );
    // New Year's Day on a Saturday: Monday 3 January; Christmas on a Sunday:
    // Tuesday 27 (Boxing Day keeps Monday 26); the Queen's day of mourning.
    check(
        "AU",
        2022,
        "01-01 01-03 01-26 04-15 04-18 04-25 09-22 12-25 12-26 12-27",
    );
    // Australia Day on a Sunday: Monday 27 January 2025.
    assert!(dates("AU", 2025).contains(&"01-27".to_string()));
}

#[test]
fn calendar_dates_outside_the_supported_years_are_refused() {
    use caredesk::calendar::Calendar;
    for (extra, field) in [
        (
            r#""holidays": [{"date": "2026-12-25"}, {"date": "+262142-12-31"}]"#,
            "holidays[1].date",
        ),
        (
            r#""holidays": [{"date": "1969-12-31"}]"#,
            "holidays[0].date",
        ),
        (
            r#""extra_working_days": [{"date": "0000-01-01", "open": [["09:00", "12:00"]]}]"#,
            "extra_working_days[0].date",
        ),
        (
            r#""holiday_sets": ["IT"], "removed_holidays": ["2101-01-01"]"#,
            "removed_holidays[0]",
        ),
    ] {
        let json = format!(r#"{{"zone": "Europe/Rome", "always": true, {extra}}}"#);
        let err = Calendar::from_json(&json).unwrap_err();
        assert_eq!(
            (err.code(), err.field()),
            ("input.invalid", Some(field)),
            "{json}"
        );
    }
    // The bounds themselves are accepted.
    let cal = Calendar::from_json(
        r#"{"zone": "Europe/Rome", "always": true,
            "holidays": [{"date": "1970-01-01"}, {"date": "2100-12-31"}]}"#,
    )
    .unwrap();
    assert!(!cal.is_business_day(NaiveDate::from_ymd_opt(2100, 12, 31).unwrap()));
}
