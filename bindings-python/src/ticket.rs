//! `caredesk.Ticket`.

use caredesk::{
    AutoClose, Channel, Event, Marketplace, Message, Priority, Status, Ticket, TicketRecord,
};
use chrono::{DateTime, TimeDelta, Utc};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList};

use crate::convert::{instant, to_py_value, to_value};
use crate::errors::{IntoPy, to_py};

/// A support ticket: header fields plus an append-only event log.
#[pyclass(module = "caredesk._caredesk", name = "Ticket")]
#[derive(Clone)]
pub struct PyTicket {
    inner: Ticket,
}

impl PyTicket {
    /// The core ticket.
    pub(crate) fn get(&self) -> &Ticket {
        &self.inner
    }

    /// A copy of the ticket `item` (named `at` in errors), for a batch that
    /// runs without the GIL while the caller's thread may change the original.
    pub(crate) fn snapshot(item: &Bound<'_, PyAny>, at: &str) -> PyResult<Ticket> {
        let coded = |problem: &str| {
            to_py(caredesk::Error::InvalidField {
                field: at.into(),
                problem: problem.into(),
            })
        };
        let ticket = item
            .cast::<PyTicket>()
            .map_err(|_| coded("expected a caredesk.Ticket"))?;
        let held = ticket
            .try_borrow()
            .map_err(|_| coded("the ticket is being changed by another thread"))?;
        Ok(held.inner.clone())
    }
}

fn auto_close(after: Option<TimeDelta>) -> PyResult<AutoClose> {
    match after {
        Some(d) => AutoClose::new(d).py(),
        None => Ok(AutoClose::default()),
    }
}

fn message(data: &Bound<'_, PyAny>) -> PyResult<Message> {
    caredesk::wire::from_value(to_value(data, "message")?)
        .map_err(|e| crate::errors::to_py(e.within("message")))
}

#[pymethods]
impl PyTicket {
    #[new]
    #[pyo3(signature = (id, channel, customer, created_at, *, marketplace=None, subject=None, order_refs=None, topic=None, language=None))]
    #[allow(clippy::too_many_arguments)]
    fn new(
        #[pyo3(from_py_with = crate::convert::arg::text::id)] id: &str,
        #[pyo3(from_py_with = crate::convert::arg::text::channel)] channel: &str,
        customer: &Bound<'_, PyAny>,
        created_at: &Bound<'_, PyAny>,
        #[pyo3(from_py_with = crate::convert::arg::opt_text::marketplace)] marketplace: Option<
            &str,
        >,
        #[pyo3(from_py_with = crate::convert::arg::opt_text::subject)] subject: Option<&str>,
        order_refs: Option<Vec<String>>,
        #[pyo3(from_py_with = crate::convert::arg::opt_text::topic)] topic: Option<&str>,
        #[pyo3(from_py_with = crate::convert::arg::opt_text::language)] language: Option<&str>,
    ) -> PyResult<Self> {
        // Every rule (ids, customer fields, channel vs marketplace) is checked by the core.
        let record = TicketRecord {
            id: id.to_string(),
            channel: Channel::parse_field(channel, "channel").py()?,
            marketplace: marketplace
                .map(|m| Marketplace::parse_field(m, "marketplace"))
                .transpose()
                .py()?,
            subject: subject.map(str::to_owned),
            customer: caredesk::wire::from_value(to_value(customer, "customer")?)
                .map_err(|e| crate::errors::to_py(e.within("customer")))?,
            order_refs: order_refs.unwrap_or_default(),
            topic: topic.map(str::to_owned),
            language: language.map(str::to_owned),
            created_at: instant(created_at, "created_at")?,
            follow_up_of: None,
            status: None,
            priority: None,
            tags: None,
            assignee: None,
            events: Vec::new(),
        };
        let ticket = record.into_ticket().py()?;
        Ok(PyTicket { inner: ticket })
    }

