//! Holidays read from iCalendar files: unfolding, all-day events, yearly
//! recurrences, and every refusal naming its line.

use caredesk::calendar::{Calendar, CalendarConfig, holidays, holidays_from_ics};
use chrono::{Datelike, NaiveDate};
use proptest::prelude::*;

/// Wraps event bodies (each a list of content lines) in a VCALENDAR, CRLF-terminated.
fn ics(events: &[&[&str]]) -> String {
    let mut lines = vec![
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//caredesk tests//EN",
    ];
    for ev in events {
        lines.push("BEGIN:VEVENT");
        lines.extend_from_slice(ev);
        lines.push("END:VEVENT");
    }
    lines.push("END:VCALENDAR");
    lines.join("\r\n") + "\r\n"
}

fn dates(text: &str) -> Vec<String> {
    holidays_from_ics(text)
        .unwrap_or_else(|e| panic!("{e}\n{text}"))
        .iter()
        .map(|d| {
            assert!(d.open.is_empty());
            d.date.to_string()
        })
        .collect()
}

fn err(text: &str) -> (String, String, String) {
    let e = match holidays_from_ics(text) {
        Ok(days) => panic!(
            "read {} dates from a text that should be refused:\n{text}",
            days.len()
        ),
        Err(e) => e,
    };
    (
        e.code().to_string(),
        e.field().unwrap_or_default().to_string(),
        e.to_string(),
    )
}

#[test]
fn single_multi_day_and_duration_events() {
    let text = ics(&[
        &["SUMMARY:New Year", "DTSTART;VALUE=DATE:20260101"],
        &[
            "SUMMARY:Inventory",
            "DTSTART;VALUE=DATE:20260227",
            "DTEND;VALUE=DATE:20260303",
        ],
        &[
            "SUMMARY:Retreat",
            "DTSTART;VALUE=DATE:20260601",
            "DURATION:P2D",
        ],
        &[
            "SUMMARY:Summer",
            "DTSTART;VALUE=DATE:20260810",
            "DURATION:P1W",
        ],
        // Duplicates collapse: the same date from two events is one holiday.
        &[
            "SUMMARY:Also New Year",
            "DTSTART;VALUE=DATE:20260101",
            "DTEND;VALUE=DATE:20260102",
        ],
    ]);
    assert_eq!(
        dates(&text),
        [
            "2026-01-01",
            "2026-02-27",
            "2026-02-28",
            "2026-03-01",
            "2026-03-02",
            "2026-06-01",
            "2026-06-02",
            "2026-08-10",
            "2026-08-11",
            "2026-08-12",
            "2026-08-13",
            "2026-08-14",
            "2026-08-15",
            "2026-08-16",
        ]
    );
}

#[test]
fn folding_line_ends_bom_and_other_components() {
    // LF only, a BOM, folded lines (space and tab), parameters with quoted
    // values, a VALARM and a VTIMEZONE whose lines are not the event's.
    let text = "\u{feff}BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VTIMEZONE\nTZID:Europe/Rome\n\
BEGIN:STANDARD\nDTSTART:19701025T030000\nEND:STANDARD\nEND:VTIMEZONE\n\
BEGIN:VEVENT\nSUMMARY;LANGUAGE=\"it\":Festa della \n Repubblica\nDTST\n ART;VALUE=DA\n\tTE:20260602\n\
X-NOTE;X-P=\"a;b:c\":ignored\nBEGIN:VALARM\nTRIGGER:-PT15M\nDTSTART:20260601T090000\nEND:VALARM\n\
END:VEVENT\nEND:VCALENDAR\n";
    assert_eq!(dates(text), ["2026-06-02"]);
    // A bare YYYYMMDD without VALUE=DATE is read as a date too.
    assert_eq!(dates(&ics(&[&["DTSTART:20261225"]])), ["2026-12-25"]);
    // Lower-case names and a calendar without events.
    assert_eq!(
        dates(
            "begin:vcalendar\r\nbegin:vevent\r\ndtstart;value=date:20260815\r\nend:vevent\r\nend:vcalendar"
        ),
        ["2026-08-15"]
    );
    assert!(dates(&ics(&[])).is_empty());
}

