//! JS values to JSON values and back.
//!
//! In: the JS value is walked by hand (not through napi's serde support, which
//! turns a `Date` into `{}`): plain objects, arrays, strings, numbers (a number
//! without a fractional part becomes a JSON integer), booleans, `null`,
//! `undefined` (skipped as a property, `null` in an array) and `Date` (an RFC
//! 3339 UTC string, as core writes instants). Anything else is an
//! `input.invalid` error naming the path of the value.
//!
//! Arguments: every parameter a caller may get wrong is taken as `Unknown`
//! and read here ([`string`], [`number`], [`instance`], ...), so a value of
//! the wrong type is `input.invalid` naming the parameter, never napi's own
//! uncoded error. Every JS string is read by [`js_string`], which refuses a
//! lone surrogate instead of letting it become U+FFFD.
//!
//! Out: every string under a key `at` or `*_at` is an instant on the wire and
//! becomes a `Date`; the rest maps one to one.

use chrono::{DateTime, Utc};
use napi::bindgen_prelude::{
    Array, BufferSlice, ClassInstance, Env, FromNapiValue, JavaScriptClassExt, JsObjectValue,
    JsValue, KeyCollectionMode, KeyConversion, KeyFilter, Null, Object, ToNapiValue, Unknown,
};
use napi::{JsDate, JsString, ValueType};
use serde_json::{Map, Number, Value};

use crate::error::{OrThrow, invalid, js_error};

/// Deeper than this is refused: it stops cyclic objects well before V8's
/// stack limit (an unoptimised build uses several KiB of stack per level).
const MAX_DEPTH: usize = 64;

/// The largest integer a JS number holds exactly, 2^53 - 1.
pub(crate) const MAX_SAFE_INTEGER: f64 = 9_007_199_254_740_991.0;

/// Converts a JS value to JSON; `root` names the value itself in errors
/// (`"."` for a document, the argument name otherwise) and, unless it is `"."`
/// or empty, prefixes the path of a value inside it (`messages[3].body`).
pub(crate) fn to_json(env: &Env, value: Unknown<'_>, root: &str) -> napi::Result<Value> {
    let mut walker = Walker {
        env,
        path: Vec::new(),
        root,
        object_prototype: None,
        ancestors: Vec::new(),
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

/// Reads a JS string, refusing one with a lone surrogate: the core error
/// naming `field` is returned for the caller to throw or keep.
///
/// Node writes UTF-8 with every unpaired surrogate replaced by U+FFFD, so a
/// text without U+FFFD had none: the common case costs one scan of the UTF-8
/// bytes on top of the read. Only a text holding U+FFFD is read again as
/// UTF-16, where a U+FFFD the caller wrote and a replaced surrogate differ.
pub(crate) fn checked_string(
    value: JsString<'_>,
    field: &str,
) -> napi::Result<Result<String, caredesk::Error>> {
    Ok(text(value)?.map_err(|p| p.at(field)))
}

fn text(value: JsString<'_>) -> napi::Result<Result<String, Problem>> {
    let text = value.into_utf8()?.into_owned()?;
    if !text.contains('\u{FFFD}') {
        return Ok(Ok(text));
    }
    let units = value.into_utf16()?;
    let lone = char::decode_utf16(units.as_slice().iter().copied())
        .scan(0usize, |at, r| {
            let here = *at;
            *at += r.as_ref().map_or(1, |c| c.len_utf16());
            Some(r.err().map(|e| (here, e.unpaired_surrogate())))
        })
        .flatten()
        .next();
    Ok(match lone {
        None => Ok(text),
        Some((at, unit)) => Err(Problem(lone_surrogate(unit, at))),
    })
}

fn lone_surrogate(unit: u16, at: usize) -> String {
    format!("has a lone surrogate (U+{unit:04X} at UTF-16 index {at}); text must be valid Unicode")
}

/// [`checked_string`], throwing its error.
pub(crate) fn js_string(env: &Env, value: JsString<'_>, field: &str) -> napi::Result<String> {
    checked_string(value, field)?.or_throw(env)
}

/// The `input.invalid` error for an argument of the wrong type.
pub(crate) fn expected(env: &Env, field: &str, what: &str, value: Unknown<'_>) -> napi::Error {
    js_error(
        env,
        &invalid(field, format!("expected {what}, got {}", describe(value))),
    )
}

/// Reads a string argument.
pub(crate) fn string(env: &Env, value: Unknown<'_>, field: &str) -> napi::Result<String> {
    if value.get_type()? != ValueType::String {
        return Err(expected(env, field, "a string", value));
    }
    js_string(env, value.coerce_to_string()?, field)
}

/// Reads a core document (any serde type, through `caredesk::wire`); errors
/// name `field` and the path below it (`rows[3].priority`).
pub(crate) fn document<T: serde::de::DeserializeOwned>(
    env: &Env,
    value: Unknown<'_>,
    field: &str,
) -> napi::Result<T> {
    use crate::error::OrThrow;
    let json = to_json(env, value, field)?;
    caredesk::wire::from_value(json)
        .map_err(|e| e.within(field))
        .or_throw(env)
}

/// Reads an optional string argument: `undefined` and `null` are `None`.
pub(crate) fn opt_string(
    env: &Env,
    value: Option<Unknown<'_>>,
    field: &str,
) -> napi::Result<Option<String>> {
    match value {
        Some(v) if !is_nullish(v)? => string(env, v, field).map(Some),
        _ => Ok(None),
    }
}

/// Reads a number argument (any number: each caller checks its range).
pub(crate) fn number(env: &Env, value: Unknown<'_>, field: &str) -> napi::Result<f64> {
    if value.get_type()? != ValueType::Number {
        return Err(expected(env, field, "a number", value));
    }
    value.coerce_to_number()?.get_double()
}

/// Reads an optional number argument: `undefined` and `null` are `None`.
pub(crate) fn opt_number(
    env: &Env,
    value: Option<Unknown<'_>>,
    field: &str,
) -> napi::Result<Option<f64>> {
    match value {
        Some(v) if !is_nullish(v)? => number(env, v, field).map(Some),
        _ => Ok(None),
    }
}

/// Reads an array argument.
pub(crate) fn array<'v>(env: &Env, value: Unknown<'v>, field: &str) -> napi::Result<Array<'v>> {
    if value.get_type()? != ValueType::Object || !value.is_array()? {
        return Err(expected(env, field, "an array", value));
    }
    // SAFETY: `value` is a live array of this call.
    unsafe { Array::from_napi_value(env.raw(), value.raw()) }
}

