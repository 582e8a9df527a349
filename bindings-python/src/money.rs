//! `caredesk.Money`.

use caredesk::Money;
use pyo3::prelude::*;
use pyo3::types::PyDict;

use crate::errors::IntoPy;

/// A non-negative amount in integer minor units of an ISO 4217 currency.
#[pyclass(module = "caredesk._caredesk", name = "Money", frozen, eq, hash)]
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct PyMoney {
    pub inner: Money,
}

#[pymethods]
impl PyMoney {
    #[new]
    fn new(
        minor: &Bound<'_, PyAny>,
        #[pyo3(from_py_with = crate::convert::arg::text::currency)] currency: &str,
    ) -> PyResult<Self> {
        let minor: i64 = crate::convert::int(minor, "minor")?;
        Ok(PyMoney {
            inner: Money::new(minor, currency).py()?,
        })
    }

    /// Parses a plain decimal such as "19.99".
    #[staticmethod]
    fn parse(
        #[pyo3(from_py_with = crate::convert::arg::text::amount)] amount: &str,
        #[pyo3(from_py_with = crate::convert::arg::text::currency)] currency: &str,
    ) -> PyResult<Self> {
        Ok(PyMoney {
            inner: Money::parse(amount, currency).py()?,
        })
    }

    /// Reads `{"minor": ..., "currency": ...}`.
    #[staticmethod]
    fn from_dict(data: &Bound<'_, PyAny>) -> PyResult<Self> {
        let value = crate::convert::to_value(data, "")?;
        Ok(PyMoney {
            inner: caredesk::wire::from_value(value).py()?,
        })
    }

    #[getter]
    fn minor(&self) -> i64 {
        self.inner.minor()
    }

    #[getter]
    fn currency(&self) -> &'static str {
        self.inner_code()
    }

    #[getter]
    fn exponent(&self) -> u8 {
        self.inner.currency().exponent()
    }

    fn __add__(&self, other: &PyMoney) -> PyResult<PyMoney> {
        Ok(PyMoney {
            inner: self.inner.checked_add(&other.inner).py()?,
        })
    }

    fn __sub__(&self, other: &PyMoney) -> PyResult<PyMoney> {
        Ok(PyMoney {
            inner: self.inner.checked_sub(&other.inner).py()?,
        })
    }

    fn __mul__(&self, factor: u32) -> PyResult<PyMoney> {
        Ok(PyMoney {
            inner: self.inner.checked_mul(factor).py()?,
        })
    }

    /// The share `bps / 10000`, rounded half to even.
    fn percent_bps(&self, bps: &Bound<'_, PyAny>) -> PyResult<PyMoney> {
        let bps: u32 = crate::convert::int(bps, "bps")?;
        Ok(PyMoney {
            inner: self.inner.percent_bps(bps).py()?,
        })
    }

    /// Splits in proportion to `weights`; the parts sum to the whole.
    fn allocate(&self, weights: Vec<u64>) -> PyResult<Vec<PyMoney>> {
        Ok(self
            .inner
            .allocate(&weights)
            .py()?
            .into_iter()
            .map(|inner| PyMoney { inner })
            .collect())
    }

    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("minor", self.inner.minor())?;
        d.set_item("currency", self.inner_code())?;
        Ok(d)
    }

    fn __str__(&self) -> String {
        self.inner.to_string()
    }

    fn __repr__(&self) -> String {
        format!(
            "Money({:?}, {:?})",
            self.inner.to_decimal_string(),
            self.inner_code()
        )
    }
}

impl PyMoney {
    fn inner_code(&self) -> &'static str {
        self.inner.currency().code()
    }
}
