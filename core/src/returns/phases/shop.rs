//! Phase 4: the shop's policy. Exclusions, the window (with seasons and
//! goodwill), accepted conditions, resolutions and fees.

use super::periods::{add_days, in_season, next_on_or_after};
use super::statutory::{STATUTORY_EXCEPTIONS, exception_applies};
use super::*;
use crate::error::Result;
use crate::money::Money;
use crate::returns::decision::{Reason, Regime};
use crate::returns::policy::{ReasonClass, Resolution, ShippingMode, WindowStart};
use crate::returns::refund;
use crate::returns::shop_rules::*;

impl<'a> Context<'a> {
    /// The shop's side.
    pub(super) fn shop(
        &self,
        i: usize,
        reason: &str,
        class: ReasonClass,
        price: Money,
        reasons: &mut Vec<Reason>,
    ) -> Result<ShopSide> {
        let t = self.terms;
        let item = &self.request.items[i];
        let fault = class == ReasonClass::Fault;
        let terms_free = fault || t.shipping.mode == ShippingMode::Free;
        let mut side = ShopSide {
            offer: Offer {
                eligible: false,
                regime: Regime::MerchantPolicy,
                resolutions: &[],
                notify_by: Limit::Never,
                ship_back_by: None,
                refund_due_by: None,
                return_free: terms_free,
                loss: Money::zero(self.currency),
            },
            refusal: None,
            resolutions: Resolutions::default(),
            keep_item: false,
            fee: Money::zero(self.currency),
            fee_over: false,
            terms_free,
        };
        // Exclusions.
        let excluded = if t.excl_final_sale && item.final_sale {
            Some(EXCL_FINAL_SALE)
        } else if t.excl_skus.contains(&item.sku) {
            Some(EXCL_SKU)
        } else if item
            .category
            .as_deref()
            .is_some_and(|c| contains_ci(&t.excl_categories, c))
        {
            Some(EXCL_CATEGORY)
        } else if item.tags.iter().any(|tag| contains_ci(&t.excl_tags, tag)) {
            Some(EXCL_TAG)
        } else if t.excl_statutory
            && !fault
            && STATUTORY_EXCEPTIONS
                .iter()
                .any(|e| exception_applies(*e, item))
        {
            Some(EXCL_STATUTORY)
        } else {
            None
        };
        // The window is computed even for a refused item, to show its end.
        let start = match t.window_from {
            WindowStart::Order => Some(self.ordered_on),
            WindowStart::Fulfilment => self.shipped_on(i),
            WindowStart::Delivery => self.delivered_on(i),
        };
        let days = if fault {
            t.fault_days.or(t.window_days)
        } else {
            t.window_days
        };
        let (window, seasonal) = match (days, start) {
            (None, _) => (Limit::Unlimited, false),
            (Some(_), None) => (Limit::NotStarted, false),
            (Some(n), Some(s)) => {
                let mut end = add_days(s, n);
                let mut extended = false;
                for season in &t.seasons {
                    if in_season(self.ordered_on, season.from, season.until)
                        && let Some(until) = next_on_or_after(self.ordered_on, season.returnable)
                        && until > end
                    {
                        end = until;
                        extended = true;
                    }
                }
                (Limit::Until(end), extended)
            }
        };
        if let Some(rule) = excluded {
            reasons.push(Reason::shop(rule));
            side.refusal = Some(Refusal::Exclusion);
            return Ok(side);
        }
        if !fault {
            if !t.accepted[item.condition.index()] {
                reasons.push(Reason::shop(CONDITION));
                side.refusal = Some(Refusal::Condition);
                return Ok(side);
            }
            if t.require_packaging && !item.original_packaging {
                reasons.push(Reason::shop(PACKAGING));
                side.refusal = Some(Refusal::Packaging);
                return Ok(side);
            }
        }
        side.offer.notify_by = window;
        let mut regime = Regime::MerchantPolicy;
        let mut list: &[Resolution] = t.resolutions(reason, class);
        let open = match window {
            Limit::Until(end) => self.requested_on <= end,
            _ => true,
        };
        if seasonal {
            reasons.push(Reason::shop(SEASONAL));
        }
        match window {
            Limit::Unlimited | Limit::Never => reasons.push(Reason::shop(WINDOW_UNLIMITED)),
            Limit::NotStarted => reasons.push(Reason::shop(WINDOW_NOT_STARTED)),
            Limit::Until(_) if open => reasons.push(Reason::shop(WINDOW_OPEN)),
            Limit::Until(end) => {
                reasons.push(Reason::shop(WINDOW_EXPIRED));
                match &t.goodwill {
                    Some((gd, gl)) => {
                        let last = add_days(end, *gd);
                        side.offer.notify_by = Limit::Until(last);
                        if self.requested_on <= last {
                            reasons.push(Reason::shop(GOODWILL));
                            regime = Regime::Goodwill;
                            list = gl;
                        } else {
                            side.refusal = Some(Refusal::Window);
                            return Ok(side);
                        }
                    }
                    None => {
                        side.refusal = Some(Refusal::Window);
                        return Ok(side);
                    }
                }
            }
        }
        let keep = !matches!(reason, "missing_item")
            && t.keep_below.is_some_and(|k| price.minor() < k.minor());
        let mut resolutions = Resolutions::default();
        if keep {
            resolutions.push(Resolution::KeepItem);
            reasons.push(Reason::shop(KEEP_ITEM));
        }
        // Nothing to repair in an item that never came.
        let missing = reason == "missing_item";
        resolutions.extend(list.iter().copied().filter(|r| {
            (*r != Resolution::KeepItem || !keep) && !(missing && *r == Resolution::Repair)
        }));
        if !fault && let Some(rf) = &t.restocking {
            let (fee, over) = refund::restocking_fee(price, rf)?;
            if !fee.is_zero() {
                side.fee = fee;
                side.fee_over = over;
            }
        }
        let ship_back_by = if keep || reason == "missing_item" {
            None
        } else {
            Some(add_days(self.requested_on, t.ship_back_days))
        };
        side.offer = Offer {
            eligible: true,
            regime,
            resolutions: &[],
            notify_by: side.offer.notify_by,
            ship_back_by,
            refund_due_by: t.refund_within_days.map(|d| add_days(self.requested_on, d)),
            return_free: terms_free,
            loss: Money::zero(self.currency),
        };
        side.keep_item = keep;
        side.resolutions = resolutions;
        Ok(side)
    }
}