/// Reads a `Buffer` argument (its bytes, borrowed for the call).
pub(crate) fn buffer<'v>(
    env: &Env,
    value: Unknown<'v>,
    field: &str,
) -> napi::Result<BufferSlice<'v>> {
    if value.get_type()? != ValueType::Object || !value.is_buffer()? {
        return Err(expected(env, field, "a Buffer", value));
    }
    // SAFETY: `value` is a live Buffer of this call.
    unsafe { BufferSlice::from_napi_value(env.raw(), value.raw()) }
}

/// Reads an array of strings (`field[i]` names a wrong item).
pub(crate) fn strings(env: &Env, value: Unknown<'_>, field: &str) -> napi::Result<Vec<String>> {
    let items = array(env, value, field)?;
    let mut out = Vec::with_capacity(capacity(items.len()));
    for i in 0..items.len() {
        let at = format!("{field}[{i}]");
        out.push(string(env, element(env, &items, i, &at)?, &at)?);
    }
    Ok(out)
}

/// Reads an array of numbers (`field[i]` names a wrong item).
pub(crate) fn numbers(env: &Env, value: Unknown<'_>, field: &str) -> napi::Result<Vec<f64>> {
    let items = array(env, value, field)?;
    let mut out = Vec::with_capacity(capacity(items.len()));
    for i in 0..items.len() {
        let at = format!("{field}[{i}]");
        out.push(number(env, element(env, &items, i, &at)?, &at)?);
    }
    Ok(out)
}

/// Item `i` of an array being read (`undefined` for a hole).
pub(crate) fn element<'v>(
    env: &Env,
    items: &Array<'v>,
    i: u32,
    field: &str,
) -> napi::Result<Unknown<'v>> {
    items
        .get::<Unknown>(i)?
        .ok_or_else(|| js_error(env, &invalid(field, "missing")))
}

/// Reads an instance of the caredesk class `T` (named `class` in errors).
pub(crate) fn instance<'v, T: JavaScriptClassExt + 'v>(
    env: &Env,
    value: Unknown<'v>,
    field: &str,
    class: &str,
) -> napi::Result<ClassInstance<'v, T>> {
    let wrong = || expected(env, field, &format!("a {class}"), value);
    if value.get_type()? != ValueType::Object || !T::instance_of(env, &value)? {
        return Err(wrong());
    }
    // SAFETY: `value` is a live object whose prototype chain holds `T`'s
    // constructor; an object not made by that constructor has nothing
    // wrapped and fails to unwrap, which is refused.
    unsafe { ClassInstance::<T>::from_napi_value(env.raw(), value.raw()) }.map_err(|_| wrong())
}

