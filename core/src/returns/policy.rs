//! The shop's return policy: its configuration, validation, per-country
//! overrides, and the audit against the statutory floors.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::law::{self, Floor, Rule, Scheme};
use super::request::Condition;
use crate::country::{Country, check_region};
use crate::error::{Error, Result};
use crate::money::Money;
use crate::string_enum::string_enum;

string_enum! {
    /// Whether a return reason is a change of mind or a fault of the goods.
    ReasonClass, "reason_class" {
        /// The consumer no longer wants the goods (size, colour, style, unwanted).
        ChangeOfMind => "change_of_mind",
        /// The goods are not as they should be (defective, not as described,
        /// wrong, missing, damaged in transit).
        Fault => "fault",
    }
}

string_enum! {
    /// A way to settle a return.
    Resolution, "resolution" {
        /// Money back to the original means of payment (for a defect: termination).
        Refund => "refund",
        /// Store credit, with the policy's bonus if any.
        StoreCredit => "store_credit",
        /// Exchange for another variant (size, colour).
        Exchange => "exchange",
        /// The same item again (exchange for the same variant).
        Replacement => "replacement",
        /// Repair.
        Repair => "repair",
        /// A price reduction while keeping the goods.
        PriceReduction => "price_reduction",
        /// Refund without sending the item back.
        KeepItem => "keep_item",
    }
}

/// The built-in reason taxonomy and the class of each reason.
pub const BUILTIN_REASONS: &[(&str, ReasonClass)] = &[
    ("size_too_small", ReasonClass::ChangeOfMind),
    ("size_too_large", ReasonClass::ChangeOfMind),
    ("colour", ReasonClass::ChangeOfMind),
    ("style", ReasonClass::ChangeOfMind),
    ("unwanted", ReasonClass::ChangeOfMind),
    ("defective", ReasonClass::Fault),
    ("not_as_described", ReasonClass::Fault),
    ("wrong_item", ReasonClass::Fault),
    ("missing_item", ReasonClass::Fault),
    ("damaged_in_transit", ReasonClass::Fault),
];

string_enum! {
    /// Where the shop's window starts counting.
    #[derive(Default)]
    WindowStart, "window.from" {
        /// The day the order was placed.
        Order => "order",
        /// The day the item was shipped.
        Fulfilment => "fulfilment",
        /// The day the item arrived.
        #[default]
        Delivery => "delivery",
    }
}

/// The shop's return window.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Window {
    /// Days the window stays open (default 30); refused with `unlimited`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub days: Option<i64>,
    /// No time limit.
    #[serde(default)]
    pub unlimited: bool,
    /// What the days count from. Default `delivery`.
    #[serde(default)]
    pub from: WindowStart,
    /// A different number of days for fault returns (the shop's own warranty);
    /// default: the same as `days`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fault_days: Option<i64>,
}

/// Orders placed between two days of the year are returnable until a later day.
///
/// Days are `MM-DD`. The range may wrap the new year (`12-15` to `01-05`). An
/// order in the range may be returned until the first `returnable_until` on or
/// after the order day, or the normal window's end if that is later.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SeasonalExtension {
    /// A label (`holidays`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// First order day of the season, `MM-DD`.
    pub ordered_from: String,
    /// Last order day of the season, `MM-DD`.
    pub ordered_until: String,
    /// The last day to return, `MM-DD`.
    pub returnable_until: String,
}

/// Items the shop's policy does not take back.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Exclusions {
    /// Items marked `final_sale` are excluded. Default true.
    #[serde(default = "yes")]
    pub final_sale: bool,
    /// Excluded categories (case-insensitive).
    #[serde(default)]
    pub categories: Vec<String>,
    /// Excluded tags (case-insensitive).
    #[serde(default)]
    pub tags: Vec<String>,
    /// Excluded SKUs (exact).
    #[serde(default)]
    pub skus: Vec<String>,
    /// Items any built-in law exempts from withdrawal (personalised,
    /// perishable, unsealed hygiene or media, mixed, newspapers,
    /// market-priced, digital content started) are excluded everywhere.
    /// Default true.
    #[serde(default = "yes")]
    pub statutory_exceptions: bool,
}

impl Default for Exclusions {
    fn default() -> Self {
        Exclusions {
            final_sale: true,
            categories: Vec::new(),
            tags: Vec::new(),
            skus: Vec::new(),
            statutory_exceptions: true,
        }
    }
}

/// The state returned goods must be in under the shop's policy.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConditionRules {
    /// Conditions accepted. Default `["new", "opened"]`.
    #[serde(default = "default_accepted")]
    pub accepted: Vec<Condition>,
    /// The original packaging must come back. Default false.
    #[serde(default)]
    pub original_packaging: bool,
}

fn default_accepted() -> Vec<Condition> {
    vec![Condition::New, Condition::Opened]
}

