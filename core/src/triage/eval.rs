//! Measuring triage against labelled tickets: accuracy, per-topic precision
//! and recall, a confusion matrix. A shop can run it on its own labelled
//! history after tuning its rules.

use std::collections::BTreeMap;
use std::fmt;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::engine::Triage;
use super::model::{OrderFacts, Sentiment, Topic, TriageInput};
use crate::error::{Error, Result};
use crate::ticket::{Channel, Marketplace, Priority};

/// One labelled ticket, as in `tests/vectors/triage/*.jsonl`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Labelled {
    /// A unique id.
    pub id: String,
    /// The language it is written in (ISO 639-1).
    pub language: String,
    /// The channel.
    pub channel: Channel,
    /// The marketplace, for marketplace tickets.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub marketplace: Option<Marketplace>,
    /// The subject.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subject: Option<String>,
    /// The message.
    pub body: String,
    /// The customer (only the tier is read).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer: Option<LabelledCustomer>,
    /// Order facts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order: Option<OrderFacts>,
    /// When the message arrived.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::instant::option"
    )]
    pub received_at: Option<DateTime<Utc>>,
    /// The labels.
    pub expected: Expected,
}

/// The customer part of a labelled ticket.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LabelledCustomer {
    /// The tier label.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tier: Option<String>,
}

/// What a person decided for a ticket.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Expected {
    /// The main topic.
    pub topic: Topic,
    /// Other topics the message also touches.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub also: Vec<Topic>,
    /// The priority band.
    pub priority: Priority,
    /// The tone.
    pub sentiment: Sentiment,
    /// Asked before buying.
    pub presale: bool,
}

impl Labelled {
    /// The triage input this ticket stands for.
    pub fn input(&self) -> TriageInput {
        TriageInput {
            subject: self.subject.clone(),
            body: self.body.clone(),
            channel: self.channel,
            marketplace: self.marketplace,
            customer_tier: self.customer.as_ref().and_then(|c| c.tier.clone()),
            previous_tickets: None,
            order: self.order.clone(),
            received_at: self.received_at,
        }
    }

    /// Reads JSON Lines, one labelled ticket per line.
    ///
    /// # Errors
    /// `input.json` naming the line (`line 12: expected.topic`).
    pub fn read_jsonl(text: &str) -> Result<Vec<Labelled>> {
        text.lines()
            .enumerate()
            .filter(|(_, l)| !l.trim().is_empty())
            .map(|(n, line)| {
                crate::wire::from_json(line)
                    .map_err(|e: Error| e.within(&format!("line {}", n + 1)))
            })
            .collect()
    }
}

/// Precision and recall of one topic.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct TopicStats {
    /// Tickets labelled with the topic.
    pub support: usize,
    /// Of those predicted as the topic, the share that is.
    pub precision: f64,
    /// Of those that are the topic, the share predicted.
    pub recall: f64,
}

/// The measurements over a labelled set.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Evaluation {
    /// Tickets evaluated.
    pub count: usize,
    /// Share with the main topic right.
    pub topic_accuracy: f64,
    /// Share whose predicted topic is the main topic or one of `also`.
    pub topic_accuracy_any: f64,
    /// Expected calibration error of the topic confidence (ten bins): how far
    /// "80 % sure" is from being right 80 % of the time.
    pub topic_calibration_error: f64,
    /// Share with the priority band right.
    pub priority_accuracy: f64,
    /// Share with the priority at most one band off.
    pub priority_within_one: f64,
    /// Share with the language right.
    pub language_accuracy: f64,
    /// Share with the sentiment right.
    pub sentiment_accuracy: f64,
    /// Share with the pre-sale flag right.
    pub presale_accuracy: f64,
    /// Per topic.
    pub per_topic: BTreeMap<Topic, TopicStats>,
    /// `confusion[expected][predicted]` counts.
    pub confusion: BTreeMap<Topic, BTreeMap<Topic, usize>>,
    /// Language accuracy per language.
    pub per_language: BTreeMap<String, f64>,
}

