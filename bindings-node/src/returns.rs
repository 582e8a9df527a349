//! `ReturnPolicy`, `evaluateReturn` and `evaluateReturns`, forwarded to core;
//! decisions as plain objects.

use std::sync::Arc;

use caredesk::returns::{
    AuditFinding, Deadlines, DecisionMoney, ItemDecision, ItemMoney, Reason,
    ReturnDecision as CoreDecision, ReturnPolicyConfig, ReturnRequest,
};
use chrono::{DateTime, NaiveDate, Utc};
use napi::bindgen_prelude::{AsyncTask, Env, Task, Unknown};
use napi_derive::napi;
use serde::Serialize;
use serde_json::Value;

use crate::convert::{
    MAX_SAFE_INTEGER, array, capacity, document, element, instance, instant, serialize_to_js,
    string, to_json,
};
use crate::error::{OrThrow, js_error};

/// A shop's return policy, validated and compiled once; the law of each
/// consumer's country is built in. Configuration errors throw with `code`
/// and `field` (`returns.negative_window`, `window.days`).
#[napi]
pub struct ReturnPolicy {
    inner: Arc<caredesk::returns::ReturnPolicy>,
}

fn wrap(p: caredesk::returns::ReturnPolicy) -> ReturnPolicy {
    ReturnPolicy { inner: Arc::new(p) }
}

/// The wire name of a unit enum (`"statutory_withdrawal"`).
fn name<T: Serialize>(v: &T) -> String {
    serde_json::to_value(v)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

fn read_request(env: &Env, value: Unknown<'_>, field: &str) -> napi::Result<ReturnRequest> {
    document(env, value, field)
}

#[napi]
impl ReturnPolicy {
    /// Compiles a configuration object (the TOML/JSON schema); no argument
    /// gives the built-in defaults.
    #[napi(constructor, catch_unwind)]
    pub fn new(
        env: &Env,
        #[napi(ts_arg_type = "ReturnPolicyConfigData")] config: Option<Unknown<'_>>,
    ) -> napi::Result<Self> {
        let config: ReturnPolicyConfig = match config {
            Some(c) => caredesk::wire::from_value(to_json(env, c, ".")?).or_throw(env)?,
            None => ReturnPolicyConfig::default(),
        };
        caredesk::returns::ReturnPolicy::new(config)
            .map(wrap)
            .or_throw(env)
    }

    /// Reads, validates and compiles a JSON policy.
    #[napi(factory, catch_unwind)]
    pub fn from_json(
        env: &Env,
        #[napi(ts_arg_type = "string")] text: Unknown<'_>,
    ) -> napi::Result<Self> {
        caredesk::returns::ReturnPolicy::from_json(&string(env, text, "text")?)
            .map(wrap)
            .or_throw(env)
    }

    /// Reads, validates and compiles a TOML policy.
    #[napi(factory, catch_unwind)]
    pub fn from_toml(
        env: &Env,
        #[napi(ts_arg_type = "string")] text: Unknown<'_>,
    ) -> napi::Result<Self> {
        caredesk::returns::ReturnPolicy::from_toml(&string(env, text, "text")?)
            .map(wrap)
            .or_throw(env)
    }

    /// The configuration as written back by core, defaults filled in.
    #[napi(getter, catch_unwind, ts_return_type = "ReturnPolicyConfigData")]
    pub fn config<'e>(&self, env: &'e Env) -> napi::Result<Unknown<'e>> {
        serialize_to_js(env, self.inner.config())
    }

    /// The policy's `name`, if it has one.
    #[napi(getter)]
    pub fn name(&self) -> Option<String> {
        self.inner.config().name.clone()
    }

    /// `change_of_mind` or `fault` for a reason the policy knows, else `null`.
    #[napi(catch_unwind, ts_return_type = "'change_of_mind' | 'fault' | null")]
    pub fn reason_class(
        &self,
        env: &Env,
        #[napi(ts_arg_type = "string")] reason: Unknown<'_>,
    ) -> napi::Result<Option<String>> {
        let reason = string(env, reason, "reason")?;
        Ok(self.inner.reason_class(&reason).map(|c| name(&c)))
    }

    /// Where the policy, as it applies in `country` (`DE`) or a region
    /// (`US-CA`), is less generous than the law there. Not errors:
    /// `evaluateReturn` applies the law anyway.
    #[napi(catch_unwind)]
    pub fn audit(
        &self,
        env: &Env,
        #[napi(ts_arg_type = "string")] country: Unknown<'_>,
    ) -> napi::Result<Vec<ReturnAuditFinding>> {
        let country = string(env, country, "country")?;
        let findings = self.inner.audit(&country).or_throw(env)?;
        Ok(findings.iter().map(ReturnAuditFinding::from).collect())
    }
}