#[test]
fn yearly_rules() {
    let read = |lines: &[&str]| dates(&ics(&[lines]));
    assert_eq!(
        read(&["DTSTART;VALUE=DATE:20261225", "RRULE:FREQ=YEARLY;COUNT=3"]),
        ["2026-12-25", "2027-12-25", "2028-12-25"]
    );
    // UNTIL is inclusive, as a date or a date-time.
    assert_eq!(
        read(&[
            "DTSTART;VALUE=DATE:20261225",
            "RRULE:FREQ=YEARLY;UNTIL=20281225"
        ]),
        ["2026-12-25", "2027-12-25", "2028-12-25"]
    );
    assert_eq!(
        read(&[
            "DTSTART;VALUE=DATE:20261225",
            "RRULE:FREQ=YEARLY;UNTIL=20281224T235959Z"
        ]),
        ["2026-12-25", "2027-12-25"]
    );
    // Redundant BYMONTH/BYMONTHDAY, INTERVAL, WKST; a multi-day event repeats whole.
    assert_eq!(
        read(&[
            "DTSTART;VALUE=DATE:20261224",
            "DTEND;VALUE=DATE:20261227",
            "RRULE:FREQ=YEARLY;INTERVAL=2;BYMONTH=12;BYMONTHDAY=24;WKST=MO;COUNT=2",
        ]),
        [
            "2026-12-24",
            "2026-12-25",
            "2026-12-26",
            "2028-12-24",
            "2028-12-25",
            "2028-12-26"
        ]
    );
    // 29 February only in leap years; skipped years do not count towards COUNT.
    assert_eq!(
        read(&["DTSTART;VALUE=DATE:20240229", "RRULE:FREQ=YEARLY;COUNT=3"]),
        ["2024-02-29", "2028-02-29", "2032-02-29"]
    );
    // The fourth Thursday of November and the last Monday of May.
    assert_eq!(
        read(&[
            "DTSTART;VALUE=DATE:20261126",
            "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=4TH;COUNT=3"
        ]),
        ["2026-11-26", "2027-11-25", "2028-11-23"]
    );
    assert_eq!(
        read(&[
            "DTSTART;VALUE=DATE:20260525",
            "RRULE:FREQ=YEARLY;BYMONTH=5;BYDAY=-1MO;UNTIL=20281231"
        ]),
        ["2026-05-25", "2027-05-31", "2028-05-29"]
    );
    // EXDATE removes an occurrence (COUNT still counts it), RDATE adds dates.
    assert_eq!(
        read(&[
            "DTSTART;VALUE=DATE:20260815",
            "RRULE:FREQ=YEARLY;COUNT=3",
            "EXDATE;VALUE=DATE:20270815",
            "RDATE;VALUE=DATE:20300815,20310815",
        ]),
        ["2026-08-15", "2028-08-15", "2030-08-15", "2031-08-15"]
    );
    // A cancelled event is no holiday.
    assert!(read(&["DTSTART;VALUE=DATE:20260815", "STATUS:CANCELLED"]).is_empty());
}

#[test]
fn yearly_rule_matches_a_date_by_date_count() {
    // Thanksgiving through 2100 from the rule agrees with the built-in US set.
    let got = dates(&ics(&[&[
        "SUMMARY:Thanksgiving",
        "DTSTART;VALUE=DATE:19701126",
        "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=4TH;UNTIL=21001231",
    ]]));
    let want: Vec<String> = (1970..=2100)
        .flat_map(|y| holidays::for_country("US", y).unwrap())
        .filter(|h| h.name == "Thanksgiving Day")
        .map(|h| h.date.to_string())
        .collect();
    assert_eq!(got, want);
}

