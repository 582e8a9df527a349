//! The compiled triage engine.

use std::collections::{BTreeMap, HashMap, HashSet};

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use regex::Regex;

use super::config::{
    BUILTIN_PACKS, Pack, RuleConfig, RuleKind, Signal, TriageConfig, default_high_value,
    default_topic_priority,
};
use super::learned::TriageModel;
use super::model::{
    Language, OrderStatus, Reason, ReasonKind, Sentiment, Topic, TopicScore, TriageInput,
    TriageResult,
};
use super::text::{Folded, fold, fold_pattern, on_boundaries, words_before};
use crate::error::{Error, Result};
use crate::ticket::{Channel, Priority, Ticket};

/// The languages the built-in packs and the detector cover.
pub const LANGUAGES: [&str; 12] = [
    "en", "it", "fr", "de", "es", "pt", "nl", "pl", "sv", "da", "fi", "cs",
];

const DEFAULT_SCAN: usize = 20_000;
const MAX_SCAN: usize = 1_000_000;
const MAX_SUBJECT: usize = 1_000;
/// The detector confidence from which only the detected language's rules count.
const SURE_LANGUAGE: f64 = 0.3;

#[derive(Debug, Clone)]
struct Rule {
    id: String,
    /// `None` for rules that hold in any language.
    language: Option<&'static str>,
    kind: RuleKind,
    topic: Option<Topic>,
    signal: Option<Signal>,
    weight: f64,
    negatable: bool,
    /// From the shop's own packs (its topic rules boost the model's answer).
    shop: bool,
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
    rules: Vec<Rule>,
    /// Pattern index → (rule index, prefix pattern).
    patterns: Vec<(usize, bool)>,
    matcher: AhoCorasick,
    regexes: Vec<(usize, Regex)>,
    /// All of `regexes` in one automaton: one pass says which can match.
    regex_set: regex::RegexSet,
    negations: HashMap<&'static str, HashSet<String>>,
    topic_priority: BTreeMap<Topic, Priority>,
    high_value: BTreeMap<String, i64>,
    max_scan: usize,
    config: TriageConfig,
    /// A model of the shop's own; `None`: the built-in model.
    model: Option<std::sync::Arc<TriageModel>>,
}

