//! Brazil: the Código de Defesa do Consumidor (7-day regret, Art. 26
//! notice periods, Art. 18 remedies).

use super::*;
use crate::returns::policy::Resolution;

rules! {
    // ---- Brazil ----
    BR_OPEN = "law.br.cdc.art49", "Código de Defesa do Consumidor (Lei 8.078/1990), art. 49",
        "Within the 7-day right of regret from receipt: everything paid, delivery included, is refunded immediately.";
    BR_EXPIRED = "law.br.cdc.art49", "Código de Defesa do Consumidor (Lei 8.078/1990), art. 49",
        "The 7-day right of regret has ended.";
    BR_NOTICE = "law.br.cdc.art26", "Código de Defesa do Consumidor, art. 26(I)-(II), §1, §3",
        "Within the period to claim an apparent defect: 90 days from delivery for durable goods, 30 days for non-durable goods (hidden defects count from discovery).";
    BR_NOTICE_ENDED = "law.br.cdc.art26", "Código de Defesa do Consumidor, art. 26(I)-(II), §1, §3",
        "The period to claim an apparent defect has ended (a hidden defect counts from its discovery: check the claim).";
    BR_REMEDIES = "law.br.cdc.art18", "Código de Defesa do Consumidor, art. 18 §1",
        "The supplier has 30 days to repair; then the consumer chooses a replacement, a refund or a price reduction.";
}

/// The order of remedies for a defect. Repair within 30 days first, then the
/// consumer chooses a replacement, a refund or a price reduction.
pub(super) const ORDERS: Remedies = Remedies {
    usual: &[
        Resolution::Repair,
        Resolution::Replacement,
        Resolution::Refund,
        Resolution::PriceReduction,
    ],
    minor: None,
    major: None,
    reject_first: None,
};

pub(super) static BR_WITHDRAWAL: WithdrawalLaw = WithdrawalLaw {
    days: 7,
    from_purchase: false,
    not_informed_months: 0,
    refund_days: Some(0),
    ship_back_days: None,
    outbound: Outbound::Full,
    return_cost_if_informed: false,
    loss_of_value: false,
    eu_days: false,
    only_if_unposted: false,
    exceptions: &[],
    open: BR_OPEN,
    expired: BR_EXPIRED,
    before_delivery: None,
    last_item: None,
    regular: None,
    not_informed: None,
    refund: Some(BR_OPEN),
    withhold: None,
    delivery: Some(BR_OPEN),
    partial: None,
    ship_back: None,
    return_cost: Some(BR_OPEN),
    loss: Some(BR_OPEN),
    no_loss: None,
    no_costs: BR_OPEN,
    packaging: Some(BR_OPEN),
};

pub(super) static BR_GUARANTEE: GuaranteeLaw = GuaranteeLaw {
    period: Period::NoticeDays(90, 30),
    presumption: None,
    scheme: Scheme::Br,
    short_reject_days: None,
    review: false,
    within: BR_NOTICE,
    ended: BR_NOTICE_ENDED,
    presumed: None,
    not_presumed: None,
    remedies: BR_REMEDIES,
    minor: None,
    short_reject: None,
    free: Some(BR_REMEDIES),
    risk: None,
    non_delivery: None,
    orders: ORDERS,
};

floor!(
    BR,
    "BR",
    "Brazil (Código de Defesa do Consumidor)",
    Some(&BR_WITHDRAWAL),
    Some(&BR_GUARANTEE),
    NONE,
    NONE
);
