//! Value conversion between Python objects and the core's JSON wire format.
//!
//! Only shapes are converted here; every rule lives in the core. Instants are
//! tz-aware `datetime` objects on the Python side and RFC 3339 strings on the
//! wire; the wire puts every instant in a field named `at` or `*_at`, which is
//! how strings are turned back into `datetime` on the way out.

use caredesk::Error;
use chrono::{DateTime, TimeDelta, Utc};
use pyo3::PyClass;
use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{
    PyBool, PyDate, PyDateTime, PyDelta, PyDict, PyFloat, PyInt, PyList, PyString, PyTuple,
    PyTzInfo, PyTzInfoAccess,
};
use serde_json::{Map, Number, Value};

use crate::errors::to_py;

/// `datetime(1970, 1, 1, tzinfo=timezone.utc)`, created once.
fn epoch(py: Python<'_>) -> PyResult<&Bound<'_, PyDateTime>> {
    static EPOCH: PyOnceLock<Py<PyDateTime>> = PyOnceLock::new();
    EPOCH
        .get_or_try_init(py, || {
            let utc = PyTzInfo::utc(py)?;
            PyDateTime::new(py, 1970, 1, 1, 0, 0, 0, 0, Some(&utc)).map(Bound::unbind)
        })
        .map(|e| e.bind(py))
}

/// Reads a tz-aware `datetime`; a naive one is refused naming `field`.
///
/// The instant is `dt - epoch` (UTC), which Python computes for any aware
/// tzinfo (fixed offsets, zoneinfo, pytz) through `utcoffset()`; a datetime
/// whose tzinfo gives no offset cannot be subtracted and counts as naive.
/// (Reading the fields one by one is several times slower under the stable ABI.)
pub fn instant(obj: &Bound<'_, PyAny>, field: &str) -> PyResult<DateTime<Utc>> {
    let Ok(dt) = obj.cast::<PyDateTime>() else {
        return Err(to_py(Error::InvalidField {
            field: field.into(),
            problem: format!("expected a tz-aware datetime, got {}", type_name(obj)),
        }));
    };
    let naive = || {
        to_py(Error::NaiveDateTime {
            field: field.into(),
        })
    };
    if dt.get_tzinfo().is_none() {
        return Err(naive());
    }
    let since_epoch = match dt.sub(epoch(obj.py())?) {
        Ok(delta) => delta,
        Err(e) if e.is_instance_of::<PyTypeError>(obj.py()) => return Err(naive()),
        Err(e) => {
            return Err(to_py(Error::InvalidField {
                field: field.into(),
                problem: format!("cannot be read as an instant in UTC: {e}"),
            }));
        }
    };
    let delta: TimeDelta = since_epoch.extract()?;
    DateTime::UNIX_EPOCH
        .checked_add_signed(delta)
        .ok_or_else(|| {
            to_py(Error::InvalidField {
                field: field.into(),
                problem: "outside the representable instants".into(),
            })
        })
}

/// An instant as an aware `datetime` in UTC (`epoch + timedelta`, cheaper
/// under the stable ABI than building it from its fields).
pub fn py_instant<'py>(py: Python<'py>, t: DateTime<Utc>) -> PyResult<Bound<'py, PyAny>> {
    epoch(py)?.add(py_delta(py, t - DateTime::UNIX_EPOCH)?)
}

