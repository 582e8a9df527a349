//! Refund arithmetic: fees, deductions and totals in integer minor units.
//!
//! Every percentage is basis points of a line price, rounded half to even by
//! [`Money::percent_bps`]; sums are checked. An item's refund is computed as
//! `price - restocking_fee - loss_of_value`, so the parts always add back up
//! to the price exactly, and the request's total is
//! `items_refund + outbound_shipping_refund - return_shipping_charged`.

use super::law::Outbound;
use super::policy::{LossOfValue, RestockingFee};
use super::request::Condition;
use crate::error::Result;
use crate::money::Money;

/// The restocking fee on a line: `bps` of the price plus `flat`, at most
/// `cap`. Returns the fee and whether it came out above the price (the
/// caller refuses that with `returns.fee_exceeds_price` if it is charged).
pub(crate) fn restocking_fee(price: Money, fee: &RestockingFee) -> Result<(Money, bool)> {
    let mut total = price.percent_bps(fee.bps)?;
    if let Some(flat) = fee.flat {
        total = total.checked_add(&flat)?;
    }
    if let Some(cap) = fee.cap {
        // Same currency was checked when the policy was compiled and against the request.
        if cap.minor() < total.minor() {
            total = cap;
        }
    }
    let over = total.minor() > price.minor();
    Ok((total, over))
}

/// The statutory deduction for loss of value of a line: an assessed amount
/// if the request gives one, else the policy's share for the condition.
/// `new` and `opened` goods lose nothing: examining the goods is free.
pub(crate) fn loss_of_value(
    price: Money,
    condition: Condition,
    policy: &LossOfValue,
    assessed: Option<Money>,
) -> Result<Money> {
    if let Some(a) = assessed {
        return Ok(a);
    }
    let bps = match condition {
        Condition::New | Condition::Opened => 0,
        Condition::Used => policy.used_bps,
        Condition::Damaged => policy.damaged_bps,
    };
    price.percent_bps(bps)
}

/// What the law refunds of the outbound delivery.
pub(crate) fn outbound_by_law(kind: Outbound, paid: Money, cheapest: Option<Money>) -> Money {
    match kind {
        Outbound::None => Money::zero(paid.currency()),
        Outbound::Full => paid,
        Outbound::Cheapest => match cheapest {
            Some(c) if c.minor() < paid.minor() => c,
            _ => paid,
        },
    }
}

/// `refund + outbound - charged`, refusing a negative result.
pub(crate) fn total(items_refund: Money, outbound: Money, charged: Money) -> Result<Money> {
    items_refund.checked_add(&outbound)?.checked_sub(&charged)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn eur(m: i64) -> Money {
        Money::new(m, "EUR").unwrap()
    }

    #[test]
    fn restocking_fee_rounds_half_even_and_caps() {
        let fee = RestockingFee {
            bps: 1_500,
            flat: None,
            cap: Some(eur(3_000)),
        };
        // 15 % of 129.90 = 19.485 -> 19.48 (half to even).
        assert_eq!(
            restocking_fee(eur(12_990), &fee).unwrap(),
            (eur(1_948), false)
        );
        // 15 % of 299.00 = 44.85, capped at 30.00.
        assert_eq!(
            restocking_fee(eur(29_900), &fee).unwrap(),
            (eur(3_000), false)
        );
        let flat = RestockingFee {
            bps: 0,
            flat: Some(eur(500)),
            cap: None,
        };
        assert_eq!(restocking_fee(eur(399), &flat).unwrap(), (eur(500), true));
    }

    #[test]
    fn loss_of_value_by_condition() {
        let lv = LossOfValue {
            used_bps: 2_000,
            damaged_bps: 5_000,
        };
        assert!(
            loss_of_value(eur(10_000), Condition::Opened, &lv, None)
                .unwrap()
                .is_zero()
        );
        assert_eq!(
            loss_of_value(eur(10_000), Condition::Used, &lv, None).unwrap(),
            eur(2_000)
        );
        assert_eq!(
            loss_of_value(eur(10_001), Condition::Damaged, &lv, None).unwrap(),
            eur(5_000)
        );
        assert_eq!(
            loss_of_value(eur(10_000), Condition::New, &lv, Some(eur(700))).unwrap(),
            eur(700)
        );
    }

    #[test]
    fn outbound_and_total() {
        assert_eq!(
            outbound_by_law(Outbound::Cheapest, eur(990), Some(eur(490))),
            eur(490)
        );
        assert_eq!(
            outbound_by_law(Outbound::Cheapest, eur(490), Some(eur(990))),
            eur(490)
        );
        assert_eq!(
            outbound_by_law(Outbound::Full, eur(990), Some(eur(490))),
            eur(990)
        );
        assert!(outbound_by_law(Outbound::None, eur(990), None).is_zero());
        assert_eq!(total(eur(1_000), eur(490), eur(495)).unwrap(), eur(995));
        assert_eq!(
            total(eur(100), eur(0), eur(495)).unwrap_err().code(),
            "money.negative"
        );
    }
}
