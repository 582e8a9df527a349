//! Suggested replies: the built-in (or the shop's) template for a ticket's
//! triaged topic, in the customer's language and the channel's tone, with what
//! the ticket knows filled in and the rest marked for the agent.

use std::collections::BTreeMap;

use chrono_tz::Tz;
use serde::{Deserialize, Deserializer, Serialize};

use crate::error::{Error, Result};
use crate::reply::{Args, LocaleRequest, MissingPolicy, RenderOptions, Reply, ReplyCatalog, Tone};
use chrono::{DateTime, Utc};

use crate::sla::{Sla, SlaReport};
use crate::ticket::{Channel, Ticket};
use crate::triage::{Topic, Triage, TriageResult};

/// The built-in template that answers a topic.
///
/// ```
/// use caredesk::composition::template_for;
/// use caredesk::triage::Topic;
/// assert_eq!(template_for(Topic::DeliveryProblem), "lost-parcel-investigation");
/// assert_eq!(template_for(Topic::Other), "acknowledgement");
/// ```
pub fn template_for(topic: Topic) -> &'static str {
    match topic {
        Topic::OrderStatus => "order-status",
        Topic::DeliveryProblem => "lost-parcel-investigation",
        Topic::WrongItem => "wrong-or-missing-item",
        Topic::DamagedDefective => "damaged-item",
        Topic::ReturnRequest => "return-instructions",
        Topic::Exchange => "exchange-confirmed",
        Topic::RefundStatus => "refund-delayed",
        Topic::Cancellation => "cancellation-confirmed",
        Topic::PaymentIssue => "payment-failed",
        Topic::Account => "account-access",
        Topic::LoyaltyGiftcard => "voucher-resent",
        Topic::Presale => "presale-answer",
        Topic::Feedback => "feedback-thanks",
        Topic::Other => "acknowledgement",
        Topic::OrderChange => "order-change-received",
        Topic::Invoice => "invoice-sent",
        Topic::Privacy => "privacy-request-received",
    }
}

/// How to suggest: the zone dates are shown in, the tone (by channel when not
/// given), what to do with arguments the ticket cannot fill, and the shop's
/// own topic-to-template choices.
///
/// ```
/// use caredesk::composition::SuggestOptions;
/// use caredesk::reply::Tone;
/// let options = SuggestOptions::default()
///     .zone(chrono_tz::Europe::Berlin)
///     .tone(Tone::Formal)
///     .template("presale", "presale-sizes");
/// assert_eq!(options.templates["presale"], "presale-sizes");
/// ```
///
/// From JSON (as the Node binding reads it), every key optional:
///
/// ```
/// use caredesk::composition::SuggestOptions;
/// let o: SuggestOptions = caredesk::wire::from_json(r#"{"zone": "Europe/Rome", "tone": "informal"}"#)?;
/// assert_eq!(o.zone, chrono_tz::Europe::Rome);
/// let e = caredesk::wire::from_json::<SuggestOptions>(r#"{"zones": "UTC"}"#).unwrap_err();
/// assert_eq!(e.code(), "input.json");
/// # Ok::<(), caredesk::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct SuggestOptions {
    /// The zone dates and times are written in (UTC by default).
    #[serde(deserialize_with = "zone_named")]
    pub zone: Tz,
    /// The tone; `None` picks informal on chat and social, formal elsewhere.
    pub tone: Option<Tone>,
    /// What an argument the ticket cannot fill becomes (a `{$name}` marker by default).
    pub missing: MissingPolicy,
    /// Topic name to message id, replacing [`template_for`] for those topics.
    pub templates: BTreeMap<String, String>,
}

fn zone_named<'de, D: Deserializer<'de>>(d: D) -> std::result::Result<Tz, D::Error> {
    let name = String::deserialize(d)?;
    crate::instant::parse_zone(&name, "").map_err(crate::wire::serde_error)
}

