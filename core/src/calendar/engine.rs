//! The compiled business-hours calendar.

use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, Mutex, OnceLock};

use chrono::offset::LocalResult;
use chrono::{
    DateTime, Datelike, Days, NaiveDate, NaiveDateTime, NaiveTime, Offset, TimeDelta, TimeZone, Utc,
};
use chrono_tz::{GapInfo, Tz};

use super::config::{CalendarConfig, DAY, WEEKDAYS, check_overlaps, parse_intervals};
use super::holidays;
use crate::error::{Error, Result};

type Seg = (DateTime<Utc>, DateTime<Utc>);

/// A compiled business-hours calendar: weekly hours in an IANA zone, holidays,
/// shortened days and extra working days. Immutable, `Send + Sync`, cheap to share.
///
/// Semantics:
///
/// - Intervals are half-open, `[open, close)`: the closing instant is closed.
///   An interval whose end is before its start crosses midnight and belongs to
///   the day it starts on (a holiday on the next day does not cut it).
/// - Business time is real elapsed time inside open hours: on a spring-forward
///   day `00:00–24:00` lasts 23 hours, on a fall-back day 25 hours.
/// - Local times that do not exist (the spring gap) are moved to the first
///   instant after the gap. Ambiguous local times (the repeated hour in autumn)
///   take the earlier instant for an opening and the later one for a closing,
///   so an interval never loses time to the ambiguity.
/// - A date listed in `holidays` or `extra_working_days` uses its own hours
///   instead of the weekly ones; holiday sets close their dates unless the
///   date is listed explicitly or in `removed_holidays` (then it keeps its
///   weekly hours).
///
/// Cost: [`add`](Self::add) and [`between`](Self::between) count stretches
/// of whole days arithmetically — whole weeks from the precomputed weekly open
/// time, single days from per-weekday totals, special dates (holidays,
/// shortened days, extra working days) from their own totals, and across UTC
/// offset changes that come nowhere near the open hours (the DST switch at
/// night for office hours). They walk day by day only within three days of an
/// offset change that falls within an hour of open hours or of a midnight, and
/// at a special date whose hours could overlap a neighbouring day's across
/// midnight. For a span containing `S` special dates and `T` such offset
/// changes, with `I` intervals per day, a call costs O(S + T · 7 · I + log H),
/// where `H` is the number of special dates and offset changes — not
/// proportional to the length of the span.
///
/// ```
/// use caredesk::calendar::{Calendar, CalendarConfig};
/// use chrono::{DateTime, TimeDelta, Utc};
///
/// let at = |s: &str| s.parse::<DateTime<Utc>>().unwrap();
/// let cal = Calendar::new(CalendarConfig::from_json(r#"{
///   "zone": "Europe/Rome",
///   "weekly": {"mon": [["09:00","18:00"]], "tue": [["09:00","18:00"]], "wed": [["09:00","18:00"]],
///              "thu": [["09:00","18:00"]], "fri": [["09:00","18:00"]]},
///   "holiday_sets": ["IT"]
/// }"#)?)?;
///
/// // Friday 17:00 in Rome (CEST, UTC+2) plus 4 business hours: Monday 12:00.
/// let due = cal.add(at("2026-05-08T15:00:00Z"), TimeDelta::hours(4))?;
/// assert_eq!(due, at("2026-05-11T10:00:00Z"));
/// assert!(!cal.is_open(at("2026-06-02T10:00:00Z"))); // Republic Day
/// assert_eq!(cal.between(at("2026-05-08T15:00:00Z"), due), TimeDelta::hours(4));
/// # Ok::<(), caredesk::Error>(())
/// ```
#[derive(Debug, Clone)]
pub struct Calendar {
    tz: Tz,
    /// Intervals per weekday (Monday first), seconds after local midnight.
    weekly: [Vec<(u32, u32)>; 7],
    /// Dates with their own intervals (closed when empty).
    special: BTreeMap<NaiveDate, Vec<(u32, u32)>>,
    /// Special dates whose intervals cannot overlap a neighbour's, sorted,
    /// with the weekly open seconds of their weekday minus their own.
    deficit: Vec<(NaiveDate, i64)>,
    /// Special dates whose intervals may overlap those of the day before or
    /// after (across midnight), sorted; the walk never counts these
    /// arithmetically.
    blocking: Vec<NaiveDate>,
    /// The zone's UTC offset changes (1900–2200) that fall within an hour of
    /// this calendar's open hours or of a midnight; the walk goes day by day
    /// near these only. The others change nothing an interval measures.
    hard_transitions: Arc<[i64]>,
    /// Open seconds in a week without exceptions.
    week_total: i64,
    /// Open seconds of the intervals starting on each weekday (Monday first).
    day_total: [i64; 7],
    /// The weekly hours cover the whole week without a gap.
    full_week: bool,
    config: CalendarConfig,
}