#[test]
fn refusals_name_the_line() {
    let cases: Vec<(String, &str, &str)> = vec![
        // Timed events.
        (
            ics(&[&["SUMMARY:Meeting", "DTSTART:20260105T090000Z"]]),
            "ics line 6",
            "timed event",
        ),
        (
            ics(&[&["DTSTART;TZID=Europe/Rome:20260105T090000"]]),
            "ics line 5",
            "timed event",
        ),
        (
            ics(&[&["DTSTART;VALUE=DATE-TIME:20260105T090000"]]),
            "ics line 5",
            "timed event",
        ),
        (
            ics(&[&["DTSTART;VALUE=DATE:20260105", "DTEND:20260105T170000"]]),
            "ics line 6",
            "timed event",
        ),
        (
            ics(&[&["DTSTART;VALUE=DATE:20260105", "DURATION:PT8H"]]),
            "ics line 6",
            "time part",
        ),
        // Bad values.
        (
            ics(&[&["DTSTART;VALUE=DATE:20261332"]]),
            "ics line 5",
            "not a date",
        ),
        (
            ics(&[&["DTSTART;VALUE=DATE:20260105", "DTEND;VALUE=DATE:20260105"]]),
            "ics line 6",
            "not after DTSTART",
        ),
        (
            ics(&[&[
                "DTSTART;VALUE=DATE:20260105",
                "DTEND;VALUE=DATE:20260106",
                "DURATION:P1D",
            ]]),
            "ics line 7",
            "both DTEND and DURATION",
        ),
        (
            ics(&[&["SUMMARY:No start", "DTEND;VALUE=DATE:20260106"]]),
            "ics line 4",
            "\"No start\"",
        ),
        (
            ics(&[&["DTSTART;VALUE=DATE:20260105", "DTSTART;VALUE=DATE:20260106"]]),
            "ics line 6",
            "twice",
        ),
        // Recurrences.
        (
            ics(&[&[
                "SUMMARY:Christmas",
                "DTSTART;VALUE=DATE:20261225",
                "RRULE:FREQ=YEARLY",
            ]]),
            "ics line 7",
            "neither COUNT nor UNTIL",
        ),
        (
            ics(&[&["DTSTART;VALUE=DATE:20261225", "RRULE:FREQ=HOURLY;COUNT=2"]]),
            "ics line 6",
            "FREQ=HOURLY makes a timed rule",
        ),
        (
            ics(&[&[
                "DTSTART;VALUE=DATE:20261225",
                "RRULE:FREQ=DAILY;BYHOUR=9;COUNT=2",
            ]]),
            "ics line 6",
            "BYHOUR makes a timed rule",
        ),
        (
            ics(&[&[
                "DTSTART;VALUE=DATE:20261225",
                "RRULE:FREQ=YEARLY;BYEASTER=0;COUNT=2",
            ]]),
            "ics line 6",
            "BYEASTER is not a rule part",
        ),
        (
            ics(&[&[
                "DTSTART;VALUE=DATE:20261225",
                "RRULE:FREQ=YEARLY;COUNT=2;COUNT=3",
            ]]),
            "ics line 6",
            "COUNT is given twice",
        ),
        (
            ics(&[&["DTSTART;VALUE=DATE:20261225", "RRULE:COUNT=2"]]),
            "ics line 6",
            "FREQ is missing",
        ),
        (
            ics(&[&["DTSTART;VALUE=DATE:20261225", "RRULE:FREQ=YEARLY;COUNT=0"]]),
            "ics line 6",
            "COUNT=0 is not a whole number",
        ),
        (
            ics(&[&[
                "DTSTART;VALUE=DATE:20261225",
                "RRULE:FREQ=YEARLY;INTERVAL=0;COUNT=2",
            ]]),
            "ics line 6",
            "INTERVAL=0",
        ),
        (
            ics(&[&[
                "DTSTART;VALUE=DATE:20261225",
                "RRULE:FREQ=MONTHLY;BYDAY=XMO;COUNT=2",
            ]]),
            "ics line 6",
            "BYDAY=XMO is not a weekday",
        ),
        (
            ics(&[&[
                "DTSTART;VALUE=DATE:20261225",
                "RRULE:FREQ=MONTHLY;BYDAY=1MÖ;COUNT=2",
            ]]),
            "ics line 6",
            "is ASCII text",
        ),
        (
            ics(&[&[
                "DTSTART;VALUE=DATE:20261225",
                "RRULE:FREQ=MONTHLY;BYMONTHDAY=32;COUNT=2",
            ]]),
            "ics line 6",
            "BYMONTHDAY",
        ),
        (
            ics(&[&[
                "DTSTART;VALUE=DATE:20261225",
                "RRULE:FREQ=WEEKLY;BYDAY=1MO;COUNT=2",
            ]]),
            "ics line 6",
            "only for FREQ=MONTHLY or FREQ=YEARLY",
        ),
        (
            ics(&[&[
                "DTSTART;VALUE=DATE:20261225",
                "RRULE:FREQ=YEARLY;COUNT=2;UNTIL=20301225",
            ]]),
            "ics line 6",
            "COUNT and UNTIL",
        ),
        (
            ics(&[&[
                "DTSTART;VALUE=DATE:20261225",
                "RRULE:FREQ=YEARLY;UNTIL=20251225",
            ]]),
            "ics line 6",
            "UNTIL",
        ),
        (
            ics(&[&[
                "DTSTART;VALUE=DATE:20261225",
                "RRULE:FREQ=YEARLY;UNTIL=2030",
            ]]),
            "ics line 6",
            "UNTIL=2030 is not a date",
        ),
        (
            ics(&[&["DTSTART;VALUE=DATE:20260105", "DURATION:P1Ö"]]),
            "ics line 6",
            "not a whole number of days",
        ),
        (
            ics(&[&["DTSTART;VALUE=DATE:20260105", "DURATION:PÖ"]]),
            "ics line 6",
            "not a whole number of days",
        ),
        (
            ics(&[&[
                "DTSTART;VALUE=DATE:20260105",
                "DURATION:P99999999999999999999999D",
            ]]),
            "ics line 6",
            "not a whole number of days",
        ),
        (
            ics(&[&[
                "DTSTART;VALUE=DATE:20261225",
                "RRULE:FREQ=YEARLY;COUNT=9000",
            ]]),
            "ics line 6",
            "past the year 9999",
        ),
        (
            ics(&[&[
                "DTSTART;VALUE=DATE:20261225",
                "RECURRENCE-ID;VALUE=DATE:20271225",
            ]]),
            "ics line 6",
            "RECURRENCE-ID",
        ),
        (
            ics(&[&["DTSTART;VALUE=DATE:20260101", "DURATION:P200000D"]]),
            "ics line 5",
            "more than 100000 dates",
        ),
        // Malformed lines and structure.
        (
            ics(&[&["DTSTART;VALUE=DATE:20260105", "SUMMARY Holiday"]]),
            "ics line 6",
            "malformed",
        ),
        (
            ics(&[&["DTSTART;VALUE:20260105"]]),
            "ics line 5",
            "malformed",
        ),
        (
            ics(&[&["DTSTART;X=\"open:20260105"]]),
            "ics line 5",
            "unterminated",
        ),
        (ics(&[&[":20260105"]]), "ics line 5", "property name"),
        (
            "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20260105\r\nEND:VCALENDAR\r\n"
                .into(),
            "ics line 4",
            "closes BEGIN:VEVENT of line 2",
        ),
        (
            "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20260105\r\nEND:VEVENT\r\n"
                .into(),
            "ics line 1",
            "never closed",
        ),
        (
            "END:VCALENDAR\r\n".into(),
            "ics line 1",
            "without a matching BEGIN",
        ),
        (
            "Subject,Start Date\r\nXmas,2026-12-25\r\n".into(),
            "ics line 1",
            "not an iCalendar",
        ),
        (
            "BEGIN:VEVENT\r\nEND:VEVENT\r\n".into(),
            "ics line 1",
            "expected BEGIN:VCALENDAR",
        ),
        (
            " folded\r\nBEGIN:VCALENDAR\r\n".into(),
            "ics line 1",
            "continuation",
        ),
        ("".into(), "ics line 1", "empty"),
    ];
    for (text, field, words) in cases {
        let (code, got_field, message) = err(&text);
        assert_eq!(code, "input.invalid", "{text}");
        assert_eq!(got_field, field, "{message}\n{text}");
        assert!(message.contains(words), "{message:?} should say {words:?}");
    }
}

