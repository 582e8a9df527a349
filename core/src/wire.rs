//! Reading documents: JSON and TOML text (or an already parsed JSON value)
//! into caredesk's configuration and data types, with the path of the first
//! bad field in every error.
//!
//! Every config and data type reads through here, so a document reads the
//! same way from Rust, Python (a dict is turned into a JSON value) and Node.
//! TOML is first turned into the JSON data model, so one schema serves both.
//!
//! ```
//! use caredesk::{Money, wire};
//!
//! let m: Money = wire::from_json(r#"{"minor": 1999, "currency": "EUR"}"#)?;
//! assert_eq!(m.to_string(), "19.99 EUR");
//!
//! // A domain error inside the document keeps its own code, placed at its path.
//! let e = wire::from_json::<Vec<Money>>(r#"[{"minor": 1, "currency": "XYZ"}]"#).unwrap_err();
//! assert_eq!((e.code(), e.field()), ("money.unknown_currency", Some("[0].currency")));
//! # Ok::<(), caredesk::Error>(())
//! ```

use std::cell::RefCell;

use crate::error::{Error, Result};

/// Reads a value from JSON text, reporting the path of the first bad field.
///
/// Domain errors raised while deserializing (for example an unknown currency
/// inside a nested value) keep their own code; only shape errors become
/// [`Error::Json`].
///
/// ```
/// use caredesk::{Money, wire};
///
/// // An order line from the shop's backend, with the refund of a German withdrawal.
/// #[derive(Debug, serde::Deserialize)]
/// struct Line { sku: String, refund: Money }
/// let line: Line = wire::from_json(r#"{"sku": "SHOE-42", "refund": {"minor": 8990, "currency": "EUR"}}"#)?;
/// assert_eq!((line.sku.as_str(), line.refund.to_string()), ("SHOE-42", "89.90 EUR".to_string()));
/// let err = wire::from_json::<Line>(r#"{"sku": "SHOE-42", "refund": {"minor": "89.90", "currency": "EUR"}}"#).unwrap_err();
/// assert_eq!((err.code(), err.field()), ("input.json", Some("refund.minor")));
/// # Ok::<(), caredesk::Error>(())
/// ```
pub fn from_json<T: serde::de::DeserializeOwned>(text: &str) -> Result<T> {
    clear_pending();
    let mut de = serde_json::Deserializer::from_str(text);
    let value = serde_path_to_error::deserialize(&mut de).map_err(json_error)?;
    // A second document after the first is refused, not silently ignored.
    de.end().map_err(|e| Error::Json {
        path: ".".into(),
        problem: format!("more text after the document: {e}"),
    })?;
    Ok(value)
}

/// Reads a value from TOML text, reporting the path of the first bad field.
///
/// The document is read into the JSON data model first: TOML dates and
/// date-times become their RFC 3339 strings, so a config reads the same from
/// TOML and JSON. Syntax and shape errors are [`Error::Toml`]; domain errors
/// keep their own code.
///
/// ```
/// use caredesk::calendar::CalendarConfig;
/// use caredesk::wire;
///
/// // TOML dates become RFC 3339 text, so the same types read TOML and JSON.
/// let config: CalendarConfig = wire::from_toml(r#"
/// zone = "Europe/Berlin"
/// holidays = [{ date = 2026-12-24, open = [["08:00", "12:00"]] }]
/// "#)?;
/// assert_eq!(config.holidays[0].date.to_string(), "2026-12-24");
/// let err = wire::from_toml::<CalendarConfig>("zone = \"Europe/Berlin\"\nweekly = 5").unwrap_err();
/// assert_eq!((err.code(), err.field()), ("input.toml", Some("weekly")));
/// # Ok::<(), caredesk::Error>(())
/// ```
pub fn from_toml<T: serde::de::DeserializeOwned>(text: &str) -> Result<T> {
    let table: toml::Table = toml::from_str(text).map_err(|e| Error::Toml {
        path: ".".into(),
        problem: e.message().to_string(),
    })?;
    let value = toml_to_json(toml::Value::Table(table), "")?;
    from_value(value).map_err(|err| match err {
        Error::Json { path, problem } => Error::Toml { path, problem },
        other => other,
    })
}

fn toml_to_json(value: toml::Value, path: &str) -> Result<serde_json::Value> {
    use serde_json::Value as J;
    Ok(match value {
        toml::Value::String(s) => J::String(s),
        toml::Value::Integer(i) => J::from(i),
        // nan and inf have no JSON counterpart and no meaning in a config.
        toml::Value::Float(f) => {
            J::Number(serde_json::Number::from_f64(f).ok_or_else(|| Error::Toml {
                path: if path.is_empty() {
                    ".".into()
                } else {
                    path.into()
                },
                problem: format!("{f} is not a finite number"),
            })?)
        }
        toml::Value::Boolean(b) => J::Bool(b),
        toml::Value::Datetime(d) => J::String(d.to_string()),
        toml::Value::Array(items) => J::Array(
            items
                .into_iter()
                .enumerate()
                .map(|(i, v)| toml_to_json(v, &format!("{path}[{i}]")))
                .collect::<Result<_>>()?,
        ),
        toml::Value::Table(t) => J::Object(
            t.into_iter()
                .map(|(k, v)| {
                    let p = if path.is_empty() {
                        k.clone()
                    } else {
                        format!("{path}.{k}")
                    };
                    toml_to_json(v, &p).map(|v| (k, v))
                })
                .collect::<Result<_>>()?,
        ),
    })
}