impl Default for ConditionRules {
    fn default() -> Self {
        ConditionRules {
            accepted: default_accepted(),
            original_packaging: false,
        }
    }
}

/// The resolutions the shop offers, per reason class or per reason.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ResolutionRules {
    /// For a change of mind. Default `["refund", "store_credit", "exchange"]`.
    #[serde(default = "default_cm")]
    pub change_of_mind: Vec<Resolution>,
    /// For a fault. Default `["replacement", "repair", "refund"]`.
    #[serde(default = "default_fault")]
    pub fault: Vec<Resolution>,
    /// For a named reason, replacing its class's list.
    #[serde(default)]
    pub by_reason: BTreeMap<String, Vec<Resolution>>,
}

fn default_cm() -> Vec<Resolution> {
    vec![
        Resolution::Refund,
        Resolution::StoreCredit,
        Resolution::Exchange,
    ]
}

fn default_fault() -> Vec<Resolution> {
    vec![
        Resolution::Replacement,
        Resolution::Repair,
        Resolution::Refund,
    ]
}

impl Default for ResolutionRules {
    fn default() -> Self {
        ResolutionRules {
            change_of_mind: default_cm(),
            fault: default_fault(),
            by_reason: BTreeMap::new(),
        }
    }
}

/// A restocking fee on change-of-mind returns: a share of the line price in
/// basis points plus a flat amount, capped. Never charged where the law
/// forbids it (a statutory withdrawal, a fault).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RestockingFee {
    /// Share of the line price, 1 % = 100 bp, at most 10 000.
    #[serde(default)]
    pub bps: u32,
    /// A flat amount per returned line.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flat: Option<Money>,
    /// The most the fee can be per line.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cap: Option<Money>,
}

string_enum! {
    /// Who pays for sending a change-of-mind return back. Fault returns are
    /// always at the shop's cost.
    #[derive(Default)]
    ShippingMode, "return_shipping.mode" {
        /// The shop provides a free label.
        #[default]
        Free => "free",
        /// The shop provides a label and deducts a flat fee from the refund.
        Flat => "flat",
        /// The consumer sends the parcel back at their own cost.
        CustomerLabel => "customer_label",
    }
}

/// Return shipping terms.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReturnShipping {
    /// Free, flat fee, or the customer's own label. Default `free`.
    #[serde(default)]
    pub mode: ShippingMode,
    /// The fee, with mode `flat` only (once per return).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fee: Option<Money>,
}

string_enum! {
    /// When the shop refunds the outbound shipping (the law may require more).
    #[derive(Default)]
    OutboundRefund, "refund_outbound_shipping" {
        /// Never (beyond the law).
        Never => "never",
        /// When an eligible item is returned for a fault.
        #[default]
        Fault => "fault",
        /// When the whole order is returned, or for a fault.
        Always => "always",
    }
}

/// The deduction for loss of value on a statutory withdrawal of used or
/// damaged goods, in basis points of the line price. Applied only where the
/// law allows (EU, UK, TR, when the consumer was informed).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LossOfValue {
    /// For goods used beyond what examining them needs.
    #[serde(default)]
    pub used_bps: u32,
    /// For goods damaged after delivery.
    #[serde(default)]
    pub damaged_bps: u32,
}

/// A grace period after the window closes, with reduced resolutions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Goodwill {
    /// Days after the window's last day.
    pub days: i64,
    /// What is offered. Default `["store_credit"]`.
    #[serde(default = "default_goodwill")]
    pub resolutions: Vec<Resolution>,
}

fn default_goodwill() -> Vec<Resolution> {
    vec![Resolution::StoreCredit]
}

fn yes() -> bool {
    true
}

fn fourteen() -> i64 {
    14
}

/// The configuration of a shop's return policy (TOML or JSON).
///
/// Every section is optional; the defaults are a 30-day window from
/// delivery, final-sale and statutory-exception exclusions, `new` and
/// `opened` goods accepted, free return shipping, no fees, the outbound
/// shipping refunded for faults, 14 days to ship back, the built-in reasons.
/// `overrides` replace whole sections for a country (`DE`) or region
/// (`US-CA`); a region's override applies over its country's.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReturnPolicyConfig {
    /// A label for logs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The return window.
    #[serde(default)]
    pub window: Window,
    /// Seasonal extensions.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub seasonal: Vec<SeasonalExtension>,
    /// Items not taken back.
    #[serde(default)]
    pub exclusions: Exclusions,
    /// Condition requirements.
    #[serde(default)]
    pub condition: ConditionRules,
    /// Resolutions offered.
    #[serde(default)]
    pub resolutions: ResolutionRules,
    /// Bonus on store credit, in basis points of the refund (1 000 = 10 %).
    #[serde(default)]
    pub store_credit_bonus_bps: u32,
    /// A restocking fee on change-of-mind returns.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub restocking_fee: Option<RestockingFee>,
    /// Return shipping.
    #[serde(default)]
    pub return_shipping: ReturnShipping,
    /// When the outbound shipping is refunded.
    #[serde(default)]
    pub refund_outbound_shipping: OutboundRefund,
    /// Items (lines) priced below this are refunded without being sent back.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub keep_item_below: Option<Money>,
    /// Deduction for loss of value where the law allows one.
    #[serde(default)]
    pub loss_of_value: LossOfValue,
    /// Days the consumer has to send the item back. Default 14.
    #[serde(default = "fourteen")]
    pub ship_back_days: i64,
    /// Days within which the shop promises the refund.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refund_within_days: Option<i64>,
    /// A grace period after the window.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub goodwill: Option<Goodwill>,
    /// The policy is posted conspicuously where consumers buy (California
    /// Civil Code § 1723). Default true.
    #[serde(default = "yes")]
    pub posted: bool,
    /// Extra reasons and their class (`"changed_price" = "change_of_mind"`).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub reasons: BTreeMap<String, ReasonClass>,
    /// Sections replaced for a country or region, keyed `DE` or `US-CA`.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub overrides: BTreeMap<String, PolicyOverride>,
}

