//! Phase 3: the statutory floor. The change-of-mind right and the legal
//! guarantee of the consumer's country, each an offer with the rules to
//! cite where it overrides the shop.

use super::periods::{add_days, add_months};
use super::*;
use crate::error::Result;
use crate::money::Money;
use crate::returns::decision::{Deadlines, Reason, Regime};
use crate::returns::law::{self, Exception, Period, Scheme};
use crate::returns::policy::Resolution;
use crate::returns::refund;
use crate::returns::request::{Condition, Defect, ItemKind, ReturnItem, Seal};

pub(super) fn exception_applies(e: Exception, item: &ReturnItem) -> bool {
    match e {
        Exception::Personalised => item.personalised,
        Exception::Perishable => item.kind == ItemKind::Perishable,
        Exception::SealedHygiene => item.seal == Seal::Hygiene && item.unsealed,
        Exception::SealedMedia => item.seal == Seal::Media && item.unsealed,
        Exception::Mixed => item.mixed_after_delivery,
        Exception::Newspaper => item.kind == ItemKind::Newspaper,
        Exception::Financial => item.kind == ItemKind::MarketPriced,
        Exception::Digital => item.kind == ItemKind::DigitalStarted,
        Exception::CaExempt => {
            item.final_sale
                || matches!(item.condition, Condition::Used | Condition::Damaged)
                || !item.original_packaging
        }
    }
}

pub(super) const STATUTORY_EXCEPTIONS: [Exception; 8] = [
    Exception::Personalised,
    Exception::Perishable,
    Exception::SealedHygiene,
    Exception::SealedMedia,
    Exception::Mixed,
    Exception::Newspaper,
    Exception::Financial,
    Exception::Digital,
];

