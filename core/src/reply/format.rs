//! CLDR formatting of numbers, money, dates and instants with ICU4X, and the
//! Fluent functions (`MONEY`, `DATE`, `DATETIME`, `NUMBER`) built on it.
//!
//! Formatters are built once per formatting locale (language, script and
//! region of the customer's locale) and kept in a process-wide cache; currency
//! formatters once per locale and currency. A render runs inside a
//! [`Scope`]: the Fluent functions and custom values reach the formatters,
//! the shop's time zone and the error list through it, without a lock or an
//! allocation per call.

use std::any::Any;
use std::borrow::Cow;
use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::{Arc, OnceLock, RwLock};

use chrono::{DateTime, Datelike, NaiveDate, NaiveTime, Offset, Timelike, Utc};
use chrono_tz::Tz;
use fluent_bundle::types::FluentType;
use fluent_bundle::{FluentArgs, FluentValue};
use icu_datetime::FixedCalendarDateTimeFormatter;
use icu_datetime::fieldsets::zone::SpecificShort;
use icu_datetime::fieldsets::{Combo, YMD, YMDT};
use icu_datetime::input::{Date, Time, TimeZone, UtcOffset, ZonedDateTime};
use icu_decimal::DecimalFormatter;
use icu_decimal::input::Decimal;
use icu_locale_core::Locale;
use icu_time::zone::ZoneNameTimestamp;
use unic_langid::LanguageIdentifier;
use unic_langid::subtags::{Language, Region, Script};

use super::currency::CurrencyFormat;
use crate::error::{Error, Result};
use crate::money::{Currency, Money};

use icu_calendar::Gregorian;

/// Beyond this many cached locales, formatters are built per call rather than
/// kept: locale tags come from customers and must not grow memory forever.
const MAX_CACHED_LOCALES: usize = 256;

/// The formatters of one formatting locale.
#[derive(Debug)]
pub(crate) struct LocaleFormats {
    locale: Locale,
    decimal: DecimalFormatter,
    date: FixedCalendarDateTimeFormatter<Gregorian, YMD>,
    /// A long date, the time and the zone's short name (`MEZ`, `CET`, or
    /// `GMT+1` where the language has no abbreviation for the zone).
    datetime: FixedCalendarDateTimeFormatter<Gregorian, Combo<YMDT, SpecificShort>>,
    currencies: RwLock<HashMap<Currency, Arc<CurrencyFormat>>>,
}

type Key = (Language, Option<Script>, Option<Region>);

fn cache() -> &'static RwLock<HashMap<Key, Arc<LocaleFormats>>> {
    static CACHE: OnceLock<RwLock<HashMap<Key, Arc<LocaleFormats>>>> = OnceLock::new();
    CACHE.get_or_init(|| RwLock::new(HashMap::new()))
}

impl LocaleFormats {
    /// The formatters for `langid` (variants and extensions are ignored).
    pub(crate) fn get(langid: &LanguageIdentifier) -> Result<Arc<LocaleFormats>> {
        let key: Key = (langid.language, langid.script, langid.region);
        if let Some(found) = cache().read().unwrap_or_else(|e| e.into_inner()).get(&key) {
            return Ok(Arc::clone(found));
        }
        let built = Arc::new(LocaleFormats::build(&key)?);
        let mut map = cache().write().unwrap_or_else(|e| e.into_inner());
        if map.len() < MAX_CACHED_LOCALES {
            map.entry(key).or_insert_with(|| Arc::clone(&built));
        }
        Ok(built)
    }