impl Calendar {
    /// Validates and compiles a configuration.
    ///
    /// # Errors
    /// - `input.unknown_value`: unknown `zone`, weekday key (`weekly.xyz`) or
    ///   holiday set (`holiday_sets[0]`).
    /// - `input.invalid`: a malformed time (`weekly.mon[0][1]`), `always` with
    ///   weekly hours, a date listed twice, an extra working day without hours,
    ///   a removed holiday that is no holiday of a listed set
    ///   (`removed_holidays[0]`), a listed date outside 1970-01-01 to
    ///   2100-12-31 (`holidays[0].date`).
    /// - `sla.empty_interval`: start equal to end (`weekly.mon[1]`).
    /// - `sla.overlapping_hours`: overlapping intervals, also across midnight.
    /// - `sla.no_open_time`: a week with no open time.
    ///
    /// ```
    /// use caredesk::calendar::{Calendar, CalendarConfig};
    ///
    /// let config = CalendarConfig::from_json(r#"{"zone": "Europe/Berlin", "holiday_sets": ["DE"],
    ///   "weekly": {"mon": [["08:00", "12:00"], ["13:00", "17:00"]], "fri": [["08:00", "15:00"]]}}"#)?;
    /// let cal = Calendar::new(config)?;
    /// assert_eq!(cal.weekly_open_time().num_hours(), 15);
    /// // Overlapping intervals are refused when the calendar is compiled.
    /// let bad = CalendarConfig::from_json(r#"{"zone": "Europe/Berlin", "weekly": {"mon": [["08:00", "12:00"], ["11:00", "17:00"]]}}"#)?;
    /// assert_eq!(Calendar::new(bad).unwrap_err().code(), "sla.overlapping_hours");
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    pub fn new(config: CalendarConfig) -> Result<Self> {
        config.check_date_range()?;
        let tz = crate::instant::parse_zone(&config.zone, "zone")?;
        let mut weekly: [Vec<(u32, u32)>; 7] = Default::default();
        let mut labelled = Vec::new();
        for (key, list) in &config.weekly {
            let idx =
                WEEKDAYS
                    .iter()
                    .position(|d| d == key)
                    .ok_or_else(|| Error::UnknownValue {
                        field: format!("weekly.{key}"),
                        value: key.clone(),
                        expected: WEEKDAYS.join(", "),
                    })?;
            let field = format!("weekly.{key}");
            let ivs = parse_intervals(list, &field)?;
            for (i, &(s, e)) in ivs.iter().enumerate() {
                let base = idx as u64 * u64::from(DAY);
                labelled.push((
                    base + u64::from(s),
                    base + u64::from(e),
                    format!("{field}[{i}]"),
                ));
            }
            weekly[idx] = ivs;
        }
        check_overlaps(labelled, Some(7 * u64::from(DAY)))?;
        if config.always {
            if !config.weekly.is_empty() {
                return Err(Error::invalid(
                    "always",
                    "always = true cannot be combined with weekly hours",
                ));
            }
            weekly = std::array::from_fn(|_| vec![(0, DAY)]);
        }
        for v in &mut weekly {
            v.sort_unstable();
        }
        let week_total: i64 = weekly
            .iter()
            .flatten()
            .map(|&(s, e)| i64::from(e - s))
            .sum();
        if week_total == 0 {
            return Err(Error::SlaNoOpenTime {
                field: "weekly".into(),
            });
        }
        let full_week = week_total == 7 * i64::from(DAY);
        let day_total: [i64; 7] =
            std::array::from_fn(|i| weekly[i].iter().map(|&(s, e)| i64::from(e - s)).sum());

        let mut special = BTreeMap::new();
        let mut origin: HashMap<NaiveDate, String> = HashMap::new();
        for (name, list, need_hours) in [
            ("holidays", &config.holidays, false),
            ("extra_working_days", &config.extra_working_days, true),
        ] {
            for (i, day) in list.iter().enumerate() {
                let field = format!("{name}[{i}]");
                if let Some(prev) = origin.get(&day.date) {
                    return Err(Error::invalid(
                        format!("{field}.date"),
                        format!("{} is already listed in {prev}", day.date),
                    ));
                }
                if need_hours && day.open.is_empty() {
                    return Err(Error::invalid(
                        format!("{field}.open"),
                        "an extra working day needs its opening hours",
                    ));
                }
                let open_field = format!("{field}.open");
                let mut ivs = parse_intervals(&day.open, &open_field)?;
                let labelled = ivs
                    .iter()
                    .enumerate()
                    .map(|(j, &(s, e))| (u64::from(s), u64::from(e), format!("{open_field}[{j}]")))
                    .collect();
                check_overlaps(labelled, None)?;
                ivs.sort_unstable();
                origin.insert(day.date, field);
                special.insert(day.date, ivs);
            }
        }
        // Dates taken out of the holiday sets: each listed once, not also
        // given its own hours, and a holiday of some listed set.
        let mut removed: HashMap<NaiveDate, (usize, bool)> = HashMap::new();
        for (i, date) in config.removed_holidays.iter().enumerate() {
            let field = format!("removed_holidays[{i}]");
            if let Some(prev) = origin.get(date) {
                return Err(Error::invalid(
                    field,
                    format!("{date} is already listed in {prev}, whose hours apply"),
                ));
            }
            origin.insert(*date, field);
            removed.insert(*date, (i, false));
        }
        for (i, code) in config.holiday_sets.iter().enumerate() {
            if holidays::for_country(code, holidays::FIRST_YEAR).is_err() {
                return Err(Error::UnknownValue {
                    field: format!("holiday_sets[{i}]"),
                    value: code.clone(),
                    expected: holidays::COUNTRIES.join(", "),
                });
            }
            for year in holidays::FIRST_YEAR..=holidays::LAST_YEAR {
                for h in holidays::for_country(code, year)? {
                    if let Some((_, found)) = removed.get_mut(&h.date) {
                        *found = true;
                        continue;
                    }
                    special.entry(h.date).or_insert_with(Vec::new);
                }
            }
        }
        if let Some((date, (i, _))) = removed
            .iter()
            .filter(|(_, (_, found))| !found)
            .min_by_key(|(_, (i, _))| *i)
        {
            return Err(Error::invalid(
                format!("removed_holidays[{i}]"),
                if config.holiday_sets.is_empty() {
                    format!("{date} cannot be removed: no holiday_sets are listed")
                } else {
                    format!(
                        "{date} is not a holiday of the listed holiday_sets ({})",
                        config.holiday_sets.join(", ")
                    )
                },
            ));
        }
        let (deficit, blocking) = classify_specials(&weekly, &special, &day_total);
        let hard_transitions = transitions(tz)
            .iter()
            .copied()
            .filter(|&t| !benign_transition(tz, &weekly, &special, t))
            .collect();
        Ok(Calendar {
            tz,
            weekly,
            special,
            deficit,
            blocking,
            hard_transitions,
            week_total,
            day_total,
            full_week,
            config,
        })
    }

