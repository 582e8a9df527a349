//! `caredesk.ReplyCatalog`, `Reply`, `LintReport` and `lint_templates`.

use std::borrow::Cow;

use caredesk::reply::{
    Arg, ArgSource, Format, LintReport, LocaleRequest, MissingPolicy, RenderItem, RenderOptions,
    Reply, ReplyCatalog, Tone,
};
use caredesk::{Error, Money};
use chrono::{DateTime, NaiveDate, Utc};
use pyo3::intern;
use pyo3::prelude::*;
use pyo3::types::{PyBool, PyDate, PyDateTime, PyDict, PyInt, PyList, PyString, PyTzInfoAccess};

use crate::batch::{OnError, into_list, read_items};
use crate::convert::{to_py_value, to_value};
use crate::errors::{IntoPy, to_py};
use crate::money::PyMoney;

/// Reply templates in many locales and two tones, compiled once; renders
/// replies in the customer's language with CLDR money and dates.
#[pyclass(module = "caredesk._caredesk", name = "ReplyCatalog", frozen)]
pub struct PyReplyCatalog {
    pub(crate) inner: ReplyCatalog,
}

fn read_sources(sources: Option<&Bound<'_, PyAny>>) -> PyResult<Vec<(String, String)>> {
    let Some(sources) = sources else {
        return Ok(Vec::new());
    };
    let Ok(dict) = sources.cast::<PyDict>() else {
        return Err(to_py(Error::InvalidField {
            field: "sources".into(),
            problem: "expected a dict of {file name: FTL text}".into(),
        }));
    };
    let mut out = Vec::with_capacity(dict.len());
    for (k, v) in dict.iter() {
        let name: String = k.extract().map_err(|_| {
            to_py(Error::InvalidField {
                field: "sources".into(),
                problem: "file names must be str".into(),
            })
        })?;
        let text: String = v.extract().map_err(|_| {
            to_py(Error::InvalidField {
                field: format!("sources.{name}"),
                problem: "the FTL text must be a str".into(),
            })
        })?;
        out.push((name, text));
    }
    Ok(out)
}

/// The locale request: a tag, a list of tags, a dict, or None.
fn locales(obj: Option<&Bound<'_, PyAny>>) -> PyResult<LocaleRequest> {
    let Some(obj) = obj.filter(|o| !o.is_none()) else {
        return Ok(LocaleRequest::new());
    };
    if let Ok(s) = obj.cast::<PyString>() {
        return Ok(LocaleRequest::from(s.to_str()?));
    }
    caredesk::wire::from_value(to_value(obj, "locales")?).map_err(|e| to_py(e.within("locales")))
}

fn wrong(field: &str, got: &Bound<'_, PyAny>) -> Error {
    let name = got
        .get_type()
        .name()
        .map(|n| n.to_string())
        .unwrap_or_else(|_| "object".into());
    Error::ReplyWrongArgType {
        field: field.into(),
        expected: "str, int, caredesk.Money, datetime or date".into(),
        got: name,
    }
}

/// A Python exception raised while reading an argument, as a core error on its field.
fn read_failed(field: String, err: PyErr) -> Error {
    Error::InvalidField {
        field,
        problem: err.to_string(),
    }
}

