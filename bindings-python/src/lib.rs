//! Python bindings for caredesk: conversions and forwarding only, every rule
//! lives in the `caredesk` crate.

mod calendar;
mod convert;
mod errors;
mod money;
mod ticket;

use pyo3::prelude::*;

/// The native module behind the `caredesk` package.
#[pymodule]
fn _caredesk(m: &Bound<'_, PyModule>) -> PyResult<()> {
    errors::register(m)?;
    m.add_class::<money::PyMoney>()?;
    m.add_class::<ticket::PyTicket>()?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add_class::<calendar::PyCalendar>()?;
    m.add_class::<calendar::PyHoliday>()?;
    m.add_function(wrap_pyfunction!(calendar::py_holidays, m)?)?;
    m.add_function(wrap_pyfunction!(calendar::easter, m)?)?;
    m.add_function(wrap_pyfunction!(calendar::holidays_from_ics, m)?)?;
    Ok(())
}
