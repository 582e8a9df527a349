//! Germany: the EU withdrawal right (BGB §§ 355-357) and the BGB guarantee.

use super::eu::{EU_WITHDRAWAL, eu_guarantee};
use super::*;

rules! {
    // ---- Germany ----
    DE_WITHIN = "law.de.bgb.s438", "BGB § 438(1) no. 3, (2)",
        "Within the 2-year limitation period for defects, counted from delivery.";
    DE_ENDED = "law.de.bgb.s438", "BGB § 438(1) no. 3, (2)",
        "The 2-year limitation period for defects has ended.";
    DE_PRESUMED = "law.de.bgb.s477", "BGB § 477(1)",
        "Within 1 year of delivery: the defect is presumed to have existed at delivery.";
    DE_NOT_PRESUMED = "law.de.bgb.s477", "BGB § 477(1)",
        "More than 1 year after delivery: the consumer must show the defect existed at delivery.";
}

pub(super) static DE_GUARANTEE: GuaranteeLaw = eu_guarantee(
    24,
    (12, 12),
    DE_WITHIN,
    DE_ENDED,
    DE_PRESUMED,
    DE_NOT_PRESUMED,
);

floor!(
    DE,
    "DE",
    "Germany (BGB, transposing the EU directives)",
    Some(&EU_WITHDRAWAL),
    Some(&DE_GUARANTEE),
    NONE,
    NONE
);
