//! Triage: the first minute of every ticket. Language, topic (with the
//! runner-up), priority, sentiment and pre-sale intent for an incoming
//! message, each explained by the rules and facts that produced it.
//!
//! Rules are data: one pack of keywords, phrases and regular expressions per
//! language (`src/triage/packs/*.toml`), compiled into a single multi-pattern
//! matcher. A shop adds, replaces or switches off rules and changes weights
//! with a [`TriageConfig`], without recompiling anything. The language comes
//! from a trigram detector restricted to the twelve supported languages.
//!
//! Work is bounded: at most `max_scan_chars` of the body are read (20,000 by
//! default) and the result says when it was cut; empty or junk text gives an
//! explained answer, never an error or a hang.
//!
//! ```
//! use caredesk::triage::{Topic, Triage, TriageInput};
//! use caredesk::{Channel, Priority};
//!
//! let triage = Triage::builtin();
//! let input: TriageInput = serde_json::from_str(r#"{
//!   "subject": "Paket nicht angekommen",
//!   "body": "Hallo, mein Paket ist immer noch nicht angekommen. Die Lieferung war für Montag angekündigt.",
//!   "channel": "email",
//!   "order": {"status": "shipped", "promised_by": "2026-11-09"},
//!   "received_at": "2026-11-12T08:30:00Z"
//! }"#).unwrap();
//! let result = triage.classify(&input);
//! assert_eq!(result.language.as_ref().unwrap().code, "de");
//! assert_eq!(result.topic.topic, Topic::DeliveryProblem);
//! assert_eq!(result.priority, Priority::High);
//! assert!(result.reasons.iter().any(|r| r.code == "fact.order_late"));
//! ```

mod compile;
mod config;
mod engine;
mod eval;
mod learned;
mod model;
mod priority;
mod rules;
mod text;
mod tone;
mod topic;

pub use config::{
    MAX_DISABLE, MAX_PACK_BYTES, MAX_PACKS, MAX_PATTERN_CHARS, MAX_PATTERNS, MAX_PATTERNS_PER_PACK,
    MAX_REGEX_CHARS, MAX_RULES_PER_PACK, Pack, RuleConfig, RuleKind, Signal, TriageConfig,
};
pub use engine::{LANGUAGES, PARALLEL_BATCH, Triage};
pub use eval::{Evaluation, Expected, Labelled, LabelledCustomer, TopicStats, evaluate_labelled};
pub use learned::{
    CrossValidation, EU_LANGUAGES, FORMAT_VERSION, LANGID_CHARS, LabelStats, MAX_TOPIC_LABELS,
    MAX_TRAINING_CHARS, MAX_TRAINING_ROWS, SURE_LANGUAGE, TrainOptions, TrainingRow,
    TrainingSummary, TriageModel, expected_calibration_error, identify_language, train_builtin,
};
pub use model::{
    Language, OrderFacts, OrderStatus, Reason, ReasonKind, Sentiment, Topic, TopicScore,
    TriageInput, TriageResult,
};
