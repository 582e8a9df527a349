//! `caredesk.Calendar`, `caredesk.Holiday` and the holiday functions.

use caredesk::Error;
use caredesk::calendar::{Calendar, CalendarConfig, holidays};
use chrono::{NaiveDate, TimeDelta};
use pyo3::prelude::*;
use pyo3::types::{PyDate, PyDateTime, PyDict, PyList};

use crate::convert::{instant, py_delta, py_instant, to_py_value, to_value};
use crate::errors::{IntoPy, to_py};

/// A business-hours calendar compiled from a config dict, JSON or TOML.
#[pyclass(module = "caredesk._caredesk", name = "Calendar", frozen)]
pub struct PyCalendar {
    inner: Calendar,
}

/// Reads a `datetime.date` (not a `datetime`, whose date would depend on a zone).
fn date(obj: &Bound<'_, PyAny>, field: &str) -> PyResult<NaiveDate> {
    if obj.is_instance_of::<PyDate>() && !obj.is_instance_of::<PyDateTime>() {
        return obj.extract();
    }
    let got = if obj.is_instance_of::<PyDateTime>() {
        "a datetime (pass its .date() in the calendar's zone)".to_string()
    } else {
        obj.get_type()
            .name()
            .map(|n| n.to_string())
            .unwrap_or_else(|_| "an object".into())
    };
    Err(to_py(Error::InvalidField {
        field: field.into(),
        problem: format!("expected a datetime.date, got {got}"),
    }))
}

/// A date for Python, which knows the years 1 to 9999 only.
fn py_date<'py>(py: Python<'py>, d: NaiveDate, field: &str) -> PyResult<Bound<'py, PyAny>> {
    d.into_pyobject(py).map(Bound::into_any).map_err(|_| {
        to_py(Error::InvalidField {
            field: field.into(),
            problem: format!("{d} is outside the dates Python can represent (years 1 to 9999)"),
        })
    })
}

#[pymethods]
impl PyCalendar {
    /// Compiles a config dict (the JSON schema; dates as `date` or `"YYYY-MM-DD"`).
    #[new]
    fn new(config: &Bound<'_, PyAny>) -> PyResult<Self> {
        let config: CalendarConfig = caredesk::wire::from_value(to_value(config, "")?).py()?;
        Ok(PyCalendar {
            inner: Calendar::new(config).py()?,
        })
    }

    /// Compiles a JSON config.
    #[staticmethod]
    fn from_json(
        #[pyo3(from_py_with = crate::convert::arg::text::text)] text: &str,
    ) -> PyResult<Self> {
        Ok(PyCalendar {
            inner: Calendar::from_json(text).py()?,
        })
    }

    /// Compiles a TOML config.
    #[staticmethod]
    fn from_toml(
        #[pyo3(from_py_with = crate::convert::arg::text::text)] text: &str,
    ) -> PyResult<Self> {
        Ok(PyCalendar {
            inner: Calendar::from_toml(text).py()?,
        })
    }

    /// Whether the calendar is open at `t`.
    fn is_open(&self, t: &Bound<'_, PyAny>) -> PyResult<bool> {
        Ok(self.inner.is_open(instant(t, "t")?))
    }