    fn build(key: &Key) -> Result<LocaleFormats> {
        let mut tag = key.0.as_str().to_string();
        if let Some(s) = key.1 {
            tag.push('-');
            tag.push_str(s.as_str());
        }
        if let Some(r) = key.2 {
            tag.push('-');
            tag.push_str(r.as_str());
        }
        let locale = Locale::try_from_str(&tag).unwrap_or(Locale::UNKNOWN);
        let fail = |what: &str, e: &dyn std::fmt::Display| Error::ReplyRender {
            field: "locale".into(),
            problem: format!("no {what} formatter for {tag}: {e}"),
        };
        let prefs = (&locale).into();
        let decimal =
            DecimalFormatter::try_new(prefs, Default::default()).map_err(|e| fail("number", &e))?;
        let date = FixedCalendarDateTimeFormatter::try_new((&locale).into(), YMD::long())
            .map_err(|e| fail("date", &e))?;
        let datetime = FixedCalendarDateTimeFormatter::try_new(
            (&locale).into(),
            YMD::long().with_time_hm().with_zone(SpecificShort),
        )
        .map_err(|e| fail("date and time", &e))?;
        Ok(LocaleFormats {
            locale,
            decimal,
            date,
            datetime,
            currencies: RwLock::new(HashMap::new()),
        })
    }

    /// An integer by the locale's digits and grouping (`12,345`, `12 345`).
    pub(crate) fn integer(&self, n: i64) -> String {
        self.decimal.format(&Decimal::from(n)).to_string()
    }

    /// A calendar date, long form (`2 March 2026`, `2. März 2026`).
    pub(crate) fn date(&self, d: NaiveDate) -> String {
        match icu_date(d) {
            Some(date) => self.date.format(&date).to_string(),
            None => d.to_string(),
        }
    }

    /// An instant as a long date, a time of day in `zone` and the zone's
    /// short name, so a customer elsewhere knows whose clock it is.
    pub(crate) fn datetime(&self, t: DateTime<Utc>, zone: Tz) -> String {
        let there = t.with_timezone(&zone);
        let local = there.naive_local();
        let offset = UtcOffset::try_from_seconds(there.offset().fix().local_minus_utc()).ok();
        let zoned = icu_date(local.date())
            .zip(icu_time(local.time()))
            .map(|(date, time)| ZonedDateTime {
                date,
                time,
                zone: TimeZone::from_iana_id(zone.name())
                    .with_offset(offset)
                    .with_zone_name_timestamp(ZoneNameTimestamp::from_epoch_seconds(t.timestamp())),
            });
        match zoned {
            Some(zoned) => self.datetime.format(&zoned).to_string(),
            None => format!("{local} {}", zone.name()),
        }
    }

    /// The calendar date of an instant in `zone`.
    pub(crate) fn date_of(&self, t: DateTime<Utc>, zone: Tz) -> String {
        self.date(t.with_timezone(&zone).date_naive())
    }

    /// An amount with its currency, by CLDR (`1.234,50 €`, `€1,234.50`,
    /// `€ 1.234,50` in Austria, `1 234 JPY` in French).
    ///
    /// The digits shown are CLDR's for the currency; where CLDR shows fewer
    /// than ISO 4217 has (HUF, IDR, ...), an amount with minor units is printed
    /// exactly rather than rounded.
    pub(crate) fn money(&self, m: &Money) -> Result<String> {
        Ok(self.currency(m.currency())?.format(m, &self.decimal))
    }

    fn currency(&self, currency: Currency) -> Result<Arc<CurrencyFormat>> {
        if let Some(found) = self
            .currencies
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .get(&currency)
        {
            return Ok(Arc::clone(found));
        }
        let built = Arc::new(CurrencyFormat::build(
            &self.locale,
            &self.decimal,
            currency,
        )?);
        self.currencies
            .write()
            .unwrap_or_else(|e| e.into_inner())
            .entry(currency)
            .or_insert_with(|| Arc::clone(&built));
        Ok(built)
    }
}

fn icu_date(d: NaiveDate) -> Option<Date<Gregorian>> {
    Date::try_new_gregorian(
        d.year(),
        u8::try_from(d.month()).ok()?,
        u8::try_from(d.day()).ok()?,
    )
    .ok()
}

