//! Holidays from an iCalendar file (RFC 5545) of all-day events.
//!
//! What is read:
//!
//! - Folded lines (a line starting with a space or tab continues the one
//!   before), CRLF or LF line ends, a leading byte-order mark.
//! - Each `VEVENT` with `DTSTART;VALUE=DATE:YYYYMMDD` (a bare `YYYYMMDD`
//!   without `VALUE=DATE` is accepted too) and either `DTEND` (exclusive, so a
//!   three-day event lists three dates), `DURATION` in whole days or weeks
//!   (`P3D`, `P1W`), or neither (one day).
//! - `RRULE:FREQ=YEARLY` with `COUNT` or `UNTIL` (inclusive), optional
//!   `INTERVAL`, `BYMONTH` and either `BYMONTHDAY` equal to the start's day or one
//!   `BYDAY` with an ordinal (`4TH`, `-1MO`) for "the fourth Thursday of November";
//!   a 29 February start skips the years without one, as RFC 5545 says.
//!   A rule with neither `COUNT` nor `UNTIL` repeats forever and is refused
//!   rather than cut at an arbitrary year.
//! - `EXDATE` and `RDATE` with date values; events with `STATUS:CANCELLED`
//!   are skipped.
//!
//! Everything else about an event (`SUMMARY`, `UID`, `DESCRIPTION`, ...) is
//! ignored, except that `SUMMARY` names the event in error messages, and other
//! components (`VTIMEZONE`, `VTODO`, `VALARM`) are skipped. A timed event, a
//! recurrence this reader cannot expand exactly, or a malformed line is an
//! `input.invalid` error whose field names the line (`ics line 14`); the
//! reader never guesses.

use std::collections::BTreeSet;

use chrono::{Datelike, Days, NaiveDate, Weekday};

use super::config::DateHours;
use crate::error::{Error, Result};

/// The most dates one file may expand to; a larger file is refused (it is
/// not a holiday list, and expanding it would cost memory for nothing).
///
/// ```
/// use caredesk::calendar::{holidays_from_ics, ics::MAX_ICS_DATES};
/// let ics = format!("BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20260101\n\
///                    DURATION:P{}D\nEND:VEVENT\nEND:VCALENDAR\n", MAX_ICS_DATES + 1);
/// assert_eq!(holidays_from_ics(&ics).unwrap_err().field(), Some("ics line 3"));
/// ```
pub const MAX_ICS_DATES: usize = 100_000;

/// The last year a recurrence is expanded into (the last year caredesk's
/// instants reach).
const LAST_YEAR: i32 = 9999;