/// One argument, read from its Python value. `name` is the argument's name;
/// its field (`args.<name>`) is built only for an error.
fn arg<'a>(value: &'a Bound<'_, PyAny>, name: &str) -> caredesk::Result<Arg<'a>> {
    let field = || format!("args.{name}");
    if let Ok(s) = value.cast::<PyString>() {
        // Borrowed: the str's UTF-8 lives as long as the str.
        let text = s.to_str().map_err(|e| read_failed(field(), e))?;
        return Ok(Arg::Str(Cow::Borrowed(text)));
    }
    if value.is_instance_of::<PyInt>() {
        if value.is_instance_of::<PyBool>() {
            return Err(wrong(&field(), value));
        }
        return value
            .extract::<i64>()
            .map(Arg::Int)
            .map_err(|_| Error::ReplyWrongArgType {
                field: field(),
                expected: "an integer that fits in 64 bits".into(),
                got: "a larger integer".into(),
            });
    }
    if let Ok(m) = value.cast::<PyMoney>() {
        return Ok(Arg::Money(m.get().inner));
    }
    if let Ok(dt) = value.cast::<PyDateTime>() {
        if dt.get_tzinfo().is_none() {
            return Err(Error::NaiveDateTime { field: field() });
        }
        return instant_of(dt)
            .map(Arg::Instant)
            .map_err(|e| read_failed(field(), e));
    }
    if value.is_instance_of::<PyDate>() {
        // One call to toordinal() is much cheaper than reading year, month
        // and day one by one through the stable ABI.
        let ordinal: i32 = value
            .call_method0(intern!(value.py(), "toordinal"))
            .and_then(|o| o.extract())
            .map_err(|e| read_failed(field(), e))?;
        let d =
            NaiveDate::from_num_days_from_ce_opt(ordinal).ok_or_else(|| wrong(&field(), value))?;
        return Ok(Arg::Date(d));
    }
    if value.is_instance_of::<PyDict>() {
        let field = field();
        let json = to_value(value, &field).map_err(|e| read_failed(field.clone(), e))?;
        let m: Money = caredesk::wire::from_value(json).map_err(|e| e.within(&field))?;
        return Ok(Arg::Money(m));
    }
    Err(wrong(&field(), value))
}

/// The `args` dict, read by name as the message asks for its variables.
///
/// The entries are listed once and searched by name: for the handful of
/// arguments a reply has, that is cheaper than a dict lookup per variable,
/// which would first have to make each name a Python str.
struct DictArgs<'py> {
    entries: Vec<(Bound<'py, PyString>, Bound<'py, PyAny>)>,
}

impl<'py> DictArgs<'py> {
    fn new(dict: Option<&Bound<'py, PyDict>>) -> PyResult<Self> {
        let Some(dict) = dict else {
            return Ok(DictArgs {
                entries: Vec::new(),
            });
        };
        let mut entries = Vec::with_capacity(dict.len());
        for (key, value) in dict.iter() {
            let Ok(key) = key.cast_into::<PyString>() else {
                return Err(to_py(Error::InvalidField {
                    field: "args".into(),
                    problem: "argument names must be str".into(),
                }));
            };
            entries.push((key, value));
        }
        Ok(DictArgs { entries })
    }
}

impl ArgSource for DictArgs<'_> {
    fn arg(&self, name: &str) -> caredesk::Result<Option<Arg<'_>>> {
        for (key, value) in &self.entries {
            if key.to_str().map_err(|e| read_failed("args".into(), e))? == name {
                return arg(value, name).map(Some);
            }
        }
        Ok(None)
    }
}

/// Checks `args` is a dict (or None).
fn args_dict<'py>(args: Option<&Bound<'py, PyAny>>) -> PyResult<Option<Bound<'py, PyDict>>> {
    let Some(args) = args.filter(|a| !a.is_none()) else {
        return Ok(None);
    };
    match args.cast::<PyDict>() {
        Ok(d) => Ok(Some(d.clone())),
        Err(_) => Err(to_py(Error::InvalidField {
            field: "args".into(),
            problem: "expected a dict of named arguments".into(),
        })),
    }
}

/// An aware `datetime` as an instant. Between 1900 and 2096 one call to
/// `timestamp()` is exact to the microsecond (the float's error stays below
/// a quarter of one), and much cheaper than reading every field through the
/// stable ABI; outside those years the fields are read.
fn instant_of(dt: &Bound<'_, PyDateTime>) -> PyResult<DateTime<Utc>> {
    const FROM: f64 = -2_208_988_800.0; // 1900-01-01T00:00:00Z
    const UNTIL: f64 = 3_976_214_400.0; // 2096-01-01T00:00:00Z
    let ts: f64 = dt.call_method0(intern!(dt.py(), "timestamp"))?.extract()?;
    if (FROM..UNTIL).contains(&ts) {
        let micros = (ts * 1e6).round() as i64;
        if let Some(t) = DateTime::from_timestamp_micros(micros) {
            return Ok(t);
        }
    }
    // Any aware tzinfo, whatever the year (a zone's offset table may end).
    crate::convert::instant(dt.as_any(), "")
}

