//! `Calendar` and the holiday functions, forwarded to core.
//!
//! Instants are `Date`s; durations are seconds as a `number` (milliseconds,
//! the resolution of a `Date`, are kept); local dates are `'YYYY-MM-DD'`
//! strings; the config and holiday lists keep the snake_case wire format.

use caredesk::calendar::{self, CalendarConfig};
use chrono::{NaiveDate, TimeDelta};
use napi::JsDate;
use napi::bindgen_prelude::{Env, Unknown};
use napi_derive::napi;

use crate::convert::{date, instant, safe_integer, serialize_to_js, to_json};
use crate::error::{OrThrow, invalid, js_error};

/// A business-hours calendar: weekly hours in an IANA zone, holidays,
/// shortened days and extra working days. Immutable; every method is pure.
/// Intervals are half-open (the closing instant is closed) and business time
/// is real elapsed time inside open hours, so DST days count 23 or 25 hours.
#[napi]
pub struct Calendar {
    inner: calendar::Calendar,
}

#[napi]
impl Calendar {
    /// Compiles a config object (the JSON schema: `zone`, `weekly`,
    /// `holidays`, `extra_working_days`, `holiday_sets`, `removed_holidays`,
    /// `always`).
    #[napi(constructor, catch_unwind)]
    pub fn new(
        env: &Env,
        #[napi(ts_arg_type = "CalendarConfigData")] config: Unknown<'_>,
    ) -> napi::Result<Self> {
        let value = to_json(env, config, ".")?;
        let config: CalendarConfig = caredesk::wire::from_value(value).or_throw(env)?;
        calendar::Calendar::new(config)
            .map(|inner| Calendar { inner })
            .or_throw(env)
    }

    /// Compiles a JSON config.
    #[napi(factory, catch_unwind)]
    pub fn from_json(env: &Env, text: String) -> napi::Result<Self> {
        calendar::Calendar::from_json(&text)
            .map(|inner| Calendar { inner })
            .or_throw(env)
    }

    /// Compiles a TOML config (dates may be bare TOML dates).
    #[napi(factory, catch_unwind)]
    pub fn from_toml(env: &Env, text: String) -> napi::Result<Self> {
        calendar::Calendar::from_toml(&text)
            .map(|inner| Calendar { inner })
            .or_throw(env)
    }

    /// Whether the calendar is open at `t` (an opening instant is open, a
    /// closing instant is not).
    #[napi(catch_unwind)]
    pub fn is_open(
        &self,
        env: &Env,
        #[napi(ts_arg_type = "Date")] t: Unknown<'_>,
    ) -> napi::Result<bool> {
        Ok(self.inner.is_open(instant(env, t, "t")?))
    }

    /// The first open instant at or after `t` (`t` itself when open).
    #[napi(catch_unwind, ts_return_type = "Date | null")]
    pub fn next_open<'e>(
        &self,
        env: &'e Env,
        #[napi(ts_arg_type = "Date")] t: Unknown<'_>,
    ) -> napi::Result<Option<JsDate<'e>>> {
        let t = instant(env, t, "t")?;
        self.inner.next_open(t).map(|t| date(env, t)).transpose()
    }

    /// The end of the open period containing `t`, or of the next one; `null`
    /// when the calendar never closes again (24/7 with no holiday ahead).
    #[napi(catch_unwind, ts_return_type = "Date | null")]
    pub fn next_close<'e>(
        &self,
        env: &'e Env,
        #[napi(ts_arg_type = "Date")] t: Unknown<'_>,
    ) -> napi::Result<Option<JsDate<'e>>> {
        let t = instant(env, t, "t")?;
        self.inner.next_close(t).map(|t| date(env, t)).transpose()
    }

    /// The instant at which `seconds` of business time have elapsed from
    /// `start` (a closed `start` begins at the next opening). Seconds may
    /// have a fraction, kept to the millisecond.
    #[napi(catch_unwind, ts_return_type = "Date")]
    pub fn add<'e>(
        &self,
        env: &'e Env,
        #[napi(ts_arg_type = "Date")] start: Unknown<'_>,
        seconds: f64,
    ) -> napi::Result<JsDate<'e>> {
        let start = instant(env, start, "start")?;
        let duration = seconds_to_delta(env, seconds, "seconds")?;
        let due = self.inner.add(start, duration).or_throw(env)?;
        date(env, due)
    }

    /// The business time inside `[a, b)` in seconds (a fraction for
    /// milliseconds); `0` when `b <= a`.
    #[napi(catch_unwind)]
    pub fn between(
        &self,
        env: &Env,
        #[napi(ts_arg_type = "Date")] a: Unknown<'_>,
        #[napi(ts_arg_type = "Date")] b: Unknown<'_>,
    ) -> napi::Result<f64> {
        let (a, b) = (instant(env, a, "a")?, instant(env, b, "b")?);
        Ok(self.inner.between(a, b).num_milliseconds() as f64 / 1000.0)
    }

    /// Whether the local date (`'YYYY-MM-DD'`) has open hours.
    #[napi(catch_unwind)]
    pub fn is_business_day(&self, env: &Env, date: String) -> napi::Result<bool> {
        Ok(self.inner.is_business_day(local_date(env, &date, "date")?))
    }

    /// The local date `n` business days after `date` (before it when `n` is
    /// negative; with `0`, `date` itself or the next business day), as
    /// `'YYYY-MM-DD'`.
    #[napi(catch_unwind)]
    pub fn add_business_days(&self, env: &Env, date: String, n: f64) -> napi::Result<String> {
        let day = local_date(env, &date, "date")?;
        let n = safe_integer(env, n, "n")?;
        self.inner
            .add_business_days(day, n)
            .map(|d| d.to_string())
            .or_throw(env)
    }

    /// The IANA zone name.
    #[napi(getter, catch_unwind)]
    pub fn zone(&self) -> String {
        self.inner.zone().name().to_string()
    }

    /// The config this calendar was compiled from (every field present, dates
    /// as `'YYYY-MM-DD'`).
    #[napi(getter, catch_unwind, ts_return_type = "Required<CalendarConfigData>")]
    pub fn config<'e>(&self, env: &'e Env) -> napi::Result<Unknown<'e>> {
        serialize_to_js(env, self.inner.config())
    }
}

