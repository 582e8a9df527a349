//! Rules as data: rule packs per language and the shop's configuration on top.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::model::Topic;
use crate::error::{Error, Result};
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

/// The most packs a configuration may add.
pub const MAX_PACKS: usize = 100;

/// The most rules one pack may hold (the built-in packs have about 35).
pub const MAX_RULES_PER_PACK: usize = 2_000;

/// The most patterns one pack may hold: keywords and phrases of all its
/// rules, plus one for each regex (the built-in packs have at most about 450).
pub const MAX_PATTERNS_PER_PACK: usize = 5_000;

/// The most patterns all of a configuration's packs may hold together.
pub const MAX_PATTERNS: usize = 20_000;

/// The longest keyword or phrase, negation or stop word, in characters.
pub const MAX_PATTERN_CHARS: usize = 200;

/// The longest regex, in characters.
pub const MAX_REGEX_CHARS: usize = 1_000;

/// The most bytes of pattern text (patterns, regexes, negations, stop words)
/// a configuration's packs may hold together (1 MiB).
pub const MAX_PACK_BYTES: usize = 1 << 20;

/// The most entries of `disable`.
pub const MAX_DISABLE: usize = 10_000;

/// Checks a configuration's packs against the limits above before anything
/// is compiled, so a huge configuration is refused at once rather than
/// compiled for minutes.
///
/// # Errors
/// `input.invalid` naming the list or the entry over its limit.
pub(crate) fn check_limits(config: &TriageConfig) -> Result<()> {
    let over = |field: String, what: String| Err(Error::invalid(field, what));
    if config.packs.len() > MAX_PACKS {
        return over(
            "packs".into(),
            format!("{} packs; at most {MAX_PACKS}", config.packs.len()),
        );
    }
    if config.disable.len() > MAX_DISABLE {
        return over(
            "disable".into(),
            format!("{} entries; at most {MAX_DISABLE}", config.disable.len()),
        );
    }
    let mut total = 0usize;
    let mut bytes = 0usize;
    for (i, pack) in config.packs.iter().enumerate() {
        let at = format!("packs[{i}]");
        if pack.rules.len() > MAX_RULES_PER_PACK {
            return over(
                format!("{at}.rules"),
                format!(
                    "{} rules; a pack holds at most {MAX_RULES_PER_PACK}",
                    pack.rules.len()
                ),
            );
        }
        for (name, words) in [("negations", &pack.negations)] {
            if words.len() > MAX_PATTERNS_PER_PACK {
                return over(
                    format!("{at}.{name}"),
                    format!("{} entries; at most {MAX_PATTERNS_PER_PACK}", words.len()),
                );
            }
            for (k, w) in words.iter().enumerate() {
                check_chars(w, MAX_PATTERN_CHARS, || format!("{at}.{name}[{k}]"))?;
                bytes += w.len();
            }
        }
        let mut in_pack = 0usize;
        for (j, rule) in pack.rules.iter().enumerate() {
            let rule_at = format!("{at}.rules[{j}]");
            for (k, p) in rule.patterns.iter().enumerate() {
                check_chars(p, MAX_PATTERN_CHARS, || format!("{rule_at}.patterns[{k}]"))?;
                bytes += p.len();
            }
            if let Some(re) = &rule.regex {
                check_chars(re, MAX_REGEX_CHARS, || format!("{rule_at}.regex"))?;
                bytes += re.len();
            }
            in_pack += rule.patterns.len() + usize::from(rule.regex.is_some());
            if in_pack > MAX_PATTERNS_PER_PACK {
                return over(
                    format!("{rule_at}.patterns"),
                    format!("the pack passes {MAX_PATTERNS_PER_PACK} patterns here (its limit)"),
                );
            }
        }
        total += in_pack;
        if total > MAX_PATTERNS {
            return over(
                format!("{at}.rules"),
                format!("the packs pass {MAX_PATTERNS} patterns together here (the limit)"),
            );
        }
        if bytes > MAX_PACK_BYTES {
            return over(
                at,
                format!(
                    "the packs pass {MAX_PACK_BYTES} bytes of patterns together here (the limit)"
                ),
            );
        }
    }
    Ok(())
}

fn check_chars(text: &str, max: usize, field: impl Fn() -> String) -> Result<()> {
    // Counting stops at the limit: a huge entry costs no more than a short one.
    if text.len() > max && text.chars().nth(max).is_some() {
        return Err(Error::invalid(
            field(),
            format!("longer than {max} characters (the limit)"),
        ));
    }
    Ok(())
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
