//! [`TriageModel`]: the learned topic and priority heads, how they are
//! trained from labelled rows, cross-validated, saved and loaded.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::features::Bag;
use super::format;
use super::langid::{self, LanguageModel};
use super::linear::{self, Linear, Schedule};
use crate::error::{Error, Result};
use crate::ticket::{Channel, Marketplace, Priority};
use crate::triage::model::{OrderFacts, TriageInput};

/// The most rows one training takes: past that, sample the rows first.
pub const MAX_TRAINING_ROWS: usize = 200_000;
/// The most distinct topic labels a model learns.
pub const MAX_TOPIC_LABELS: usize = 100;
/// The longest text (in characters) training reads of one row; the rest is
/// ignored, as classification ignores text past its scan limit.
pub const MAX_TRAINING_CHARS: usize = 5_000;
/// The priority classes, in the order of the priority head.
pub(crate) const PRIORITIES: [Priority; 4] = [
    Priority::Low,
    Priority::Normal,
    Priority::High,
    Priority::Urgent,
];

/// One labelled message to learn from: the message as triage would read it,
/// and its topic and/or priority as the shop's agents settled them.
///
/// ```
/// use caredesk::triage::TrainingRow;
/// let row: TrainingRow = serde_json::from_str(r#"{
///   "subject": "Where is my order?", "body": "It was due Monday.",
///   "channel": "email", "topic": "order_status", "priority": "normal"
/// }"#).unwrap();
/// assert_eq!(row.topic.as_deref(), Some("order_status"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TrainingRow {
    /// The subject line, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subject: Option<String>,
    /// The message text.
    pub body: String,
    /// The channel it came through.
    pub channel: Channel,
    /// The marketplace, for marketplace messages.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub marketplace: Option<Marketplace>,
    /// The customer's tier label.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_tier: Option<String>,
    /// The order the message is about.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order: Option<OrderFacts>,
    /// When the message arrived.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::instant::option"
    )]
    pub received_at: Option<chrono::DateTime<chrono::Utc>>,
    /// The topic: a built-in topic name or the shop's own label.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub topic: Option<String>,
    /// The priority.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub priority: Option<Priority>,
}

impl TrainingRow {
    /// A row of a message and its labels.
    ///
    /// ```
    /// use caredesk::triage::{TrainingRow, TriageInput};
    /// let input: TriageInput = serde_json::from_str(r#"{"body": "hi", "channel": "chat"}"#).unwrap();
    /// let row = TrainingRow::new(input, Some("other".into()), None);
    /// assert_eq!((row.body.as_str(), row.topic.as_deref()), ("hi", Some("other")));
    /// ```
    pub fn new(
        input: TriageInput,
        topic: Option<String>,
        priority: Option<Priority>,
    ) -> TrainingRow {
        TrainingRow {
            subject: input.subject,
            body: input.body,
            channel: input.channel,
            marketplace: input.marketplace,
            customer_tier: input.customer_tier,
            order: input.order,
            received_at: input.received_at,
            topic,
            priority,
        }
    }

    /// The message part of the row, as triage reads it.
    ///
    /// ```
    /// let row: caredesk::triage::TrainingRow =
    ///     serde_json::from_str(r#"{"body": "hi", "channel": "chat", "topic": "other"}"#).unwrap();
    /// assert_eq!(row.input().body, "hi");
    /// ```
    pub fn input(&self) -> TriageInput {
        TriageInput {
            subject: self.subject.clone(),
            body: self.body.clone(),
            channel: self.channel,
            marketplace: self.marketplace,
            customer_tier: self.customer_tier.clone(),
            previous_tickets: None,
            order: self.order.clone(),
            received_at: self.received_at,
        }
    }
}