/// Reads the all-day events of an iCalendar file as holidays: one closed
/// [`DateHours`] per date, sorted and without duplicates, ready for
/// [`CalendarConfig::holidays`](super::CalendarConfig::holidays).
///
/// ```
/// use caredesk::calendar::holidays_from_ics;
///
/// let ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Shop//Closures//EN\r\n\
/// BEGIN:VEVENT\r\nUID:1\r\nSUMMARY:Inventory\r\n\
/// DTSTART;VALUE=DATE:20260105\r\nDTEND;VALUE=DATE:20260107\r\nEND:VEVENT\r\n\
/// BEGIN:VEVENT\r\nUID:2\r\nSUMMARY:Company day\r\nDTSTART;VALUE=DATE:20260612\r\n\
/// RRULE:FREQ=YEARLY;COUNT=2\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
/// let days: Vec<String> = holidays_from_ics(ics)?.iter().map(|d| d.date.to_string()).collect();
/// assert_eq!(days, ["2026-01-05", "2026-01-06", "2026-06-12", "2027-06-12"]);
///
/// let timed = ics.replace("DTSTART;VALUE=DATE:20260612", "DTSTART:20260612T090000Z");
/// let err = holidays_from_ics(&timed).unwrap_err();
/// assert_eq!((err.code(), err.field()), ("input.invalid", Some("ics line 13")));
/// # Ok::<(), caredesk::Error>(())
/// ```
///
/// # Errors
/// `input.invalid` with the field `ics line N` (the first physical line of
/// the offending content line): a text that is not an iCalendar object, a
/// malformed line, unbalanced `BEGIN`/`END`, an event without `DTSTART`, a
/// timed event, an end not after the start, a recurrence rule that is
/// unbounded or uses parts this reader does not expand, `RECURRENCE-ID`, or
/// more than [`MAX_ICS_DATES`] dates.
pub fn holidays_from_ics(text: &str) -> Result<Vec<DateHours>> {
    let lines = unfold(text)?;
    let mut dates = BTreeSet::new();
    let mut stack: Vec<(String, usize)> = Vec::new();
    let mut event: Option<Event> = None;
    let mut seen_calendar = false;
    for line in &lines {
        let cl = match parse_line(line) {
            Ok(cl) => cl,
            Err(_) if stack.is_empty() => {
                return Err(bad(
                    line.number,
                    "expected BEGIN:VCALENDAR: this is not an iCalendar file",
                ));
            }
            Err(e) => return Err(e),
        };
        match cl.name.as_str() {
            "BEGIN" => {
                let kind = cl.value.to_ascii_uppercase();
                if stack.is_empty() && kind != "VCALENDAR" {
                    return Err(bad(
                        line.number,
                        format!("expected BEGIN:VCALENDAR, found BEGIN:{}", cl.value),
                    ));
                }
                if kind == "VEVENT" {
                    if stack.last().map(|(k, _)| k.as_str()) != Some("VCALENDAR") {
                        return Err(bad(
                            line.number,
                            "a VEVENT must sit directly in a VCALENDAR",
                        ));
                    }
                    event = Some(Event::new(line.number));
                }
                seen_calendar = true;
                stack.push((kind, line.number));
            }
            "END" => {
                let kind = cl.value.to_ascii_uppercase();
                match stack.pop() {
                    Some((open, _)) if open == kind => {}
                    Some((open, at)) => {
                        return Err(bad(
                            line.number,
                            format!("END:{} closes BEGIN:{open} of line {at}", cl.value),
                        ));
                    }
                    None => {
                        return Err(bad(
                            line.number,
                            format!("END:{} without a matching BEGIN", cl.value),
                        ));
                    }
                }
                if kind == "VEVENT"
                    && let Some(ev) = event.take()
                {
                    ev.expand_into(&mut dates)?;
                }
            }
            _ if stack.is_empty() => {
                return Err(bad(
                    line.number,
                    format!(
                        "expected BEGIN:VCALENDAR, found {}: this is not an iCalendar file",
                        cl.name
                    ),
                ));
            }
            _ => {
                if let (Some(ev), Some((top, _))) = (event.as_mut(), stack.last())
                    && top == "VEVENT"
                {
                    ev.property(&cl)?;
                }
            }
        }
    }
    if let Some((kind, at)) = stack.last() {
        return Err(bad(
            *at,
            format!("BEGIN:{kind} is never closed with END:{kind}"),
        ));
    }
    if !seen_calendar {
        return Err(bad(1, "empty text: no BEGIN:VCALENDAR"));
    }
    Ok(dates
        .into_iter()
        .map(|date| DateHours {
            date,
            open: Vec::new(),
        })
        .collect())
}

fn bad(line: usize, problem: impl Into<String>) -> Error {
    Error::invalid(format!("ics line {line}"), problem)
}

/// One logical line and the number of its first physical line (1-based).
struct Line {
    number: usize,
    text: String,
}

fn unfold(text: &str) -> Result<Vec<Line>> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut out: Vec<Line> = Vec::new();
    for (i, raw) in text.split('\n').enumerate() {
        let raw = raw.strip_suffix('\r').unwrap_or(raw);
        if let Some(rest) = raw.strip_prefix([' ', '\t']) {
            match out.last_mut() {
                Some(prev) => prev.text.push_str(rest),
                None => {
                    return Err(bad(
                        i + 1,
                        "a folded continuation line with nothing before it",
                    ));
                }
            }
        } else if !raw.is_empty() {
            out.push(Line {
                number: i + 1,
                text: raw.to_string(),
            });
        }
    }
    Ok(out)
}

/// A content line: `NAME;PARAM=VALUE;...:VALUE`.
struct ContentLine {
    number: usize,
    name: String,
    params: Vec<(String, String)>,
    value: String,
}

impl ContentLine {
    fn param(&self, name: &str) -> Option<&str> {
        self.params
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }
}

fn is_name_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '-'
}

