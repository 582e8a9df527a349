//! Statutory floors: what the law of the consumer's country gives whatever
//! the shop's policy says.
//!
//! Each rule the engine applies is a [`Rule`] with a stable citation code
//! (`law.eu.crd.art9`, `law.uk.cra.s22`, ...) and its source. The floors
//! built in are the EU baseline (Directive 2011/83/EU on consumer rights,
//! Directive (EU) 2019/771 on the sale of goods), national variants for DE,
//! FR, IT, ES, PT and NL, and the United Kingdom (with Scotland), the United
//! States (with California), Australia, Switzerland, Turkey and Brazil. Other
//! EU member states get the EU baseline; any other country gets no floor and
//! the shop's policy alone decides. The table with sources and the doubts
//! about it are in `docs/returns.md`.
//!
//! ```
//! use caredesk::returns::law;
//!
//! let de = law::floor("DE", None)?;
//! assert_eq!(de.code(), "DE");
//! assert_eq!(de.withdrawal_days(), Some(14));
//! assert_eq!(de.guarantee_months(), Some(24));
//! assert_eq!(law::floor("PT", None)?.guarantee_months(), Some(36));
//! assert_eq!(law::floor("US", Some("US-CA"))?.code(), "US-CA");
//! assert_eq!(law::floor("AU", None)?.withdrawal_days(), None);
//! assert_eq!(law::floor("JP", None)?.code(), "none");
//! # Ok::<(), caredesk::Error>(())
//! ```

use serde::Serialize;

use crate::country::{Country, check_region, region_is};
use crate::error::Result;

/// One rule the engine applies: a stable citation code, where it comes from,
/// and what it means in plain words.
///
/// Codes never change meaning; a code may appear with different wording
/// (for example when a period is open and when it has ended).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Rule {
    /// The citation code, `law.eu.crd.art9`.
    pub code: &'static str,
    /// The provision it rests on, `Directive 2011/83/EU, Art. 9`.
    pub source: &'static str,
    /// What it says about this decision, in plain words.
    pub text: &'static str,
}

