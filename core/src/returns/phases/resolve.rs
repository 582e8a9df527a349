//! Phase 5: the item's outcome. The statutory and the shop's offers merged
//! term by term, the more generous winning, with the law's overrides cited;
//! who decided; the item's refund, fee and loss of value.

use super::*;
use crate::error::{Error, Result};
use crate::money::Money;
use crate::returns::decision::{Deadlines, DecidedBy, ItemDecision, ItemMoney, Reason};
use crate::returns::law::Scheme;
use crate::returns::policy::{ReasonClass, Resolution, ShippingMode};
use crate::returns::shop_rules::*;

const OV_WINDOW: &str = "The shop's window does not limit this statutory right.";
const OV_EXCLUSION: &str = "The shop's exclusion does not apply against this statutory right.";
const OV_CONDITION: &str =
    "The shop's condition requirement does not apply against this statutory right.";
const OV_PACKAGING: &str =
    "The shop's packaging requirement does not apply against this statutory right.";
const OV_FEE: &str = "The shop's restocking fee is not charged.";
const OV_SHIPPING: &str = "The return shipping is at the shop's cost, whatever its policy says.";
const OV_RESOLUTIONS: &str = "Adds the resolutions the law gives to those the shop offers.";
const OV_DEADLINE: &str = "The statutory period ends later than the shop's window.";
const OV_SHIP_BACK: &str =
    "The consumer has longer to send the item back than the shop's terms say.";
const OV_REFUND_DUE: &str = "The law requires the refund sooner than the shop's terms say.";
pub(super) const OV_OUTBOUND: &str = "The outbound delivery is refunded as the law requires.";

/// The two sides' offers for an item, merged.
struct Merged {
    resolutions: Vec<Resolution>,
    /// How many of the shop's terms the law overrode.
    overrides: usize,
    fee: Money,
    loss: Money,
    return_free: bool,
    notify: Limit,
    ship_back_by: Option<NaiveDate>,
    refund_due_by: Option<NaiveDate>,
}

impl<'a> Context<'a> {
    pub(in crate::returns) fn item(&self, i: usize) -> Result<(ItemDecision, Shipping)> {
        let item = &self.request.items[i];
        let price = self.request.line_price(i)?;
        let (reason, class) = self.reason_of(i);
        let mut reasons = Vec::with_capacity(12);
        let mut deadlines = Deadlines::default();
        let law = match class {
            ReasonClass::ChangeOfMind => {
                let side = self.law_withdrawal(i, price, &mut reasons)?;
                deadlines.withdrawal_ends_on = side.offer.as_ref().and_then(|o| o.notify_by.date());
                side
            }
            ReasonClass::Fault => self.law_fault(i, reason, &mut reasons, &mut deadlines),
        };
        if let Some(g) = self.floor.guarantee.filter(|g| g.scheme != Scheme::Us) {
            self.guarantee_dates(i, g, &mut deadlines);
        }
        let shop = self.shop(i, reason, class, price, &mut reasons)?;
        let lo = law.offer.as_ref().filter(|o| o.eligible);
        let so = &shop.offer;
        let eligible = lo.is_some() || so.eligible;
        let regime = match (lo, so.eligible) {
            (Some(l), _) => Some(l.regime),
            (None, true) => Some(so.regime),
            (None, false) => None,
        };

        let m = self.merge(&law, &shop, &mut reasons);
        if eligible && class == ReasonClass::Fault && !law.applicable {
            reasons.push(Reason::shop(FAULT_FREE));
        }
        if eligible && !m.return_free && !(shop.keep_item && so.eligible) {
            match self.terms.shipping.mode {
                ShippingMode::Flat => reasons.push(Reason::shop(SHIPPING_FEE)),
                ShippingMode::CustomerLabel => reasons.push(Reason::shop(CUSTOMER_LABEL)),
                ShippingMode::Free => {}
            }
        }

        let decided_by = decided_by(eligible, m.overrides, &law, &shop);

        let (money_back, money) = self.item_money(i, price, eligible, &m, &shop, &mut reasons)?;
        deadlines.notify_by = m.notify.date();
        if eligible {
            deadlines.ship_back_by = m.ship_back_by;
            deadlines.refund_due_by = if money_back { m.refund_due_by } else { None };
        } else {
            deadlines.reject_by = None;
        }
        let decision = ItemDecision {
            index: i,
            sku: item.sku.clone(),
            reason_class: class,
            eligible,
            regime,
            decided_by,
            review: law.review,
            resolutions: m.resolutions,
            deadlines,
            money,
            reasons,
        };
        let ships_back = eligible
            && reason != "missing_item"
            && !(shop.keep_item && so.eligible)
            && decision
                .resolutions
                .iter()
                .any(|r| *r != Resolution::PriceReduction);
        Ok((
            decision,
            Shipping {
                free: m.return_free,
                ships_back,
            },
        ))
    }