fn parse_line(line: &Line) -> Result<ContentLine> {
    let text = line.text.as_str();
    let malformed = |why: &str| {
        bad(
            line.number,
            format!("malformed content line {:?}: {why}", shorten(text)),
        )
    };
    let name_end = text.find(|c: char| !is_name_char(c)).unwrap_or(text.len());
    if name_end == 0 {
        return Err(malformed("expected a property name"));
    }
    let name = text[..name_end].to_ascii_uppercase();
    let mut rest = &text[name_end..];
    let mut params = Vec::new();
    loop {
        if let Some(value) = rest.strip_prefix(':') {
            return Ok(ContentLine {
                number: line.number,
                name,
                params,
                value: value.to_string(),
            });
        }
        let Some(p) = rest.strip_prefix(';') else {
            return Err(malformed("expected ':' after the property name"));
        };
        let key_end = p.find(|c: char| !is_name_char(c)).unwrap_or(p.len());
        let Some(after_eq) = p[key_end..].strip_prefix('=').filter(|_| key_end > 0) else {
            return Err(malformed("expected a parameter NAME=VALUE"));
        };
        let key = p[..key_end].to_ascii_uppercase();
        // Parameter values: comma-separated, each plain or "quoted".
        let mut value = String::new();
        let mut s = after_eq;
        loop {
            if let Some(q) = s.strip_prefix('"') {
                let Some(close) = q.find('"') else {
                    return Err(malformed("unterminated quoted parameter value"));
                };
                value.push_str(&q[..close]);
                s = &q[close + 1..];
            } else {
                let end = s.find([';', ':', ',', '"']).unwrap_or(s.len());
                value.push_str(&s[..end]);
                s = &s[end..];
            }
            match s.strip_prefix(',') {
                Some(more) => {
                    value.push(',');
                    s = more;
                }
                None => break,
            }
        }
        params.push((key, value));
        rest = s;
    }
}

fn shorten(text: &str) -> String {
    match text.char_indices().nth(60) {
        Some((i, _)) => format!("{}...", &text[..i]),
        None => text.to_string(),
    }
}

/// How a yearly rule picks the day within a year.
#[derive(Clone, Copy)]
enum YearlyDay {
    /// The start's month and day (29 February skips other years).
    Same(u32, u32),
    /// The `n`th (negative: from the end) weekday of a month.
    Nth(u32, i32, Weekday),
}

struct Rule {
    line: usize,
    interval: i32,
    count: Option<u64>,
    until: Option<NaiveDate>,
    day: Option<YearlyDay>,
}

struct Event {
    begin: usize,
    summary: Option<String>,
    start: Option<(NaiveDate, usize)>,
    end: Option<(NaiveDate, usize)>,
    duration_days: Option<(u64, usize)>,
    rule: Option<(String, usize)>,
    exdates: Vec<NaiveDate>,
    rdates: Vec<NaiveDate>,
    cancelled: bool,
}

impl Event {
    fn new(begin: usize) -> Self {
        Event {
            begin,
            summary: None,
            start: None,
            end: None,
            duration_days: None,
            rule: None,
            exdates: Vec::new(),
            rdates: Vec::new(),
            cancelled: false,
        }
    }

    /// `event "Christmas" (line 12)` for messages.
    fn label(&self) -> String {
        match &self.summary {
            Some(s) => format!("event {:?} (BEGIN:VEVENT at line {})", s, self.begin),
            None => format!("event at line {}", self.begin),
        }
    }

    fn property(&mut self, cl: &ContentLine) -> Result<()> {
        let once = |already: bool| {
            if already {
                Err(bad(
                    cl.number,
                    format!("{} given twice in one event", cl.name),
                ))
            } else {
                Ok(())
            }
        };
        match cl.name.as_str() {
            "SUMMARY" => self.summary = Some(cl.value.replace("\\,", ",").replace("\\;", ";")),
            "DTSTART" => {
                once(self.start.is_some())?;
                self.start = Some((date_value(cl, &cl.value)?, cl.number));
            }
            "DTEND" => {
                once(self.end.is_some())?;
                self.end = Some((date_value(cl, &cl.value)?, cl.number));
            }
            "DURATION" => {
                once(self.duration_days.is_some())?;
                self.duration_days = Some((duration_days(cl)?, cl.number));
            }
            "RRULE" => {
                once(self.rule.is_some())?;
                self.rule = Some((cl.value.clone(), cl.number));
            }
            "EXDATE" | "RDATE" => {
                if matches!(cl.param("VALUE"), Some(v) if v.eq_ignore_ascii_case("PERIOD")) {
                    return Err(bad(
                        cl.number,
                        format!("{} with periods is a timed event; give dates", cl.name),
                    ));
                }
                for v in cl.value.split(',') {
                    let d = date_value(cl, v.trim())?;
                    if cl.name == "EXDATE" {
                        self.exdates.push(d);
                    } else {
                        self.rdates.push(d);
                    }
                }
            }
            "STATUS" => self.cancelled = cl.value.trim().eq_ignore_ascii_case("CANCELLED"),
            "RECURRENCE-ID" => {
                return Err(bad(
                    cl.number,
                    "RECURRENCE-ID (a changed instance of a recurring event) is not supported; \
                     export the instances as separate events or use EXDATE/RDATE",
                ));
            }
            _ => {}
        }
        Ok(())
    }

