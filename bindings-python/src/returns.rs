//! `caredesk.ReturnPolicy`, `evaluate_return` and the decision classes.

use std::sync::Arc;

use caredesk::Money;
use caredesk::returns::{
    AuditFinding, Deadlines, DecisionMoney, ItemDecision, ItemMoney, Reason, ReturnDecision,
    ReturnPolicy, ReturnPolicyConfig, ReturnRequest,
};
use chrono::NaiveDate;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList};
use serde::Serialize;

use crate::batch::{OnError, into_list, read_items};
use crate::convert::{instant, to_py_value, to_value};
use crate::errors::{IntoPy, to_py};
use crate::money::PyMoney;

/// The wire name of a unit enum (`"statutory_withdrawal"`).
fn name<T: Serialize>(v: &T) -> String {
    serde_json::to_value(v)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

fn money(m: Money) -> PyMoney {
    PyMoney { inner: m }
}

fn read_request(data: &Bound<'_, PyAny>, field: &str) -> PyResult<ReturnRequest> {
    caredesk::wire::from_value(to_value(data, field)?).map_err(|e| to_py(e.within(field)))
}

/// A shop's return policy, validated and compiled once; the law of each
/// consumer's country is built in.
#[pyclass(module = "caredesk._caredesk", name = "ReturnPolicy", frozen)]
pub struct PyReturnPolicy {
    inner: Arc<ReturnPolicy>,
}

fn wrap(p: ReturnPolicy) -> PyReturnPolicy {
    PyReturnPolicy { inner: Arc::new(p) }
}

#[pymethods]
impl PyReturnPolicy {
    /// `config` is a dict in the TOML/JSON schema; every section is optional,
    /// and no config at all gives the built-in defaults.
    #[new]
    #[pyo3(signature = (config=None))]
    fn new(config: Option<&Bound<'_, PyAny>>) -> PyResult<Self> {
        let config: ReturnPolicyConfig = match config {
            Some(c) => caredesk::wire::from_value(to_value(c, "")?).py()?,
            None => ReturnPolicyConfig::default(),
        };
        Ok(wrap(ReturnPolicy::new(config).py()?))
    }

    /// Reads, validates and compiles a JSON policy.
    #[staticmethod]
    fn from_json(
        #[pyo3(from_py_with = crate::convert::arg::text::text)] text: &str,
    ) -> PyResult<Self> {
        Ok(wrap(ReturnPolicy::from_json(text).py()?))
    }

    /// Reads, validates and compiles a TOML policy.
    #[staticmethod]
    fn from_toml(
        #[pyo3(from_py_with = crate::convert::arg::text::text)] text: &str,
    ) -> PyResult<Self> {
        Ok(wrap(ReturnPolicy::from_toml(text).py()?))
    }

    /// The configuration as a dict, defaults filled in.
    #[getter]
    fn config<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        to_py_value(
            py,
            &serde_json::to_value(self.inner.config()).unwrap_or_default(),
        )
    }

    /// The policy's `name`, if it has one.
    #[getter]
    fn name(&self) -> Option<&str> {
        self.inner.config().name.as_deref()
    }

    /// `"change_of_mind"` or `"fault"` for a reason the policy knows, else None.
    fn reason_class(
        &self,
        #[pyo3(from_py_with = crate::convert::arg::text::reason)] reason: &str,
    ) -> Option<String> {
        self.inner.reason_class(reason).map(|c| name(&c))
    }

    /// Where the policy, as it applies in `country` (`"DE"`) or a region
    /// (`"US-CA"`), is less generous than the law there. Not errors:
    /// `evaluate_return` applies the law anyway.
    fn audit(
        &self,
        #[pyo3(from_py_with = crate::convert::arg::text::country)] country: &str,
    ) -> PyResult<Vec<PyReturnAuditFinding>> {
        Ok(self
            .inner
            .audit(country)
            .py()?
            .into_iter()
            .map(|inner| PyReturnAuditFinding { inner })
            .collect())
    }

    fn __repr__(&self) -> String {
        match &self.inner.config().name {
            Some(n) => format!("ReturnPolicy(name={n:?})"),
            None => "ReturnPolicy()".to_string(),
        }
    }
}

