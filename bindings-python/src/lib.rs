//! Python bindings for caredesk: conversions and forwarding only, every rule
//! lives in the `caredesk` crate.

mod batch;
mod calendar;
mod composition;
mod convert;
mod errors;
mod money;
mod reply;
mod returns;
mod sla;
mod ticket;
mod triage;

use pyo3::prelude::*;

/// The native module behind the `caredesk` package.
#[pymodule]
fn _caredesk(m: &Bound<'_, PyModule>) -> PyResult<()> {
    errors::register(m)?;
    m.add_class::<money::PyMoney>()?;
    m.add_class::<ticket::PyTicket>()?;
    m.add_class::<sla::PySla>()?;
    m.add_class::<sla::PySlaReport>()?;
    m.add_class::<sla::PyMetricReport>()?;
    m.add_class::<triage::PyTriage>()?;
    m.add_class::<triage::PyTriageResult>()?;
    m.add_function(wrap_pyfunction!(triage::identify_language, m)?)?;
    m.add("EU_LANGUAGES", caredesk::triage::EU_LANGUAGES.to_vec())?;
    m.add_class::<returns::PyReturnPolicy>()?;
    m.add_class::<returns::PyReturnDecision>()?;
    m.add_class::<returns::PyReturnItemDecision>()?;
    m.add_class::<returns::PyReturnDeadlines>()?;
    m.add_class::<returns::PyReturnItemMoney>()?;
    m.add_class::<returns::PyReturnMoney>()?;
    m.add_class::<returns::PyReturnReason>()?;
    m.add_class::<returns::PyReturnAuditFinding>()?;
    m.add_function(wrap_pyfunction!(returns::evaluate_return, m)?)?;
    m.add_function(wrap_pyfunction!(returns::evaluate_returns, m)?)?;
    m.add_class::<reply::PyReplyCatalog>()?;
    m.add_class::<reply::PyReply>()?;
    m.add_class::<reply::PyLintReport>()?;
    m.add_function(wrap_pyfunction!(reply::lint_templates, m)?)?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add_class::<composition::PySuggestedReply>()?;
    m.add_function(wrap_pyfunction!(composition::suggest_reply, m)?)?;
    m.add_class::<calendar::PyCalendar>()?;
    m.add_class::<calendar::PyHoliday>()?;
    m.add_function(wrap_pyfunction!(calendar::py_holidays, m)?)?;
    m.add_function(wrap_pyfunction!(calendar::easter, m)?)?;
    m.add_function(wrap_pyfunction!(calendar::holidays_from_ics, m)?)?;
    Ok(())
}