/// Evaluates one return request (the wire format, instants as `Date` or
/// RFC 3339 strings) under `policy` at `now`.
#[napi(catch_unwind)]
pub fn evaluate_return(
    env: &Env,
    #[napi(ts_arg_type = "ReturnRequestData")] request: Unknown<'_>,
    #[napi(ts_arg_type = "ReturnPolicy")] policy: Unknown<'_>,
    #[napi(ts_arg_type = "Date")] now: Unknown<'_>,
) -> napi::Result<ReturnDecision> {
    let request = read_request(env, request, "")?;
    let policy = instance::<ReturnPolicy>(env, policy, "policy", "ReturnPolicy")?;
    let now = instant(env, now, "now")?;
    caredesk::returns::evaluate(&request, &policy.inner, now)
        .map(|d| ReturnDecision::from(&d))
        .or_throw(env)
}

/// Evaluates many requests at the same `now` off the main thread. The
/// promise rejects with the first failure, its `field` prefixed with
/// `requests[i]`.
#[napi(
    catch_unwind,
    ts_args_type = "requests: ReturnRequestData[], policy: ReturnPolicy, now: Date",
    ts_return_type = "Promise<ReturnDecision[]>"
)]
pub fn evaluate_returns(
    env: &Env,
    requests: Unknown<'_>,
    policy: Unknown<'_>,
    now: Unknown<'_>,
) -> napi::Result<AsyncTask<ReturnsTask>> {
    let requests = array(env, requests, "requests")?;
    let policy = instance::<ReturnPolicy>(env, policy, "policy", "ReturnPolicy")?;
    let now = instant(env, now, "now")?;
    let mut owned = Vec::with_capacity(capacity(requests.len()));
    for i in 0..requests.len() {
        let field = format!("requests[{i}]");
        let item = element(env, &requests, i, &field)?;
        owned.push(read_request(env, item, &field)?);
    }
    Ok(AsyncTask::new(ReturnsTask {
        policy: Arc::clone(&policy.inner),
        requests: owned,
        now,
    }))
}

/// The work behind `evaluateReturns`.
pub struct ReturnsTask {
    policy: Arc<caredesk::returns::ReturnPolicy>,
    requests: Vec<ReturnRequest>,
    now: DateTime<Utc>,
}

impl Task for ReturnsTask {
    type Output = Vec<caredesk::Result<CoreDecision>>;
    type JsValue = Vec<ReturnDecision>;

    fn compute(&mut self) -> napi::Result<Self::Output> {
        Ok(caredesk::returns::evaluate_many(
            &self.requests,
            &self.policy,
            self.now,
        ))
    }

    fn resolve(&mut self, env: Env, output: Self::Output) -> napi::Result<Self::JsValue> {
        output
            .into_iter()
            .enumerate()
            .map(|(i, r)| match r {
                Ok(d) => Ok(ReturnDecision::from(&d)),
                Err(e) => Err(js_error(&env, &e.within(&format!("requests[{i}]")))),
            })
            .collect()
    }
}

/// Money as data: minor units (a number up to 2^53 - 1, beyond that a
/// decimal string) and the currency code.
fn money(m: &caredesk::Money) -> Value {
    let minor = m.minor();
    let minor = if minor.unsigned_abs() <= MAX_SAFE_INTEGER as u64 {
        Value::from(minor)
    } else {
        Value::from(minor.to_string())
    };
    serde_json::json!({"minor": minor, "currency": m.currency().code()})
}

fn day(d: Option<NaiveDate>) -> Option<String> {
    d.map(|d| d.to_string())
}

