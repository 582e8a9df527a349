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

/// Reads a batch's items with `read` (given the item and its path,
/// `name[i]`). With `errors="raise"` the first item that cannot be read
/// raises; with `errors="return"` it is kept, in its place, for
/// [`into_list`], and the rest are read. Something that cannot be iterated
/// is `input.invalid` naming `name`.
pub fn read_items<'py, I>(
    items: &Bound<'py, PyAny>,
    name: &str,
    on_error: OnError,
    read: impl Fn(&Bound<'py, PyAny>, &str) -> PyResult<I>,
) -> PyResult<Read<I>> {
    let mut out = Read {
        items: Vec::new(),
        unread: Vec::new(),
    };
    let iter = items.try_iter().map_err(|_| {
        to_py(caredesk::Error::InvalidField {
            field: name.into(),
            problem: format!("expected a list, got {}", crate::convert::type_name(items)),
        })
    })?;
    for (i, item) in iter.enumerate() {
        match read(&item?, &format!("{name}[{i}]")) {
            Ok(value) => {
                out.items.push(value);
                out.unread.push(None);
            }
            Err(e) if matches!(on_error, OnError::Return) => out.unread.push(Some(e)),
            Err(e) => return Err(e),
        }
    }
    Ok(out)
}

/// A batch as read: the items that could be read, in order, and for every
/// position of the input the error of an item that could not.
pub struct Read<I> {
    /// The items read.
    pub items: Vec<I>,
    /// One entry per input item: `Some` where it could not be read.
    pub unread: Vec<Option<PyErr>>,
}

/// One Python object per input item, in order: the results of the items
/// read, and the errors of the items that could not be read in their places.
/// A failure's field is prefixed with `name[i]` (`tickets[3].now`).
pub fn into_list<'py, T, P>(
    py: Python<'py>,
    unread: Vec<Option<PyErr>>,
    results: Vec<caredesk::Result<T>>,
    name: &str,
    on_error: OnError,
    wrap: impl Fn(T) -> P,
) -> PyResult<Bound<'py, PyList>>
where
    P: pyo3::PyClass + Into<pyo3::PyClassInitializer<P>>,
{
    let out = PyList::empty(py);
    let mut results = results.into_iter();
    for (i, slot) in unread.into_iter().enumerate() {
        let result = match slot {
            Some(err) => {
                out.append(err.into_value(py))?;
                continue;
            }
            None => results.next().expect("one result per item read"),
        };
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