macro_rules! rules {
    ($( $(#[$m:meta])* $name:ident = $code:literal, $source:literal, $text:literal; )*) => {
        $( $(#[$m])* pub(crate) const $name: Rule = Rule { code: $code, source: $source, text: $text }; )*
        /// Every statutory rule the engine can cite, in the order of the source tables.
        pub static RULES: &[Rule] = &[ $( $name ),* ];
    };
}

rules! {
    // ---- EU: Consumer Rights Directive 2011/83/EU (withdrawal) ----
    CRD_OPEN = "law.eu.crd.art9", "Directive 2011/83/EU, Art. 9(1)-(2)",
        "Within the 14-day withdrawal period: the consumer may withdraw without giving a reason.";
    CRD_EXPIRED = "law.eu.crd.art9", "Directive 2011/83/EU, Art. 9(1)-(2)",
        "The 14-day withdrawal period has ended.";
    CRD_BEFORE_DELIVERY = "law.eu.crd.art9.before_delivery", "Directive 2011/83/EU, Art. 9(3)",
        "Not all goods of the order have arrived: the consumer may withdraw before the period starts.";
    CRD_LAST_ITEM = "law.eu.crd.art9.last_item", "Directive 2011/83/EU, Art. 9(2)(b)(i)",
        "Goods of one order delivered on different days: the period runs from the day the last one arrived.";
    CRD_REGULAR = "law.eu.crd.art9.regular_delivery", "Directive 2011/83/EU, Art. 9(2)(b)(iii)",
        "Regular delivery over a period: the withdrawal period runs from the first delivery.";
    CRD_NOT_INFORMED = "law.eu.crd.art10", "Directive 2011/83/EU, Art. 10(1)",
        "The consumer was not informed of the right of withdrawal: the period is extended by 12 months.";
    CRD_REFUND = "law.eu.crd.art13", "Directive 2011/83/EU, Art. 13(1)",
        "All payments are refunded by the means of payment used, within 14 days of the withdrawal.";
    CRD_WITHHOLD = "law.eu.crd.art13.withhold", "Directive 2011/83/EU, Art. 13(3)",
        "The trader may hold the refund back until the goods, or proof of sending them, arrive.";
    CRD_DELIVERY = "law.eu.crd.art13.delivery", "Directive 2011/83/EU, Art. 13(1)-(2)",
        "The whole order is withdrawn: the outbound delivery is refunded, up to the cheapest standard delivery offered.";
    CRD_PARTIAL = "law.eu.crd.art13.partial", "Directive 2011/83/EU, Art. 13(1) (interpretation, see docs/returns.md)",
        "Only part of the order is withdrawn: the outbound delivery is not refunded under the law.";
    CRD_SHIP_BACK = "law.eu.crd.art14", "Directive 2011/83/EU, Art. 14(1)",
        "The consumer sends the goods back within 14 days of withdrawing and bears the direct cost of return, having been told so.";
    CRD_RETURN_COST = "law.eu.crd.art14.return_cost", "Directive 2011/83/EU, Art. 14(1) and 6(1)(i)",
        "The consumer was not properly informed: the trader bears the cost of the return.";
    CRD_LOSS = "law.eu.crd.art14.loss_of_value", "Directive 2011/83/EU, Art. 14(2)",
        "The condition of the goods cannot block a withdrawal; only a loss of value from handling beyond what is needed to examine them may be deducted.";
    CRD_NO_LOSS = "law.eu.crd.art14.not_informed", "Directive 2011/83/EU, Art. 14(2)",
        "The consumer was not informed of the right of withdrawal: no deduction for loss of value.";
    CRD_NO_COSTS = "law.eu.crd.art14.no_other_costs", "Directive 2011/83/EU, Art. 14(5)",
        "No restocking fee or other charge on a statutory withdrawal.";
    CRD_PACKAGING = "law.eu.crd.art14.packaging", "Directive 2011/83/EU, Art. 14(2); Commission guidance 2021/C 525/01",
        "Returning the original packaging cannot be a condition of a withdrawal.";
    CRD_PERSONALISED = "law.eu.crd.art16.personalised", "Directive 2011/83/EU, Art. 16(c)",
        "Goods made to the consumer's specifications or clearly personalised: no right of withdrawal.";
    CRD_PERISHABLE = "law.eu.crd.art16.perishable", "Directive 2011/83/EU, Art. 16(d)",
        "Goods that deteriorate or expire rapidly: no right of withdrawal.";
    CRD_HYGIENE = "law.eu.crd.art16.sealed_hygiene", "Directive 2011/83/EU, Art. 16(e)",
        "Sealed goods not suitable for return for health or hygiene reasons, unsealed after delivery: no right of withdrawal.";
    CRD_MIXED = "law.eu.crd.art16.mixed", "Directive 2011/83/EU, Art. 16(f)",
        "Goods inseparably mixed with other items after delivery: no right of withdrawal.";
    CRD_MEDIA = "law.eu.crd.art16.sealed_media", "Directive 2011/83/EU, Art. 16(i)",
        "Sealed audio, video or software unsealed after delivery: no right of withdrawal.";
    CRD_NEWSPAPER = "law.eu.crd.art16.newspaper", "Directive 2011/83/EU, Art. 16(j)",
        "A newspaper, periodical or magazine (not a subscription): no right of withdrawal.";
    CRD_FINANCIAL = "law.eu.crd.art16.financial", "Directive 2011/83/EU, Art. 16(b)",
        "A price tied to financial-market fluctuations: no right of withdrawal.";
    CRD_DIGITAL = "law.eu.crd.art16.digital", "Directive 2011/83/EU, Art. 16(m)",
        "Digital content whose supply began with the consumer's consent: no right of withdrawal.";
    CRD_NON_DELIVERY = "law.eu.crd.art18", "Directive 2011/83/EU, Art. 18",
        "Goods of the order never arrived: the trader must deliver them or refund them.";
    CRD_RISK = "law.eu.crd.art20", "Directive 2011/83/EU, Art. 20",
        "Damage before the consumer received the goods is the trader's risk.";
    EU_DAYS = "law.eu.reg1182_71.art3", "Regulation (EEC, Euratom) No 1182/71, Art. 3(4); Directive 2011/83/EU, recital 41",
        "The last day fell on a Saturday, Sunday or public holiday: the period ends on the next working day.";

    // ---- EU: Sale of Goods Directive (EU) 2019/771 (legal guarantee) ----
    SGD_WITHIN = "law.eu.sgd.art10", "Directive (EU) 2019/771, Art. 10(1)",
        "Within the 2-year legal guarantee: the seller answers for a lack of conformity that existed at delivery.";
    SGD_ENDED = "law.eu.sgd.art10", "Directive (EU) 2019/771, Art. 10(1)",
        "The 2-year legal guarantee has ended.";
    SGD_PRESUMED = "law.eu.sgd.art11", "Directive (EU) 2019/771, Art. 11(1)",
        "Within 1 year of delivery: the defect is presumed to have existed at delivery.";
    SGD_NOT_PRESUMED = "law.eu.sgd.art11", "Directive (EU) 2019/771, Art. 11(1)",
        "More than 1 year after delivery: the consumer must show the defect existed at delivery.";
    SGD_REMEDIES = "law.eu.sgd.art13", "Directive (EU) 2019/771, Art. 13(1)-(4)",
        "Repair or replacement first, as the consumer chooses; then a price reduction or termination.";
    SGD_MINOR = "law.eu.sgd.art13.minor", "Directive (EU) 2019/771, Art. 13(5)",
        "A minor lack of conformity gives no right to terminate the contract.";
    SGD_FREE = "law.eu.sgd.art14", "Directive (EU) 2019/771, Art. 14(1)-(2) and 16(3)",
        "Remedies are free of charge: the seller takes the goods back at its own expense.";

    // ---- Germany ----
    DE_WITHIN = "law.de.bgb.s438", "BGB § 438(1) no. 3, (2)",
        "Within the 2-year limitation period for defects, counted from delivery.";
    DE_ENDED = "law.de.bgb.s438", "BGB § 438(1) no. 3, (2)",
        "The 2-year limitation period for defects has ended.";
    DE_PRESUMED = "law.de.bgb.s477", "BGB § 477(1)",
        "Within 1 year of delivery: the defect is presumed to have existed at delivery.";
    DE_NOT_PRESUMED = "law.de.bgb.s477", "BGB § 477(1)",
        "More than 1 year after delivery: the consumer must show the defect existed at delivery.";

    // ---- France ----
    FR_WITHIN = "law.fr.cconso.l217_3", "Code de la consommation, art. L217-3",
        "Within the 2-year legal guarantee of conformity, counted from delivery.";
    FR_ENDED = "law.fr.cconso.l217_3", "Code de la consommation, art. L217-3",
        "The 2-year legal guarantee of conformity has ended.";
    FR_PRESUMED = "law.fr.cconso.l217_7", "Code de la consommation, art. L217-7",
        "Within 2 years of delivery (1 year for second-hand goods): the defect is presumed to have existed at delivery.";
    FR_NOT_PRESUMED = "law.fr.cconso.l217_7", "Code de la consommation, art. L217-7",
        "Past the presumption (2 years, 1 year for second-hand goods): the consumer must show the defect existed at delivery.";

    // ---- Italy ----
    IT_WITHIN = "law.it.ccons.art133", "Codice del consumo, art. 133(1)",
        "Within the 2-year legal guarantee, counted from delivery.";
    IT_ENDED = "law.it.ccons.art133", "Codice del consumo, art. 133(1)",
        "The 2-year legal guarantee has ended.";
    IT_PRESUMED = "law.it.ccons.art135", "Codice del consumo, art. 135(1)",
        "Within 1 year of delivery: the defect is presumed to have existed at delivery.";
    IT_NOT_PRESUMED = "law.it.ccons.art135", "Codice del consumo, art. 135(1)",
        "More than 1 year after delivery: the consumer must show the defect existed at delivery.";

    // ---- Spain ----
    ES_WITHIN = "law.es.trlgdcu.art120", "Real Decreto Legislativo 1/2007 (TRLGDCU), art. 120",
        "Within the 3-year legal guarantee, counted from delivery.";
    ES_ENDED = "law.es.trlgdcu.art120", "Real Decreto Legislativo 1/2007 (TRLGDCU), art. 120",
        "The 3-year legal guarantee has ended.";
    ES_PRESUMED = "law.es.trlgdcu.art121", "Real Decreto Legislativo 1/2007 (TRLGDCU), art. 121",
        "Within 2 years of delivery: the defect is presumed to have existed at delivery.";
    ES_NOT_PRESUMED = "law.es.trlgdcu.art121", "Real Decreto Legislativo 1/2007 (TRLGDCU), art. 121",
        "More than 2 years after delivery: the consumer must show the defect existed at delivery.";

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

    // ---- Netherlands ----
    NL_LIFESPAN = "law.nl.bw.7_17", "Burgerlijk Wetboek, art. 7:17 and 7:23",
        "No fixed guarantee period: the goods must last as long as may be expected of them; check the claim against the expected lifespan.";
    NL_PRESUMED = "law.nl.bw.7_18", "Burgerlijk Wetboek, art. 7:18(2)",
        "Within 1 year of delivery: the defect is presumed to have existed at delivery.";
    NL_NOT_PRESUMED = "law.nl.bw.7_18", "Burgerlijk Wetboek, art. 7:18(2)",
        "More than 1 year after delivery: the consumer must show the defect existed at delivery.";

    // ---- United Kingdom ----
    UK_OPEN = "law.uk.ccr.reg30", "Consumer Contracts Regulations 2013, reg. 29-30",
        "Within the 14-day cancellation period: the consumer may cancel without giving a reason.";
    UK_EXPIRED = "law.uk.ccr.reg30", "Consumer Contracts Regulations 2013, reg. 29-30",
        "The 14-day cancellation period has ended.";
    UK_BEFORE_DELIVERY = "law.uk.ccr.reg30.before_delivery", "Consumer Contracts Regulations 2013, reg. 29-30",
        "Not all goods of the order have arrived: the consumer may cancel before the period starts.";
    UK_LAST_ITEM = "law.uk.ccr.reg30.last_item", "Consumer Contracts Regulations 2013, reg. 30(5)",
        "Goods of one order delivered on different days: the period runs from the day the last one arrived.";
    UK_REGULAR = "law.uk.ccr.reg30.regular_delivery", "Consumer Contracts Regulations 2013, reg. 30(5)",
        "Regular delivery over a period: the cancellation period runs from the first delivery.";
    UK_NOT_INFORMED = "law.uk.ccr.reg31", "Consumer Contracts Regulations 2013, reg. 31",
        "The consumer was not told of the right to cancel: the period is extended by 12 months.";
    UK_REFUND = "law.uk.ccr.reg34", "Consumer Contracts Regulations 2013, reg. 34(1), (4)-(6)",
        "All payments are refunded by the means of payment used, within 14 days.";
    UK_WITHHOLD = "law.uk.ccr.reg34.withhold", "Consumer Contracts Regulations 2013, reg. 34(5)-(6)",
        "The trader may hold the refund back until the goods, or proof of sending them, arrive.";
    UK_DELIVERY = "law.uk.ccr.reg34.delivery", "Consumer Contracts Regulations 2013, reg. 34(2)-(3)",
        "The whole order is cancelled: the outbound delivery is refunded, up to the cheapest standard delivery offered.";
    UK_PARTIAL = "law.uk.ccr.reg34.partial", "Consumer Contracts Regulations 2013, reg. 34 (interpretation, see docs/returns.md)",
        "Only part of the order is cancelled: the outbound delivery is not refunded under the law.";
    UK_SHIP_BACK = "law.uk.ccr.reg35", "Consumer Contracts Regulations 2013, reg. 35(4)-(5)",
        "The consumer sends the goods back within 14 days of cancelling and bears the direct cost of return, having been told so.";
    UK_RETURN_COST = "law.uk.ccr.reg35.return_cost", "Consumer Contracts Regulations 2013, reg. 35(2)",
        "The consumer was not properly informed: the trader bears the cost of the return.";
    UK_LOSS = "law.uk.ccr.reg34.loss_of_value", "Consumer Contracts Regulations 2013, reg. 34(9)-(11)",
        "The condition of the goods cannot block a cancellation; only a loss of value from handling beyond what is needed to examine them may be deducted.";
    UK_NO_LOSS = "law.uk.ccr.reg34.not_informed", "Consumer Contracts Regulations 2013, reg. 34(12)",
        "The consumer was not told of the right to cancel: no deduction for loss of value.";
    UK_NO_COSTS = "law.uk.ccr.reg35.no_other_costs", "Consumer Contracts Regulations 2013, reg. 35(7)",
        "No restocking fee or other charge on a statutory cancellation.";
    UK_PACKAGING = "law.uk.ccr.reg35.packaging", "Consumer Contracts Regulations 2013, reg. 34(9)-(11), 35",
        "Returning the original packaging cannot be a condition of a cancellation.";
    UK_PERSONALISED = "law.uk.ccr.reg28.personalised", "Consumer Contracts Regulations 2013, reg. 28(1)(b)",
        "Goods made to the consumer's specifications or clearly personalised: no right to cancel.";
    UK_PERISHABLE = "law.uk.ccr.reg28.perishable", "Consumer Contracts Regulations 2013, reg. 28(1)(c)",
        "Goods liable to deteriorate or expire rapidly: no right to cancel.";
    UK_HYGIENE = "law.uk.ccr.reg28.sealed_hygiene", "Consumer Contracts Regulations 2013, reg. 28(1)(d)",
        "Sealed goods not suitable for return for health or hygiene reasons, unsealed after delivery: no right to cancel.";
    UK_MIXED = "law.uk.ccr.reg28.mixed", "Consumer Contracts Regulations 2013, reg. 28(1)(e)",
        "Goods inseparably mixed with other items after delivery: no right to cancel.";
    UK_MEDIA = "law.uk.ccr.reg28.sealed_media", "Consumer Contracts Regulations 2013, reg. 28(1)(f)",
        "Sealed audio, video or software unsealed after delivery: no right to cancel.";
    UK_NEWSPAPER = "law.uk.ccr.reg28.newspaper", "Consumer Contracts Regulations 2013, reg. 28(1)(g)",
        "A newspaper, periodical or magazine (not a subscription): no right to cancel.";
    UK_FINANCIAL = "law.uk.ccr.reg28.financial", "Consumer Contracts Regulations 2013, reg. 28(1)(a)",
        "A price tied to financial-market fluctuations: no right to cancel.";
    UK_DIGITAL = "law.uk.ccr.reg37.digital", "Consumer Contracts Regulations 2013, reg. 37",
        "Digital content whose supply began with the consumer's consent: no right to cancel.";
    UK_RISK = "law.uk.cra.s29", "Consumer Rights Act 2015, s. 29",
        "Goods remain at the trader's risk until they come into the consumer's physical possession.";
    UK_SHORT_REJECT = "law.uk.cra.s22", "Consumer Rights Act 2015, s. 20-22",
        "Within 30 days of delivery: the short-term right to reject faulty goods for a full refund.";
    UK_REMEDIES = "law.uk.cra.s23", "Consumer Rights Act 2015, s. 23-24",
        "Repair or replacement first, free of charge; then a price reduction or the final right to reject.";
    UK_PRESUMED = "law.uk.cra.s19", "Consumer Rights Act 2015, s. 19(14)-(15)",
        "Within 6 months of delivery: the fault is presumed to have existed at delivery.";
    UK_NOT_PRESUMED = "law.uk.cra.s19", "Consumer Rights Act 2015, s. 19(14)-(15)",
        "More than 6 months after delivery: the consumer must show the fault existed at delivery.";
    UK_LIMIT = "law.uk.lim1980.s5", "Limitation Act 1980, s. 5 (England and Wales; NI: Limitation (NI) Order 1989)",
        "Within 6 years of delivery: a claim for faulty goods can still be made.";
    UK_LIMIT_ENDED = "law.uk.lim1980.s5", "Limitation Act 1980, s. 5 (England and Wales; NI: Limitation (NI) Order 1989)",
        "More than 6 years after delivery: the claim is time-barred.";
    SCT_LIMIT = "law.uk.sct.pla1973.s6", "Prescription and Limitation (Scotland) Act 1973, s. 6",
        "Within 5 years: a claim for faulty goods can still be made in Scotland.";
    SCT_LIMIT_ENDED = "law.uk.sct.pla1973.s6", "Prescription and Limitation (Scotland) Act 1973, s. 6",
        "More than 5 years after delivery: the claim has prescribed in Scotland.";

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

    // ---- Australia ----
    AU_NONE = "law.au.acl.no_change_of_mind", "Australian Consumer Law (Competition and Consumer Act 2010, Sch. 2)",
        "No right to a refund for a change of mind under the Australian Consumer Law; the shop's policy decides.";
    AU_GUARANTEE = "law.au.acl.s54", "Australian Consumer Law, s. 54",
        "Consumer guarantee of acceptable quality for a reasonable time: no fixed period; check the failure against the goods' expected durability.";
    AU_MAJOR = "law.au.acl.s259.major", "Australian Consumer Law, s. 259(3)-(4), 260, 263",
        "A major failure: the consumer chooses a refund or a replacement.";
    AU_MINOR = "law.au.acl.s259.minor", "Australian Consumer Law, s. 259(2)",
        "A failure that is not major: the supplier chooses to repair, replace or refund within a reasonable time.";

    // ---- Switzerland ----
    CH_NONE = "law.ch.or.no_withdrawal", "Code of Obligations (OR), art. 40a ff. (doorstep sales only)",
        "No statutory right of withdrawal for online purchases in Switzerland; the shop's policy decides.";
    CH_WITHIN = "law.ch.or.art210", "Code of Obligations (OR), art. 197, 210(1) and (4)",
        "Within the 2-year warranty for defects, counted from delivery (it may have been excluded by contract, art. 199).";
    CH_ENDED = "law.ch.or.art210", "Code of Obligations (OR), art. 197, 210(1) and (4)",
        "The 2-year warranty for defects has ended.";
    CH_REMEDIES = "law.ch.or.art205", "Code of Obligations (OR), art. 205-206",
        "Rescission or price reduction, or a replacement for generic goods; there is no statutory right to repair.";

    // ---- Turkey ----
    TR_OPEN = "law.tr.mss.withdrawal", "Mesafeli Sözleşmeler Yönetmeliği (2014); Law 6502, art. 48",
        "Within the 14-day withdrawal period: the consumer may withdraw without giving a reason.";
    TR_EXPIRED = "law.tr.mss.withdrawal", "Mesafeli Sözleşmeler Yönetmeliği (2014); Law 6502, art. 48",
        "The 14-day withdrawal period has ended.";
    TR_BEFORE_DELIVERY = "law.tr.mss.before_delivery", "Mesafeli Sözleşmeler Yönetmeliği (2014)",
        "Not all goods of the order have arrived: the consumer may withdraw before the period starts.";
    TR_LAST_ITEM = "law.tr.mss.last_item", "Mesafeli Sözleşmeler Yönetmeliği (2014)",
        "Goods of one order delivered on different days: the period runs from the day the last one arrived.";
    TR_REGULAR = "law.tr.mss.regular_delivery", "Mesafeli Sözleşmeler Yönetmeliği (2014)",
        "Regular delivery over a period: the withdrawal period runs from the first delivery.";
    TR_NOT_INFORMED = "law.tr.mss.not_informed", "Mesafeli Sözleşmeler Yönetmeliği (2014)",
        "The consumer was not informed of the right of withdrawal: the period is extended by 1 year.";
    TR_REFUND = "law.tr.mss.refund", "Mesafeli Sözleşmeler Yönetmeliği (2014)",
        "All payments, delivery costs included, are refunded within 14 days of the withdrawal.";
    TR_SHIP_BACK = "law.tr.mss.return", "Mesafeli Sözleşmeler Yönetmeliği (2014)",
        "The consumer sends the goods back within 10 days of withdrawing.";
    TR_RETURN_COST = "law.tr.mss.return_cost", "Mesafeli Sözleşmeler Yönetmeliği (2014)",
        "The consumer was not properly informed: the trader bears the cost of the return.";
    TR_LOSS = "law.tr.mss.loss_of_value", "Mesafeli Sözleşmeler Yönetmeliği (2014)",
        "The condition of the goods cannot block a withdrawal; only changes beyond normal use may be charged.";
    TR_NO_LOSS = "law.tr.mss.not_informed_loss", "Mesafeli Sözleşmeler Yönetmeliği (2014)",
        "The consumer was not informed of the right of withdrawal: no deduction for loss of value.";
    TR_NO_COSTS = "law.tr.mss.no_other_costs", "Mesafeli Sözleşmeler Yönetmeliği (2014); Law 6502, art. 48(4)",
        "No penalty or other charge on a statutory withdrawal.";
    TR_PACKAGING = "law.tr.mss.packaging", "Mesafeli Sözleşmeler Yönetmeliği (2014)",
        "Returning the original packaging cannot be a condition of a withdrawal.";
    TR_PERSONALISED = "law.tr.mss.exception.personalised", "Mesafeli Sözleşmeler Yönetmeliği (2014), exceptions",
        "Goods made to the consumer's specifications or personalised: no right of withdrawal.";
    TR_PERISHABLE = "law.tr.mss.exception.perishable", "Mesafeli Sözleşmeler Yönetmeliği (2014), exceptions",
        "Goods that deteriorate or expire rapidly: no right of withdrawal.";
    TR_HYGIENE = "law.tr.mss.exception.sealed_hygiene", "Mesafeli Sözleşmeler Yönetmeliği (2014), exceptions",
        "Sealed hygiene goods unsealed after delivery: no right of withdrawal.";
    TR_MIXED = "law.tr.mss.exception.mixed", "Mesafeli Sözleşmeler Yönetmeliği (2014), exceptions",
        "Goods inseparably mixed with other items after delivery: no right of withdrawal.";
    TR_MEDIA = "law.tr.mss.exception.sealed_media", "Mesafeli Sözleşmeler Yönetmeliği (2014), exceptions",
        "Sealed audio, video, software or consumables unsealed after delivery: no right of withdrawal.";
    TR_NEWSPAPER = "law.tr.mss.exception.newspaper", "Mesafeli Sözleşmeler Yönetmeliği (2014), exceptions",
        "A newspaper or periodical (not a subscription): no right of withdrawal.";
    TR_FINANCIAL = "law.tr.mss.exception.financial", "Mesafeli Sözleşmeler Yönetmeliği (2014), exceptions",
        "A price tied to financial-market fluctuations: no right of withdrawal.";
    TR_DIGITAL = "law.tr.mss.exception.digital", "Mesafeli Sözleşmeler Yönetmeliği (2014), exceptions",
        "Digital content delivered instantly: no right of withdrawal.";
    TR_WITHIN = "law.tr.tkhk.limitation", "Law 6502 on Consumer Protection (liability period for defective goods)",
        "Within 2 years of delivery: the seller answers for defective goods.";
    TR_ENDED = "law.tr.tkhk.limitation", "Law 6502 on Consumer Protection (liability period for defective goods)",
        "More than 2 years after delivery: the claim is time-barred.";
    TR_PRESUMED = "law.tr.tkhk.art10", "Law 6502 on Consumer Protection, art. 10",
        "Within 6 months of delivery: the defect is presumed to have existed at delivery.";
    TR_NOT_PRESUMED = "law.tr.tkhk.art10", "Law 6502 on Consumer Protection, art. 10",
        "More than 6 months after delivery: the consumer must show the defect existed at delivery.";
    TR_REMEDIES = "law.tr.tkhk.art11", "Law 6502 on Consumer Protection, art. 11",
        "The consumer chooses freely: withdraw from the contract, a price reduction, free repair or a replacement.";

    // ---- Brazil ----
    BR_OPEN = "law.br.cdc.art49", "Código de Defesa do Consumidor (Lei 8.078/1990), art. 49",
        "Within the 7-day right of regret from receipt: everything paid, delivery included, is refunded immediately.";
    BR_EXPIRED = "law.br.cdc.art49", "Código de Defesa do Consumidor (Lei 8.078/1990), art. 49",
        "The 7-day right of regret has ended.";
    BR_NOTICE = "law.br.cdc.art26", "Código de Defesa do Consumidor, art. 26(I)-(II), §1, §3",
        "Within the period to claim an apparent defect: 90 days from delivery for durable goods, 30 days for non-durable goods (hidden defects count from discovery).";
    BR_NOTICE_ENDED = "law.br.cdc.art26", "Código de Defesa do Consumidor, art. 26(I)-(II), §1, §3",
        "The period to claim an apparent defect has ended (a hidden defect counts from its discovery: check the claim).";
    BR_REMEDIES = "law.br.cdc.art18", "Código de Defesa do Consumidor, art. 18 §1",
        "The supplier has 30 days to repair; then the consumer chooses a replacement, a refund or a price reduction.";

    // ---- No floor ----
    NONE = "law.none", "No statutory floor built in for this country",
        "No statutory floor is built in for this country: the shop's policy decides.";
}

/// Kinds of goods the law exempts from a change-of-mind right.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Exception {
    Personalised,
    Perishable,
    SealedHygiene,
    SealedMedia,
    Mixed,
    Newspaper,
    Financial,
    Digital,
    /// California § 1723(b): final sale, used or damaged, no original package.
    CaExempt,
}

/// What the law refunds of the outbound delivery on a withdrawal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Outbound {
    None,
    Cheapest,
    Full,
}

/// A statutory change-of-mind right.
#[derive(Debug)]
pub(crate) struct WithdrawalLaw {
    pub days: u32,
    /// Counts from purchase (California) rather than from delivery.
    pub from_purchase: bool,
    /// Months added when the consumer was not informed (0: none).
    pub not_informed_months: u32,
    /// Days to refund after the withdrawal (`Some(0)`: immediately).
    pub refund_days: Option<u32>,
    /// Days the consumer has to send the goods back after withdrawing.
    pub ship_back_days: Option<u32>,
    pub outbound: Outbound,
    /// The consumer may be made to bear the direct return cost when informed.
    pub return_cost_if_informed: bool,
    /// A deduction for loss of value is allowed (when informed).
    pub loss_of_value: bool,
    /// Periods follow Regulation 1182/71 (weekend and holiday roll-over).
    pub eu_days: bool,
    /// Applies only when the shop does not post its policy (California).
    pub only_if_unposted: bool,
    pub exceptions: &'static [(Exception, Rule)],
    pub open: Rule,
    pub expired: Rule,
    pub before_delivery: Option<Rule>,
    pub last_item: Option<Rule>,
    pub regular: Option<Rule>,
    pub not_informed: Option<Rule>,
    pub refund: Option<Rule>,
    pub withhold: Option<Rule>,
    pub delivery: Option<Rule>,
    pub partial: Option<Rule>,
    pub ship_back: Option<Rule>,
    pub return_cost: Option<Rule>,
    pub loss: Option<Rule>,
    pub no_loss: Option<Rule>,
    pub no_costs: Rule,
    pub packaging: Option<Rule>,
}

/// How the law orders the remedies for a defect.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Scheme {
    /// Repair/replacement, then price reduction/termination (no termination if minor).
    Eu,
    /// Short-term right to reject, then repair/replacement, then reduction/final rejection.
    Uk,
    /// Major failure: refund or replacement; otherwise the supplier's choice.
    Au,
    /// Rescission, reduction, replacement; no repair.
    Ch,
    /// The consumer's free choice of four.
    Tr,
    /// Repair within 30 days first, then the consumer's choice.
    Br,
    /// Implied warranty under state law: a person must check.
    Us,
}

/// How long the seller answers for defects.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Period {
    /// A fixed number of months from delivery.
    Months(u32),
    /// No fixed period (expected lifespan, reasonable durability).
    Open,
    /// Days from delivery to claim an apparent defect: durable, non-durable goods.
    NoticeDays(u32, u32),
}