/// How to train. Every field has a default; see [`TrainOptions::default`].
///
/// ```
/// let options: caredesk::triage::TrainOptions =
///     serde_json::from_str(r#"{"epochs": 10, "seed": 7}"#).unwrap();
/// assert_eq!(options.epochs, 10);
/// assert_eq!(options.rate, 1.0);
/// assert_eq!(options.hash_bits, 16);
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct TrainOptions {
    /// Passes over the rows (1-100, default 30).
    pub epochs: u32,
    /// The seed of the example order: the same rows and seed give the same
    /// model, byte for byte.
    pub seed: u64,
    /// The feature space has `2^hash_bits` buckets (12-20, default 16). More
    /// buckets mean fewer collisions and a bigger model:
    /// `2^hash_bits × (topics + 4) × 4` bytes in memory.
    pub hash_bits: u32,
    /// The starting learning rate (0 < rate <= 10, default 1).
    pub rate: f32,
    /// The L2 penalty (0 <= l2 < 0.1, default 1e-5).
    pub l2: f32,
    /// Folds for [`TriageModel::cross_validate`] (2-20, default 5).
    pub folds: u32,
    /// Whether classification falls back to the built-in model for a
    /// message in a language the rows had (almost) none of (default true).
    pub fallback: bool,
    /// A language counts as covered from this many rows (default 20).
    pub min_rows_per_language: u32,
}

impl Default for TrainOptions {
    fn default() -> Self {
        TrainOptions {
            epochs: 30,
            seed: 0x00ca_5ede_5c00_0001,
            hash_bits: 16,
            rate: 1.0,
            l2: 1e-5,
            folds: 5,
            fallback: true,
            min_rows_per_language: 20,
        }
    }
}

impl TrainOptions {
    fn check(&self) -> Result<()> {
        let bad = |field: &str, problem: String| Err(Error::invalid(field, problem));
        if !(1..=100).contains(&self.epochs) {
            return bad(
                "options.epochs",
                format!("{} is outside 1-100", self.epochs),
            );
        }
        if !(12..=20).contains(&self.hash_bits) {
            return bad(
                "options.hash_bits",
                format!("{} is outside 12-20", self.hash_bits),
            );
        }
        if !(self.rate > 0.0 && self.rate <= 10.0) {
            return bad("options.rate", format!("{} is outside (0, 10]", self.rate));
        }
        if !(self.l2 >= 0.0 && self.l2 < 0.1) {
            return bad("options.l2", format!("{} is outside [0, 0.1)", self.l2));
        }
        if !(2..=20).contains(&self.folds) {
            return bad("options.folds", format!("{} is outside 2-20", self.folds));
        }
        Ok(())
    }
}

/// A learned topic and priority model: linear softmax heads over hashed
/// words, character n-grams and ticket facts (see the module docs of
/// [`triage`](crate::triage)). Built-in or trained on a shop's own rows with
/// [`TriageModel::train`]; saved and loaded with [`TriageModel::to_bytes`]
/// and [`TriageModel::from_bytes`].
#[derive(Debug, Clone, PartialEq)]
pub struct TriageModel {
    /// The topic head's labels, in column order (empty: no topic head).
    pub(crate) topics: Vec<String>,
    /// Whether the priority head was trained.
    pub(crate) has_priority: bool,
    /// Languages with enough rows, sorted.
    pub(crate) languages: Vec<String>,
    pub(crate) fallback: bool,
    pub(crate) linear: Linear,
}

/// The facts of a message that become features: the channel, the order's
/// status, a late order, a VIP. Fact names are hashed with their value, so a
/// new channel is a new feature, never an error.
pub(crate) fn add_facts(bag: &mut Bag, input: &TriageInput, late: bool, bits: u32) {
    bag.add_fact("channel", input.channel.as_str(), bits);
    // No order is no evidence: the lookup may have failed, or the shop may
    // not pass orders at all (training drops the order facts of every other
    // pass so that the text alone is learned too).
    if let Some(order) = &input.order {
        bag.add_fact(
            "order.status",
            order.status.map_or("unknown", |s| s.as_str()),
            bits,
        );
    }
    if late {
        bag.add_fact("order", "late", bits);
    }
    if input
        .customer_tier
        .as_deref()
        .is_some_and(|t| t.eq_ignore_ascii_case("vip"))
    {
        bag.add_fact("customer", "vip", bits);
    }
}

