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
//! Each jurisdiction has its own file (`eu.rs`, `de.rs`, ... `br.rs`) with
//! its rules and citations, its change-of-mind right and exceptions, its
//! guarantee, the order of its remedies and its [`Floor`]; this file holds
//! the shared shapes and the lookup by country.
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

use super::policy::Resolution;
use super::request::Defect;
use crate::country::{Country, check_region, region_is};
use crate::error::Result;

/// One rule the engine applies: a stable citation code, where it comes from,
/// and what it means in plain words.
///
/// Codes never change meaning; a code may appear with different wording
/// (for example when a period is open and when it has ended).
///
/// ```
/// use caredesk::returns::law::RULES;
///
/// let rule = RULES.iter().find(|r| r.code == "law.eu.crd.art16.personalised").unwrap();
/// assert_eq!(rule.source, "Directive 2011/83/EU, Art. 16(c)");
/// assert!(rule.text.ends_with("no right of withdrawal."));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Rule {
    /// The citation code, `law.eu.crd.art9`.
    pub code: &'static str,
    /// The provision it rests on, `Directive 2011/83/EU, Art. 9`.
    pub source: &'static str,
    /// What it says about this decision, in plain words.
    pub text: &'static str,
}

/// Defines a jurisdiction's rules as constants, and its `RULES` list in
/// the order given (the order of the source tables).
macro_rules! rules {
    ($( $(#[$m:meta])* $name:ident = $code:literal, $source:literal, $text:literal; )*) => {
        $( $(#[$m])* pub(crate) const $name: Rule = Rule { code: $code, source: $source, text: $text }; )*
        /// This jurisdiction's rules, in the order of its source table.
        pub(super) const RULES: &[Rule] = &[ $( $name ),* ];
    };
}

/// Defines one floor as a static.
macro_rules! floor {
    ($name:ident, $code:literal, $label:literal, $w:expr, $g:expr, $nw:expr, $ng:expr) => {
        pub(super) static $name: Floor = Floor {
            code: $code,
            name: $label,
            withdrawal: $w,
            guarantee: $g,
            no_withdrawal: $nw,
            no_guarantee: $ng,
        };
    };
}

mod au;
mod br;
mod ch;
mod de;
mod es;
mod eu;
mod fr;
mod it;
mod nl;
mod pt;
mod tr;
mod uk;
mod us;

pub(crate) use au::{AU_MAJOR, AU_MINOR};
pub(crate) use eu::EU_DAYS;
pub(crate) use us::{CA_POSTED, US_NONE};

/// Cited where no floor is built in.
pub(crate) const NONE: Rule = Rule {
    code: "law.none",
    source: "No statutory floor built in for this country",
    text: "No statutory floor is built in for this country: the shop's policy decides.",
};

/// The jurisdictions' rule lists, in the order of the reference table.
const PARTS: &[&[Rule]] = &[
    eu::RULES,
    de::RULES,
    fr::RULES,
    it::RULES,
    es::RULES,
    pt::RULES,
    nl::RULES,
    uk::RULES,
    us::RULES,
    au::RULES,
    ch::RULES,
    tr::RULES,
    br::RULES,
    &[NONE],
];

const fn count(parts: &[&[Rule]]) -> usize {
    let (mut n, mut i) = (0, 0);
    while i < parts.len() {
        n += parts[i].len();
        i += 1;
    }
    n
}

const fn concat<const N: usize>(parts: &[&[Rule]]) -> [Rule; N] {
    let mut out = [NONE; N];
    let (mut k, mut i) = (0, 0);
    while i < parts.len() {
        let mut j = 0;
        while j < parts[i].len() {
            out[k] = parts[i][j];
            k += 1;
            j += 1;
        }
        i += 1;
    }
    out
}

const ALL_RULES: [Rule; count(PARTS)] = concat(PARTS);

/// Every statutory rule the engine can cite, in the order of the source tables.
///
/// ```
/// use caredesk::returns::law::RULES;
///
/// assert!(RULES.iter().all(|r| r.code.starts_with("law.") && !r.source.is_empty()));
/// // The UK's short-term right to reject is among them, with its statute.
/// let s22 = RULES.iter().find(|r| r.code == "law.uk.cra.s22").unwrap();
/// assert_eq!(s22.source, "Consumer Rights Act 2015, s. 20-22");
/// ```
pub static RULES: &[Rule] = &ALL_RULES;

/// The resolution a withdrawal gives: the money back.
pub(crate) const WITHDRAWAL_REFUND: &[Resolution] = &[Resolution::Refund];
/// For goods that never arrived: delivery of them, or the money back.
pub(crate) const MISSING: &[Resolution] = &[Resolution::Replacement, Resolution::Refund];

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
    /// The order in which the remedies are offered.
    pub orders: Remedies,
}

/// The order in which the law offers the remedies for a defect, first the
/// one the consumer is entitled to ask for first.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Remedies {
    /// The order that applies when nothing below does.
    pub usual: &'static [Resolution],
    /// For a minor defect (EU: no termination).
    pub minor: Option<&'static [Resolution]>,
    /// For a major failure (AU: refund or replacement).
    pub major: Option<&'static [Resolution]>,
    /// Within the short-term right to reject (UK, PT: 30 days).
    pub reject_first: Option<&'static [Resolution]>,
}

impl Remedies {
    /// The order for an item, given whether the short-term right to reject
    /// still runs and how serious the defect is.
    pub(crate) fn for_defect(
        &self,
        within_reject: bool,
        defect: Option<Defect>,
    ) -> &'static [Resolution] {
        let special = if within_reject {
            self.reject_first
        } else {
            match defect {
                Some(Defect::Minor) => self.minor,
                Some(Defect::Major) => self.major,
                None => None,
            }
        };
        special.unwrap_or(self.usual)
    }
}

/// The statutory floor of one jurisdiction.
///
/// ```
/// use caredesk::returns::law;
///
/// let it = law::floor("IT", None)?;
/// assert_eq!(it.name(), "Italy (Codice del consumo)");
/// assert_eq!(it.withdrawal_days(), Some(14));
/// assert_eq!((it.guarantee_months(), it.presumption_months()), (Some(24), Some(12)));
/// # Ok::<(), caredesk::Error>(())
/// ```
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
    ///
    /// ```
    /// use caredesk::returns::law;
    ///
    /// assert_eq!(law::floor("SE", None)?.code(), "EU"); // no national variant built in
    /// assert_eq!(law::floor("GB", Some("GB-SCT"))?.code(), "GB-SCT");
    /// assert_eq!(law::floor("UK", None)?.code(), "GB");
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    pub fn code(&self) -> &'static str {
        self.code
    }

    /// A short name, `EU baseline (Directive 2011/83/EU, Directive (EU) 2019/771)`.
    ///
    /// ```
    /// use caredesk::returns::law;
    ///
    /// let name = law::floor("AT", None)?.name();
    /// assert_eq!(name, "EU baseline (Directive 2011/83/EU, Directive (EU) 2019/771)");
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    pub fn name(&self) -> &'static str {
        self.name
    }

    /// Days of the statutory change-of-mind right, if there is one.
    ///
    /// California's 30 days apply only when the shop does not post its policy.
    ///
    /// ```
    /// use caredesk::returns::law;
    ///
    /// assert_eq!(law::floor("BR", None)?.withdrawal_days(), Some(7)); // art. 49 CDC
    /// assert_eq!(law::floor("US", Some("US-CA"))?.withdrawal_days(), Some(30));
    /// assert_eq!(law::floor("CH", None)?.withdrawal_days(), None); // none online
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    pub fn withdrawal_days(&self) -> Option<u32> {
        self.withdrawal.map(|w| w.days)
    }

    /// Months the seller answers for defects from delivery, when the law fixes them.
    ///
    /// ```
    /// use caredesk::returns::law;
    ///
    /// assert_eq!(law::floor("ES", None)?.guarantee_months(), Some(36));
    /// assert_eq!(law::floor("GB", Some("GB-SCT"))?.guarantee_months(), Some(60));
    /// // The Netherlands count the expected lifespan: no fixed months.
    /// assert_eq!(law::floor("NL", None)?.guarantee_months(), None);
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    pub fn guarantee_months(&self) -> Option<u32> {
        match self.guarantee?.period {
            Period::Months(m) => Some(m),
            _ => None,
        }
    }

    /// Months after delivery during which a defect is presumed to have existed
    /// at delivery (new goods).
    ///
    /// ```
    /// use caredesk::returns::law;
    ///
    /// assert_eq!(law::floor("FR", None)?.presumption_months(), Some(24));
    /// assert_eq!(law::floor("GB", None)?.presumption_months(), Some(6));
    /// assert_eq!(law::floor("US", None)?.presumption_months(), None);
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    pub fn presumption_months(&self) -> Option<u32> {
        self.guarantee?.presumption.map(|p| p.0)
    }
}

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
///
/// ```
/// use caredesk::returns::law;
///
/// assert_eq!(law::floor("PT", None)?.code(), "PT");
/// // A region must belong to the country: Ontario is not in the US.
/// let err = law::floor("US", Some("CA-ON")).unwrap_err();
/// assert_eq!((err.code(), err.field()), ("returns.unknown_country", Some("region")));
/// # Ok::<(), caredesk::Error>(())
/// ```
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
        "DE" => &de::DE,
        "FR" => &fr::FR,
        "IT" => &it::IT,
        "ES" => &es::ES,
        "PT" => &pt::PT,
        "NL" => &nl::NL,
        "GB" if region_is(region, "GB", "SCT") => &uk::GB_SCT,
        "GB" => &uk::GB,
        "US" if region_is(region, "US", "CA") => &us::US_CA,
        "US" => &us::US,
        "AU" => &au::AU,
        "CH" => &ch::CH,
        "TR" => &tr::TR,
        "BR" => &br::BR,
        _ if country.is_eu() => &eu::EU,
        _ => &NO_FLOOR,
    }
}

/// Every built-in floor, for documentation and audits.
///
/// ```
/// use caredesk::returns::law;
///
/// let without_withdrawal: Vec<&str> = law::floors().iter()
///     .filter(|f| f.withdrawal_days().is_none())
///     .map(|f| f.code())
///     .collect();
/// assert_eq!(without_withdrawal, ["US", "AU", "CH", "none"]);
/// ```
pub fn floors() -> [&'static Floor; 16] {
    [
        &eu::EU,
        &de::DE,
        &fr::FR,
        &it::IT,
        &es::ES,
        &pt::PT,
        &nl::NL,
        &uk::GB,
        &uk::GB_SCT,
        &us::US,
        &us::US_CA,
        &au::AU,
        &ch::CH,
        &tr::TR,
        &br::BR,
        &NO_FLOOR,
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
    fn rules_list_every_jurisdiction_in_order() {
        assert_eq!(RULES.to_vec(), PARTS.concat());
        assert!(RULES.iter().any(|r| r.code == "law.br.cdc.art18"));
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
