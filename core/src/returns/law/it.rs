//! Italy: the EU withdrawal right and the Codice del consumo guarantee.

use super::eu::{EU_WITHDRAWAL, eu_guarantee};
use super::*;

rules! {
    // ---- Italy ----
    IT_WITHIN = "law.it.ccons.art133", "Codice del consumo, art. 133(1)",
        "Within the 2-year legal guarantee, counted from delivery.";
    IT_ENDED = "law.it.ccons.art133", "Codice del consumo, art. 133(1)",
        "The 2-year legal guarantee has ended.";
    IT_PRESUMED = "law.it.ccons.art135", "Codice del consumo, art. 135(1)",
        "Within 1 year of delivery: the defect is presumed to have existed at delivery.";
    IT_NOT_PRESUMED = "law.it.ccons.art135", "Codice del consumo, art. 135(1)",
        "More than 1 year after delivery: the consumer must show the defect existed at delivery.";
}

pub(super) static IT_GUARANTEE: GuaranteeLaw = eu_guarantee(
    24,
    (12, 12),
    IT_WITHIN,
    IT_ENDED,
    IT_PRESUMED,
    IT_NOT_PRESUMED,
);

floor!(
    IT,
    "IT",
    "Italy (Codice del consumo)",
    Some(&EU_WITHDRAWAL),
    Some(&IT_GUARANTEE),
    NONE,
    NONE
);
