//! `caredesk.Triage` and its results.

use std::sync::Arc;

use caredesk::triage::{
    OrderFacts, TrainOptions, TrainingRow, Triage, TriageConfig, TriageInput, TriageModel,
    TriageResult,
};
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyList, PyType};
use serde::de::DeserializeOwned;

use crate::batch::{OnError, into_list, read_items};

use crate::convert::{to_py_value, to_value, type_name};
use crate::errors::{IntoPy, to_py};
use crate::ticket::PyTicket;

/// Language, topic, priority, sentiment and pre-sale intent for incoming
/// messages, with the reasons. Built once (built-in rules, or a config on top).
#[pyclass(module = "caredesk._caredesk", name = "Triage", frozen)]
pub struct PyTriage {
    pub(crate) inner: Arc<Triage>,
}

/// Reads a core document from a Python value; errors name `field` and the
/// path below it (`rows[3].priority`).
fn read<T: DeserializeOwned>(data: &Bound<'_, PyAny>, field: &str) -> PyResult<T> {
    caredesk::wire::from_value(to_value(data, field)?).map_err(|e| to_py(e.within(field)))
}

fn input(data: &Bound<'_, PyAny>, field: &str) -> PyResult<TriageInput> {
    read(data, field)
}

/// Compiles `config` (core's default when absent); errors are prefixed with
/// `field` (empty for the constructor's only argument).
fn compile(config: Option<&Bound<'_, PyAny>>, field: &str) -> PyResult<Triage> {
    let config: TriageConfig = match config {
        Some(c) => read(c, field)?,
        None => TriageConfig::default(),
    };
    Triage::new(config).map_err(|e| to_py(e.within(field)))
}

/// The training rows, each read whole before training starts (nothing of
/// the caller's is borrowed while the GIL is released).
fn rows(rows: &Bound<'_, PyAny>) -> PyResult<Vec<TrainingRow>> {
    Ok(read_items(rows, "rows", OnError::Raise, read::<TrainingRow>)?.items)
}

/// The training options: core's defaults when absent.
fn options(options: Option<&Bound<'_, PyAny>>) -> PyResult<TrainOptions> {
    match options {
        Some(o) => read(o, "options"),
        None => Ok(TrainOptions::default()),
    }
}

#[pymethods]
impl PyTriage {
    /// The built-in rules, or `config` (a dict in the TOML/JSON schema) on top of them.
    #[new]
    #[pyo3(signature = (config=None))]
    fn new(config: Option<&Bound<'_, PyAny>>) -> PyResult<Self> {
        Ok(PyTriage {
            inner: Arc::new(compile(config, "")?),
        })
    }

    /// Learns a model from the shop's labelled rows (dicts: `body`,
    /// `channel`, `topic` and/or `priority`, ...) with `options`, and
    /// returns a triage on `config` that uses it. The GIL is released while
    /// training.
    #[classmethod]
    #[pyo3(signature = (rows, options=None, config=None))]
    fn train(
        _cls: &Bound<'_, PyType>,
        py: Python<'_>,
        rows: &Bound<'_, PyAny>,
        options: Option<&Bound<'_, PyAny>>,
        config: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<Self> {
        let rows = self::rows(rows)?;
        let options = self::options(options)?;
        let triage = compile(config, "config")?;
        let model = py.detach(|| TriageModel::train(&rows, &options)).py()?;
        Ok(PyTriage {
            inner: Arc::new(triage.with_model(model)),
        })
    }

    /// k-fold cross-validation of a model trained on `rows` with `options`
    /// (`options["folds"]`, default 5): accuracy, per-label precision and
    /// recall, confusion, calibration, as a dict. The GIL is released.
    #[staticmethod]
    #[pyo3(signature = (rows, options=None))]
    fn cross_validate<'py>(
        py: Python<'py>,
        rows: &Bound<'py, PyAny>,
        options: Option<&Bound<'py, PyAny>>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let rows = self::rows(rows)?;
        let options = self::options(options)?;
        let report = py
            .detach(|| TriageModel::cross_validate(&rows, &options))
            .py()?;
        to_py_value(py, &serde_json::to_value(&report).unwrap_or_default())
    }

