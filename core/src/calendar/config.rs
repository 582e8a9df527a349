//! The serde shape of a business-hours calendar, and its validation.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};

/// One open interval as two local wall-clock times, `["09:00", "18:00"]`.
///
/// Times are `HH:MM` or `HH:MM:SS`; `24:00` is allowed as an end. An end
/// earlier than the start crosses midnight (`["22:00", "02:00"]` runs into the
/// next day and belongs to the day it starts on); an end equal to the start is
/// an empty interval and refused.
///
/// ```
/// use caredesk::calendar::Calendar;
/// use caredesk::instant::parse;
///
/// // A night desk: Saturday 22:00 to 02:00 belongs to Saturday.
/// let cal = Calendar::from_json(r#"{"zone": "Europe/Berlin", "weekly": {"sat": [["22:00", "02:00"]]}}"#)?;
/// assert!(cal.is_open(parse("2026-05-09T23:30:00Z", "at")?)); // Sunday 01:30 local
/// assert_eq!(cal.config().weekly["sat"][0], ("22:00".into(), "02:00".into()));
/// # Ok::<(), caredesk::Error>(())
/// ```
pub type Interval = (String, String);

/// The configuration of a business-hours calendar (TOML or JSON).
///
/// ```
/// use caredesk::calendar::CalendarConfig;
///
/// let config = CalendarConfig::from_json(r#"{
///   "zone": "Europe/Rome",
///   "weekly": {"mon": [["09:00", "13:00"], ["14:00", "18:00"]], "sat": [["22:00", "02:00"]]},
///   "holidays": [{"date": "2026-12-24", "open": [["09:00", "13:00"]]}, {"date": "2026-12-25"}],
///   "extra_working_days": [{"date": "2026-11-28", "open": [["10:00", "16:00"]]}],
///   "holiday_sets": ["IT"]
/// }"#)?;
/// assert_eq!(config.weekly["mon"].len(), 2);
/// assert!(!config.always);
/// # Ok::<(), caredesk::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CalendarConfig {
    /// The IANA time zone the hours are read in, e.g. `Europe/Rome`.
    pub zone: String,
    /// Open intervals per weekday; keys `mon` .. `sun`, a missing key is a closed day.
    #[serde(default)]
    pub weekly: BTreeMap<String, Vec<Interval>>,
    /// Dates whose weekly hours are replaced: closed (no `open`) or shortened.
    ///
    /// Every date of `holidays`, `extra_working_days` and `removed_holidays`
    /// lies from 1970-01-01 to 2100-12-31 (the years of the built-in
    /// holidays); a date outside is `input.invalid` naming its field
    /// (`holidays[0].date`).
    #[serde(default)]
    pub holidays: Vec<DateHours>,
    /// Dates open although their weekday normally is not ("working weekend"); `open` is required.
    /// Dates from 1970-01-01 to 2100-12-31, as for `holidays`.
    #[serde(default)]
    pub extra_working_days: Vec<DateHours>,
    /// Country codes whose public holidays close the calendar (see
    /// [`holidays::COUNTRIES`](super::holidays::COUNTRIES)), for 1970–2100.
    /// Dates listed in `holidays` or `extra_working_days` take precedence.
    #[serde(default)]
    pub holiday_sets: Vec<String>,
    /// Dates of the `holiday_sets` that stay on their weekly hours (a public
    /// holiday the shop works). Each must be a holiday of a listed set and
    /// listed once, and not also in `holidays` or `extra_working_days`
    /// (dates from 1970-01-01 to 2100-12-31, as for `holidays`).
    ///
    /// ```
    /// use caredesk::calendar::Calendar;
    /// use chrono::NaiveDate;
    ///
    /// let cal = Calendar::from_json(r#"{"zone": "Europe/Berlin",
    ///   "weekly": {"mon": [["09:00", "17:00"]], "fri": [["09:00", "17:00"]]},
    ///   "holiday_sets": ["DE"], "removed_holidays": ["2026-05-25"]}"#)?;
    /// let d = |m, d| NaiveDate::from_ymd_opt(2026, m, d).unwrap();
    /// assert!(cal.is_business_day(d(5, 25))); // Whit Monday: worked
    /// assert!(!cal.is_business_day(d(4, 6))); // Easter Monday: still closed
    ///
    /// // Not a German public holiday:
    /// let err = Calendar::from_json(r#"{"zone": "Europe/Berlin", "weekly": {"mon": [["09:00", "17:00"]]},
    ///   "holiday_sets": ["DE"], "removed_holidays": ["2026-05-18"]}"#).unwrap_err();
    /// assert_eq!((err.code(), err.field()), ("input.invalid", Some("removed_holidays[0]")));
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    #[serde(default)]
    pub removed_holidays: Vec<NaiveDate>,
    /// Open around the clock (24/7, no gap at midnight). `weekly` must then be empty;
    /// `holidays` still apply.
    #[serde(default)]
    pub always: bool,
}