    /// Reads a JSON configuration and compiles it.
    ///
    /// # Errors
    /// `input.json` for a malformed document, then as [`Calendar::new`].
    ///
    /// ```
    /// use caredesk::calendar::Calendar;
    ///
    /// let cal = Calendar::from_json(r#"{"zone": "Europe/Vienna", "weekly": {"sat": [["10:00", "14:00"]]}}"#)?;
    /// assert_eq!(cal.zone().name(), "Europe/Vienna");
    /// let err = Calendar::from_json(r#"{"zone": "Europe/Wien"}"#).unwrap_err();
    /// assert_eq!((err.code(), err.field()), ("input.unknown_value", Some("zone")));
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    pub fn from_json(text: &str) -> Result<Self> {
        Calendar::new(CalendarConfig::from_json(text)?)
    }

    /// Reads a TOML configuration and compiles it.
    ///
    /// # Errors
    /// `input.toml` for a malformed document, then as [`Calendar::new`].
    ///
    /// ```
    /// use caredesk::calendar::Calendar;
    /// use chrono::NaiveDate;
    ///
    /// let cal = Calendar::from_toml(r#"
    /// zone = "Europe/Berlin"
    /// holiday_sets = ["DE"]
    /// weekly = { mon = [["08:00", "17:00"]], thu = [["08:00", "17:00"]] }
    /// "#)?;
    /// let ascension = NaiveDate::from_ymd_opt(2026, 5, 14).unwrap(); // a Thursday
    /// assert!(!cal.is_business_day(ascension));
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    pub fn from_toml(text: &str) -> Result<Self> {
        Calendar::new(CalendarConfig::from_toml(text)?)
    }

    /// The configuration this calendar was compiled from.
    ///
    /// ```
    /// use caredesk::calendar::Calendar;
    ///
    /// let cal = Calendar::from_json(r#"{"zone": "Europe/Berlin", "holiday_sets": ["DE"],
    ///   "weekly": {"mon": [["08:00", "17:00"]]}}"#)?;
    /// assert_eq!(cal.config().holiday_sets, ["DE"]);
    /// assert_eq!(cal.config().weekly["mon"], [("08:00".to_string(), "17:00".to_string())]);
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    pub fn config(&self) -> &CalendarConfig {
        &self.config
    }

    /// The calendar's time zone.
    ///
    /// ```
    /// use caredesk::calendar::Calendar;
    /// use caredesk::instant::parse;
    ///
    /// let cal = Calendar::from_json(r#"{"zone": "Europe/Berlin", "weekly": {"fri": [["08:00", "17:00"]]}}"#)?;
    /// let local = parse("2026-05-08T06:00:00Z", "at")?.with_timezone(&cal.zone());
    /// assert_eq!(local.to_rfc3339(), "2026-05-08T08:00:00+02:00");
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    pub fn zone(&self) -> Tz {
        self.tz
    }

    /// Open seconds in a week without holidays or DST changes.
    ///
    /// ```
    /// use caredesk::calendar::Calendar;
    ///
    /// let cal = Calendar::from_toml(r#"
    /// zone = "Europe/Berlin"
    /// weekly = { mon = [["08:00", "17:00"]], tue = [["08:00", "17:00"]], sat = [["10:00", "14:00"]] }
    /// "#)?;
    /// assert_eq!(cal.weekly_open_time().num_hours(), 9 + 9 + 4);
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    pub fn weekly_open_time(&self) -> TimeDelta {
        TimeDelta::seconds(self.week_total)
    }

    /// Whether the calendar is open at `t` (open instants are inclusive, closing ones exclusive).
    ///
    /// ```
    /// use caredesk::calendar::Calendar;
    /// use caredesk::instant::parse;
    ///
    /// let cal = Calendar::from_json(r#"{"zone": "Europe/Berlin", "holiday_sets": ["DE"],
    ///   "weekly": {"thu": [["08:00", "17:00"]], "fri": [["08:00", "17:00"]]}}"#)?;
    /// assert!(cal.is_open(parse("2026-05-08T06:00:00Z", "at")?)); // Friday 08:00: opening is open
    /// assert!(!cal.is_open(parse("2026-05-08T15:00:00Z", "at")?)); // Friday 17:00: closing is closed
    /// assert!(!cal.is_open(parse("2026-05-14T10:00:00Z", "at")?)); // Ascension Day
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    pub fn is_open(&self, t: DateTime<Utc>) -> bool {
        let d = self.local_date(t);
        [d.pred_opt(), Some(d)]
            .into_iter()
            .flatten()
            .filter_map(|day| self.day_segments(day))
            .flatten()
            .any(|(s, e)| s <= t && t < e)
    }