fn options(tone: &str, format: &str, zone: &str, missing: &str) -> PyResult<RenderOptions> {
    Ok(RenderOptions {
        tone: Tone::parse_field(tone, "tone").py()?,
        format: Format::parse_field(format, "format").py()?,
        zone: caredesk::reply::parse_zone(zone, "zone").py()?,
        missing: MissingPolicy::parse_field(missing, "missing").py()?,
    })
}

impl PyReplyCatalog {
    /// One item of `render_many`: a dict with `message_id`, `locales` and
    /// `args`, read for rendering; `at` names it in errors.
    fn read_item(
        &self,
        item: &Bound<'_, PyAny>,
        at: &str,
        tone: Tone,
    ) -> PyResult<caredesk::Result<RenderItem<'static>>> {
        let py = item.py();
        let Ok(dict) = item.cast::<PyDict>() else {
            return Err(to_py(Error::InvalidField {
                field: at.into(),
                problem: "expected a dict with message_id, locales and args".into(),
            }));
        };
        let id: String = match dict.get_item(intern!(py, "message_id"))? {
            Some(v) => v.extract().map_err(|_| {
                to_py(Error::InvalidField {
                    field: format!("{at}.message_id"),
                    problem: "expected a str".into(),
                })
            })?,
            None => {
                return Err(to_py(Error::InvalidField {
                    field: format!("{at}.message_id"),
                    problem: "missing".into(),
                }));
            }
        };
        let request = self::locales(dict.get_item(intern!(py, "locales"))?.as_ref())
            .map_err(|e| prefix(py, e, at))?;
        let given = args_dict(dict.get_item(intern!(py, "args"))?.as_ref())
            .map_err(|e| prefix(py, e, at))?;
        let source = DictArgs::new(given.as_ref()).map_err(|e| prefix(py, e, at))?;
        Ok(self.inner.prepare(id, request, &source, tone))
    }
}

#[pymethods]
impl PyReplyCatalog {
    /// The built-in catalog, with `sources` (`{"it/formal.ftl": "..."}`)
    /// layered on top; `builtin=False` compiles the sources alone.
    #[new]
    #[pyo3(signature = (sources=None, *, builtin=true))]
    fn new(sources: Option<&Bound<'_, PyAny>>, builtin: bool) -> PyResult<Self> {
        let list = read_sources(sources)?;
        let inner = ReplyCatalog::compile(list, builtin).py()?;
        Ok(PyReplyCatalog { inner })
    }

    /// The locale tags, built-in first.
    #[getter]
    fn locales(&self) -> Vec<String> {
        self.inner
            .locales()
            .into_iter()
            .map(str::to_string)
            .collect()
    }

    /// The message ids of a locale in a tone (`id.attr` for attributes).
    #[pyo3(signature = (locale, tone="formal"))]
    fn message_ids(
        &self,
        #[pyo3(from_py_with = crate::convert::arg::text::locale)] locale: &str,
        #[pyo3(from_py_with = crate::convert::arg::text::tone)] tone: &str,
    ) -> PyResult<Vec<String>> {
        let tone = Tone::parse_field(tone, "tone").py()?;
        Ok(self
            .inner
            .message_ids(locale, tone)
            .into_iter()
            .map(str::to_string)
            .collect())
    }

    /// The variables a message uses in a locale and tone, or None.
    #[pyo3(signature = (locale, message_id, tone="formal"))]
    fn variables(
        &self,
        #[pyo3(from_py_with = crate::convert::arg::text::locale)] locale: &str,
        #[pyo3(from_py_with = crate::convert::arg::text::message_id)] message_id: &str,
        #[pyo3(from_py_with = crate::convert::arg::text::tone)] tone: &str,
    ) -> PyResult<Option<Vec<String>>> {
        let tone = Tone::parse_field(tone, "tone").py()?;
        Ok(self
            .inner
            .variables(locale, tone, message_id)
            .map(|v| v.into_iter().map(str::to_string).collect()))
    }

