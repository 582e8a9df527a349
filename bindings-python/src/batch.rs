//! The shared tail of every batch call: what to do with a failing item, and
//! turning the core's per-item results into a Python list.

use pyo3::prelude::*;
use pyo3::types::PyList;

use crate::errors::to_py;

/// `errors="raise"` or `errors="return"`.
#[derive(Clone, Copy)]
pub enum OnError {
    /// Raise the first failure.
    Raise,
    /// Put the exception object in the failing item's place.
    Return,
}

impl OnError {
    /// Reads the `errors` keyword.
    pub fn parse(errors: &str) -> PyResult<Self> {
        match errors {
            "raise" => Ok(OnError::Raise),
            "return" => Ok(OnError::Return),
            other => Err(to_py(caredesk::Error::UnknownValue {
                field: "errors".into(),
                value: other.into(),
                expected: "raise, return".into(),
            })),
        }
    }
}

/// One Python object per result, in order; a failure's field is prefixed
/// with `name[i]` (`tickets[3].now`).
pub fn into_list<'py, T, P>(
    py: Python<'py>,
    results: Vec<caredesk::Result<T>>,
    name: &str,
    on_error: OnError,
    wrap: impl Fn(T) -> P,
) -> PyResult<Bound<'py, PyList>>
where
    P: pyo3::PyClass + Into<pyo3::PyClassInitializer<P>>,
{
    let out = PyList::empty(py);
    for (i, result) in results.into_iter().enumerate() {
        match result {
            Ok(value) => out.append(Py::new(py, wrap(value))?)?,
            Err(e) => {
                let err = to_py(e.within(&format!("{name}[{i}]")));
                match on_error {
                    OnError::Raise => return Err(err),
                    OnError::Return => out.append(err.into_value(py))?,
                }
            }
        }
    }
    Ok(out)
}