    /// The first open instant at or after `t`: `t` itself when open. `None`
    /// only past the year 9999 (the last year an instant can be written in).
    ///
    /// ```
    /// use caredesk::calendar::Calendar;
    /// use caredesk::instant::parse;
    ///
    /// let cal = Calendar::from_json(r#"{"zone": "Europe/Berlin", "weekly": {"mon": [["08:00", "17:00"]], "fri": [["08:00", "17:00"]]}}"#)?;
    /// // An Amazon buyer writes on Friday evening; the desk opens on Monday 08:00.
    /// let friday_evening = parse("2026-05-08T18:30:00Z", "at")?;
    /// assert_eq!(cal.next_open(friday_evening), Some(parse("2026-05-11T06:00:00Z", "at")?));
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    pub fn next_open(&self, t: DateTime<Utc>) -> Option<DateTime<Utc>> {
        self.walk(t, Goal::Spend(TimeDelta::zero()))
            .ok()
            .map(|(at, _)| at)
            .filter(|at| at.year() <= crate::instant::MAX_YEAR)
    }

    /// The end of the open period that contains `t`, or of the next one when
    /// `t` is closed. Adjacent intervals (for example across midnight) are one
    /// period. `None` when the calendar never closes again (24/7 with no
    /// holiday ahead) or not before the end of the year 9999.
    ///
    /// ```
    /// use caredesk::calendar::Calendar;
    /// use caredesk::instant::parse;
    ///
    /// let cal = Calendar::from_json(r#"{"zone": "Europe/Berlin", "weekly": {"fri": [["08:00", "12:00"], ["12:00", "15:00"]]}}"#)?;
    /// // Adjacent intervals are one open period: Friday closes at 15:00 local.
    /// assert_eq!(cal.next_close(parse("2026-05-08T07:00:00Z", "at")?), Some(parse("2026-05-08T13:00:00Z", "at")?));
    /// let always = Calendar::from_json(r#"{"zone": "UTC", "always": true}"#)?;
    /// assert_eq!(always.next_close(parse("2026-05-08T07:00:00Z", "at")?), None);
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    pub fn next_close(&self, t: DateTime<Utc>) -> Option<DateTime<Utc>> {
        self.next_close_unbounded(t)
            .filter(|at| at.year() <= crate::instant::MAX_YEAR)
    }

    fn next_close_unbounded(&self, t: DateTime<Utc>) -> Option<DateTime<Utc>> {
        let open = self.next_open(t)?;
        let mut close = open;
        let mut day = self.local_date(open).pred_opt()?;
        loop {
            if self.full_week
                && day > self.local_date(open)
                && self.special.range(day.pred_opt()?..).next().is_none()
            {
                return None;
            }
            for (s, e) in self.day_segments(day)? {
                if s <= close && e > close {
                    close = e;
                }
            }
            let next = day.succ_opt()?;
            if close < self.midnight(next)? {
                return Some(close);
            }
            day = next;
        }
    }

    /// The instant at which `business_duration` of open time has elapsed from
    /// `start`. A start outside business hours begins at the next opening; a
    /// zero duration gives the next opening (or `start` itself when open). A
    /// result may be a closing instant (the end of the last interval used).
    ///
    /// # Errors
    /// `input.invalid` (field `business_duration`) for a negative duration,
    /// `sla.overflow` when the result is past the year 9999 (the last year
    /// an RFC 3339 instant can carry).
    ///
    /// ```
    /// use caredesk::calendar::Calendar;
    /// use caredesk::instant::parse;
    /// use chrono::TimeDelta;
    ///
    /// let cal = Calendar::from_json(r#"{"zone": "Europe/Berlin", "weekly": {"mon": [["08:00", "17:00"]], "fri": [["08:00", "17:00"]]}}"#)?;
    /// // Friday 16:00 in Berlin plus 3 business hours: one on Friday, two on Monday.
    /// let due = cal.add(parse("2026-05-08T14:00:00Z", "start")?, TimeDelta::hours(3))?;
    /// assert_eq!(due, parse("2026-05-11T08:00:00Z", "due")?); // Monday 10:00
    /// let err = cal.add(due, TimeDelta::hours(-1)).unwrap_err();
    /// assert_eq!(err.field(), Some("business_duration"));
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    pub fn add(&self, start: DateTime<Utc>, business_duration: TimeDelta) -> Result<DateTime<Utc>> {
        if business_duration < TimeDelta::zero() {
            return Err(Error::invalid("business_duration", "must not be negative"));
        }
        let (at, _) = self.walk(start, Goal::Spend(business_duration))?;
        if !crate::instant::in_range(&at) {
            return Err(Error::SlaOverflow {
                field: "business_duration".into(),
            });
        }
        Ok(at)
    }

