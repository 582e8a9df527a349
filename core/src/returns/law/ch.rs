//! Switzerland: no online withdrawal right; the Code of Obligations
//! warranty for defects.

use super::*;
use crate::returns::policy::Resolution;

rules! {
    // ---- Switzerland ----
    CH_NONE = "law.ch.or.no_withdrawal", "Code of Obligations (OR), art. 40a ff. (doorstep sales only)",
        "No statutory right of withdrawal for online purchases in Switzerland; the shop's policy decides.";
    CH_WITHIN = "law.ch.or.art210", "Code of Obligations (OR), art. 197, 210(1) and (4)",
        "Within the 2-year warranty for defects, counted from delivery (it may have been excluded by contract, art. 199).";
    CH_ENDED = "law.ch.or.art210", "Code of Obligations (OR), art. 197, 210(1) and (4)",
        "The 2-year warranty for defects has ended.";
    CH_REMEDIES = "law.ch.or.art205", "Code of Obligations (OR), art. 205-206",
        "Rescission or price reduction, or a replacement for generic goods; there is no statutory right to repair.";
}

/// The order of remedies for a defect. Rescission, price reduction or (generic
/// goods) a replacement; no statutory repair.
pub(super) const ORDERS: Remedies = Remedies {
    usual: &[
        Resolution::Refund,
        Resolution::PriceReduction,
        Resolution::Replacement,
    ],
    minor: None,
    major: None,
    reject_first: None,
};

pub(super) static CH_GUARANTEE: GuaranteeLaw = GuaranteeLaw {
    period: Period::Months(24),
    presumption: None,
    scheme: Scheme::Ch,
    short_reject_days: None,
    review: false,
    within: CH_WITHIN,
    ended: CH_ENDED,
    presumed: None,
    not_presumed: None,
    remedies: CH_REMEDIES,
    minor: None,
    short_reject: None,
    free: None,
    risk: None,
    non_delivery: None,
    orders: ORDERS,
};

floor!(
    CH,
    "CH",
    "Switzerland (Code of Obligations)",
    None,
    Some(&CH_GUARANTEE),
    CH_NONE,
    NONE
);
