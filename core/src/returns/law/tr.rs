//! Turkey: the Distance Contracts Regulation (2014) and Law 6502.

use super::*;
use crate::returns::policy::Resolution;

rules! {
    // ---- Turkey ----
    TR_OPEN = "law.tr.mss.withdrawal", "Mesafeli Sözleşmeler Yönetmeliği (2014); Law 6502, art. 48",
        "Within the 14-day withdrawal period: the consumer may withdraw without giving a reason.";
    TR_EXPIRED = "law.tr.mss.withdrawal", "Mesafeli Sözleşmeler Yönetmeliği (2014); Law 6502, art. 48",
        "The 14-day withdrawal period has ended.";
    TR_BEFORE_DELIVERY = "law.tr.mss.before_delivery", "Mesafeli Sözleşmeler Yönetmeliği (2014)",
        "Not all goods of the order have arrived: the consumer may withdraw before the period starts.";
    TR_LAST_ITEM = "law.tr.mss.last_item", "Mesafeli Sözleşmeler Yönetmeliği (2014)",
        "Goods of one order delivered on different days: the period runs from the day the last one arrived.";
    TR_REGULAR = "law.tr.mss.regular_delivery", "Mesafeli Sözleşmeler Yönetmeliği (2014)",
        "Regular delivery over a period: the withdrawal period runs from the first delivery.";
    TR_NOT_INFORMED = "law.tr.mss.not_informed", "Mesafeli Sözleşmeler Yönetmeliği (2014)",
        "The consumer was not informed of the right of withdrawal: the period is extended by 1 year.";
    TR_REFUND = "law.tr.mss.refund", "Mesafeli Sözleşmeler Yönetmeliği (2014)",
        "All payments, delivery costs included, are refunded within 14 days of the withdrawal.";
    TR_SHIP_BACK = "law.tr.mss.return", "Mesafeli Sözleşmeler Yönetmeliği (2014)",
        "The consumer sends the goods back within 10 days of withdrawing.";
    TR_RETURN_COST = "law.tr.mss.return_cost", "Mesafeli Sözleşmeler Yönetmeliği (2014)",
        "The consumer was not properly informed: the trader bears the cost of the return.";
    TR_LOSS = "law.tr.mss.loss_of_value", "Mesafeli Sözleşmeler Yönetmeliği (2014)",
        "The condition of the goods cannot block a withdrawal; only changes beyond normal use may be charged.";
    TR_NO_LOSS = "law.tr.mss.not_informed_loss", "Mesafeli Sözleşmeler Yönetmeliği (2014)",
        "The consumer was not informed of the right of withdrawal: no deduction for loss of value.";
    TR_NO_COSTS = "law.tr.mss.no_other_costs", "Mesafeli Sözleşmeler Yönetmeliği (2014); Law 6502, art. 48(4)",
        "No penalty or other charge on a statutory withdrawal.";
    TR_PACKAGING = "law.tr.mss.packaging", "Mesafeli Sözleşmeler Yönetmeliği (2014)",
        "Returning the original packaging cannot be a condition of a withdrawal.";
    TR_PERSONALISED = "law.tr.mss.exception.personalised", "Mesafeli Sözleşmeler Yönetmeliği (2014), exceptions",
        "Goods made to the consumer's specifications or personalised: no right of withdrawal.";
    TR_PERISHABLE = "law.tr.mss.exception.perishable", "Mesafeli Sözleşmeler Yönetmeliği (2014), exceptions",
        "Goods that deteriorate or expire rapidly: no right of withdrawal.";
    TR_HYGIENE = "law.tr.mss.exception.sealed_hygiene", "Mesafeli Sözleşmeler Yönetmeliği (2014), exceptions",
        "Sealed hygiene goods unsealed after delivery: no right of withdrawal.";
    TR_MIXED = "law.tr.mss.exception.mixed", "Mesafeli Sözleşmeler Yönetmeliği (2014), exceptions",
        "Goods inseparably mixed with other items after delivery: no right of withdrawal.";
    TR_MEDIA = "law.tr.mss.exception.sealed_media", "Mesafeli Sözleşmeler Yönetmeliği (2014), exceptions",
        "Sealed audio, video, software or consumables unsealed after delivery: no right of withdrawal.";
    TR_NEWSPAPER = "law.tr.mss.exception.newspaper", "Mesafeli Sözleşmeler Yönetmeliği (2014), exceptions",
        "A newspaper or periodical (not a subscription): no right of withdrawal.";
    TR_FINANCIAL = "law.tr.mss.exception.financial", "Mesafeli Sözleşmeler Yönetmeliği (2014), exceptions",
        "A price tied to financial-market fluctuations: no right of withdrawal.";
    TR_DIGITAL = "law.tr.mss.exception.digital", "Mesafeli Sözleşmeler Yönetmeliği (2014), exceptions",
        "Digital content delivered instantly: no right of withdrawal.";
    TR_WITHIN = "law.tr.tkhk.limitation", "Law 6502 on Consumer Protection (liability period for defective goods)",
        "Within 2 years of delivery: the seller answers for defective goods.";
    TR_ENDED = "law.tr.tkhk.limitation", "Law 6502 on Consumer Protection (liability period for defective goods)",
        "More than 2 years after delivery: the claim is time-barred.";
    TR_PRESUMED = "law.tr.tkhk.art10", "Law 6502 on Consumer Protection, art. 10",
        "Within 6 months of delivery: the defect is presumed to have existed at delivery.";
    TR_NOT_PRESUMED = "law.tr.tkhk.art10", "Law 6502 on Consumer Protection, art. 10",
        "More than 6 months after delivery: the consumer must show the defect existed at delivery.";
    TR_REMEDIES = "law.tr.tkhk.art11", "Law 6502 on Consumer Protection, art. 11",
        "The consumer chooses freely: withdraw from the contract, a price reduction, free repair or a replacement.";
}