/// True when the order is past its promised date and not delivered.
pub(crate) fn is_late(input: &TriageInput) -> bool {
    let Some(order) = &input.order else {
        return false;
    };
    let delivered =
        order.delivered_at.is_some() || order.status == Some(crate::triage::OrderStatus::Delivered);
    matches!((order.promised_by, input.received_at), (Some(p), Some(r)) if !delivered && r.date_naive() > p)
}

/// Fills `bag` with the features of `input` for a model of `bits` bits;
/// without the facts of the order and customer when `text_only`.
pub(crate) fn featurize(
    bag: &mut Bag,
    input: &TriageInput,
    max_chars: usize,
    bits: u32,
    text_only: bool,
) {
    let subject = crate::triage::text::fold(prefix(input.subject.as_deref().unwrap_or(""), 1_000));
    let body = crate::triage::text::fold(prefix(&input.body, max_chars));
    bag.add_texts(&subject.text, &body.text, bits);
    if text_only {
        bag.add_fact("channel", input.channel.as_str(), bits);
    } else {
        add_facts(bag, input, is_late(input), bits);
    }
}

fn prefix(text: &str, chars: usize) -> &str {
    text.char_indices()
        .nth(chars)
        .map_or(text, |(i, _)| &text[..i])
}

/// Per-label precision and recall.
///
/// ```
/// use caredesk::triage::{TrainOptions, TrainingRow, TriageModel};
/// let rows: Vec<TrainingRow> = (0..30).map(|i| serde_json::from_value(serde_json::json!({
///     "body": if i % 2 == 0 { format!("parcel {i} has not arrived") } else { format!("please send invoice {i}") },
///     "channel": "email",
///     "topic": if i % 2 == 0 { "order_status" } else { "invoice" },
/// })).unwrap()).collect();
/// let cv = TriageModel::cross_validate(&rows, &TrainOptions::default()).unwrap();
/// assert_eq!((cv.folds, cv.topic_rows, cv.rows.duplicate_rows), (5, 30, 0));
/// assert!(cv.topic_accuracy > 0.9);
/// assert!(cv.topics["invoice"].recall > 0.9);
/// ```
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LabelStats {
    /// Rows with this label.
    pub support: usize,
    /// Of the rows predicted with it, the share that had it.
    pub precision: f64,
    /// Of the rows that had it, the share predicted with it.
    pub recall: f64,
}

/// What k-fold cross-validation measured: every row is predicted by the
/// model trained on the other folds.
///
/// ```
/// use caredesk::triage::{TrainOptions, TrainingRow, TriageModel};
/// let rows: Vec<TrainingRow> = (0..30).map(|i| serde_json::from_value(serde_json::json!({
///     "body": if i % 2 == 0 { format!("parcel {i} has not arrived") } else { format!("please send invoice {i}") },
///     "channel": "email",
///     "topic": if i % 2 == 0 { "order_status" } else { "invoice" },
/// })).unwrap()).collect();
/// let cv = TriageModel::cross_validate(&rows, &TrainOptions::default()).unwrap();
/// assert_eq!((cv.folds, cv.topic_rows, cv.rows.duplicate_rows), (5, 30, 0));
/// assert!(cv.topic_accuracy > 0.9);
/// assert!(cv.topics["invoice"].recall > 0.9);
/// ```
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CrossValidation {
    /// The number of folds.
    pub folds: u32,
    /// Rows with a topic label, and the share predicted right.
    pub topic_rows: usize,
    /// Topic accuracy, 0-1.
    pub topic_accuracy: f64,
    /// Per topic label.
    pub topics: BTreeMap<String, LabelStats>,
    /// `confusion[expected][predicted]` counts.
    pub confusion: BTreeMap<String, BTreeMap<String, usize>>,
    /// Expected calibration error of the topic confidence (ten bins).
    pub topic_calibration_error: f64,
    /// Rows with a priority label.
    pub priority_rows: usize,
    /// Priority exactly right, 0-1.
    pub priority_accuracy: f64,
    /// Priority at most one band off, 0-1.
    pub priority_within_one: f64,
    /// What the rows held (duplicates are counted there).
    pub rows: TrainingSummary,
}