/// A duration as a `datetime.timedelta` (to the microsecond, as Python has),
/// built by calling the type once looked up: under the stable ABI pyo3 looks
/// `timedelta` up on every conversion.
pub fn py_delta(py: Python<'_>, d: TimeDelta) -> PyResult<Bound<'_, PyAny>> {
    static TIMEDELTA: PyOnceLock<Py<PyAny>> = PyOnceLock::new();
    let ty = TIMEDELTA.get_or_try_init(py, || {
        py.import("datetime")?
            .getattr("timedelta")
            .map(Bound::unbind)
    })?;
    let days = d.num_days();
    let rest = d - TimeDelta::days(days);
    let secs = rest.num_seconds();
    let micros = (rest - TimeDelta::seconds(secs))
        .num_microseconds()
        .unwrap_or(0);
    ty.bind(py).call1((days, secs, micros))
}

/// An integer argument: a `bool`, another type or a value outside `T`'s
/// range is `input.invalid` naming `field`, never a bare `TypeError` or
/// `OverflowError` (and `True` is never one cent).
pub fn int<T>(obj: &Bound<'_, PyAny>, field: &str) -> PyResult<T>
where
    T: TryFrom<i64> + TryFrom<u64> + num_bounds::Bounds,
{
    let refuse = |problem: String| {
        to_py(Error::InvalidField {
            field: field.into(),
            problem,
        })
    };
    if obj.is_instance_of::<PyBool>() || !obj.is_instance_of::<PyInt>() {
        return Err(refuse(format!("expected an int, got {}", type_name(obj))));
    }
    let fits = match obj.extract::<i64>() {
        Ok(i) => T::try_from(i).ok(),
        Err(_) => obj.extract::<u64>().ok().and_then(|u| T::try_from(u).ok()),
    };
    fits.ok_or_else(|| refuse(format!("must be between {} and {}", T::MIN, T::MAX)))
}

/// The bounds of the integer types [`int`] reads, for its error text.
pub mod num_bounds {
    /// An integer type's least and greatest values.
    pub trait Bounds {
        /// The least value.
        const MIN: i128;
        /// The greatest value.
        const MAX: i128;
    }
    macro_rules! bounds {
        ($($t:ty),*) => {$(impl Bounds for $t {
            const MIN: i128 = <$t>::MIN as i128;
            const MAX: i128 = <$t>::MAX as i128;
        })*};
    }
    bounds!(i32, i64, u32);
}

/// The Python type name of `obj`, for error messages.
pub fn type_name(obj: &Bound<'_, PyAny>) -> String {
    obj.get_type()
        .name()
        .map(|n| n.to_string())
        .unwrap_or_else(|_| "object".into())
}

/// How deep dicts and lists may nest in a value handed to caredesk (as in
/// Node): deeper, or a list that contains itself, is refused before the
/// walk could exhaust the native stack.
pub const MAX_DEPTH: usize = 64;

/// Converts a Python value (dicts, lists, str, int, float, bool, None,
/// datetime, date, timedelta as seconds) into JSON, naming the path of anything it cannot convert.
pub fn to_value(obj: &Bound<'_, PyAny>, path: &str) -> PyResult<Value> {
    value_at(obj, path, 0)
}

/// A str as Rust text; a lone surrogate (which no UTF-8 text can hold) is
/// refused naming the field, not left to a bare `UnicodeEncodeError`.
pub fn text<'a>(s: &'a Bound<'_, PyString>, field: &str) -> PyResult<std::borrow::Cow<'a, str>> {
    s.to_cow().map_err(|_| {
        to_py(Error::InvalidField {
            field: path_or_root(field),
            problem: "not valid Unicode text (a lone surrogate)".into(),
        })
    })
}

/// A str argument, borrowed (no copy): a lone surrogate or another type is
/// `input.invalid` naming `field`, never a bare `UnicodeEncodeError` or
/// `TypeError`. The named readers in [`arg`] call it for `from_py_with`.
pub fn str_arg<'a>(obj: &'a Bound<'_, PyAny>, field: &str) -> PyResult<&'a str> {
    let Ok(s) = obj.cast::<PyString>() else {
        return Err(to_py(Error::InvalidField {
            field: field.into(),
            problem: format!("expected a str, got {}", type_name(obj)),
        }));
    };
    s.to_str().map_err(|_| {
        to_py(Error::InvalidField {
            field: field.into(),
            problem: "not valid Unicode text (a lone surrogate)".into(),
        })
    })
}

/// Like [`str_arg`], with `None` read as absent.
pub fn opt_str_arg<'a>(obj: &'a Bound<'_, PyAny>, field: &str) -> PyResult<Option<&'a str>> {
    if obj.is_none() {
        return Ok(None);
    }
    str_arg(obj, field).map(Some)
}

/// An argument that must be an instance of the caredesk class `T`: another
/// type is `input.invalid` naming `field` ("expected a caredesk.Ticket, got
/// dict"), not a bare `TypeError`.
pub fn class_arg<'py, T: PyClass>(obj: &Bound<'py, PyAny>, field: &str) -> PyResult<PyRef<'py, T>> {
    match obj.cast::<T>() {
        Ok(it) => Ok(it.try_borrow()?),
        Err(_) => {
            let expected = T::type_object(obj.py())
                .name()
                .map(|n| n.to_string())
                .unwrap_or_else(|_| "object".into());
            Err(to_py(Error::InvalidField {
                field: field.into(),
                problem: format!("expected a caredesk.{expected}, got {}", type_name(obj)),
            }))
        }
    }
}