/// Classifies every labelled ticket and compares.
///
/// ```
/// use caredesk::triage::{evaluate_labelled, Labelled, Triage};
/// let set = Labelled::read_jsonl(r#"{"id": "a", "language": "en", "channel": "email", "body": "Where is my order? It was supposed to arrive on Monday.", "expected": {"topic": "order_status", "priority": "normal", "sentiment": "neutral", "presale": false}}"#)?;
/// let eval = evaluate_labelled(&Triage::builtin(), &set);
/// assert_eq!(eval.count, 1);
/// assert_eq!(eval.language_accuracy, 1.0);
/// # Ok::<(), caredesk::Error>(())
/// ```
pub fn evaluate_labelled(triage: &Triage, set: &[Labelled]) -> Evaluation {
    let mut confusion: BTreeMap<Topic, BTreeMap<Topic, usize>> = BTreeMap::new();
    let (mut topic, mut any, mut prio, mut prio1, mut lang, mut sent, mut pre) =
        (0, 0, 0, 0, 0, 0, 0);
    let mut lang_by: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    // A set labelled before the three newer topics existed (no label uses
    // them) counts a newer topic as right where it took over the label.
    let older = !set.iter().any(|t| {
        [t.expected.topic]
            .iter()
            .chain(&t.expected.also)
            .any(|x| matches!(x, Topic::OrderChange | Topic::Invoice | Topic::Privacy))
    });
    let mut answers = Vec::with_capacity(set.len());
    for t in set {
        let mut r = triage.classify(&t.input());
        let e = &t.expected;
        if older && took_over(r.topic.topic, e.topic) {
            r.topic.topic = e.topic;
        }
        answers.push((r.topic.confidence, r.topic.topic == e.topic));
        *confusion
            .entry(e.topic)
            .or_default()
            .entry(r.topic.topic)
            .or_default() += 1;
        topic += usize::from(r.topic.topic == e.topic);
        any += usize::from(r.topic.topic == e.topic || e.also.contains(&r.topic.topic));
        prio += usize::from(r.priority == e.priority);
        let band = |p: Priority| Priority::ALL.iter().position(|x| *x == p).unwrap_or(0) as i64;
        prio1 += usize::from((band(r.priority) - band(e.priority)).abs() <= 1);
        let ok = r.language.as_ref().is_some_and(|l| l.code == t.language);
        lang += usize::from(ok);
        let entry = lang_by.entry(t.language.clone()).or_default();
        entry.0 += usize::from(ok);
        entry.1 += 1;
        sent += usize::from(r.sentiment == e.sentiment);
        pre += usize::from(r.presale == e.presale);
    }
    let n = set.len().max(1) as f64;
    let share = |k: usize| round3(k as f64 / n);
    let mut per_topic = BTreeMap::new();
    for t in Topic::ALL {
        let support: usize = confusion.get(t).map_or(0, |row| row.values().sum());
        let predicted: usize = confusion
            .values()
            .map(|row| row.get(t).copied().unwrap_or(0))
            .sum();
        let right = confusion
            .get(t)
            .and_then(|row| row.get(t))
            .copied()
            .unwrap_or(0);
        if support == 0 && predicted == 0 {
            continue;
        }
        per_topic.insert(
            *t,
            TopicStats {
                support,
                precision: if predicted == 0 {
                    0.0
                } else {
                    round3(right as f64 / predicted as f64)
                },
                recall: if support == 0 {
                    0.0
                } else {
                    round3(right as f64 / support as f64)
                },
            },
        );
    }
    Evaluation {
        count: set.len(),
        topic_calibration_error: round3(super::learned::expected_calibration_error(&answers)),
        topic_accuracy: share(topic),
        topic_accuracy_any: share(any),
        priority_accuracy: share(prio),
        priority_within_one: share(prio1),
        language_accuracy: share(lang),
        sentiment_accuracy: share(sent),
        presale_accuracy: share(pre),
        per_topic,
        confusion,
        per_language: lang_by
            .into_iter()
            .map(|(k, (ok, all))| (k, round3(ok as f64 / all as f64)))
            .collect(),
    }
}