/// A statutory guarantee against defects.
#[derive(Debug)]
pub(crate) struct GuaranteeLaw {
    pub period: Period,
    /// Presumption months for new and for second-hand goods.
    pub presumption: Option<(u32, u32)>,
    pub scheme: Scheme,
    /// Days after delivery of an immediate right to reject (UK 30, PT 30).
    pub short_reject_days: Option<u32>,
    /// Whether a person must check the claim (lifespan-based or disclaimable law).
    pub review: bool,
    pub within: Rule,
    pub ended: Rule,
    pub presumed: Option<Rule>,
    pub not_presumed: Option<Rule>,
    pub remedies: Rule,
    pub minor: Option<Rule>,
    pub short_reject: Option<Rule>,
    pub free: Option<Rule>,
    pub risk: Option<Rule>,
    pub non_delivery: Option<Rule>,
}

/// The statutory floor of one jurisdiction.
#[derive(Debug)]
pub struct Floor {
    code: &'static str,
    name: &'static str,
    pub(crate) withdrawal: Option<&'static WithdrawalLaw>,
    pub(crate) guarantee: Option<&'static GuaranteeLaw>,
    /// Cited when there is no change-of-mind right.
    pub(crate) no_withdrawal: Rule,
    /// Cited when there is no guarantee built in.
    pub(crate) no_guarantee: Rule,
}

