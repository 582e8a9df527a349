//! The shop's return policy: its configuration (`schema`), validation and
//! per-country overrides (`compile`), and the audit against the statutory
//! floors (`audit`).

mod audit;
mod compile;
mod schema;

pub use audit::AuditFinding;
pub(crate) use compile::Terms;
pub use schema::*;

use audit::audit_terms;
use compile::compile;

use serde::{Deserialize, Serialize};

use crate::country::{Country, check_region};
use crate::error::{Error, Result};
use crate::returns::law::{self};

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
    ///
    /// ```
    /// use caredesk::returns::{ReturnPolicy, ReturnPolicyConfig, Window};
    ///
    /// let config = ReturnPolicyConfig {
    ///     window: Window { days: Some(60), ..Window::default() },
    ///     ..ReturnPolicyConfig::default()
    /// };
    /// assert_eq!(ReturnPolicy::new(config.clone())?.config().window.days, Some(60));
    ///
    /// let late = ReturnPolicyConfig { ship_back_days: -1, ..config };
    /// let err = ReturnPolicy::new(late).unwrap_err();
    /// assert_eq!((err.code(), err.field()), ("returns.negative_window", Some("ship_back_days")));
    /// # Ok::<(), caredesk::Error>(())
    /// ```
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
    ///
    /// ```
    /// use caredesk::returns::ReturnPolicy;
    ///
    /// let policy = ReturnPolicy::from_json(r#"{"window": {"days": 100}, "goodwill": {"days": 14}}"#)?;
    /// assert_eq!(policy.config().goodwill.as_ref().map(|g| g.days), Some(14));
    ///
    /// // A misspelt key is refused with its path, not ignored.
    /// let err = ReturnPolicy::from_json(r#"{"window": {"dayz": 100}}"#).unwrap_err();
    /// assert_eq!((err.code(), err.field()), ("input.json", Some("window.dayz")));
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    pub fn from_json(text: &str) -> Result<Self> {
        Self::new(crate::wire::from_json(text)?)
    }

    /// Reads, validates and compiles a policy from TOML (the same schema).
    ///
    /// # Errors
    /// `input.toml` for a malformed document, and the errors of [`ReturnPolicy::new`].
    ///
    /// ```
    /// use caredesk::returns::ReturnPolicy;
    ///
    /// let policy = ReturnPolicy::from_toml(r#"
    /// [window]
    /// days = 30
    /// [overrides.GB.window]
    /// days = 45
    /// "#)?;
    /// assert_eq!(policy.config().overrides["GB"].window.as_ref().unwrap().days, Some(45));
    ///
    /// let err = ReturnPolicy::from_toml("[window]\ndays = \"thirty\"").unwrap_err();
    /// assert_eq!(err.code(), "input.toml");
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    pub fn from_toml(text: &str) -> Result<Self> {
        Self::new(crate::wire::from_toml(text)?)
    }

    /// The configuration this policy was built from.
    ///
    /// ```
    /// use caredesk::returns::{ReturnPolicy, ShippingMode};
    ///
    /// let policy = ReturnPolicy::from_json(r#"{"name": "Outdoor shop",
    ///   "return_shipping": {"mode": "customer_label"}}"#)?;
    /// let config = policy.config();
    /// assert_eq!(config.name.as_deref(), Some("Outdoor shop"));
    /// assert_eq!(config.return_shipping.mode, ShippingMode::CustomerLabel);
    /// assert_eq!(config.ship_back_days, 14); // the default, filled in
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    pub fn config(&self) -> &ReturnPolicyConfig {
        &self.config
    }

    /// The class of a reason, built-in or declared in `reasons`.
    ///
    /// ```
    /// use caredesk::returns::{ReasonClass, ReturnPolicy};
    ///
    /// let policy = ReturnPolicy::from_json(r#"{"reasons": {"found_cheaper": "change_of_mind"}}"#)?;
    /// assert_eq!(policy.reason_class("found_cheaper"), Some(ReasonClass::ChangeOfMind));
    /// assert_eq!(policy.reason_class("damaged_in_transit"), Some(ReasonClass::Fault));
    /// assert_eq!(policy.reason_class("broken"), None); // not in the taxonomy
    /// # Ok::<(), caredesk::Error>(())
    /// ```
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
    ///
    /// A 10-day window is short of the 14 days of the EU, but no US law
    /// requires any window:
    ///
    /// ```
    /// use caredesk::returns::ReturnPolicy;
    ///
    /// let policy = ReturnPolicy::from_json(r#"{"window": {"days": 10}}"#)?;
    /// let fr = policy.audit("FR")?;
    /// assert_eq!((fr[0].field.as_str(), fr[0].code), ("window.days", "law.eu.crd.art9"));
    /// assert!(policy.audit("US")?.is_empty());
    /// assert_eq!(policy.audit("XX").unwrap_err().code(), "returns.unknown_country");
    /// # Ok::<(), caredesk::Error>(())
    /// ```
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