    /// The model file of the model in use (the built-in one unless trained
    /// or loaded), to store and give to `load_model`.
    fn save_model<'py>(&self, py: Python<'py>) -> Bound<'py, PyBytes> {
        PyBytes::new(py, &self.inner.model().to_bytes())
    }

    /// A triage on `config` using the model in `data` (bytes from
    /// `save_model`).
    #[classmethod]
    #[pyo3(signature = (data, config=None))]
    fn load_model(
        _cls: &Bound<'_, PyType>,
        data: &Bound<'_, PyAny>,
        config: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<Self> {
        let Ok(bytes) = data.cast::<PyBytes>() else {
            return Err(to_py(caredesk::Error::InvalidField {
                field: "data".into(),
                problem: format!("expected bytes, got {}", type_name(data)),
            }));
        };
        let model = TriageModel::from_bytes(bytes.as_bytes()).py()?;
        Ok(PyTriage {
            inner: Arc::new(compile(config, "config")?.with_model(model)),
        })
    }

    /// The model's topic labels (built-in topic names and the shop's own).
    #[getter]
    fn model_topics(&self) -> Vec<String> {
        self.inner.model().topics().to_vec()
    }

    /// The languages (ISO 639-1) the model's rows covered.
    #[getter]
    fn model_languages(&self) -> Vec<String> {
        self.inner.model().languages().to_vec()
    }

    #[staticmethod]
    fn from_json(
        #[pyo3(from_py_with = crate::convert::arg::text::text)] text: &str,
    ) -> PyResult<Self> {
        Ok(PyTriage {
            inner: Arc::new(Triage::from_json(text).py()?),
        })
    }

    #[staticmethod]
    fn from_toml(
        #[pyo3(from_py_with = crate::convert::arg::text::text)] text: &str,
    ) -> PyResult<Self> {
        Ok(PyTriage {
            inner: Arc::new(Triage::from_toml(text).py()?),
        })
    }

    /// The number of active rules.
    #[getter]
    fn rule_count(&self) -> usize {
        self.inner.rule_count()
    }

    /// Classifies one message given as a dict (`subject`, `body`, `channel`, ...).
    fn classify(&self, message: &Bound<'_, PyAny>) -> PyResult<PyTriageResult> {
        let input = input(message, "")?;
        Ok(PyTriageResult::from(self.inner.classify(&input)))
    }

    /// Classifies the latest public customer message of a ticket, with
    /// optional order facts; None when the customer wrote nothing public.
    #[pyo3(signature = (ticket, order=None))]
    fn triage(
        &self,
        #[pyo3(from_py_with = crate::convert::arg::class::ticket)] ticket: PyRef<'_, PyTicket>,
        order: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<Option<PyTriageResult>> {
        let Some(mut input) = TriageInput::from_ticket(ticket.get()) else {
            return Ok(None);
        };
        if let Some(order) = order {
            let facts: OrderFacts = read(order, "order")?;
            input.order = Some(facts);
        }
        Ok(Some(PyTriageResult::from(self.inner.classify(&input))))
    }

    /// Classifies many messages without holding the GIL.
    ///
    /// `errors="raise"` raises for the first message that cannot be read
    /// (its field prefixed with `messages[i]`); `errors="return"` puts the
    /// exception object in that message's place and goes on.
    #[pyo3(signature = (messages, *, errors="raise"))]
    fn classify_many<'py>(
        &self,
        py: Python<'py>,
        messages: &Bound<'py, PyAny>,
        #[pyo3(from_py_with = crate::convert::arg::text::errors)] errors: &str,
    ) -> PyResult<Bound<'py, PyList>> {
        let on_error = OnError::parse(errors)?;
        let read = read_items(messages, "messages", on_error, input)?;
        let engine = Arc::clone(&self.inner);
        let inputs = read.items;
        let results = py.detach(|| engine.classify_many(&inputs));
        let results = results.into_iter().map(Ok).collect();
        into_list(
            py,
            read.unread,
            results,
            "messages",
            on_error,
            PyTriageResult::from,
        )
    }

    fn __repr__(&self) -> String {
        format!("Triage(rules={})", self.inner.rule_count())
    }
}