    /// The business time inside `[a, b)`; zero when `b <= a`.
    ///
    /// ```
    /// use caredesk::calendar::Calendar;
    /// use caredesk::instant::parse;
    ///
    /// let cal = Calendar::from_json(r#"{"zone": "Europe/Berlin", "weekly": {"mon": [["08:00", "17:00"]], "fri": [["08:00", "17:00"]]}}"#)?;
    /// // A customer waited from Friday 16:00 to Monday 10:00: 3 business hours.
    /// let waited = cal.between(parse("2026-05-08T14:00:00Z", "a")?, parse("2026-05-11T08:00:00Z", "b")?);
    /// assert_eq!(waited.num_hours(), 3);
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    pub fn between(&self, a: DateTime<Utc>, b: DateTime<Utc>) -> TimeDelta {
        if b <= a {
            return TimeDelta::zero();
        }
        // Cannot overflow: the walk stops at `b`.
        self.walk(a, Goal::Until(b))
            .map(|(_, used)| used)
            .unwrap_or_default()
    }

    /// Whether the local `date` has open hours of its own (holidays closed,
    /// shortened days and extra working days open).
    ///
    /// ```
    /// use caredesk::calendar::Calendar;
    /// use chrono::NaiveDate;
    ///
    /// let cal = Calendar::from_json(r#"{"zone": "Europe/Berlin", "holiday_sets": ["DE"],
    ///   "weekly": {"thu": [["08:00", "17:00"]], "fri": [["08:00", "17:00"]]},
    ///   "extra_working_days": [{"date": "2026-05-16", "open": [["10:00", "14:00"]]}]}"#)?;
    /// let d = |day| NaiveDate::from_ymd_opt(2026, 5, day).unwrap();
    /// assert!(!cal.is_business_day(d(14))); // Ascension Day
    /// assert!(cal.is_business_day(d(15)));
    /// assert!(cal.is_business_day(d(16))); // a Saturday worked for a sale
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    pub fn is_business_day(&self, date: NaiveDate) -> bool {
        !self.day_intervals(date).is_empty()
    }

    /// The local date `n` business days after `date` (before it when `n` is
    /// negative). With `n == 0`, `date` itself if it is a business day, else
    /// the next one. Whole weeks without special dates are jumped.
    ///
    /// # Errors
    /// `sla.overflow` past the representable dates.
    ///
    /// ```
    /// use caredesk::calendar::Calendar;
    /// use chrono::NaiveDate;
    ///
    /// let cal = Calendar::from_json(r#"{"zone": "Europe/Berlin", "holiday_sets": ["DE"],
    ///   "weekly": {"mon": [["08:00", "17:00"]], "tue": [["08:00", "17:00"]], "wed": [["08:00", "17:00"]],
    ///              "thu": [["08:00", "17:00"]], "fri": [["08:00", "17:00"]]}}"#)?;
    /// let d = |day| NaiveDate::from_ymd_opt(2026, 5, day).unwrap();
    /// // Two business days after Wednesday the 13th: Ascension Thursday is skipped.
    /// assert_eq!(cal.add_business_days(d(13), 2)?, d(18));
    /// assert_eq!(cal.add_business_days(d(18), -2)?, d(13));
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    pub fn add_business_days(&self, date: NaiveDate, n: i64) -> Result<NaiveDate> {
        let overflow = || Error::SlaOverflow { field: "n".into() };
        let per_week = self.weekly.iter().filter(|v| !v.is_empty()).count() as i64;
        let forward = n >= 0;
        let step = |d: NaiveDate| if forward { d.succ_opt() } else { d.pred_opt() };
        // i64::MIN has no positive counterpart; it is beyond every date anyway.
        let mut left = i64::try_from(n.unsigned_abs()).map_err(|_| overflow())?;
        let mut d = date;
        if n == 0 {
            while !self.is_business_day(d) {
                d = step(d).ok_or_else(overflow)?;
            }
            return Ok(d);
        }
        while left > 0 {
            // Jump whole weeks while no special date is in reach.
            let clear_days = if forward {
                self.special
                    .range(d..)
                    .next()
                    .map_or(i64::MAX, |(s, _)| (*s - d).num_days())
            } else {
                self.special
                    .range(..=d)
                    .next_back()
                    .map_or(i64::MAX, |(s, _)| (d - *s).num_days())
            };
            let weeks = ((clear_days - 1) / 7).min((left - 1) / per_week).max(0);
            if weeks > 0 {
                let days = Days::new(7 * weeks as u64);
                d = if forward {
                    d.checked_add_days(days)
                } else {
                    d.checked_sub_days(days)
                }
                .ok_or_else(overflow)?;
                left -= weeks * per_week;
                continue;
            }
            d = step(d).ok_or_else(overflow)?;
            if self.is_business_day(d) {
                left -= 1;
            }
        }
        Ok(d)
    }

    fn local_date(&self, t: DateTime<Utc>) -> NaiveDate {
        t.with_timezone(&self.tz).date_naive()
    }

    fn day_intervals(&self, date: NaiveDate) -> &[(u32, u32)] {
        match self.special.get(&date) {
            Some(v) => v,
            None => &self.weekly[date.weekday().num_days_from_monday() as usize],
        }
    }

