//! Spain: the EU withdrawal right and the TRLGDCU 3-year guarantee.

use super::eu::{EU_WITHDRAWAL, eu_guarantee};
use super::*;

rules! {
    // ---- Spain ----
    ES_WITHIN = "law.es.trlgdcu.art120", "Real Decreto Legislativo 1/2007 (TRLGDCU), art. 120",
        "Within the 3-year legal guarantee, counted from delivery.";
    ES_ENDED = "law.es.trlgdcu.art120", "Real Decreto Legislativo 1/2007 (TRLGDCU), art. 120",
        "The 3-year legal guarantee has ended.";
    ES_PRESUMED = "law.es.trlgdcu.art121", "Real Decreto Legislativo 1/2007 (TRLGDCU), art. 121",
        "Within 2 years of delivery: the defect is presumed to have existed at delivery.";
    ES_NOT_PRESUMED = "law.es.trlgdcu.art121", "Real Decreto Legislativo 1/2007 (TRLGDCU), art. 121",
        "More than 2 years after delivery: the consumer must show the defect existed at delivery.";
}

pub(super) static ES_GUARANTEE: GuaranteeLaw = eu_guarantee(
    36,
    (24, 24),
    ES_WITHIN,
    ES_ENDED,
    ES_PRESUMED,
    ES_NOT_PRESUMED,
);

floor!(
    ES,
    "ES",
    "Spain (TRLGDCU)",
    Some(&EU_WITHDRAWAL),
    Some(&ES_GUARANTEE),
    NONE,
    NONE
);
