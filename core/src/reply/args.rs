//! The values a reply is rendered with.

use std::borrow::Cow;
use std::fmt;

use chrono::{DateTime, NaiveDate, Utc};
use serde::de::{MapAccess, Visitor};
use serde::ser::SerializeMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::error::{Error, Result};
use crate::money::Money;

/// One argument of a reply: a string, an integer (also a plural count), an
/// amount of [`Money`], an instant or a calendar date.
///
/// JSON shape: a string, an integer, `{"minor": 123450, "currency": "EUR"}`.
/// Instants and dates travel as strings (`"2026-03-02T14:05:00Z"`,
/// `"2026-03-02"`) and are read as such where the message formats them with
/// `DATETIME()` or `DATE()`.
///
/// ```
/// use caredesk::reply::Arg;
/// use caredesk::Money;
///
/// assert_eq!(Arg::from("Anna"), Arg::Str("Anna".into()));
/// assert_eq!(Arg::from(3), Arg::Int(3));
/// assert_eq!(Arg::from(Money::new(1999, "EUR")?), Arg::Money(Money::new(1999, "EUR")?));
/// # Ok::<(), caredesk::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
pub enum Arg<'a> {
    /// Text, printed as given (bidi control characters removed).
    Str(Cow<'a, str>),
    /// A whole number: printed by the locale's rules (`1,500`, `1.500`), and
    /// the count a plural select chooses its variant by.
    Int(i64),
    /// An amount, printed by `MONEY()` with its currency by CLDR.
    Money(Money),
    /// An instant, printed by `DATETIME()` or `DATE()` in the shop's time zone.
    Instant(DateTime<Utc>),
    /// A calendar date, printed by `DATE()`.
    Date(NaiveDate),
}

impl Arg<'_> {
    /// The argument's kind in words, for error messages.
    ///
    /// ```
    /// use caredesk::reply::Arg;
    /// use caredesk::Money;
    ///
    /// assert_eq!(Arg::from("A-1001").kind(), "a string");
    /// assert_eq!(Arg::from(Money::parse("49.90", "EUR")?).kind(), "money");
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    pub fn kind(&self) -> &'static str {
        match self {
            Arg::Str(_) => "a string",
            Arg::Int(_) => "an integer",
            Arg::Money(_) => "money",
            Arg::Instant(_) => "an instant",
            Arg::Date(_) => "a date",
        }
    }

    /// A copy that owns its text.
    ///
    /// ```
    /// use caredesk::reply::Arg;
    ///
    /// // A name borrowed from a request buffer, kept after the buffer is gone.
    /// let owned: Arg<'static> = {
    ///     let body = String::from("Anna Schmidt");
    ///     Arg::from(body.as_str()).into_owned()
    /// };
    /// assert_eq!(owned, Arg::Str("Anna Schmidt".into()));
    /// ```
    pub fn into_owned(self) -> Arg<'static> {
        match self {
            Arg::Str(s) => Arg::Str(Cow::Owned(s.into_owned())),
            Arg::Int(i) => Arg::Int(i),
            Arg::Money(m) => Arg::Money(m),
            Arg::Instant(t) => Arg::Instant(t),
            Arg::Date(d) => Arg::Date(d),
        }
    }
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(s: &'a str) -> Self {
        Arg::Str(Cow::Borrowed(s))
    }
}

impl<'a> From<&'a String> for Arg<'a> {
    fn from(s: &'a String) -> Self {
        Arg::Str(Cow::Borrowed(s))
    }
}

impl From<String> for Arg<'_> {
    fn from(s: String) -> Self {
        Arg::Str(Cow::Owned(s))
    }
}

impl<'a> From<Cow<'a, str>> for Arg<'a> {
    fn from(s: Cow<'a, str>) -> Self {
        Arg::Str(s)
    }
}

macro_rules! from_int {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg<'_> {
            fn from(i: $t) -> Self {
                Arg::Int(i64::from(i))
            }
        }
    )*};
}
from_int!(i8, i16, i32, i64, u8, u16, u32);

impl From<Money> for Arg<'_> {
    fn from(m: Money) -> Self {
        Arg::Money(m)
    }
}

