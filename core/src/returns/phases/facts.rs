//! Phase 1: the request checked against itself and the policy, and its
//! instants turned into the consumer's local days.

use chrono::{DateTime, NaiveDate, Utc};

use super::periods::add_months;
use super::*;
use crate::country::{Country, check_region, default_zone};
use crate::error::{Error, Result};
use crate::money::Money;
use crate::returns::law::{self};
use crate::returns::policy::{ReasonClass, ReturnPolicy};
use crate::returns::request::ReturnRequest;

impl<'a> Context<'a> {
    pub(in crate::returns) fn new(
        request: &'a ReturnRequest,
        policy: &'a ReturnPolicy,
        now: DateTime<Utc>,
    ) -> Result<Self> {
        request.check_shape()?;
        let country = Country::parse(&request.country)?;
        if let Some(r) = &request.region {
            check_region(country, r, "region")?;
        }
        let region = request.region.as_deref();
        let zone = match &request.zone {
            Some(z) => crate::instant::parse_zone(z, "zone")?,
            None => default_zone(country, region),
        };
        let requested_at = request.requested_at.unwrap_or(now);
        if requested_at > now {
            return Err(Error::invalid(
                "requested_at",
                format!("{requested_at} is after now ({now})"),
            ));
        }
        let ordered_at = request.ordered_at;
        let after = |field: String, at: DateTime<Utc>| Error::ReturnsAfterRequest {
            field,
            at,
            requested_at,
        };
        if ordered_at > requested_at {
            return Err(after("ordered_at".into(), ordered_at));
        }
        let check = |field: &dyn Fn() -> String, at: Option<DateTime<Utc>>| -> Result<()> {
            if let Some(at) = at {
                if at < ordered_at {
                    return Err(Error::ReturnsBeforeOrder {
                        field: field(),
                        at,
                        ordered_at,
                    });
                }
                if at > requested_at {
                    return Err(after(field(), at));
                }
            }
            Ok(())
        };
        check(&|| "shipped_at".into(), request.shipped_at)?;
        check(&|| "delivered_at".into(), request.delivered_at)?;
        check(&|| "last_delivery_at".into(), request.last_delivery_at)?;
        let currency = request.items[0].unit_price.currency();
        let same = |m: Money, field: &dyn Fn() -> String| -> Result<()> {
            if same_currency(m.currency(), currency) {
                Ok(())
            } else {
                Err(Error::CurrencyMismatch {
                    field: field(),
                    left: currency.code().into(),
                    right: m.currency().code().into(),
                })
            }
        };
        let local = |t: DateTime<Utc>| t.with_timezone(&zone).date_naive();
        let order_delivered = request.delivered_at.map(local);
        let order_shipped = request.shipped_at.map(local);
        let mut facts = Vec::with_capacity(request.items.len());
        for (i, item) in request.items.iter().enumerate() {
            check(&|| format!("items[{i}].shipped_at"), item.shipped_at)?;
            check(&|| format!("items[{i}].delivered_at"), item.delivered_at)?;
            let shipped = item.shipped_at.or(request.shipped_at);
            let delivered = item.delivered_at.or(request.delivered_at);
            if let (Some(s), Some(d)) = (shipped, delivered)
                && d < s
            {
                let field = if item.delivered_at.is_some() {
                    format!("items[{i}].delivered_at")
                } else {
                    "delivered_at".into()
                };
                return Err(Error::invalid(
                    field,
                    format!("{d} is before the shipment at {s}"),
                ));
            }
            same(item.unit_price, &|| format!("items[{i}].unit_price"))?;
            let price = request.line_price(i)?;
            if let Some(lv) = item.loss_of_value {
                same(lv, &|| format!("items[{i}].loss_of_value"))?;
                if lv.minor() > price.minor() {
                    return Err(Error::ReturnsFeeExceedsPrice {
                        field: format!("items[{i}].loss_of_value"),
                        fee: lv.to_string(),
                        price: price.to_string(),
                    });
                }
            }
            let (field, reason) = match &item.reason {
                Some(r) => (format!("items[{i}].reason"), r.as_str()),
                None => ("reason".to_string(), request.reason.as_str()),
            };
            let class = policy
                .reason_class(reason)
                .ok_or_else(|| Error::ReturnsUnknownReason {
                    field,
                    reason: reason.to_string(),
                    expected: policy.reason_list(),
                })?;
            if class == ReasonClass::Fault && reason != "missing_item" && delivered.is_none() {
                return Err(Error::invalid(
                    format!("items[{i}].delivered_at"),
                    format!("a {reason} claim needs the delivery date (delivered_at)"),
                ));
            }
            facts.push(Facts {
                reason,
                class,
                delivered: item.delivered_at.map(local).or(order_delivered),
                shipped: item.shipped_at.map(local).or(order_shipped),
            });
        }
        if item_reason_unused(request) {
            // The request-level reason is still checked when every item gives its own.
            policy
                .reason_class(&request.reason)
                .ok_or_else(|| Error::ReturnsUnknownReason {
                    field: "reason".into(),
                    reason: request.reason.clone(),
                    expected: policy.reason_list(),
                })?;
        }
        if let Some(o) = &request.outbound_shipping {
            same(o.paid, &|| "outbound_shipping.paid".into())?;
            if let Some(c) = o.cheapest_standard {
                same(c, &|| "outbound_shipping.cheapest_standard".into())?;
            }
        }
        let terms = policy.terms(country, region);
        if let Some(rf) = &terms.restocking {
            if let Some(f) = rf.flat {
                same(f, &|| terms.path("restocking_fee", "flat"))?;
            }
            if let Some(c) = rf.cap {
                same(c, &|| terms.path("restocking_fee", "cap"))?;
            }
        }
        if let Some(f) = terms.shipping.fee {
            same(f, &|| terms.path("return_shipping", "fee"))?;
        }
        if let Some(k) = terms.keep_below {
            same(k, &|| terms.path("keep_item_below", ""))?;
        }

        let mut all_delivered = true;
        let mut first: Option<NaiveDate> = None;
        let mut last: Option<NaiveDate> = None;
        let days = facts
            .iter()
            .map(|f| f.delivered)
            .chain(request.last_delivery_at.map(|t| Some(local(t))));
        for d in days {
            match d {
                Some(day) => {
                    first = Some(first.map_or(day, |f| f.min(day)));
                    last = Some(last.map_or(day, |l| l.max(day)));
                }
                None => all_delivered = false,
            }
        }
        let withdrawal_start = if request.regular_delivery {
            first
        } else if all_delivered {
            last
        } else {
            None
        };
        Ok(Context {
            request,
            terms,
            floor: law::floor_for(country, region),
            country,
            currency,
            facts,
            months_memo: std::cell::Cell::new([(NaiveDate::MIN, 0, NaiveDate::MIN); 4]),
            requested_on: local(requested_at),
            ordered_on: local(ordered_at),
            withdrawal_start,
            split_delivery: first != last,
            holidays: Holidays::for_request(request.holidays.as_deref(), country),
        })
    }

    /// `d + n months`, remembered (chrono's month arithmetic is not cheap).
    pub(super) fn months_after(&self, d: NaiveDate, n: u32) -> NaiveDate {
        let mut memo = self.months_memo.get();
        if let Some((_, _, r)) = memo.iter().find(|(a, m, _)| *a == d && *m == n) {
            return *r;
        }
        let r = add_months(d, n);
        memo.rotate_right(1);
        memo[0] = (d, n, r);
        self.months_memo.set(memo);
        r
    }

    pub(super) fn reason_of(&self, i: usize) -> (&'a str, ReasonClass) {
        (self.facts[i].reason, self.facts[i].class)
    }

    pub(super) fn delivered_on(&self, i: usize) -> Option<NaiveDate> {
        self.facts[i].delivered
    }

    pub(super) fn shipped_on(&self, i: usize) -> Option<NaiveDate> {
        self.facts[i].shipped
    }
}

fn item_reason_unused(request: &ReturnRequest) -> bool {
    request.items.iter().all(|i| i.reason.is_some())
}