/// The order of remedies for a defect. The consumer's free choice of the four remedies.
pub(super) const ORDERS: Remedies = Remedies {
    usual: &[
        Resolution::Refund,
        Resolution::PriceReduction,
        Resolution::Repair,
        Resolution::Replacement,
    ],
    minor: None,
    major: None,
    reject_first: None,
};

const TR_EXCEPTIONS: &[(Exception, Rule)] = &[
    (Exception::Personalised, TR_PERSONALISED),
    (Exception::Perishable, TR_PERISHABLE),
    (Exception::SealedHygiene, TR_HYGIENE),
    (Exception::SealedMedia, TR_MEDIA),
    (Exception::Mixed, TR_MIXED),
    (Exception::Newspaper, TR_NEWSPAPER),
    (Exception::Financial, TR_FINANCIAL),
    (Exception::Digital, TR_DIGITAL),
];

pub(super) static TR_WITHDRAWAL: WithdrawalLaw = WithdrawalLaw {
    days: 14,
    from_purchase: false,
    not_informed_months: 12,
    refund_days: Some(14),
    ship_back_days: Some(10),
    outbound: Outbound::Full,
    return_cost_if_informed: true,
    loss_of_value: true,
    eu_days: false,
    only_if_unposted: false,
    exceptions: TR_EXCEPTIONS,
    open: TR_OPEN,
    expired: TR_EXPIRED,
    before_delivery: Some(TR_BEFORE_DELIVERY),
    last_item: Some(TR_LAST_ITEM),
    regular: Some(TR_REGULAR),
    not_informed: Some(TR_NOT_INFORMED),
    refund: Some(TR_REFUND),
    withhold: None,
    delivery: Some(TR_REFUND),
    partial: None,
    ship_back: Some(TR_SHIP_BACK),
    return_cost: Some(TR_RETURN_COST),
    loss: Some(TR_LOSS),
    no_loss: Some(TR_NO_LOSS),
    no_costs: TR_NO_COSTS,
    packaging: Some(TR_PACKAGING),
};

pub(super) static TR_GUARANTEE: GuaranteeLaw = GuaranteeLaw {
    period: Period::Months(24),
    presumption: Some((6, 6)),
    scheme: Scheme::Tr,
    short_reject_days: None,
    review: false,
    within: TR_WITHIN,
    ended: TR_ENDED,
    presumed: Some(TR_PRESUMED),
    not_presumed: Some(TR_NOT_PRESUMED),
    remedies: TR_REMEDIES,
    minor: None,
    short_reject: None,
    free: Some(TR_REMEDIES),
    risk: None,
    non_delivery: None,
    orders: ORDERS,
};

floor!(
    TR,
    "TR",
    "Turkey (Law 6502, Distance Contracts Regulation)",
    Some(&TR_WITHDRAWAL),
    Some(&TR_GUARANTEE),
    NONE,
    NONE
);