fn icu_time(t: NaiveTime) -> Option<Time> {
    Time::try_new(
        u8::try_from(t.hour()).ok()?,
        u8::try_from(t.minute()).ok()?,
        u8::try_from(t.second()).ok()?,
        0,
    )
    .ok()
}

// ---- the render scope -------------------------------------------------------

/// What the Fluent functions of one render need.
pub(crate) struct Scope {
    pub formats: Arc<LocaleFormats>,
    pub zone: Tz,
    pub errors: Vec<String>,
}

thread_local! {
    static SCOPE: RefCell<Option<Scope>> = const { RefCell::new(None) };
}

/// Runs `f` with `scope` in place for the Fluent functions; gives the scope
/// back (with any errors the functions recorded).
pub(crate) fn within<R>(scope: Scope, f: impl FnOnce() -> R) -> (R, Option<Scope>) {
    struct Restore(Option<Scope>);
    impl Drop for Restore {
        fn drop(&mut self) {
            let previous = self.0.take();
            // Runs on unwind too, so a panic cannot leave a stale scope behind.
            let _ = SCOPE.try_with(|s| *s.borrow_mut() = previous);
        }
    }
    let restore = Restore(SCOPE.with(|s| s.borrow_mut().replace(scope)));
    let out = f();
    let scope = SCOPE.with(|s| s.borrow_mut().take());
    drop(restore);
    (out, scope)
}

fn with_scope<R>(f: impl FnOnce(&mut Scope) -> R) -> Option<R> {
    SCOPE.with(|s| s.borrow_mut().as_mut().map(f))
}

fn fail<'a>(problem: String) -> FluentValue<'a> {
    with_scope(|s| s.errors.push(problem));
    FluentValue::Error
}

// ---- values -------------------------------------------------------------------

/// Money, an instant or a date inside Fluent; printed through the scope.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Typed {
    Money(Money),
    Instant(DateTime<Utc>),
    Date(NaiveDate),
    /// A missing argument shown as a marker: `{$name}`.
    Missing(String),
}

impl Typed {
    fn describe(&self) -> &'static str {
        match self {
            Typed::Money(_) => "money",
            Typed::Instant(_) => "an instant",
            Typed::Date(_) => "a date",
            Typed::Missing(_) => "a missing argument",
        }
    }

    fn plain(&self) -> String {
        with_scope(|s| match self {
            Typed::Money(m) => s.formats.money(m).unwrap_or_else(|e| {
                let text = m.to_string();
                s.errors.push(e.to_string());
                text
            }),
            Typed::Instant(t) => s.formats.datetime(*t, s.zone),
            Typed::Date(d) => s.formats.date(*d),
            Typed::Missing(name) => marker(name),
        })
        .unwrap_or_default()
    }
}

/// The visible marker for a missing argument.
pub(crate) fn marker(name: &str) -> String {
    format!("{{${name}}}")
}

impl FluentType for Typed {
    fn duplicate(&self) -> Box<dyn FluentType + Send> {
        Box::new(self.clone())
    }

    fn as_string(&self, _: &intl_memoizer::IntlLangMemoizer) -> Cow<'static, str> {
        Cow::Owned(self.plain())
    }

    fn as_string_threadsafe(
        &self,
        _: &intl_memoizer::concurrent::IntlLangMemoizer,
    ) -> Cow<'static, str> {
        Cow::Owned(self.plain())
    }
}

fn typed<'v>(value: &'v FluentValue<'_>) -> Option<&'v Typed> {
    match value {
        FluentValue::Custom(c) => (c.as_any() as &dyn Any).downcast_ref::<Typed>(),
        _ => None,
    }
}