/// A date with its own hours: a holiday (no `open`: closed all day) or a day
/// with special hours.
///
/// ```
/// use caredesk::calendar::DateHours;
/// let d: DateHours = serde_json::from_str(r#"{"date": "2026-12-24", "open": [["09:00", "13:00"]]}"#).unwrap();
/// assert_eq!(d.open.len(), 1);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DateHours {
    /// The local date.
    pub date: NaiveDate,
    /// Its open intervals; empty means closed.
    #[serde(default)]
    pub open: Vec<Interval>,
}

impl CalendarConfig {
    /// Reads a configuration from JSON, naming the path of the first bad field.
    ///
    /// # Errors
    /// `input.json` for a malformed document.
    ///
    /// ```
    /// use caredesk::calendar::CalendarConfig;
    ///
    /// let config = CalendarConfig::from_json(r#"{"zone": "Europe/Berlin", "holiday_sets": ["DE"],
    ///   "holidays": [{"date": "2026-12-24", "open": [["08:00", "12:00"]]}]}"#)?;
    /// assert_eq!(config.holidays[0].open.len(), 1);
    /// let err = CalendarConfig::from_json(r#"{"zone": "Europe/Berlin", "holidays": [{"date": "24.12.2026"}]}"#).unwrap_err();
    /// assert_eq!((err.code(), err.field()), ("input.json", Some("holidays[0].date")));
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    pub fn from_json(text: &str) -> Result<Self> {
        crate::wire::from_json(text)
    }

    /// Reads a configuration from TOML (the same schema as JSON; dates may be
    /// bare TOML dates), naming the path of the first bad field.
    ///
    /// ```
    /// use caredesk::calendar::CalendarConfig;
    /// let config = CalendarConfig::from_toml(r#"
    /// zone = "Europe/Rome"
    /// holiday_sets = ["IT"]
    /// [weekly]
    /// mon = [["09:00", "18:00"]]
    /// [[holidays]]
    /// date = 2026-12-24
    /// open = [["09:00", "13:00"]]
    /// "#)?;
    /// assert_eq!(config.holidays[0].date.to_string(), "2026-12-24");
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    ///
    /// # Errors
    /// `input.toml` for a malformed document or a value of the wrong shape.
    pub fn from_toml(text: &str) -> Result<Self> {
        crate::wire::from_toml(text)
    }
}

/// The first date a calendar's `holidays`, `extra_working_days` and
/// `removed_holidays` may list: 1 January 1970.
pub(crate) const FIRST_DATE: NaiveDate = NaiveDate::from_ymd_opt(super::holidays::FIRST_YEAR, 1, 1)
    .expect("1 January of the first year is a date");
/// The last date a calendar's `holidays`, `extra_working_days` and
/// `removed_holidays` may list: 31 December 2100.
pub(crate) const LAST_DATE: NaiveDate = NaiveDate::from_ymd_opt(super::holidays::LAST_YEAR, 12, 31)
    .expect("31 December of the last year is a date");

