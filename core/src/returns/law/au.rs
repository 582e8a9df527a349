//! Australia: the Australian Consumer Law (no change-of-mind right;
//! consumer guarantees, major and minor failures).

use super::*;
use crate::returns::policy::Resolution;

rules! {
    // ---- Australia ----
    AU_NONE = "law.au.acl.no_change_of_mind", "Australian Consumer Law (Competition and Consumer Act 2010, Sch. 2)",
        "No right to a refund for a change of mind under the Australian Consumer Law; the shop's policy decides.";
    AU_GUARANTEE = "law.au.acl.s54", "Australian Consumer Law, s. 54",
        "Consumer guarantee of acceptable quality for a reasonable time: no fixed period; check the failure against the goods' expected durability.";
    AU_MAJOR = "law.au.acl.s259.major", "Australian Consumer Law, s. 259(3)-(4), 260, 263",
        "A major failure: the consumer chooses a refund or a replacement.";
    AU_MINOR = "law.au.acl.s259.minor", "Australian Consumer Law, s. 259(2)",
        "A failure that is not major: the supplier chooses to repair, replace or refund within a reasonable time.";
}

/// The order of remedies for a defect. A major failure: refund or replacement,
/// as the consumer chooses; otherwise the supplier repairs, replaces or
/// refunds.
pub(super) const ORDERS: Remedies = Remedies {
    usual: &[
        Resolution::Repair,
        Resolution::Replacement,
        Resolution::Refund,
    ],
    minor: None,
    major: Some(&[Resolution::Refund, Resolution::Replacement]),
    reject_first: None,
};

pub(super) static AU_G: GuaranteeLaw = GuaranteeLaw {
    period: Period::Open,
    presumption: None,
    scheme: Scheme::Au,
    short_reject_days: None,
    review: true,
    within: AU_GUARANTEE,
    ended: AU_GUARANTEE,
    presumed: None,
    not_presumed: None,
    remedies: AU_MINOR,
    minor: None,
    short_reject: None,
    free: Some(AU_GUARANTEE),
    risk: None,
    non_delivery: None,
    orders: ORDERS,
};

floor!(
    AU,
    "AU",
    "Australia (Australian Consumer Law)",
    None,
    Some(&AU_G),
    AU_NONE,
    NONE
);