#[test]
fn line_numbers_count_physical_lines_of_folded_text() {
    // The bad DTSTART starts on physical line 6 after a folded SUMMARY.
    let text = "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:A very long\r\n  summary that\r\n  is folded\r\nDTSTART:2026\r\n 0105T090000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    let (_, field, message) = err(text);
    assert_eq!(field, "ics line 6");
    assert!(
        message.contains("DTSTART:20260105T090000Z is a timed event"),
        "{message}"
    );
}

#[test]
fn imported_dates_close_a_calendar() {
    let text = ics(&[
        &[
            "SUMMARY:Inventory",
            "DTSTART;VALUE=DATE:20260302",
            "DTEND;VALUE=DATE:20260304",
        ],
        &[
            "SUMMARY:Founder's day",
            "DTSTART;VALUE=DATE:20260610",
            "RRULE:FREQ=YEARLY;COUNT=5",
        ],
    ]);
    let mut config = CalendarConfig::from_json(
        r#"{"zone": "Europe/Rome", "weekly": {"mon": [["09:00","18:00"]], "tue": [["09:00","18:00"]],
        "wed": [["09:00","18:00"]], "thu": [["09:00","18:00"]], "fri": [["09:00","18:00"]]}}"#,
    )
    .unwrap();
    config.holidays = holidays_from_ics(&text).unwrap();
    let cal = Calendar::new(config).unwrap();
    let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    assert!(!cal.is_business_day(d(2026, 3, 2)));
    assert!(!cal.is_business_day(d(2026, 3, 3)));
    assert!(cal.is_business_day(d(2026, 3, 4)));
    assert!(!cal.is_business_day(d(2030, 6, 10)));
    assert!(cal.is_business_day(d(2031, 6, 10)));
    assert_eq!(
        cal.add_business_days(d(2026, 2, 27), 1).unwrap(),
        d(2026, 3, 4)
    );
}

proptest! {
    /// Any set of dates written as one-day events (folded at 75 octets, as
    /// RFC 5545 writers do) reads back as exactly that set.
    #[test]
    fn written_dates_read_back(days in prop::collection::btree_set(0i64..60_000, 0..40)) {
        let base = NaiveDate::from_ymd_opt(1970, 1, 1).unwrap();
        let want: Vec<NaiveDate> = days.iter().map(|&n| base + chrono::TimeDelta::days(n)).collect();
        let mut text = String::from("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n");
        for (i, d) in want.iter().enumerate() {
            let summary = format!("SUMMARY:Closure number {i} of a long list of shop closures in year {}", d.year());
            let folded: Vec<String> = summary
                .as_bytes()
                .chunks(75)
                .map(|c| String::from_utf8(c.to_vec()).unwrap())
                .collect();
            text.push_str("BEGIN:VEVENT\r\n");
            text.push_str(&folded.join("\r\n "));
            text.push_str(&format!("\r\nDTSTART;VALUE=DATE:{}\r\nEND:VEVENT\r\n", d.format("%Y%m%d")));
        }
        text.push_str("END:VCALENDAR\r\n");
        let got: Vec<NaiveDate> = holidays_from_ics(&text).unwrap().into_iter().map(|d| d.date).collect();
        prop_assert_eq!(got, want);
    }
}

/// Every date from `from` to `to` (inclusive) for which `keep` holds.
fn days_where(from: NaiveDate, to: NaiveDate, keep: impl Fn(NaiveDate) -> bool) -> Vec<String> {
    from.iter_days()
        .take_while(|d| *d <= to)
        .filter(|d| keep(*d))
        .map(|d| d.to_string())
        .collect()
}

fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