/// Evaluates one return request (a dict in the wire format) under `policy`
/// at `now` (a tz-aware datetime).
#[pyfunction]
pub fn evaluate_return(
    request: &Bound<'_, PyAny>,
    #[pyo3(from_py_with = crate::convert::arg::class::policy)] policy: PyRef<'_, PyReturnPolicy>,
    now: &Bound<'_, PyAny>,
) -> PyResult<PyReturnDecision> {
    let request = read_request(request, "")?;
    let now = instant(now, "now")?;
    let decision = caredesk::returns::evaluate(&request, &policy.inner, now).py()?;
    Ok(PyReturnDecision { inner: decision })
}

/// Evaluates many requests at the same `now` without holding the GIL.
///
/// `errors="raise"` raises the first failure (its field prefixed with
/// `requests[i]`); `errors="return"` puts the exception object in that
/// request's place and goes on.
#[pyfunction]
#[pyo3(signature = (requests, policy, now, *, errors="raise"))]
pub fn evaluate_returns<'py>(
    py: Python<'py>,
    requests: &Bound<'py, PyAny>,
    #[pyo3(from_py_with = crate::convert::arg::class::policy)] policy: PyRef<'py, PyReturnPolicy>,
    now: &Bound<'py, PyAny>,
    #[pyo3(from_py_with = crate::convert::arg::text::errors)] errors: &str,
) -> PyResult<Bound<'py, PyList>> {
    let on_error = OnError::parse(errors)?;
    let now = instant(now, "now")?;
    let read = read_items(requests, "requests", on_error, read_request)?;
    let policy = Arc::clone(&policy.inner);
    let parsed = read.items;
    let results = py.detach(|| caredesk::returns::evaluate_many(&parsed, &policy, now));
    into_list(py, read.unread, results, "requests", on_error, |inner| {
        PyReturnDecision { inner }
    })
}

/// The decision on a return request (frozen). `str()` and `repr()` give
/// the plain-text account; `to_json()` the wire form.
#[pyclass(module = "caredesk._caredesk", name = "ReturnDecision", frozen, eq)]
#[derive(PartialEq)]
pub struct PyReturnDecision {
    inner: ReturnDecision,
}

#[pymethods]
impl PyReturnDecision {
    /// The consumer's country (`"DE"`).
    #[getter]
    fn country(&self) -> String {
        self.inner.country.to_string()
    }
    /// The consumer's region as given (`"US-CA"`), or None.
    #[getter]
    fn region(&self) -> Option<&str> {
        self.inner.region.as_deref()
    }
    /// The statutory floor applied (`"DE"`, `"EU"`, `"US-CA"`, `"none"`).
    #[getter]
    fn floor(&self) -> &'static str {
        self.inner.floor
    }
    /// The day of the request in the consumer's time zone.
    #[getter]
    fn requested_on(&self) -> NaiveDate {
        self.inner.requested_on
    }
    /// The currency of every amount.
    #[getter]
    fn currency(&self) -> &'static str {
        self.inner.currency.code()
    }
    /// At least one item may be returned.
    #[getter]
    fn eligible(&self) -> bool {
        self.inner.eligible
    }
    /// Per item, in request order.
    #[getter]
    fn items(&self) -> Vec<PyReturnItemDecision> {
        self.inner
            .items
            .iter()
            .cloned()
            .map(|inner| PyReturnItemDecision { inner })
            .collect()
    }
    /// The totals.
    #[getter]
    fn money(&self) -> PyReturnMoney {
        PyReturnMoney {
            inner: self.inner.money,
        }
    }
    /// `"none"` (nothing to send back), `"shop"` or `"customer"`.
    #[getter]
    fn return_label(&self) -> String {
        name(&self.inner.return_label)
    }
    /// `"original_payment"`, `"bank_transfer"` or `"store_credit"`.
    #[getter]
    fn refund_to(&self) -> String {
        name(&self.inner.refund_to)
    }
    /// Reasons about the request as a whole (shipping, refund route).
    #[getter]
    fn reasons(&self) -> Vec<PyReturnReason> {
        reasons(&self.inner.reasons)
    }
    /// Every reason code in the decision, request-level first.
    #[getter]
    fn codes(&self) -> Vec<&'static str> {
        self.inner.codes().collect()
    }

    /// The decision as a dict with the attributes' values (dates, `Money`).
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        let i = &self.inner;
        d.set_item("country", i.country.to_string())?;
        d.set_item("region", i.region.as_deref())?;
        d.set_item("floor", i.floor)?;
        d.set_item("requested_on", i.requested_on)?;
        d.set_item("currency", i.currency.code())?;
        d.set_item("eligible", i.eligible)?;
        let items = PyList::empty(py);
        for it in &i.items {
            items.append(item_dict(py, it)?)?;
        }
        d.set_item("items", items)?;
        d.set_item("money", decision_money_dict(py, &i.money)?)?;
        d.set_item("return_label", name(&i.return_label))?;
        d.set_item("refund_to", name(&i.refund_to))?;
        d.set_item("reasons", reasons_list(py, &i.reasons)?)?;
        Ok(d)
    }

    /// The decision as JSON text (dates `YYYY-MM-DD`, money
    /// `{"minor", "currency"}`), the form the shared test vectors use.
    fn to_json(&self) -> String {
        self.inner.to_json()
    }

    fn __str__(&self) -> String {
        self.inner.to_string().trim_end().to_string()
    }

    fn __repr__(&self) -> String {
        self.__str__()
    }
}