    /// Renders a message for a customer.
    #[pyo3(signature = (message_id, locales=None, args=None, *, tone="formal", format="plain", zone="UTC", missing="error"))]
    #[allow(clippy::too_many_arguments)]
    fn render(
        &self,
        #[pyo3(from_py_with = crate::convert::arg::text::message_id)] message_id: &str,
        locales: Option<&Bound<'_, PyAny>>,
        args: Option<&Bound<'_, PyAny>>,
        #[pyo3(from_py_with = crate::convert::arg::text::tone)] tone: &str,
        #[pyo3(from_py_with = crate::convert::arg::text::format)] format: &str,
        #[pyo3(from_py_with = crate::convert::arg::text::zone)] zone: &str,
        #[pyo3(from_py_with = crate::convert::arg::text::missing)] missing: &str,
    ) -> PyResult<PyReply> {
        let request = self::locales(locales)?;
        let options = options(tone, format, zone, missing)?;
        let args = DictArgs::new(args_dict(args)?.as_ref())?;
        let reply = self
            .inner
            .render_with(message_id, &request, &args, &options)
            .py()?;
        Ok(PyReply { inner: reply })
    }

    /// Like `render`, but only the text (no Reply object to build).
    #[pyo3(signature = (message_id, locales=None, args=None, *, tone="formal", format="plain", zone="UTC", missing="error"))]
    #[allow(clippy::too_many_arguments)]
    fn render_text(
        &self,
        #[pyo3(from_py_with = crate::convert::arg::text::message_id)] message_id: &str,
        locales: Option<&Bound<'_, PyAny>>,
        args: Option<&Bound<'_, PyAny>>,
        #[pyo3(from_py_with = crate::convert::arg::text::tone)] tone: &str,
        #[pyo3(from_py_with = crate::convert::arg::text::format)] format: &str,
        #[pyo3(from_py_with = crate::convert::arg::text::zone)] zone: &str,
        #[pyo3(from_py_with = crate::convert::arg::text::missing)] missing: &str,
    ) -> PyResult<String> {
        self.render(message_id, locales, args, tone, format, zone, missing)
            .map(|r| r.inner.text)
    }

    /// Renders many replies without holding the GIL (a large batch over all
    /// cores). Each item is a dict with
    /// `message_id`, `locales` and `args`; the keyword options apply to all.
    /// `errors="raise"` raises the first failure (its field prefixed with
    /// `items[i]`); `errors="return"` puts the exception in that item's place.
    #[pyo3(signature = (items, *, tone="formal", format="plain", zone="UTC", missing="error", errors="raise"))]
    #[allow(clippy::too_many_arguments)]
    fn render_many<'py>(
        &self,
        py: Python<'py>,
        items: &Bound<'py, PyAny>,
        #[pyo3(from_py_with = crate::convert::arg::text::tone)] tone: &str,
        #[pyo3(from_py_with = crate::convert::arg::text::format)] format: &str,
        #[pyo3(from_py_with = crate::convert::arg::text::zone)] zone: &str,
        #[pyo3(from_py_with = crate::convert::arg::text::missing)] missing: &str,
        #[pyo3(from_py_with = crate::convert::arg::text::errors)] errors: &str,
    ) -> PyResult<Bound<'py, PyList>> {
        let on_error = OnError::parse(errors)?;
        let options = options(tone, format, zone, missing)?;
        // Each item is read on this thread, only the arguments its message
        // uses (as `render` does); a failure is kept in the item's place.
        let read = read_items(items, "items", on_error, |item, at| {
            self.read_item(item, at, options.tone)
        })?;
        let items_read = read.items;
        let catalog = &self.inner;
        let results = py.detach(|| catalog.render_prepared(items_read, &options));
        into_list(py, read.unread, results, "items", on_error, |inner| {
            PyReply { inner }
        })
    }

    fn __repr__(&self) -> String {
        format!("ReplyCatalog(locales={:?})", self.inner.locales())
    }
}

/// Prefixes the `field` of a caredesk exception with `at`.
fn prefix(py: Python<'_>, err: PyErr, at: &str) -> PyErr {
    let value = err.value(py);
    if let Ok(field) = value.getattr("field") {
        let new = match field.extract::<Option<String>>().ok().flatten() {
            Some(f) if !f.is_empty() && f != "." => format!("{at}.{f}"),
            _ => at.to_string(),
        };
        let _ = value.setattr("field", new);
    }
    err
}

