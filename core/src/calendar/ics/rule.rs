//! `RRULE` on an all-day event: a strict check of the rule's text here, the
//! expansion by the `rrule` crate, and RFC 5545's reading of `DTSTART` and
//! `COUNT` on top.

use chrono::{Datelike, NaiveDate, NaiveTime, TimeZone};
use rrule::{Frequency, RRule, RRuleSet, Tz, Unvalidated};

use super::lines::{bad, shorten};
use super::{Budget, LAST_YEAR};
use crate::error::Result;

/// How many periods in a row `rrule` searches without finding an occurrence
/// before it gives up (its `MAX_ITER_LOOP` when the set is `limit()`ed).
const SEARCH_GIVE_UP: i64 = 100_000;

/// The parts of a rule this module needs, read and checked from its text.
struct Checked {
    freq: Frequency,
    interval: i64,
    count: Option<u32>,
    until: Option<NaiveDate>,
    /// The rule text handed to `rrule`: the original parts, `UNTIL` as UTC.
    normalized: String,
}

const PARTS: [&str; 14] = [
    "FREQ",
    "UNTIL",
    "COUNT",
    "INTERVAL",
    "BYSECOND",
    "BYMINUTE",
    "BYHOUR",
    "BYDAY",
    "BYMONTHDAY",
    "BYYEARDAY",
    "BYWEEKNO",
    "BYMONTH",
    "BYSETPOS",
    "WKST",
];

/// Reads the rule parts strictly: ASCII `KEY=VALUE` pairs of RFC 5545, each
/// at most once, a day or longer frequency, and `COUNT` or `UNTIL`.
fn check(text: &str) -> std::result::Result<Checked, String> {
    if !text.is_ascii() {
        return Err("a rule is ASCII text; this one has other characters".into());
    }
    let mut seen: Vec<String> = Vec::new();
    let (mut freq, mut interval, mut count, mut until) = (None, 1, None, None);
    let mut ordinals = false;
    let mut normalized = Vec::new();
    for part in text.split(';').filter(|p| !p.is_empty()) {
        let Some((key, value)) = part.split_once('=') else {
            return Err(format!("{part:?} is not KEY=VALUE"));
        };
        let key = key.to_ascii_uppercase();
        let value = value.to_ascii_uppercase();
        if !PARTS.contains(&key.as_str()) {
            return Err(format!("{key} is not a rule part of RFC 5545"));
        }
        if seen.contains(&key) {
            return Err(format!("{key} is given twice"));
        }
        seen.push(key.clone());
        match key.as_str() {
            "FREQ" => freq = Some(frequency(&value)?),
            "COUNT" => count = Some(positive(&key, &value, u32::MAX)?),
            "INTERVAL" => interval = i64::from(positive(&key, &value, u16::MAX.into())?),
            "UNTIL" => until = Some(until_date(&value)?),
            "BYSECOND" | "BYMINUTE" | "BYHOUR" => {
                return Err(format!(
                    "{key} makes a timed rule; only all-day events are read as holidays"
                ));
            }
            "BYDAY" => by_day(&value)?,
            _ => {}
        }
        if key == "BYDAY" {
            ordinals = value.split(',').any(|d| d.len() > 2);
        }
        normalized.push(match (key.as_str(), until) {
            ("UNTIL", Some(d)) => format!("UNTIL={}T000000Z", d.format("%Y%m%d")),
            _ => format!("{key}={value}"),
        });
    }
    let Some(freq) = freq else {
        return Err("FREQ is missing".into());
    };
    fits_frequency(freq, &seen, ordinals)?;
    match (count, until) {
        (Some(_), Some(_)) => Err("COUNT and UNTIL must not both be given".into()),
        (None, None) => Err(
            "the rule has neither COUNT nor UNTIL, so it repeats forever; add COUNT or UNTIL"
                .into(),
        ),
        _ => Ok(Checked {
            freq,
            interval,
            count,
            until,
            normalized: normalized.join(";"),
        }),
    }
}