/// Readers for `#[pyo3(from_py_with = ...)]`, one per Python parameter
/// name, so the error names the parameter (pyo3 does not pass the name to
/// the reader). A parameter with a str default keeps it in the signature:
/// the default is a `&'static str`, the reader's type.
pub mod arg {
    macro_rules! readers {
        (str: $($name:ident),* $(,)?) => {$(
            #[doc = concat!("The `", stringify!($name), "` argument (see [`super::super::str_arg`]).")]
            pub fn $name<'a>(obj: &'a Bound<'_, PyAny>) -> PyResult<&'a str> {
                super::super::str_arg(obj, stringify!($name))
            }
        )*};
        (opt: $($name:ident),* $(,)?) => {$(
            #[doc = concat!("The `", stringify!($name), "` argument (see [`super::super::opt_str_arg`]).")]
            pub fn $name<'a>(obj: &'a Bound<'_, PyAny>) -> PyResult<Option<&'a str>> {
                super::super::opt_str_arg(obj, stringify!($name))
            }
        )*};
    }

    /// Required (or str-defaulted) str arguments.
    pub mod text {
        use pyo3::prelude::*;
        readers!(str: amount, channel, country, currency, errors, format, id, locale,
            message_id, missing, name, new_id, priority, reason, status, text, tone, zone);
    }

    /// Optional str arguments (`None` is absent).
    pub mod opt_text {
        use pyo3::prelude::*;
        readers!(opt: assignee, language, marketplace, subject, tone, topic);
    }

    /// Arguments that must be instances of a caredesk class.
    pub mod class {
        use pyo3::prelude::*;

        use super::super::class_arg;
        use crate::reply::PyReplyCatalog;
        use crate::returns::PyReturnPolicy;
        use crate::sla::PySla;
        use crate::ticket::PyTicket;
        use crate::triage::PyTriage;

        /// The `ticket` argument: a `caredesk.Ticket`.
        pub fn ticket<'py>(obj: &Bound<'py, PyAny>) -> PyResult<PyRef<'py, PyTicket>> {
            class_arg(obj, "ticket")
        }
        /// The `triage` argument: a `caredesk.Triage`.
        pub fn triage<'py>(obj: &Bound<'py, PyAny>) -> PyResult<PyRef<'py, PyTriage>> {
            class_arg(obj, "triage")
        }
        /// The `catalog` argument: a `caredesk.ReplyCatalog`.
        pub fn catalog<'py>(obj: &Bound<'py, PyAny>) -> PyResult<PyRef<'py, PyReplyCatalog>> {
            class_arg(obj, "catalog")
        }
        /// The `policy` argument: a `caredesk.ReturnPolicy`.
        pub fn policy<'py>(obj: &Bound<'py, PyAny>) -> PyResult<PyRef<'py, PyReturnPolicy>> {
            class_arg(obj, "policy")
        }
        /// The optional `sla` argument: a `caredesk.Sla` or None.
        pub fn sla<'py>(obj: &Bound<'py, PyAny>) -> PyResult<Option<PyRef<'py, PySla>>> {
            if obj.is_none() {
                return Ok(None);
            }
            class_arg(obj, "sla").map(Some)
        }
    }
}