    fn expand_into(self, dates: &mut BTreeSet<NaiveDate>) -> Result<()> {
        let Some((start, start_line)) = self.start else {
            return Err(bad(self.begin, format!("{} has no DTSTART", self.label())));
        };
        if self.cancelled {
            return Ok(());
        }
        let days = match (self.end, self.duration_days) {
            (Some(_), Some((_, line))) => {
                return Err(bad(
                    line,
                    format!("{} has both DTEND and DURATION", self.label()),
                ));
            }
            (Some((end, line)), None) => {
                if end <= start {
                    return Err(bad(
                        line,
                        format!(
                            "{}: DTEND {end} is not after DTSTART {start} (DTEND is exclusive)",
                            self.label()
                        ),
                    ));
                }
                (end - start).num_days() as u64
            }
            (None, Some((d, line))) => {
                if d == 0 {
                    return Err(bad(
                        line,
                        format!("{}: DURATION is zero days", self.label()),
                    ));
                }
                d
            }
            (None, None) => 1,
        };
        let mut starts = BTreeSet::from([start]);
        if let Some((text, line)) = &self.rule {
            let rule = parse_rule(text, *line, start, &self.label())?;
            expand_rule(&rule, start, &self.label(), &mut starts)?;
        }
        starts.extend(self.rdates.iter().copied());
        for d in &self.exdates {
            starts.remove(d);
        }
        let too_many = || {
            bad(
                start_line,
                format!(
                    "{} expands to more than {MAX_ICS_DATES} dates",
                    self.label()
                ),
            )
        };
        if (starts.len() as u64).saturating_mul(days) > MAX_ICS_DATES as u64 {
            return Err(too_many());
        }
        for s in starts {
            for k in 0..days {
                let d = s.checked_add_days(Days::new(k)).ok_or_else(too_many)?;
                dates.insert(d);
            }
        }
        if dates.len() > MAX_ICS_DATES {
            return Err(too_many());
        }
        Ok(())
    }
}

/// A `DATE` value (`YYYYMMDD`); a date-time or `VALUE=DATE-TIME` is a timed event.
fn date_value(cl: &ContentLine, value: &str) -> Result<NaiveDate> {
    let timed = || {
        bad(
            cl.number,
            format!(
                "{}:{} is a timed event; only all-day events ({};VALUE=DATE:YYYYMMDD) are read as holidays",
                cl.name, value, cl.name
            ),
        )
    };
    match cl.param("VALUE") {
        Some(v) if v.eq_ignore_ascii_case("DATE") => {}
        Some(v) if v.eq_ignore_ascii_case("DATE-TIME") => return Err(timed()),
        Some(v) => {
            return Err(bad(
                cl.number,
                format!("{};VALUE={v} is not a date", cl.name),
            ));
        }
        None => {}
    }
    if value.contains(['T', 't']) {
        return Err(timed());
    }
    parse_date(value).ok_or_else(|| {
        bad(
            cl.number,
            format!("{}: {value:?} is not a date YYYYMMDD", cl.name),
        )
    })
}

fn parse_date(value: &str) -> Option<NaiveDate> {
    if value.len() != 8 || !value.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let y = value[..4].parse().ok()?;
    let m = value[4..6].parse().ok()?;
    let d = value[6..].parse().ok()?;
    NaiveDate::from_ymd_opt(y, m, d)
}