/// The decision on a return request. Plain data: `JSON.stringify` gives
/// the core's JSON with camelCase keys (plus `text`).
#[napi(object, use_nullable = true)]
pub struct ReturnDecision {
    /// The consumer's country (`DE`).
    pub country: String,
    /// The consumer's region as given (`US-CA`), or `null`.
    pub region: Option<String>,
    /// The statutory floor applied (`DE`, `EU`, `US-CA`, `none`).
    pub floor: String,
    /// The day of the request in the consumer's time zone, `YYYY-MM-DD`.
    pub requested_on: String,
    /// The currency of every amount.
    pub currency: String,
    /// At least one item may be returned.
    pub eligible: bool,
    /// Per item, in request order.
    pub items: Vec<ReturnItemDecision>,
    /// The totals.
    pub money: ReturnMoney,
    /// Who provides the return label.
    #[napi(ts_type = "'none' | 'shop' | 'customer'")]
    pub return_label: String,
    /// Where a money refund goes.
    #[napi(ts_type = "'original_payment' | 'bank_transfer' | 'store_credit'")]
    pub refund_to: String,
    /// Reasons about the request as a whole (shipping, refund route).
    pub reasons: Vec<ReturnReason>,
    /// The decision as a plain-text account, one block per item, then the totals.
    pub text: String,
}

impl From<&CoreDecision> for ReturnDecision {
    fn from(d: &CoreDecision) -> Self {
        ReturnDecision {
            country: d.country.to_string(),
            region: d.region.clone(),
            floor: d.floor.to_string(),
            requested_on: d.requested_on.to_string(),
            currency: d.currency.code().to_string(),
            eligible: d.eligible,
            items: d.items.iter().map(ReturnItemDecision::from).collect(),
            money: ReturnMoney::from(&d.money),
            return_label: name(&d.return_label),
            refund_to: name(&d.refund_to),
            reasons: d.reasons.iter().map(ReturnReason::from).collect(),
            text: d.to_string(),
        }
    }
}

/// The decision for one item.
#[napi(object, use_nullable = true)]
pub struct ReturnItemDecision {
    /// Position in the request's `items`.
    pub index: u32,
    /// The item's SKU.
    pub sku: String,
    /// From the item's reason.
    #[napi(ts_type = "'change_of_mind' | 'fault'")]
    pub reason_class: String,
    /// Whether the item may be returned.
    pub eligible: bool,
    /// The legal basis when eligible, else `null`.
    #[napi(
        ts_type = "'statutory_withdrawal' | 'legal_guarantee' | 'merchant_policy' | 'goodwill'"
    )]
    pub regime: Option<String>,
    /// Whose terms produced this outcome.
    #[napi(ts_type = "'law' | 'shop'")]
    pub decided_by: String,
    /// The law's answer turns on facts the engine cannot weigh: a person should check.
    pub review: bool,
    /// Resolutions allowed, in the legal order, then the shop's own.
    #[napi(ts_type = "ResolutionName[]")]
    pub resolutions: Vec<String>,
    /// The last days that matter.
    pub deadlines: ReturnDeadlines,
    /// The item's money.
    pub money: ReturnItemMoney,
    /// Why, step by step.
    pub reasons: Vec<ReturnReason>,
}

impl From<&ItemDecision> for ReturnItemDecision {
    fn from(it: &ItemDecision) -> Self {
        ReturnItemDecision {
            index: u32::try_from(it.index).unwrap_or(u32::MAX),
            sku: it.sku.clone(),
            reason_class: name(&it.reason_class),
            eligible: it.eligible,
            regime: it.regime.map(|r| name(&r)),
            decided_by: name(&it.decided_by),
            review: it.review,
            resolutions: it.resolutions.iter().map(name).collect(),
            deadlines: ReturnDeadlines::from(&it.deadlines),
            money: ReturnItemMoney::from(&it.money),
            reasons: it.reasons.iter().map(ReturnReason::from).collect(),
        }
    }
}

/// Last days (inclusive, `YYYY-MM-DD` in the consumer's time zone); `null`
/// where nothing applies.
#[napi(object, use_nullable = true)]
pub struct ReturnDeadlines {
    /// Last day to ask for the return.
    pub notify_by: Option<String>,
    /// Last day of the statutory change-of-mind period.
    pub withdrawal_ends_on: Option<String>,
    /// Last day to send the item back.
    pub ship_back_by: Option<String>,
    /// Last day for the shop to refund.
    pub refund_due_by: Option<String>,
    /// Last day of an immediate right to reject a faulty item (UK, PT).
    pub reject_by: Option<String>,
    /// Last day of the legal guarantee, when the law fixes one.
    pub guarantee_ends_on: Option<String>,
    /// Last day on which a defect is presumed to have existed at delivery.
    pub presumption_ends_on: Option<String>,
}