impl Default for SuggestOptions {
    fn default() -> Self {
        SuggestOptions {
            zone: Tz::UTC,
            tone: None,
            missing: MissingPolicy::Marker,
            templates: BTreeMap::new(),
        }
    }
}

impl SuggestOptions {
    /// Sets the zone.
    ///
    /// ```
    /// use caredesk::composition::{SuggestOptions, suggest_reply};
    /// use caredesk::reply::parse_zone;
    /// use caredesk::sla::Sla;
    /// use caredesk::triage::Triage;
    /// use caredesk::{ReplyCatalog, Ticket, instant::parse};
    ///
    /// let ticket = Ticket::from_json(r#"{"id": "T-9", "channel": "email", "customer": {"id": "c3", "name": "Anna Schmidt", "locale": "en-GB"},
    ///   "created_at": "2026-05-08T10:00:00Z", "events": [{"type": "message_added", "message": {"id": "m1",
    ///   "at": "2026-05-08T10:00:00Z", "author": "customer", "body": "Hello, I have a question about my account."}}]}"#)?;
    /// let sla = Sla::from_toml("[[policies]]\nname = \"email\"\nclock = \"calendar\"\ntargets.first_reply.within = \"24h\"")?;
    /// let report = sla.evaluate(&ticket, parse("2026-05-08T10:05:00Z", "now")?)?;
    /// let triage = Triage::builtin().classify_ticket(&ticket).expect("a customer message");
    /// let options = SuggestOptions::default().zone(parse_zone("Europe/Berlin", "zone")?).template("account", "acknowledgement");
    /// let s = suggest_reply(&ticket, &triage, Some(&report), &ReplyCatalog::builtin(), &options)?;
    /// assert!(s.reply.text.contains("12:00"), "{}", s.reply.text); // due 10:00 UTC, noon in Berlin
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    pub fn zone(mut self, zone: Tz) -> Self {
        self.zone = zone;
        self
    }

    /// Sets the tone for every channel.
    ///
    /// ```
    /// use caredesk::composition::{SuggestOptions, suggest_reply};
    /// use caredesk::reply::Tone;
    /// use caredesk::triage::Triage;
    /// use caredesk::{ReplyCatalog, Ticket};
    ///
    /// // A chat is answered informally unless the shop always says "Sie".
    /// let chat = Ticket::from_json(r#"{"id": "C-3", "channel": "chat", "customer": {"id": "c4", "locale": "de-DE"},
    ///   "created_at": "2026-05-08T10:00:00Z", "events": [{"type": "message_added", "message": {"id": "m1",
    ///   "at": "2026-05-08T10:00:00Z", "author": "customer", "body": "Hallo, wo ist meine Bestellung?"}}]}"#)?;
    /// let triage = Triage::builtin().classify_ticket(&chat).expect("a customer message");
    /// let s = suggest_reply(&chat, &triage, None, &ReplyCatalog::builtin(), &SuggestOptions::default().tone(Tone::Formal))?;
    /// assert_eq!(s.reply.tone_used, Tone::Formal);
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    pub fn tone(mut self, tone: Tone) -> Self {
        self.tone = Some(tone);
        self
    }

    /// Sets what a missing argument becomes.
    ///
    /// ```
    /// use caredesk::composition::{SuggestOptions, suggest_reply};
    /// use caredesk::reply::MissingPolicy;
    /// use caredesk::triage::Triage;
    /// use caredesk::{ReplyCatalog, Ticket};
    ///
    /// let ticket = Ticket::from_json(r#"{"id": "T-5", "channel": "email", "customer": {"id": "c5", "locale": "de-DE"},
    ///   "created_at": "2026-05-08T10:00:00Z", "events": [{"type": "message_added", "message": {"id": "m1",
    ///   "at": "2026-05-08T10:00:00Z", "author": "customer", "body": "Wo ist meine Bestellung?"}}]}"#)?;
    /// let triage = Triage::builtin().classify_ticket(&ticket).expect("a customer message");
    /// // For sending without an agent: fail rather than show a {$customer_name} marker.
    /// let strict = SuggestOptions::default().missing(MissingPolicy::Error);
    /// let err = suggest_reply(&ticket, &triage, None, &ReplyCatalog::builtin(), &strict).unwrap_err();
    /// assert_eq!(err.code(), "reply.missing_arg");
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    pub fn missing(mut self, missing: MissingPolicy) -> Self {
        self.missing = missing;
        self
    }