/// Whether a newer topic took over `older` (see the taxonomy in
/// `tests/vectors/triage/README.md`): an address change was a delivery
/// problem, an invoice a payment issue or `other` (a receipt copy), a privacy
/// request an account matter or `other` (unsubscribe).
fn took_over(newer: Topic, older: Topic) -> bool {
    matches!(
        (newer, older),
        (Topic::OrderChange, Topic::DeliveryProblem)
            | (Topic::Invoice, Topic::PaymentIssue | Topic::Other)
            | (Topic::Privacy, Topic::Account | Topic::Other)
    )
}

fn round3(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

fn short(t: Topic) -> &'static str {
    match t {
        Topic::OrderStatus => "ordst",
        Topic::DeliveryProblem => "deliv",
        Topic::WrongItem => "wrong",
        Topic::DamagedDefective => "damag",
        Topic::ReturnRequest => "retur",
        Topic::Exchange => "exchg",
        Topic::RefundStatus => "refnd",
        Topic::Cancellation => "cancl",
        Topic::PaymentIssue => "payme",
        Topic::Account => "accnt",
        Topic::LoyaltyGiftcard => "loyal",
        Topic::Presale => "presl",
        Topic::Feedback => "feedb",
        Topic::Other => "other",
        Topic::OrderChange => "ordch",
        Topic::Invoice => "invce",
        Topic::Privacy => "privc",
    }
}

impl fmt::Display for Evaluation {
    /// A plain-text report: the headline shares, per-topic precision and
    /// recall, and the confusion matrix (rows expected, columns predicted).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let pct = |x: f64| format!("{:5.1} %", x * 100.0);
        writeln!(f, "tickets              {}", self.count)?;
        writeln!(
            f,
            "topic accuracy       {}   (main or an `also` topic: {})",
            pct(self.topic_accuracy),
            pct(self.topic_accuracy_any)
        )?;
        writeln!(
            f,
            "priority accuracy    {}   (within one band: {})",
            pct(self.priority_accuracy),
            pct(self.priority_within_one)
        )?;
        writeln!(
            f,
            "topic calibration    ECE {:.3}",
            self.topic_calibration_error
        )?;
        writeln!(f, "language accuracy    {}", pct(self.language_accuracy))?;
        writeln!(f, "sentiment accuracy   {}", pct(self.sentiment_accuracy))?;
        writeln!(f, "pre-sale accuracy    {}", pct(self.presale_accuracy))?;
        writeln!(f)?;
        writeln!(
            f,
            "{:<18} {:>7} {:>9} {:>7}",
            "topic", "support", "precision", "recall"
        )?;
        for (t, s) in &self.per_topic {
            writeln!(
                f,
                "{:<18} {:>7} {:>9.3} {:>7.3}",
                t.as_str(),
                s.support,
                s.precision,
                s.recall
            )?;
        }
        writeln!(f)?;
        writeln!(f, "confusion (rows: expected, columns: predicted)")?;
        // The topics the set has or the engine answered, in taxonomy order.
        let topics: Vec<Topic> = self.per_topic.keys().copied().collect();
        write!(f, "{:<6}", "")?;
        for t in &topics {
            write!(f, " {:>5}", short(*t))?;
        }
        writeln!(f)?;
        for e in &topics {
            write!(f, "{:<6}", short(*e))?;
            for p in &topics {
                let c = self
                    .confusion
                    .get(e)
                    .and_then(|r| r.get(p))
                    .copied()
                    .unwrap_or(0);
                if c == 0 {
                    write!(f, " {:>5}", ".")?;
                } else {
                    write!(f, " {c:>5}")?;
                }
            }
            writeln!(f)?;
        }
        writeln!(f)?;
        write!(f, "language accuracy by language:")?;
        for (l, a) in &self.per_language {
            write!(f, " {l} {:.0}%", a * 100.0)?;
        }
        writeln!(f)
    }
}