impl Floor {
    /// The floor's code: a country (`DE`), `EU` for the baseline of the other
    /// member states, a region (`US-CA`, `GB-SCT`), or `none`.
    pub fn code(&self) -> &'static str {
        self.code
    }

    /// A short name, `EU baseline (Directive 2011/83/EU, Directive (EU) 2019/771)`.
    pub fn name(&self) -> &'static str {
        self.name
    }

    /// Days of the statutory change-of-mind right, if there is one.
    ///
    /// California's 30 days apply only when the shop does not post its policy.
    pub fn withdrawal_days(&self) -> Option<u32> {
        self.withdrawal.map(|w| w.days)
    }

    /// Months the seller answers for defects from delivery, when the law fixes them.
    pub fn guarantee_months(&self) -> Option<u32> {
        match self.guarantee?.period {
            Period::Months(m) => Some(m),
            _ => None,
        }
    }

    /// Months after delivery during which a defect is presumed to have existed
    /// at delivery (new goods).
    pub fn presumption_months(&self) -> Option<u32> {
        self.guarantee?.presumption.map(|p| p.0)
    }
}

const EU_EXCEPTIONS: &[(Exception, Rule)] = &[
    (Exception::Personalised, CRD_PERSONALISED),
    (Exception::Perishable, CRD_PERISHABLE),
    (Exception::SealedHygiene, CRD_HYGIENE),
    (Exception::SealedMedia, CRD_MEDIA),
    (Exception::Mixed, CRD_MIXED),
    (Exception::Newspaper, CRD_NEWSPAPER),
    (Exception::Financial, CRD_FINANCIAL),
    (Exception::Digital, CRD_DIGITAL),
];