fn reasons(list: &[Reason]) -> Vec<PyReturnReason> {
    list.iter().map(|&inner| PyReturnReason { inner }).collect()
}

fn reason_dict<'py>(py: Python<'py>, r: &Reason) -> PyResult<Bound<'py, PyDict>> {
    let d = PyDict::new(py);
    d.set_item("code", r.code)?;
    d.set_item("kind", name(&r.kind))?;
    d.set_item("text", r.text)?;
    Ok(d)
}

fn reasons_list<'py>(py: Python<'py>, list: &[Reason]) -> PyResult<Bound<'py, PyList>> {
    let out = PyList::empty(py);
    for r in list {
        out.append(reason_dict(py, r)?)?;
    }
    Ok(out)
}

fn deadlines_dict<'py>(py: Python<'py>, d: &Deadlines) -> PyResult<Bound<'py, PyDict>> {
    let out = PyDict::new(py);
    for (key, date) in deadline_fields(d) {
        out.set_item(key, date)?;
    }
    Ok(out)
}

fn deadline_fields(d: &Deadlines) -> [(&'static str, Option<NaiveDate>); 7] {
    [
        ("notify_by", d.notify_by),
        ("withdrawal_ends_on", d.withdrawal_ends_on),
        ("ship_back_by", d.ship_back_by),
        ("refund_due_by", d.refund_due_by),
        ("reject_by", d.reject_by),
        ("guarantee_ends_on", d.guarantee_ends_on),
        ("presumption_ends_on", d.presumption_ends_on),
    ]
}

fn item_money_fields(m: &ItemMoney) -> [(&'static str, Money); 5] {
    [
        ("price", m.price),
        ("refund", m.refund),
        ("restocking_fee", m.restocking_fee),
        ("loss_of_value", m.loss_of_value),
        ("store_credit_bonus", m.store_credit_bonus),
    ]
}

fn decision_money_fields(m: &DecisionMoney) -> [(&'static str, Option<Money>); 5] {
    [
        ("items_refund", Some(m.items_refund)),
        ("outbound_shipping_refund", Some(m.outbound_shipping_refund)),
        ("return_shipping_charged", Some(m.return_shipping_charged)),
        ("total", Some(m.total)),
        ("store_credit_total", m.store_credit_total),
    ]
}

fn item_money_dict<'py>(py: Python<'py>, m: &ItemMoney) -> PyResult<Bound<'py, PyDict>> {
    let d = PyDict::new(py);
    for (key, amount) in item_money_fields(m) {
        d.set_item(key, Py::new(py, money(amount))?)?;
    }
    Ok(d)
}

fn decision_money_dict<'py>(py: Python<'py>, m: &DecisionMoney) -> PyResult<Bound<'py, PyDict>> {
    let d = PyDict::new(py);
    for (key, amount) in decision_money_fields(m) {
        match amount {
            Some(a) => d.set_item(key, Py::new(py, money(a))?)?,
            None => d.set_item(key, py.None())?,
        }
    }
    Ok(d)
}

fn item_dict<'py>(py: Python<'py>, it: &ItemDecision) -> PyResult<Bound<'py, PyDict>> {
    let d = PyDict::new(py);
    d.set_item("index", it.index)?;
    d.set_item("sku", &it.sku)?;
    d.set_item("reason_class", name(&it.reason_class))?;
    d.set_item("eligible", it.eligible)?;
    d.set_item("regime", it.regime.map(|r| name(&r)))?;
    d.set_item("decided_by", name(&it.decided_by))?;
    d.set_item("review", it.review)?;
    d.set_item(
        "resolutions",
        it.resolutions.iter().map(name).collect::<Vec<_>>(),
    )?;
    d.set_item("deadlines", deadlines_dict(py, &it.deadlines)?)?;
    d.set_item("money", item_money_dict(py, &it.money)?)?;
    d.set_item("reasons", reasons_list(py, &it.reasons)?)?;
    Ok(d)
}

