//! Instants on the wire: RFC 3339 text with an offset, read into UTC.
//!
//! A date-time without an offset (`2026-03-02T09:00:00`) is refused with
//! [`Error::NaiveDateTime`] rather than guessed
//! to be UTC or local time. Used through `#[serde(with = "crate::instant")]`.
//!
//! Limits (see `docs/limits.md`):
//!
//! - Years 1900 to 9999 ([`MIN_YEAR`], [`MAX_YEAR`]), read and written: RFC
//!   3339 has four-digit years, so a later instant has no text caredesk (or
//!   anyone) could read back. Reading outside them is `input.invalid`; the
//!   writers here refuse them (a serde error) rather than emit `+10000-...`,
//!   and the calendar reports results past 9999 as `sla.overflow`.
//! - No leap seconds: `23:59:60` is refused (`input.invalid`, naming the
//!   field). caredesk counts time as UTC without leap seconds, as chrono and
//!   every help desk do; give `23:59:59` or the next minute.
//! - Nanoseconds are kept: an instant is read to the nanosecond and written
//!   with exactly the sub-second digits it has (none, 3, 6 or 9), so a JSON
//!   round trip through core never changes a value. (Python's `datetime`
//!   holds microseconds and a JavaScript `Date` milliseconds: the bindings
//!   say what they do with the digits those types cannot hold.)

use chrono::{DateTime, Datelike, NaiveDateTime, SecondsFormat, Timelike, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Deserializer, Serializer};

use crate::error::{Error, Result};
use crate::wire::serde_error;

/// Parses an RFC 3339 instant; `field` names the input in errors.
///
/// ```
/// use caredesk::instant::parse;
/// let t = parse("2026-03-29T02:30:00+02:00", "at")?;
/// assert_eq!(t.to_rfc3339(), "2026-03-29T00:30:00+00:00");
/// assert_eq!(parse("2026-03-29T02:30:00", "at").unwrap_err().code(), "input.naive_datetime");
/// # Ok::<(), caredesk::Error>(())
/// ```
///
/// # Errors
/// `input.naive_datetime` without an offset, `input.invalid` for other text,
/// for a leap second (`23:59:60`) and for a year outside 1900 to 9999.
///
/// ```
/// use caredesk::instant::parse;
/// let err = parse("2016-12-31T23:59:60Z", "at").unwrap_err();
/// assert_eq!((err.code(), err.field()), ("input.invalid", Some("at")));
/// let t = parse("2026-03-02T09:00:00.123456789Z", "at")?;
/// assert_eq!(caredesk::instant::format(&t), "2026-03-02T09:00:00.123456789Z");
/// # Ok::<(), caredesk::Error>(())
/// ```
pub fn parse(text: &str, field: &str) -> Result<DateTime<Utc>> {
    if let Ok(t) = DateTime::parse_from_rfc3339(text) {
        if t.nanosecond() >= 1_000_000_000 {
            return Err(Error::invalid(
                field,
                format!(
                    "{text:?} is a leap second (:60); caredesk counts UTC without leap seconds: give :59 or the next minute"
                ),
            ));
        }
        return check_range(t.with_timezone(&Utc), field);
    }
    let naive = [
        "%Y-%m-%dT%H:%M:%S%.f",
        "%Y-%m-%d %H:%M:%S%.f",
        "%Y-%m-%dT%H:%M",
    ]
    .iter()
    .any(|f| NaiveDateTime::parse_from_str(text, f).is_ok());
    if naive {
        Err(Error::NaiveDateTime {
            field: field.into(),
        })
    } else {
        Err(Error::invalid(
            field,
            format!("{text:?} is not an RFC 3339 instant such as 2026-03-02T09:00:00Z"),
        ))
    }
}

/// The first year of an instant caredesk reads or writes.
pub const MIN_YEAR: i32 = 1900;

/// The last year of an instant caredesk reads or writes: RFC 3339 writes
/// four-digit years, so 9999-12-31T23:59:59.999999999Z is the last instant.
pub const MAX_YEAR: i32 = 9999;