/// The answer for one message (frozen).
#[pyclass(module = "caredesk._caredesk", name = "TriageResult", frozen)]
pub struct PyTriageResult {
    inner: TriageResult,
}

impl From<TriageResult> for PyTriageResult {
    fn from(inner: TriageResult) -> Self {
        PyTriageResult { inner }
    }
}

#[pymethods]
impl PyTriageResult {
    /// ISO 639-1 code, or None when there was no text to tell.
    #[getter]
    fn language(&self) -> Option<&'static str> {
        self.inner.language.as_ref().map(|l| l.code)
    }
    #[getter]
    fn language_confidence(&self) -> f64 {
        self.inner.language.as_ref().map_or(0.0, |l| l.confidence)
    }
    #[getter]
    fn topic(&self) -> &'static str {
        self.inner.topic.topic.as_str()
    }
    /// The model's label for the topic: the topic's name, or the shop's
    /// own label (when `topic` is `other`).
    #[getter]
    fn topic_label(&self) -> &str {
        &self.inner.topic.label
    }
    #[getter]
    fn topic_confidence(&self) -> f64 {
        self.inner.topic.confidence
    }
    #[getter]
    fn runner_up(&self) -> Option<&'static str> {
        self.inner.runner_up.as_ref().map(|t| t.topic.as_str())
    }
    /// The model's label for the runner-up.
    #[getter]
    fn runner_up_label(&self) -> Option<&str> {
        self.inner.runner_up.as_ref().map(|t| t.label.as_str())
    }
    #[getter]
    fn runner_up_confidence(&self) -> f64 {
        self.inner.runner_up.as_ref().map_or(0.0, |t| t.confidence)
    }
    #[getter]
    fn priority(&self) -> &'static str {
        self.inner.priority.as_str()
    }
    #[getter]
    fn sentiment(&self) -> &'static str {
        self.inner.sentiment.as_str()
    }
    #[getter]
    fn sentiment_score(&self) -> f64 {
        self.inner.sentiment_score
    }
    #[getter]
    fn presale(&self) -> bool {
        self.inner.presale
    }
    /// Every rule and fact that fired: dicts with `id`, `kind`, `weight`,
    /// `field`, `span` (character offsets) and `text`.
    #[getter]
    fn reasons<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_py_value(
            py,
            &serde_json::to_value(&self.inner.reasons).unwrap_or_default(),
        )
    }
    #[getter]
    fn scanned_chars(&self) -> usize {
        self.inner.scanned_chars
    }
    #[getter]
    fn truncated(&self) -> bool {
        self.inner.truncated
    }

    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_py_value(py, &self.inner.to_value())
    }

    fn to_json(&self) -> String {
        self.inner.to_value().to_string()
    }

    fn __repr__(&self) -> String {
        format!(
            "TriageResult(language={}, topic={:?}, priority={:?}, sentiment={:?}, presale={}, reasons={})",
            self.language()
                .map_or("None".to_string(), |l| format!("{l:?}")),
            self.topic(),
            self.priority(),
            self.sentiment(),
            if self.inner.presale { "True" } else { "False" },
            self.inner.reasons.len()
        )
    }
}

/// The language of a text as `(code, confidence)`, one of the 24 official EU
/// languages, or `None` when the identifier is less than 50 % sure or the
/// text has fewer than two letters: the identifier `Triage.classify` uses,
/// on its own.
#[pyfunction]
pub fn identify_language(
    #[pyo3(from_py_with = crate::convert::arg::text::text)] text: &str,
) -> Option<(&'static str, f64)> {
    caredesk::triage::identify_language(text).map(|l| (l.code, l.confidence))
}