#[test]
fn weekly_rules() {
    // Every Saturday of a date range (UNTIL inclusive), checked day by day.
    let got = dates(&ics(&[&[
        "SUMMARY:Closed on Saturdays",
        "DTSTART;VALUE=DATE:20260103",
        "RRULE:FREQ=WEEKLY;BYDAY=SA;UNTIL=20261226",
    ]]));
    let want = days_where(ymd(2026, 1, 3), ymd(2026, 12, 26), |d| {
        d.weekday() == chrono::Weekday::Sat
    });
    assert_eq!(want.len(), 52);
    assert_eq!(got, want);
    // Saturday and Sunday every other week, a weekend of two days off.
    assert_eq!(
        dates(&ics(&[&[
            "DTSTART;VALUE=DATE:20260103",
            "RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=SA,SU;COUNT=4",
        ]])),
        ["2026-01-03", "2026-01-04", "2026-01-17", "2026-01-18"]
    );
    // A start on a Thursday that is no Saturday is still the first occurrence.
    assert_eq!(
        dates(&ics(&[&[
            "DTSTART;VALUE=DATE:20260101",
            "RRULE:FREQ=WEEKLY;BYDAY=SA;COUNT=3",
        ]])),
        ["2026-01-01", "2026-01-03", "2026-01-10"]
    );
}

#[test]
fn monthly_rules() {
    // The first Monday of each month for two years.
    let got = dates(&ics(&[&[
        "SUMMARY:Stocktake",
        "DTSTART;VALUE=DATE:20260105",
        "RRULE:FREQ=MONTHLY;BYDAY=1MO;COUNT=24",
    ]]));
    let want = days_where(ymd(2026, 1, 1), ymd(2027, 12, 31), |d| {
        d.weekday() == chrono::Weekday::Mon && d.day() <= 7
    });
    assert_eq!(want.len(), 24);
    assert_eq!(got, want);
    // The last day of each month, leap February included.
    let got = dates(&ics(&[&[
        "SUMMARY:Month-end closing",
        "DTSTART;VALUE=DATE:20280131",
        "RRULE:FREQ=MONTHLY;BYMONTHDAY=-1;UNTIL=20291231",
    ]]));
    let want = days_where(ymd(2028, 1, 1), ymd(2029, 12, 31), |d| {
        d.succ_opt().unwrap().day() == 1
    });
    assert_eq!(got, want);
    assert!(got.contains(&"2028-02-29".to_string()));
    // The last weekday of each month (BYSETPOS) and the 31st where there is one.
    assert_eq!(
        dates(&ics(&[&[
            "DTSTART;VALUE=DATE:20260130",
            "RRULE:FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1;COUNT=4",
        ]])),
        ["2026-01-30", "2026-02-27", "2026-03-31", "2026-04-30"]
    );
    assert_eq!(
        dates(&ics(&[&[
            "DTSTART;VALUE=DATE:20260131",
            "RRULE:FREQ=MONTHLY;BYMONTHDAY=31;COUNT=3",
            "EXDATE;VALUE=DATE:20260331",
            "RDATE;VALUE=DATE:20260228",
        ]])),
        ["2026-01-31", "2026-02-28", "2026-05-31"]
    );
    // Every third month on the 15th, a two-day closure each time.
    assert_eq!(
        dates(&ics(&[&[
            "DTSTART;VALUE=DATE:20261115",
            "DURATION:P2D",
            "RRULE:FREQ=MONTHLY;INTERVAL=3;UNTIL=20270515",
        ]])),
        [
            "2026-11-15",
            "2026-11-16",
            "2027-02-15",
            "2027-02-16",
            "2027-05-15",
            "2027-05-16"
        ]
    );
}

#[test]
fn yearly_and_daily_rules_beyond_one_day_a_year() {
    // Every Monday and Tuesday of December, two years.
    let got = dates(&ics(&[&[
        "DTSTART;VALUE=DATE:20261201",
        "RRULE:FREQ=YEARLY;BYMONTH=12;BYDAY=MO,TU;UNTIL=20271231",
    ]]));
    let want = days_where(ymd(2026, 12, 1), ymd(2027, 12, 31), |d| {
        d.month() == 12 && matches!(d.weekday(), chrono::Weekday::Mon | chrono::Weekday::Tue)
    });
    assert_eq!(got, want);
    // The 256th day of the year; every tenth day.
    assert_eq!(
        dates(&ics(&[&[
            "DTSTART;VALUE=DATE:20260913",
            "RRULE:FREQ=YEARLY;BYYEARDAY=256;COUNT=2",
        ]])),
        ["2026-09-13", "2027-09-13"]
    );
    assert_eq!(
        dates(&ics(&[&[
            "DTSTART;VALUE=DATE:20260101",
            "RRULE:FREQ=DAILY;INTERVAL=10;COUNT=3",
        ]])),
        ["2026-01-01", "2026-01-11", "2026-01-21"]
    );
}