    /// Answers `topic` with the message `message_id`.
    ///
    /// ```
    /// use caredesk::composition::{SuggestOptions, suggest_reply};
    /// use caredesk::triage::Triage;
    /// use caredesk::{ReplyCatalog, Ticket};
    ///
    /// let ticket = Ticket::from_json(r#"{"id": "T-6", "channel": "email", "customer": {"id": "c6", "name": "Anna", "locale": "de-DE"},
    ///   "created_at": "2026-05-08T10:00:00Z", "events": [{"type": "message_added", "message": {"id": "m1",
    ///   "at": "2026-05-08T10:00:00Z", "author": "customer", "body": "Wo ist meine Bestellung 40211?"}}]}"#)?;
    /// let triage = Triage::builtin().classify_ticket(&ticket).expect("a customer message");
    /// let options = SuggestOptions::default().template("order_status", "acknowledgement");
    /// let s = suggest_reply(&ticket, &triage, None, &ReplyCatalog::builtin(), &options)?;
    /// assert_eq!((s.topic.as_str(), s.message_id.as_str()), ("order_status", "acknowledgement"));
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    pub fn template(mut self, topic: impl Into<String>, message_id: impl Into<String>) -> Self {
        self.templates.insert(topic.into(), message_id.into());
        self
    }
}

/// A suggested reply: the template chosen, why, and the rendered reply (its
/// `missing_args` are what the agent still has to fill in).
///
/// ```
/// # use caredesk::composition::{SuggestOptions, suggest_reply};
/// # use caredesk::triage::Triage;
/// # use caredesk::{ReplyCatalog, Ticket};
/// let ticket = Ticket::from_json(r#"{"id": "T-8", "channel": "chat", "customer": {"id": "c2"}, "order_refs": ["5521"],
///   "created_at": "2026-03-02T08:00:00Z", "events": [{"type": "message_added",
///   "message": {"id": "m1", "at": "2026-03-02T08:00:00Z", "author": "customer",
///   "body": "Hallo, wo bleibt meine Bestellung 5521? Wann wird sie versendet?"}}]}"#)?;
/// let triage = Triage::builtin().classify_ticket(&ticket).unwrap();
/// let s = suggest_reply(&ticket, &triage, None, &ReplyCatalog::builtin(), &SuggestOptions::default())?;
/// assert_eq!((s.message_id.as_str(), s.topic.as_str()), ("order-status", "order_status"));
/// assert_eq!(s.reply.tone_used.as_str(), "informal"); // chat, and German has an informal catalog
/// assert!(s.filled.contains(&"order_id".to_string()));
/// # Ok::<(), caredesk::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SuggestedReply {
    /// The message id rendered.
    pub message_id: String,
    /// The topic it answers.
    pub topic: String,
    /// The arguments filled from the ticket, by name.
    pub filled: Vec<String>,
    /// The rendered reply.
    pub reply: Reply,
}