impl Default for ReturnPolicyConfig {
    fn default() -> Self {
        ReturnPolicyConfig {
            name: None,
            window: Window::default(),
            seasonal: Vec::new(),
            exclusions: Exclusions::default(),
            condition: ConditionRules::default(),
            resolutions: ResolutionRules::default(),
            store_credit_bonus_bps: 0,
            restocking_fee: None,
            return_shipping: ReturnShipping::default(),
            refund_outbound_shipping: OutboundRefund::default(),
            keep_item_below: None,
            loss_of_value: LossOfValue::default(),
            ship_back_days: 14,
            refund_within_days: None,
            goodwill: None,
            posted: true,
            reasons: BTreeMap::new(),
            overrides: BTreeMap::new(),
        }
    }
}

/// Sections of the policy replaced for one country or region. Each section
/// given replaces the whole section of the same name in
/// [`ReturnPolicyConfig`]; the others are inherited (from the country's
/// override for a region, then from the base policy).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PolicyOverride {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    /// Replaces [`ReturnPolicyConfig::window`].
    pub window: Option<Window>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    /// Replaces [`ReturnPolicyConfig::seasonal`].
    pub seasonal: Option<Vec<SeasonalExtension>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    /// Replaces [`ReturnPolicyConfig::exclusions`].
    pub exclusions: Option<Exclusions>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    /// Replaces [`ReturnPolicyConfig::condition`].
    pub condition: Option<ConditionRules>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    /// Replaces [`ReturnPolicyConfig::resolutions`].
    pub resolutions: Option<ResolutionRules>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    /// Replaces [`ReturnPolicyConfig::store_credit_bonus_bps`].
    pub store_credit_bonus_bps: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    /// Replaces [`ReturnPolicyConfig::restocking_fee`].
    pub restocking_fee: Option<RestockingFee>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    /// Replaces [`ReturnPolicyConfig::return_shipping`].
    pub return_shipping: Option<ReturnShipping>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    /// Replaces [`ReturnPolicyConfig::refund_outbound_shipping`].
    pub refund_outbound_shipping: Option<OutboundRefund>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    /// Replaces [`ReturnPolicyConfig::keep_item_below`].
    pub keep_item_below: Option<Money>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    /// Replaces [`ReturnPolicyConfig::loss_of_value`].
    pub loss_of_value: Option<LossOfValue>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    /// Replaces [`ReturnPolicyConfig::ship_back_days`].
    pub ship_back_days: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    /// Replaces [`ReturnPolicyConfig::refund_within_days`].
    pub refund_within_days: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    /// Replaces [`ReturnPolicyConfig::goodwill`].
    pub goodwill: Option<Goodwill>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    /// Replaces [`ReturnPolicyConfig::posted`].
    pub posted: Option<bool>,
}

/// A month and day, `(month, day)`.
pub(crate) type MonthDay = (u32, u32);

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Season {
    pub from: MonthDay,
    pub until: MonthDay,
    pub returnable: MonthDay,
}

/// The compiled terms for one country (or the base policy).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Terms {
    /// The override key these terms come from (`DE`, `US-CA`), for field paths.
    pub key: Option<String>,
    /// Sections set by an override (their field paths start `overrides.KEY.`).
    pub overridden: Vec<&'static str>,
    pub window_days: Option<u32>,
    pub window_from: WindowStart,
    pub fault_days: Option<u32>,
    pub seasons: Vec<Season>,
    pub excl_final_sale: bool,
    pub excl_statutory: bool,
    pub excl_categories: Vec<String>,
    pub excl_tags: Vec<String>,
    pub excl_skus: Vec<String>,
    pub accepted: [bool; 4],
    pub require_packaging: bool,
    pub res_change_of_mind: Vec<Resolution>,
    pub res_fault: Vec<Resolution>,
    pub res_by_reason: BTreeMap<String, Vec<Resolution>>,
    pub bonus_bps: u32,
    pub restocking: Option<RestockingFee>,
    pub shipping: ReturnShipping,
    pub outbound: OutboundRefund,
    pub keep_below: Option<Money>,
    pub loss: LossOfValue,
    pub ship_back_days: u32,
    pub refund_within_days: Option<u32>,
    pub goodwill: Option<(u32, Vec<Resolution>)>,
    pub posted: bool,
}