fn describe(value: &FluentValue<'_>) -> &'static str {
    match value {
        FluentValue::String(_) => "a string",
        FluentValue::Number(_) => "a number",
        FluentValue::Custom(_) => typed(value).map_or("a custom value", Typed::describe),
        FluentValue::None => "nothing",
        FluentValue::Error => "an error",
    }
}

// ---- functions -----------------------------------------------------------------

/// The first argument of a function call. Where it resolved to an error (a
/// missing variable), Fluent has recorded it already; the function only
/// propagates.
///
/// The functions take no options: one given (`DATETIME($t, dateStyle:
/// "short")`) fails the render rather than being ignored. The linter reports
/// it too (`lint.function_options`).
fn first<'v, 'a>(
    name: &str,
    positional: &'v [FluentValue<'a>],
    named: &FluentArgs,
) -> Result<&'v FluentValue<'a>, FluentValue<'a>> {
    if let Some((option, _)) = named.iter().next() {
        return Err(fail(format!("{name}() takes no options, got {option}")));
    }
    match positional.first() {
        Some(FluentValue::Error) => Err(FluentValue::Error),
        Some(v) => {
            if let Some(Typed::Missing(n)) = typed(v) {
                return Err(FluentValue::String(Cow::Owned(marker(n))));
            }
            Ok(v)
        }
        None => Err(fail(format!("{name}() needs an argument"))),
    }
}

/// The shape of a Fluent function.
pub(crate) type FluentFn = for<'a> fn(&[FluentValue<'a>], &FluentArgs) -> FluentValue<'a>;

/// `MONEY($amount)`: an amount with its currency.
pub(crate) fn money_fn<'a>(positional: &[FluentValue<'a>], named: &FluentArgs) -> FluentValue<'a> {
    let v = match first("MONEY", positional, named) {
        Ok(v) => v,
        Err(e) => return e,
    };
    match typed(v) {
        Some(Typed::Money(m)) => {
            let m = *m;
            with_scope(|s| match s.formats.money(&m) {
                Ok(text) => FluentValue::String(Cow::Owned(text)),
                Err(e) => {
                    s.errors.push(e.to_string());
                    FluentValue::Error
                }
            })
            .unwrap_or(FluentValue::Error)
        }
        _ => fail(format!("MONEY() needs money, got {}", describe(v))),
    }
}

/// `DATE($when)`: a date, or the date of an instant in the shop's zone.
pub(crate) fn date_fn<'a>(positional: &[FluentValue<'a>], named: &FluentArgs) -> FluentValue<'a> {
    let v = match first("DATE", positional, named) {
        Ok(v) => v,
        Err(e) => return e,
    };
    let text = match typed(v) {
        Some(Typed::Date(d)) => {
            let d = *d;
            with_scope(|s| s.formats.date(d))
        }
        Some(Typed::Instant(t)) => {
            let t = *t;
            with_scope(|s| s.formats.date_of(t, s.zone))
        }
        _ => {
            return fail(format!(
                "DATE() needs a date or an instant, got {}",
                describe(v)
            ));
        }
    };
    text.map_or(FluentValue::Error, |t| FluentValue::String(Cow::Owned(t)))
}

/// `DATETIME($when)`: an instant as date and time in the shop's zone.
pub(crate) fn datetime_fn<'a>(
    positional: &[FluentValue<'a>],
    named: &FluentArgs,
) -> FluentValue<'a> {
    let v = match first("DATETIME", positional, named) {
        Ok(v) => v,
        Err(e) => return e,
    };
    match typed(v) {
        Some(Typed::Instant(t)) => {
            let t = *t;
            with_scope(|s| s.formats.datetime(t, s.zone))
                .map_or(FluentValue::Error, |t| FluentValue::String(Cow::Owned(t)))
        }
        _ => fail(format!("DATETIME() needs an instant, got {}", describe(v))),
    }
}

/// `NUMBER($count)`: the number itself (so it can select a plural variant),
/// printed by the locale's rules.
pub(crate) fn number_fn<'a>(positional: &[FluentValue<'a>], named: &FluentArgs) -> FluentValue<'a> {
    let v = match first("NUMBER", positional, named) {
        Ok(v) => v,
        Err(e) => return e,
    };
    match v {
        FluentValue::Number(n) => FluentValue::Number(n.clone()),
        _ => fail(format!("NUMBER() needs a number, got {}", describe(v))),
    }
}

