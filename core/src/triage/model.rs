//! What triage reads (a message with its context) and what it answers.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::money::Money;
use crate::string_enum::string_enum;
use crate::ticket::{Author, Channel, Marketplace, Priority, Ticket};

string_enum! {
    /// What a ticket is about.
    Topic, "topic" {
        /// Where is my order.
        OrderStatus => "order_status",
        /// Late, lost, stuck or misdelivered parcels.
        DeliveryProblem => "delivery_problem",
        /// A wrong or missing item in the parcel.
        WrongItem => "wrong_item",
        /// Damaged in transit or defective.
        DamagedDefective => "damaged_defective",
        /// Wants to send something back.
        ReturnRequest => "return_request",
        /// Wants another size, colour or model.
        Exchange => "exchange",
        /// Where is my refund.
        RefundStatus => "refund_status",
        /// Wants to cancel an order.
        Cancellation => "cancellation",
        /// Payment failed, charged twice, invoice, instalments.
        PaymentIssue => "payment_issue",
        /// Login, password, 2FA, profile data, a hijacked or locked account.
        Account => "account",
        /// Loyalty points, gift cards, vouchers.
        LoyaltyGiftcard => "loyalty_giftcard",
        /// A question before buying.
        Presale => "presale",
        /// Praise or complaints about the service.
        Feedback => "feedback",
        /// None of the above.
        Other => "other",
        /// A change to an order before it ships: address, items, size, delivery option.
        OrderChange => "order_change",
        /// An invoice or receipt, a VAT invoice, company details on it, a corrected one.
        Invoice => "invoice",
        /// Delete my account or data, a GDPR request, unsubscribe from marketing.
        Privacy => "privacy",
    }
}

string_enum! {
    /// The tone of a message.
    Sentiment, "sentiment" {
        /// Angry, disappointed, threatening.
        Negative => "negative",
        /// Matter-of-fact.
        Neutral => "neutral",
        /// Happy, thankful.
        Positive => "positive",
    }
}

string_enum! {
    /// What an order is doing, as the shop knows it.
    OrderStatus, "order.status" {
        /// Paid, not shipped yet.
        Processing => "processing",
        /// With the carrier.
        Shipped => "shipped",
        /// Delivered.
        Delivered => "delivered",
        /// Cancelled.
        Cancelled => "cancelled",
    }
}

/// Facts about the order a message is about.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OrderFacts {
    /// The order's total.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<Money>,
    /// Where it stands.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<OrderStatus>,
    /// When it was placed.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::instant::option"
    )]
    pub ordered_at: Option<DateTime<Utc>>,
    /// The delivery date promised to the customer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub promised_by: Option<NaiveDate>,
    /// When it was delivered.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::instant::option"
    )]
    pub delivered_at: Option<DateTime<Utc>>,
}

/// One incoming message with its context: what triage reads.
///
/// ```
/// use caredesk::triage::TriageInput;
/// let input: TriageInput = serde_json::from_str(r#"{
///   "subject": "Ordine non arrivato", "body": "Il pacco non è ancora arrivato.",
///   "channel": "email", "order": {"status": "shipped", "promised_by": "2026-11-06"},
///   "received_at": "2026-11-10T09:00:00Z"
/// }"#).unwrap();
/// assert_eq!(input.channel, caredesk::Channel::Email);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TriageInput {
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
    /// The customer's tier label (`vip` raises priority).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_tier: Option<String>,
    /// How many earlier tickets the customer opened (repeat contacts).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub previous_tickets: Option<u32>,
    /// The order the message is about.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order: Option<OrderFacts>,
    /// When the message arrived (needed to tell an order is past its promised date).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::instant::option"
    )]
    pub received_at: Option<DateTime<Utc>>,
}

impl TriageInput {
    /// The latest public customer message of a ticket, with the ticket's subject,
    /// channel, marketplace and customer tier. `None` when the customer has not
    /// written anything public.
    pub fn from_ticket(ticket: &Ticket) -> Option<TriageInput> {
        let message = ticket
            .messages()
            .filter(|m| m.public && m.author == Author::Customer)
            .last()?;
        Some(TriageInput {
            subject: ticket.subject().map(str::to_string),
            body: message.body.clone(),
            channel: ticket.channel(),
            marketplace: ticket.marketplace(),
            customer_tier: ticket.customer().tier.clone(),
            previous_tickets: None,
            order: None,
            received_at: Some(message.at),
        })
    }
}