/// One public holiday.
#[napi(object)]
pub struct Holiday {
    /// The day off, `'YYYY-MM-DD'`.
    pub date: String,
    /// Its English name; substitute days say `(substitute day)` or `(observed)`.
    pub name: String,
}

/// The public holidays of `country` (`IT`, `DE`, `FR`, `ES`, `PT`, `NL`,
/// `BE`, `AT`, `IE`, `GB` for England & Wales, `US` federal, `PL`, `CH`, `TR`,
/// `BR`, `AU`; see the calendar docs for what "national" means in each;
/// case-insensitive) in `year` (1970-2100), sorted by date.
#[napi(catch_unwind)]
pub fn holidays(
    env: &Env,
    #[napi(ts_arg_type = "CountryCode | string")] country: String,
    year: f64,
) -> napi::Result<Vec<Holiday>> {
    let year = year_arg(env, year)?;
    let list = calendar::holidays::for_country(&country, year).or_throw(env)?;
    Ok(list
        .into_iter()
        .map(|h| Holiday {
            date: h.date.to_string(),
            name: h.name,
        })
        .collect())
}

/// Easter Sunday (Gregorian) of `year` as `'YYYY-MM-DD'`, `null` beyond the
/// representable years.
#[napi(catch_unwind, ts_return_type = "string | null")]
pub fn easter(env: &Env, year: f64) -> napi::Result<Option<String>> {
    let year = year_arg(env, year)?;
    Ok(calendar::holidays::easter(year).map(|d| d.to_string()))
}

/// The all-day events of an iCalendar (RFC 5545) text as closed days, sorted,
/// ready for a config's `holidays`. Timed events, recurrences without COUNT or UNTIL and
/// malformed lines throw `input.invalid` with `field` `'ics line N'`.
#[napi(catch_unwind, ts_return_type = "Array<DateHoursData>")]
pub fn holidays_from_ics<'e>(env: &'e Env, text: String) -> napi::Result<Unknown<'e>> {
    let days = calendar::holidays_from_ics(&text).or_throw(env)?;
    serialize_to_js(env, &days)
}

fn year_arg(env: &Env, year: f64) -> napi::Result<i32> {
    let y = safe_integer(env, year, "year")?;
    i32::try_from(y).map_err(|_| js_error(env, &invalid("year", format!("{y} is out of range"))))
}

fn local_date(env: &Env, text: &str, field: &str) -> napi::Result<NaiveDate> {
    NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .ok()
        .filter(|_| text.len() == 10)
        .ok_or_else(|| {
            js_error(
                env,
                &invalid(field, format!("{text:?} is not a date 'YYYY-MM-DD'")),
            )
        })
}

/// Seconds (a JS number) as a duration to the millisecond.
fn seconds_to_delta(env: &Env, seconds: f64, field: &str) -> napi::Result<TimeDelta> {
    let ms = (seconds * 1000.0).round();
    if !ms.is_finite() || ms.abs() > crate::convert::MAX_SAFE_INTEGER {
        return Err(js_error(
            env,
            &invalid(
                field,
                format!("{seconds} is not a finite number of seconds in range"),
            ),
        ));
    }
    TimeDelta::try_milliseconds(ms as i64)
        .ok_or_else(|| js_error(env, &invalid(field, format!("{seconds} s is out of range"))))
}