/// Reads an optional class instance: `undefined` and `null` are `None`.
pub(crate) fn opt_instance<'v, T: JavaScriptClassExt + 'v>(
    env: &Env,
    value: Option<Unknown<'v>>,
    field: &str,
    class: &str,
) -> napi::Result<Option<ClassInstance<'v, T>>> {
    match value {
        Some(v) if !is_nullish(v)? => instance(env, v, field, class).map(Some),
        _ => Ok(None),
    }
}

/// True for `undefined` and `null`.
pub(crate) fn is_nullish(value: Unknown<'_>) -> napi::Result<bool> {
    Ok(matches!(
        value.get_type()?,
        ValueType::Undefined | ValueType::Null
    ))
}

/// A capacity to reserve for `len` items read one by one: never more than a
/// few thousand up front, so a sparse array claiming 2^32 - 1 items fails at
/// its first bad item instead of aborting on the allocation.
pub(crate) fn capacity(len: u32) -> usize {
    (len as usize).min(4096)
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
    /// The objects and arrays being walked, outermost first.
    ancestors: Vec<napi::sys::napi_value>,
}

impl<'e> Walker<'_, 'e> {
    /// The current path as core writes it: `events[3].message.at`.
    fn path(&self) -> String {
        // The root prefixes the path unless it names the document itself.
        let mut out = match self.root {
            "" | "." => String::new(),
            root => root.to_string(),
        };
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
            ValueType::String => match text(value.coerce_to_string()?)? {
                Ok(s) => Ok(Value::String(s)),
                Err(Problem(p)) => Err(self.fail(p)),
            },
            ValueType::Object => {
                if self.path.len() >= MAX_DEPTH {
                    return Err(
                        self.fail(format!("nested deeper than {MAX_DEPTH} levels (a cycle?)"))
                    );
                }
                if self.is_ancestor(value)? {
                    return Err(self.fail("refers to an object that contains it (a cycle)"));
                }
                if value.is_date()? {
                    match date_value(value)? {
                        Ok(t) => Ok(Value::String(caredesk::instant::format(&t))),
                        Err(Problem(p)) => Err(self.fail(p)),
                    }
                } else if value.is_array()? {
                    self.ancestors.push(value.raw());
                    let out = self.array(value.coerce_to_object()?);
                    self.ancestors.pop();
                    out
                } else if self.is_plain(value)? {
                    self.ancestors.push(value.raw());
                    let out = self.object(value.coerce_to_object()?);
                    self.ancestors.pop();
                    out
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
        let mut items = Vec::with_capacity(capacity(len));
        for i in 0..len {
            let item = array.get_element::<Unknown>(i)?;
            self.path.push(Segment::Index(i));
            let converted = if item.get_type()? == ValueType::Undefined && !array.has_element(i)? {
                Err(self.fail("is a hole in a sparse array, not data"))
            } else {
                self.walk(item)
            };
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
            let key = key.coerce_to_string()?;
            let name = match text(key)? {
                Ok(name) => name,
                Err(Problem(p)) => {
                    // The path shows the key as Node writes it, U+FFFD and all.
                    let lossy = key.into_utf8()?.into_owned()?;
                    self.path.push(Segment::Key(lossy));
                    let err = self.fail(format!("the key {p}"));
                    self.path.pop();
                    return Err(err);
                }
            };
            self.path.push(Segment::Key(name.clone()));
            let converted = self.walk(value);
            self.path.pop();
            map.insert(name, converted?);
        }
        Ok(Value::Object(map))
    }

    /// True when `value` is one of the objects being walked: the walk would
    /// never end. Compared by identity, at most [`MAX_DEPTH`] of them.
    fn is_ancestor(&self, value: Unknown<'_>) -> napi::Result<bool> {
        for &ancestor in &self.ancestors {
            let mut same = false;
            // SAFETY: both values belong to this call's handle scope.
            let status = unsafe {
                napi::sys::napi_strict_equals(self.env.raw(), ancestor, value.raw(), &mut same)
            };
            if status != napi::sys::Status::napi_ok {
                return Err(napi::Error::from_status(napi::Status::from(status)));
            }
            if same {
                return Ok(true);
            }
        }
        Ok(false)
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
