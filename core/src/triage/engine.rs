//! The compiled triage engine.

use std::collections::{BTreeMap, HashMap, HashSet};

use aho_corasick::AhoCorasick;
use regex::Regex;

use super::config::{RuleKind, Signal, TriageConfig};
use super::learned::TriageModel;
use super::model::{Language, Reason, ReasonKind, Topic, TopicScore, TriageInput, TriageResult};
use super::text::{Folded, fold};
use super::{priority, tone};
use crate::error::Result;
use crate::ticket::{Priority, Ticket};

/// The languages of the built-in rule packs and of the built-in model's
/// corpus (the language identifier knows all 24 EU languages).
pub const LANGUAGES: [&str; 12] = [
    "en", "it", "fr", "de", "es", "pt", "nl", "pl", "sv", "da", "fi", "cs",
];

/// Batches of [`Triage::classify_many`] above this size run on all cores.
pub const PARALLEL_BATCH: usize = 64;
pub(super) const DEFAULT_SCAN: usize = 20_000;
pub(super) const MAX_SCAN: usize = 1_000_000;
const MAX_SUBJECT: usize = 1_000;

#[derive(Debug, Clone)]
pub(super) struct Rule {
    pub(super) id: String,
    /// `None` for rules that hold in any language.
    pub(super) language: Option<&'static str>,
    pub(super) kind: RuleKind,
    pub(super) topic: Option<Topic>,
    pub(super) signal: Option<Signal>,
    pub(super) weight: f64,
    pub(super) negatable: bool,
}

/// The triage engine: rule packs compiled into one multi-pattern matcher plus
/// regular expressions, a language detector and the priority policy.
/// Immutable and `Send + Sync`; build it once and classify many messages.
///
/// ```
/// use caredesk::triage::{Topic, Triage, TriageInput};
/// use caredesk::{Channel, Priority};
///
/// let triage = Triage::builtin();
/// let input = TriageInput {
///     subject: Some("Addebito doppio!!".into()),
///     body: "Buongiorno, mi avete addebitato due volte l'ordine MV-2041. Rivoglio i miei soldi.".into(),
///     channel: Channel::Email,
///     marketplace: None, customer_tier: None, previous_tickets: None, order: None, received_at: None,
/// };
/// let result = triage.classify(&input);
/// assert_eq!(result.language.as_ref().unwrap().code, "it");
/// assert_eq!(result.topic.topic, Topic::PaymentIssue);
/// assert_eq!(result.priority, Priority::Urgent);
/// assert!(result.reasons.iter().any(|r| r.code == "it.signal.double_charge"));
/// ```
#[derive(Debug, Clone)]
pub struct Triage {
    pub(super) rules: Vec<Rule>,
    /// Pattern index → (rule index, prefix pattern).
    pub(super) patterns: Vec<(usize, bool)>,
    pub(super) matcher: AhoCorasick,
    pub(super) regexes: Vec<(usize, Regex)>,
    /// All of `regexes` in one automaton: one pass says which can match.
    pub(super) regex_set: regex::RegexSet,
    pub(super) negations: HashMap<&'static str, HashSet<String>>,
    pub(super) topic_priority: BTreeMap<Topic, Priority>,
    pub(super) high_value: BTreeMap<String, i64>,
    pub(super) max_scan: usize,
    pub(super) config: TriageConfig,
    /// A model of the shop's own; `None`: the built-in model.
    pub(super) model: Option<std::sync::Arc<TriageModel>>,
}

impl Triage {
    /// The engine with the built-in packs and default thresholds.
    pub fn builtin() -> Triage {
        Triage::new(TriageConfig::default()).expect("the built-in packs compile")
    }

    /// Compiles a configuration.
    ///
    /// # Errors
    /// - `input.toml` in a built-in pack (a defect, caught by the tests).
    /// - `input.unknown_value`: a pack language outside the twelve (and `*`),
    ///   an unknown rule id in `disable` or `weights`.
    /// - `input.invalid`: a weight out of range, a rule without patterns,
    ///   a topic rule without `topic`, a duplicate rule id within the shop's
    ///   packs, a scan limit out of range, an unknown currency, packs over
    ///   the limits of [`MAX_RULES_PER_PACK`](super::MAX_RULES_PER_PACK) and
    ///   its neighbours (checked before anything is compiled).
    /// - `triage.invalid_rule`: a regex that does not compile, or a pattern
    ///   or regex that can match the empty string (it would fire on every
    ///   message), naming the rule.
    pub fn new(config: TriageConfig) -> Result<Triage> {
        Triage::compile(config)
    }