const UK_EXCEPTIONS: &[(Exception, Rule)] = &[
    (Exception::Personalised, UK_PERSONALISED),
    (Exception::Perishable, UK_PERISHABLE),
    (Exception::SealedHygiene, UK_HYGIENE),
    (Exception::SealedMedia, UK_MEDIA),
    (Exception::Mixed, UK_MIXED),
    (Exception::Newspaper, UK_NEWSPAPER),
    (Exception::Financial, UK_FINANCIAL),
    (Exception::Digital, UK_DIGITAL),
];

const TR_EXCEPTIONS: &[(Exception, Rule)] = &[
    (Exception::Personalised, TR_PERSONALISED),
    (Exception::Perishable, TR_PERISHABLE),
    (Exception::SealedHygiene, TR_HYGIENE),
    (Exception::SealedMedia, TR_MEDIA),
    (Exception::Mixed, TR_MIXED),
    (Exception::Newspaper, TR_NEWSPAPER),
    (Exception::Financial, TR_FINANCIAL),
    (Exception::Digital, TR_DIGITAL),
];

const CA_EXCEPTIONS: &[(Exception, Rule)] = &[
    (Exception::Perishable, CA_EXEMPT),
    (Exception::Personalised, CA_EXEMPT),
    (Exception::SealedHygiene, CA_EXEMPT),
    (Exception::CaExempt, CA_EXEMPT),
];

