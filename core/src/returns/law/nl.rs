//! The Netherlands: the EU withdrawal right and the Burgerlijk Wetboek
//! (no fixed guarantee period: expected lifespan).

use super::eu::{EU_WITHDRAWAL, eu_guarantee};
use super::*;

rules! {
    // ---- Netherlands ----
    NL_LIFESPAN = "law.nl.bw.7_17", "Burgerlijk Wetboek, art. 7:17 and 7:23",
        "No fixed guarantee period: the goods must last as long as may be expected of them; check the claim against the expected lifespan.";
    NL_PRESUMED = "law.nl.bw.7_18", "Burgerlijk Wetboek, art. 7:18(2)",
        "Within 1 year of delivery: the defect is presumed to have existed at delivery.";
    NL_NOT_PRESUMED = "law.nl.bw.7_18", "Burgerlijk Wetboek, art. 7:18(2)",
        "More than 1 year after delivery: the consumer must show the defect existed at delivery.";
}

pub(super) static NL_GUARANTEE: GuaranteeLaw = GuaranteeLaw {
    period: Period::Open,
    review: true,
    ..eu_guarantee(
        0,
        (12, 12),
        NL_LIFESPAN,
        NL_LIFESPAN,
        NL_PRESUMED,
        NL_NOT_PRESUMED,
    )
};

floor!(
    NL,
    "NL",
    "Netherlands (Burgerlijk Wetboek)",
    Some(&EU_WITHDRAWAL),
    Some(&NL_GUARANTEE),
    NONE,
    NONE
);