/// Suggests the reply to a ticket from its triage result: the template for
/// the topic (the shop's choice in `options.templates` first), rendered in
/// the customer's profile locale, else the detected language, else the
/// catalog's default; in the tone of the channel unless `options.tone` says
/// otherwise. Filled from the ticket: `customer_name` (first name),
/// `ticket_id`, `order_id` (the first order referenced), `reply_by` (the next
/// SLA due instant, when `sla` is given); the rest follows `options.missing`.
///
/// # Errors
/// `reply.unknown_message` when the chosen template is not in the catalog,
/// and any render error (`reply.missing_arg` with [`MissingPolicy::Error`]).
///
/// ```
/// use caredesk::composition::{SuggestOptions, suggest_reply};
/// use caredesk::triage::Triage;
/// use caredesk::{ReplyCatalog, Ticket};
///
/// // An Amazon buyer writes in German; the profile has no locale.
/// let ticket = Ticket::from_json(r#"{"id": "T-2001", "channel": "marketplace", "marketplace": "amazon",
///   "customer": {"id": "A1B2", "name": "Jonas Weber"}, "order_refs": ["302-1234567"], "created_at": "2026-05-08T17:45:00Z",
///   "events": [{"type": "message_added", "message": {"id": "m1", "at": "2026-05-08T17:45:00Z",
///   "author": "customer", "body": "Hallo, wo bleibt meine Bestellung 302-1234567? Wann wird sie versendet?"}}]}"#)?;
/// let triage = Triage::builtin().classify_ticket(&ticket).expect("a customer message");
/// let s = suggest_reply(&ticket, &triage, None, &ReplyCatalog::builtin(), &SuggestOptions::default())?;
/// assert_eq!((s.message_id.as_str(), s.reply.locale_used.as_str()), ("order-status", "de"));
/// assert!(s.reply.text.contains("Jonas") && s.reply.text.contains("302-1234567"));
/// assert!(s.reply.missing_args.contains(&"carrier".to_string())); // left for the agent
/// # Ok::<(), caredesk::Error>(())
/// ```
pub fn suggest_reply(
    ticket: &Ticket,
    triage: &TriageResult,
    sla: Option<&SlaReport>,
    catalog: &ReplyCatalog,
    options: &SuggestOptions,
) -> Result<SuggestedReply> {
    let topic = triage.topic.topic;
    let message_id = options
        .templates
        .get(topic.as_str())
        .map_or(template_for(topic), String::as_str);
    let (args, filled) = arguments(ticket, sla, message_id);
    let mut who = LocaleRequest::new();
    if let Some(l) = &ticket.customer().locale {
        who = who.profile(l.clone());
    }
    if let Some(l) = &triage.language {
        who = who.detected(l.code);
    }
    let tone = options.tone.unwrap_or(match ticket.channel() {
        Channel::Chat | Channel::Social => Tone::Informal,
        _ => Tone::Formal,
    });
    let render = RenderOptions::default()
        .tone(tone)
        .zone(options.zone)
        .missing(options.missing);
    let reply = catalog
        .render(message_id, &who, &args, &render)
        .map_err(|e| match e {
            Error::ReplyUnknownMessage { .. } => e.within("templates"),
            other => other,
        })?;
    Ok(SuggestedReply {
        message_id: message_id.to_string(),
        topic: topic.as_str().to_string(),
        filled,
        reply,
    })
}