static EU_WITHDRAWAL: WithdrawalLaw = WithdrawalLaw {
    days: 14,
    from_purchase: false,
    not_informed_months: 12,
    refund_days: Some(14),
    ship_back_days: Some(14),
    outbound: Outbound::Cheapest,
    return_cost_if_informed: true,
    loss_of_value: true,
    eu_days: true,
    only_if_unposted: false,
    exceptions: EU_EXCEPTIONS,
    open: CRD_OPEN,
    expired: CRD_EXPIRED,
    before_delivery: Some(CRD_BEFORE_DELIVERY),
    last_item: Some(CRD_LAST_ITEM),
    regular: Some(CRD_REGULAR),
    not_informed: Some(CRD_NOT_INFORMED),
    refund: Some(CRD_REFUND),
    withhold: Some(CRD_WITHHOLD),
    delivery: Some(CRD_DELIVERY),
    partial: Some(CRD_PARTIAL),
    ship_back: Some(CRD_SHIP_BACK),
    return_cost: Some(CRD_RETURN_COST),
    loss: Some(CRD_LOSS),
    no_loss: Some(CRD_NO_LOSS),
    no_costs: CRD_NO_COSTS,
    packaging: Some(CRD_PACKAGING),
};

static UK_WITHDRAWAL: WithdrawalLaw = WithdrawalLaw {
    days: 14,
    from_purchase: false,
    not_informed_months: 12,
    refund_days: Some(14),
    ship_back_days: Some(14),
    outbound: Outbound::Cheapest,
    return_cost_if_informed: true,
    loss_of_value: true,
    eu_days: false,
    only_if_unposted: false,
    exceptions: UK_EXCEPTIONS,
    open: UK_OPEN,
    expired: UK_EXPIRED,
    before_delivery: Some(UK_BEFORE_DELIVERY),
    last_item: Some(UK_LAST_ITEM),
    regular: Some(UK_REGULAR),
    not_informed: Some(UK_NOT_INFORMED),
    refund: Some(UK_REFUND),
    withhold: Some(UK_WITHHOLD),
    delivery: Some(UK_DELIVERY),
    partial: Some(UK_PARTIAL),
    ship_back: Some(UK_SHIP_BACK),
    return_cost: Some(UK_RETURN_COST),
    loss: Some(UK_LOSS),
    no_loss: Some(UK_NO_LOSS),
    no_costs: UK_NO_COSTS,
    packaging: Some(UK_PACKAGING),
};

