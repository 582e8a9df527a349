//! Rules as data: rule packs per language and the shop's configuration on top.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::model::Topic;
use crate::error::Result;
use crate::string_enum::string_enum;
use crate::ticket::Priority;

string_enum! {
    /// What a rule is evidence of.
    RuleKind, "kind" {
        /// A topic (`topic` names it).
        Topic => "topic",
        /// A priority signal (`signal` names it).
        Signal => "signal",
        /// Tone: a negative weight for anger, positive for praise.
        Sentiment => "sentiment",
        /// A question asked before buying.
        Presale => "presale",
    }
}

string_enum! {
    /// Priority signals found in text.
    Signal, "signal" {
        /// Charged twice for one order: urgent.
        DoubleCharge => "double_charge",
        /// A chargeback, a dispute with the bank, or fraud: urgent.
        ChargebackFraud => "chargeback_fraud",
        /// A lawyer, a court, the consumer authority: urgent.
        LegalThreat => "legal_threat",
        /// A deadline today or tomorrow, "urgent", "asap": at least high.
        TimeCritical => "time_critical",
        /// A payment that failed at checkout (a sale about to be lost): at least high.
        PaymentFailed => "payment_failed",
    }
}

/// One rule: patterns (keywords and phrases) and/or a regular expression,
/// and what a match is evidence of.
///
/// Patterns are matched on folded text (lower case, accents removed, curly
/// quotes straightened) at word boundaries; a trailing `*` matches any word
/// ending (`rimbors*` matches rimborso, rimborsi). A regex runs on the same
/// folded text. With `negatable = true`, a match preceded within three words
/// by one of the pack's negations (`non`, `nicht`, `not`, ...) does not count:
/// "non voglio annullare" is no cancellation. It suits intents (cancel,
/// return, refund, praise); problem descriptions ("can't log in") keep the
/// default `false`, since there the negation is part of the problem.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleConfig {
    /// A unique id, `<language>.<what>.<name>` by convention (`it.refund_status.rimborso`).
    pub id: String,
    /// What a match is evidence of.
    pub kind: RuleKind,
    /// For `kind = "topic"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub topic: Option<Topic>,
    /// For `kind = "signal"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signal: Option<Signal>,
    /// How strong the evidence is: 0 < weight <= 10, or for sentiment
    /// -10 <= weight <= 10 and not 0.
    pub weight: f64,
    /// Keywords and phrases.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub patterns: Vec<String>,
    /// A regular expression (Rust `regex` syntax) on the folded text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub regex: Option<String>,
    /// Whether a preceding negation cancels a match (default false).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub negatable: bool,
}

fn yes() -> bool {
    true
}

/// The rules of one language (or `*` for rules that hold in any language).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Pack {
    /// ISO 639-1 code, or `*`.
    pub language: String,
    /// Words that negate the next few words (`non`, `nicht`, `not`, `don't`).
    #[serde(default)]
    pub negations: Vec<String>,
    /// The language's most frequent short words (`och`, `und`, `che`): the
    /// fast first guess of the language; the trigram detector decides when
    /// they do not.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub stopwords: Vec<String>,
    /// The rules.
    #[serde(default)]
    pub rules: Vec<RuleConfig>,
}

impl Pack {
    /// Reads a pack from TOML.
    ///
    /// # Errors
    /// `input.toml` naming the bad field.
    pub fn from_toml(text: &str) -> Result<Self> {
        crate::wire::from_toml(text)
    }
}

/// A shop's triage configuration: the built-in packs (unless `builtin = false`),
/// its own packs on top (a rule with an existing id replaces it), rules
/// disabled and weights changed by id, and the thresholds.
///
/// ```
/// use caredesk::triage::{Triage, TriageConfig};
/// let config = TriageConfig::from_toml(r#"
/// disable = ["en.feedback.words"]
/// weights = { "it.refund_status.words" = 3.0 }
/// high_value = { EUR = 30000 }
///
/// [[packs]]
/// language = "it"
/// [[packs.rules]]
/// id = "it.presale.saldi"
/// kind = "presale"
/// weight = 1.5
/// patterns = ["saldi", "black friday"]
/// "#)?;
/// let triage = Triage::new(config)?;
/// # Ok::<(), caredesk::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TriageConfig {
    /// Start from the built-in packs (default true).
    #[serde(default = "yes")]
    pub builtin: bool,
    /// Extra packs; a rule whose id exists replaces the existing rule.
    #[serde(default)]
    pub packs: Vec<Pack>,
    /// Rule ids to switch off; `prefix*` switches off every id with that prefix.
    #[serde(default)]
    pub disable: Vec<String>,
    /// New weights by rule id.
    #[serde(default)]
    pub weights: BTreeMap<String, f64>,
    /// The order value from which a problem is high priority, in minor units per
    /// currency; the built-in table covers EUR, GBP, USD, PLN, SEK, DKK, CZK, CHF.
    #[serde(default)]
    pub high_value: BTreeMap<String, i64>,
    /// The base priority of each topic (built-in defaults for those not listed).
    #[serde(default)]
    pub topic_priority: BTreeMap<Topic, Priority>,
    /// How many characters of the body are read (default 20,000, at most 1,000,000).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_scan_chars: Option<usize>,
}

impl Default for TriageConfig {
    fn default() -> Self {
        TriageConfig {
            builtin: true,
            packs: Vec::new(),
            disable: Vec::new(),
            weights: BTreeMap::new(),
            high_value: BTreeMap::new(),
            topic_priority: BTreeMap::new(),
            max_scan_chars: None,
        }
    }
}

impl TriageConfig {
    /// Reads a configuration from JSON.
    ///
    /// # Errors
    /// `input.json` naming the bad field.
    pub fn from_json(text: &str) -> Result<Self> {
        crate::wire::from_json(text)
    }

    /// Reads a configuration from TOML.
    ///
    /// # Errors
    /// `input.toml` naming the bad field.
    pub fn from_toml(text: &str) -> Result<Self> {
        crate::wire::from_toml(text)
    }
}

/// The built-in packs, one TOML file per language plus `*` for any language.
pub(crate) const BUILTIN_PACKS: &[(&str, &str)] = &[
    ("any", include_str!("packs/any.toml")),
    ("en", include_str!("packs/en.toml")),
    ("it", include_str!("packs/it.toml")),
    ("fr", include_str!("packs/fr.toml")),
    ("de", include_str!("packs/de.toml")),
    ("es", include_str!("packs/es.toml")),
    ("pt", include_str!("packs/pt.toml")),
    ("nl", include_str!("packs/nl.toml")),
    ("pl", include_str!("packs/pl.toml")),
    ("sv", include_str!("packs/sv.toml")),
    ("da", include_str!("packs/da.toml")),
    ("fi", include_str!("packs/fi.toml")),
    ("cs", include_str!("packs/cs.toml")),
];

/// Base priority of each topic when nothing raises it.
pub(crate) fn default_topic_priority(topic: Topic) -> Priority {
    match topic {
        Topic::DeliveryProblem | Topic::WrongItem | Topic::DamagedDefective => Priority::High,
        Topic::Feedback | Topic::Other => Priority::Low,
        _ => Priority::Normal,
    }
}

/// Order values from which a problem is high priority (about 500 EUR).
pub(crate) fn default_high_value(currency: &str) -> Option<i64> {
    Some(match currency {
        "EUR" | "CHF" => 50_000,
        "GBP" => 45_000,
        "USD" => 55_000,
        "PLN" => 220_000,
        "SEK" | "NOK" => 550_000,
        "DKK" => 370_000,
        "CZK" => 1_250_000,
        _ => return None,
    })
}