/// `P3D`, `P2W` (optionally `+`); a time part makes it a timed event.
fn duration_days(cl: &ContentLine) -> Result<u64> {
    let v = cl.value.trim();
    let v = v.strip_prefix('+').unwrap_or(v);
    let malformed = || {
        bad(
            cl.number,
            format!(
                "DURATION:{} is not a whole number of days or weeks (P3D, P1W)",
                cl.value
            ),
        )
    };
    let Some(body) = v.strip_prefix('P') else {
        return Err(malformed());
    };
    if body.contains('T') {
        return Err(bad(
            cl.number,
            format!("DURATION:{} has a time part: a timed event", cl.value),
        ));
    }
    let (num, unit) = body.split_at(body.len().saturating_sub(1));
    let n: u64 = num
        .parse()
        .ok()
        .filter(|_| num.bytes().all(|b| b.is_ascii_digit()))
        .ok_or_else(malformed)?;
    match unit {
        "D" => Ok(n),
        "W" => n.checked_mul(7).ok_or_else(malformed),
        _ => Err(malformed()),
    }
}

fn weekday(code: &str) -> Option<Weekday> {
    Some(match code {
        "MO" => Weekday::Mon,
        "TU" => Weekday::Tue,
        "WE" => Weekday::Wed,
        "TH" => Weekday::Thu,
        "FR" => Weekday::Fri,
        "SA" => Weekday::Sat,
        "SU" => Weekday::Sun,
        _ => return None,
    })
}

fn parse_rule(text: &str, line: usize, start: NaiveDate, label: &str) -> Result<Rule> {
    let fail = |why: String| bad(line, format!("{label}: RRULE:{text}: {why}"));
    let mut freq = None;
    let mut rule = Rule {
        line,
        interval: 1,
        count: None,
        until: None,
        day: None,
    };
    let (mut by_month, mut by_month_day, mut by_day) = (None, None, None);
    for part in text.split(';').filter(|p| !p.is_empty()) {
        let Some((key, value)) = part.split_once('=') else {
            return Err(fail(format!("{part:?} is not KEY=VALUE")));
        };
        let key = key.to_ascii_uppercase();
        let value = value.to_ascii_uppercase();
        let number = |v: &str| -> Result<i64> {
            v.parse::<i64>()
                .map_err(|_| fail(format!("{key}={v} is not a number")))
        };
        match key.as_str() {
            "FREQ" => freq = Some(value),
            "COUNT" => {
                let n = number(&value)?;
                if n < 1 {
                    return Err(fail("COUNT must be at least 1".into()));
                }
                rule.count = Some(n as u64);
            }
            "UNTIL" => {
                let date_part = value.split('T').next().unwrap_or_default();
                rule.until = Some(
                    parse_date(date_part)
                        .ok_or_else(|| fail(format!("UNTIL={value} is not a date")))?,
                );
            }
            "INTERVAL" => {
                let n = number(&value)?;
                if !(1..=1000).contains(&n) {
                    return Err(fail("INTERVAL must be between 1 and 1000".into()));
                }
                rule.interval = n as i32;
            }
            "BYMONTH" => {
                let m = number(&value)?;
                if !(1..=12).contains(&m) {
                    return Err(fail(format!(
                        "BYMONTH={value}: one month 1-12 is supported"
                    )));
                }
                by_month = Some(m as u32);
            }
            "BYMONTHDAY" => by_month_day = Some(number(&value)?),
            "BYDAY" => by_day = Some(value),
            "WKST" => {}
            _ => {
                return Err(fail(format!(
                    "{key} is not supported (FREQ=YEARLY with COUNT, UNTIL, INTERVAL, BYMONTH, BYMONTHDAY or one BYDAY such as 4TH)"
                )));
            }
        }
    }
    match freq.as_deref() {
        Some("YEARLY") => {}
        Some(other) => {
            return Err(fail(format!(
                "FREQ={other} is not supported; holidays repeat FREQ=YEARLY"
            )));
        }
        None => return Err(fail("FREQ is missing".into())),
    }
    if rule.count.is_some() && rule.until.is_some() {
        return Err(fail("COUNT and UNTIL must not both be given".into()));
    }
    if rule.count.is_none() && rule.until.is_none() {
        return Err(fail(
            "the rule has neither COUNT nor UNTIL, so it repeats forever; add COUNT or UNTIL"
                .into(),
        ));
    }
    let month = by_month.unwrap_or(start.month());
    rule.day = Some(match (by_day, by_month_day) {
        (Some(_), Some(_)) => {
            return Err(fail(
                "BYDAY together with BYMONTHDAY is not supported".into(),
            ));
        }
        (Some(code), None) => {
            if by_month.is_none() {
                return Err(fail("BYDAY needs BYMONTH".into()));
            }
            let split = code.len().saturating_sub(2);
            let (n, wd) = code.split_at(split);
            let wd = weekday(wd).ok_or_else(|| fail(format!("BYDAY={code} is not a weekday")))?;
            let n: i32 = n
                .strip_prefix('+')
                .unwrap_or(n)
                .parse()
                .ok()
                .filter(|n: &i32| (1..=5).contains(&n.abs()))
                .ok_or_else(|| {
                    fail(format!(
                        "BYDAY={code}: one weekday with an ordinal such as 4TH or -1MO is supported"
                    ))
                })?;
            YearlyDay::Nth(month, n, wd)
        }
        (None, Some(d)) => {
            if month != start.month() || d != i64::from(start.day()) {
                return Err(fail(
                    "BYMONTH/BYMONTHDAY other than DTSTART's month and day is not supported".into(),
                ));
            }
            YearlyDay::Same(month, start.day())
        }
        (None, None) => {
            if month != start.month() {
                return Err(fail(
                    "BYMONTH other than DTSTART's month is not supported without BYDAY".into(),
                ));
            }
            YearlyDay::Same(month, start.day())
        }
    });
    Ok(rule)
}