/// RFC 5545, 3.8.5.3: DTSTART is the first occurrence and counts toward
/// COUNT even when it does not match the rule; the rule's own first match in
/// DTSTART's year follows it.
#[test]
fn a_start_off_the_rule_is_the_first_occurrence() {
    // DTSTART 10 March, the rule's second Sunday of March is 8 March (before it).
    assert_eq!(
        dates(&ics(&[&[
            "DTSTART;VALUE=DATE:20260310",
            "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU;COUNT=3",
        ]])),
        ["2026-03-10", "2027-03-14", "2028-03-12"]
    );
    // DTSTART 1 March: the second Sunday of March 2026 (the 8th) is not skipped.
    assert_eq!(
        dates(&ics(&[&[
            "DTSTART;VALUE=DATE:20260301",
            "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU;COUNT=3",
        ]])),
        ["2026-03-01", "2026-03-08", "2027-03-14"]
    );
    // COUNT=1 is DTSTART alone; UNTIL before the first match too.
    assert_eq!(
        dates(&ics(&[&[
            "DTSTART;VALUE=DATE:20260310",
            "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU;COUNT=1",
        ]])),
        ["2026-03-10"]
    );
    assert_eq!(
        dates(&ics(&[&[
            "DTSTART;VALUE=DATE:20260310",
            "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU;UNTIL=20270301",
        ]])),
        ["2026-03-10"]
    );
    // A start that matches is counted once.
    assert_eq!(
        dates(&ics(&[&[
            "DTSTART;VALUE=DATE:20260308",
            "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU;COUNT=2",
        ]])),
        ["2026-03-08", "2027-03-14"]
    );
}

#[test]
fn multi_byte_letters_are_refused_not_panicked_on() {
    for bad in [
        "DURATION:P1Ö",
        "DURATION:PÖD",
        "DURATION:P€",
        "DURATION:Ö",
        "RRULE:FREQ=YEARLY;BYDAY=ÖO;COUNT=2",
        "RRULE:FREQ=YEARLY;BYDAY=1€;COUNT=2",
        "RRULE:FREQ=YEARLY;COUNT=2€",
        "RRULE:FREQ=YEARLY;UNTIL=2026123€",
        "EXDATE;VALUE=DATE:2026123€",
        "DTEND;VALUE=DATE:ÖÖÖÖÖÖ",
    ] {
        let text = ics(&[&["SUMMARY:Ü€", "DTSTART;VALUE=DATE:20260105", bad]]);
        let (code, field, _) = err(&text);
        assert_eq!(
            (code.as_str(), field.as_str()),
            ("input.invalid", "ics line 7"),
            "{bad}"
        );
    }
}

mod limits {
    use super::*;
    use caredesk::calendar::ics::{
        MAX_ICS_BYTES, MAX_ICS_DATES, MAX_ICS_EVENTS, MAX_ICS_RULES, MAX_ICS_STEPS,
    };
    use std::time::{Duration, Instant};

    /// Runs `f`, asserting it ends within a bound loose enough for a debug
    /// build on a busy machine (the work is bounded; this catches a blow-up).
    fn quick<T>(f: impl FnOnce() -> T) -> T {
        let t = Instant::now();
        let out = f();
        assert!(
            t.elapsed() < Duration::from_secs(30),
            "took {:?}",
            t.elapsed()
        );
        out
    }

    #[test]
    fn text_size() {
        let pad = "X-PAD:".to_string() + &"p".repeat(70) + "\r\n";
        let body = pad.repeat(MAX_ICS_BYTES / pad.len() + 1);
        let text = format!("BEGIN:VCALENDAR\r\n{body}END:VCALENDAR\r\n");
        let e = holidays_from_ics(&text).unwrap_err();
        assert_eq!((e.code(), e.field()), ("input.invalid", Some("ics")));
        assert!(e.to_string().contains("at most 1048576"), "{e}");
        // Just under the limit is read.
        let body = pad.repeat((MAX_ICS_BYTES - 40) / pad.len());
        let text = format!("BEGIN:VCALENDAR\r\n{body}END:VCALENDAR\r\n");
        assert!(text.len() <= MAX_ICS_BYTES);
        assert!(holidays_from_ics(&text).unwrap().is_empty());
    }

    #[test]
    fn events() {
        let event = |i: usize| {
            let d = ymd(2026, 1, 1) + chrono::TimeDelta::days(i as i64);
            format!(
                "BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:{}\r\nEND:VEVENT\r\n",
                d.format("%Y%m%d")
            )
        };
        let body: String = (0..MAX_ICS_EVENTS).map(event).collect();
        let text = format!("BEGIN:VCALENDAR\r\n{body}END:VCALENDAR\r\n");
        assert_eq!(
            quick(|| holidays_from_ics(&text)).unwrap().len(),
            MAX_ICS_EVENTS
        );
        let text = format!("BEGIN:VCALENDAR\r\n{body}{}END:VCALENDAR\r\n", event(0));
        let e = holidays_from_ics(&text).unwrap_err();
        // Line 1 is BEGIN:VCALENDAR, each event three lines.
        let line = format!("ics line {}", 2 + 3 * MAX_ICS_EVENTS);
        assert_eq!(e.field(), Some(line.as_str()));
        assert!(e.to_string().contains("more than 10000 events"), "{e}");
    }