/// What a training run read.
///
/// ```
/// use caredesk::triage::{TrainOptions, TrainingRow, TriageModel};
/// let rows: Vec<TrainingRow> = (0..30).map(|i| serde_json::from_value(serde_json::json!({
///     "body": if i % 2 == 0 { format!("parcel {i} has not arrived") } else { format!("please send invoice {i}") },
///     "channel": "email",
///     "topic": if i % 2 == 0 { "order_status" } else { "invoice" },
/// })).unwrap()).collect();
/// let cv = TriageModel::cross_validate(&rows, &TrainOptions::default()).unwrap();
/// assert_eq!((cv.folds, cv.topic_rows, cv.rows.duplicate_rows), (5, 30, 0));
/// assert!(cv.topic_accuracy > 0.9);
/// assert!(cv.topics["invoice"].recall > 0.9);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TrainingSummary {
    /// Rows read.
    pub rows: usize,
    /// Rows with a topic label.
    pub topic_rows: usize,
    /// Rows with a priority label.
    pub priority_rows: usize,
    /// Rows repeating an earlier row's text and labels exactly. They are
    /// kept (a repeated message weighs more), and counted here so that an
    /// export that doubled its rows is seen.
    pub duplicate_rows: usize,
}

/// Rows checked and turned into what the trainer reads.
struct Prepared {
    inputs: Vec<TriageInput>,
    topics: Vec<String>,
    /// `targets[0]`: topic column per row; `targets[1]`: priority class.
    targets: Vec<Vec<Option<u16>>>,
    languages: Vec<String>,
    summary: TrainingSummary,
}

fn training_error(field: impl Into<String>, problem: impl Into<String>) -> Error {
    Error::TriageTraining {
        field: field.into(),
        problem: problem.into(),
    }
}

impl Prepared {
    fn new(
        rows: &[TrainingRow],
        options: &TrainOptions,
        identifier: &LanguageModel,
    ) -> Result<Prepared> {
        if rows.is_empty() {
            return Err(training_error("rows", "no rows to learn from"));
        }
        if rows.len() > MAX_TRAINING_ROWS {
            return Err(training_error(
                "rows",
                format!(
                    "{} rows is over the limit of {MAX_TRAINING_ROWS}; train on a sample",
                    rows.len()
                ),
            ));
        }
        let mut topics: BTreeMap<&str, u16> = BTreeMap::new();
        let mut seen = std::collections::HashSet::new();
        let mut summary = TrainingSummary {
            rows: rows.len(),
            topic_rows: 0,
            priority_rows: 0,
            duplicate_rows: 0,
        };
        let mut per_language: BTreeMap<&'static str, u32> = BTreeMap::new();
        for (i, row) in rows.iter().enumerate() {
            if row.body.trim().is_empty() && row.subject.as_deref().unwrap_or("").trim().is_empty()
            {
                return Err(training_error(
                    format!("rows[{i}].body"),
                    "the subject and body are both empty",
                ));
            }
            if row.topic.is_none() && row.priority.is_none() {
                return Err(training_error(
                    format!("rows[{i}]"),
                    "has neither a topic nor a priority to learn",
                ));
            }
            if let Some(t) = &row.topic {
                if t.trim().is_empty() || t.chars().count() > 100 {
                    return Err(training_error(
                        format!("rows[{i}].topic"),
                        "a topic label is 1-100 characters, not blank",
                    ));
                }
                if !topics.contains_key(t.as_str()) {
                    if topics.len() == MAX_TOPIC_LABELS {
                        return Err(training_error(
                            format!("rows[{i}].topic"),
                            format!(
                                "{t:?} would be label {}; a model learns at most {MAX_TOPIC_LABELS}",
                                MAX_TOPIC_LABELS + 1
                            ),
                        ));
                    }
                    topics.insert(t, 0);
                }
                summary.topic_rows += 1;
            }
            summary.priority_rows += usize::from(row.priority.is_some());
            if !seen.insert((&row.subject, &row.body, &row.topic, row.priority)) {
                summary.duplicate_rows += 1;
            }
            if let Some(l) = identifier.identify(row.subject.as_deref().unwrap_or(""), &row.body) {
                *per_language.entry(l.code).or_default() += 1;
            }
        }
        if topics.len() == 1 {
            return Err(training_error(
                "rows[*].topic",
                format!(
                    "every labelled row has the topic {:?}; a model needs at least two",
                    topics.keys().next().unwrap()
                ),
            ));
        }
        let priorities: std::collections::BTreeSet<Priority> =
            rows.iter().filter_map(|r| r.priority).collect();
        if priorities.len() == 1 {
            return Err(training_error(
                "rows[*].priority",
                format!(
                    "every labelled row has the priority {}; a model needs at least two",
                    priorities.first().unwrap()
                ),
            ));
        }
        for (k, v) in topics.values_mut().enumerate() {
            *v = k as u16;
        }
        let topic_targets = rows
            .iter()
            .map(|r| r.topic.as_deref().map(|t| topics[t]))
            .collect();
        let priority_targets = rows
            .iter()
            .map(|r| {
                r.priority
                    .map(|p| PRIORITIES.iter().position(|x| *x == p).unwrap() as u16)
            })
            .collect();
        Ok(Prepared {
            inputs: rows.iter().map(TrainingRow::input).collect(),
            topics: topics.keys().map(|t| t.to_string()).collect(),
            targets: vec![topic_targets, priority_targets],
            languages: per_language
                .into_iter()
                .filter(|(_, n)| *n >= options.min_rows_per_language)
                .map(|(l, _)| l.to_string())
                .collect(),
            summary,
        })
    }