static TR_WITHDRAWAL: WithdrawalLaw = WithdrawalLaw {
    days: 14,
    from_purchase: false,
    not_informed_months: 12,
    refund_days: Some(14),
    ship_back_days: Some(10),
    outbound: Outbound::Full,
    return_cost_if_informed: true,
    loss_of_value: true,
    eu_days: false,
    only_if_unposted: false,
    exceptions: TR_EXCEPTIONS,
    open: TR_OPEN,
    expired: TR_EXPIRED,
    before_delivery: Some(TR_BEFORE_DELIVERY),
    last_item: Some(TR_LAST_ITEM),
    regular: Some(TR_REGULAR),
    not_informed: Some(TR_NOT_INFORMED),
    refund: Some(TR_REFUND),
    withhold: None,
    delivery: Some(TR_REFUND),
    partial: None,
    ship_back: Some(TR_SHIP_BACK),
    return_cost: Some(TR_RETURN_COST),
    loss: Some(TR_LOSS),
    no_loss: Some(TR_NO_LOSS),
    no_costs: TR_NO_COSTS,
    packaging: Some(TR_PACKAGING),
};

static BR_WITHDRAWAL: WithdrawalLaw = WithdrawalLaw {
    days: 7,
    from_purchase: false,
    not_informed_months: 0,
    refund_days: Some(0),
    ship_back_days: None,
    outbound: Outbound::Full,
    return_cost_if_informed: false,
    loss_of_value: false,
    eu_days: false,
    only_if_unposted: false,
    exceptions: &[],
    open: BR_OPEN,
    expired: BR_EXPIRED,
    before_delivery: None,
    last_item: None,
    regular: None,
    not_informed: None,
    refund: Some(BR_OPEN),
    withhold: None,
    delivery: Some(BR_OPEN),
    partial: None,
    ship_back: None,
    return_cost: Some(BR_OPEN),
    loss: Some(BR_OPEN),
    no_loss: None,
    no_costs: BR_OPEN,
    packaging: Some(BR_OPEN),
};