impl From<&Deadlines> for ReturnDeadlines {
    fn from(d: &Deadlines) -> Self {
        ReturnDeadlines {
            notify_by: day(d.notify_by),
            withdrawal_ends_on: day(d.withdrawal_ends_on),
            ship_back_by: day(d.ship_back_by),
            refund_due_by: day(d.refund_due_by),
            reject_by: day(d.reject_by),
            guarantee_ends_on: day(d.guarantee_ends_on),
            presumption_ends_on: day(d.presumption_ends_on),
        }
    }
}

/// An item's money; for an eligible item `price = refund + restockingFee + lossOfValue`.
#[napi(object)]
pub struct ReturnItemMoney {
    /// Unit price times quantity.
    #[napi(ts_type = "MoneyData")]
    pub price: Value,
    /// What is credited for the item.
    #[napi(ts_type = "MoneyData")]
    pub refund: Value,
    /// The shop's restocking fee charged.
    #[napi(ts_type = "MoneyData")]
    pub restocking_fee: Value,
    /// The deduction for loss of value.
    #[napi(ts_type = "MoneyData")]
    pub loss_of_value: Value,
    /// Extra credit if store credit is chosen.
    #[napi(ts_type = "MoneyData")]
    pub store_credit_bonus: Value,
}

impl From<&ItemMoney> for ReturnItemMoney {
    fn from(m: &ItemMoney) -> Self {
        ReturnItemMoney {
            price: money(&m.price),
            refund: money(&m.refund),
            restocking_fee: money(&m.restocking_fee),
            loss_of_value: money(&m.loss_of_value),
            store_credit_bonus: money(&m.store_credit_bonus),
        }
    }
}

/// The request's money: `total = itemsRefund + outboundShippingRefund - returnShippingCharged`.
#[napi(object, use_nullable = true)]
pub struct ReturnMoney {
    /// The sum of the items' refunds.
    #[napi(ts_type = "MoneyData")]
    pub items_refund: Value,
    /// Outbound shipping refunded.
    #[napi(ts_type = "MoneyData")]
    pub outbound_shipping_refund: Value,
    /// The return shipping fee deducted.
    #[napi(ts_type = "MoneyData")]
    pub return_shipping_charged: Value,
    /// What the consumer gets back.
    #[napi(ts_type = "MoneyData")]
    pub total: Value,
    /// The total as store credit, bonus included, when store credit is offered.
    #[napi(ts_type = "MoneyData")]
    pub store_credit_total: Option<Value>,
}

impl From<&DecisionMoney> for ReturnMoney {
    fn from(m: &DecisionMoney) -> Self {
        ReturnMoney {
            items_refund: money(&m.items_refund),
            outbound_shipping_refund: money(&m.outbound_shipping_refund),
            return_shipping_charged: money(&m.return_shipping_charged),
            total: money(&m.total),
            store_credit_total: m.store_credit_total.as_ref().map(money),
        }
    }
}

/// One step of a decision's explanation.
#[napi(object)]
pub struct ReturnReason {
    /// `law.eu.crd.art9`, `returns.window_expired`, ...
    pub code: String,
    /// A rule of law, a shop term, or the law overriding a shop term.
    #[napi(ts_type = "'law' | 'shop' | 'override'")]
    pub kind: String,
    /// What it means for this request.
    pub text: String,
}

impl From<&Reason> for ReturnReason {
    fn from(r: &Reason) -> Self {
        ReturnReason {
            code: r.code.to_string(),
            kind: name(&r.kind),
            text: r.text.to_string(),
        }
    }
}

/// One place where a policy is less generous than the law.
#[napi(object)]
pub struct ReturnAuditFinding {
    /// The policy field (`window.days`, `overrides.DE.restocking_fee`).
    pub field: String,
    /// The rule of law it falls short of (`law.eu.crd.art9`).
    pub code: String,
    /// The rule's source.
    pub source: String,
    /// What the law requires instead.
    pub text: String,
}

impl From<&AuditFinding> for ReturnAuditFinding {
    fn from(f: &AuditFinding) -> Self {
        ReturnAuditFinding {
            field: f.field.clone(),
            code: f.code.to_string(),
            source: f.source.to_string(),
            text: f.text.to_string(),
        }
    }
}
