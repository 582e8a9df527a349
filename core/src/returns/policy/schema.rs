//! The policy's configuration as the shop writes it (TOML or JSON): the
//! serde types, their defaults and their documentation. Nothing here is
//! checked; [`ReturnPolicy::new`](super::ReturnPolicy::new) does that.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::money::Money;
use crate::returns::request::Condition;
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
///
/// ```
/// use caredesk::returns::{ReasonClass, BUILTIN_REASONS};
///
/// let faults: Vec<&str> = BUILTIN_REASONS.iter()
///     .filter(|(_, class)| *class == ReasonClass::Fault)
///     .map(|(reason, _)| *reason)
///     .collect();
/// assert_eq!(faults, ["defective", "not_as_described", "wrong_item", "missing_item", "damaged_in_transit"]);
/// assert_eq!(BUILTIN_REASONS.len(), 10);
/// ```
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
///
/// A US shop counts 30 days from the order; a jacket ordered on 1 May
/// (New York time) is asked back on 1 June, day 31:
///
/// ```
/// use caredesk::returns::{evaluate, ReturnPolicy, ReturnRequest};
///
/// let policy = ReturnPolicy::from_json(r#"{"window": {"days": 30, "from": "order"}}"#)?;
/// let request = ReturnRequest::from_json(r#"{"ordered_at": "2026-05-01T18:00:00Z",
///   "delivered_at": "2026-05-05T18:00:00Z", "country": "US", "region": "US-NY",
///   "reason": "size_too_large",
///   "items": [{"sku": "JKT-1", "unit_price": {"minor": 8900, "currency": "USD"}}]}"#)?;
/// let d = evaluate(&request, &policy, "2026-06-01T15:00:00Z".parse().unwrap())?;
/// assert!(!d.eligible);
/// assert_eq!(d.items[0].deadlines.notify_by.unwrap().to_string(), "2026-05-31");
/// assert!(d.codes().any(|c| c == "returns.window_expired"));
/// # Ok::<(), caredesk::Error>(())
/// ```
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
///
/// A scarf ordered in France on 10 December is sent back on 20 January: the
/// withdrawal period and the 30-day window have ended, the season has not.
///
/// ```
/// use caredesk::returns::{evaluate, Regime, ReturnPolicy, ReturnRequest};
///
/// let policy = ReturnPolicy::from_json(r#"{"seasonal": [{"name": "holidays",
///   "ordered_from": "11-01", "ordered_until": "12-31", "returnable_until": "01-31"}]}"#)?;
/// let request = ReturnRequest::from_json(r#"{"ordered_at": "2025-12-10T18:00:00Z",
///   "delivered_at": "2025-12-12T10:00:00Z", "country": "FR", "reason": "style",
///   "items": [{"sku": "SCARF", "unit_price": {"minor": 4500, "currency": "EUR"}}]}"#)?;
/// let d = evaluate(&request, &policy, "2026-01-20T09:00:00Z".parse().unwrap())?;
/// assert_eq!(d.items[0].regime, Some(Regime::MerchantPolicy));
/// assert_eq!(d.items[0].deadlines.notify_by.unwrap().to_string(), "2026-01-31");
/// assert!(d.codes().any(|c| c == "returns.seasonal_extension"));
/// # Ok::<(), caredesk::Error>(())
/// ```
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
///
/// A clearance-tagged jacket bought in the US, where no law gives a
/// change-of-mind right:
///
/// ```
/// use caredesk::returns::{evaluate, DecidedBy, ReturnPolicy, ReturnRequest};
///
/// let policy = ReturnPolicy::from_json(r#"{"exclusions": {"tags": ["clearance"]}}"#)?;
/// let request = ReturnRequest::from_json(r#"{"ordered_at": "2026-05-01T18:00:00Z",
///   "delivered_at": "2026-05-05T18:00:00Z", "country": "US", "reason": "size_too_large",
///   "items": [{"sku": "JKT-1", "unit_price": {"minor": 8900, "currency": "USD"}, "tags": ["Clearance"]}]}"#)?;
/// let d = evaluate(&request, &policy, "2026-05-20T15:00:00Z".parse().unwrap())?;
/// assert!(!d.items[0].eligible);
/// assert_eq!(d.items[0].decided_by, DecidedBy::Shop);
/// assert!(d.codes().any(|c| c == "returns.excluded.tag"));
/// # Ok::<(), caredesk::Error>(())
/// ```
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
///
/// A shop that takes back only unopened goods, and a US consumer who tried
/// the jacket on and wore it:
///
/// ```
/// use caredesk::returns::{evaluate, ReturnPolicy, ReturnRequest};
///
/// let policy = ReturnPolicy::from_json(r#"{"condition": {"accepted": ["new"]}}"#)?;
/// let request = ReturnRequest::from_json(r#"{"ordered_at": "2026-05-01T18:00:00Z",
///   "delivered_at": "2026-05-05T18:00:00Z", "country": "US", "reason": "size_too_large",
///   "items": [{"sku": "JKT-1", "unit_price": {"minor": 8900, "currency": "USD"}, "condition": "used"}]}"#)?;
/// let d = evaluate(&request, &policy, "2026-05-20T15:00:00Z".parse().unwrap())?;
/// assert!(!d.eligible);
/// assert!(d.codes().any(|c| c == "returns.condition_not_accepted"));
/// # Ok::<(), caredesk::Error>(())
/// ```
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
///
/// A shop that offers only store credit or an exchange for a change of
/// mind: that holds in the US, but a German withdrawal is refunded in money.
///
/// ```
/// use caredesk::returns::{evaluate, Resolution, ReturnPolicy, ReturnRequest};
///
/// let policy = ReturnPolicy::from_json(r#"{"resolutions": {"change_of_mind": ["store_credit", "exchange"]}}"#)?;
/// let mut request = ReturnRequest::from_json(r#"{"ordered_at": "2026-03-01T10:00:00Z",
///   "delivered_at": "2026-03-03T14:00:00Z", "country": "US", "reason": "colour",
///   "items": [{"sku": "TEE-M", "unit_price": {"minor": 2500, "currency": "USD"}}]}"#)?;
/// let now = "2026-03-10T15:00:00Z".parse().unwrap();
/// let us = evaluate(&request, &policy, now)?;
/// assert_eq!(us.items[0].resolutions, [Resolution::StoreCredit, Resolution::Exchange]);
/// request.country = "DE".into();
/// let de = evaluate(&request, &policy, now)?;
/// assert_eq!(de.items[0].resolutions[0], Resolution::Refund);
/// # Ok::<(), caredesk::Error>(())
/// ```
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
///
/// 15 % of a 249.00 USD bike rack is 37.35 USD, capped at 25.00 USD:
///
/// ```
/// use caredesk::returns::{evaluate, ReturnPolicy, ReturnRequest};
///
/// let policy = ReturnPolicy::from_json(r#"{"restocking_fee":
///   {"bps": 1500, "cap": {"minor": 2500, "currency": "USD"}}}"#)?;
/// let request = ReturnRequest::from_json(r#"{"ordered_at": "2026-05-01T18:00:00Z",
///   "delivered_at": "2026-05-05T18:00:00Z", "country": "US", "reason": "unwanted",
///   "items": [{"sku": "RACK-2", "unit_price": {"minor": 24900, "currency": "USD"}}]}"#)?;
/// let d = evaluate(&request, &policy, "2026-05-20T15:00:00Z".parse().unwrap())?;
/// assert_eq!(d.items[0].money.restocking_fee.to_string(), "25.00 USD");
/// assert_eq!(d.money.total.to_string(), "224.00 USD");
/// # Ok::<(), caredesk::Error>(())
/// ```
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
///
/// ```
/// use caredesk::returns::{evaluate, ReturnLabel, ReturnPolicy, ReturnRequest};
///
/// let policy = ReturnPolicy::from_json(r#"{"return_shipping":
///   {"mode": "flat", "fee": {"minor": 699, "currency": "USD"}}}"#)?;
/// let request = ReturnRequest::from_json(r#"{"ordered_at": "2026-05-01T18:00:00Z",
///   "delivered_at": "2026-05-05T18:00:00Z", "country": "US", "reason": "size_too_large",
///   "items": [{"sku": "JKT-1", "unit_price": {"minor": 8900, "currency": "USD"}}]}"#)?;
/// let d = evaluate(&request, &policy, "2026-05-20T15:00:00Z".parse().unwrap())?;
/// assert_eq!(d.return_label, ReturnLabel::Shop);
/// assert_eq!(d.money.return_shipping_charged.to_string(), "6.99 USD");
/// assert_eq!(d.money.total.to_string(), "82.01 USD");
/// # Ok::<(), caredesk::Error>(())
/// ```
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
///
/// Headphones worn for a week come back to a German shop within the 14 days:
/// the condition cannot block the withdrawal, but 20 % is deducted.
///
/// ```
/// use caredesk::returns::{evaluate, Regime, ReturnPolicy, ReturnRequest};
///
/// let policy = ReturnPolicy::from_json(r#"{"loss_of_value": {"used_bps": 2000}}"#)?;
/// let request = ReturnRequest::from_json(r#"{"ordered_at": "2026-03-01T10:00:00Z",
///   "delivered_at": "2026-03-03T14:00:00Z", "country": "DE", "reason": "unwanted",
///   "items": [{"sku": "HP-200", "unit_price": {"minor": 12900, "currency": "EUR"}, "condition": "used"}]}"#)?;
/// let item = &evaluate(&request, &policy, "2026-03-12T09:00:00Z".parse().unwrap())?.items[0];
/// assert_eq!(item.regime, Some(Regime::StatutoryWithdrawal));
/// assert_eq!(item.money.loss_of_value.to_string(), "25.80 EUR");
/// assert_eq!(item.money.refund.to_string(), "103.20 EUR");
/// # Ok::<(), caredesk::Error>(())
/// ```
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
///
/// The US jacket delivered on 5 May, asked back on 12 June: the 30-day
/// window ended on 4 June, the 15 days of goodwill have not.
///
/// ```
/// use caredesk::returns::{evaluate, Regime, Resolution, ReturnPolicy, ReturnRequest};
///
/// let policy = ReturnPolicy::from_json(r#"{"goodwill": {"days": 15}}"#)?;
/// let request = ReturnRequest::from_json(r#"{"ordered_at": "2026-05-01T18:00:00Z",
///   "delivered_at": "2026-05-05T18:00:00Z", "country": "US", "reason": "size_too_large",
///   "items": [{"sku": "JKT-1", "unit_price": {"minor": 8900, "currency": "USD"}}]}"#)?;
/// let item = &evaluate(&request, &policy, "2026-06-12T15:00:00Z".parse().unwrap())?.items[0];
/// assert_eq!(item.regime, Some(Regime::Goodwill));
/// assert_eq!(item.resolutions, [Resolution::StoreCredit]);
/// assert!(item.reasons.iter().any(|r| r.code == "returns.goodwill"));
/// # Ok::<(), caredesk::Error>(())
/// ```
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
///
/// Built in code: lines under 5.00 USD are refunded without being sent back.
///
/// ```
/// use caredesk::Money;
/// use caredesk::returns::{evaluate, ReturnLabel, Resolution, ReturnPolicy, ReturnPolicyConfig, ReturnRequest};
///
/// let config = ReturnPolicyConfig {
///     keep_item_below: Some(Money::new(500, "USD")?),
///     ..ReturnPolicyConfig::default()
/// };
/// let request = ReturnRequest::from_json(r#"{"ordered_at": "2026-05-01T18:00:00Z",
///   "delivered_at": "2026-05-05T18:00:00Z", "country": "US", "reason": "unwanted",
///   "items": [{"sku": "CASE-3", "unit_price": {"minor": 350, "currency": "USD"}}]}"#)?;
/// let d = evaluate(&request, &ReturnPolicy::new(config)?, "2026-05-20T15:00:00Z".parse().unwrap())?;
/// assert_eq!(d.items[0].resolutions[0], Resolution::KeepItem);
/// assert_eq!((d.return_label, d.money.total.to_string()), (ReturnLabel::None, "3.50 USD".to_string()));
/// # Ok::<(), caredesk::Error>(())
/// ```
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
///
/// A German override that adds a 15 % restocking fee: the audit points at
/// the override's field, since German law forbids the fee on a withdrawal.
///
/// ```
/// use caredesk::returns::ReturnPolicy;
///
/// let policy = ReturnPolicy::from_toml(r#"
/// [overrides.DE]
/// restocking_fee = { bps = 1500 }
/// "#)?;
/// let de = policy.audit("DE")?;
/// let fee = de.iter().find(|f| f.code == "law.eu.crd.art14.no_other_costs").unwrap();
/// assert_eq!(fee.field, "overrides.DE.restocking_fee");
/// # Ok::<(), caredesk::Error>(())
/// ```
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