/// True when `t` is within the years [`MIN_YEAR`] to [`MAX_YEAR`].
pub fn in_range(t: &DateTime<Utc>) -> bool {
    (MIN_YEAR..=MAX_YEAR).contains(&t.year())
}

/// The instants caredesk accepts: years 1900 to 9999. Beyond them RFC 3339
/// cannot write the year, and date arithmetic could overflow.
///
/// # Errors
/// `input.invalid` naming `field` outside that range.
///
/// ```
/// use caredesk::instant::{check_range, parse};
///
/// let ok = parse("2026-05-08T17:45:00Z", "at")?;
/// assert_eq!(check_range(ok, "at")?, ok);
/// let typo = parse("0226-05-08T17:45:00Z", "created_at").unwrap_err(); // a year typed wrong
/// assert_eq!((typo.code(), typo.field()), ("input.invalid", Some("created_at")));
/// # Ok::<(), caredesk::Error>(())
/// ```
pub fn check_range(t: DateTime<Utc>, field: &str) -> Result<DateTime<Utc>> {
    if in_range(&t) {
        Ok(t)
    } else {
        Err(Error::invalid(
            field,
            format!("{t} is outside the years 1900 to 9999"),
        ))
    }
}

/// Reads an IANA time zone name (`Europe/Rome`, `UTC`); `field` names it in
/// errors. The one reader of zone names for calendars, return requests and
/// replies.
///
/// ```
/// use caredesk::instant::parse_zone;
///
/// assert_eq!(parse_zone("Europe/Rome", "zone")?.name(), "Europe/Rome");
/// assert_eq!(parse_zone("Mars/Olympus", "zone").unwrap_err().code(), "input.unknown_value");
/// # Ok::<(), caredesk::Error>(())
/// ```
///
/// # Errors
/// `input.unknown_value`.
pub fn parse_zone(name: &str, field: &str) -> Result<Tz> {
    name.parse().map_err(|_| Error::UnknownValue {
        field: field.into(),
        value: name.into(),
        expected: "an IANA time zone name such as Europe/Rome or America/New_York".into(),
    })
}

/// Formats an instant as RFC 3339 in UTC with a `Z` and only the sub-second
/// digits it needs (for text meant to be read by people; the serde writer
/// below also refuses instants outside the years 1900 to 9999).
///
/// ```
/// use caredesk::instant::{format, parse};
///
/// assert_eq!(format(&parse("2026-05-08T19:45:00+02:00", "at")?), "2026-05-08T17:45:00Z");
/// assert_eq!(format(&parse("2026-05-08T17:45:00.250Z", "at")?), "2026-05-08T17:45:00.250Z");
/// # Ok::<(), caredesk::Error>(())
/// ```
pub fn format(t: &DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::AutoSi, true)
}

/// Serde: writes [`format()`]; an instant outside the years 1900 to 9999
/// (which would give text such as `+10000-01-01T00:00:00Z` that no RFC 3339
/// reader, caredesk's included, accepts) is a serialization error instead.
///
/// ```
/// use chrono::{DateTime, Utc};
///
/// #[derive(serde::Serialize)]
/// struct Shipment {
///     #[serde(serialize_with = "caredesk::instant::serialize")]
///     handed_over: DateTime<Utc>,
/// }
/// let s = Shipment { handed_over: caredesk::instant::parse("2026-05-08T19:45:00+02:00", "at")? };
/// assert_eq!(serde_json::to_string(&s).unwrap(), r#"{"handed_over":"2026-05-08T17:45:00Z"}"#);
/// # Ok::<(), caredesk::Error>(())
/// ```
pub fn serialize<S: Serializer>(t: &DateTime<Utc>, s: S) -> std::result::Result<S::Ok, S::Error> {
    if !in_range(t) {
        return Err(serde::ser::Error::custom(format!(
            "{t} is outside the years {MIN_YEAR} to {MAX_YEAR} and has no RFC 3339 text"
        )));
    }
    s.serialize_str(&format(t))
}