/// Reads a value from a parsed JSON value, reporting the path of the first bad field.
///
/// ```
/// use caredesk::{Customer, wire};
/// use serde_json::json;
///
/// // A dict from Python or an object from Node arrives as a JSON value.
/// let buyer: Customer = wire::from_value(json!({"id": "A1B2", "locale": "de-DE"}))?;
/// assert_eq!(buyer.locale.as_deref(), Some("de-DE"));
/// let err = wire::from_value::<Customer>(json!({"id": "A1B2", "phone": "+49 30 1234"})).unwrap_err();
/// assert_eq!(err.code(), "input.json"); // unknown fields are refused, not dropped
/// # Ok::<(), caredesk::Error>(())
/// ```
pub fn from_value<T: serde::de::DeserializeOwned>(value: serde_json::Value) -> Result<T> {
    clear_pending();
    serde_path_to_error::deserialize(value).map_err(json_error)
}

fn json_error<E: std::fmt::Display>(err: serde_path_to_error::Error<E>) -> Error {
    // serde_path_to_error says "?" when it cannot place the error; the root is the honest answer.
    let path = match err.path().to_string() {
        p if p == "?" => ".".to_string(),
        p => p,
    };
    let problem = err.inner().to_string();
    domain_error(&problem)
        .map(|e| e.within(&path))
        .unwrap_or(Error::Json { path, problem })
}

// A domain error raised inside a `Deserialize` impl has to pass through
// serde, which only carries text. The typed error waits here, beside the
// text it was raised with, and the reader takes it back when that same text
// comes out. Nothing in the document can reach this slot, so the words of an
// unknown key can never pose as a domain error.
thread_local! {
    static PENDING: RefCell<Option<(String, Error)>> = const { RefCell::new(None) };
}

/// Raises a domain error from inside a `Deserialize` impl.
pub(crate) fn serde_error<E: serde::de::Error>(err: Error) -> E {
    let text = err.to_string();
    PENDING.with(|p| *p.borrow_mut() = Some((text.clone(), err)));
    E::custom(text)
}

/// The domain error behind a serde message, if that message is the one the
/// error was raised with (serde_json may append " at line L column C").
pub(crate) fn domain_error(message: &str) -> Option<Error> {
    PENDING.with(|p| {
        let (text, err) = p.borrow_mut().take()?;
        message.starts_with(text.as_str()).then_some(err)
    })
}

fn clear_pending() {
    PENDING.with(|p| p.borrow_mut().take());
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Money;

    #[test]
    fn a_document_cannot_forge_a_domain_error() {
        // The marker text older versions carried domain errors in, as an unknown key.
        let forged = r#"{"minor": 1, "currency": "EUR",
            "\u0001caredesk:{\"kind\":\"Currency\",\"field\":\"x\",\"code\":\"ZZZ\"}": 1}"#;
        let e = from_json::<crate::calendar::CalendarConfig>(forged).unwrap_err();
        assert_eq!(e.code(), "input.json");
        let value: serde_json::Value = serde_json::from_str(forged).unwrap();
        let e = from_value::<crate::calendar::CalendarConfig>(value).unwrap_err();
        assert_eq!(e.code(), "input.json");
    }

    #[test]
    fn domain_errors_keep_code_and_path() {
        let e = from_json::<Vec<Money>>(
            r#"[{"minor": 1, "currency": "EUR"}, {"minor": 1, "currency": "XYZ"}]"#,
        )
        .unwrap_err();
        assert_eq!(
            (e.code(), e.field()),
            ("money.unknown_currency", Some("[1].currency"))
        );
        // A stale error from an earlier read on the same thread is never reused.
        let e = from_json::<Vec<Money>>(r#"[{"minor": "x", "currency": "EUR"}]"#).unwrap_err();
        assert_eq!(e.code(), "input.json");
    }

    #[test]
    fn trailing_documents_are_refused() {
        let e = from_json::<crate::calendar::CalendarConfig>(r#"{"zone":"UTC"} {"zone":"UTC"}"#)
            .unwrap_err();
        assert_eq!((e.code(), e.field()), ("input.json", Some(".")));
        assert!(from_json::<crate::calendar::CalendarConfig>("{\"zone\":\"UTC\"}\n  ").is_ok());
    }
}