    /// The two offers merged: the law's resolutions first, then the shop's
    /// extras; each term the more generous of the two, citing the rule where
    /// the law overrides the shop.
    fn merge(&self, law: &LawSide, shop: &ShopSide, reasons: &mut Vec<Reason>) -> Merged {
        let lo = law.offer.as_ref().filter(|o| o.eligible);
        let so = &shop.offer;
        let mut resolutions: Vec<Resolution> = Vec::with_capacity(6);
        let mut overrides = 0usize;
        let mut fee = Money::zero(self.currency);
        let mut loss = Money::zero(self.currency);
        let mut return_free = shop.terms_free;
        let mut notify = so.notify_by;
        let mut ship_back_by = None;
        let mut refund_due_by = None;
        if let Some(l) = lo {
            resolutions.extend_from_slice(l.resolutions);
            if so.eligible {
                for r in shop.resolutions.iter() {
                    if !resolutions.contains(r) {
                        resolutions.push(*r);
                    }
                }
            }
            let mut push =
                |rule: Option<&'static str>, text: &'static str, reasons: &mut Vec<Reason>| {
                    if let Some(rule) = rule {
                        reasons.push(Reason::overrides(rule, text));
                        overrides += 1;
                    }
                };
            if !so.eligible {
                let (rule, text) = match shop.refusal {
                    Some(Refusal::Exclusion) => (law.rule_window, OV_EXCLUSION),
                    Some(Refusal::Condition) => (law.rule_condition, OV_CONDITION),
                    Some(Refusal::Packaging) => (law.rule_packaging, OV_PACKAGING),
                    _ => (law.rule_window, OV_WINDOW),
                };
                push(rule, text, reasons);
            } else {
                if l.resolutions.iter().any(|r| !shop.resolutions.contains(r)) {
                    push(law.rule_refund.or(law.rule_window), OV_RESOLUTIONS, reasons);
                }
                if l.notify_by.rank() > so.notify_by.rank() {
                    push(law.rule_window, OV_DEADLINE, reasons);
                }
            }
            if !shop.fee.is_zero() && so.eligible {
                push(law.rule_fee, OV_FEE, reasons);
            }
            if l.return_free && !shop.terms_free {
                push(law.rule_shipping, OV_SHIPPING, reasons);
            }
            return_free = l.return_free || shop.terms_free;
            loss = if so.eligible {
                Money::zero(self.currency)
            } else {
                l.loss
            };
            if l.notify_by.rank() > notify.rank() {
                notify = l.notify_by;
            }
            ship_back_by = if shop.keep_item && so.eligible {
                None
            } else {
                match (l.ship_back_by, so.ship_back_by.filter(|_| so.eligible)) {
                    (Some(a), Some(b)) => {
                        if a > b {
                            push(law.rule_ship_back, OV_SHIP_BACK, reasons);
                        }
                        Some(a.max(b))
                    }
                    (a, b) => a.or(b),
                }
            };
            refund_due_by = match (l.refund_due_by, so.refund_due_by.filter(|_| so.eligible)) {
                (Some(a), Some(b)) => {
                    if a < b {
                        push(law.rule_refund, OV_REFUND_DUE, reasons);
                    }
                    Some(a.min(b))
                }
                (a, b) => a.or(b),
            };
        } else if so.eligible {
            resolutions = shop.resolutions.iter().copied().collect();
            fee = shop.fee;
            ship_back_by = so.ship_back_by;
            refund_due_by = so.refund_due_by;
            if !fee.is_zero() {
                reasons.push(Reason::shop(RESTOCKING));
            }
        } else if let Some(l) = &law.offer {
            // Both refused: show the later of the two ends.
            if l.notify_by.rank() > notify.rank() {
                notify = l.notify_by;
            }
        }
        Merged {
            resolutions,
            overrides,
            fee,
            loss,
            return_free,
            notify,
            ship_back_by,
            refund_due_by,
        }
    }