    /// Trains heads on the rows in `subset` (all rows when `None`).
    fn fit(&self, options: &TrainOptions, subset: Option<&[usize]>) -> Linear {
        let mut linear = Linear::zeros(options.hash_bits, &[self.topics.len(), PRIORITIES.len()]);
        let all: Vec<usize>;
        let subset = match subset {
            Some(s) => s,
            None => {
                all = (0..self.inputs.len()).collect();
                &all
            }
        };
        let targets: Vec<Vec<Option<u16>>> = self
            .targets
            .iter()
            .map(|t| subset.iter().map(|&i| t[i]).collect())
            .collect();
        let bits = options.hash_bits;
        // Every other pass over a row leaves its order and customer facts
        // out: messages often come without them, and a model that always saw
        // them leans on their absence.
        let mut visits = vec![0u8; subset.len()];
        linear::train(
            &mut linear,
            subset.len(),
            |k, bag| {
                visits[k] ^= 1;
                featurize(
                    bag,
                    &self.inputs[subset[k]],
                    MAX_TRAINING_CHARS,
                    bits,
                    visits[k] == 0,
                )
            },
            &targets,
            Schedule {
                epochs: options.epochs,
                rate: options.rate,
                l2: options.l2,
                seed: options.seed,
            },
        );
        linear
    }

    /// Scores of each head for the rows of `subset`, from `linear`.
    fn score(&self, linear: &Linear, subset: &[usize]) -> Vec<Vec<f32>> {
        let mut bag = Bag::default();
        subset
            .iter()
            .map(|&i| {
                bag.clear();
                featurize(
                    &mut bag,
                    &self.inputs[i],
                    MAX_TRAINING_CHARS,
                    linear.bits,
                    false,
                );
                let mut s = vec![0.0; linear.width];
                linear.scores(&bag, &mut s);
                s
            })
            .collect()
    }
}