    /// Resolves a local wall-clock time: gap to the first instant after it,
    /// ambiguity to the earlier instant (opening) or the later one (closing).
    fn resolve(&self, local: NaiveDateTime, closing: bool) -> DateTime<Utc> {
        match self.tz.from_local_datetime(&local) {
            LocalResult::Single(t) => t.to_utc(),
            LocalResult::Ambiguous(a, b) => {
                let (a, b) = (a.to_utc(), b.to_utc());
                if closing { a.max(b) } else { a.min(b) }
            }
            LocalResult::None => GapInfo::new(&local, &self.tz)
                .and_then(|g| g.end)
                .map(|t| t.to_utc())
                .unwrap_or_else(|| {
                    let off = self.tz.offset_from_utc_datetime(&local).fix();
                    (local - off).and_utc()
                }),
        }
    }

    fn midnight(&self, date: NaiveDate) -> Option<DateTime<Utc>> {
        Some(self.resolve(date.and_time(NaiveTime::MIN), false))
    }

    /// The open intervals that start on `date`, as instants, sorted by start.
    fn day_segments(&self, date: NaiveDate) -> Option<Vec<Seg>> {
        let base = date.and_time(NaiveTime::MIN);
        let mut out = Vec::new();
        for &(s, e) in self.day_intervals(date) {
            let start = self.resolve(
                base.checked_add_signed(TimeDelta::seconds(s.into()))?,
                false,
            );
            let end = self.resolve(base.checked_add_signed(TimeDelta::seconds(e.into()))?, true);
            if end > start {
                out.push((start, end));
            }
        }
        Some(out)
    }

    /// How many days from local `day` on can be counted arithmetically (from
    /// the weekly hours and the special dates' own totals): no special date
    /// that may overlap a neighbour from the day before on, and no UTC offset
    /// change from three days before to three days after them.
    fn clean_days(&self, day: NaiveDate, day_start: DateTime<Utc>) -> i64 {
        let Some(before) = day.pred_opt() else {
            return 0;
        };
        let i = self.blocking.partition_point(|d| *d < before);
        let by_dates = match self.blocking.get(i) {
            Some(s) => (*s - day).num_days(),
            None => i64::MAX,
        };
        // Before 1900 the offset changes are not known: no jumps.
        let from = day_start.timestamp() - 3 * i64::from(DAY);
        let by_offsets = if from < SCAN_FROM {
            0
        } else {
            let i = self.hard_transitions.partition_point(|&t| t <= from);
            match self.hard_transitions.get(i) {
                Some(t) => {
                    (t - day_start.timestamp() - 3 * i64::from(DAY)).div_euclid(i64::from(DAY))
                }
                None => i64::MAX,
            }
        };
        by_dates.min(by_offsets).max(0)
    }

    /// Open seconds of the intervals starting on `n` consecutive days from
    /// weekday `wd` (0 = Monday), by the weekly hours.
    fn nominal_open(&self, wd: usize, n: i64) -> Option<i64> {
        let weeks = (n / 7).checked_mul(self.week_total)?;
        let rest: i64 = (0..(n % 7) as usize)
            .map(|j| self.day_total[(wd + j) % 7])
            .sum();
        weeks.checked_add(rest)
    }

    /// How many of the (at most `max`) days from weekday `wd` fit, by the
    /// weekly hours, in open time strictly less than `budget`, and their open
    /// seconds.
    fn days_within(&self, wd: usize, max: i64, budget: TimeDelta) -> (i64, i64) {
        let week = TimeDelta::seconds(self.week_total);
        let weeks = (max / 7)
            .min(div_delta(budget - TimeDelta::nanoseconds(1), week))
            .max(0);
        let mut n = 7 * weeks;
        let mut open = weeks * self.week_total;
        while n < max {
            let next = open + self.day_total[(wd + (n % 7) as usize) % 7];
            if TimeDelta::seconds(next) >= budget {
                break;
            }
            (n, open) = (n + 1, next);
        }
        (n, open)
    }

    /// How many days from `day` (at most `clean`) can be counted without
    /// reaching `budget` of open time, and their open seconds; special dates
    /// in the range count their own totals.
    fn span_within(&self, day: NaiveDate, clean: i64, budget: TimeDelta) -> Option<(i64, i64)> {
        let (mut n, mut open) = (0i64, 0i64);
        let end = day.checked_add_days(Days::new(u64::try_from(clean.min(3_000_000)).ok()?));
        for (s, deficit) in self.specials_between(day, end) {
            let cursor = day + TimeDelta::days(n);
            let wd = cursor.weekday().num_days_from_monday() as usize;
            let stretch = (*s - cursor).num_days();
            let left = budget - TimeDelta::seconds(open);
            let whole = self.nominal_open(wd, stretch)?;
            if TimeDelta::seconds(whole) >= left {
                let (k, o) = self.days_within(wd, stretch, left);
                return Some((n + k, open + o));
            }
            let own = self.day_total[s.weekday().num_days_from_monday() as usize] - deficit;
            if TimeDelta::seconds(whole + own) >= left {
                return Some((n + stretch, open + whole));
            }
            (n, open) = (n + stretch + 1, open + whole + own);
        }
        let cursor = day + TimeDelta::days(n);
        let wd = cursor.weekday().num_days_from_monday() as usize;
        let left = budget - TimeDelta::seconds(open);
        let (k, o) = self.days_within(wd, clean - n, left);
        Some((n + k, open + o))
    }

    /// Open seconds of the intervals starting on the `n` days from `day`.
    fn span_open(&self, day: NaiveDate, n: i64) -> Option<i64> {
        let wd = day.weekday().num_days_from_monday() as usize;
        let end = day.checked_add_days(Days::new(u64::try_from(n).ok()?))?;
        let deficits: i64 = self
            .specials_between(day, Some(end))
            .iter()
            .map(|(_, d)| d)
            .sum();
        self.nominal_open(wd, n)?.checked_sub(deficits)
    }

