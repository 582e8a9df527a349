//! JS values to JSON values and back.
//!
//! In: the JS value is walked by hand (not through napi's serde support, which
//! turns a `Date` into `{}`): plain objects, arrays, strings, numbers (a number
//! without a fractional part becomes a JSON integer), booleans, `null`,
//! `undefined` (skipped as a property, `null` in an array) and `Date` (an RFC
//! 3339 UTC string, as core writes instants). Anything else is an
//! `input.invalid` error naming the path of the value.
//!
//! Out: every string under a key `at` or `*_at` is an instant on the wire and
//! becomes a `Date`; the rest maps one to one.

use chrono::{DateTime, Utc};
use napi::bindgen_prelude::{
    Env, JsObjectValue, JsValue, KeyCollectionMode, KeyConversion, KeyFilter, Null, Object,
    ToNapiValue, Unknown,
};
use napi::{JsDate, ValueType};
use serde_json::{Map, Number, Value};

use crate::error::{invalid, js_error};

/// Deeper than this is refused: it stops cyclic objects well before V8's
/// stack limit (an unoptimised build uses several KiB of stack per level).
const MAX_DEPTH: usize = 64;

/// The largest integer a JS number holds exactly, 2^53 - 1.
pub(crate) const MAX_SAFE_INTEGER: f64 = 9_007_199_254_740_991.0;

/// Converts a JS value to JSON; `root` names the value itself in errors
/// (`"."` for a document, the argument name otherwise).
pub(crate) fn to_json(env: &Env, value: Unknown<'_>, root: &str) -> napi::Result<Value> {
    let mut walker = Walker {
        env,
        path: Vec::new(),
        root,
        object_prototype: None,
    };
    walker.walk(value)
}

/// Reads a JS `Date` argument as an instant; `field` names it in errors.
pub(crate) fn instant(env: &Env, value: Unknown<'_>, field: &str) -> napi::Result<DateTime<Utc>> {
    if value.get_type()? == ValueType::Object && value.is_date()? {
        date_value(value)?.map_err(|p| js_error(env, &p.at(field)))
    } else {
        Err(js_error(
            env,
            &invalid(field, format!("expected a Date, got {}", describe(value))),
        ))
    }
}

/// Reads a value the caller checked is a JS `Date`: the instant, or the core
/// error naming `field` (an invalid Date, one out of range).
pub(crate) fn date_instant(
    value: Unknown<'_>,
    field: &str,
) -> napi::Result<Result<DateTime<Utc>, caredesk::Error>> {
    Ok(date_value(value)?.map_err(|p| p.at(field)))
}

/// A JS `Date` for an instant (millisecond precision, as JS dates have).
pub(crate) fn date<'e>(env: &'e Env, t: DateTime<Utc>) -> napi::Result<JsDate<'e>> {
    env.create_date(t.timestamp_millis() as f64)
}

/// Reads a JS number that must be a safe integer (|x| <= 2^53 - 1).
pub(crate) fn safe_integer(env: &Env, x: f64, field: &str) -> napi::Result<i64> {
    if x.is_finite() && x.fract() == 0.0 && x.abs() <= MAX_SAFE_INTEGER {
        Ok(x as i64)
    } else {
        Err(js_error(
            env,
            &invalid(
                field,
                format!("{x} is not a safe integer (a whole number of magnitude at most 2^53 - 1)"),
            ),
        ))
    }
}

/// Converts a JSON value to JS, turning instants (`at`, `*_at`) into `Date`s.
pub(crate) fn to_js<'e>(env: &'e Env, value: &Value) -> napi::Result<Unknown<'e>> {
    to_js_under(env, value, None)
}

/// Serializes a core value and converts it with [`to_js`].
pub(crate) fn serialize_to_js<'e, T: serde::Serialize + ?Sized>(
    env: &'e Env,
    value: &T,
) -> napi::Result<Unknown<'e>> {
    let json = serde_json::to_value(value).map_err(|e| napi::Error::from_reason(e.to_string()))?;
    to_js(env, &json)
}