impl Terms {
    /// The path of a policy field as written in the config these terms come from.
    pub fn path(&self, section: &'static str, rest: &str) -> String {
        let base = if rest.is_empty() {
            section.to_string()
        } else {
            format!("{section}.{rest}")
        };
        match &self.key {
            Some(k) if self.overridden.contains(&section) => format!("overrides.{k}.{base}"),
            _ => base,
        }
    }

    /// Resolutions for a reason of a class.
    pub fn resolutions(&self, reason: &str, class: ReasonClass) -> &[Resolution] {
        if let Some(r) = self.res_by_reason.get(reason) {
            return r;
        }
        match class {
            ReasonClass::ChangeOfMind => &self.res_change_of_mind,
            ReasonClass::Fault => &self.res_fault,
        }
    }
}

/// A shop's return policy, validated and compiled: immutable, `Send + Sync`,
/// evaluated by [`evaluate`](super::evaluate) as many times as needed.
///
/// Built from a [`ReturnPolicyConfig`] (TOML or JSON). Serializes back to its
/// configuration.
///
/// ```
/// use caredesk::returns::ReturnPolicy;
///
/// let policy = ReturnPolicy::from_toml(r#"
/// name = "Shop default"
/// store_credit_bonus_bps = 1000
///
/// [window]
/// days = 30
/// from = "delivery"
///
/// [[seasonal]]
/// ordered_from = "11-01"
/// ordered_until = "12-31"
/// returnable_until = "01-31"
///
/// [exclusions]
/// categories = ["gift_cards"]
///
/// [restocking_fee]
/// bps = 1500
/// cap = { minor = 3000, currency = "EUR" }
///
/// [return_shipping]
/// mode = "flat"
/// fee = { minor = 495, currency = "EUR" }
///
/// [overrides.US-CA.window]
/// days = 45
/// "#)?;
/// assert_eq!(policy.config().window.days, Some(30));
///
/// // A German consumer keeps the statutory rights the policy falls short of.
/// let findings = policy.audit("DE")?;
/// let codes: Vec<&str> = findings.iter().map(|f| f.code).collect();
/// assert!(codes.contains(&"law.eu.crd.art14.no_other_costs")); // the restocking fee
///
/// let err = ReturnPolicy::from_json(r#"{"window": {"days": -3}}"#).unwrap_err();
/// assert_eq!((err.code(), err.field()), ("returns.negative_window", Some("window.days")));
/// # Ok::<(), caredesk::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "ReturnPolicyConfig", into = "ReturnPolicyConfig")]
pub struct ReturnPolicy {
    config: ReturnPolicyConfig,
    base: Terms,
    /// Compiled overrides: (country, region key if any, terms).
    overrides: Vec<(Country, Option<String>, Terms)>,
}

impl Default for ReturnPolicy {
    fn default() -> Self {
        // The default configuration is valid by construction.
        ReturnPolicy::new(ReturnPolicyConfig::default()).unwrap_or_else(|_| unreachable!())
    }
}

impl TryFrom<ReturnPolicyConfig> for ReturnPolicy {
    type Error = Error;
    fn try_from(config: ReturnPolicyConfig) -> Result<Self> {
        ReturnPolicy::new(config)
    }
}

impl From<ReturnPolicy> for ReturnPolicyConfig {
    fn from(p: ReturnPolicy) -> Self {
        p.config
    }
}