impl<'a> Context<'a> {
    /// The statutory change-of-mind side.
    pub(super) fn law_withdrawal(
        &self,
        i: usize,
        price: Money,
        reasons: &mut Vec<Reason>,
    ) -> Result<LawSide> {
        let item = &self.request.items[i];
        let mut side = LawSide::default();
        let Some(w) = self.floor.withdrawal else {
            reasons.push(Reason::law(self.floor.no_withdrawal));
            return Ok(side);
        };
        if w.only_if_unposted {
            if self.terms.posted {
                reasons.push(Reason::law(law::CA_POSTED));
                return Ok(side);
            }
            if self.meets_common_expectation(item) {
                reasons.push(Reason::law(law::US_NONE));
                return Ok(side);
            }
        }
        side.applicable = true;
        side.rule_window = Some(w.open.code);
        side.rule_fee = Some(w.no_costs.code);
        side.rule_condition = Some(w.loss.unwrap_or(w.open).code);
        side.rule_packaging = Some(w.packaging.unwrap_or(w.open).code);
        side.rule_ship_back = w.ship_back.map(|r| r.code);
        side.rule_refund = w.refund.map(|r| r.code);
        let refused = |notify_by| Offer {
            eligible: false,
            regime: Regime::StatutoryWithdrawal,
            resolutions: &[],
            notify_by,
            ship_back_by: None,
            refund_due_by: None,
            return_free: false,
            loss: Money::zero(self.currency),
        };
        if let Some((_, rule)) = w
            .exceptions
            .iter()
            .find(|(e, _)| exception_applies(*e, item))
        {
            reasons.push(Reason::law(*rule));
            side.exception = true;
            side.offer = Some(refused(Limit::Never));
            return Ok(side);
        }
        let start = if w.from_purchase {
            Some(self.ordered_on)
        } else {
            self.withdrawal_start
        };
        let informed = self.request.informed_of_withdrawal;
        let notify_by = match start {
            None => {
                if let Some(r) = w.before_delivery {
                    reasons.push(Reason::law(r));
                }
                Limit::NotStarted
            }
            Some(s) => {
                if !w.from_purchase {
                    if self.request.regular_delivery {
                        if let Some(r) = w.regular {
                            reasons.push(Reason::law(r));
                        }
                    } else if self.split_delivery
                        && let Some(r) = w.last_item
                    {
                        reasons.push(Reason::law(r));
                    }
                }
                let mut end = add_days(s, w.days);
                if !informed && w.not_informed_months > 0 {
                    end = add_months(end, w.not_informed_months);
                    if let Some(r) = w.not_informed {
                        reasons.push(Reason::law(r));
                    }
                }
                Limit::Until(self.eu_roll(end, w, reasons)?)
            }
        };
        let eligible = match notify_by {
            Limit::Until(d) => self.requested_on <= d,
            _ => true,
        };
        if !eligible {
            reasons.push(Reason::law(w.expired));
            side.offer = Some(refused(notify_by));
            return Ok(side);
        }
        reasons.push(Reason::law(w.open));
        let ship_back_by = w
            .ship_back_days
            .map(|d| self.eu_roll(add_days(self.requested_on, d), w, reasons))
            .transpose()?;
        let refund_due_by = w
            .refund_days
            .map(|d| self.eu_roll(add_days(self.requested_on, d), w, reasons))
            .transpose()?;
        if let Some(r) = w.refund
            && !std::ptr::eq(r.code, w.open.code)
        {
            reasons.push(Reason::law(r));
        }
        if let Some(r) = w.withhold {
            reasons.push(Reason::law(r));
        }
        let return_free = !(informed && w.return_cost_if_informed);
        if return_free {
            side.rule_shipping = Some(w.return_cost.unwrap_or(w.open).code);
            if !informed && let Some(r) = w.return_cost {
                reasons.push(Reason::law(r));
            }
        } else if let Some(r) = w.ship_back {
            reasons.push(Reason::law(r));
        }
        let mut loss = Money::zero(self.currency);
        let worn = matches!(item.condition, Condition::Used | Condition::Damaged)
            || item.loss_of_value.is_some();
        if w.loss_of_value && informed {
            loss =
                refund::loss_of_value(price, item.condition, &self.terms.loss, item.loss_of_value)?;
            if !loss.is_zero()
                && let Some(r) = w.loss
            {
                reasons.push(Reason::law(r));
            }
        } else if worn
            && !informed
            && let Some(r) = w.no_loss
        {
            reasons.push(Reason::law(r));
        }
        side.offer = Some(Offer {
            eligible: true,
            regime: Regime::StatutoryWithdrawal,
            resolutions: law::WITHDRAWAL_REFUND,
            notify_by,
            ship_back_by,
            refund_due_by,
            return_free,
            loss,
        });
        Ok(side)
    }

    /// California § 1723(a): the shop's terms give a full refund, credit or
    /// equal exchange for this item for at least 7 days after purchase (a
    /// window of 7 days from delivery or shipment covers that too).
    pub(super) fn meets_common_expectation(&self, item: &ReturnItem) -> bool {
        let t = self.terms;
        let window = t.window_days.is_none_or(|d| d >= 7);
        let no_fee = t
            .restocking
            .as_ref()
            .is_none_or(|r| r.bps == 0 && r.flat.is_none_or(|f| f.is_zero()));
        let full = t.res_change_of_mind.iter().any(|r| {
            matches!(
                r,
                Resolution::Refund | Resolution::StoreCredit | Resolution::Exchange
            )
        });
        let excluded = t.excl_skus.contains(&item.sku)
            || item
                .category
                .as_deref()
                .is_some_and(|c| contains_ci(&t.excl_categories, c))
            || item.tags.iter().any(|tag| contains_ci(&t.excl_tags, tag));
        window && no_fee && full && !excluded
    }