fn to_js_under<'e>(env: &'e Env, value: &Value, key: Option<&str>) -> napi::Result<Unknown<'e>> {
    match value {
        Value::Null => Null.into_unknown(env),
        Value::Bool(b) => b.into_unknown(env),
        Value::Number(n) => match n.as_i64() {
            Some(i) => i.into_unknown(env),
            None => n.as_f64().unwrap_or(f64::NAN).into_unknown(env),
        },
        Value::String(s) => {
            let is_instant = key.is_some_and(|k| k == "at" || k.ends_with("_at"));
            match is_instant
                .then(|| caredesk::instant::parse(s, ""))
                .and_then(Result::ok)
            {
                Some(t) => Ok(date(env, t)?.to_unknown()),
                None => s.as_str().into_unknown(env),
            }
        }
        Value::Array(items) => {
            let mut array = env.create_array(u32::try_from(items.len()).unwrap_or(u32::MAX))?;
            for (i, item) in (0u32..).zip(items) {
                array.set(i, to_js_under(env, item, None)?)?;
            }
            Ok(array.to_unknown())
        }
        Value::Object(map) => {
            let mut object = Object::new(env)?;
            for (k, v) in map {
                object.set(k, to_js_under(env, v, Some(k))?)?;
            }
            Ok(object.to_unknown())
        }
    }
}

/// A binding-level input problem, before its path is known.
struct Problem(String);

impl Problem {
    fn at(self, field: &str) -> caredesk::Error {
        invalid(field, self.0)
    }
}

fn date_value(value: Unknown<'_>) -> napi::Result<Result<DateTime<Utc>, Problem>> {
    // SAFETY: the caller checked that `value` is a Date.
    let ms = unsafe { value.cast::<JsDate>() }?.value_of()?;
    if ms.is_nan() {
        return Ok(Err(Problem("invalid Date".into())));
    }
    Ok(DateTime::from_timestamp_millis(ms as i64)
        .ok_or_else(|| Problem(format!("Date {ms} ms is outside the supported range"))))
}

enum Segment {
    Key(String),
    Index(u32),
}

struct Walker<'a, 'e> {
    env: &'e Env,
    path: Vec<Segment>,
    root: &'a str,
    object_prototype: Option<Unknown<'e>>,
}