fn value_at(obj: &Bound<'_, PyAny>, path: &str, depth: usize) -> PyResult<Value> {
    if obj.is_none() {
        return Ok(Value::Null);
    }
    if let Ok(b) = obj.cast::<PyBool>() {
        return Ok(Value::Bool(b.is_true()));
    }
    if obj.is_instance_of::<PyInt>() {
        if let Ok(i) = obj.extract::<i64>() {
            return Ok(Value::from(i));
        }
        if let Ok(u) = obj.extract::<u64>() {
            return Ok(Value::from(u));
        }
        return Err(to_py(Error::InvalidField {
            field: path_or_root(path),
            problem: "integer does not fit in 64 bits".into(),
        }));
    }
    if let Ok(f) = obj.cast::<PyFloat>() {
        return Number::from_f64(f.value())
            .map(Value::Number)
            .ok_or_else(|| {
                to_py(Error::InvalidField {
                    field: path_or_root(path),
                    problem: "NaN and infinity are not allowed".into(),
                })
            });
    }
    if let Ok(s) = obj.cast::<PyString>() {
        return Ok(Value::String(text(s, path)?.into_owned()));
    }
    if obj.is_instance_of::<PyDateTime>() {
        let t = instant(obj, &path_or_root(path))?;
        return Ok(Value::String(caredesk::instant::format(&t)));
    }
    if obj.is_instance_of::<PyDelta>() {
        // Durations travel as seconds; the core decides whether a fraction is allowed.
        let d: chrono::TimeDelta = obj.extract()?;
        return Ok(if d.subsec_nanos() == 0 {
            Value::from(d.num_seconds())
        } else {
            Number::from_f64(d.as_seconds_f64()).map_or(Value::Null, Value::Number)
        });
    }
    if obj.is_instance_of::<PyDate>() {
        let d: chrono::NaiveDate = obj.extract()?;
        return Ok(Value::String(d.to_string()));
    }
    let nests = obj.is_instance_of::<PyDict>()
        || obj.is_instance_of::<PyList>()
        || obj.is_instance_of::<PyTuple>();
    if nests && depth >= MAX_DEPTH {
        return Err(to_py(Error::InvalidField {
            field: path_or_root(path),
            problem: format!("nested deeper than {MAX_DEPTH} levels (or contains itself)"),
        }));
    }
    if let Ok(d) = obj.cast::<PyDict>() {
        let mut map = Map::new();
        for (k, v) in d.iter() {
            let Ok(key) = k.cast::<PyString>() else {
                return Err(to_py(Error::InvalidField {
                    field: path_or_root(path),
                    problem: format!("dict keys must be str, got {}", type_name(&k)),
                }));
            };
            let key = text(key, path)?.into_owned();
            let child = join(path, &key);
            map.insert(key, value_at(&v, &child, depth + 1)?);
        }
        return Ok(Value::Object(map));
    }
    if obj.is_instance_of::<PyList>() || obj.is_instance_of::<PyTuple>() {
        let mut items = Vec::new();
        for (i, item) in obj.try_iter()?.enumerate() {
            items.push(value_at(&item?, &format!("{}[{i}]", path), depth + 1)?);
        }
        return Ok(Value::Array(items));
    }
    if let Ok(money) = obj.cast::<crate::money::PyMoney>() {
        return Ok(serde_json::to_value(money.get().inner).unwrap_or_default());
    }
    Err(to_py(Error::InvalidField {
        field: path_or_root(path),
        problem: format!("cannot convert a {} to data", type_name(obj)),
    }))
}

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

fn path_or_root(path: &str) -> String {
    if path.is_empty() {
        ".".into()
    } else {
        path.into()
    }
}

/// Converts JSON to Python; strings under `at` / `*_at` keys become UTC datetimes.
pub fn to_py_value<'py>(py: Python<'py>, value: &Value) -> PyResult<Bound<'py, PyAny>> {
    convert_out(py, value, false)
}

fn convert_out<'py>(
    py: Python<'py>,
    value: &Value,
    instant_key: bool,
) -> PyResult<Bound<'py, PyAny>> {
    Ok(match value {
        Value::Null => py.None().into_bound(py),
        Value::Bool(b) => PyBool::new(py, *b).to_owned().into_any(),
        Value::Number(n) => {
            if let Some(i) = n.as_i64() {
                i.into_pyobject(py)?.into_any()
            } else if let Some(u) = n.as_u64() {
                u.into_pyobject(py)?.into_any()
            } else {
                n.as_f64().unwrap_or(f64::NAN).into_pyobject(py)?.into_any()
            }
        }
        Value::String(s) => match instant_key
            .then(|| caredesk::instant::parse(s, ""))
            .and_then(Result::ok)
        {
            Some(t) => t.into_pyobject(py)?.into_any(),
            None => PyString::new(py, s).into_any(),
        },
        Value::Array(items) => {
            let list = PyList::empty(py);
            for item in items {
                list.append(convert_out(py, item, false)?)?;
            }
            list.into_any()
        }
        Value::Object(map) => {
            let dict = PyDict::new(py);
            for (k, v) in map {
                let is_instant = k == "at" || k.ends_with("_at");
                dict.set_item(k, convert_out(py, v, is_instant)?)?;
            }
            dict.into_any()
        }
    })
}