    #[test]
    fn rules() {
        let rule = "BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20260101\r\nRRULE:FREQ=YEARLY;COUNT=2\r\nEND:VEVENT\r\n";
        let text = format!(
            "BEGIN:VCALENDAR\r\n{}END:VCALENDAR\r\n",
            rule.repeat(MAX_ICS_RULES)
        );
        assert_eq!(holidays_from_ics(&text).unwrap().len(), 2);
        let text = format!(
            "BEGIN:VCALENDAR\r\n{}END:VCALENDAR\r\n",
            rule.repeat(MAX_ICS_RULES + 1)
        );
        let e = holidays_from_ics(&text).unwrap_err();
        let line = format!("ics line {}", 1 + 4 * MAX_ICS_RULES + 3);
        assert_eq!(e.field(), Some(line.as_str()));
        assert!(
            e.to_string().contains("more than 100 recurrence rules"),
            "{e}"
        );
    }

    /// Long overlapping events count every day, not distinct dates: the
    /// file that once took seconds per few kilobytes is refused at once.
    #[test]
    fn dates_count_work_not_distinct_dates() {
        let event = |days: usize| {
            format!(
                "BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20260101\r\nDURATION:P{days}D\r\nEND:VEVENT\r\n"
            )
        };
        // 2,000 events of the same 60% of the limit: the second one is refused.
        let long = event(MAX_ICS_DATES * 3 / 5);
        let text = format!("BEGIN:VCALENDAR\r\n{}END:VCALENDAR\r\n", long.repeat(2_000));
        let e = quick(|| holidays_from_ics(&text)).unwrap_err();
        assert_eq!(e.field(), Some("ics line 7"));
        assert!(e.to_string().contains("more than 100000 dates"), "{e}");
        // Two halves, overlapping, are exactly at the limit and read.
        let text = format!(
            "BEGIN:VCALENDAR\r\n{}END:VCALENDAR\r\n",
            event(MAX_ICS_DATES / 2).repeat(2)
        );
        assert_eq!(holidays_from_ics(&text).unwrap().len(), MAX_ICS_DATES / 2);
    }

    /// Rules built to expand hugely stop at the first limit they cross.
    #[test]
    fn huge_expansions_are_refused_quickly() {
        let cases = [
            (
                "RRULE:FREQ=DAILY;COUNT=4000000000",
                "more than 100000 dates",
            ),
            ("RRULE:FREQ=DAILY;UNTIL=99991231", "more than 100000 dates"),
            (
                "RRULE:FREQ=YEARLY;BYMONTH=1,2,3,4,5,6,7,8,9,10,11,12;BYMONTHDAY=1,2,3,4,5,6,7,8,9,10;COUNT=4000000000",
                "more than 100000 dates",
            ),
            (
                "RRULE:FREQ=DAILY;BYMONTH=2;BYMONTHDAY=29;COUNT=3000",
                &MAX_ICS_STEPS.to_string(),
            ),
            (
                "RRULE:FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30;UNTIL=99991231",
                "no occurrence within 100000 days",
            ),
            (
                "RRULE:FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30;COUNT=2",
                "COUNT=2: no occurrence within 100000 days",
            ),
        ];
        for (rule, words) in cases {
            let text = ics(&[&["DTSTART;VALUE=DATE:20240229", "DURATION:P1D", rule]]);
            let (code, field, message) = quick(|| err(&text));
            assert_eq!(
                (code.as_str(), field.as_str()),
                ("input.invalid", "ics line 7"),
                "{rule}"
            );
            assert!(message.contains(words), "{message:?} should say {words:?}");
        }
        // Every allowed rule searching as long as rrule searches before it
        // gives up, each finding nothing but its start: read, not refused.
        let never = "BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20260101\r\n\
                     RRULE:FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30;UNTIL=20260110\r\nEND:VEVENT\r\n";
        let text = format!(
            "BEGIN:VCALENDAR\r\n{}END:VCALENDAR\r\n",
            never.repeat(MAX_ICS_RULES)
        );
        assert_eq!(quick(|| holidays_from_ics(&text)).unwrap().len(), 1);
    }
}

mod fuzz {
    use super::*;