impl CalendarConfig {
    /// Refuses a listed date outside [`FIRST_DATE`]..=[`LAST_DATE`]: a date
    /// far away would make an always-open calendar walk to it day by day.
    pub(crate) fn check_date_range(&self) -> Result<()> {
        let listed = [
            ("holidays", &self.holidays),
            ("extra_working_days", &self.extra_working_days),
        ]
        .into_iter()
        .flat_map(|(name, list)| {
            list.iter()
                .enumerate()
                .map(move |(i, d)| (format!("{name}[{i}].date"), d.date))
        })
        .chain(
            self.removed_holidays
                .iter()
                .enumerate()
                .map(|(i, d)| (format!("removed_holidays[{i}]"), *d)),
        );
        for (field, date) in listed {
            if !(FIRST_DATE..=LAST_DATE).contains(&date) {
                return Err(Error::invalid(
                    field,
                    format!("{date} is outside the supported dates {FIRST_DATE} to {LAST_DATE}"),
                ));
            }
        }
        Ok(())
    }
}

pub(crate) const WEEKDAYS: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
pub(crate) const DAY: u32 = 86_400;

/// Parses `HH:MM` or `HH:MM:SS` into seconds after midnight; `24:00` only when `end`.
pub(crate) fn parse_time(text: &str, field: &str, end: bool) -> Result<u32> {
    let bad = || {
        Error::invalid(
            field,
            format!(
                "{text:?} is not a time of day such as 09:00 or 17:30:00 (24:00 only as an end)"
            ),
        )
    };
    let parts: Vec<&str> = text.split(':').collect();
    if !(2..=3).contains(&parts.len())
        || parts
            .iter()
            .any(|p| p.len() != 2 || !p.bytes().all(|b| b.is_ascii_digit()))
    {
        return Err(bad());
    }
    let n = |i: usize| {
        parts
            .get(i)
            .and_then(|p| p.parse::<u32>().ok())
            .unwrap_or(0)
    };
    let (h, m, s) = (n(0), n(1), n(2));
    if m > 59 || s > 59 || h > 24 || (h == 24 && (m, s) != (0, 0)) || (h == 24 && !end) {
        return Err(bad());
    }
    Ok(h * 3600 + m * 60 + s)
}

/// Parses and checks a list of intervals: `(start, end)` seconds after the
/// day's midnight, `end` up to `start + 86400` (past 86400 when it crosses
/// midnight). Returned in the input order.
pub(crate) fn parse_intervals(list: &[Interval], field: &str) -> Result<Vec<(u32, u32)>> {
    let mut out = Vec::with_capacity(list.len());
    for (i, (a, b)) in list.iter().enumerate() {
        let f = format!("{field}[{i}]");
        let s = parse_time(a, &format!("{f}[0]"), false)?;
        let e = parse_time(b, &format!("{f}[1]"), true)?;
        let e = match e.cmp(&s) {
            std::cmp::Ordering::Equal => {
                return Err(Error::SlaEmptyInterval {
                    field: f,
                    at: a.clone(),
                });
            }
            std::cmp::Ordering::Greater => e,
            std::cmp::Ordering::Less => e + DAY,
        };
        out.push((s, e));
    }
    Ok(out)
}

/// Checks that intervals (absolute seconds, labelled) do not overlap; with
/// `wrap`, the list is a week and the end of the last wraps onto the first.
pub(crate) fn check_overlaps(mut items: Vec<(u64, u64, String)>, wrap: Option<u64>) -> Result<()> {
    items.sort();
    for w in items.windows(2) {
        if w[1].0 < w[0].1 {
            return Err(Error::SlaOverlap {
                field: w[1].2.clone(),
                other: w[0].2.clone(),
            });
        }
    }
    if let (Some(period), Some(first), Some(last)) = (wrap, items.first(), items.last())
        && items.len() > 1
        && last.1 > period
        && last.1 - period > first.0
    {
        return Err(Error::SlaOverlap {
            field: first.2.clone(),
            other: last.2.clone(),
        });
    }
    Ok(())
}
