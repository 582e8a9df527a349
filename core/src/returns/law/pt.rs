//! Portugal: the EU withdrawal right and Decreto-Lei 84/2021 (3-year
//! guarantee, 30-day right of rejection).

use super::eu::{EU_WITHDRAWAL, eu_guarantee};
use super::*;
use crate::returns::policy::Resolution;

rules! {
    // ---- Portugal ----
    PT_WITHIN = "law.pt.dl84_2021.guarantee", "Decreto-Lei 84/2021 (liability for lack of conformity)",
        "Within the 3-year legal guarantee, counted from delivery.";
    PT_ENDED = "law.pt.dl84_2021.guarantee", "Decreto-Lei 84/2021 (liability for lack of conformity)",
        "The 3-year legal guarantee has ended.";
    PT_PRESUMED = "law.pt.dl84_2021.presumption", "Decreto-Lei 84/2021 (burden of proof)",
        "Within 2 years of delivery (1 year for second-hand goods): the defect is presumed to have existed at delivery.";
    PT_NOT_PRESUMED = "law.pt.dl84_2021.presumption", "Decreto-Lei 84/2021 (burden of proof)",
        "Past the presumption (2 years, 1 year for second-hand goods): the consumer must show the defect existed at delivery.";
    PT_REJECT = "law.pt.dl84_2021.art16", "Decreto-Lei 84/2021, art. 16 (direito de rejeição)",
        "A defect shown within 30 days of delivery: the consumer may ask for an immediate replacement or terminate the contract.";
}

/// The order of remedies for a defect. The EU order, but within 30 days of
/// delivery an immediate replacement or termination comes first (direito de
/// rejeição).
pub(super) const ORDERS: Remedies = Remedies {
    reject_first: Some(&[
        Resolution::Replacement,
        Resolution::Refund,
        Resolution::Repair,
        Resolution::PriceReduction,
    ]),
    ..super::eu::ORDERS
};

pub(super) static PT_GUARANTEE: GuaranteeLaw = GuaranteeLaw {
    short_reject_days: Some(30),
    short_reject: Some(PT_REJECT),
    orders: ORDERS,
    ..eu_guarantee(
        36,
        (24, 12),
        PT_WITHIN,
        PT_ENDED,
        PT_PRESUMED,
        PT_NOT_PRESUMED,
    )
};

floor!(
    PT,
    "PT",
    "Portugal (Decreto-Lei 24/2014, Decreto-Lei 84/2021)",
    Some(&EU_WITHDRAWAL),
    Some(&PT_GUARANTEE),
    NONE,
    NONE
);