/// A rendered reply (frozen).
#[pyclass(module = "caredesk._caredesk", name = "Reply", frozen)]
pub struct PyReply {
    pub(crate) inner: Reply,
}

#[pymethods]
impl PyReply {
    /// The text (plain, or HTML when asked).
    #[getter]
    fn text(&self) -> &str {
        &self.inner.text
    }
    /// The catalog locale the text is in (`es` for a customer in `es-MX`).
    #[getter]
    fn locale_used(&self) -> &str {
        &self.inner.locale_used
    }
    /// True when that locale does not match the first requested locale.
    #[getter]
    fn fallback_used(&self) -> bool {
        self.inner.fallback_used
    }
    /// Arguments shown as `{$name}` markers (with `missing="marker"`).
    #[getter]
    fn missing_args(&self) -> Vec<String> {
        self.inner.missing_args.clone()
    }
    /// `"formal"` or `"informal"`: the tone of the text.
    #[getter]
    fn tone_used(&self) -> &'static str {
        self.inner.tone_used.as_str()
    }

    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_py_value(py, &serde_json::to_value(&self.inner).unwrap_or_default())
    }

    fn to_json(&self) -> String {
        serde_json::to_string(&self.inner).unwrap_or_default()
    }

    fn __str__(&self) -> &str {
        &self.inner.text
    }

    fn __repr__(&self) -> String {
        let first = self.inner.text.lines().next().unwrap_or("");
        format!(
            "Reply(locale_used={:?}, tone_used={:?}, fallback_used={}, missing_args={:?}, text={:?}...)",
            self.inner.locale_used,
            self.inner.tone_used.as_str(),
            if self.inner.fallback_used {
                "True"
            } else {
                "False"
            },
            self.inner.missing_args,
            first
        )
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<PyReply>()
            .is_ok_and(|o| o.get().inner == self.inner)
    }
}

/// What the template linter found (frozen).
#[pyclass(module = "caredesk._caredesk", name = "LintReport", frozen)]
pub struct PyLintReport {
    inner: LintReport,
}

#[pymethods]
impl PyLintReport {
    /// True when there is no error (warnings allowed).
    #[getter]
    fn ok(&self) -> bool {
        self.inner.is_ok()
    }
    /// Every finding: dicts with `code`, `severity`, `locale`, `tone`,
    /// `message_id`, `file`, `line`, `column` (those that apply) and `text`.
    #[getter]
    fn issues<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_py_value(
            py,
            &serde_json::to_value(&self.inner.issues).unwrap_or_default(),
        )
    }
    #[getter]
    fn error_count(&self) -> usize {
        self.inner.errors().count()
    }
    #[getter]
    fn warning_count(&self) -> usize {
        self.inner.warnings().count()
    }
    /// Renders made with sample arguments.
    #[getter]
    fn renders(&self) -> usize {
        self.inner.renders
    }
    /// (locale, tone) layers checked.
    #[getter]
    fn layers(&self) -> usize {
        self.inner.layers
    }
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_py_value(py, &serde_json::to_value(&self.inner).unwrap_or_default())
    }
    fn to_json(&self) -> String {
        serde_json::to_string(&self.inner).unwrap_or_default()
    }
    fn __str__(&self) -> String {
        self.inner.to_string()
    }
    fn __repr__(&self) -> String {
        format!(
            "LintReport(ok={}, errors={}, warnings={}, renders={})",
            if self.inner.is_ok() { "True" } else { "False" },
            self.error_count(),
            self.warning_count(),
            self.inner.renders
        )
    }
}

/// Lints reply templates: the built-in catalog, with `sources` on top (or
/// alone with `builtin=False`). Never raises for a broken template: every
/// problem is an issue of the report.
#[pyfunction]
#[pyo3(signature = (sources=None, *, builtin=true))]
pub fn lint_templates(
    py: Python<'_>,
    sources: Option<&Bound<'_, PyAny>>,
    builtin: bool,
) -> PyResult<PyLintReport> {
    let list = read_sources(sources)?;
    let report = py.detach(|| caredesk::reply::lint_sources(list, builtin));
    Ok(PyLintReport { inner: report })
}