static CA_WITHDRAWAL: WithdrawalLaw = WithdrawalLaw {
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

const fn eu_guarantee(
    months: u32,
    presumption: (u32, u32),
    within: Rule,
    ended: Rule,
    presumed: Rule,
    not_presumed: Rule,
) -> GuaranteeLaw {
    GuaranteeLaw {
        period: Period::Months(months),
        presumption: Some(presumption),
        scheme: Scheme::Eu,
        short_reject_days: None,
        review: false,
        within,
        ended,
        presumed: Some(presumed),
        not_presumed: Some(not_presumed),
        remedies: SGD_REMEDIES,
        minor: Some(SGD_MINOR),
        short_reject: None,
        free: Some(SGD_FREE),
        risk: Some(CRD_RISK),
        non_delivery: Some(CRD_NON_DELIVERY),
    }
}

static EU_GUARANTEE: GuaranteeLaw = eu_guarantee(
    24,
    (12, 12),
    SGD_WITHIN,
    SGD_ENDED,
    SGD_PRESUMED,
    SGD_NOT_PRESUMED,
);
static DE_GUARANTEE: GuaranteeLaw = eu_guarantee(
    24,
    (12, 12),
    DE_WITHIN,
    DE_ENDED,
    DE_PRESUMED,
    DE_NOT_PRESUMED,
);
static FR_GUARANTEE: GuaranteeLaw = eu_guarantee(
    24,
    (24, 12),
    FR_WITHIN,
    FR_ENDED,
    FR_PRESUMED,
    FR_NOT_PRESUMED,
);
static IT_GUARANTEE: GuaranteeLaw = eu_guarantee(
    24,
    (12, 12),
    IT_WITHIN,
    IT_ENDED,
    IT_PRESUMED,
    IT_NOT_PRESUMED,
);
static ES_GUARANTEE: GuaranteeLaw = eu_guarantee(
    36,
    (24, 24),
    ES_WITHIN,
    ES_ENDED,
    ES_PRESUMED,
    ES_NOT_PRESUMED,
);
static PT_GUARANTEE: GuaranteeLaw = GuaranteeLaw {
    short_reject_days: Some(30),
    short_reject: Some(PT_REJECT),
    ..eu_guarantee(
        36,
        (24, 12),
        PT_WITHIN,
        PT_ENDED,
        PT_PRESUMED,
        PT_NOT_PRESUMED,
    )
};
static NL_GUARANTEE: GuaranteeLaw = GuaranteeLaw {
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

static UK_GUARANTEE: GuaranteeLaw = GuaranteeLaw {
    period: Period::Months(72),
    presumption: Some((6, 6)),
    scheme: Scheme::Uk,
    short_reject_days: Some(30),
    review: false,
    within: UK_LIMIT,
    ended: UK_LIMIT_ENDED,
    presumed: Some(UK_PRESUMED),
    not_presumed: Some(UK_NOT_PRESUMED),
    remedies: UK_REMEDIES,
    minor: None,
    short_reject: Some(UK_SHORT_REJECT),
    free: Some(UK_REMEDIES),
    risk: Some(UK_RISK),
    non_delivery: None,
};
static SCT_GUARANTEE: GuaranteeLaw = GuaranteeLaw {
    period: Period::Months(60),
    within: SCT_LIMIT,
    ended: SCT_LIMIT_ENDED,
    ..UK_GUARANTEE
};

static US_GUARANTEE: GuaranteeLaw = GuaranteeLaw {
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
};

static AU_G: GuaranteeLaw = GuaranteeLaw {
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
};
static CH_GUARANTEE: GuaranteeLaw = GuaranteeLaw {
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
};

static TR_GUARANTEE: GuaranteeLaw = GuaranteeLaw {
    period: Period::Months(24),
    presumption: Some((6, 6)),
    scheme: Scheme::Tr,
    short_reject_days: None,
    review: false,
    within: TR_WITHIN,
    ended: TR_ENDED,
    presumed: Some(TR_PRESUMED),
    not_presumed: Some(TR_NOT_PRESUMED),
    remedies: TR_REMEDIES,
    minor: None,
    short_reject: None,
    free: Some(TR_REMEDIES),
    risk: None,
    non_delivery: None,
};

static BR_GUARANTEE: GuaranteeLaw = GuaranteeLaw {
    period: Period::NoticeDays(90, 30),
    presumption: None,
    scheme: Scheme::Br,
    short_reject_days: None,
    review: false,
    within: BR_NOTICE,
    ended: BR_NOTICE_ENDED,
    presumed: None,
    not_presumed: None,
    remedies: BR_REMEDIES,
    minor: None,
    short_reject: None,
    free: Some(BR_REMEDIES),
    risk: None,
    non_delivery: None,
};

macro_rules! floor {
    ($name:ident, $code:literal, $label:literal, $w:expr, $g:expr, $nw:expr, $ng:expr) => {
        static $name: Floor = Floor {
            code: $code,
            name: $label,
            withdrawal: $w,
            guarantee: $g,
            no_withdrawal: $nw,
            no_guarantee: $ng,
        };
    };
}

floor!(
    EU,
    "EU",
    "EU baseline (Directive 2011/83/EU, Directive (EU) 2019/771)",
    Some(&EU_WITHDRAWAL),
    Some(&EU_GUARANTEE),
    NONE,
    NONE
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
floor!(
    FR,
    "FR",
    "France (Code de la consommation)",
    Some(&EU_WITHDRAWAL),
    Some(&FR_GUARANTEE),
    NONE,
    NONE
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
floor!(
    ES,
    "ES",
    "Spain (TRLGDCU)",
    Some(&EU_WITHDRAWAL),
    Some(&ES_GUARANTEE),
    NONE,
    NONE
);
floor!(
    PT,
    "PT",
    "Portugal (Decreto-Lei 24/2014, Decreto-Lei 84/2021)",
    Some(&EU_WITHDRAWAL),
    Some(&PT_GUARANTEE),
    NONE,
    NONE
);
floor!(
    NL,
    "NL",
    "Netherlands (Burgerlijk Wetboek)",
    Some(&EU_WITHDRAWAL),
    Some(&NL_GUARANTEE),
    NONE,
    NONE
);
floor!(
    GB,
    "GB",
    "United Kingdom (CCR 2013, CRA 2015, Limitation Act 1980)",
    Some(&UK_WITHDRAWAL),
    Some(&UK_GUARANTEE),
    NONE,
    NONE
);
floor!(
    GB_SCT,
    "GB-SCT",
    "Scotland (CCR 2013, CRA 2015, Prescription and Limitation (Scotland) Act 1973)",
    Some(&UK_WITHDRAWAL),
    Some(&SCT_GUARANTEE),
    NONE,
    NONE
);
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
floor!(
    AU,
    "AU",
    "Australia (Australian Consumer Law)",
    None,
    Some(&AU_G),
    AU_NONE,
    NONE
);
floor!(
    CH,
    "CH",
    "Switzerland (Code of Obligations)",
    None,
    Some(&CH_GUARANTEE),
    CH_NONE,
    NONE
);
floor!(
    TR,
    "TR",
    "Turkey (Law 6502, Distance Contracts Regulation)",
    Some(&TR_WITHDRAWAL),
    Some(&TR_GUARANTEE),
    NONE,
    NONE
);
floor!(
    BR,
    "BR",
    "Brazil (Código de Defesa do Consumidor)",
    Some(&BR_WITHDRAWAL),
    Some(&BR_GUARANTEE),
    NONE,
    NONE
);
floor!(
    NO_FLOOR,
    "none",
    "No statutory floor built in",
    None,
    None,
    NONE,
    NONE
);

/// The statutory floor for a consumer in `country` (ISO 3166-1 alpha-2) and,
/// optionally, `region` (ISO 3166-2 of that country, `US-CA`).
///
/// # Errors
/// `returns.unknown_country` for a code that is not ISO 3166 (field
/// `country` or `region`).
pub fn floor(country: &str, region: Option<&str>) -> Result<&'static Floor> {
    let c = Country::parse(country)?;
    if let Some(r) = region {
        check_region(c, r, "region")?;
    }
    Ok(floor_for(c, region))
}

/// The floor for an already checked country and region.
pub(crate) fn floor_for(country: Country, region: Option<&str>) -> &'static Floor {
    match country.as_str() {
        "DE" => &DE,
        "FR" => &FR,
        "IT" => &IT,
        "ES" => &ES,
        "PT" => &PT,
        "NL" => &NL,
        "GB" if region_is(region, "GB", "SCT") => &GB_SCT,
        "GB" => &GB,
        "US" if region_is(region, "US", "CA") => &US_CA,
        "US" => &US,
        "AU" => &AU,
        "CH" => &CH,
        "TR" => &TR,
        "BR" => &BR,
        _ if country.is_eu() => &EU,
        _ => &NO_FLOOR,
    }
}

/// Every built-in floor, for documentation and audits.
pub fn floors() -> [&'static Floor; 16] {
    [
        &EU, &DE, &FR, &IT, &ES, &PT, &NL, &GB, &GB_SCT, &US, &US_CA, &AU, &CH, &TR, &BR, &NO_FLOOR,
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_well_formed_and_one_source_per_code() {
        let mut seen: std::collections::BTreeMap<&str, &str> = Default::default();
        for r in RULES {
            assert!(r.code.starts_with("law."), "{}", r.code);
            assert!(
                r.code
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b"._".contains(&b)),
                "{}",
                r.code
            );
            assert!(!r.text.is_empty() && r.text.ends_with('.'), "{}", r.code);
            if let Some(prev) = seen.insert(r.code, r.source) {
                assert_eq!(prev, r.source, "{} cites two sources", r.code);
            }
        }
    }

    #[test]
    fn table_matches_reference() {
        let f = |c: &str, r: Option<&str>| floor(c, r).unwrap();
        // Change-of-mind days.
        for (c, d) in [
            ("DE", Some(14)),
            ("FR", Some(14)),
            ("IT", Some(14)),
            ("ES", Some(14)),
            ("PT", Some(14)),
            ("NL", Some(14)),
            ("AT", Some(14)),
            ("GB", Some(14)),
            ("US", None),
            ("AU", None),
            ("CH", None),
            ("TR", Some(14)),
            ("BR", Some(7)),
            ("JP", None),
        ] {
            assert_eq!(f(c, None).withdrawal_days(), d, "{c}");
        }
        assert_eq!(f("US", Some("US-CA")).withdrawal_days(), Some(30));
        // Guarantee months and presumption months.
        for (c, g, p) in [
            ("DE", Some(24), Some(12)),
            ("FR", Some(24), Some(24)),
            ("IT", Some(24), Some(12)),
            ("ES", Some(36), Some(24)),
            ("PT", Some(36), Some(24)),
            ("NL", None, Some(12)),
            ("AT", Some(24), Some(12)),
            ("GB", Some(72), Some(6)),
            ("CH", Some(24), None),
            ("TR", Some(24), Some(6)),
            ("AU", None, None),
            ("US", None, None),
        ] {
            assert_eq!(f(c, None).guarantee_months(), g, "{c}");
            assert_eq!(f(c, None).presumption_months(), p, "{c}");
        }
        assert_eq!(f("GB", Some("GB-SCT")).guarantee_months(), Some(60));
        assert_eq!(f("UK", None).code(), "GB");
        assert_eq!(f("SE", None).code(), "EU");
        assert_eq!(
            floor("US", Some("CA")).unwrap_err().code(),
            "returns.unknown_country"
        );
    }
}