fn static_language(code: &str) -> Option<&'static str> {
    LANGUAGES.iter().copied().find(|l| *l == code)
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
        super::config::check_limits(&config)?;
        let mut packs: Vec<(String, Pack)> = Vec::new();
        if config.builtin {
            for (name, text) in BUILTIN_PACKS {
                let pack =
                    Pack::from_toml(text).map_err(|e| e.within(&format!("builtin.{name}")))?;
                packs.push((format!("builtin.{name}"), pack));
            }
        }
        for (i, pack) in config.packs.iter().enumerate() {
            packs.push((format!("packs[{i}]"), pack.clone()));
        }

        // Collect rules by id: a shop's rule replaces a built-in one with its id.
        let mut rules: Vec<(String, Option<&'static str>, RuleConfig)> = Vec::new();
        let mut by_id: HashMap<String, usize> = HashMap::new();
        let mut negations: HashMap<&'static str, HashSet<String>> = HashMap::new();
        let mut shop_ids = HashSet::new();
        for (origin, pack) in &packs {
            let language = if pack.language == "*" {
                None
            } else {
                Some(
                    static_language(&pack.language).ok_or_else(|| Error::UnknownValue {
                        field: format!("{origin}.language"),
                        value: pack.language.clone(),
                        expected: format!("*, {}", LANGUAGES.join(", ")),
                    })?,
                )
            };
            let neg = negations.entry(language.unwrap_or("*")).or_default();
            neg.extend(pack.negations.iter().map(|n| fold_pattern(n)));
            for (j, rule) in pack.rules.iter().enumerate() {
                let field = format!("{origin}.rules[{j}]");
                if origin.starts_with("packs") && !shop_ids.insert(rule.id.clone()) {
                    return Err(Error::invalid(
                        format!("{field}.id"),
                        format!("{:?} is defined twice", rule.id),
                    ));
                }
                match by_id.get(&rule.id) {
                    Some(&k) if origin.starts_with("packs") => {
                        rules[k] = (field, language, rule.clone());
                    }
                    Some(_) => {
                        return Err(Error::invalid(
                            format!("{field}.id"),
                            format!("{:?} is defined twice", rule.id),
                        ));
                    }
                    None => {
                        by_id.insert(rule.id.clone(), rules.len());
                        rules.push((field, language, rule.clone()));
                    }
                }
            }
        }

        // Switch rules off, change weights; an entry that names nothing is an error.
        let mut disabled = vec![false; rules.len()];
        let mut sorted: Vec<(&str, usize)> = rules
            .iter()
            .enumerate()
            .map(|(k, (_, _, r))| (r.id.as_str(), k))
            .collect();
        sorted.sort_unstable();
        for (i, pattern) in config.disable.iter().enumerate() {
            let hits = match pattern.strip_suffix('*') {
                Some(prefix) => {
                    let from = sorted.partition_point(|(id, _)| *id < prefix);
                    let to =
                        from + sorted[from..].partition_point(|(id, _)| id.starts_with(prefix));
                    &sorted[from..to]
                }
                None => {
                    let from = sorted.partition_point(|(id, _)| *id < pattern.as_str());
                    let to =
                        from + sorted[from..].partition_point(|(id, _)| *id == pattern.as_str());
                    &sorted[from..to]
                }
            };
            if hits.is_empty() {
                return Err(Error::UnknownValue {
                    field: format!("disable[{i}]"),
                    value: pattern.clone(),
                    expected: "a rule id (or id prefix ending in *) of the packs".into(),
                });
            }
            for &(_, k) in hits {
                disabled[k] = true;
            }
        }
        for (id, weight) in &config.weights {
            let k = *by_id.get(id).ok_or_else(|| Error::UnknownValue {
                field: format!("weights.{id}"),
                value: id.clone(),
                expected: "a rule id of the packs".into(),
            })?;
            rules[k].0 = format!("weights.{id}");
            rules[k].2.weight = *weight;
        }

        let mut compiled = Vec::new();
        let mut pattern_texts = Vec::new();
        let mut patterns = Vec::new();
        let mut regexes = Vec::new();
        for ((field, language, rc), off) in rules.into_iter().zip(disabled) {
            check_rule(&rc, &field)?;
            if off {
                continue;
            }
            let index = compiled.len();
            for (p, text) in rc.patterns.iter().enumerate() {
                // A `*` inside a phrase ("podwójn* płatność") makes a small
                // regex; the common cases stay in the automaton.
                let inner_star = text.trim_end_matches('*').contains('*');
                if inner_star {
                    let at = format!("{field}.patterns[{p}]");
                    let folded = fold_pattern(text);
                    let mut words: Vec<String> = Vec::new();
                    for w in folded.split(' ') {
                        words.push(match w.strip_suffix('*') {
                            Some("") => {
                                return Err(invalid_rule(
                                    &at,
                                    &rc.id,
                                    "a word of only * matches any word",
                                ));
                            }
                            Some(stem) => format!("{}\\w*", regex::escape(stem)),
                            None => regex::escape(w),
                        });
                    }
                    let source = format!("\\b{}\\b", words.join("\\s+"));
                    regexes.push((index, rule_regex(&source, &at, &rc.id)?));
                    continue;
                }
                let (body, prefix) = match text.strip_suffix('*') {
                    Some(b) => (b, true),
                    None => (text.as_str(), false),
                };
                let folded = fold_pattern(body);
                if folded.is_empty() {
                    return Err(invalid_rule(
                        &format!("{field}.patterns[{p}]"),
                        &rc.id,
                        "an empty pattern matches every message",
                    ));
                }
                pattern_texts.push(folded);
                patterns.push((index, prefix));
            }
            if let Some(re) = &rc.regex {
                regexes.push((index, rule_regex(re, &format!("{field}.regex"), &rc.id)?));
            }
            compiled.push(Rule {
                id: rc.id,
                language,
                kind: rc.kind,
                topic: rc.topic,
                signal: rc.signal,
                weight: rc.weight,
                negatable: rc.negatable,
                shop: field.starts_with("packs") || field.starts_with("weights"),
            });
        }
        // A DFA: more memory at build time, the fastest scan per message.
        let matcher = AhoCorasickBuilder::new()
            .match_kind(MatchKind::Standard)
            .kind(Some(aho_corasick::AhoCorasickKind::DFA))
            .build(&pattern_texts)
            .map_err(|e| Error::invalid("packs", format!("patterns do not compile: {e}")))?;

        let max_scan = match config.max_scan_chars {
            None => DEFAULT_SCAN,
            Some(n) if (1..=MAX_SCAN).contains(&n) => n,
            Some(n) => {
                return Err(Error::invalid(
                    "max_scan_chars",
                    format!("{n} is outside 1-{MAX_SCAN}"),
                ));
            }
        };
        for (code, minor) in &config.high_value {
            crate::money::Currency::new(code).map_err(|_| Error::UnknownCurrency {
                field: format!("high_value.{code}"),
                code: code.clone(),
            })?;
            if *minor <= 0 {
                return Err(Error::invalid(
                    format!("high_value.{code}"),
                    "must be a positive amount in minor units",
                ));
            }
        }
        let regex_set =
            regex::RegexSet::new(regexes.iter().map(|(_, r)| r.as_str())).map_err(|e| {
                Error::invalid("packs", format!("regexes do not compile together: {e}"))
            })?;
        Ok(Triage {
            rules: compiled,
            patterns,
            matcher,
            regex_set,
            regexes,
            negations,
            topic_priority: config.topic_priority.clone(),
            high_value: config.high_value.clone(),
            max_scan,
            config,
            model: None,
        })
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

    /// The number of active rules.
    pub fn rule_count(&self) -> usize {
        self.rules.len()
    }

    /// Classifies the latest public customer message of a ticket (see
    /// [`TriageInput::from_ticket`]); `None` when the customer wrote nothing public.
    pub fn classify_ticket(&self, ticket: &Ticket) -> Option<TriageResult> {
        TriageInput::from_ticket(ticket).map(|input| self.classify(&input))
    }

    /// Classifies many messages; the shape of a job working through a queue.
    pub fn classify_many<'a, I>(&self, inputs: I) -> Vec<TriageResult>
    where
        I: IntoIterator<Item = &'a TriageInput>,
    {
        inputs.into_iter().map(|i| self.classify(i)).collect()
    }

    /// Classifies one message. Never fails: empty or junk text gives an
    /// explained low-confidence answer, and only the first `max_scan_chars`
    /// characters of a long body are read (the result says so).
    pub fn classify(&self, input: &TriageInput) -> TriageResult {
        let mut reasons = Vec::new();
        let subject_text = input.subject.as_deref().unwrap_or("");
        let (subject_text, subject_cut) = prefix_chars(subject_text, MAX_SUBJECT);
        let (body_text, body_cut) = prefix_chars(&input.body, self.max_scan);
        let scanned_chars = body_text.chars().count();
        if body_cut || subject_cut {
            reasons.push(Reason {
                code: "input.truncated".into(),
                kind: ReasonKind::Input,
                weight: 0.0,
                field: Some(if body_cut { "body" } else { "subject" }),
                span: None,
                text: format!(
                    "only the first {} characters were read",
                    if body_cut { self.max_scan } else { MAX_SUBJECT }
                ),
            });
        }
        let subject = fold(subject_text);
        let body = fold(body_text);

        let language =
            super::learned::langid::identify(subject_text, body_text).map(|l| Language {
                code: l.code,
                confidence: round3(f64::from(l.confidence)),
            });
        if language.is_none() && !(body.text.trim().is_empty() && subject.text.trim().is_empty()) {
            reasons.push(fact(
                "language.unsure",
                ReasonKind::Input,
                0.0,
                "the language is not clear from the text; none is named".into(),
            ));
        }
        let mut hits = self.match_rules(
            [
                ("subject", &subject, subject_text),
                ("body", &body, body_text),
            ],
            language.as_ref(),
        );

        // Topic rules of the shop's own packs boost their topic; the
        // built-in packs' topic rules are evidence the model has learned from.
        let mut boosts: Vec<(String, f64)> = Vec::new();
        let mut sentiment_sum = 0.0;
        let mut presale_score = 0.0;
        let mut signals: Vec<(Signal, usize)> = Vec::new();
        for (i, hit) in hits.iter().enumerate() {
            let rule = &self.rules[hit.rule];
            match rule.kind {
                RuleKind::Topic => {
                    if let (Some(t), true) = (rule.topic, rule.shop) {
                        match boosts.iter_mut().find(|(name, _)| name == t.as_str()) {
                            Some(b) => b.1 += hit.weight,
                            None => boosts.push((t.as_str().to_string(), hit.weight)),
                        }
                    }
                }
                RuleKind::Presale => presale_score += hit.weight,
                RuleKind::Sentiment => sentiment_sum += hit.weight,
                // A signal raises priority outright, so only a match in the
                // message's own language (or a language-neutral rule) counts.
                RuleKind::Signal if hit.same_language => {
                    if let Some(s) = rule.signal {
                        signals.push((s, i));
                    }
                }
                RuleKind::Signal => {}
            }
        }

        // Shouting and exclamation runs are anger in any language.
        let shouting = count_shouting(body_text) + count_shouting(subject_text);
        if shouting >= 1 {
            let w = -(shouting.min(4) as f64) * 0.5;
            sentiment_sum += w;
            reasons.push(fact(
                "text.shouting",
                ReasonKind::Sentiment,
                w,
                format!("{shouting} words in capitals"),
            ));
        }
        let (body_bangs, body_questions) = count_runs(body_text);
        let (subject_bangs, subject_questions) = count_runs(subject_text);
        let bangs = body_bangs + subject_bangs;
        if bangs > 0 {
            let w = -(bangs.min(3) as f64) * 0.5;
            sentiment_sum += w;
            reasons.push(fact(
                "text.exclamations",
                ReasonKind::Sentiment,
                w,
                format!("{bangs} runs of !!"),
            ));
        }
        let questions = body_questions + subject_questions;
        if questions > 0 {
            let w = -(questions.min(2) as f64) * 0.5;
            sentiment_sum += w;
            reasons.push(fact(
                "text.insistent_questions",
                ReasonKind::Sentiment,
                w,
                format!("{questions} runs of ??"),
            ));
        }
        let (model, neutral) =
            super::topic::choose_model(self.model(), language.as_ref(), &mut reasons);
        let answer = super::topic::answer(model, neutral, input, &subject, &body, &boosts);
        let topic = answer.score(0).unwrap_or_else(|| TopicScore {
            topic: Topic::Other,
            label: Topic::Other.as_str().into(),
            confidence: 0.0,
            score: 0.0,
        });
        let runner_up = answer.score(1);
        // Someone reporting a broken, wrong or missing delivery is not neutral
        // about it, however polite the wording.
        let prior = match topic.topic {
            Topic::DeliveryProblem | Topic::WrongItem | Topic::DamagedDefective => -1.0,
            Topic::PaymentIssue | Topic::RefundStatus => -0.5,
            _ => 0.0,
        };
        if prior != 0.0 {
            sentiment_sum += prior;
            reasons.push(fact(
                "sentiment.problem_report",
                ReasonKind::Sentiment,
                prior,
                format!("a {} report", topic.topic),
            ));
        }
        let sentiment_score = (sentiment_sum / 4.0).tanh();
        let sentiment = if sentiment_score <= -0.15 {
            Sentiment::Negative
        } else if sentiment_score >= 0.2 {
            Sentiment::Positive
        } else {
            Sentiment::Neutral
        };

        if body.text.trim().is_empty() && subject.text.trim().is_empty() {
            reasons.push(fact(
                "topic.no_evidence",
                ReasonKind::Input,
                0.0,
                "no text to read".into(),
            ));
        }

        let bought = input
            .order
            .as_ref()
            .is_some_and(|o| o.status.is_some() || o.ordered_at.is_some());
        // Someone reporting a problem with an order has bought already.
        let problem_topic = matches!(
            topic.topic,
            Topic::DeliveryProblem
                | Topic::WrongItem
                | Topic::DamagedDefective
                | Topic::ReturnRequest
                | Topic::RefundStatus
                | Topic::Cancellation
                | Topic::OrderStatus
                | Topic::Exchange
        );
        let presale =
            topic.topic == Topic::Presale || (presale_score >= 1.5 && !bought && !problem_topic);

        // Priority: the shop's base for the topic, else the model's, raised
        // by signals and facts.
        let base = self
            .topic_priority
            .get(&topic.topic)
            .copied()
            .or(answer.priority)
            .unwrap_or_else(|| default_topic_priority(topic.topic));
        let mut priority = base;
        let mut raises: Vec<Reason> = Vec::new();
        let mut raise = |to: Priority, id: &str, text: String, raises: &mut Vec<Reason>| {
            if to > priority {
                priority = to;
            }
            raises.push(fact(
                id,
                ReasonKind::Priority,
                0.0,
                format!("at least {to}: {text}"),
            ));
        };
        for (signal, hit) in &signals {
            let matched = &hits[*hit];
            let to = match signal {
                Signal::DoubleCharge | Signal::ChargebackFraud | Signal::LegalThreat => {
                    Priority::Urgent
                }
                Signal::TimeCritical | Signal::PaymentFailed => Priority::High,
            };
            raise(
                to,
                &format!("priority.{signal}"),
                format!("{signal} ({:?})", matched.text),
                &mut raises,
            );
        }
        let problem = !matches!(topic.topic, Topic::Presale | Topic::Feedback | Topic::Other);
        if input.channel == Channel::Social {
            reasons.push(fact(
                "fact.public_post",
                ReasonKind::Fact,
                0.0,
                "a public social-media post, seen by others".into(),
            ));
            if sentiment_score <= -0.5 {
                raise(
                    Priority::Urgent,
                    "priority.public_anger",
                    "an angry public post".into(),
                    &mut raises,
                );
            } else if problem || sentiment == Sentiment::Negative {
                raise(
                    Priority::High,
                    "priority.public_post",
                    "a public complaint".into(),
                    &mut raises,
                );
            }
        }
        if sentiment_score <= -0.6 {
            raise(
                Priority::High,
                "priority.strong_negative",
                format!("strongly negative tone ({sentiment_score:.2})"),
                &mut raises,
            );
        }
        if input
            .customer_tier
            .as_deref()
            .is_some_and(|t| t.eq_ignore_ascii_case("vip"))
        {
            reasons.push(fact(
                "fact.vip",
                ReasonKind::Fact,
                0.0,
                "VIP customer".into(),
            ));
            if problem {
                raise(
                    Priority::High,
                    "priority.vip",
                    "a VIP customer with a problem".into(),
                    &mut raises,
                );
            }
        }
        if let Some(order) = &input.order {
            if let Some(value) = &order.value {
                let code = value.currency().code();
                let threshold = self
                    .high_value
                    .get(code)
                    .copied()
                    .or_else(|| default_high_value(code));
                if threshold.is_some_and(|t| value.minor() >= t) {
                    reasons.push(fact(
                        "fact.high_value",
                        ReasonKind::Fact,
                        0.0,
                        format!("order worth {value}"),
                    ));
                    if problem {
                        raise(
                            Priority::High,
                            "priority.high_value",
                            format!("a problem with an order worth {value}"),
                            &mut raises,
                        );
                    }
                }
            }
            let delivered =
                order.delivered_at.is_some() || order.status == Some(OrderStatus::Delivered);
            if let (Some(promised), Some(received), false) =
                (order.promised_by, input.received_at, delivered)
                && received.date_naive() > promised
            {
                reasons.push(fact(
                    "fact.order_late",
                    ReasonKind::Fact,
                    0.0,
                    format!("not delivered, promised by {promised}"),
                ));
                if topic.topic != Topic::Presale {
                    raise(
                        Priority::High,
                        "priority.order_late",
                        format!("the order is past its promised date {promised}"),
                        &mut raises,
                    );
                }
            }
            if topic.topic == Topic::Cancellation && order.status == Some(OrderStatus::Processing) {
                raise(
                    Priority::High,
                    "priority.cancel_before_shipping",
                    "a cancellation before the order ships is time-critical".into(),
                    &mut raises,
                );
            }
        }
        if presale {
            reasons.push(fact(
                "fact.presale",
                ReasonKind::Presale,
                round3(presale_score),
                "asked before buying".into(),
            ));
            raise(
                Priority::Normal,
                "priority.presale",
                "pre-sale questions are revenue, never low".into(),
                &mut raises,
            );
        }
        let mut all = Vec::with_capacity(hits.len() + reasons.len() + raises.len() + 1);
        all.push(fact(
            &format!("priority.base.{}", topic.topic),
            ReasonKind::Priority,
            0.0,
            format!("{} starts at {base}", topic.label),
        ));
        all.extend(answer.explain([
            ("subject", &subject, subject_text),
            ("body", &body, body_text),
        ]));
        all.extend(raises);
        hits.sort_by(|a, b| {
            kind_rank(self.rules[a.rule].kind)
                .cmp(&kind_rank(self.rules[b.rule].kind))
                .then(b.weight.abs().total_cmp(&a.weight.abs()))
        });
        for hit in hits {
            let rule = &self.rules[hit.rule];
            if rule.kind == RuleKind::Topic && !rule.shop {
                continue;
            }
            all.push(Reason {
                code: rule.id.clone(),
                kind: match rule.kind {
                    RuleKind::Topic => ReasonKind::Topic,
                    RuleKind::Signal => ReasonKind::Signal,
                    RuleKind::Sentiment => ReasonKind::Sentiment,
                    RuleKind::Presale => ReasonKind::Presale,
                },
                weight: round3(hit.weight),
                field: Some(hit.field),
                span: Some(hit.span),
                text: hit.text,
            });
        }
        all.extend(reasons);
        TriageResult {
            language,
            topic,
            runner_up,
            priority,
            sentiment,
            sentiment_score: round3(sentiment_score),
            presale,
            reasons: all,
            scanned_chars,
            truncated: body_cut || subject_cut,
        }
    }

    fn match_rules(
        &self,
        fields: [(&'static str, &Folded, &str); 2],
        language: Option<&Language>,
    ) -> Vec<Hit> {
        // With the language known, only its pack and the language-neutral one
        // speak: a German "super" must not count as Dutch praise. When the
        // detector is unsure, every pack may.
        let sure = language
            .filter(|l| l.confidence >= SURE_LANGUAGE)
            .map(|l| l.code);
        let mut seen = vec![false; self.rules.len()];
        let mut hits = Vec::new();
        for (field, folded, source) in fields {
            if source.is_empty() {
                // No subject (or no body): nothing can match in it.
                continue;
            }
            let is_subject = field == "subject";
            // Byte offset of every character of the source, built once a rule matches.
            let mut char_bytes: Option<Vec<usize>> = None;
            let text = folded.text.as_str();
            let mut found: Vec<(usize, usize, usize)> = Vec::new();
            for m in self.matcher.find_overlapping_iter(text) {
                let (rule, prefix) = self.patterns[m.pattern().as_usize()];
                if !seen[rule] && on_boundaries(text, m.start(), m.end(), prefix) {
                    found.push((rule, m.start(), m.end()));
                }
            }
            for i in self.regex_set.matches(text).iter() {
                let (rule, re) = &self.regexes[i];
                if seen[*rule] {
                    continue;
                }
                if let Some(m) = re.find(text) {
                    found.push((*rule, m.start(), m.end()));
                }
            }
            for (rule_index, start, end) in found {
                if seen[rule_index] {
                    continue;
                }
                let rule = &self.rules[rule_index];
                let same_language = match (rule.language, language) {
                    (None, _) | (_, None) => true,
                    (Some(r), Some(l)) => r == l.code,
                };
                if (sure.is_some() && !same_language)
                    || (rule.negatable && self.negated(text, start, rule.language))
                {
                    continue;
                }
                seen[rule_index] = true;
                let field_factor = if is_subject && rule.kind == RuleKind::Topic {
                    1.5
                } else {
                    1.0
                };
                let (from, to) = folded.original_span(start, end);
                let offsets = char_bytes.get_or_insert_with(|| {
                    source
                        .char_indices()
                        .map(|(b, _)| b)
                        .chain([source.len()])
                        .collect()
                });
                let text = match (offsets.get(from), offsets.get(to)) {
                    (Some(&a), Some(&b)) if a <= b => source[a..b].to_string(),
                    _ => String::new(),
                };
                hits.push(Hit {
                    rule: rule_index,
                    same_language,
                    weight: rule.weight * field_factor,
                    field,
                    span: [from, to],
                    text,
                });
            }
        }
        hits
    }

    fn negated(&self, text: &str, start: usize, language: Option<&str>) -> bool {
        let lists: Vec<&HashSet<String>> = match language {
            Some(l) => self
                .negations
                .get(l)
                .into_iter()
                .chain(self.negations.get("*"))
                .collect(),
            None => self.negations.values().collect(),
        };
        // An entry ending in an apostrophe is an elided prefix (French n').
        words_before(text, start, 3).any(|w| {
            w.ends_with("n't")
                || lists.iter().any(|set| {
                    set.contains(w) || w.find('\'').is_some_and(|i| set.contains(&w[..=i]))
                })
        })
    }
}

struct Hit {
    rule: usize,
    same_language: bool,
    weight: f64,
    field: &'static str,
    span: [usize; 2],
    text: String,
}

fn kind_rank(kind: RuleKind) -> u8 {
    match kind {
        RuleKind::Signal => 0,
        RuleKind::Topic => 1,
        RuleKind::Presale => 2,
        RuleKind::Sentiment => 3,
    }
}

fn fact(id: &str, kind: ReasonKind, weight: f64, text: String) -> Reason {
    Reason {
        code: id.to_string(),
        kind,
        weight,
        field: None,
        span: None,
        text,
    }
}

fn round3(x: f64) -> f64 {
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
fn count_shouting(text: &str) -> usize {
    let (mut count, mut run, mut all_upper) = (0, 0usize, true);
    let mut end_word = |run: &mut usize, all_upper: &mut bool| {
        if *run >= 4 && *all_upper {
            count += 1;
        }
        *run = 0;
        *all_upper = true;
    };
    for c in text.chars() {
        let (alpha, upper) = if c.is_ascii() {
            (c.is_ascii_alphabetic(), c.is_ascii_uppercase())
        } else {
            (c.is_alphabetic(), c.is_uppercase())
        };
        if alpha {
            run += 1;
            all_upper &= upper;
        } else {
            end_word(&mut run, &mut all_upper);
        }
    }
    end_word(&mut run, &mut all_upper);
    count
}

/// Runs of two or more `!` and of two or more `?` (a run counts once).
fn count_runs(text: &str) -> (usize, usize) {
    let (mut bangs, mut questions, mut prev, mut len) = (0, 0, 0u8, 0);
    for &b in text.as_bytes().iter().chain(b" ") {
        if b == prev && (b == b'!' || b == b'?') {
            len += 1;
            continue;
        }
        if len >= 2 {
            if prev == b'!' {
                bangs += 1;
            } else {
                questions += 1;
            }
        }
        prev = b;
        len = 1;
    }
    (bangs, questions)
}

/// The largest compiled size of one rule's regex (the `regex` crate's
/// default is 10 MiB; a rule needs far less).
const REGEX_SIZE_LIMIT: usize = 1 << 20;

fn invalid_rule(field: &str, rule: &str, problem: &str) -> Error {
    Error::TriageInvalidRule {
        field: field.into(),
        rule: rule.into(),
        problem: problem.into(),
    }
}

/// Compiles a rule's regex, refusing one that can match the empty string:
/// it would match every message (and an absent subject) with no text.
fn rule_regex(source: &str, field: &str, rule: &str) -> Result<Regex> {
    let hir = regex_syntax::Parser::new()
        .parse(source)
        .map_err(|e| invalid_rule(field, rule, &e.to_string()))?;
    if hir.properties().minimum_len() == Some(0) {
        return Err(invalid_rule(
            field,
            rule,
            "can match the empty string, so it would fire on every message",
        ));
    }
    regex::RegexBuilder::new(source)
        .size_limit(REGEX_SIZE_LIMIT)
        .build()
        .map_err(|e| invalid_rule(field, rule, &e.to_string()))
}

/// Checks one rule's shape and weight; `field` names where it came from.
fn check_rule(rule: &RuleConfig, field: &str) -> Result<()> {
    crate::ticket::require_id(&rule.id, &format!("{field}.id"))?;
    match rule.kind {
        RuleKind::Topic if rule.topic.is_none() => {
            return Err(Error::invalid(
                format!("{field}.topic"),
                "a topic rule names its topic",
            ));
        }
        RuleKind::Signal if rule.signal.is_none() => {
            return Err(Error::invalid(
                format!("{field}.signal"),
                "a signal rule names its signal",
            ));
        }
        _ => {}
    }
    if rule.patterns.is_empty() && rule.regex.is_none() {
        return Err(Error::invalid(
            format!("{field}.patterns"),
            "a rule needs patterns or a regex",
        ));
    }
    let w = rule.weight;
    let ok = if rule.kind == RuleKind::Sentiment {
        w.is_finite() && w != 0.0 && (-10.0..=10.0).contains(&w)
    } else {
        w.is_finite() && w > 0.0 && w <= 10.0
    };
    if !ok {
        let range = if rule.kind == RuleKind::Sentiment {
            "-10 to 10 and not 0"
        } else {
            "above 0 and at most 10"
        };
        let at = if field.starts_with("weights.") {
            field.to_string()
        } else {
            format!("{field}.weight")
        };
        return Err(Error::invalid(at, format!("weight {w} is outside {range}")));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_packs_compile() {
        let t = Triage::builtin();
        assert!(t.rule_count() > 100, "{} rules", t.rule_count());
    }
}
