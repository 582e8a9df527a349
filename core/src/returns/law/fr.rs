//! France: the EU withdrawal right and the Code de la consommation guarantee.

use super::eu::{EU_WITHDRAWAL, eu_guarantee};
use super::*;

rules! {
    // ---- France ----
    FR_WITHIN = "law.fr.cconso.l217_3", "Code de la consommation, art. L217-3",
        "Within the 2-year legal guarantee of conformity, counted from delivery.";
    FR_ENDED = "law.fr.cconso.l217_3", "Code de la consommation, art. L217-3",
        "The 2-year legal guarantee of conformity has ended.";
    FR_PRESUMED = "law.fr.cconso.l217_7", "Code de la consommation, art. L217-7",
        "Within 2 years of delivery (1 year for second-hand goods): the defect is presumed to have existed at delivery.";
    FR_NOT_PRESUMED = "law.fr.cconso.l217_7", "Code de la consommation, art. L217-7",
        "Past the presumption (2 years, 1 year for second-hand goods): the consumer must show the defect existed at delivery.";
}

pub(super) static FR_GUARANTEE: GuaranteeLaw = eu_guarantee(
    24,
    (24, 12),
    FR_WITHIN,
    FR_ENDED,
    FR_PRESUMED,
    FR_NOT_PRESUMED,
);

floor!(
    FR,
    "FR",
    "France (Code de la consommation)",
    Some(&EU_WITHDRAWAL),
    Some(&FR_GUARANTEE),
    NONE,
    NONE
);
