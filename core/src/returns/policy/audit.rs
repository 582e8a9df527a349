//! The audit: the places where a policy is less generous than the law of a
//! country, listed up front (the engine applies the law anyway).

use serde::Serialize;

use super::*;
use crate::returns::law::{self, Floor, Rule, Scheme};
use crate::returns::request::Condition;

/// One place where a policy is less generous than the law of a country.
///
/// A shop that wants the original packaging back: fine in the US, but not a
/// condition it may put on a German consumer's withdrawal.
///
/// ```
/// use caredesk::returns::ReturnPolicy;
///
/// let policy = ReturnPolicy::from_json(r#"{"condition": {"original_packaging": true}}"#)?;
/// assert!(policy.audit("US")?.is_empty());
/// let de = policy.audit("DE")?;
/// let packaging = de.iter().find(|f| f.field == "condition.original_packaging").unwrap();
/// assert_eq!(packaging.code, "law.eu.crd.art14.packaging");
/// assert!(packaging.source.starts_with("Directive 2011/83/EU, Art. 14(2)"));
/// # Ok::<(), caredesk::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AuditFinding {
    /// The policy field (`window.days`, `overrides.DE.restocking_fee`).
    pub field: String,
    /// The rule of law it falls short of (`law.eu.crd.art9`).
    pub code: &'static str,
    /// The rule's source.
    pub source: &'static str,
    /// What the law requires instead, in plain words.
    pub text: &'static str,
}

fn finding(field: String, rule: Rule, text: &'static str) -> AuditFinding {
    AuditFinding {
        field,
        code: rule.code,
        source: rule.source,
        text,
    }
}

pub(super) fn audit_terms(t: &Terms, floor: &Floor) -> Vec<AuditFinding> {
    let mut out = Vec::new();
    if let Some(w) = floor.withdrawal {
        let applies = !w.only_if_unposted || !t.posted;
        if applies && w.only_if_unposted {
            // California: the floor is a full refund within 30 days of purchase.
            let short = match (t.window_days, t.window_from) {
                (None, _) => false,
                (Some(d), WindowStart::Order) => d < w.days,
                (Some(_), _) => false,
            };
            if short {
                out.push(finding(
                    t.path("window", "days"),
                    w.open,
                    "The policy is not posted: a full refund is due within 30 days of purchase.",
                ));
            }
            if t.restocking.is_some() {
                out.push(finding(t.path("restocking_fee", ""), w.open,
                    "The policy is not posted: the refund within 30 days of purchase is in full, without a fee."));
            }
        } else if applies {
            match t.window_days {
                Some(d) if d < w.days => out.push(finding(
                    t.path("window", "days"),
                    w.open,
                    "Shorter than the statutory withdrawal period; the law extends it.",
                )),
                _ => {}
            }
            if t.window_days.is_some() && t.window_from != WindowStart::Delivery {
                out.push(finding(
                    t.path("window", "from"),
                    w.open,
                    "The statutory period counts from delivery (of the last item); a window counted from the order or shipment can end earlier.",
                ));
            }
            if let Some(rf) = &t.restocking
                && (rf.bps > 0 || rf.flat.is_some_and(|m| !m.is_zero()))
            {
                out.push(finding(
                    t.path("restocking_fee", ""),
                    w.no_costs,
                    "No restocking fee may be charged on a statutory withdrawal.",
                ));
            }
            if !(t.accepted[Condition::Used.index()] && t.accepted[Condition::Damaged.index()])
                && let Some(r) = w.loss
            {
                out.push(finding(
                        t.path("condition", "accepted"),
                        r,
                        "Goods in any condition may be withdrawn; the law allows only a deduction for loss of value.",
                    ));
            }
            if t.require_packaging
                && let Some(r) = w.packaging
            {
                out.push(finding(
                    t.path("condition", "original_packaging"),
                    r,
                    "The original packaging cannot be a condition of a statutory withdrawal.",
                ));
            }
            if t.excl_final_sale
                || !t.excl_categories.is_empty()
                || !t.excl_tags.is_empty()
                || !t.excl_skus.is_empty()
            {
                out.push(finding(
                    t.path("exclusions", ""),
                    w.open,
                    "Excluded items stay withdrawable unless a statutory exception applies.",
                ));
            }
            if !t.res_change_of_mind.contains(&Resolution::Refund)
                && let Some(r) = w.refund
            {
                out.push(finding(
                        t.path("resolutions", "change_of_mind"),
                        r,
                        "A withdrawal is refunded in money by the means of payment used; store credit or an exchange only if the consumer agrees.",
                    ));
            }
            if (t.outbound == OutboundRefund::Never || t.outbound == OutboundRefund::Fault)
                && let (Some(r), true) = (w.delivery, w.outbound != law::Outbound::None)
            {
                out.push(finding(
                        t.path("refund_outbound_shipping", ""),
                        r,
                        "When the whole order is withdrawn, the outbound delivery is refunded (up to the cheapest standard delivery in the EU and UK).",
                    ));
            }
            if let (Some(days), Some(r)) = (w.ship_back_days, w.ship_back)
                && t.ship_back_days < days
            {
                out.push(finding(
                    t.path("ship_back_days", ""),
                    r,
                    "The consumer has the statutory number of days to send the goods back.",
                ));
            }
            if let (Some(days), Some(promise), Some(r)) =
                (w.refund_days, t.refund_within_days, w.refund)
                && promise > days
            {
                out.push(finding(
                    t.path("refund_within_days", ""),
                    r,
                    "The law sets a shorter deadline for the refund.",
                ));
            }
        }
    }
    if let Some(g) = floor.guarantee
        && g.scheme != Scheme::Us
    {
        let fault_days = t.fault_days.or(t.window_days);
        if let Some(d) = fault_days {
            let guarantee_days = match g.period {
                law::Period::Months(m) => Some((m * 365).div_ceil(12)),
                law::Period::NoticeDays(durable, _) => Some(durable),
                law::Period::Open => Some(u32::MAX),
            };
            if guarantee_days.is_some_and(|g| d < g) {
                let field = if t.fault_days.is_some() {
                    t.path("window", "fault_days")
                } else {
                    t.path("window", "days")
                };
                out.push(finding(
                        field,
                        g.within,
                        "Fault returns after the shop's window are still covered by the legal guarantee.",
                    ));
            }
        }
        let has = |r: Resolution| t.res_fault.contains(&r);
        let lacking = match g.scheme {
            Scheme::Eu | Scheme::Uk | Scheme::Tr => {
                !(has(Resolution::Repair)
                    && has(Resolution::Replacement)
                    && has(Resolution::PriceReduction)
                    && has(Resolution::Refund))
            }
            Scheme::Br => !has(Resolution::Repair),
            Scheme::Ch => !(has(Resolution::Refund) && has(Resolution::PriceReduction)),
            Scheme::Au => !(has(Resolution::Refund) && has(Resolution::Replacement)),
            Scheme::Us => false,
        };
        if lacking {
            out.push(finding(
                t.path("resolutions", "fault"),
                g.remedies,
                "The law gives the consumer remedies for a fault that this list does not offer.",
            ));
        }
    }
    out
}
