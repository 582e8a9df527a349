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
