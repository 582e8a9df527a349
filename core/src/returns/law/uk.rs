//! The United Kingdom: Consumer Contracts Regulations 2013 (cancellation),
//! Consumer Rights Act 2015 (faulty goods), Limitation Act 1980, and
//! Scotland's Prescription and Limitation (Scotland) Act 1973.

use super::*;
use crate::returns::policy::Resolution;

rules! {
    // ---- United Kingdom ----
    UK_OPEN = "law.uk.ccr.reg30", "Consumer Contracts Regulations 2013, reg. 29-30",
        "Within the 14-day cancellation period: the consumer may cancel without giving a reason.";
    UK_EXPIRED = "law.uk.ccr.reg30", "Consumer Contracts Regulations 2013, reg. 29-30",
        "The 14-day cancellation period has ended.";
    UK_BEFORE_DELIVERY = "law.uk.ccr.reg30.before_delivery", "Consumer Contracts Regulations 2013, reg. 29-30",
        "Not all goods of the order have arrived: the consumer may cancel before the period starts.";
    UK_LAST_ITEM = "law.uk.ccr.reg30.last_item", "Consumer Contracts Regulations 2013, reg. 30(5)",
        "Goods of one order delivered on different days: the period runs from the day the last one arrived.";
    UK_REGULAR = "law.uk.ccr.reg30.regular_delivery", "Consumer Contracts Regulations 2013, reg. 30(5)",
        "Regular delivery over a period: the cancellation period runs from the first delivery.";
    UK_NOT_INFORMED = "law.uk.ccr.reg31", "Consumer Contracts Regulations 2013, reg. 31",
        "The consumer was not told of the right to cancel: the period is extended by 12 months.";
    UK_REFUND = "law.uk.ccr.reg34", "Consumer Contracts Regulations 2013, reg. 34(1), (4)-(6)",
        "All payments are refunded by the means of payment used, within 14 days.";
    UK_WITHHOLD = "law.uk.ccr.reg34.withhold", "Consumer Contracts Regulations 2013, reg. 34(5)-(6)",
        "The trader may hold the refund back until the goods, or proof of sending them, arrive.";
    UK_DELIVERY = "law.uk.ccr.reg34.delivery", "Consumer Contracts Regulations 2013, reg. 34(2)-(3)",
        "The whole order is cancelled: the outbound delivery is refunded, up to the cheapest standard delivery offered.";
    UK_PARTIAL = "law.uk.ccr.reg34.partial", "Consumer Contracts Regulations 2013, reg. 34 (interpretation, see docs/returns.md)",
        "Only part of the order is cancelled: the outbound delivery is not refunded under the law.";
    UK_SHIP_BACK = "law.uk.ccr.reg35", "Consumer Contracts Regulations 2013, reg. 35(4)-(5)",
        "The consumer sends the goods back within 14 days of cancelling and bears the direct cost of return, having been told so.";
    UK_RETURN_COST = "law.uk.ccr.reg35.return_cost", "Consumer Contracts Regulations 2013, reg. 35(2)",
        "The consumer was not properly informed: the trader bears the cost of the return.";
    UK_LOSS = "law.uk.ccr.reg34.loss_of_value", "Consumer Contracts Regulations 2013, reg. 34(9)-(11)",
        "The condition of the goods cannot block a cancellation; only a loss of value from handling beyond what is needed to examine them may be deducted.";
    UK_NO_LOSS = "law.uk.ccr.reg34.not_informed", "Consumer Contracts Regulations 2013, reg. 34(12)",
        "The consumer was not told of the right to cancel: no deduction for loss of value.";
    UK_NO_COSTS = "law.uk.ccr.reg35.no_other_costs", "Consumer Contracts Regulations 2013, reg. 35(7)",
        "No restocking fee or other charge on a statutory cancellation.";
    UK_PACKAGING = "law.uk.ccr.reg35.packaging", "Consumer Contracts Regulations 2013, reg. 34(9)-(11), 35",
        "Returning the original packaging cannot be a condition of a cancellation.";
    UK_PERSONALISED = "law.uk.ccr.reg28.personalised", "Consumer Contracts Regulations 2013, reg. 28(1)(b)",
        "Goods made to the consumer's specifications or clearly personalised: no right to cancel.";
    UK_PERISHABLE = "law.uk.ccr.reg28.perishable", "Consumer Contracts Regulations 2013, reg. 28(1)(c)",
        "Goods liable to deteriorate or expire rapidly: no right to cancel.";
    UK_HYGIENE = "law.uk.ccr.reg28.sealed_hygiene", "Consumer Contracts Regulations 2013, reg. 28(1)(d)",
        "Sealed goods not suitable for return for health or hygiene reasons, unsealed after delivery: no right to cancel.";
    UK_MIXED = "law.uk.ccr.reg28.mixed", "Consumer Contracts Regulations 2013, reg. 28(1)(e)",
        "Goods inseparably mixed with other items after delivery: no right to cancel.";
    UK_MEDIA = "law.uk.ccr.reg28.sealed_media", "Consumer Contracts Regulations 2013, reg. 28(1)(f)",
        "Sealed audio, video or software unsealed after delivery: no right to cancel.";
    UK_NEWSPAPER = "law.uk.ccr.reg28.newspaper", "Consumer Contracts Regulations 2013, reg. 28(1)(g)",
        "A newspaper, periodical or magazine (not a subscription): no right to cancel.";
    UK_FINANCIAL = "law.uk.ccr.reg28.financial", "Consumer Contracts Regulations 2013, reg. 28(1)(a)",
        "A price tied to financial-market fluctuations: no right to cancel.";
    UK_DIGITAL = "law.uk.ccr.reg37.digital", "Consumer Contracts Regulations 2013, reg. 37",
        "Digital content whose supply began with the consumer's consent: no right to cancel.";
    UK_RISK = "law.uk.cra.s29", "Consumer Rights Act 2015, s. 29",
        "Goods remain at the trader's risk until they come into the consumer's physical possession.";
    UK_SHORT_REJECT = "law.uk.cra.s22", "Consumer Rights Act 2015, s. 20-22",
        "Within 30 days of delivery: the short-term right to reject faulty goods for a full refund.";
    UK_REMEDIES = "law.uk.cra.s23", "Consumer Rights Act 2015, s. 23-24",
        "Repair or replacement first, free of charge; then a price reduction or the final right to reject.";
    UK_PRESUMED = "law.uk.cra.s19", "Consumer Rights Act 2015, s. 19(14)-(15)",
        "Within 6 months of delivery: the fault is presumed to have existed at delivery.";
    UK_NOT_PRESUMED = "law.uk.cra.s19", "Consumer Rights Act 2015, s. 19(14)-(15)",
        "More than 6 months after delivery: the consumer must show the fault existed at delivery.";
    UK_LIMIT = "law.uk.lim1980.s5", "Limitation Act 1980, s. 5 (England and Wales; NI: Limitation (NI) Order 1989)",
        "Within 6 years of delivery: a claim for faulty goods can still be made.";
    UK_LIMIT_ENDED = "law.uk.lim1980.s5", "Limitation Act 1980, s. 5 (England and Wales; NI: Limitation (NI) Order 1989)",
        "More than 6 years after delivery: the claim is time-barred.";
    SCT_LIMIT = "law.uk.sct.pla1973.s6", "Prescription and Limitation (Scotland) Act 1973, s. 6",
        "Within 5 years: a claim for faulty goods can still be made in Scotland.";
    SCT_LIMIT_ENDED = "law.uk.sct.pla1973.s6", "Prescription and Limitation (Scotland) Act 1973, s. 6",
        "More than 5 years after delivery: the claim has prescribed in Scotland.";
}