    /// The arithmetically countable special dates in `[from, to)` (no end: all after).
    fn specials_between(&self, from: NaiveDate, to: Option<NaiveDate>) -> &[(NaiveDate, i64)] {
        let lo = self.deficit.partition_point(|(d, _)| *d < from);
        let hi = match to {
            Some(to) => self.deficit.partition_point(|(d, _)| *d < to),
            None => self.deficit.len(),
        };
        &self.deficit[lo..hi.max(lo)]
    }

    /// Walks open time from `start` until `goal`; returns the instant reached
    /// and the open time used.
    fn walk(&self, start: DateTime<Utc>, goal: Goal) -> Result<(DateTime<Utc>, TimeDelta)> {
        let overflow = || Error::SlaOverflow {
            field: "business_duration".into(),
        };
        let mut day = self.local_date(start).pred_opt().ok_or_else(overflow)?;
        let mut cur = start;
        let mut used = TimeDelta::zero();
        let mut first = true;
        loop {
            let mut segs = self.day_segments(day).ok_or_else(overflow)?;
            let day_start = self.midnight(day).ok_or_else(overflow)?;
            let own_first = match segs.first() {
                Some(&(s, _)) => s,
                None => self
                    .midnight(day.succ_opt().ok_or_else(overflow)?)
                    .ok_or_else(overflow)?,
            };
            if !first && cur <= own_first {
                // Count whole clean days from the weekly hours: whole weeks,
                // then single days, while the goal stays ahead.
                let clean = self.clean_days(day, day_start);
                let (n, open) = match goal {
                    Goal::Spend(d) => self
                        .span_within(day, clean, d - used)
                        .ok_or_else(overflow)?,
                    Goal::Until(b) => {
                        // The jumped days' intervals end by their last day's
                        // midnight + 48 h on the wall clock: one more day, and
                        // two hours for an offset change jumped over.
                        let room = b - day_start - TimeDelta::days(1) - TimeDelta::hours(2);
                        let n = clean.min(div_delta(room, TimeDelta::days(1))).max(0);
                        (n, self.span_open(day, n).ok_or_else(overflow)?)
                    }
                };
                if n > 0 {
                    let open = TimeDelta::try_seconds(open).ok_or_else(overflow)?;
                    day = u64::try_from(n)
                        .ok()
                        .and_then(|n| day.checked_add_days(Days::new(n)))
                        .ok_or_else(overflow)?;
                    used = used.checked_add(&open).ok_or_else(overflow)?;
                    let prev = self
                        .day_segments(day.pred_opt().ok_or_else(overflow)?)
                        .ok_or_else(overflow)?;
                    cur = prev
                        .iter()
                        .map(|&(_, e)| e)
                        .fold(self.midnight(day).ok_or_else(overflow)?, DateTime::max);
                    segs = self.day_segments(day).ok_or_else(overflow)?;
                }
            }
            first = false;
            for (s, e) in segs {
                let e = match goal {
                    Goal::Until(b) if s >= b => return Ok((b, used)),
                    Goal::Until(b) => e.min(b),
                    Goal::Spend(_) => e,
                };
                let s = s.max(cur);
                if e <= s {
                    continue;
                }
                let len = e - s;
                if let Goal::Spend(d) = goal {
                    let rem = d - used;
                    if rem <= len {
                        return Ok((s + rem, d));
                    }
                }
                used += len;
                cur = e;
            }
            day = day.succ_opt().ok_or_else(overflow)?;
            if let Goal::Until(b) = goal
                && self.midnight(day).ok_or_else(overflow)? >= b
            {
                return Ok((b, used));
            }
        }
    }
}

/// Sorts the special dates into those the walk may count arithmetically
/// (their intervals cannot overlap the day before's or after's across
/// midnight; value: weekly open seconds of the weekday minus their own) and
/// those it must walk.
fn classify_specials(
    weekly: &[Vec<(u32, u32)>; 7],
    special: &BTreeMap<NaiveDate, Vec<(u32, u32)>>,
    day_total: &[i64; 7],
) -> (Vec<(NaiveDate, i64)>, Vec<NaiveDate>) {
    let entries: Vec<(&NaiveDate, &Vec<(u32, u32)>)> = special.iter().collect();
    let weekly_of = |d: NaiveDate| weekly[d.weekday().num_days_from_monday() as usize].as_slice();
    // The intervals of the day next to entry `i` (`step` -1 or 1): the
    // neighbouring entry's when it is that day, else the weekly ones.
    let neighbour = |i: usize, step: i64| -> &[(u32, u32)] {
        let Some(day) = entries[i].0.checked_add_signed(TimeDelta::days(step)) else {
            return &[];
        };
        i.checked_add_signed(step as isize)
            .and_then(|j| entries.get(j))
            .filter(|(d, _)| **d == day)
            .map(|(_, ivs)| ivs.as_slice())
            .unwrap_or_else(|| weekly_of(day))
    };
    // How far past the next midnight a day's intervals reach; where its first one starts.
    let tail = |ivs: &[(u32, u32)]| {
        ivs.iter()
            .map(|&(_, e)| e.saturating_sub(DAY))
            .max()
            .unwrap_or(0)
    };
    let head = |ivs: &[(u32, u32)]| ivs.iter().map(|&(s, _)| s).min().unwrap_or(u32::MAX);
    let (mut deficit, mut blocking) = (Vec::new(), Vec::new());
    for (i, &(&d, own)) in entries.iter().enumerate() {
        let clear = tail(neighbour(i, -1)) <= head(own) && tail(own) <= head(neighbour(i, 1));
        if clear {
            let total: i64 = own.iter().map(|&(s, e)| i64::from(e - s)).sum();
            deficit.push((
                d,
                day_total[d.weekday().num_days_from_monday() as usize] - total,
            ));
        } else {
            blocking.push(d);
        }
    }
    (deficit, blocking)
}