    /// The first open instant at or after `t`.
    fn next_open<'py>(&self, t: &Bound<'py, PyAny>) -> PyResult<Option<Bound<'py, PyAny>>> {
        let next = self.inner.next_open(instant(t, "t")?);
        next.map(|n| py_instant(t.py(), n)).transpose()
    }

    /// The end of the open period containing `t`, or of the next one.
    fn next_close<'py>(&self, t: &Bound<'py, PyAny>) -> PyResult<Option<Bound<'py, PyAny>>> {
        let next = self.inner.next_close(instant(t, "t")?);
        next.map(|n| py_instant(t.py(), n)).transpose()
    }

    /// The instant at which `business_duration` of open time has elapsed from `start`.
    fn add<'py>(
        &self,
        start: &Bound<'py, PyAny>,
        business_duration: TimeDelta,
    ) -> PyResult<Bound<'py, PyAny>> {
        let due = self
            .inner
            .add(instant(start, "start")?, business_duration)
            .py()?;
        py_instant(start.py(), due)
    }

    /// The business time inside `[a, b)`.
    fn between<'py>(
        &self,
        a: &Bound<'py, PyAny>,
        b: &Bound<'_, PyAny>,
    ) -> PyResult<Bound<'py, PyAny>> {
        py_delta(
            a.py(),
            self.inner.between(instant(a, "a")?, instant(b, "b")?),
        )
    }

    /// Whether the local `date` has open hours.
    fn is_business_day(&self, date: &Bound<'_, PyAny>) -> PyResult<bool> {
        Ok(self.inner.is_business_day(self::date(date, "date")?))
    }

    /// The local date `n` business days after `date` (before it for negative `n`).
    fn add_business_days<'py>(
        &self,
        py: Python<'py>,
        date: &Bound<'_, PyAny>,
        n: &Bound<'_, PyAny>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let n: i64 = crate::convert::int(n, "n")?;
        let d = self
            .inner
            .add_business_days(self::date(date, "date")?, n)
            .py()?;
        py_date(py, d, "n")
    }

    /// The IANA zone name.
    #[getter]
    fn zone(&self) -> &'static str {
        self.inner.zone().name()
    }

    /// The config this calendar was compiled from, as a dict (dates as `"YYYY-MM-DD"`).
    #[getter]
    fn config<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_py_value(
            py,
            &serde_json::to_value(self.inner.config()).unwrap_or_default(),
        )
    }

    fn __repr__(&self) -> String {
        let c = self.inner.config();
        format!(
            "Calendar(zone={:?}, holiday_sets={:?}, weekly_open_hours={})",
            c.zone,
            c.holiday_sets,
            self.inner.weekly_open_time().num_seconds() as f64 / 3600.0
        )
    }
}

/// One public holiday.
#[pyclass(module = "caredesk._caredesk", name = "Holiday", frozen, eq, hash)]
#[derive(PartialEq, Eq, Hash)]
pub struct PyHoliday {
    inner: holidays::Holiday,
}

#[pymethods]
impl PyHoliday {
    /// The day off.
    #[getter]
    fn date(&self) -> NaiveDate {
        self.inner.date
    }

    /// Its English name.
    #[getter]
    fn name(&self) -> &str {
        &self.inner.name
    }

    /// `{"date": "YYYY-MM-DD", "name": ...}`, the wire format.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("date", self.inner.date.to_string())?;
        d.set_item("name", &self.inner.name)?;
        Ok(d)
    }

    fn __repr__(&self) -> String {
        format!(
            "Holiday({:?}, {:?})",
            self.inner.date.to_string(),
            self.inner.name
        )
    }
}

/// The public holidays of `country` in `year`, sorted by date.
#[pyfunction(name = "holidays")]
pub fn py_holidays(
    #[pyo3(from_py_with = crate::convert::arg::text::country)] country: &str,
    year: &Bound<'_, PyAny>,
) -> PyResult<Vec<PyHoliday>> {
    let year: i32 = crate::convert::int(year, "year")?;
    Ok(holidays::for_country(country, year)
        .py()?
        .into_iter()
        .map(|inner| PyHoliday { inner })
        .collect())
}

/// Easter Sunday (Gregorian) of `year`.
#[pyfunction]
pub fn easter<'py>(py: Python<'py>, year: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyAny>> {
    let year: i32 = crate::convert::int(year, "year")?;
    let out_of_range = || {
        to_py(Error::InvalidField {
            field: "year".into(),
            problem: format!("{year} is outside the years 1 to 9999"),
        })
    };
    let d = holidays::easter(year).ok_or_else(out_of_range)?;
    py_date(py, d, "year")
}

/// The all-day events of an iCalendar text as holiday dicts for a config's `holidays`.
#[pyfunction]
pub fn holidays_from_ics<'py>(
    py: Python<'py>,
    #[pyo3(from_py_with = crate::convert::arg::text::text)] text: &str,
) -> PyResult<Bound<'py, PyList>> {
    let days = caredesk::calendar::holidays_from_ics(text).py()?;
    let list = PyList::empty(py);
    for d in days {
        list.append(to_py_value(
            py,
            &serde_json::to_value(d).unwrap_or_default(),
        )?)?;
    }
    Ok(list)
}
