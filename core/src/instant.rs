//! Instants on the wire: RFC 3339 text with an offset, read into UTC.
//!
//! A date-time without an offset (`2026-03-02T09:00:00`) is refused with
//! [`Error::NaiveDateTime`](crate::Error::NaiveDateTime) rather than guessed
//! to be UTC or local time. Used through `#[serde(with = "crate::instant")]`.

use chrono::{DateTime, NaiveDateTime, SecondsFormat, Utc};
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
/// `input.naive_datetime` without an offset, `input.invalid` for other text.
pub fn parse(text: &str, field: &str) -> Result<DateTime<Utc>> {
    if let Ok(t) = DateTime::parse_from_rfc3339(text) {
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

/// The instants caredesk accepts: years 1900 to 9999. Beyond them RFC 3339
/// cannot write the year, and date arithmetic could overflow.
///
/// # Errors
/// `input.invalid` naming `field` outside that range.
pub fn check_range(t: DateTime<Utc>, field: &str) -> Result<DateTime<Utc>> {
    use chrono::Datelike;
    if (1900..=9999).contains(&t.year()) {
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
/// digits it needs.
pub fn format(t: &DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::AutoSi, true)
}

/// Serde: writes [`format`].
pub fn serialize<S: Serializer>(t: &DateTime<Utc>, s: S) -> std::result::Result<S::Ok, S::Error> {
    s.serialize_str(&format(t))
}

/// Serde: reads with [`parse`].
pub fn deserialize<'de, D: Deserializer<'de>>(
    d: D,
) -> std::result::Result<DateTime<Utc>, D::Error> {
    let text = std::borrow::Cow::<str>::deserialize(d)?;
    parse(&text, "").map_err(serde_error)
}

/// The same for `Option<DateTime<Utc>>` fields.
pub mod option {
    use super::*;

    /// Serde: writes [`format`](super::format) or null.
    pub fn serialize<S: Serializer>(
        t: &Option<DateTime<Utc>>,
        s: S,
    ) -> std::result::Result<S::Ok, S::Error> {
        match t {
            Some(t) => super::serialize(t, s),
            None => s.serialize_none(),
        }
    }

    /// Serde: reads with [`parse`](super::parse) or null.
    pub fn deserialize<'de, D: Deserializer<'de>>(
        d: D,
    ) -> std::result::Result<Option<DateTime<Utc>>, D::Error> {
        match Option::<std::borrow::Cow<str>>::deserialize(d)? {
            Some(text) => parse(&text, "").map(Some).map_err(serde_error),
            None => Ok(None),
        }
    }
}
