//! `caredesk.Sla` and its reports.

use std::sync::Arc;

use caredesk::sla::{Cycle, MetricReport, Sla, SlaConfig, SlaReport};
use chrono::{DateTime, TimeDelta, Utc};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList};

use crate::batch::{OnError, into_list, read_items};
use crate::convert::{instant, to_py_value, to_value};
use crate::errors::IntoPy;
use crate::ticket::PyTicket;

/// Calendars and SLA policies, compiled once; evaluates tickets at an instant.
#[pyclass(module = "caredesk._caredesk", name = "Sla", frozen)]
pub struct PySla {
    pub(crate) inner: Arc<Sla>,
}

#[pymethods]
impl PySla {
    #[new]
    fn new(config: &Bound<'_, PyAny>) -> PyResult<Self> {
        let config: SlaConfig = caredesk::wire::from_value(to_value(config, "")?).py()?;
        Ok(PySla {
            inner: Arc::new(Sla::new(config).py()?),
        })
    }

    /// Reads and compiles a JSON configuration.
    #[staticmethod]
    fn from_json(
        #[pyo3(from_py_with = crate::convert::arg::text::text)] text: &str,
    ) -> PyResult<Self> {
        Ok(PySla {
            inner: Arc::new(Sla::from_json(text).py()?),
        })
    }

    /// Reads and compiles a TOML configuration.
    #[staticmethod]
    fn from_toml(
        #[pyo3(from_py_with = crate::convert::arg::text::text)] text: &str,
    ) -> PyResult<Self> {
        Ok(PySla {
            inner: Arc::new(Sla::from_toml(text).py()?),
        })
    }

    /// The configuration as a dict (presets kept as written).
    #[getter]
    fn config<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_py_value(
            py,
            &serde_json::to_value(self.inner.config()).unwrap_or_default(),
        )
    }

    /// The policy names, in order.
    #[getter]
    fn policy_names(&self) -> Vec<String> {
        self.inner.policies().names().map(str::to_string).collect()
    }

    /// The calendar names.
    #[getter]
    fn calendar_names(&self) -> Vec<String> {
        self.inner.calendars().names().map(str::to_string).collect()
    }

    /// Evaluates one ticket at `now`.
    fn evaluate(
        &self,
        #[pyo3(from_py_with = crate::convert::arg::class::ticket)] ticket: PyRef<'_, PyTicket>,
        now: &Bound<'_, PyAny>,
    ) -> PyResult<PySlaReport> {
        let now = instant(now, "now")?;
        Ok(PySlaReport::from(
            self.inner.evaluate(ticket.get(), now).py()?,
        ))
    }

    /// Evaluates many tickets at the same `now`, without holding the GIL.
    ///
    /// `errors="raise"` raises the first failure (its field prefixed with
    /// `tickets[i]`); `errors="return"` puts the exception object in that
    /// ticket's place and goes on.
    #[pyo3(signature = (tickets, now, *, errors="raise"))]
    fn evaluate_many<'py>(
        &self,
        py: Python<'py>,
        tickets: &Bound<'py, PyAny>,
        now: &Bound<'py, PyAny>,
        #[pyo3(from_py_with = crate::convert::arg::text::errors)] errors: &str,
    ) -> PyResult<Bound<'py, PyList>> {
        let on_error = OnError::parse(errors)?;
        let now = instant(now, "now")?;
        // Each ticket is copied while the GIL is held: the evaluation runs
        // without it, and another thread may change a ticket meanwhile.
        let read = read_items(tickets, "tickets", on_error, |item, at| {
            PyTicket::snapshot(item, at)
        })?;
        let sla = Arc::clone(&self.inner);
        let held = read.items;
        let results = py.detach(|| sla.evaluate_many(held.iter(), now));
        into_list(
            py,
            read.unread,
            results,
            "tickets",
            on_error,
            PySlaReport::from,
        )
    }

    fn __repr__(&self) -> String {
        format!(
            "Sla(policies={:?}, calendars={:?})",
            self.policy_names(),
            self.calendar_names()
        )
    }
}

/// What is due, when, and what is late, for one ticket at one instant.
#[pyclass(module = "caredesk._caredesk", name = "SlaReport", frozen)]
pub struct PySlaReport {
    inner: SlaReport,
}

impl From<SlaReport> for PySlaReport {
    fn from(inner: SlaReport) -> Self {
        PySlaReport { inner }
    }
}