/// The decision for one item (frozen).
#[pyclass(module = "caredesk._caredesk", name = "ReturnItemDecision", frozen)]
pub struct PyReturnItemDecision {
    inner: ItemDecision,
}

#[pymethods]
impl PyReturnItemDecision {
    /// Position in the request's `items`.
    #[getter]
    fn index(&self) -> usize {
        self.inner.index
    }
    #[getter]
    fn sku(&self) -> &str {
        &self.inner.sku
    }
    /// `"change_of_mind"` or `"fault"`.
    #[getter]
    fn reason_class(&self) -> String {
        name(&self.inner.reason_class)
    }
    #[getter]
    fn eligible(&self) -> bool {
        self.inner.eligible
    }
    /// `"statutory_withdrawal"`, `"legal_guarantee"`, `"merchant_policy"`,
    /// `"goodwill"`, or None when not eligible.
    #[getter]
    fn regime(&self) -> Option<String> {
        self.inner.regime.map(|r| name(&r))
    }
    /// `"law"` or `"shop"`.
    #[getter]
    fn decided_by(&self) -> String {
        name(&self.inner.decided_by)
    }
    /// The law's answer turns on facts the engine cannot weigh.
    #[getter]
    fn review(&self) -> bool {
        self.inner.review
    }
    /// Resolutions allowed, in the legal order, then the shop's own.
    #[getter]
    fn resolutions(&self) -> Vec<String> {
        self.inner.resolutions.iter().map(name).collect()
    }
    #[getter]
    fn deadlines(&self) -> PyReturnDeadlines {
        PyReturnDeadlines {
            inner: self.inner.deadlines,
        }
    }
    #[getter]
    fn money(&self) -> PyReturnItemMoney {
        PyReturnItemMoney {
            inner: self.inner.money,
        }
    }
    #[getter]
    fn reasons(&self) -> Vec<PyReturnReason> {
        reasons(&self.inner.reasons)
    }

    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        item_dict(py, &self.inner)
    }

    fn __repr__(&self) -> String {
        let it = &self.inner;
        format!(
            "ReturnItemDecision(index={}, sku={:?}, eligible={}, regime={}, decided_by={:?}, refund={})",
            it.index,
            it.sku,
            if it.eligible { "True" } else { "False" },
            it.regime
                .map_or("None".to_string(), |r| format!("{:?}", name(&r))),
            name(&it.decided_by),
            it.money.refund
        )
    }
}

/// The last days (inclusive, in the consumer's time zone) that matter for
/// an item; None where nothing applies (frozen).
#[pyclass(module = "caredesk._caredesk", name = "ReturnDeadlines", frozen)]
pub struct PyReturnDeadlines {
    inner: Deadlines,
}

#[pymethods]
impl PyReturnDeadlines {
    #[getter]
    fn notify_by(&self) -> Option<NaiveDate> {
        self.inner.notify_by
    }
    #[getter]
    fn withdrawal_ends_on(&self) -> Option<NaiveDate> {
        self.inner.withdrawal_ends_on
    }
    #[getter]
    fn ship_back_by(&self) -> Option<NaiveDate> {
        self.inner.ship_back_by
    }
    #[getter]
    fn refund_due_by(&self) -> Option<NaiveDate> {
        self.inner.refund_due_by
    }
    #[getter]
    fn reject_by(&self) -> Option<NaiveDate> {
        self.inner.reject_by
    }
    #[getter]
    fn guarantee_ends_on(&self) -> Option<NaiveDate> {
        self.inner.guarantee_ends_on
    }
    #[getter]
    fn presumption_ends_on(&self) -> Option<NaiveDate> {
        self.inner.presumption_ends_on
    }

    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        deadlines_dict(py, &self.inner)
    }

    fn __repr__(&self) -> String {
        let set: Vec<String> = deadline_fields(&self.inner)
            .iter()
            .filter_map(|(k, d)| d.map(|d| format!("{k}='{d}'")))
            .collect();
        format!("ReturnDeadlines({})", set.join(", "))
    }
}

/// An item's money, all in the decision's currency (frozen). For an
/// eligible item `price == refund + restocking_fee + loss_of_value`.
#[pyclass(module = "caredesk._caredesk", name = "ReturnItemMoney", frozen)]
pub struct PyReturnItemMoney {
    inner: ItemMoney,
}

