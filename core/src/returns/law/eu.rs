//! The EU baseline: Directive 2011/83/EU on consumer rights (withdrawal) and
//! Directive (EU) 2019/771 on the sale of goods (legal guarantee), with
//! Regulation (EEC, Euratom) No 1182/71 on periods. Member states without a
//! file of their own get this floor.

use super::*;
use crate::returns::policy::Resolution;

rules! {
    // ---- EU: Consumer Rights Directive 2011/83/EU (withdrawal) ----
    CRD_OPEN = "law.eu.crd.art9", "Directive 2011/83/EU, Art. 9(1)-(2)",
        "Within the 14-day withdrawal period: the consumer may withdraw without giving a reason.";
    CRD_EXPIRED = "law.eu.crd.art9", "Directive 2011/83/EU, Art. 9(1)-(2)",
        "The 14-day withdrawal period has ended.";
    CRD_BEFORE_DELIVERY = "law.eu.crd.art9.before_delivery", "Directive 2011/83/EU, Art. 9(3)",
        "Not all goods of the order have arrived: the consumer may withdraw before the period starts.";
    CRD_LAST_ITEM = "law.eu.crd.art9.last_item", "Directive 2011/83/EU, Art. 9(2)(b)(i)",
        "Goods of one order delivered on different days: the period runs from the day the last one arrived.";
    CRD_REGULAR = "law.eu.crd.art9.regular_delivery", "Directive 2011/83/EU, Art. 9(2)(b)(iii)",
        "Regular delivery over a period: the withdrawal period runs from the first delivery.";
    CRD_NOT_INFORMED = "law.eu.crd.art10", "Directive 2011/83/EU, Art. 10(1)",
        "The consumer was not informed of the right of withdrawal: the period is extended by 12 months.";
    CRD_REFUND = "law.eu.crd.art13", "Directive 2011/83/EU, Art. 13(1)",
        "All payments are refunded by the means of payment used, within 14 days of the withdrawal.";
    CRD_WITHHOLD = "law.eu.crd.art13.withhold", "Directive 2011/83/EU, Art. 13(3)",
        "The trader may hold the refund back until the goods, or proof of sending them, arrive.";
    CRD_DELIVERY = "law.eu.crd.art13.delivery", "Directive 2011/83/EU, Art. 13(1)-(2)",
        "The whole order is withdrawn: the outbound delivery is refunded, up to the cheapest standard delivery offered.";
    CRD_PARTIAL = "law.eu.crd.art13.partial", "Directive 2011/83/EU, Art. 13(1) (interpretation, see docs/returns.md)",
        "Only part of the order is withdrawn: the outbound delivery is not refunded under the law.";
    CRD_SHIP_BACK = "law.eu.crd.art14", "Directive 2011/83/EU, Art. 14(1)",
        "The consumer sends the goods back within 14 days of withdrawing and bears the direct cost of return, having been told so.";
    CRD_RETURN_COST = "law.eu.crd.art14.return_cost", "Directive 2011/83/EU, Art. 14(1) and 6(1)(i)",
        "The consumer was not properly informed: the trader bears the cost of the return.";
    CRD_LOSS = "law.eu.crd.art14.loss_of_value", "Directive 2011/83/EU, Art. 14(2)",
        "The condition of the goods cannot block a withdrawal; only a loss of value from handling beyond what is needed to examine them may be deducted.";
    CRD_NO_LOSS = "law.eu.crd.art14.not_informed", "Directive 2011/83/EU, Art. 14(2)",
        "The consumer was not informed of the right of withdrawal: no deduction for loss of value.";
    CRD_NO_COSTS = "law.eu.crd.art14.no_other_costs", "Directive 2011/83/EU, Art. 14(5)",
        "No restocking fee or other charge on a statutory withdrawal.";
    CRD_PACKAGING = "law.eu.crd.art14.packaging", "Directive 2011/83/EU, Art. 14(2); Commission guidance 2021/C 525/01",
        "Returning the original packaging cannot be a condition of a withdrawal.";
    CRD_PERSONALISED = "law.eu.crd.art16.personalised", "Directive 2011/83/EU, Art. 16(c)",
        "Goods made to the consumer's specifications or clearly personalised: no right of withdrawal.";
    CRD_PERISHABLE = "law.eu.crd.art16.perishable", "Directive 2011/83/EU, Art. 16(d)",
        "Goods that deteriorate or expire rapidly: no right of withdrawal.";
    CRD_HYGIENE = "law.eu.crd.art16.sealed_hygiene", "Directive 2011/83/EU, Art. 16(e)",
        "Sealed goods not suitable for return for health or hygiene reasons, unsealed after delivery: no right of withdrawal.";
    CRD_MIXED = "law.eu.crd.art16.mixed", "Directive 2011/83/EU, Art. 16(f)",
        "Goods inseparably mixed with other items after delivery: no right of withdrawal.";
    CRD_MEDIA = "law.eu.crd.art16.sealed_media", "Directive 2011/83/EU, Art. 16(i)",
        "Sealed audio, video or software unsealed after delivery: no right of withdrawal.";
    CRD_NEWSPAPER = "law.eu.crd.art16.newspaper", "Directive 2011/83/EU, Art. 16(j)",
        "A newspaper, periodical or magazine (not a subscription): no right of withdrawal.";
    CRD_FINANCIAL = "law.eu.crd.art16.financial", "Directive 2011/83/EU, Art. 16(b)",
        "A price tied to financial-market fluctuations: no right of withdrawal.";
    CRD_DIGITAL = "law.eu.crd.art16.digital", "Directive 2011/83/EU, Art. 16(m)",
        "Digital content whose supply began with the consumer's consent: no right of withdrawal.";
    CRD_NON_DELIVERY = "law.eu.crd.art18", "Directive 2011/83/EU, Art. 18",
        "Goods of the order never arrived: the trader must deliver them or refund them.";
    CRD_RISK = "law.eu.crd.art20", "Directive 2011/83/EU, Art. 20",
        "Damage before the consumer received the goods is the trader's risk.";
    EU_DAYS = "law.eu.reg1182_71.art3", "Regulation (EEC, Euratom) No 1182/71, Art. 3(4); Directive 2011/83/EU, recital 41",
        "The last day fell on a Saturday, Sunday or public holiday: the period ends on the next working day.";

    // ---- EU: Sale of Goods Directive (EU) 2019/771 (legal guarantee) ----
    SGD_WITHIN = "law.eu.sgd.art10", "Directive (EU) 2019/771, Art. 10(1)",
        "Within the 2-year legal guarantee: the seller answers for a lack of conformity that existed at delivery.";
    SGD_ENDED = "law.eu.sgd.art10", "Directive (EU) 2019/771, Art. 10(1)",
        "The 2-year legal guarantee has ended.";
    SGD_PRESUMED = "law.eu.sgd.art11", "Directive (EU) 2019/771, Art. 11(1)",
        "Within 1 year of delivery: the defect is presumed to have existed at delivery.";
    SGD_NOT_PRESUMED = "law.eu.sgd.art11", "Directive (EU) 2019/771, Art. 11(1)",
        "More than 1 year after delivery: the consumer must show the defect existed at delivery.";
    SGD_REMEDIES = "law.eu.sgd.art13", "Directive (EU) 2019/771, Art. 13(1)-(4)",
        "Repair or replacement first, as the consumer chooses; then a price reduction or termination.";
    SGD_MINOR = "law.eu.sgd.art13.minor", "Directive (EU) 2019/771, Art. 13(5)",
        "A minor lack of conformity gives no right to terminate the contract.";
    SGD_FREE = "law.eu.sgd.art14", "Directive (EU) 2019/771, Art. 14(1)-(2) and 16(3)",
        "Remedies are free of charge: the seller takes the goods back at its own expense.";
}