impl ReturnPolicy {
    /// Validates and compiles a configuration.
    ///
    /// # Errors
    /// `returns.negative_window` (a window, grace period or day count below
    /// zero), `returns.fee_exceeds_price` (a percentage over 100 %),
    /// `returns.unknown_reason` (a `by_reason` key outside the taxonomy),
    /// `returns.unknown_country` (an override key that is not ISO 3166),
    /// `money.currency_mismatch` (a fee and its cap in different currencies),
    /// `input.invalid` (a malformed `MM-DD`, an empty resolution list, a
    /// flat return fee without `fee`, a custom reason shadowing a built-in
    /// one). Each names the field.
    pub fn new(config: ReturnPolicyConfig) -> Result<Self> {
        for name in config.reasons.keys() {
            let ok = !name.is_empty()
                && name
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_');
            if !ok {
                return Err(Error::invalid(
                    format!("reasons.{name}"),
                    "a reason is a snake_case word such as changed_price",
                ));
            }
            if BUILTIN_REASONS.iter().any(|(b, _)| b == name) {
                return Err(Error::invalid(
                    format!("reasons.{name}"),
                    "is a built-in reason; its class cannot be changed",
                ));
            }
        }
        let base = compile(&config, None, &PolicyOverride::default(), &[])?;
        let mut overrides = Vec::new();
        // Countries first, so a region can start from its country's terms.
        let mut keys: Vec<&String> = config.overrides.keys().collect();
        keys.sort_by_key(|k| k.contains('-'));
        for key in keys {
            let field = format!("overrides.{key}");
            let (country, region) = match key.split_once('-') {
                Some((c, _)) => {
                    let c = Country::parse(c).map_err(|_| Error::ReturnsUnknownCountry {
                        field: field.clone(),
                        code: key.clone(),
                    })?;
                    check_region(c, key, &field)?;
                    (c, Some(key.to_ascii_uppercase()))
                }
                None => (
                    Country::parse(key).map_err(|_| Error::ReturnsUnknownCountry {
                        field: field.clone(),
                        code: key.clone(),
                    })?,
                    None,
                ),
            };
            let parent = if region.is_some() {
                config
                    .overrides
                    .iter()
                    .find(|(k, _)| !k.contains('-') && Country::parse(k).ok() == Some(country))
                    .map(|(_, o)| o)
            } else {
                None
            };
            let layers: Vec<&PolicyOverride> = parent.into_iter().collect();
            let terms = compile(&config, Some(key), &config.overrides[key], &layers)?;
            overrides.push((country, region, terms));
        }
        Ok(ReturnPolicy {
            config,
            base,
            overrides,
        })
    }

    /// Reads, validates and compiles a policy from JSON.
    ///
    /// # Errors
    /// `input.json` for a malformed document, and the errors of [`ReturnPolicy::new`].
    pub fn from_json(text: &str) -> Result<Self> {
        Self::new(crate::wire::from_json(text)?)
    }

    /// Reads, validates and compiles a policy from TOML (the same schema).
    ///
    /// # Errors
    /// `input.toml` for a malformed document, and the errors of [`ReturnPolicy::new`].
    pub fn from_toml(text: &str) -> Result<Self> {
        Self::new(crate::wire::from_toml(text)?)
    }

    /// The configuration this policy was built from.
    pub fn config(&self) -> &ReturnPolicyConfig {
        &self.config
    }

    /// The class of a reason, built-in or declared in `reasons`.
    pub fn reason_class(&self, reason: &str) -> Option<ReasonClass> {
        BUILTIN_REASONS
            .iter()
            .find(|(r, _)| *r == reason)
            .map(|(_, c)| *c)
            .or_else(|| self.config.reasons.get(reason).copied())
    }

    /// The reasons this policy knows, comma separated, for error messages.
    pub(crate) fn reason_list(&self) -> String {
        let mut all: Vec<&str> = BUILTIN_REASONS.iter().map(|(r, _)| *r).collect();
        all.extend(self.config.reasons.keys().map(String::as_str));
        all.join(", ")
    }

    /// The terms that apply to a consumer in `country`, `region`.
    pub(crate) fn terms(&self, country: Country, region: Option<&str>) -> &Terms {
        if let Some(r) = region
            && let Some((_, _, t)) = self.overrides.iter().find(|(c, k, _)| {
                *c == country && k.as_deref().is_some_and(|k| k.eq_ignore_ascii_case(r))
            })
        {
            return t;
        }
        self.overrides
            .iter()
            .find(|(c, k, _)| *c == country && k.is_none())
            .map(|(_, _, t)| t)
            .unwrap_or(&self.base)
    }

    /// Where this policy, as it applies to consumers in `country` (`DE`) or a
    /// region (`US-CA`), is less generous than the law there.
    ///
    /// These are not errors: [`evaluate`](super::evaluate) applies the law
    /// where the policy falls short and says so in each decision. The audit
    /// lists the places once, so the shop can fix its terms.
    ///
    /// # Errors
    /// `returns.unknown_country` for a code that is not ISO 3166.
    pub fn audit(&self, country: &str) -> Result<Vec<AuditFinding>> {
        let (c, region) = match country.split_once('-') {
            Some((cc, _)) => {
                let c = Country::parse(cc).map_err(|_| Error::ReturnsUnknownCountry {
                    field: "country".into(),
                    code: country.to_string(),
                })?;
                check_region(c, country, "country")?;
                (c, Some(country))
            }
            None => (Country::parse(country)?, None),
        };
        let floor = law::floor_for(c, region);
        Ok(audit_terms(self.terms(c, region), floor))
    }
}

/// One place where a policy is less generous than the law of a country.
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