/// The names of the functions the engine provides.
pub(crate) const FUNCTIONS: [&str; 4] = ["MONEY", "DATE", "DATETIME", "NUMBER"];

/// Fluent's hook for printing values: whole numbers by the locale's rules.
/// Below 1000 every supported locale prints the plain digits, which is
/// Fluent's own output, so only larger numbers go through ICU4X.
pub(crate) fn number_hook(
    value: &FluentValue<'_>,
    _: &intl_memoizer::concurrent::IntlLangMemoizer,
) -> Option<String> {
    let FluentValue::Number(n) = value else {
        return None;
    };
    let x = n.value;
    if x.fract() != 0.0 || (0.0..1000.0).contains(&x) || x.abs() > 9_007_199_254_740_991.0 {
        return None;
    }
    with_scope(|s| s.formats.integer(x as i64))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn formats(tag: &str) -> Arc<LocaleFormats> {
        LocaleFormats::get(&tag.parse().unwrap()).unwrap()
    }

    fn money(tag: &str, minor: i64, cur: &str) -> String {
        formats(tag)
            .money(&Money::new(minor, cur).unwrap())
            .unwrap()
    }

    #[test]
    fn money_by_cldr() {
        assert_eq!(money("it-IT", 123_450, "EUR"), "1234,50\u{a0}€");
        assert_eq!(money("de-DE", 123_450, "EUR"), "1.234,50\u{a0}€");
        assert_eq!(money("fr-FR", 123_450, "EUR"), "1\u{202f}234,50\u{a0}€");
        assert_eq!(money("en-US", 123_450, "EUR"), "€1,234.50");
        assert_eq!(money("en-US", 1500, "JPY"), "¥1,500");
        assert_eq!(money("en-US", 1234, "KWD"), "KWD\u{a0}1.234");
    }

    #[test]
    fn minor_units_are_never_rounded_away() {
        // CLDR shows HUF without decimals; whole forints keep that form,
        // an amount with fillér is printed exactly.
        assert_eq!(money("en-US", 123_400, "HUF"), "HUF\u{a0}1,234");
        assert_eq!(money("en-US", 123_457, "HUF"), "HUF\u{a0}1,234.57");
        assert_eq!(money("de-DE", 123_457, "HUF"), "1.234,57\u{a0}HUF");
    }

    #[test]
    fn integers_and_dates() {
        assert_eq!(formats("fr").integer(12_345), "12\u{202f}345");
        assert_eq!(formats("en-GB").integer(12_345), "12,345");
        let d = NaiveDate::from_ymd_opt(2026, 3, 2).unwrap();
        assert_eq!(formats("de").date(d), "2. März 2026");
        let t: DateTime<Utc> = "2026-03-02T23:30:00Z".parse().unwrap();
        assert_eq!(
            formats("en-GB").datetime(t, Tz::UTC),
            "2 March 2026 at 23:30 UTC"
        );
        assert_eq!(
            formats("it").datetime(t, Tz::Europe__Rome),
            "3 marzo 2026 alle ore 00:30 CET"
        );
        // The zone's short name in summer; an offset where the language has
        // no abbreviation for the zone.
        let summer: DateTime<Utc> = "2026-07-14T07:05:00Z".parse().unwrap();
        assert_eq!(
            formats("de").datetime(summer, Tz::Europe__Berlin),
            "14. Juli 2026 um 09:05 MESZ"
        );
        assert_eq!(
            formats("en-US").datetime(t, Tz::Europe__Rome),
            "March 3, 2026 at 12:30\u{202f}AM GMT+1"
        );
        assert_eq!(
            formats("en-US").datetime(t, Tz::America__New_York),
            "March 2, 2026 at 6:30\u{202f}PM EST"
        );
        assert_eq!(
            formats("en-US").date_of(t, Tz::America__New_York),
            "March 2, 2026"
        );
    }
}
