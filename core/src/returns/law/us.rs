//! The United States: no federal return right, the UCC implied warranty,
//! and California Civil Code § 1723 for shops that post no policy.

use super::*;

rules! {
    // ---- United States ----
    US_NONE = "law.us.none", "No federal statute (the FTC Cooling-Off Rule covers door-to-door sales only)",
        "No US federal law gives a right to return goods bought online for a change of mind; the shop's policy decides.";
    US_IMPLIED = "law.us.ucc.2_314", "UCC § 2-314, § 2-316, § 2-725 (state law); Magnuson-Moss Act, 15 U.S.C. § 2308",
        "Implied warranty of merchantability: state law, may be disclaimed unless a written warranty is given, claims within 4 years of delivery; check the claim.";
    CA_OPEN = "law.us.ca.civ1723", "California Civil Code § 1723(c)",
        "No return policy is posted conspicuously: the goods may be returned for a full refund within 30 days of purchase.";
    CA_EXPIRED = "law.us.ca.civ1723", "California Civil Code § 1723(c)",
        "More than 30 days since purchase: the unposted-policy rule no longer applies.";
    CA_EXEMPT = "law.us.ca.civ1723.exempt", "California Civil Code § 1723(b)",
        "Exempt from the unposted-policy rule (perishable, final sale, used or damaged, customised, not in the original package, or not resalable for health reasons).";
    CA_POSTED = "law.us.ca.civ1723.posted", "California Civil Code § 1723(a)",
        "The shop posts its return policy conspicuously: its terms apply.";
}

/// The order of remedies for a defect. None built in: an implied-warranty claim
/// goes to a person.
pub(super) const ORDERS: Remedies = Remedies {
    usual: &[],
    minor: None,
    major: None,
    reject_first: None,
};

const CA_EXCEPTIONS: &[(Exception, Rule)] = &[
    (Exception::Perishable, CA_EXEMPT),
    (Exception::Personalised, CA_EXEMPT),
    (Exception::SealedHygiene, CA_EXEMPT),
    (Exception::CaExempt, CA_EXEMPT),
];

pub(super) static CA_WITHDRAWAL: WithdrawalLaw = WithdrawalLaw {
    days: 30,
    from_purchase: true,
    not_informed_months: 0,
    refund_days: None,
    ship_back_days: None,
    outbound: Outbound::None,
    return_cost_if_informed: true,
    loss_of_value: false,
    eu_days: false,
    only_if_unposted: true,
    exceptions: CA_EXCEPTIONS,
    open: CA_OPEN,
    expired: CA_EXPIRED,
    before_delivery: None,
    last_item: None,
    regular: None,
    not_informed: None,
    refund: None,
    withhold: None,
    delivery: None,
    partial: None,
    ship_back: None,
    return_cost: None,
    loss: None,
    no_loss: None,
    no_costs: CA_OPEN,
    packaging: None,
};

pub(super) static US_GUARANTEE: GuaranteeLaw = GuaranteeLaw {
    period: Period::Open,
    presumption: None,
    scheme: Scheme::Us,
    short_reject_days: None,
    review: true,
    within: US_IMPLIED,
    ended: US_IMPLIED,
    presumed: None,
    not_presumed: None,
    remedies: US_IMPLIED,
    minor: None,
    short_reject: None,
    free: None,
    risk: None,
    non_delivery: None,
    orders: ORDERS,
};

floor!(
    US,
    "US",
    "United States (no federal return right; UCC implied warranty)",
    None,
    Some(&US_GUARANTEE),
    US_NONE,
    NONE
);

floor!(
    US_CA,
    "US-CA",
    "California (Civil Code § 1723; UCC implied warranty)",
    Some(&CA_WITHDRAWAL),
    Some(&US_GUARANTEE),
    US_NONE,
    NONE
);