fn audit_terms(t: &Terms, floor: &Floor) -> Vec<AuditFinding> {
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
            if !t
                .res_change_of_mind
                .contains(&super::policy::Resolution::Refund)
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

fn days(v: i64, field: impl FnOnce() -> String) -> Result<u32> {
    if v < 0 {
        return Err(Error::ReturnsNegativeWindow {
            field: field(),
            days: v,
        });
    }
    u32::try_from(v)
        .ok()
        .filter(|d| *d <= 36_600)
        .ok_or_else(|| Error::invalid(field(), "at most 36600 days (100 years)"))
}

fn month_day(text: &str, field: String) -> Result<MonthDay> {
    let bad = || {
        Error::invalid(
            field.clone(),
            format!("{text:?} is not a day of the year such as 01-31 (MM-DD)"),
        )
    };
    let (m, d) = text.split_once('-').ok_or_else(bad)?;
    if m.len() != 2 || d.len() != 2 {
        return Err(bad());
    }
    let m: u32 = m.parse().map_err(|_| bad())?;
    let d: u32 = d.parse().map_err(|_| bad())?;
    // A non-leap year: 02-29 has no yearly occurrence.
    chrono::NaiveDate::from_ymd_opt(2025, m, d).ok_or_else(bad)?;
    Ok((m, d))
}

fn check_bps(bps: u32, field: impl FnOnce() -> String) -> Result<()> {
    if bps > 10_000 {
        return Err(Error::ReturnsFeeExceedsPrice {
            field: field(),
            fee: format!("{bps} bp"),
            price: "100 %".into(),
        });
    }
    Ok(())
}

fn check_resolutions(list: &[Resolution], field: impl FnOnce() -> String) -> Result<()> {
    if list.is_empty() {
        return Err(Error::invalid(field(), "offer at least one resolution"));
    }
    Ok(())
}

/// Compiles the base config with `layers` (a country override) and `over`
/// (the override itself) applied in that order.
fn compile(
    config: &ReturnPolicyConfig,
    key: Option<&String>,
    over: &PolicyOverride,
    layers: &[&PolicyOverride],
) -> Result<Terms> {
    // Pick each section from the most specific layer that sets it.
    let mut overridden: Vec<&'static str> = Vec::new();
    macro_rules! pick {
        ($field:ident, $name:literal) => {{
            if let Some(v) = over.$field.as_ref() {
                overridden.push($name);
                Some(v)
            } else {
                layers.iter().rev().find_map(|l| l.$field.as_ref())
            }
        }};
    }
    let window = pick!(window, "window").unwrap_or(&config.window);
    let seasonal = pick!(seasonal, "seasonal").unwrap_or(&config.seasonal);
    let exclusions = pick!(exclusions, "exclusions").unwrap_or(&config.exclusions);
    let condition = pick!(condition, "condition").unwrap_or(&config.condition);
    let resolutions = pick!(resolutions, "resolutions").unwrap_or(&config.resolutions);
    let bonus = *pick!(store_credit_bonus_bps, "store_credit_bonus_bps")
        .unwrap_or(&config.store_credit_bonus_bps);
    let restocking = pick!(restocking_fee, "restocking_fee").or(config.restocking_fee.as_ref());
    let shipping = pick!(return_shipping, "return_shipping").unwrap_or(&config.return_shipping);
    let outbound = *pick!(refund_outbound_shipping, "refund_outbound_shipping")
        .unwrap_or(&config.refund_outbound_shipping);
    let keep = pick!(keep_item_below, "keep_item_below").or(config.keep_item_below.as_ref());
    let loss = pick!(loss_of_value, "loss_of_value").unwrap_or(&config.loss_of_value);
    let ship_back = *pick!(ship_back_days, "ship_back_days").unwrap_or(&config.ship_back_days);
    let refund_within =
        pick!(refund_within_days, "refund_within_days").or(config.refund_within_days.as_ref());
    let goodwill = pick!(goodwill, "goodwill").or(config.goodwill.as_ref());
    let posted = *pick!(posted, "posted").unwrap_or(&config.posted);

    let mut t = Terms {
        key: key.cloned(),
        overridden,
        window_days: None,
        window_from: window.from,
        fault_days: None,
        seasons: Vec::new(),
        excl_final_sale: exclusions.final_sale,
        excl_statutory: exclusions.statutory_exceptions,
        excl_categories: exclusions.categories.clone(),
        excl_tags: exclusions.tags.clone(),
        excl_skus: exclusions.skus.clone(),
        accepted: [false; 4],
        require_packaging: condition.original_packaging,
        res_change_of_mind: resolutions.change_of_mind.clone(),
        res_fault: resolutions.fault.clone(),
        res_by_reason: resolutions.by_reason.clone(),
        bonus_bps: bonus,
        restocking: restocking.cloned(),
        shipping: shipping.clone(),
        outbound,
        keep_below: keep.copied(),
        loss: loss.clone(),
        ship_back_days: 0,
        refund_within_days: None,
        goodwill: None,
        posted,
    };
    let p = |section: &'static str, rest: &str, t: &Terms| t.path(section, rest);

    // Window.
    match (window.unlimited, window.days) {
        (true, Some(_)) => {
            return Err(Error::invalid(
                p("window", "days", &t),
                "give days or unlimited = true, not both",
            ));
        }
        (true, None) => {}
        (false, d) => {
            t.window_days = Some(days(d.unwrap_or(30), || p("window", "days", &t))?);
        }
    }
    if let Some(fd) = window.fault_days {
        t.fault_days = Some(days(fd, || p("window", "fault_days", &t))?);
    }
    for (i, s) in seasonal.iter().enumerate() {
        let f = |name: &str| p("seasonal", &format!("[{i}].{name}"), &t).replace(".[", "[");
        t.seasons.push(Season {
            from: month_day(&s.ordered_from, f("ordered_from"))?,
            until: month_day(&s.ordered_until, f("ordered_until"))?,
            returnable: month_day(&s.returnable_until, f("returnable_until"))?,
        });
    }
    for (i, list) in [
        (&exclusions.categories, "categories"),
        (&exclusions.tags, "tags"),
        (&exclusions.skus, "skus"),
    ]
    .into_iter()
    .map(|(l, n)| (n, l))
    .flat_map(|(n, l)| l.iter().enumerate().map(move |(i, v)| ((n, i), v)))
    {
        if list.trim().is_empty() {
            return Err(Error::invalid(
                p("exclusions", &format!("{}[{}]", i.0, i.1), &t),
                "must not be empty",
            ));
        }
    }
    if condition.accepted.is_empty() {
        return Err(Error::invalid(
            p("condition", "accepted", &t),
            "accept at least one condition",
        ));
    }
    for c in &condition.accepted {
        t.accepted[c.index()] = true;
    }
    check_resolutions(&resolutions.change_of_mind, || {
        p("resolutions", "change_of_mind", &t)
    })?;
    check_resolutions(&resolutions.fault, || p("resolutions", "fault", &t))?;
    for (reason, list) in &resolutions.by_reason {
        let field = p("resolutions", &format!("by_reason.{reason}"), &t);
        let known =
            BUILTIN_REASONS.iter().any(|(r, _)| r == reason) || config.reasons.contains_key(reason);
        if !known {
            let mut all: Vec<&str> = BUILTIN_REASONS.iter().map(|(r, _)| *r).collect();
            all.extend(config.reasons.keys().map(String::as_str));
            return Err(Error::ReturnsUnknownReason {
                field,
                reason: reason.clone(),
                expected: all.join(", "),
            });
        }
        check_resolutions(list, || field.clone())?;
    }
    check_bps(bonus, || p("store_credit_bonus_bps", "", &t)).map_err(|_| {
        Error::invalid(
            p("store_credit_bonus_bps", "", &t),
            "at most 10000 bp (a 100 % bonus)",
        )
    })?;
    if let Some(rf) = &t.restocking {
        check_bps(rf.bps, || p("restocking_fee", "bps", &t))?;
        if let (Some(flat), Some(cap)) = (rf.flat, rf.cap)
            && flat.currency() != cap.currency()
        {
            return Err(Error::CurrencyMismatch {
                field: p("restocking_fee", "cap", &t),
                left: flat.currency().code().into(),
                right: cap.currency().code().into(),
            });
        }
    }
    match (shipping.mode, &shipping.fee) {
        (ShippingMode::Flat, None) => {
            return Err(Error::invalid(
                p("return_shipping", "fee", &t),
                "mode flat needs a fee",
            ));
        }
        (ShippingMode::Free | ShippingMode::CustomerLabel, Some(_)) => {
            return Err(Error::invalid(
                p("return_shipping", "fee", &t),
                "a fee is only charged with mode flat",
            ));
        }
        _ => {}
    }
    check_bps(loss.used_bps, || p("loss_of_value", "used_bps", &t))?;
    check_bps(loss.damaged_bps, || p("loss_of_value", "damaged_bps", &t))?;
    t.ship_back_days = days(ship_back, || p("ship_back_days", "", &t))?;
    if let Some(r) = refund_within {
        t.refund_within_days = Some(days(*r, || p("refund_within_days", "", &t))?);
    }
    if let Some(g) = goodwill {
        let d = days(g.days, || p("goodwill", "days", &t))?;
        check_resolutions(&g.resolutions, || p("goodwill", "resolutions", &t))?;
        t.goodwill = Some((d, g.resolutions.clone()));
    }
    Ok(t)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_compile_and_round_trip() {
        let p = ReturnPolicy::default();
        assert_eq!(p.base.window_days, Some(30));
        assert_eq!(p.base.ship_back_days, 14);
        let json = serde_json::to_string(&p).unwrap();
        let back: ReturnPolicy = serde_json::from_str(&json).unwrap();
        assert_eq!(back, p);
        assert_eq!(
            ReturnPolicy::from_json("{}").unwrap(),
            ReturnPolicy::default()
        );
    }

    #[test]
    fn errors_name_the_field() {
        let cases = [
            (
                r#"{"window": {"days": -1}}"#,
                "returns.negative_window",
                "window.days",
            ),
            (
                r#"{"window": {"days": 10, "unlimited": true}}"#,
                "input.invalid",
                "window.days",
            ),
            (
                r#"{"window": {"fault_days": -5}}"#,
                "returns.negative_window",
                "window.fault_days",
            ),
            (
                r#"{"goodwill": {"days": -2}}"#,
                "returns.negative_window",
                "goodwill.days",
            ),
            (
                r#"{"restocking_fee": {"bps": 12000}}"#,
                "returns.fee_exceeds_price",
                "restocking_fee.bps",
            ),
            (
                r#"{"loss_of_value": {"used_bps": 10001}}"#,
                "returns.fee_exceeds_price",
                "loss_of_value.used_bps",
            ),
            (
                r#"{"restocking_fee": {"flat": {"minor": 500, "currency": "EUR"}, "cap": {"minor": 900, "currency": "USD"}}}"#,
                "money.currency_mismatch",
                "restocking_fee.cap",
            ),
            (
                r#"{"resolutions": {"by_reason": {"too_ugly": ["refund"]}}}"#,
                "returns.unknown_reason",
                "resolutions.by_reason.too_ugly",
            ),
            (
                r#"{"resolutions": {"fault": []}}"#,
                "input.invalid",
                "resolutions.fault",
            ),
            (
                r#"{"overrides": {"XX": {"posted": false}}}"#,
                "returns.unknown_country",
                "overrides.XX",
            ),
            (
                r#"{"overrides": {"US-ZZZZ": {"posted": false}}}"#,
                "returns.unknown_country",
                "overrides.US-ZZZZ",
            ),
            (
                r#"{"overrides": {"DE": {"window": {"days": -4}}}}"#,
                "returns.negative_window",
                "overrides.DE.window.days",
            ),
            (
                r#"{"seasonal": [{"ordered_from": "11-01", "ordered_until": "12-31", "returnable_until": "02-30"}]}"#,
                "input.invalid",
                "seasonal[0].returnable_until",
            ),
            (
                r#"{"return_shipping": {"mode": "flat"}}"#,
                "input.invalid",
                "return_shipping.fee",
            ),
            (
                r#"{"reasons": {"defective": "change_of_mind"}}"#,
                "input.invalid",
                "reasons.defective",
            ),
            (r#"{"window": {"dayz": 3}}"#, "input.json", "window.dayz"),
            (
                r#"{"return_shipping": {"mode": "pigeon"}}"#,
                "input.unknown_value",
                "return_shipping.mode",
            ),
            (
                r#"{"restocking_fee": {"bps": -5}}"#,
                "input.json",
                "restocking_fee.bps",
            ),
        ];
        for (json, code, field) in cases {
            let e = ReturnPolicy::from_json(json).unwrap_err();
            assert_eq!((e.code(), e.field()), (code, Some(field)), "{json}: {e}");
        }
    }

    #[test]
    fn overrides_layer_region_over_country() {
        let p = ReturnPolicy::from_json(
            r#"{"window": {"days": 30},
                "overrides": {"US": {"window": {"days": 60}, "posted": false},
                              "US-CA": {"return_shipping": {"mode": "customer_label"}}}}"#,
        )
        .unwrap();
        let us = Country::parse("US").unwrap();
        let ca = p.terms(us, Some("US-CA"));
        assert_eq!(ca.window_days, Some(60));
        assert!(!ca.posted);
        assert_eq!(ca.shipping.mode, ShippingMode::CustomerLabel);
        assert_eq!(
            ca.path("return_shipping", "mode"),
            "overrides.US-CA.return_shipping.mode"
        );
        assert_eq!(ca.path("window", "days"), "window.days");
        let ny = p.terms(us, Some("US-NY"));
        assert_eq!(ny.shipping.mode, ShippingMode::Free);
        assert_eq!(
            p.terms(Country::parse("DE").unwrap(), None).window_days,
            Some(30)
        );
    }

    #[test]
    fn custom_reasons_extend_the_taxonomy() {
        let p = ReturnPolicy::from_json(
            r#"{"reasons": {"found_cheaper": "change_of_mind"},
                "resolutions": {"by_reason": {"found_cheaper": ["store_credit"]}}}"#,
        )
        .unwrap();
        assert_eq!(
            p.reason_class("found_cheaper"),
            Some(ReasonClass::ChangeOfMind)
        );
        assert_eq!(p.reason_class("defective"), Some(ReasonClass::Fault));
        assert_eq!(p.reason_class("bored"), None);
        assert!(p.reason_list().ends_with("found_cheaper"));
    }
}
