//! `caredesk.suggest_reply` and `SuggestedReply`: conversions only; the
//! choice of template and arguments is core's `composition::suggest_for_ticket`.

use std::collections::BTreeMap;

use caredesk::composition::{SuggestOptions, SuggestedReply, sla_clock, suggest_for_ticket};
use caredesk::reply::{MissingPolicy, Tone};
use pyo3::prelude::*;

use crate::convert::{instant, to_py_value};
use crate::errors::IntoPy;
use crate::reply::{PyReply, PyReplyCatalog};
use crate::sla::PySla;
use crate::ticket::PyTicket;
use crate::triage::PyTriage;

/// The suggested reply to a ticket's latest customer message, or None when
/// the customer has written nothing public: the template for its triaged
/// topic, in the customer's language and the channel's tone (informal on
/// chat and social unless `tone` is given), with the customer's first name,
/// the ticket and order ids and, when `sla` and `now` are given, the next
/// SLA due instant filled in.
#[pyfunction]
#[pyo3(signature = (ticket, triage, catalog, *, sla=None, now=None, zone="UTC", tone=None, missing="marker", templates=None))]
#[allow(clippy::too_many_arguments)]
pub fn suggest_reply(
    #[pyo3(from_py_with = crate::convert::arg::class::ticket)] ticket: PyRef<'_, PyTicket>,
    #[pyo3(from_py_with = crate::convert::arg::class::triage)] triage: PyRef<'_, PyTriage>,
    #[pyo3(from_py_with = crate::convert::arg::class::catalog)] catalog: PyRef<'_, PyReplyCatalog>,
    #[pyo3(from_py_with = crate::convert::arg::class::sla)] sla: Option<PyRef<'_, PySla>>,
    now: Option<&Bound<'_, PyAny>>,
    #[pyo3(from_py_with = crate::convert::arg::text::zone)] zone: &str,
    #[pyo3(from_py_with = crate::convert::arg::opt_text::tone)] tone: Option<&str>,
    #[pyo3(from_py_with = crate::convert::arg::text::missing)] missing: &str,
    templates: Option<BTreeMap<String, String>>,
) -> PyResult<Option<PySuggestedReply>> {
    let mut options = SuggestOptions::default()
        .zone(caredesk::reply::parse_zone(zone, "zone").py()?)
        .missing(MissingPolicy::parse_field(missing, "missing").py()?);
    if let Some(tone) = tone {
        options = options.tone(Tone::parse_field(tone, "tone").py()?);
    }
    options.templates = templates.unwrap_or_default();
    let now = now.map(|n| instant(n, "now")).transpose()?;
    let clock = sla_clock(sla.as_ref().map(|s| &*s.inner), now).py()?;
    let suggestion =
        suggest_for_ticket(ticket.get(), &triage.inner, clock, &catalog.inner, &options).py()?;
    Ok(suggestion.map(|inner| PySuggestedReply { inner }))
}

/// A suggested reply (frozen): the template chosen, the topic it answers,
/// the arguments filled from the ticket, and the rendered reply.
#[pyclass(module = "caredesk._caredesk", name = "SuggestedReply", frozen)]
pub struct PySuggestedReply {
    inner: SuggestedReply,
}

#[pymethods]
impl PySuggestedReply {
    /// The message id rendered (`order-status`).
    #[getter]
    fn message_id(&self) -> &str {
        &self.inner.message_id
    }
    /// The triaged topic it answers (`order_status`).
    #[getter]
    fn topic(&self) -> &str {
        &self.inner.topic
    }
    /// The argument names filled from the ticket.
    #[getter]
    fn filled(&self) -> Vec<String> {
        self.inner.filled.clone()
    }
    /// The rendered reply; its `missing_args` are left for the agent.
    #[getter]
    fn reply(&self) -> PyReply {
        PyReply {
            inner: self.inner.reply.clone(),
        }
    }

    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_py_value(py, &serde_json::to_value(&self.inner).unwrap_or_default())
    }

    fn __repr__(&self) -> String {
        format!(
            "SuggestedReply(message_id={:?}, topic={:?}, locale_used={:?}, filled={:?}, missing_args={:?})",
            self.inner.message_id,
            self.inner.topic,
            self.inner.reply.locale_used,
            self.inner.filled,
            self.inner.reply.missing_args
        )
    }
}