/// Serde: reads with [`parse`].
///
/// ```
/// use chrono::{DateTime, Utc};
///
/// #[derive(Debug, serde::Deserialize)]
/// struct Shipment {
///     #[serde(deserialize_with = "caredesk::instant::deserialize")]
///     handed_over: DateTime<Utc>,
/// }
/// let s: Shipment = caredesk::wire::from_json(r#"{"handed_over": "2026-05-08T19:45:00+02:00"}"#)?;
/// assert_eq!(s.handed_over.to_rfc3339(), "2026-05-08T17:45:00+00:00");
/// let err = caredesk::wire::from_json::<Shipment>(r#"{"handed_over": "2026-05-08T19:45:00"}"#).unwrap_err();
/// assert_eq!((err.code(), err.field()), ("input.naive_datetime", Some("handed_over")));
/// # Ok::<(), caredesk::Error>(())
/// ```
pub fn deserialize<'de, D: Deserializer<'de>>(
    d: D,
) -> std::result::Result<DateTime<Utc>, D::Error> {
    let text = std::borrow::Cow::<str>::deserialize(d)?;
    parse(&text, "").map_err(serde_error)
}

/// The same for `Option<DateTime<Utc>>` fields.
///
/// ```
/// use chrono::{DateTime, Utc};
///
/// // A return request: the parcel may not have been handed to the carrier yet.
/// #[derive(serde::Serialize, serde::Deserialize)]
/// struct ReturnParcel {
///     #[serde(with = "caredesk::instant::option")]
///     handed_over: Option<DateTime<Utc>>,
/// }
/// let p: ReturnParcel = caredesk::wire::from_json(r#"{"handed_over": "2026-05-12T16:30:00+02:00"}"#)?;
/// assert_eq!(serde_json::to_string(&p).unwrap(), r#"{"handed_over":"2026-05-12T14:30:00Z"}"#);
/// # Ok::<(), caredesk::Error>(())
/// ```
pub mod option {
    use super::*;

    /// Serde: writes [`format()`] or null.
    ///
    /// ```
    /// use chrono::{DateTime, Utc};
    ///
    /// #[derive(serde::Serialize)]
    /// struct Delivery {
    ///     #[serde(serialize_with = "caredesk::instant::option::serialize")]
    ///     delivered_at: Option<DateTime<Utc>>,
    /// }
    /// assert_eq!(serde_json::to_string(&Delivery { delivered_at: None }).unwrap(), r#"{"delivered_at":null}"#);
    /// ```
    pub fn serialize<S: Serializer>(
        t: &Option<DateTime<Utc>>,
        s: S,
    ) -> std::result::Result<S::Ok, S::Error> {
        match t {
            Some(t) => super::serialize(t, s),
            None => s.serialize_none(),
        }
    }

    /// Serde: reads with [`parse`] or null.
    ///
    /// ```
    /// use chrono::{DateTime, Utc};
    ///
    /// #[derive(serde::Deserialize)]
    /// struct Delivery {
    ///     #[serde(with = "caredesk::instant::option")]
    ///     delivered_at: Option<DateTime<Utc>>,
    /// }
    /// let d: Delivery = caredesk::wire::from_json(r#"{"delivered_at": null}"#)?;
    /// assert_eq!(d.delivered_at, None);
    /// let d: Delivery = caredesk::wire::from_json(r#"{"delivered_at": "2026-05-11T09:12:00+02:00"}"#)?;
    /// assert_eq!(d.delivered_at.map(|t| caredesk::instant::format(&t)), Some("2026-05-11T07:12:00Z".into()));
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    pub fn deserialize<'de, D: Deserializer<'de>>(
        d: D,
    ) -> std::result::Result<Option<DateTime<Utc>>, D::Error> {
        match Option::<std::borrow::Cow<str>>::deserialize(d)? {
            Some(text) => parse(&text, "").map(Some).map_err(serde_error),
            None => Ok(None),
        }
    }
}
