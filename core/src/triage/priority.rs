//! The priority stage: the base (the shop's for the topic, else the model's
//! priority head, else the topic's default), raised by every signal and fact
//! that applies, never lowered.

use super::config::{Signal, default_high_value, default_topic_priority};
use super::engine::{Triage, fact, round3};
use super::learned::model::is_late;
use super::model::{OrderStatus, Reason, ReasonKind, Sentiment, Topic, TopicScore, TriageInput};
use super::rules::{Evidence, Hit};
use crate::ticket::{Channel, Priority};

/// What the priority stage reads.
pub(super) struct Context<'a> {
    pub input: &'a TriageInput,
    pub topic: &'a TopicScore,
    /// The model's priority head, if it has one.
    pub model_priority: Option<Priority>,
    pub evidence: &'a Evidence,
    pub hits: &'a [Hit],
    pub sentiment: Sentiment,
    pub sentiment_score: f64,
    pub presale: bool,
}

/// The priority, its base, and the raises that applied.
pub(super) struct Decision {
    pub priority: Priority,
    pub base: Priority,
    pub raises: Vec<Reason>,
}

/// Raises `priority` to at least `to`, and says why.
fn raise(decision: &mut Decision, to: Priority, id: &str, text: String) {
    if to > decision.priority {
        decision.priority = to;
    }
    decision.raises.push(fact(
        id,
        ReasonKind::Priority,
        0.0,
        format!("at least {to}: {text}"),
    ));
}

impl Triage {
    /// Decides the priority; the facts it saw (a public post, a VIP, a high
    /// value, a late order, pre-sale) go to `reasons`.
    pub(super) fn prioritize(&self, c: &Context<'_>, reasons: &mut Vec<Reason>) -> Decision {
        let topic = c.topic.topic;
        let base = self
            .topic_priority
            .get(&topic)
            .copied()
            .or(c.model_priority)
            .unwrap_or_else(|| default_topic_priority(topic));
        let mut d = Decision {
            priority: base,
            base,
            raises: Vec::new(),
        };
        for (signal, hit) in &c.evidence.signals {
            let to = match signal {
                Signal::DoubleCharge | Signal::ChargebackFraud | Signal::LegalThreat => {
                    Priority::Urgent
                }
                Signal::TimeCritical | Signal::PaymentFailed => Priority::High,
            };
            let text = format!("{signal} ({:?})", c.hits[*hit].text);
            raise(&mut d, to, &format!("priority.{signal}"), text);
        }
        let problem = !matches!(topic, Topic::Presale | Topic::Feedback | Topic::Other);
        self.tone_raises(c, problem, &mut d, reasons);
        self.order_raises(c, problem, &mut d, reasons);
        if c.presale {
            reasons.push(fact(
                "fact.presale",
                ReasonKind::Presale,
                round3(c.evidence.presale),
                "asked before buying".into(),
            ));
            raise(
                &mut d,
                Priority::Normal,
                "priority.presale",
                "pre-sale questions are revenue, never low".into(),
            );
        }
        d
    }

    /// A public post, a strongly negative tone, a VIP with a problem.
    fn tone_raises(
        &self,
        c: &Context<'_>,
        problem: bool,
        d: &mut Decision,
        reasons: &mut Vec<Reason>,
    ) {
        if c.input.channel == Channel::Social {
            reasons.push(fact(
                "fact.public_post",
                ReasonKind::Fact,
                0.0,
                "a public social-media post, seen by others".into(),
            ));
            if c.sentiment_score <= -0.5 {
                raise(
                    d,
                    Priority::Urgent,
                    "priority.public_anger",
                    "an angry public post".into(),
                );
            } else if problem || c.sentiment == Sentiment::Negative {
                raise(
                    d,
                    Priority::High,
                    "priority.public_post",
                    "a public complaint".into(),
                );
            }
        }
        if c.sentiment_score <= -0.6 {
            let text = format!("strongly negative tone ({:.2})", c.sentiment_score);
            raise(d, Priority::High, "priority.strong_negative", text);
        }
        let vip = c
            .input
            .customer_tier
            .as_deref()
            .is_some_and(|t| t.eq_ignore_ascii_case("vip"));
        if vip {
            reasons.push(fact(
                "fact.vip",
                ReasonKind::Fact,
                0.0,
                "VIP customer".into(),
            ));
            if problem {
                raise(
                    d,
                    Priority::High,
                    "priority.vip",
                    "a VIP customer with a problem".into(),
                );
            }
        }
    }

    /// A problem with a valuable order, a late order, a cancellation before
    /// the order ships.
    fn order_raises(
        &self,
        c: &Context<'_>,
        problem: bool,
        d: &mut Decision,
        reasons: &mut Vec<Reason>,
    ) {
        let Some(order) = &c.input.order else { return };
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
                        d,
                        Priority::High,
                        "priority.high_value",
                        format!("a problem with an order worth {value}"),
                    );
                }
            }
        }
        if let (true, Some(promised)) = (is_late(c.input), order.promised_by) {
            reasons.push(fact(
                "fact.order_late",
                ReasonKind::Fact,
                0.0,
                format!("not delivered, promised by {promised}"),
            ));
            if c.topic.topic != Topic::Presale {
                raise(
                    d,
                    Priority::High,
                    "priority.order_late",
                    format!("the order is past its promised date {promised}"),
                );
            }
        }
        if c.topic.topic == Topic::Cancellation && order.status == Some(OrderStatus::Processing) {
            let text = "a cancellation before the order ships is time-critical".into();
            raise(d, Priority::High, "priority.cancel_before_shipping", text);
        }
    }
}