fn frequency(value: &str) -> std::result::Result<Frequency, String> {
    match value {
        "YEARLY" => Ok(Frequency::Yearly),
        "MONTHLY" => Ok(Frequency::Monthly),
        "WEEKLY" => Ok(Frequency::Weekly),
        "DAILY" => Ok(Frequency::Daily),
        "HOURLY" | "MINUTELY" | "SECONDLY" => Err(format!(
            "FREQ={value} makes a timed rule; only all-day events are read as holidays"
        )),
        _ => Err(format!("FREQ={value} is not a frequency")),
    }
}

/// A whole number from 1 to `max` written in decimal digits.
fn positive(key: &str, value: &str, max: u32) -> std::result::Result<u32, String> {
    let n = (!value.is_empty() && value.len() <= 10 && value.bytes().all(|b| b.is_ascii_digit()))
        .then(|| value.parse::<u64>().ok())
        .flatten();
    match n {
        Some(n) if (1..=u64::from(max)).contains(&n) => Ok(n as u32),
        _ => Err(format!(
            "{key}={value} is not a whole number from 1 to {max}"
        )),
    }
}

/// `UNTIL` as a date (`YYYYMMDD`) or a date-time whose date part is kept:
/// every occurrence of an all-day rule is at midnight.
fn until_date(value: &str) -> std::result::Result<NaiveDate, String> {
    let (date, time) = value.split_once('T').unwrap_or((value, ""));
    let time_ok = time.is_empty()
        || (time.trim_end_matches('Z').len() == 6
            && time
                .trim_end_matches('Z')
                .bytes()
                .all(|b| b.is_ascii_digit())
            && time.len() <= 7);
    super::parse_date(date)
        .filter(|_| time_ok)
        .ok_or_else(|| format!("UNTIL={value} is not a date YYYYMMDD or date-time"))
}

/// RFC 5545's restrictions of parts to frequencies (3.3.10): `BYWEEKNO`
/// and `BYYEARDAY` only in a yearly rule, `BYMONTHDAY` not in a weekly one,
/// `BYDAY` with ordinals only in a monthly or yearly one without `BYWEEKNO`.
fn fits_frequency(
    freq: Frequency,
    seen: &[String],
    ordinals: bool,
) -> std::result::Result<(), String> {
    let has = |key: &str| seen.iter().any(|k| k == key);
    let yearly = freq == Frequency::Yearly;
    let wrong = if has("BYWEEKNO") && !yearly {
        Some("BYWEEKNO is only for FREQ=YEARLY")
    } else if has("BYYEARDAY") && !yearly {
        Some("BYYEARDAY is only for FREQ=YEARLY")
    } else if has("BYMONTHDAY") && freq == Frequency::Weekly {
        Some("BYMONTHDAY is not for FREQ=WEEKLY")
    } else if ordinals && !(yearly || freq == Frequency::Monthly) {
        Some("BYDAY with an ordinal (1MO) is only for FREQ=MONTHLY or FREQ=YEARLY")
    } else if ordinals && has("BYWEEKNO") {
        Some("BYDAY with an ordinal (1MO) is not for a rule with BYWEEKNO")
    } else {
        None
    };
    wrong.map_or(Ok(()), |w| Err(format!("{w} (RFC 5545, 3.3.10)")))
}

/// `BYDAY` items: a weekday code with an optional signed ordinal (`MO`, `2SU`, `-1FR`).
fn by_day(value: &str) -> std::result::Result<(), String> {
    for item in value.split(',') {
        let code = item.get(item.len().saturating_sub(2)..).unwrap_or("");
        let ordinal = &item[..item.len() - code.len()];
        let digits = ordinal.strip_prefix(['+', '-']).unwrap_or(ordinal);
        let ordinal_ok = ordinal.is_empty()
            || (matches!(digits.len(), 1 | 2)
                && digits.bytes().all(|b| b.is_ascii_digit())
                && matches!(digits.parse::<u8>(), Ok(1..=53)));
        if !["MO", "TU", "WE", "TH", "FR", "SA", "SU"].contains(&code) || !ordinal_ok {
            return Err(format!(
                "BYDAY={item} is not a weekday with an optional ordinal from 1 to 53 (MO, 2SU, -1FR)"
            ));
        }
    }
    Ok(())
}

