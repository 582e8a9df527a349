//! Core errors as Python exceptions.
//!
//! `CaredeskError` is the base; each code family (`input`, `money`, `ticket`,
//! `sla`, `triage`, `returns`, `reply`) has a subclass. Every raised exception carries `.code` (the core's stable
//! code, e.g. `"ticket.closed"`) and `.field` (the input path, or `None`).

use pyo3::create_exception;
use pyo3::exceptions::PyException;
use pyo3::prelude::*;

create_exception!(
    caredesk,
    CaredeskError,
    PyException,
    "Base class of every caredesk error; carries `.code` and `.field`."
);
create_exception!(
    caredesk,
    InputError,
    CaredeskError,
    "Input of the wrong shape or value (codes `input.*`)."
);
create_exception!(
    caredesk,
    MoneyError,
    CaredeskError,
    "Money arithmetic or currency errors (codes `money.*`)."
);
create_exception!(
    caredesk,
    TicketError,
    CaredeskError,
    "Ticket lifecycle rule broken (codes `ticket.*`)."
);
create_exception!(
    caredesk,
    SlaError,
    CaredeskError,
    "Business-hours calendar and SLA timer errors (codes `sla.*`)."
);

create_exception!(
    caredesk,
    TriageError,
    CaredeskError,
    "A triage rule that cannot be compiled, training rows a model cannot be learned from, or a model file that cannot be read (codes `triage.*`)."
);

create_exception!(
    caredesk,
    ReturnsError,
    CaredeskError,
    "A return policy or request that breaks a return rule (codes `returns.*`)."
);

create_exception!(
    caredesk,
    ReplyError,
    CaredeskError,
    "A reply that cannot be rendered, or a template catalog that cannot be compiled (codes `reply.*`)."
);

/// Converts a core error into the matching Python exception.
pub fn to_py(err: caredesk::Error) -> PyErr {
    let message = err.to_string();
    let py_err = match err.family() {
        "input" => InputError::new_err(message),
        "money" => MoneyError::new_err(message),
        "ticket" => TicketError::new_err(message),
        "sla" => SlaError::new_err(message),
        "triage" => TriageError::new_err(message),
        "returns" => ReturnsError::new_err(message),
        "reply" => ReplyError::new_err(message),
        _ => CaredeskError::new_err(message),
    };
    Python::attach(|py| {
        let value = py_err.value(py);
        // Setting attributes on a fresh exception instance cannot fail in practice;
        // if it did, the exception still carries its message.
        let _ = value.setattr("code", err.code());
        let _ = value.setattr("field", err.field());
    });
    py_err
}

/// Registers the exception classes on the module.
pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    let py = m.py();
    m.add("CaredeskError", py.get_type::<CaredeskError>())?;
    m.add("InputError", py.get_type::<InputError>())?;
    m.add("MoneyError", py.get_type::<MoneyError>())?;
    m.add("TicketError", py.get_type::<TicketError>())?;
    m.add("SlaError", py.get_type::<SlaError>())?;
    m.add("TriageError", py.get_type::<TriageError>())?;
    m.add("ReturnsError", py.get_type::<ReturnsError>())?;
    m.add("ReplyError", py.get_type::<ReplyError>())?;
    Ok(())
}

/// Shorthand for mapping a core result.
pub trait IntoPy<T> {
    /// Maps the core error into a Python exception.
    fn py(self) -> PyResult<T>;
}

impl<T> IntoPy<T> for caredesk::Result<T> {
    fn py(self) -> PyResult<T> {
        self.map_err(to_py)
    }
}