/// A detected language.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Language {
    /// ISO 639-1 code.
    pub code: &'static str,
    /// 0–1.
    pub confidence: f64,
}

/// A topic with its confidence.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TopicScore {
    /// The topic. For a model trained on a shop's own labels, the built-in
    /// topic of that name, or `other` when the label is the shop's own.
    pub topic: Topic,
    /// The model's label: the topic's name, or the shop's own label.
    pub label: String,
    /// 0–1: the calibrated probability that this is the topic.
    pub confidence: f64,
    /// The same probability before rounding to a displayed confidence; kept
    /// for compatibility with results of the keyword engine.
    pub score: f64,
}

string_enum! {
    /// What kind of evidence a reason is.
    ReasonKind, "kind" {
        /// A topic rule matched.
        Topic => "topic",
        /// A priority signal matched in the text (double charge, legal threat, ...).
        Signal => "signal",
        /// A sentiment word or pattern.
        Sentiment => "sentiment",
        /// A pre-sale phrase.
        Presale => "presale",
        /// A fact about the ticket or order (VIP, past promised date, public post, ...).
        Fact => "fact",
        /// A priority decision (the base of the topic, a raise).
        Priority => "priority",
        /// How the text was read (truncated, empty, language fallback).
        Input => "input",
    }
}

/// One piece of evidence, shown to an agent to explain the result.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Reason {
    /// The stable code of the rule, signal or fact (`it.refund_status.rimborso`,
    /// `fact.vip`): a rule's code is its `id` in the pack.
    pub code: String,
    /// What kind of evidence it is.
    pub kind: ReasonKind,
    /// Its weight (signed for sentiment).
    pub weight: f64,
    /// `subject` or `body` for text matches.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<&'static str>,
    /// `[start, end)` in characters (Unicode scalar values) of that field
    /// (see [`TriageResult::spans_to_utf16`] for JavaScript's units).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub span: Option<[usize; 2]>,
    /// The matched text, or the fact in words.
    pub text: String,
}

/// The answer for one message.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TriageResult {
    /// The language, `None` when there is no text to tell.
    pub language: Option<Language>,
    /// The topic.
    pub topic: TopicScore,
    /// The second most likely topic, if any evidence points to one.
    pub runner_up: Option<TopicScore>,
    /// How urgent.
    pub priority: Priority,
    /// The tone.
    pub sentiment: Sentiment,
    /// -1 (very negative) to 1 (very positive).
    pub sentiment_score: f64,
    /// A question asked before buying.
    pub presale: bool,
    /// Every rule and fact that contributed, strongest first within each kind.
    pub reasons: Vec<Reason>,
    /// Characters of the body read.
    pub scanned_chars: usize,
    /// True when the body was longer than the scan limit and only its start was read.
    pub truncated: bool,
}

impl TriageResult {
    /// The result as JSON.
    pub fn to_value(&self) -> serde_json::Value {
        serde_json::to_value(self).expect("results serialize")
    }

    /// Rewrites every reason's span from characters (Unicode scalar values)
    /// into UTF-16 code units of the same field of `input`: how JavaScript
    /// strings index, where a character outside the Basic Multilingual Plane
    /// (most emoji) counts two.
    ///
    /// ```
    /// use caredesk::triage::{Triage, TriageInput};
    /// let input: TriageInput = serde_json::from_str(
    ///     r#"{"body": "😡😡 where is my parcel??", "channel": "chat"}"#).unwrap();
    /// let mut result = Triage::builtin().classify(&input);
    /// let before: Vec<_> = result.reasons.iter().filter_map(|r| r.span).collect();
    /// result.spans_to_utf16(&input);
    /// let after: Vec<_> = result.reasons.iter().filter_map(|r| r.span).collect();
    /// assert!(!before.is_empty());
    /// for (b, a) in before.iter().zip(&after) {
    ///     assert_eq!([b[0] + 2, b[1] + 2], *a); // two emoji before every word
    /// }
    /// ```
    pub fn spans_to_utf16(&mut self, input: &TriageInput) {
        let subject = input.subject.as_deref().unwrap_or("");
        for reason in &mut self.reasons {
            let (Some(field), Some(span)) = (reason.field, reason.span.as_mut()) else {
                continue;
            };
            let text = if field == "subject" {
                subject
            } else {
                input.body.as_str()
            };
            let units =
                |chars: usize| -> usize { text.chars().take(chars).map(char::len_utf16).sum() };
            *span = [units(span[0]), units(span[1])];
        }
    }
}
