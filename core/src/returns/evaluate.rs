//! The engine: statutory floor first, then the shop's policy, then the two
//! merged so that the consumer gets at least what the law gives.
//!
//! This file is the conductor; each phase lives in its own file under
//! `phases/` (see there for the order), the statutory rules under `law/`,
//! the codes for the shop's terms in `shop_rules.rs`.

use chrono::{DateTime, Utc};

use super::decision::ReturnDecision;
use super::phases::{Context, Shipping};
use super::policy::ReturnPolicy;
use super::request::ReturnRequest;
use crate::error::Result;

pub use super::shop_rules::SHOP_RULES;

/// Decides many requests under one policy at the same `now`, as a job working
/// through a returns queue does: one result per request, in order; a request
/// that fails does not stop the others.
///
/// ```
/// use caredesk::returns::{evaluate_many, ReturnPolicy, ReturnRequest};
///
/// let dutch = ReturnRequest::from_json(r#"{"ordered_at": "2026-03-01T10:00:00Z",
///   "delivered_at": "2026-03-03T14:00:00Z", "country": "NL", "reason": "colour",
///   "items": [{"sku": "TEE-M", "unit_price": {"minor": 2495, "currency": "EUR"}}]}"#)?;
/// let mut typo = dutch.clone();
/// typo.country = "XX".into();
/// let now = "2026-03-10T09:00:00Z".parse().unwrap();
/// let out = evaluate_many([&dutch, &typo], &ReturnPolicy::default(), now);
/// assert_eq!(out[0].as_ref().unwrap().money.total.to_string(), "24.95 EUR");
/// let err = out[1].as_ref().unwrap_err();
/// assert_eq!((err.code(), err.field()), ("returns.unknown_country", Some("country")));
/// # Ok::<(), caredesk::Error>(())
/// ```
pub fn evaluate_many<'a, I>(
    requests: I,
    policy: &ReturnPolicy,
    now: DateTime<Utc>,
) -> Vec<Result<ReturnDecision>>
where
    I: IntoIterator<Item = &'a ReturnRequest>,
{
    requests
        .into_iter()
        .map(|r| evaluate(r, policy, now))
        .collect()
}

/// Decides a return request under `policy` and the law of the consumer's
/// country, as of `now` (the request's day, unless it gives `requested_at`).
///
/// The statutory floor is applied first, then the shop's policy; each item's
/// outcome is the more generous of the two, component by component (window,
/// resolutions, fees, shipping, deadlines), and says whose terms decided and
/// where the law overrode the shop. Pure: no clock, no I/O.
///
/// ```
/// use caredesk::returns::{evaluate, Regime, DecidedBy, ReturnPolicy, ReturnRequest};
/// use chrono::{DateTime, Utc};
///
/// // A shop with a 30-day window and a 10 % restocking fee.
/// let policy = ReturnPolicy::from_json(r#"{"restocking_fee": {"bps": 1000}}"#)?;
/// // A German consumer returns opened headphones 13 days after delivery.
/// let request = ReturnRequest::from_json(r#"{
///   "ordered_at": "2026-03-01T10:00:00Z",
///   "delivered_at": "2026-03-03T14:00:00Z",
///   "country": "DE", "reason": "unwanted",
///   "items": [{"sku": "HP-200", "unit_price": {"minor": 12900, "currency": "EUR"}, "condition": "opened"}]
/// }"#)?;
/// let now: DateTime<Utc> = "2026-03-16T09:00:00Z".parse().unwrap();
/// let d = evaluate(&request, &policy, now)?;
/// let item = &d.items[0];
/// assert!(item.eligible);
/// assert_eq!(item.regime, Some(Regime::StatutoryWithdrawal));
/// assert_eq!(item.decided_by, DecidedBy::Law); // the law waived the fee
/// assert!(item.money.restocking_fee.is_zero());
/// assert_eq!(d.money.total.to_string(), "129.00 EUR");
/// // The shop's 30 days outlast the statutory 14, so they set the last day to ask.
/// assert_eq!(item.deadlines.notify_by.unwrap().to_string(), "2026-04-02");
/// assert!(d.codes().any(|c| c == "law.eu.crd.art14.no_other_costs"));
/// # Ok::<(), caredesk::Error>(())
/// ```
///
/// # Errors
/// `returns.unknown_country` (country or region), `returns.unknown_reason`,
/// `returns.before_order` (a shipment or delivery before the order),
/// `returns.after_request` (an order, shipment or delivery after the
/// request), `returns.fee_exceeds_price` (a fee charged, or an assessed loss
/// of value, above the price it is taken from; a return fee above the
/// refund), `money.currency_mismatch` (items, shipping or the policy's
/// amounts in different currencies), `input.invalid` (no items, an empty
/// SKU, zero quantity, a fault claim without a delivery date; `holidays`
/// with more than [`MAX_HOLIDAYS`](super::MAX_HOLIDAYS) dates, a date
/// outside the calendar's years, or more than
/// [`MAX_CLOSED_RUN`](super::MAX_CLOSED_RUN) consecutive closed days at a
/// period's end),
/// `input.unknown_value` (an unknown zone). Each names the field.
pub fn evaluate(
    request: &ReturnRequest,
    policy: &ReturnPolicy,
    now: DateTime<Utc>,
) -> Result<ReturnDecision> {
    let cx = Context::new(request, policy, now)?;
    let mut items = Vec::with_capacity(request.items.len());
    // One parcel for everything sent back: whether there is one, and whether
    // any item in it makes it free.
    let mut parcel = Shipping {
        free: false,
        ships_back: false,
    };
    for i in 0..request.items.len() {
        let (item, s) = cx.item(i)?;
        items.push(item);
        if s.ships_back {
            parcel.ships_back = true;
            parcel.free |= s.free;
        }
    }
    cx.finish(items, parcel)
}