    /// The item's money: what is refunded after the fee and loss of value
    /// (nothing without a money resolution), and the store-credit bonus.
    fn item_money(
        &self,
        i: usize,
        price: Money,
        eligible: bool,
        m: &Merged,
        shop: &ShopSide,
        reasons: &mut Vec<Reason>,
    ) -> Result<(bool, ItemMoney)> {
        let (resolutions, fee, loss) = (&m.resolutions, m.fee, m.loss);
        let money_back = eligible
            && resolutions.iter().any(|r| {
                matches!(
                    r,
                    Resolution::Refund | Resolution::StoreCredit | Resolution::KeepItem
                )
            });
        let zero = Money::zero(self.currency);
        let (refund, fee, loss) = if money_back {
            if shop.fee_over && !fee.is_zero() {
                return Err(Error::ReturnsFeeExceedsPrice {
                    field: self.terms.path("restocking_fee", ""),
                    fee: fee.to_string(),
                    price: format!("{price}, items[{i}]"),
                });
            }
            // Plain integers: every amount is in the request's currency (checked in `new`).
            let left = price.minor() - fee.minor() - loss.minor();
            let refund = Money::from_parts(left, self.currency).map_err(|e| e.within("refund"))?;
            (refund, fee, loss)
        } else {
            (zero, zero, zero)
        };
        let bonus = if money_back
            && resolutions.contains(&Resolution::StoreCredit)
            && self.terms.bonus_bps > 0
        {
            let b = refund.percent_bps(self.terms.bonus_bps)?;
            if !b.is_zero() {
                reasons.push(Reason::shop(BONUS));
            }
            b
        } else {
            zero
        };
        Ok((
            money_back,
            ItemMoney {
                price,
                refund,
                restocking_fee: fee,
                loss_of_value: loss,
                store_credit_bonus: bonus,
            },
        ))
    }
}

/// Whose terms decided: the law when it overrode the shop or alone gives
/// the right; when the item is refused, the law when its own period or
/// exception settles it, else the shop.
fn decided_by(eligible: bool, overrides: usize, law: &LawSide, shop: &ShopSide) -> DecidedBy {
    let lo = law.offer.as_ref().filter(|o| o.eligible);
    let so = &shop.offer;
    if eligible {
        if overrides > 0 || (lo.is_some() && !so.eligible) {
            DecidedBy::Law
        } else {
            DecidedBy::Shop
        }
    } else {
        let shop_window_later = shop.refusal == Some(Refusal::Window)
            && law
                .offer
                .as_ref()
                .is_none_or(|l| so.notify_by.rank() > l.notify_by.rank());
        if law.applicable
            && (law.exception
                || !(shop_window_later
                    || matches!(
                        shop.refusal,
                        Some(Refusal::Exclusion | Refusal::Condition | Refusal::Packaging)
                    )))
        {
            DecidedBy::Law
        } else {
            DecidedBy::Shop
        }
    }
}