impl From<DateTime<Utc>> for Arg<'_> {
    fn from(t: DateTime<Utc>) -> Self {
        Arg::Instant(t)
    }
}

impl From<NaiveDate> for Arg<'_> {
    fn from(d: NaiveDate) -> Self {
        Arg::Date(d)
    }
}

impl Serialize for Arg<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        match self {
            Arg::Str(v) => s.serialize_str(v),
            Arg::Int(i) => s.serialize_i64(*i),
            Arg::Money(m) => m.serialize(s),
            Arg::Instant(t) => s.serialize_str(&crate::instant::format(t)),
            Arg::Date(d) => s.serialize_str(&d.format("%Y-%m-%d").to_string()),
        }
    }
}

impl<'de> Deserialize<'de> for Arg<'static> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        let value = serde_json::Value::deserialize(d)?;
        Arg::from_json(&value, "").map_err(crate::wire::serde_error)
    }
}

impl Arg<'static> {
    /// Reads one argument from JSON; `field` names it in errors.
    ///
    /// # Errors
    /// `reply.wrong_arg_type` for booleans, fractions, `null` and lists; the
    /// money errors for a bad money object.
    ///
    /// ```
    /// use caredesk::reply::Arg;
    /// use serde_json::json;
    ///
    /// assert_eq!(Arg::from_json(&json!(3), "args.days")?, Arg::Int(3));
    /// let refund = Arg::from_json(&json!({"minor": 4990, "currency": "EUR"}), "args.amount")?;
    /// assert_eq!(refund.kind(), "money");
    /// let err = Arg::from_json(&json!(49.9), "args.amount").unwrap_err();
    /// assert_eq!((err.code(), err.field()), ("reply.wrong_arg_type", Some("args.amount")));
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    pub fn from_json(value: &serde_json::Value, field: &str) -> Result<Self> {
        use serde_json::Value;
        match value {
            Value::String(s) => Ok(Arg::Str(Cow::Owned(s.clone()))),
            Value::Number(n) => n
                .as_i64()
                .map(Arg::Int)
                .ok_or_else(|| Error::ReplyWrongArgType {
                    field: field.into(),
                    expected: "a string, an integer, money, an instant or a date".into(),
                    got: format!("the number {n}"),
                }),
            Value::Object(_) => crate::wire::from_value::<Money>(value.clone())
                .map(Arg::Money)
                .map_err(|e| e.within(field)),
            other => Err(Error::ReplyWrongArgType {
                field: field.into(),
                expected: "a string, an integer, money, an instant or a date".into(),
                got: match other {
                    Value::Null => "null".into(),
                    Value::Bool(b) => format!("the boolean {b}"),
                    _ => "a list".into(),
                },
            }),
        }
    }
}

/// Where a render finds its arguments: asked by name for each variable the
/// message uses, and only those.
///
/// [`Args`] is one; the bindings implement it over a Python dict and a JS
/// object, so arguments a message does not use are never converted.
///
/// ```
/// use caredesk::reply::{Arg, ArgSource, LocaleRequest, RenderOptions, ReplyCatalog};
/// use caredesk::Result;
///
/// // Arguments read from the shop's order record on demand.
/// struct Order { customer: String }
/// impl ArgSource for Order {
///     fn arg(&self, name: &str) -> Result<Option<Arg<'_>>> {
///         Ok((name == "customer_name").then(|| Arg::from(self.customer.as_str())))
///     }
/// }
/// let order = Order { customer: "Anna".into() };
/// let reply = ReplyCatalog::builtin().render_with("closing", &LocaleRequest::from("de-DE"), &order, &RenderOptions::default())?;
/// assert!(reply.text.contains("Anna"));
/// # Ok::<(), caredesk::Error>(())
/// ```
pub trait ArgSource {
    /// The argument called `name`, or `None` when it was not given.
    ///
    /// # Errors
    /// Whatever reading it fails with (a value of a type no argument has).
    fn arg(&self, name: &str) -> Result<Option<Arg<'_>>>;
}

impl ArgSource for Args<'_> {
    fn arg(&self, name: &str) -> Result<Option<Arg<'_>>> {
        Ok(self.get(name).map(|a| match a {
            Arg::Str(s) => Arg::Str(Cow::Borrowed(s.as_ref())),
            Arg::Int(i) => Arg::Int(*i),
            Arg::Money(m) => Arg::Money(*m),
            Arg::Instant(t) => Arg::Instant(*t),
            Arg::Date(d) => Arg::Date(*d),
        }))
    }
}