impl TriageModel {
    /// Learns a model from labelled rows.
    ///
    /// A fifth of the rows (chosen with `options.seed`) is held back for a first model whose answers set the
    /// heads' temperatures (so that `confidence` is a calibrated
    /// probability); the model returned is then trained on all rows.
    ///
    /// ```
    /// use caredesk::triage::{TrainOptions, TrainingRow, TriageModel};
    /// let rows: Vec<TrainingRow> = serde_json::from_str(r#"[
    ///   {"body": "where is my parcel", "channel": "chat", "topic": "order_status"},
    ///   {"body": "I want my money back", "channel": "chat", "topic": "refund_status"},
    ///   {"body": "has my parcel shipped?", "channel": "chat", "topic": "order_status"},
    ///   {"body": "refund still not here", "channel": "chat", "topic": "refund_status"}
    /// ]"#).unwrap();
    /// let model = TriageModel::train(&rows, &TrainOptions::default()).unwrap();
    /// assert_eq!(model.topics(), ["order_status", "refund_status"]);
    /// ```
    ///
    /// # Errors
    /// `triage.training` naming the row or field: no rows, more than
    /// [`MAX_TRAINING_ROWS`], a row with empty text or with no label, a blank
    /// topic, more than [`MAX_TOPIC_LABELS`] topics, one class only.
    /// `input.invalid` for options out of range.
    pub fn train(rows: &[TrainingRow], options: &TrainOptions) -> Result<TriageModel> {
        TriageModel::train_with(rows, options, langid::builtin())
    }

    fn train_with(
        rows: &[TrainingRow],
        options: &TrainOptions,
        identifier: &LanguageModel,
    ) -> Result<TriageModel> {
        options.check()?;
        let data = Prepared::new(rows, options, identifier)?;
        let fold = deal(rows.len(), 5, options.seed);
        let (train, held): (Vec<usize>, Vec<usize>) = (0..rows.len()).partition(|&i| fold[i] != 4);
        let mut temperatures = [1.0f32; 2];
        if held.len() >= 10 {
            let first = data.fit(options, Some(&train));
            let scores = data.score(&first, &held);
            for (h, head) in first.heads.iter().enumerate() {
                let pairs: Vec<(Vec<f32>, usize)> = held
                    .iter()
                    .zip(&scores)
                    .filter_map(|(&i, s)| {
                        data.targets[h][i].map(|t| {
                            (
                                s[head.offset..head.offset + head.classes].to_vec(),
                                t as usize,
                            )
                        })
                    })
                    .collect();
                temperatures[h] = linear::fit_temperature(&pairs);
            }
        }
        let mut linear = data.fit(options, None);
        for (head, t) in linear.heads.iter_mut().zip(temperatures) {
            head.temperature = t;
        }
        format::round_to_stored(&mut linear);
        Ok(TriageModel {
            topics: data.topics,
            has_priority: data.summary.priority_rows > 0,
            languages: data.languages,
            fallback: options.fallback,
            linear,
        })
    }

    /// k-fold cross-validation (`options.folds`): rows are shuffled (with
    /// `options.seed`) and dealt to folds in turn, each fold is predicted by
    /// a model trained on the others, and the answers are scored together.
    ///
    /// ```
    /// use caredesk::triage::{TrainOptions, TrainingRow, TriageModel};
    /// let rows: Vec<TrainingRow> = (0..30).map(|i| serde_json::from_value(serde_json::json!({
    ///     "body": if i % 2 == 0 { format!("parcel {i} has not arrived") } else { format!("please send invoice {i}") },
    ///     "channel": "email",
    ///     "topic": if i % 2 == 0 { "order_status" } else { "invoice" },
    /// })).unwrap()).collect();
    /// let cv = TriageModel::cross_validate(&rows, &TrainOptions::default()).unwrap();
    /// assert_eq!((cv.folds, cv.topic_rows, cv.rows.duplicate_rows), (5, 30, 0));
    /// assert!(cv.topic_accuracy > 0.9);
    /// assert!(cv.topics["invoice"].recall > 0.9);
    /// ```
    ///
    /// # Errors
    /// As [`TriageModel::train`].
    pub fn cross_validate(rows: &[TrainingRow], options: &TrainOptions) -> Result<CrossValidation> {
        options.check()?;
        let data = Prepared::new(rows, options, langid::builtin())?;
        let k = options.folds as usize;
        let folds = deal(rows.len(), k, options.seed);
        let mut predicted: Vec<Predicted> = vec![(None, None); rows.len()];
        for fold in 0..k {
            let (train, test): (Vec<usize>, Vec<usize>) =
                (0..rows.len()).partition(|&i| folds[i] != fold);
            if train.is_empty() || test.is_empty() {
                continue;
            }
            let linear = data.fit(options, Some(&train));
            for (&i, mut s) in test.iter().zip(data.score(&linear, &test)) {
                let topic = (!data.topics.is_empty()).then(|| {
                    linear.probabilities(0, &mut s);
                    argmax(&s[..data.topics.len()])
                });
                let p = &s[data.topics.len()..];
                predicted[i] = (topic, Some(argmax(p).0));
            }
        }
        Ok(data.report(&predicted, options.folds))
    }
}