#[derive(Clone, Copy)]
enum Goal {
    Spend(TimeDelta),
    Until(DateTime<Utc>),
}

/// `a / b` for positive `b`, floored; negative `a` gives a negative result.
fn div_delta(a: TimeDelta, b: TimeDelta) -> i64 {
    let (a, b) = (a.num_seconds(), b.num_seconds().max(1));
    a.div_euclid(b)
}

// UTC offset transitions of each zone, found once per zone and process by
// sampling the offset every day from 1900 to 2200 and bisecting each change to
// the second. Before 1900 every instant counts as near a transition (no week
// jumps); after 2200 the offset is taken as fixed.
const SCAN_FROM: i64 = -2_208_988_800; // 1900-01-01T00:00:00Z
const SCAN_TO: i64 = 7_258_118_400; // 2200-01-01T00:00:00Z

/// Whether the offset change at `t` leaves every interval of the calendar
/// its wall-clock length and every midnight unambiguous: no interval of the
/// days around it, and no midnight, comes within an hour of the local times
/// it skips or repeats.
fn benign_transition(
    tz: Tz,
    weekly: &[Vec<(u32, u32)>; 7],
    special: &BTreeMap<NaiveDate, Vec<(u32, u32)>>,
    t: i64,
) -> bool {
    let offset = |t: i64| {
        DateTime::from_timestamp(t, 0).map(|u| {
            tz.offset_from_utc_datetime(&u.naive_utc())
                .fix()
                .local_minus_utc()
        })
    };
    let (Some(at), Some(before), Some(after)) =
        (DateTime::from_timestamp(t, 0), offset(t - 1), offset(t))
    else {
        return false;
    };
    let local = |off: i32| at.naive_utc() + TimeDelta::seconds(off.into());
    let hour = TimeDelta::hours(1);
    let lo = local(before.min(after)) - hour;
    let hi = local(before.max(after)) + hour;
    if lo.date() != hi.date() || lo.time() == NaiveTime::MIN {
        return false;
    }
    let Some(first) = lo.date().pred_opt() else {
        return false;
    };
    first.iter_days().take(2).all(|day| {
        let ivs = special
            .get(&day)
            .unwrap_or(&weekly[day.weekday().num_days_from_monday() as usize]);
        let base = day.and_time(NaiveTime::MIN);
        ivs.iter().all(|&(s, e)| {
            let start = base + TimeDelta::seconds(s.into());
            let end = base + TimeDelta::seconds(e.into());
            end < lo || start > hi
        })
    })
}

fn transitions(tz: Tz) -> Arc<[i64]> {
    static CACHE: OnceLock<Mutex<HashMap<Tz, Arc<[i64]>>>> = OnceLock::new();
    let cache = CACHE.get_or_init(Default::default);
    if let Some(v) = cache.lock().ok().and_then(|m| m.get(&tz).cloned()) {
        return v;
    }
    let offset = |t: i64| {
        DateTime::from_timestamp(t, 0)
            .map(|u| {
                tz.offset_from_utc_datetime(&u.naive_utc())
                    .fix()
                    .local_minus_utc()
            })
            .unwrap_or(0)
    };
    let mut out = Vec::new();
    let mut t = SCAN_FROM;
    let mut off = offset(t);
    while t < SCAN_TO {
        let next = t + i64::from(DAY);
        let o = offset(next);
        if o != off {
            let (mut lo, mut hi) = (t, next);
            while hi - lo > 1 {
                let mid = lo + (hi - lo) / 2;
                if offset(mid) == off {
                    lo = mid
                } else {
                    hi = mid
                }
            }
            out.push(hi);
            off = o;
        }
        t = next;
    }
    let v: Arc<[i64]> = out.into();
    if let Ok(mut m) = cache.lock() {
        m.insert(tz, v.clone());
    }
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rome_has_two_transitions_in_2026() {
        let from = DateTime::parse_from_rfc3339("2026-01-01T00:00:00Z")
            .unwrap()
            .timestamp();
        let to = DateTime::parse_from_rfc3339("2027-01-01T00:00:00Z")
            .unwrap()
            .timestamp();
        let list = transitions(Tz::Europe__Rome);
        let in_2026: Vec<i64> = list
            .iter()
            .copied()
            .filter(|&t| t >= from && t < to)
            .collect();
        // 2026-03-29T01:00:00Z and 2026-10-25T01:00:00Z
        assert_eq!(in_2026, vec![1_774_746_000, 1_792_890_000]);
    }

    #[test]
    fn calendar_is_send_and_sync() {
        fn check<T: Send + Sync>() {}
        check::<Calendar>();
    }
}