/// The named arguments of one render, in the order given.
///
/// ```
/// use caredesk::reply::Args;
/// use caredesk::Money;
///
/// let args = Args::new()
///     .with("customer_name", "Anna")
///     .with("amount", Money::parse("19.99", "EUR")?)
///     .with("days", 3);
/// assert_eq!(args.len(), 3);
/// assert!(args.get("days").is_some());
/// # Ok::<(), caredesk::Error>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Args<'a> {
    items: Vec<(Cow<'a, str>, Arg<'a>)>,
}

impl<'a> Args<'a> {
    /// No arguments.
    ///
    /// ```
    /// use caredesk::reply::Args;
    ///
    /// let args = Args::new();
    /// assert!(args.is_empty());
    /// assert_eq!(args.with("customer_name", "Anna").len(), 1);
    /// ```
    pub fn new() -> Self {
        Args { items: Vec::new() }
    }

    /// Room for `n` arguments.
    ///
    /// ```
    /// use caredesk::reply::Args;
    ///
    /// let mut args = Args::with_capacity(2);
    /// args.set("customer_name", "Anna");
    /// args.set("order_id", "40211");
    /// assert_eq!(args.len(), 2);
    /// ```
    pub fn with_capacity(n: usize) -> Self {
        Args {
            items: Vec::with_capacity(n),
        }
    }

    /// Adds (or replaces) an argument, builder style.
    ///
    /// ```
    /// use caredesk::reply::Args;
    /// use caredesk::Money;
    ///
    /// let args = Args::new()
    ///     .with("customer_name", "Anna")
    ///     .with("refund_amount", Money::parse("49.90", "EUR")?)
    ///     .with("customer_name", "Anna Schmidt"); // replaces
    /// assert_eq!(args.len(), 2);
    /// assert_eq!(args.iter().next().map(|(name, _)| name), Some("customer_name"));
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    #[must_use]
    pub fn with(mut self, name: impl Into<Cow<'a, str>>, value: impl Into<Arg<'a>>) -> Self {
        self.set(name, value);
        self
    }

    /// Adds (or replaces) an argument.
    ///
    /// ```
    /// use caredesk::reply::{Arg, Args};
    ///
    /// let mut args = Args::new().with("days_late", 2);
    /// args.set("days_late", 3); // the carrier updated the estimate
    /// assert_eq!(args.get("days_late"), Some(&Arg::Int(3)));
    /// ```
    pub fn set(&mut self, name: impl Into<Cow<'a, str>>, value: impl Into<Arg<'a>>) {
        let name = name.into();
        let value = value.into();
        match self.items.iter_mut().find(|(n, _)| *n == name) {
            Some(slot) => slot.1 = value,
            None => self.items.push((name, value)),
        }
    }

    /// The argument named `name`.
    ///
    /// ```
    /// use caredesk::reply::{Arg, Args};
    ///
    /// let args = Args::new().with("order_id", "40211");
    /// assert_eq!(args.get("order_id"), Some(&Arg::from("40211")));
    /// assert_eq!(args.get("tracking_url"), None);
    /// ```
    pub fn get(&self, name: &str) -> Option<&Arg<'a>> {
        self.items.iter().find(|(n, _)| n == name).map(|(_, v)| v)
    }

    /// The number of arguments.
    ///
    /// ```
    /// use caredesk::reply::Args;
    ///
    /// let args: Args = [("customer_name", "Anna"), ("order_id", "40211")].into_iter().collect();
    /// assert_eq!(args.len(), 2);
    /// ```
    pub fn len(&self) -> usize {
        self.items.len()
    }

    /// True when there are none.
    ///
    /// ```
    /// use caredesk::reply::Args;
    /// use serde_json::json;
    ///
    /// assert!(Args::from_json(&json!({}))?.is_empty());
    /// assert!(!Args::new().with("customer_name", "Anna").is_empty());
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// `(name, value)` pairs in the order given.
    ///
    /// ```
    /// use caredesk::reply::Args;
    ///
    /// let args = Args::new().with("order_id", "40211").with("days_late", 2);
    /// let names: Vec<&str> = args.iter().map(|(name, _)| name).collect();
    /// assert_eq!(names, ["order_id", "days_late"]); // in the order given
    /// ```
    pub fn iter(&self) -> impl Iterator<Item = (&str, &Arg<'a>)> {
        self.items.iter().map(|(n, v)| (n.as_ref(), v))
    }
}