/// The order of remedies for a defect. Within 30 days the short-term right to
/// reject (a refund) first; then repair or replacement, then a price reduction
/// or the final right to reject.
pub(super) const ORDERS: Remedies = Remedies {
    usual: &[
        Resolution::Repair,
        Resolution::Replacement,
        Resolution::PriceReduction,
        Resolution::Refund,
    ],
    minor: None,
    major: None,
    reject_first: Some(&[
        Resolution::Refund,
        Resolution::Repair,
        Resolution::Replacement,
        Resolution::PriceReduction,
    ]),
};

const UK_EXCEPTIONS: &[(Exception, Rule)] = &[
    (Exception::Personalised, UK_PERSONALISED),
    (Exception::Perishable, UK_PERISHABLE),
    (Exception::SealedHygiene, UK_HYGIENE),
    (Exception::SealedMedia, UK_MEDIA),
    (Exception::Mixed, UK_MIXED),
    (Exception::Newspaper, UK_NEWSPAPER),
    (Exception::Financial, UK_FINANCIAL),
    (Exception::Digital, UK_DIGITAL),
];

pub(super) static UK_WITHDRAWAL: WithdrawalLaw = WithdrawalLaw {
    days: 14,
    from_purchase: false,
    not_informed_months: 12,
    refund_days: Some(14),
    ship_back_days: Some(14),
    outbound: Outbound::Cheapest,
    return_cost_if_informed: true,
    loss_of_value: true,
    eu_days: false,
    only_if_unposted: false,
    exceptions: UK_EXCEPTIONS,
    open: UK_OPEN,
    expired: UK_EXPIRED,
    before_delivery: Some(UK_BEFORE_DELIVERY),
    last_item: Some(UK_LAST_ITEM),
    regular: Some(UK_REGULAR),
    not_informed: Some(UK_NOT_INFORMED),
    refund: Some(UK_REFUND),
    withhold: Some(UK_WITHHOLD),
    delivery: Some(UK_DELIVERY),
    partial: Some(UK_PARTIAL),
    ship_back: Some(UK_SHIP_BACK),
    return_cost: Some(UK_RETURN_COST),
    loss: Some(UK_LOSS),
    no_loss: Some(UK_NO_LOSS),
    no_costs: UK_NO_COSTS,
    packaging: Some(UK_PACKAGING),
};

pub(super) static UK_GUARANTEE: GuaranteeLaw = GuaranteeLaw {
    period: Period::Months(72),
    presumption: Some((6, 6)),
    scheme: Scheme::Uk,
    short_reject_days: Some(30),
    review: false,
    within: UK_LIMIT,
    ended: UK_LIMIT_ENDED,
    presumed: Some(UK_PRESUMED),
    not_presumed: Some(UK_NOT_PRESUMED),
    remedies: UK_REMEDIES,
    minor: None,
    short_reject: Some(UK_SHORT_REJECT),
    free: Some(UK_REMEDIES),
    risk: Some(UK_RISK),
    non_delivery: None,
    orders: ORDERS,
};

pub(super) static SCT_GUARANTEE: GuaranteeLaw = GuaranteeLaw {
    period: Period::Months(60),
    within: SCT_LIMIT,
    ended: SCT_LIMIT_ENDED,
    ..UK_GUARANTEE
};

floor!(
    GB,
    "GB",
    "United Kingdom (CCR 2013, CRA 2015, Limitation Act 1980)",
    Some(&UK_WITHDRAWAL),
    Some(&UK_GUARANTEE),
    NONE,
    NONE
);

floor!(
    GB_SCT,
    "GB-SCT",
    "Scotland (CCR 2013, CRA 2015, Prescription and Limitation (Scotland) Act 1973)",
    Some(&UK_WITHDRAWAL),
    Some(&SCT_GUARANTEE),
    NONE,
    NONE
);