/// The fold of each of `n` rows: the rows in a seeded random order, dealt
/// to `k` folds in turn. An export sorted by label or date would otherwise
/// put whole labels into one fold.
fn deal(n: usize, k: usize, seed: u64) -> Vec<usize> {
    use rand::SeedableRng;
    use rand::seq::SliceRandom;
    let mut order: Vec<usize> = (0..n).collect();
    order.shuffle(&mut rand_chacha::ChaCha8Rng::seed_from_u64(seed ^ 0xf01d));
    let mut fold = vec![0; n];
    for (position, &row) in order.iter().enumerate() {
        fold[row] = position % k;
    }
    fold
}

/// A row's predicted topic (column, probability) and priority class.
type Predicted = (Option<(usize, f32)>, Option<usize>);

fn argmax(x: &[f32]) -> (usize, f32) {
    x.iter()
        .copied()
        .enumerate()
        .fold((0, f32::NEG_INFINITY), |best, (i, v)| {
            if v > best.1 { (i, v) } else { best }
        })
}

impl Prepared {
    fn report(&self, predicted: &[Predicted], folds: u32) -> CrossValidation {
        let mut confusion: BTreeMap<String, BTreeMap<String, usize>> = BTreeMap::new();
        let mut answers = Vec::new();
        let (mut topic_rows, mut topic_right) = (0, 0);
        let (mut priority_rows, mut exact, mut near) = (0, 0, 0);
        for (i, (topic, priority)) in predicted.iter().enumerate() {
            if let (Some(t), Some((p, confidence))) = (self.targets[0][i], topic) {
                topic_rows += 1;
                topic_right += usize::from(t as usize == *p);
                answers.push((f64::from(*confidence), t as usize == *p));
                *confusion
                    .entry(self.topics[t as usize].clone())
                    .or_default()
                    .entry(self.topics[*p].clone())
                    .or_default() += 1;
            }
            if let (Some(t), Some(p)) = (self.targets[1][i], priority) {
                priority_rows += 1;
                exact += usize::from(t as usize == *p);
                near += usize::from((t as i32 - *p as i32).abs() <= 1);
            }
        }
        let mut topics = BTreeMap::new();
        for label in &self.topics {
            let support: usize = confusion.get(label).map_or(0, |r| r.values().sum());
            let right = confusion
                .get(label)
                .and_then(|r| r.get(label))
                .copied()
                .unwrap_or(0);
            let called: usize = confusion.values().filter_map(|r| r.get(label)).sum();
            topics.insert(
                label.clone(),
                LabelStats {
                    support,
                    precision: ratio(right, called),
                    recall: ratio(right, support),
                },
            );
        }
        CrossValidation {
            folds,
            topic_rows,
            topic_accuracy: ratio(topic_right, topic_rows),
            topics,
            confusion,
            topic_calibration_error: linear::expected_calibration_error(&answers),
            priority_rows,
            priority_accuracy: ratio(exact, priority_rows),
            priority_within_one: ratio(near, priority_rows),
            rows: self.summary.clone(),
        }
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 0.0 } else { a as f64 / b as f64 }
}