    /// The statutory guarantee side.
    pub(super) fn law_fault(
        &self,
        i: usize,
        reason: &str,
        reasons: &mut Vec<Reason>,
        deadlines: &mut Deadlines,
    ) -> LawSide {
        let item = &self.request.items[i];
        let mut side = LawSide::default();
        let Some(g) = self.floor.guarantee else {
            reasons.push(Reason::law(self.floor.no_guarantee));
            return side;
        };
        if g.scheme == Scheme::Us {
            reasons.push(Reason::law(g.within));
            side.review = true;
            return side;
        }
        side.applicable = true;
        side.rule_window = Some(g.within.code);
        side.rule_fee = Some(g.free.unwrap_or(g.within).code);
        side.rule_shipping = Some(g.free.unwrap_or(g.within).code);
        let missing = reason == "missing_item";
        let Some(delivered) = self.delivered_on(i) else {
            // A missing item that never arrived (only missing_item gets here).
            reasons.push(Reason::law(g.non_delivery.unwrap_or(g.remedies)));
            side.offer = Some(Offer {
                eligible: true,
                regime: Regime::LegalGuarantee,
                resolutions: law::MISSING,
                notify_by: Limit::NotStarted,
                ship_back_by: None,
                refund_due_by: None,
                return_free: true,
                loss: Money::zero(self.currency),
            });
            return side;
        };
        let end = match g.period {
            Period::Months(m) => Some(self.months_after(delivered, m)),
            Period::Open => None,
            Period::NoticeDays(durable, non_durable) => {
                let n = if item.kind == ItemKind::Perishable {
                    non_durable
                } else {
                    durable
                };
                Some(add_days(delivered, n))
            }
        };
        deadlines.guarantee_ends_on = end;
        let eligible = end.is_none_or(|e| self.requested_on <= e);
        let notify_by = end.map_or(Limit::Unlimited, Limit::Until);
        if !eligible {
            reasons.push(Reason::law(g.ended));
            // Brazil: a hidden defect counts from discovery, which the engine cannot know.
            side.review = matches!(g.period, Period::NoticeDays(..));
            side.offer = Some(Offer {
                eligible: false,
                regime: Regime::LegalGuarantee,
                resolutions: &[],
                notify_by,
                ship_back_by: None,
                refund_due_by: None,
                return_free: true,
                loss: Money::zero(self.currency),
            });
            return side;
        }
        reasons.push(Reason::law(g.within));
        side.review = g.review;
        if let Some((new, used)) = g.presumption {
            let pe = self.months_after(delivered, if item.second_hand { used } else { new });
            let presumed = self.requested_on <= pe;
            let rule = if presumed { g.presumed } else { g.not_presumed };
            if let Some(r) = rule {
                reasons.push(Reason::law(r));
            }
        }
        let within_reject = g.short_reject_days.map(|d| {
            let rb = add_days(delivered, d);
            (rb, self.requested_on <= rb)
        });
        let resolutions: &'static [Resolution] = if missing {
            law::MISSING
        } else {
            g.orders
                .for_defect(within_reject.is_some_and(|(_, w)| w), item.defect)
        };
        if let Some((rb, within)) = within_reject
            && within
            && !missing
        {
            deadlines.reject_by = Some(rb);
            if let Some(r) = g.short_reject {
                reasons.push(Reason::law(r));
            }
        }
        match g.scheme {
            Scheme::Au => {
                let r = if item.defect == Some(Defect::Major) {
                    law::AU_MAJOR
                } else {
                    law::AU_MINOR
                };
                reasons.push(Reason::law(r));
            }
            _ if !missing => reasons.push(Reason::law(g.remedies)),
            _ => {}
        }
        if item.defect == Some(Defect::Minor)
            && !missing
            && within_reject.is_none_or(|(_, w)| !w)
            && let Some(r) = g.minor
        {
            reasons.push(Reason::law(r));
        }
        if reason == "damaged_in_transit"
            && let Some(r) = g.risk
        {
            reasons.push(Reason::law(r));
        }
        if missing && let Some(r) = g.non_delivery {
            reasons.push(Reason::law(r));
        }
        if let Some(r) = g.free
            && !reasons.iter().any(|x| std::ptr::eq(x.code, r.code))
        {
            reasons.push(Reason::law(r));
        }
        side.rule_refund = Some(g.remedies.code);
        side.offer = Some(Offer {
            eligible: true,
            regime: Regime::LegalGuarantee,
            resolutions,
            notify_by,
            ship_back_by: None,
            refund_due_by: None,
            return_free: true,
            loss: Money::zero(self.currency),
        });
        side
    }
}
