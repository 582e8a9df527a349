//! The topic stage: the learned model's answer for a message, the shop's
//! rule boosts on top, and the words that weighed most for it.

use std::cell::RefCell;

use super::engine::{fact, round3};
use super::learned::TriageModel;
use super::learned::features::{Bag, FeatureKind, Field, text_features};
use super::learned::model::{PRIORITIES, add_facts, is_late};
use super::model::{Language, Reason, ReasonKind, Topic, TopicScore, TriageInput};
use super::text::Folded;
use crate::ticket::Priority;

/// How many words and word pairs the explanation names.
const EXPLAINED_FEATURES: usize = 5;

thread_local! {
    /// The feature bag, reused from message to message on each thread.
    static BAG: RefCell<Bag> = RefCell::new(Bag::default());
}

/// What the model said about one message.
pub(crate) struct ModelAnswer<'m> {
    pub model: &'m TriageModel,
    /// `(label index, probability)`, most likely first.
    pub ranked: Vec<(usize, f64)>,
    pub priority: Option<Priority>,
    /// Only facts were read: the language has no topic model.
    pub neutral: bool,
}

/// Which model reads a message in `language`, and whether only its
/// language-neutral evidence counts.
pub(crate) fn choose_model<'m>(
    own: &'m TriageModel,
    language: Option<&Language>,
    reasons: &mut Vec<Reason>,
) -> (&'m TriageModel, bool) {
    let builtin = TriageModel::builtin();
    let Some(language) = language else {
        return (own, false);
    };
    let covers = |m: &TriageModel| m.languages.iter().any(|l| l == language.code);
    if covers(own) {
        return (own, false);
    }
    if own.fallback && !std::ptr::eq(own, builtin) && covers(builtin) {
        reasons.push(fact(
            "model.fallback_builtin",
            ReasonKind::Input,
            0.0,
            format!(
                "the shop's model has no {} data; the built-in model read it",
                language.code
            ),
        ));
        return (builtin, false);
    }
    reasons.push(fact(
        "topic.language_neutral",
        ReasonKind::Input,
        0.0,
        format!(
            "no topic model reads {}; the topic rests on language-neutral evidence (channel, order, shop rules)",
            language.code
        ),
    ));
    (own, true)
}

/// Scores a message. `boosts` are the shop rules' summed weights per topic
/// name: each multiplies the topic's odds by `e^weight`.
pub(crate) fn answer<'m>(
    model: &'m TriageModel,
    neutral: bool,
    input: &TriageInput,
    subject: &Folded,
    body: &Folded,
    boosts: &[(String, f64)],
) -> ModelAnswer<'m> {
    let linear = &model.linear;
    let mut scores = vec![0.0f32; linear.width];
    BAG.with_borrow_mut(|bag| {
        bag.clear();
        if !neutral {
            bag.add_texts(&subject.text, &body.text, linear.bits);
        }
        add_facts(bag, input, is_late(input), linear.bits);
        linear.scores(bag, &mut scores);
    });
    linear.probabilities(0, &mut scores);
    linear.probabilities(1, &mut scores);
    let topics = model.topics.len();
    let mut ranked: Vec<(usize, f64)> = scores[..topics]
        .iter()
        .map(|p| f64::from(*p))
        .enumerate()
        .collect();
    if !boosts.is_empty() {
        for (i, p) in &mut ranked {
            if let Some((_, w)) = boosts.iter().find(|(t, _)| *t == model.topics[*i]) {
                *p *= w.exp();
            }
        }
        let sum: f64 = ranked.iter().map(|(_, p)| p).sum();
        ranked.iter_mut().for_each(|(_, p)| *p /= sum);
    }
    ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    let priority = model.has_priority.then(|| {
        let head = &scores[topics..topics + PRIORITIES.len()];
        let best = (0..head.len()).fold(0, |b, i| if head[i] > head[b] { i } else { b });
        PRIORITIES[best]
    });
    ModelAnswer {
        model,
        ranked,
        priority,
        neutral,
    }
}

impl ModelAnswer<'_> {
    /// The label at rank `k` as a topic score.
    pub fn score(&self, k: usize) -> Option<TopicScore> {
        let (i, p) = *self.ranked.get(k)?;
        let label = &self.model.topics[i];
        Some(TopicScore {
            // A shop's own label has no built-in topic: `other` stands for it
            // where a built-in topic is needed (templates, SLA policies).
            topic: Topic::parse_field(label, "topic").unwrap_or(Topic::Other),
            label: label.clone(),
            confidence: round3(p),
            score: p,
        })
    }

    /// The words and word pairs that weighed most for the chosen topic over
    /// the runner-up, strongest first, with their spans in the original text.
    pub fn explain(&self, fields: [(&'static str, &Folded, &str); 2]) -> Vec<Reason> {
        if self.neutral || self.ranked.len() < 2 {
            return Vec::new();
        }
        let (chosen, other) = (self.ranked[0].0, self.ranked[1].0);
        let linear = &self.model.linear;
        let mask = (1u64 << linear.bits) - 1;
        let weight = |hash: u64| {
            let row = (hash & mask) as usize * linear.width;
            f64::from(linear.weights[row + chosen] - linear.weights[row + other])
        };
        // Contributions summed per word (a word's own feature and its
        // character n-grams) and per word pair.
        let mut parts: Vec<(&'static str, usize, usize, f64, bool)> = Vec::new();
        for (field, folded, _) in fields {
            let tag = if field == "subject" {
                Field::Subject
            } else {
                Field::Body
            };
            text_features(&folded.text, tag, |f| {
                let w = weight(f.hash);
                let word = match f.kind {
                    FeatureKind::Chars => parts
                        .iter()
                        .rposition(|p| p.4 && p.0 == field && p.1 <= f.start && f.end <= p.2),
                    _ => None,
                };
                match word {
                    Some(k) => parts[k].3 += w,
                    None => parts.push((field, f.start, f.end, w, f.kind == FeatureKind::Word)),
                }
            });
        }
        // Only the strongest few are named: select them, then order those.
        let strongest = |a: &(&str, usize, usize, f64, bool),
                         b: &(&str, usize, usize, f64, bool)| {
            b.3.total_cmp(&a.3)
        };
        if parts.len() > EXPLAINED_FEATURES {
            parts.select_nth_unstable_by(EXPLAINED_FEATURES, strongest);
            parts.truncate(EXPLAINED_FEATURES);
        }
        parts.sort_by(strongest);
        parts
            .into_iter()
            .filter(|p| p.3 > 0.0)
            .map(|(field, start, end, w, _)| {
                let (folded, source) = if field == "subject" {
                    (fields[0].1, fields[0].2)
                } else {
                    (fields[1].1, fields[1].2)
                };
                let (from, to) = folded.original_span(start, end);
                Reason {
                    code: format!("model.{}", self.model.topics[chosen]),
                    kind: ReasonKind::Topic,
                    weight: round3(w),
                    field: Some(field),
                    span: Some([from, to]),
                    text: source.chars().skip(from).take(to - from).collect(),
                }
            })
            .collect()
    }
}