/// How many periods of `freq` (times `interval`) separate `a` and `b`:
/// the number of steps `rrule` takes between them.
fn periods(c: &Checked, a: NaiveDate, b: NaiveDate) -> i64 {
    let units = match c.freq {
        Frequency::Daily => (b - a).num_days(),
        Frequency::Weekly => (b - a).num_days() / 7,
        Frequency::Monthly => {
            i64::from(b.year() - a.year()) * 12 + i64::from(b.month()) - i64::from(a.month())
        }
        _ => i64::from(b.year() - a.year()),
    };
    units / c.interval
}

fn unit(freq: Frequency) -> &'static str {
    match freq {
        Frequency::Daily => "days",
        Frequency::Weekly => "weeks",
        Frequency::Monthly => "months",
        _ => "years",
    }
}

/// The start dates of an event with rule `text` (on line `line`), DTSTART
/// first: RFC 5545 makes DTSTART the first occurrence, counted by `COUNT`,
/// whether or not it matches the rule. Every date found is charged to
/// `budget` (`days` dates each) and every period the search steps through
/// to its step count, while expanding, so a rule stops as soon as the file
/// is over a limit.
pub(super) fn occurrences(
    text: &str,
    line: usize,
    start: NaiveDate,
    days: u64,
    label: &str,
    budget: &mut Budget,
) -> Result<Vec<NaiveDate>> {
    let fail = |why: String| bad(line, format!("{label}: RRULE:{}: {why}", shorten(text)));
    let c = check(text).map_err(fail)?;
    budget.rule().map_err(fail)?;
    let dtstart = Tz::UTC.from_utc_datetime(&start.and_time(NaiveTime::MIN));
    let rule: RRule<Unvalidated> = c.normalized.parse().map_err(|e| fail(format!("{e}")))?;
    let rule = rule.validate(dtstart).map_err(|e| fail(format!("{e}")))?;
    let set = RRuleSet::new(dtstart).rrule(rule).limit();
    let wanted = c.count.map_or(u64::MAX, u64::from);
    let mut out = vec![start];
    budget.dates(days).map_err(fail)?;
    let steps_before = budget.steps;
    for at in &set {
        let date = at.date_naive();
        if date == start {
            continue;
        }
        if out.len() as u64 >= wanted || date.year() > LAST_YEAR {
            break;
        }
        budget.steps = steps_before + periods(&c, start, date).unsigned_abs();
        budget.check_steps().map_err(fail)?;
        budget.dates(days).map_err(fail)?;
        out.push(date);
    }
    finished(&c, &out, wanted).map_err(fail)?;
    Ok(out)
}

/// Refuses an expansion that may have stopped early: `COUNT` not reached
/// before the year 10000, or `rrule` giving up its search before `UNTIL`.
fn finished(c: &Checked, out: &[NaiveDate], wanted: u64) -> std::result::Result<(), String> {
    let n = out.len() as u64;
    let last = *out.last().unwrap_or(&NaiveDate::MIN);
    let last_day = NaiveDate::from_ymd_opt(LAST_YEAR, 12, 31).unwrap_or(NaiveDate::MAX);
    let may_have_given_up =
        |end: NaiveDate| last < end && periods(c, last, end) >= SEARCH_GIVE_UP - 1;
    if c.count.is_some() && n < wanted {
        return Err(if may_have_given_up(last_day) {
            format!(
                "COUNT={wanted}: no occurrence within {SEARCH_GIVE_UP} {} after {last} \
                 (only {n} found); the rule cannot be expanded exactly",
                unit(c.freq)
            )
        } else {
            format!(
                "COUNT={wanted} reaches past the year {LAST_YEAR} (only {n} occurrences before it)"
            )
        });
    }
    let end = c.until.unwrap_or(NaiveDate::MAX).min(last_day);
    if c.count.is_none() && may_have_given_up(end) {
        return Err(format!(
            "no occurrence within {SEARCH_GIVE_UP} {} after {last}, before UNTIL; \
             the rule cannot be expanded exactly",
            unit(c.freq)
        ));
    }
    Ok(())
}