    /// Reads a ticket from a dict in the wire format, replaying its log.
    #[staticmethod]
    fn from_dict(data: &Bound<'_, PyAny>) -> PyResult<Self> {
        Ok(PyTicket {
            inner: Ticket::from_value(to_value(data, "")?).py()?,
        })
    }

    /// Reads a ticket from JSON text, replaying its log.
    #[staticmethod]
    fn from_json(
        #[pyo3(from_py_with = crate::convert::arg::text::text)] text: &str,
    ) -> PyResult<Self> {
        Ok(PyTicket {
            inner: Ticket::from_json(text).py()?,
        })
    }

    /// The ticket as a dict in the wire format, instants as aware datetimes.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_py_value(py, &self.inner.to_value())
    }

    /// The ticket as JSON text.
    fn to_json(&self) -> String {
        self.inner.to_json()
    }

    // ---- changes ----

    /// Appends an event given as a dict (`{"type": "status_changed", ...}`).
    fn apply(&mut self, event: &Bound<'_, PyAny>) -> PyResult<()> {
        let event: Event = caredesk::wire::from_value(to_value(event, "")?).py()?;
        self.inner.apply(event).py()
    }

    /// Adds a message given as a dict (`id`, `at`, `author`, `body`, `public`).
    fn add_message(&mut self, message: &Bound<'_, PyAny>) -> PyResult<()> {
        let message = self::message(message)?;
        self.inner.add_message(message).py()
    }

    fn set_status(
        &mut self,
        #[pyo3(from_py_with = crate::convert::arg::text::status)] status: &str,
        at: &Bound<'_, PyAny>,
    ) -> PyResult<()> {
        let status = Status::parse_field(status, "status").py()?;
        self.inner.set_status(status, instant(at, "at")?).py()
    }

    fn set_priority(
        &mut self,
        #[pyo3(from_py_with = crate::convert::arg::text::priority)] priority: &str,
        at: &Bound<'_, PyAny>,
    ) -> PyResult<()> {
        let priority = Priority::parse_field(priority, "priority").py()?;
        self.inner.set_priority(priority, instant(at, "at")?).py()
    }

    fn assign(
        &mut self,
        #[pyo3(from_py_with = crate::convert::arg::opt_text::assignee)] assignee: Option<&str>,
        at: &Bound<'_, PyAny>,
    ) -> PyResult<()> {
        self.inner
            .assign(assignee.map(str::to_owned), instant(at, "at")?)
            .py()
    }

    #[pyo3(signature = (added, removed, at))]
    fn tag(
        &mut self,
        added: Vec<String>,
        removed: Vec<String>,
        at: &Bound<'_, PyAny>,
    ) -> PyResult<()> {
        self.inner.tag(added, removed, instant(at, "at")?).py()
    }

    /// Closes the ticket if its auto-close instant has passed; returns whether it closed.
    #[pyo3(signature = (now, after=None))]
    fn close_if_due(&mut self, now: &Bound<'_, PyAny>, after: Option<TimeDelta>) -> PyResult<bool> {
        let policy = auto_close(after)?;
        self.inner.close_if_due(&policy, instant(now, "now")?).py()
    }

    /// Starts a follow-up ticket for a customer message to this closed ticket.
    fn follow_up(
        &self,
        #[pyo3(from_py_with = crate::convert::arg::text::new_id)] new_id: &str,
        message: &Bound<'_, PyAny>,
    ) -> PyResult<PyTicket> {
        let message = self::message(message)?;
        Ok(PyTicket {
            inner: self.inner.follow_up(new_id, message).py()?,
        })
    }

    // ---- header ----

    #[getter]
    fn id(&self) -> &str {
        self.inner.id()
    }
    #[getter]
    fn channel(&self) -> &'static str {
        self.inner.channel().as_str()
    }
    #[getter]
    fn marketplace(&self) -> Option<&'static str> {
        self.inner.marketplace().map(|m| m.as_str())
    }
    #[getter]
    fn subject(&self) -> Option<&str> {
        self.inner.subject()
    }
    #[getter]
    fn customer<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_py_value(
            py,
            &serde_json::to_value(self.inner.customer()).unwrap_or_default(),
        )
    }
    #[getter]
    fn order_refs(&self) -> Vec<String> {
        self.inner.order_refs().to_vec()
    }
    #[getter]
    fn topic(&self) -> Option<&str> {
        self.inner.topic()
    }
    #[getter]
    fn language(&self) -> Option<&str> {
        self.inner.language()
    }
    #[getter]
    fn created_at(&self) -> DateTime<Utc> {
        self.inner.created_at()
    }
    #[getter]
    fn follow_up_of(&self) -> Option<&str> {
        self.inner.follow_up_of()
    }

    // ---- derived ----

    #[getter]
    fn status(&self) -> &'static str {
        self.inner.status().as_str()
    }
    #[getter]
    fn priority(&self) -> Option<&'static str> {
        self.inner.priority().map(|p| p.as_str())
    }
    #[getter]
    fn tags(&self) -> Vec<String> {
        self.inner.tags().iter().cloned().collect()
    }
    #[getter]
    fn assignee(&self) -> Option<&str> {
        self.inner.assignee()
    }
    #[getter]
    fn last_activity_at(&self) -> DateTime<Utc> {
        self.inner.last_activity_at()
    }
    #[getter]
    fn events<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_py_value(
            py,
            &serde_json::to_value(self.inner.events()).unwrap_or_default(),
        )
    }
    #[getter]
    fn messages<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        let list = PyList::empty(py);
        for m in self.inner.messages() {
            list.append(to_py_value(
                py,
                &serde_json::to_value(m).unwrap_or_default(),
            )?)?;
        }
        Ok(list)
    }
    #[getter]
    fn reopen_count(&self) -> u32 {
        self.inner.reopen_count()
    }
    #[getter]
    fn first_reply_time(&self) -> Option<TimeDelta> {
        self.inner.first_reply_time()
    }
    #[getter]
    fn first_agent_reply<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyAny>>> {
        self.inner
            .first_agent_reply()
            .map(|m| to_py_value(py, &serde_json::to_value(m).unwrap_or_default()))
            .transpose()
    }

    /// The status in force at `t` (None before creation).
    fn status_at(&self, t: &Bound<'_, PyAny>) -> PyResult<Option<&'static str>> {
        Ok(self.inner.status_at(instant(t, "t")?).map(|s| s.as_str()))
    }

    /// Every status change as (datetime, status).
    fn status_history(&self) -> Vec<(DateTime<Utc>, &'static str)> {
        self.inner
            .status_history()
            .iter()
            .map(|(at, s)| (*at, s.as_str()))
            .collect()
    }

    /// Calendar time spent in each status until `until`.
    fn time_in_status<'py>(
        &self,
        py: Python<'py>,
        until: &Bound<'_, PyAny>,
    ) -> PyResult<Bound<'py, PyDict>> {
        let spent = self.inner.time_in_status(instant(until, "until")?).py()?;
        let d = PyDict::new(py);
        for (status, time) in spent {
            d.set_item(status.as_str(), time)?;
        }
        Ok(d)
    }

    /// When the ticket auto-closes while solved (default delay: 4 days).
    #[pyo3(signature = (after=None))]
    fn auto_close_at(&self, after: Option<TimeDelta>) -> PyResult<Option<DateTime<Utc>>> {
        Ok(self.inner.auto_close_at(&auto_close(after)?))
    }

    fn __eq__(&self, other: &PyTicket) -> bool {
        self.inner == other.inner
    }

    fn __repr__(&self) -> String {
        format!(
            "Ticket(id={:?}, channel={:?}, status={:?}, priority={:?}, events={})",
            self.inner.id(),
            self.inner.channel().as_str(),
            self.inner.status().as_str(),
            self.inner.priority().map(|p| p.as_str()),
            self.inner.events().len()
        )
    }
}