impl<'e> Walker<'_, 'e> {
    /// The current path as core writes it: `events[3].message.at`.
    fn path(&self) -> String {
        let mut out = String::new();
        for seg in &self.path {
            match seg {
                Segment::Key(k) => {
                    if !out.is_empty() {
                        out.push('.');
                    }
                    out.push_str(k);
                }
                Segment::Index(i) => out.push_str(&format!("[{i}]")),
            }
        }
        if out.is_empty() {
            self.root.to_string()
        } else {
            out
        }
    }

    fn fail(&self, problem: impl Into<String>) -> napi::Error {
        js_error(self.env, &invalid(&self.path(), problem))
    }

    fn walk(&mut self, value: Unknown<'_>) -> napi::Result<Value> {
        match value.get_type()? {
            ValueType::Undefined | ValueType::Null => Ok(Value::Null),
            ValueType::Boolean => Ok(Value::Bool(value.coerce_to_bool()?)),
            ValueType::Number => self.number(value.coerce_to_number()?.get_double()?),
            ValueType::String => Ok(Value::String(
                value.coerce_to_string()?.into_utf8()?.into_owned()?,
            )),
            ValueType::Object => {
                if self.path.len() >= MAX_DEPTH {
                    return Err(
                        self.fail(format!("nested deeper than {MAX_DEPTH} levels (a cycle?)"))
                    );
                }
                if value.is_date()? {
                    match date_value(value)? {
                        Ok(t) => Ok(Value::String(caredesk::instant::format(&t))),
                        Err(Problem(p)) => Err(self.fail(p)),
                    }
                } else if value.is_array()? {
                    self.array(value.coerce_to_object()?)
                } else if self.is_plain(value)? {
                    self.object(value.coerce_to_object()?)
                } else {
                    Err(self.not_data(value))
                }
            }
            _ => Err(self.not_data(value)),
        }
    }

    fn not_data(&self, value: Unknown<'_>) -> napi::Error {
        self.fail(format!(
            "{} is not data (expected a plain object, array, string, number, boolean, null or Date)",
            describe(value)
        ))
    }

    fn number(&self, x: f64) -> napi::Result<Value> {
        const TWO_63: f64 = 9_223_372_036_854_775_808.0;
        if !x.is_finite() {
            return Err(self.fail(format!("{x} is not a finite number")));
        }
        if x.fract() == 0.0 {
            if (-TWO_63..TWO_63).contains(&x) {
                return Ok(Value::from(x as i64));
            }
            if (0.0..2.0 * TWO_63).contains(&x) {
                return Ok(Value::from(x as u64));
            }
        }
        Number::from_f64(x)
            .map(Value::Number)
            .ok_or_else(|| self.fail(format!("{x} is not a finite number")))
    }

    fn array(&mut self, array: Object<'_>) -> napi::Result<Value> {
        let len = array.get_array_length()?;
        let mut items = Vec::with_capacity(len as usize);
        for i in 0..len {
            let item = array.get_element::<Unknown>(i)?;
            self.path.push(Segment::Index(i));
            let converted = self.walk(item);
            self.path.pop();
            items.push(converted?);
        }
        Ok(Value::Array(items))
    }

    fn object(&mut self, object: Object<'_>) -> napi::Result<Value> {
        let keys = object.get_all_property_names(
            KeyCollectionMode::OwnOnly,
            KeyFilter::Enumerable,
            KeyConversion::NumbersToStrings,
        )?;
        let mut map = Map::new();
        for i in 0..keys.get_array_length()? {
            let key = keys.get_element::<Unknown>(i)?;
            if key.get_type()? != ValueType::String {
                continue; // symbol keys are not data, as in JSON.stringify
            }
            let value = object.get_property::<Unknown, Unknown>(key)?;
            if value.get_type()? == ValueType::Undefined {
                continue;
            }
            let name = key.coerce_to_string()?.into_utf8()?.into_owned()?;
            self.path.push(Segment::Key(name.clone()));
            let converted = self.walk(value);
            self.path.pop();
            map.insert(name, converted?);
        }
        Ok(Value::Object(map))
    }

    /// True for an object whose prototype is `Object.prototype` or `null`.
    fn is_plain(&mut self, value: Unknown<'_>) -> napi::Result<bool> {
        let proto = value.coerce_to_object()?.get_prototype()?;
        if proto.get_type()? == ValueType::Null {
            return Ok(true);
        }
        let object_prototype = match self.object_prototype {
            Some(p) => p,
            None => {
                let ctor = self
                    .env
                    .get_global()?
                    .get_named_property::<Unknown>("Object")?;
                let p = ctor
                    .coerce_to_object()?
                    .get_named_property::<Unknown>("prototype")?;
                self.object_prototype = Some(p);
                p
            }
        };
        self.env.strict_equals(proto, object_prototype)
    }
}

/// A short description of a JS value for error messages: `a function`,
/// `a Map`, `a bigint`.
fn describe(value: Unknown<'_>) -> String {
    let kind = match value.get_type() {
        Ok(ValueType::Undefined) => "undefined",
        Ok(ValueType::Null) => "null",
        Ok(ValueType::Boolean) => "a boolean",
        Ok(ValueType::Number) => "a number",
        Ok(ValueType::String) => "a string",
        Ok(ValueType::Symbol) => "a symbol",
        Ok(ValueType::Function) => "a function",
        Ok(ValueType::BigInt) => "a bigint",
        Ok(ValueType::External) => "an external value",
        Ok(ValueType::Object) => {
            return constructor_name(value)
                .map(|n| format!("an object of type {n}"))
                .unwrap_or_else(|| "an object".into());
        }
        _ => "a value",
    };
    kind.to_string()
}

fn constructor_name(value: Unknown<'_>) -> Option<String> {
    let ctor = value
        .coerce_to_object()
        .ok()?
        .get_named_property::<Unknown>("constructor")
        .ok()?;
    if ctor.get_type().ok()? != ValueType::Function {
        return None;
    }
    let name = ctor
        .coerce_to_object()
        .ok()?
        .get_named_property::<Unknown>("name")
        .ok()?;
    if name.get_type().ok()? != ValueType::String {
        return None;
    }
    let name = name
        .coerce_to_string()
        .ok()?
        .into_utf8()
        .ok()?
        .into_owned()
        .ok()?;
    (!name.is_empty()).then_some(name)
}