    /// Lines an iCalendar file may hold, well-formed or not: dates, rules,
    /// durations with multi-byte letters, huge numbers, odd structure.
    const FRAGMENTS: &[&str] = &[
        "BEGIN:VCALENDAR",
        "END:VCALENDAR",
        "BEGIN:VEVENT",
        "END:VEVENT",
        "BEGIN:VALARM",
        "END:VALARM",
        "SUMMARY:Fermeture d’été ÄÖÜ €",
        "DTSTART;VALUE=DATE:20260105",
        "DTSTART:99991231",
        "DTSTART:00000101",
        "DTSTART;VALUE=DATE:2026010€",
        "DTSTART:20260105T090000Z",
        "DTEND;VALUE=DATE:20260110",
        "DURATION:P3D",
        "DURATION:P1Ö",
        "DURATION:P18446744073709551616D",
        "DURATION:P99999W",
        "DURATION:+P2W",
        "RRULE:FREQ=YEARLY;COUNT=3",
        "RRULE:FREQ=WEEKLY;BYDAY=SA,SU;UNTIL=20270101",
        "RRULE:FREQ=MONTHLY;BYDAY=-1FR;COUNT=4294967295",
        "RRULE:FREQ=MONTHLY;BYDAY=1MÖ;COUNT=2",
        "RRULE:FREQ=DAILY;BYSETPOS=1,-1;BYDAY=MO;COUNT=99999999999999999999",
        "RRULE:FREQ=YEARLY;BYWEEKNO=53;BYDAY=MO;UNTIL=99991231",
        "RRULE:FREQ=YEARLY;BYYEARDAY=-366,366;COUNT=50",
        "RRULE:FREQ=MONTHLY;BYMONTHDAY=31,-31;BYSETPOS=-366;UNTIL=20300101",
        "RRULE:FREQ=DAILY;INTERVAL=65535;COUNT=10",
        "RRULE:FREQ=WEEKLY;WKST=SU;BYDAY=TU;INTERVAL=2;COUNT=100",
        "EXDATE;VALUE=DATE:20260112,20270105",
        "RDATE;VALUE=DATE:20261231,ÿÿ",
        "RDATE;VALUE=PERIOD:20260101/P1D",
        "STATUS:CANCELLED",
        "X-LONG;A=\"q:u;o,t\":e",
        " folded continuation €",
        "\tfolded with a tab",
        ";;;::",
        "RECURRENCE-ID;VALUE=DATE:20260105",
    ];

    fn fragment() -> impl Strategy<Value = String> {
        prop_oneof![
            8 => prop::sample::select(FRAGMENTS).prop_map(String::from),
            1 => "[A-Z;=:,\"ÄÖ€ 0-9-]{0,40}",
            1 => (prop::sample::select(FRAGMENTS), 1usize..200).prop_map(|(f, n)| f.repeat(n)),
        ]
    }

    /// A mutation: insert a character, delete one, or duplicate a stretch.
    fn mutate(text: &str, at: usize, what: u8, c: char) -> String {
        let chars: Vec<char> = text.chars().collect();
        let at = at % (chars.len() + 1);
        let mut out: Vec<char> = chars[..at].to_vec();
        match what % 3 {
            0 => {
                out.push(c);
                out.extend(&chars[at..]);
            }
            1 => out.extend(chars.iter().skip(at + 1)),
            _ => {
                let stretch: Vec<char> = chars[at..].iter().take(30).copied().collect();
                for _ in 0..50 {
                    out.extend(&stretch);
                }
                out.extend(&chars[at..]);
            }
        }
        out.into_iter().collect()
    }

    fn read_is_ok_or_coded(text: &str) -> Result<(), TestCaseError> {
        if let Err(e) = holidays_from_ics(text) {
            prop_assert_eq!(e.code(), "input.invalid");
            let field = e.field().unwrap_or_default();
            prop_assert!(
                field == "ics" || field.starts_with("ics line "),
                "{}",
                field
            );
        }
        Ok(())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(192))]

        /// Random lines, wrapped or not in a calendar and an event, then
        /// mutated: the reader answers Ok or a coded error, never panics.
        #[test]
        fn never_panics(
            lines in prop::collection::vec(fragment(), 0..12),
            wrap in any::<bool>(),
            mutations in prop::collection::vec((any::<usize>(), any::<u8>(), any::<char>()), 0..4),
        ) {
            let mut text = lines.join("\r\n");
            if wrap {
                text = format!("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\n{text}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
            }
            read_is_ok_or_coded(&text)?;
            for (at, what, c) in mutations {
                text = mutate(&text, at, what, c);
                read_is_ok_or_coded(&text)?;
            }
        }

        /// Well-formed events whose properties are random fragments (rules
        /// among them), so the expansion is reached, then mutated.
        #[test]
        fn events_with_random_properties(
            events in prop::collection::vec(prop::collection::vec(
                prop::sample::select(&FRAGMENTS[6..]), 0..5), 1..4),
            mutations in prop::collection::vec((any::<usize>(), any::<u8>(), any::<char>()), 0..3),
        ) {
            let bodies: Vec<Vec<&str>> = events
                .iter()
                .map(|props| {
                    let mut lines = vec!["DTSTART;VALUE=DATE:20240229"];
                    lines.extend(props.iter().copied().filter(|l| !l.starts_with("DTSTART")));
                    lines
                })
                .collect();
            let refs: Vec<&[&str]> = bodies.iter().map(|b| b.as_slice()).collect();
            let mut text = ics(&refs);
            read_is_ok_or_coded(&text)?;
            for (at, what, c) in mutations {
                text = mutate(&text, at, what, c);
                read_is_ok_or_coded(&text)?;
            }
        }

        /// Any text at all.
        #[test]
        fn any_text(text in "\\PC{0,300}") {
            read_is_ok_or_coded(&text)?;
        }
    }
}