/// Triages a ticket's latest customer message, times its SLA at `now` when
/// an SLA engine is given, and suggests the reply ([`suggest_reply`]); `None`
/// when the customer has written nothing public to answer.
///
/// ```
/// use caredesk::composition::{SuggestOptions, suggest_for_ticket};
/// use caredesk::sla::Sla;
/// use caredesk::triage::Triage;
/// use caredesk::{ReplyCatalog, Ticket};
///
/// let ticket = Ticket::from_json(r#"{"id": "T-9", "channel": "email", "customer": {"id": "c3",
///   "name": "Jan de Vries", "locale": "nl-NL"}, "created_at": "2026-03-02T08:00:00Z",
///   "events": [{"type": "message_added", "message": {"id": "m1", "at": "2026-03-02T08:00:00Z",
///   "author": "customer", "body": "Mijn pakket is nog steeds niet aangekomen."}}]}"#)?;
/// let sla = Sla::from_json(r#"{"policies": [{"name": "all", "clock": "calendar",
///   "targets": {"first_reply": {"within": "24h"}}}]}"#)?;
/// let now = "2026-03-02T09:00:00Z".parse().unwrap();
/// let s = suggest_for_ticket(&ticket, &Triage::builtin(), Some((&sla, now)),
///     &ReplyCatalog::builtin(), &SuggestOptions::default())?.unwrap();
/// assert_eq!(s.reply.locale_used, "nl");
/// assert!(s.filled.contains(&"reply_by".to_string()));
/// # Ok::<(), caredesk::Error>(())
/// ```
///
/// # Errors
/// As [`Sla::evaluate`] and [`suggest_reply`].
pub fn suggest_for_ticket(
    ticket: &Ticket,
    triage: &Triage,
    sla: Option<(&Sla, DateTime<Utc>)>,
    catalog: &ReplyCatalog,
    options: &SuggestOptions,
) -> Result<Option<SuggestedReply>> {
    let Some(result) = triage.classify_ticket(ticket) else {
        return Ok(None);
    };
    let report = sla
        .map(|(engine, now)| engine.evaluate(ticket, now))
        .transpose()?;
    suggest_reply(ticket, &result, report.as_ref(), catalog, options).map(Some)
}

/// The SLA clock of [`suggest_for_ticket`] from the two optional values a
/// binding receives: an SLA engine is timed at an instant, so one without the
/// other is refused rather than ignored.
///
/// ```
/// use caredesk::composition::sla_clock;
/// use caredesk::sla::Sla;
/// let sla = Sla::from_json(r#"{"policies": []}"#)?;
/// let now = "2026-03-02T09:00:00Z".parse().unwrap();
/// assert!(sla_clock(Some(&sla), Some(now))?.is_some());
/// assert!(sla_clock(None, None)?.is_none());
/// assert_eq!(sla_clock(Some(&sla), None).unwrap_err().field(), Some("now"));
/// assert_eq!(sla_clock(None, Some(now)).unwrap_err().field(), Some("sla"));
/// # Ok::<(), caredesk::Error>(())
/// ```
///
/// # Errors
/// `input.invalid` naming `now` (an SLA without an instant) or `sla` (an
/// instant without an SLA).
pub fn sla_clock(
    sla: Option<&Sla>,
    now: Option<DateTime<Utc>>,
) -> Result<Option<(&Sla, DateTime<Utc>)>> {
    match (sla, now) {
        (Some(sla), Some(now)) => Ok(Some((sla, now))),
        (None, None) => Ok(None),
        (Some(_), None) => Err(Error::invalid(
            "now",
            "an SLA is timed at an instant: give now with sla",
        )),
        (None, Some(_)) => Err(Error::invalid(
            "sla",
            "now is the instant an SLA is timed at: give sla with now",
        )),
    }
}

/// What the ticket knows, as reply arguments, and their names.
fn arguments<'t>(
    ticket: &'t Ticket,
    sla: Option<&SlaReport>,
    message_id: &str,
) -> (Args<'t>, Vec<String>) {
    let mut args = Args::new();
    let mut filled = Vec::new();
    if let Some(first) = ticket
        .customer()
        .name
        .as_deref()
        .and_then(|n| n.split_whitespace().next())
    {
        args.set("customer_name", first);
        filled.push("customer_name".into());
    }
    args.set("ticket_id", ticket.id());
    filled.push("ticket_id".into());
    if let Some(order) = ticket.order_refs().first() {
        args.set("order_id", order.as_str());
        filled.push("order_id".into());
    }
    if let Some(due) = sla.and_then(|r| r.next_due.as_ref()) {
        args.set("reply_by", due.at);
        filled.push("reply_by".into());
    }
    // The one template with a selector: which of its cases applies.
    if message_id == "wrong-or-missing-item" {
        args.set("kind", "wrong");
    }
    (args, filled)
}
