//! Phase 6: the request's money. Items' refunds summed, the outbound
//! delivery refunded as the law or the shop says, one return parcel
//! charged or not, and where the refund goes.

use super::resolve::OV_OUTBOUND;
use super::*;
use crate::error::{Error, Result};
use crate::money::Money;
use crate::returns::decision::{
    DecisionMoney, ItemDecision, Reason, RefundTo, Regime, ReturnDecision, ReturnLabel,
};
use crate::returns::policy::{OutboundRefund, ReasonClass, Resolution, ShippingMode};
use crate::returns::refund;
use crate::returns::request::PaymentMethod;
use crate::returns::shop_rules::*;

impl<'a> Context<'a> {
    pub(in crate::returns) fn finish(
        &self,
        items: Vec<ItemDecision>,
        parcel: Shipping,
    ) -> Result<ReturnDecision> {
        let zero = Money::zero(self.currency);
        let mut reasons = Vec::new();
        let (mut sum, mut bonus_sum) = (0i64, 0i64);
        for it in &items {
            sum = sum.checked_add(it.money.refund.minor()).ok_or(overflow())?;
            bonus_sum = bonus_sum
                .checked_add(it.money.store_credit_bonus.minor())
                .ok_or(overflow())?;
        }
        let items_refund = Money::from_parts(sum, self.currency)?;
        let bonus = Money::from_parts(bonus_sum, self.currency)?;
        let eligible = items.iter().any(|i| i.eligible);

        // Outbound shipping.
        let mut outbound = zero;
        if let Some(o) = &self.request.outbound_shipping {
            let all_back = items.iter().all(|i| i.eligible);
            let any_withdrawal = items
                .iter()
                .any(|i| i.eligible && i.regime == Some(Regime::StatutoryWithdrawal));
            let only_statutory = items.iter().all(|i| {
                matches!(
                    i.regime,
                    Some(Regime::StatutoryWithdrawal | Regime::LegalGuarantee)
                )
            });
            let mut by_law = zero;
            let mut partial = None;
            if let Some(w) = self.floor.withdrawal.filter(|_| any_withdrawal) {
                if self.request.whole_order && all_back && only_statutory {
                    by_law = refund::outbound_by_law(w.outbound, o.paid, o.cheapest_standard);
                } else if !o.paid.is_zero() {
                    partial = w.partial;
                }
            }
            let law_rule = self.floor.withdrawal.and_then(|w| w.delivery);
            let any_fault = items
                .iter()
                .any(|i| i.eligible && i.reason_class == ReasonClass::Fault);
            let by_shop = match self.terms.outbound {
                OutboundRefund::Never => false,
                OutboundRefund::Fault => any_fault,
                OutboundRefund::Always => any_fault || (self.request.whole_order && all_back),
            };
            if by_shop {
                outbound = o.paid;
                reasons.push(Reason::shop(OUTBOUND));
                if let Some(r) = law_rule.filter(|_| !by_law.is_zero()) {
                    reasons.push(Reason::law(r));
                }
            } else if !by_law.is_zero() {
                outbound = by_law;
                if let Some(r) = law_rule {
                    reasons.push(Reason::overrides(r.code, OV_OUTBOUND));
                }
            } else if let Some(r) = partial {
                reasons.push(Reason::law(r));
            }
        }

        // Return shipping: one parcel for everything sent back.
        let shipped = usize::from(parcel.ships_back);
        let any_free = parcel.free;
        let (label, charged) = if shipped == 0 {
            (ReturnLabel::None, zero)
        } else if any_free {
            (ReturnLabel::Shop, zero)
        } else {
            match self.terms.shipping.mode {
                ShippingMode::Flat => (ReturnLabel::Shop, self.terms.shipping.fee.unwrap_or(zero)),
                ShippingMode::CustomerLabel => (ReturnLabel::Customer, zero),
                ShippingMode::Free => (ReturnLabel::Shop, zero),
            }
        };
        let available = items_refund.checked_add(&outbound)?;
        if charged.minor() > available.minor() {
            return Err(Error::ReturnsFeeExceedsPrice {
                field: self.terms.path("return_shipping", "fee"),
                fee: charged.to_string(),
                price: available.to_string(),
            });
        }
        let total = refund::total(items_refund, outbound, charged)?;
        let credit = items
            .iter()
            .any(|i| i.eligible && i.resolutions.contains(&Resolution::StoreCredit));
        let store_credit_total = if credit {
            Some(total.checked_add(&bonus)?)
        } else {
            None
        };
        let money_back = items.iter().any(|i| {
            i.eligible
                && i.resolutions
                    .iter()
                    .any(|r| matches!(r, Resolution::Refund | Resolution::KeepItem))
        });
        let refund_to = match self.request.payment_method {
            _ if !money_back && credit => {
                reasons.push(Reason::shop(CREDIT_ONLY));
                RefundTo::StoreCredit
            }
            PaymentMethod::CashOnDelivery => {
                reasons.push(Reason::shop(TO_BANK));
                RefundTo::BankTransfer
            }
            PaymentMethod::GiftCard | PaymentMethod::StoreCredit => {
                reasons.push(Reason::shop(TO_CREDIT));
                RefundTo::StoreCredit
            }
            _ => RefundTo::OriginalPayment,
        };
        Ok(ReturnDecision {
            country: self.country,
            region: self.request.region.clone(),
            floor: self.floor.code(),
            requested_on: self.requested_on,
            currency: self.currency,
            eligible,
            items,
            money: DecisionMoney {
                items_refund,
                outbound_shipping_refund: outbound,
                return_shipping_charged: charged,
                total,
                store_credit_total,
            },
            return_label: label,
            refund_to,
            reasons,
        })
    }
}