#[pymethods]
impl PyReturnItemMoney {
    /// Unit price times quantity.
    #[getter]
    fn price(&self) -> PyMoney {
        money(self.inner.price)
    }
    #[getter]
    fn refund(&self) -> PyMoney {
        money(self.inner.refund)
    }
    #[getter]
    fn restocking_fee(&self) -> PyMoney {
        money(self.inner.restocking_fee)
    }
    #[getter]
    fn loss_of_value(&self) -> PyMoney {
        money(self.inner.loss_of_value)
    }
    #[getter]
    fn store_credit_bonus(&self) -> PyMoney {
        money(self.inner.store_credit_bonus)
    }

    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        item_money_dict(py, &self.inner)
    }

    fn __repr__(&self) -> String {
        let parts: Vec<String> = item_money_fields(&self.inner)
            .iter()
            .map(|(k, m)| format!("{k}={m}"))
            .collect();
        format!("ReturnItemMoney({})", parts.join(", "))
    }
}

/// The request's money (frozen): `total == items_refund +
/// outbound_shipping_refund - return_shipping_charged`.
#[pyclass(module = "caredesk._caredesk", name = "ReturnMoney", frozen)]
pub struct PyReturnMoney {
    inner: DecisionMoney,
}

#[pymethods]
impl PyReturnMoney {
    #[getter]
    fn items_refund(&self) -> PyMoney {
        money(self.inner.items_refund)
    }
    #[getter]
    fn outbound_shipping_refund(&self) -> PyMoney {
        money(self.inner.outbound_shipping_refund)
    }
    #[getter]
    fn return_shipping_charged(&self) -> PyMoney {
        money(self.inner.return_shipping_charged)
    }
    /// What the consumer gets back.
    #[getter]
    fn total(&self) -> PyMoney {
        money(self.inner.total)
    }
    /// The total as store credit, bonus included, when store credit is offered.
    #[getter]
    fn store_credit_total(&self) -> Option<PyMoney> {
        self.inner.store_credit_total.map(money)
    }

    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        decision_money_dict(py, &self.inner)
    }

    fn __repr__(&self) -> String {
        let parts: Vec<String> = decision_money_fields(&self.inner)
            .iter()
            .map(|(k, m)| match m {
                Some(m) => format!("{k}={m}"),
                None => format!("{k}=None"),
            })
            .collect();
        format!("ReturnMoney({})", parts.join(", "))
    }
}

/// One step of a decision's explanation: a stable code, whose rule it is
/// (`"law"`, `"shop"`, or `"override"`: the law over a shop term), and text.
#[pyclass(module = "caredesk._caredesk", name = "ReturnReason", frozen, eq)]
#[derive(PartialEq)]
pub struct PyReturnReason {
    inner: Reason,
}

#[pymethods]
impl PyReturnReason {
    #[getter]
    fn code(&self) -> &'static str {
        self.inner.code
    }
    #[getter]
    fn kind(&self) -> String {
        name(&self.inner.kind)
    }
    #[getter]
    fn text(&self) -> &'static str {
        self.inner.text
    }

    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        reason_dict(py, &self.inner)
    }

    fn __repr__(&self) -> String {
        format!(
            "ReturnReason(code={:?}, kind={:?}, text={:?})",
            self.inner.code,
            name(&self.inner.kind),
            self.inner.text
        )
    }
}

/// One place where a policy is less generous than the law (frozen).
#[pyclass(module = "caredesk._caredesk", name = "ReturnAuditFinding", frozen)]
pub struct PyReturnAuditFinding {
    inner: AuditFinding,
}

#[pymethods]
impl PyReturnAuditFinding {
    /// The policy field (`"window.days"`, `"overrides.DE.restocking_fee"`).
    #[getter]
    fn field(&self) -> &str {
        &self.inner.field
    }
    /// The rule of law it falls short of (`"law.eu.crd.art9"`).
    #[getter]
    fn code(&self) -> &'static str {
        self.inner.code
    }
    /// The rule's source.
    #[getter]
    fn source(&self) -> &'static str {
        self.inner.source
    }
    /// What the law requires instead.
    #[getter]
    fn text(&self) -> &'static str {
        self.inner.text
    }

    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("field", &self.inner.field)?;
        d.set_item("code", self.inner.code)?;
        d.set_item("source", self.inner.source)?;
        d.set_item("text", self.inner.text)?;
        Ok(d)
    }

    fn __repr__(&self) -> String {
        format!(
            "ReturnAuditFinding(field={:?}, code={:?})",
            self.inner.field, self.inner.code
        )
    }
}