/// The order of remedies for a defect. Repair or replacement first, then a
/// price reduction or termination; no termination for a minor defect (Directive
/// (EU) 2019/771, Art. 13).
pub(super) const ORDERS: Remedies = Remedies {
    usual: &[
        Resolution::Repair,
        Resolution::Replacement,
        Resolution::PriceReduction,
        Resolution::Refund,
    ],
    minor: Some(&[
        Resolution::Repair,
        Resolution::Replacement,
        Resolution::PriceReduction,
    ]),
    major: None,
    reject_first: None,
};

const EU_EXCEPTIONS: &[(Exception, Rule)] = &[
    (Exception::Personalised, CRD_PERSONALISED),
    (Exception::Perishable, CRD_PERISHABLE),
    (Exception::SealedHygiene, CRD_HYGIENE),
    (Exception::SealedMedia, CRD_MEDIA),
    (Exception::Mixed, CRD_MIXED),
    (Exception::Newspaper, CRD_NEWSPAPER),
    (Exception::Financial, CRD_FINANCIAL),
    (Exception::Digital, CRD_DIGITAL),
];

pub(super) static EU_WITHDRAWAL: WithdrawalLaw = WithdrawalLaw {
    days: 14,
    from_purchase: false,
    not_informed_months: 12,
    refund_days: Some(14),
    ship_back_days: Some(14),
    outbound: Outbound::Cheapest,
    return_cost_if_informed: true,
    loss_of_value: true,
    eu_days: true,
    only_if_unposted: false,
    exceptions: EU_EXCEPTIONS,
    open: CRD_OPEN,
    expired: CRD_EXPIRED,
    before_delivery: Some(CRD_BEFORE_DELIVERY),
    last_item: Some(CRD_LAST_ITEM),
    regular: Some(CRD_REGULAR),
    not_informed: Some(CRD_NOT_INFORMED),
    refund: Some(CRD_REFUND),
    withhold: Some(CRD_WITHHOLD),
    delivery: Some(CRD_DELIVERY),
    partial: Some(CRD_PARTIAL),
    ship_back: Some(CRD_SHIP_BACK),
    return_cost: Some(CRD_RETURN_COST),
    loss: Some(CRD_LOSS),
    no_loss: Some(CRD_NO_LOSS),
    no_costs: CRD_NO_COSTS,
    packaging: Some(CRD_PACKAGING),
};

pub(super) const fn eu_guarantee(
    months: u32,
    presumption: (u32, u32),
    within: Rule,
    ended: Rule,
    presumed: Rule,
    not_presumed: Rule,
) -> GuaranteeLaw {
    GuaranteeLaw {
        period: Period::Months(months),
        presumption: Some(presumption),
        scheme: Scheme::Eu,
        short_reject_days: None,
        review: false,
        within,
        ended,
        presumed: Some(presumed),
        not_presumed: Some(not_presumed),
        remedies: SGD_REMEDIES,
        minor: Some(SGD_MINOR),
        short_reject: None,
        free: Some(SGD_FREE),
        risk: Some(CRD_RISK),
        non_delivery: Some(CRD_NON_DELIVERY),
        orders: ORDERS,
    }
}

pub(super) static EU_GUARANTEE: GuaranteeLaw = eu_guarantee(
    24,
    (12, 12),
    SGD_WITHIN,
    SGD_ENDED,
    SGD_PRESUMED,
    SGD_NOT_PRESUMED,
);

floor!(
    EU,
    "EU",
    "EU baseline (Directive 2011/83/EU, Directive (EU) 2019/771)",
    Some(&EU_WITHDRAWAL),
    Some(&EU_GUARANTEE),
    NONE,
    NONE
);