fn nth_weekday(year: i32, month: u32, n: i32, wd: Weekday) -> Option<NaiveDate> {
    if n > 0 {
        NaiveDate::from_weekday_of_month_opt(year, month, wd, n as u8)
    } else {
        let first_next = if month == 12 {
            NaiveDate::from_ymd_opt(year + 1, 1, 1)?
        } else {
            NaiveDate::from_ymd_opt(year, month + 1, 1)?
        };
        let last = first_next.pred_opt()?;
        let back = (7 + last.weekday().num_days_from_monday() - wd.num_days_from_monday()) % 7;
        let d = last - chrono::TimeDelta::days(i64::from(back) + 7 * i64::from(-n - 1));
        (d.month() == month).then_some(d)
    }
}

/// Adds the rule's occurrences (DTSTART counts as the first, as RFC 5545 says).
fn expand_rule(
    rule: &Rule,
    start: NaiveDate,
    label: &str,
    out: &mut BTreeSet<NaiveDate>,
) -> Result<()> {
    let mut left = rule.count.map(|c| c - 1);
    let mut year = start.year();
    loop {
        if left == Some(0) {
            return Ok(());
        }
        year += rule.interval;
        if year > LAST_YEAR {
            if left.is_some() {
                return Err(bad(
                    rule.line,
                    format!("{label}: COUNT reaches past the year {LAST_YEAR}"),
                ));
            }
            return Ok(());
        }
        let date = match rule.day {
            Some(YearlyDay::Same(m, d)) => NaiveDate::from_ymd_opt(year, m, d),
            Some(YearlyDay::Nth(m, n, wd)) => nth_weekday(year, m, n, wd),
            None => None,
        };
        let Some(date) = date else { continue };
        if rule.until.is_some_and(|u| date > u) {
            return Ok(());
        }
        if out.len() > MAX_ICS_DATES {
            return Err(bad(
                rule.line,
                format!("{label} expands to more than {MAX_ICS_DATES} dates"),
            ));
        }
        out.insert(date);
        if let Some(l) = left.as_mut() {
            *l -= 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nth_weekday_from_both_ends() {
        let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d);
        assert_eq!(nth_weekday(2026, 11, 4, Weekday::Thu), d(2026, 11, 26));
        assert_eq!(nth_weekday(2026, 5, -1, Weekday::Mon), d(2026, 5, 25));
        assert_eq!(nth_weekday(2026, 12, -1, Weekday::Thu), d(2026, 12, 31));
        assert_eq!(nth_weekday(2026, 3, 5, Weekday::Mon), d(2026, 3, 30));
        assert_eq!(nth_weekday(2026, 2, 5, Weekday::Mon), None);
        assert_eq!(nth_weekday(2026, 2, -5, Weekday::Mon), None);
    }
}