#[pymethods]
impl PySlaReport {
    #[getter]
    fn ticket_id(&self) -> &str {
        &self.inner.ticket_id
    }
    #[getter]
    fn now(&self) -> DateTime<Utc> {
        self.inner.now
    }
    #[getter]
    fn policy(&self) -> Option<&str> {
        self.inner.policy.as_deref()
    }
    #[getter]
    fn metrics(&self) -> Vec<PyMetricReport> {
        self.inner
            .metrics
            .iter()
            .cloned()
            .map(PyMetricReport::from)
            .collect()
    }
    #[getter]
    fn skipped<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_py_value(
            py,
            &serde_json::to_value(&self.inner.skipped).unwrap_or_default(),
        )
    }
    /// `(metric, due)` of the earliest deadline among running targets, or None.
    #[getter]
    fn next_due(&self) -> Option<(&'static str, DateTime<Utc>)> {
        self.inner.next_due.map(|d| (d.metric.as_str(), d.at))
    }
    /// True when some target is breached or was fulfilled late.
    #[getter]
    fn any_breach(&self) -> bool {
        self.inner.any_breach()
    }

    /// The report of one metric (`"first_reply"`, ...), or None when its target does not apply.
    fn metric(
        &self,
        #[pyo3(from_py_with = crate::convert::arg::text::name)] name: &str,
    ) -> PyResult<Option<PyMetricReport>> {
        let metric = caredesk::sla::Metric::parse_field(name, "metric").py()?;
        Ok(self.inner.metric(metric).cloned().map(PyMetricReport::from))
    }

    /// The report as a dict: instants as aware datetimes, durations as timedeltas.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("ticket_id", &self.inner.ticket_id)?;
        d.set_item("now", self.inner.now)?;
        d.set_item("policy", self.inner.policy.as_deref())?;
        let metrics = PyList::empty(py);
        for m in &self.inner.metrics {
            metrics.append(metric_dict(py, m)?)?;
        }
        d.set_item("metrics", metrics)?;
        d.set_item("skipped", self.skipped(py)?)?;
        match self.inner.next_due {
            Some(n) => {
                let nd = PyDict::new(py);
                nd.set_item("metric", n.metric.as_str())?;
                nd.set_item("at", n.at)?;
                d.set_item("next_due", nd)?;
            }
            None => d.set_item("next_due", py.None())?,
        }
        Ok(d)
    }

    /// The report as JSON text (instants RFC 3339, durations in seconds), the
    /// form the shared test vectors use.
    fn to_json(&self) -> String {
        self.inner.to_value().to_string()
    }

    fn __repr__(&self) -> String {
        format!("SlaReport({})", self.inner)
    }
}

fn cycle_items(d: &Bound<'_, PyDict>, c: &Cycle) -> PyResult<()> {
    d.set_item("start", c.start)?;
    d.set_item("due", c.due)?;
    d.set_item("warn_at", c.warn_at)?;
    d.set_item("fulfilled_at", c.fulfilled_at)?;
    d.set_item("breached_at", c.breached_at)?;
    d.set_item("elapsed", c.elapsed)?;
    d.set_item("stage", c.stage.as_str())?;
    Ok(())
}

fn metric_dict<'py>(py: Python<'py>, m: &MetricReport) -> PyResult<Bound<'py, PyDict>> {
    let d = PyDict::new(py);
    d.set_item("metric", m.metric.as_str())?;
    d.set_item("target", m.target)?;
    d.set_item("clock", m.clock.as_str())?;
    cycle_items(&d, &m.cycle)?;
    d.set_item("remaining", m.remaining)?;
    d.set_item("paused", m.paused)?;
    let earlier = PyList::empty(py);
    for c in &m.earlier {
        let cd = PyDict::new(py);
        cycle_items(&cd, c)?;
        earlier.append(cd)?;
    }
    d.set_item("earlier", earlier)?;
    Ok(d)
}

/// The state of one target: due, elapsed, remaining, stage.
#[pyclass(module = "caredesk._caredesk", name = "MetricReport", frozen)]
pub struct PyMetricReport {
    inner: MetricReport,
}

impl From<MetricReport> for PyMetricReport {
    fn from(inner: MetricReport) -> Self {
        PyMetricReport { inner }
    }
}

#[pymethods]
impl PyMetricReport {
    #[getter]
    fn metric(&self) -> &'static str {
        self.inner.metric.as_str()
    }
    #[getter]
    fn target(&self) -> TimeDelta {
        self.inner.target
    }
    #[getter]
    fn clock(&self) -> &str {
        self.inner.clock.as_str()
    }
    #[getter]
    fn start(&self) -> DateTime<Utc> {
        self.inner.cycle.start
    }
    #[getter]
    fn due(&self) -> Option<DateTime<Utc>> {
        self.inner.cycle.due
    }
    #[getter]
    fn warn_at(&self) -> Option<DateTime<Utc>> {
        self.inner.cycle.warn_at
    }
    #[getter]
    fn fulfilled_at(&self) -> Option<DateTime<Utc>> {
        self.inner.cycle.fulfilled_at
    }
    #[getter]
    fn breached_at(&self) -> Option<DateTime<Utc>> {
        self.inner.cycle.breached_at
    }
    #[getter]
    fn elapsed(&self) -> TimeDelta {
        self.inner.cycle.elapsed
    }
    #[getter]
    fn remaining(&self) -> TimeDelta {
        self.inner.remaining
    }
    #[getter]
    fn paused(&self) -> bool {
        self.inner.paused
    }
    #[getter]
    fn stage(&self) -> &'static str {
        self.inner.cycle.stage.as_str()
    }
    /// Earlier cycles of a repeating metric, as dicts.
    #[getter]
    fn earlier<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        let list = PyList::empty(py);
        for c in &self.inner.earlier {
            let d = PyDict::new(py);
            cycle_items(&d, c)?;
            list.append(d)?;
        }
        Ok(list)
    }

    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        metric_dict(py, &self.inner)
    }

    fn __repr__(&self) -> String {
        format!(
            "MetricReport(metric={:?}, stage={:?}, due={}, elapsed={}s, paused={})",
            self.inner.metric.as_str(),
            self.inner.cycle.stage.as_str(),
            self.inner
                .cycle
                .due
                .map_or("None".to_string(), |d| caredesk::instant::format(&d)),
            self.inner.cycle.elapsed.num_seconds(),
            if self.inner.paused { "True" } else { "False" }
        )
    }
}