    /// The engine with `model` deciding topics and base priorities instead
    /// of the built-in model.
    ///
    /// ```
    /// use caredesk::triage::{TrainOptions, TrainingRow, Triage, TriageModel};
    /// let rows: Vec<TrainingRow> = (0..40).map(|i| serde_json::from_value(serde_json::json!({
    ///     "body": if i % 2 == 0 { format!("Wo ist mein Paket {i}?") } else { format!("Rechnung {i} bitte mit Firmenname") },
    ///     "channel": "email",
    ///     "topic": if i % 2 == 0 { "wismo" } else { "billing-docs" },
    /// })).unwrap()).collect();
    /// let model = TriageModel::train(&rows, &TrainOptions::default()).unwrap();
    /// let triage = Triage::builtin().with_model(model);
    /// let input = serde_json::from_str(r#"{"body": "Wo ist mein Paket?", "channel": "chat"}"#).unwrap();
    /// assert_eq!(triage.classify(&input).topic.label, "wismo");
    /// ```
    pub fn with_model(mut self, model: TriageModel) -> Triage {
        self.model = Some(std::sync::Arc::new(model));
        self
    }

    /// The model deciding topics: the shop's, or the built-in one.
    ///
    /// ```
    /// use caredesk::triage::{Triage, TriageModel};
    /// assert_eq!(Triage::builtin().model(), TriageModel::builtin());
    /// ```
    pub fn model(&self) -> &TriageModel {
        match &self.model {
            Some(m) => m,
            None => TriageModel::builtin(),
        }
    }

    /// Reads a JSON configuration and compiles it.
    ///
    /// # Errors
    /// As [`TriageConfig::from_json`] and [`Triage::new`].
    pub fn from_json(text: &str) -> Result<Triage> {
        Triage::new(TriageConfig::from_json(text)?)
    }

    /// Reads a TOML configuration and compiles it.
    ///
    /// # Errors
    /// As [`TriageConfig::from_toml`] and [`Triage::new`].
    pub fn from_toml(text: &str) -> Result<Triage> {
        Triage::new(TriageConfig::from_toml(text)?)
    }

    /// The configuration it was compiled from.
    pub fn config(&self) -> &TriageConfig {
        &self.config
    }

    /// The number of rules that are matched: the packs' signal, sentiment
    /// and pre-sale rules and the shop's topic rules (the built-in topic
    /// rules are checked but not matched: the model decides topics).
    pub fn rule_count(&self) -> usize {
        self.rules.len()
    }

    /// Classifies the latest public customer message of a ticket (see
    /// [`TriageInput::from_ticket`]); `None` when the customer wrote nothing public.
    pub fn classify_ticket(&self, ticket: &Ticket) -> Option<TriageResult> {
        TriageInput::from_ticket(ticket).map(|input| self.classify(&input))
    }

    /// Classifies many messages; the shape of a job working through a queue.
    /// Results come in the order of the inputs. A batch of more than
    /// [`PARALLEL_BATCH`] messages is spread over the cores (rayon's global
    /// pool); a smaller one stays on the calling thread, where starting
    /// workers would cost more than it saves.
    ///
    /// ```
    /// use caredesk::triage::{Triage, TriageInput};
    /// let input: TriageInput = serde_json::from_str(r#"{"body": "Où est mon colis ?", "channel": "chat"}"#).unwrap();
    /// let inputs = vec![input; 500];
    /// let results = Triage::builtin().classify_many(&inputs);
    /// assert_eq!(results.len(), 500);
    /// assert!(results.iter().all(|r| r == &results[0]));
    /// ```
    pub fn classify_many<'a, I>(&self, inputs: I) -> Vec<TriageResult>
    where
        I: IntoIterator<Item = &'a TriageInput>,
    {
        use rayon::prelude::*;
        let inputs: Vec<&TriageInput> = inputs.into_iter().collect();
        if inputs.len() <= PARALLEL_BATCH {
            return inputs.iter().map(|i| self.classify(i)).collect();
        }
        inputs.par_iter().map(|i| self.classify(i)).collect()
    }

    /// Classifies one message. Never fails: empty or junk text gives an
    /// explained low-confidence answer, and only the first `max_scan_chars`
    /// characters of a long body are read (the result says so).
    ///
    /// The stages, in order: read (cut and fold the text), language, rules
    /// (matches tallied into evidence), tone, topic (the learned model and the
    /// shop's boosts), sentiment, pre-sale, priority, explanation.
    pub fn classify(&self, input: &TriageInput) -> TriageResult {
        let mut reasons = Vec::new();
        let read = Read::new(input, self.max_scan, &mut reasons);
        let language = read.language(&mut reasons);
        let hits = self.match_rules(read.fields(), language.as_ref());
        let mut evidence = self.tally(&hits);
        tone::punctuation_and_capitals(
            [read.body_text, read.subject_text],
            &mut evidence.sentiment,
            &mut reasons,
        );
        let (model, neutral) =
            super::topic::choose_model(self.model(), language.as_ref(), &mut reasons);
        let answer = super::topic::answer(
            model,
            neutral,
            input,
            &read.subject,
            &read.body,
            &evidence.boosts,
        );
        let topic = answer.score(0).unwrap_or_else(|| TopicScore {
            topic: Topic::Other,
            label: Topic::Other.as_str().into(),
            confidence: 0.0,
            score: 0.0,
        });
        let runner_up = answer.score(1);
        let (sentiment, sentiment_score) =
            tone::settle(topic.topic, evidence.sentiment, &mut reasons);
        let presale = is_presale(input, topic.topic, evidence.presale);
        let decision = self.prioritize(
            &priority::Context {
                input,
                topic: &topic,
                model_priority: answer.priority,
                evidence: &evidence,
                hits: &hits,
                sentiment,
                sentiment_score,
                presale,
            },
            &mut reasons,
        );
        // The explanation: the base, the words that decided the topic, the
        // raises, the rules that matched, then the facts and input notes.
        let mut all = vec![fact(
            &format!("priority.base.{}", topic.topic),
            ReasonKind::Priority,
            0.0,
            format!("{} starts at {}", topic.label, decision.base),
        )];
        all.extend(answer.explain(read.fields()));
        all.extend(decision.raises);
        all.extend(self.rule_reasons(hits));
        all.extend(reasons);
        TriageResult {
            language,
            topic,
            runner_up,
            priority: decision.priority,
            sentiment,
            sentiment_score: round3(sentiment_score),
            presale,
            reasons: all,
            scanned_chars: read.scanned_chars,
            truncated: read.truncated,
        }
    }
}