impl Args<'static> {
    /// Reads arguments from a JSON object (`{"customer_name": "Anna", "days": 3}`).
    ///
    /// # Errors
    /// `input.json` when `value` is not an object; per argument, the errors of
    /// [`Arg::from_json`] with the field `args.<name>`.
    ///
    /// ```
    /// use caredesk::reply::{Arg, Args};
    /// use serde_json::json;
    ///
    /// let args = Args::from_json(&json!({"customer_name": "Anna", "days_late": 2,
    ///   "refund_amount": {"minor": 4990, "currency": "EUR"}}))?;
    /// assert_eq!(args.get("days_late"), Some(&Arg::Int(2)));
    /// let err = Args::from_json(&json!({"gift": true})).unwrap_err();
    /// assert_eq!((err.code(), err.field()), ("reply.wrong_arg_type", Some("args.gift")));
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    pub fn from_json(value: &serde_json::Value) -> Result<Self> {
        let serde_json::Value::Object(map) = value else {
            return Err(Error::Json {
                path: "args".into(),
                problem: "expected an object of named arguments".into(),
            });
        };
        let mut args = Args::with_capacity(map.len());
        for (k, v) in map {
            let arg = Arg::from_json(v, &format!("args.{k}"))?;
            args.items.push((Cow::Owned(k.clone()), arg));
        }
        Ok(args)
    }
}

impl<'a, K: Into<Cow<'a, str>>, V: Into<Arg<'a>>> FromIterator<(K, V)> for Args<'a> {
    fn from_iter<I: IntoIterator<Item = (K, V)>>(iter: I) -> Self {
        let mut args = Args::new();
        for (k, v) in iter {
            args.set(k, v);
        }
        args
    }
}

impl Serialize for Args<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(self.items.len()))?;
        for (k, v) in &self.items {
            map.serialize_entry(k.as_ref(), v)?;
        }
        map.end()
    }
}

impl<'de> Deserialize<'de> for Args<'static> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Args<'static>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an object of named arguments")
            }
            fn visit_map<A: MapAccess<'de>>(
                self,
                mut map: A,
            ) -> std::result::Result<Self::Value, A::Error> {
                let mut args = Args::new();
                while let Some((k, v)) = map.next_entry::<String, serde_json::Value>()? {
                    let arg = Arg::from_json(&v, &format!("args.{k}"))
                        .map_err(crate::wire::serde_error)?;
                    args.set(k, arg);
                }
                Ok(args)
            }
        }
        d.deserialize_map(V)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_round_trip_and_errors() {
        let v = serde_json::json!({"name": "Anna", "days": 3, "amount": {"minor": 150, "currency": "EUR"}});
        let args = Args::from_json(&v).unwrap();
        assert_eq!(args.get("days"), Some(&Arg::Int(3)));
        assert_eq!(serde_json::to_value(&args).unwrap(), v);
        let e = Args::from_json(&serde_json::json!({"ok": true})).unwrap_err();
        assert_eq!(e.code(), "reply.wrong_arg_type");
        assert_eq!(e.field(), Some("args.ok"));
        let e = Args::from_json(&serde_json::json!({"m": {"minor": 1, "currency": "XXX"}}))
            .unwrap_err();
        assert_eq!(e.code(), "money.unknown_currency");
        assert_eq!(e.field(), Some("args.m.currency"));
        let e = Args::from_json(&serde_json::json!({"n": 1.5})).unwrap_err();
        assert_eq!(e.code(), "reply.wrong_arg_type");
    }

    #[test]
    fn set_replaces() {
        let a = Args::new().with("x", 1).with("x", "two");
        assert_eq!(a.len(), 1);
        assert_eq!(a.get("x"), Some(&Arg::from("two")));
    }
}