static BUILTIN_BYTES: &[u8] = include_bytes!("builtin-topics.model");

impl TriageModel {
    /// The built-in model, trained on the corpus in the repository
    /// (`make train-triage`); decoded once, on first use.
    ///
    /// ```
    /// let model = caredesk::triage::TriageModel::builtin();
    /// assert!(model.languages().iter().any(|l| l == "fi"));
    /// ```
    pub fn builtin() -> &'static TriageModel {
        static MODEL: std::sync::OnceLock<TriageModel> = std::sync::OnceLock::new();
        MODEL.get_or_init(|| {
            TriageModel::from_bytes(BUILTIN_BYTES).expect("the built-in triage model loads")
        })
    }

    /// The topic labels, in the order of the topic head.
    ///
    /// ```
    /// let model = caredesk::triage::TriageModel::builtin();
    /// assert_eq!(model.topics().len(), 17);
    /// assert!(model.topics().iter().any(|t| t == "privacy"));
    /// ```
    pub fn topics(&self) -> &[String] {
        &self.topics
    }

    /// The languages the rows covered (ISO 639-1), sorted.
    ///
    /// ```
    /// let model = caredesk::triage::TriageModel::builtin();
    /// assert_eq!(model.languages().len(), 12);
    /// ```
    pub fn languages(&self) -> &[String] {
        &self.languages
    }

    /// Whether a priority head was learned.
    ///
    /// ```
    /// assert!(caredesk::triage::TriageModel::builtin().has_priority());
    /// ```
    pub fn has_priority(&self) -> bool {
        self.has_priority
    }

    /// The model as a file, in format [`FORMAT_VERSION`](super::FORMAT_VERSION).
    ///
    /// ```
    /// use caredesk::triage::TriageModel;
    /// let model = TriageModel::builtin();
    /// let bytes = model.to_bytes();
    /// assert_eq!(&TriageModel::from_bytes(&bytes).unwrap(), model);
    /// ```
    pub fn to_bytes(&self) -> Vec<u8> {
        format::write(
            format::Kind::Topics,
            &format::Parts {
                labels: self.topics.clone(),
                languages: self.languages.clone(),
                flags: u8::from(self.has_priority) | (u8::from(self.fallback) << 1),
                linear: self.linear.clone(),
            },
        )
    }

    /// Reads a model file.
    ///
    /// # Errors
    /// `triage.model_version` for a file written in another format version,
    /// `triage.model_file` for a truncated, damaged or foreign file.
    pub fn from_bytes(bytes: &[u8]) -> Result<TriageModel> {
        let parts = format::read(bytes, format::Kind::Topics)?;
        let heads = &parts.linear.heads;
        if heads.len() != 2
            || heads[0].classes != parts.labels.len()
            || heads[1].classes != PRIORITIES.len()
        {
            return Err(Error::TriageModelFile {
                field: "model".into(),
                problem: "its heads do not match its labels".into(),
            });
        }
        Ok(TriageModel {
            topics: parts.labels,
            has_priority: parts.flags & 1 != 0,
            fallback: parts.flags & 2 != 0,
            languages: parts.languages,
            linear: parts.linear,
        })
    }
}

/// Trains the built-in models: the language identifier on `(language, text)`
/// pairs, then the topic and priority model on `rows` (whose languages the
/// new identifier tells). Returns both model files, topics first; the same
/// inputs give the same bytes. Used by `make train-triage`.
///
/// # Errors
/// As [`TriageModel::train`].
pub fn train_builtin(rows: &[TrainingRow], texts: &[(&str, &str)]) -> Result<(Vec<u8>, Vec<u8>)> {
    let identifier = LanguageModel::train(texts, 0x1a_9e_1d);
    let model = TriageModel::train_with(rows, &TrainOptions::default(), &identifier)?;
    Ok((model.to_bytes(), identifier.to_bytes()))
}