/// The read stage: the subject and body cut to their limits and folded.
struct Read<'a> {
    subject_text: &'a str,
    body_text: &'a str,
    subject: Folded,
    body: Folded,
    scanned_chars: usize,
    truncated: bool,
}

impl<'a> Read<'a> {
    fn new(input: &'a TriageInput, max_scan: usize, reasons: &mut Vec<Reason>) -> Read<'a> {
        let (subject_text, subject_cut) =
            prefix_chars(input.subject.as_deref().unwrap_or(""), MAX_SUBJECT);
        let (body_text, body_cut) = prefix_chars(&input.body, max_scan);
        if body_cut || subject_cut {
            reasons.push(Reason {
                code: "input.truncated".into(),
                kind: ReasonKind::Input,
                weight: 0.0,
                field: Some(if body_cut { "body" } else { "subject" }),
                span: None,
                text: format!(
                    "only the first {} characters were read",
                    if body_cut { max_scan } else { MAX_SUBJECT }
                ),
            });
        }
        let read = Read {
            subject_text,
            body_text,
            subject: fold(subject_text),
            body: fold(body_text),
            scanned_chars: body_text.chars().count(),
            truncated: body_cut || subject_cut,
        };
        if read.is_blank() {
            reasons.push(fact(
                "topic.no_evidence",
                ReasonKind::Input,
                0.0,
                "no text to read".into(),
            ));
        }
        read
    }

    fn is_blank(&self) -> bool {
        self.body.text.trim().is_empty() && self.subject.text.trim().is_empty()
    }

    fn fields(&self) -> [(&'static str, &Folded, &'a str); 2] {
        [
            ("subject", &self.subject, self.subject_text),
            ("body", &self.body, self.body_text),
        ]
    }

    /// The language stage: the learned identifier, or no language when it is
    /// unsure (reply negotiation then falls back to the shop's default).
    fn language(&self, reasons: &mut Vec<Reason>) -> Option<Language> {
        let language =
            super::learned::langid::identify(self.subject_text, self.body_text).map(|l| Language {
                code: l.code,
                confidence: round3(f64::from(l.confidence)),
            });
        if language.is_none() && !self.is_blank() {
            reasons.push(fact(
                "language.unsure",
                ReasonKind::Input,
                0.0,
                "the language is not clear from the text; none is named".into(),
            ));
        }
        language
    }
}

/// A question before buying: the topic is presale, or pre-sale phrases are
/// strong and there is no order and no problem with one (someone reporting a
/// problem with an order has bought already).
fn is_presale(input: &TriageInput, topic: Topic, presale_weight: f64) -> bool {
    let bought = input
        .order
        .as_ref()
        .is_some_and(|o| o.status.is_some() || o.ordered_at.is_some());
    let problem_topic = matches!(
        topic,
        Topic::DeliveryProblem
            | Topic::WrongItem
            | Topic::DamagedDefective
            | Topic::ReturnRequest
            | Topic::RefundStatus
            | Topic::Cancellation
            | Topic::OrderStatus
            | Topic::Exchange
    );
    topic == Topic::Presale || (presale_weight >= 1.5 && !bought && !problem_topic)
}

pub(super) fn fact(id: &str, kind: ReasonKind, weight: f64, text: String) -> Reason {
    Reason {
        code: id.to_string(),
        kind,
        weight,
        field: None,
        span: None,
        text,
    }
}

pub(super) fn round3(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

/// The first `n` characters of `text`, and whether it was cut.
fn prefix_chars(text: &str, n: usize) -> (&str, bool) {
    if text.len() <= n {
        // Never more characters than bytes.
        return (text, false);
    }
    match text.char_indices().nth(n) {
        Some((at, _)) => (&text[..at], true),
        None => (text, false),
    }
}

/// At most `n` bytes of `text`, cut at a character boundary.
#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_packs_compile() {
        let t = Triage::builtin();
        assert!(t.rule_count() > 100, "{} rules", t.rule_count());
    }
}
