//! Tickets: the model, the lifecycle rules and the facts derived from the log.
//!
//! A [`Ticket`] is a header (id, channel, customer, creation instant, ...) plus
//! an append-only log of [`Event`]s. Status, priority, tags and assignee are
//! never stored on their own: they are the result of replaying the log, which
//! is also how a ticket is read back from JSON, so a stored ticket that breaks
//! a lifecycle rule is refused on load.
//!
//! Lifecycle rules (see `docs/concepts.md`):
//!
//! - a ticket starts `new` and never returns to it;
//! - an explicit status change may go between `open`, `pending`, `on_hold` and
//!   `solved` freely; `closed` is reached only from `solved`;
//! - a public customer message on a `pending`, `on_hold` or `solved` ticket sets it
//!   back to `open`; leaving `solved` for any open status counts as a reopen;
//! - `closed` is final: every change is refused, and a new customer message
//!   starts a [follow-up](Ticket::follow_up) ticket that links back;
//! - `solved` auto-closes after a configurable delay ([`AutoClose`]);
//! - priority may change but never be cleared;
//! - events are in time order, none before the ticket's creation.
//!
//! A change that breaks a rule is an error and leaves the ticket exactly as it was.
//!
//! ```
//! use caredesk::{Author, Channel, Customer, Message, Status, Ticket};
//! use chrono::{DateTime, Utc};
//!
//! let t = |s: &str| s.parse::<DateTime<Utc>>().unwrap();
//! let mut ticket = Ticket::new("T-1001", Channel::Email, Customer::new("c-42"), t("2026-03-02T08:00:00Z"))?;
//! ticket.add_message(Message::new("m1", t("2026-03-02T08:00:00Z"), Author::Customer, "Where is my parcel?"))?;
//! ticket.add_message(Message::new("m2", t("2026-03-02T09:30:00Z"), Author::Agent, "It ships today."))?;
//! ticket.set_status(Status::Solved, t("2026-03-02T09:30:00Z"))?;
//!
//! // The customer writes again: the ticket reopens, and the reopen is counted.
//! ticket.add_message(Message::new("m3", t("2026-03-03T10:00:00Z"), Author::Customer, "Still nothing."))?;
//! assert_eq!(ticket.status(), Status::Open);
//! assert_eq!(ticket.reopen_count(), 1);
//! assert_eq!(ticket.first_reply_time().unwrap().num_minutes(), 90);
//!
//! // Going back to `new` is refused, and the ticket is unchanged.
//! let err = ticket.set_status(Status::New, t("2026-03-03T11:00:00Z")).unwrap_err();
//! assert_eq!(err.code(), "ticket.illegal_transition");
//! assert_eq!(ticket.events().len(), 4);
//!
//! // JSON round trip.
//! let back = Ticket::from_json(&ticket.to_json())?;
//! assert_eq!(back, ticket);
//! # Ok::<(), caredesk::Error>(())
//! ```

mod event;
mod model;

use std::collections::{BTreeMap, BTreeSet, HashSet};

use chrono::{DateTime, TimeDelta, Utc};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

pub use event::Event;
pub use model::{Author, Channel, Customer, Marketplace, Message, Priority, Status};

use crate::error::{Error, Result};
use model::is_language_tag;
pub(crate) use model::require_id;

/// A customer-service ticket: header fields plus its event log.
///
/// See the [module docs](self) for the lifecycle rules and an example.
///
/// An Amazon buyer message read from the shop's backend:
///
/// ```
/// use caredesk::{Channel, Marketplace, Status, Ticket};
///
/// let ticket = Ticket::from_json(r#"{
///   "id": "T-2001", "channel": "marketplace", "marketplace": "amazon",
///   "customer": {"id": "A1B2"}, "created_at": "2026-05-08T17:45:00Z",
///   "events": [{"type": "message_added", "message": {"id": "m1",
///     "at": "2026-05-08T17:45:00Z", "author": "customer", "body": "Paket nicht angekommen!"}}]
/// }"#)?;
/// assert_eq!((ticket.channel(), ticket.marketplace()), (Channel::Marketplace, Some(Marketplace::Amazon)));
/// assert_eq!(ticket.status(), Status::New);
/// # Ok::<(), caredesk::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct Ticket {
    id: String,
    channel: Channel,
    marketplace: Option<Marketplace>,
    subject: Option<String>,
    customer: Customer,
    order_refs: Vec<String>,
    topic: Option<String>,
    language: Option<String>,
    created_at: DateTime<Utc>,
    follow_up_of: Option<String>,
    events: Vec<Event>,
    // Replayed from `events`; never serialized on its own.
    state: State,
}

#[derive(Debug, Clone, PartialEq)]
struct State {
    status: Status,
    priority: Option<Priority>,
    tags: BTreeSet<String>,
    assignee: Option<String>,
    latest: DateTime<Utc>,
    // Every status change, starting with (created_at, New).
    timeline: Vec<(DateTime<Utc>, Status)>,
    message_ids: HashSet<String>,
}

impl State {
    fn new(created_at: DateTime<Utc>) -> Self {
        State {
            status: Status::New,
            priority: None,
            tags: BTreeSet::new(),
            assignee: None,
            latest: created_at,
            timeline: vec![(created_at, Status::New)],
            message_ids: HashSet::new(),
        }
    }
}

/// How long a `solved` ticket waits before it closes by itself.
///
/// ```
/// use caredesk::AutoClose;
/// use chrono::TimeDelta;
/// assert_eq!(AutoClose::default().after(), TimeDelta::days(4));
/// assert!(AutoClose::new(TimeDelta::days(30)).is_err()); // 28 days at most
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AutoClose {
    after: TimeDelta,
}

impl AutoClose {
    /// The longest delay allowed, as in the big help desks: 28 days.
    ///
    /// ```
    /// use caredesk::AutoClose;
    /// use chrono::TimeDelta;
    ///
    /// assert!(AutoClose::new(AutoClose::MAX).is_ok());
    /// let err = AutoClose::new(AutoClose::MAX + TimeDelta::hours(1)).unwrap_err();
    /// assert_eq!((err.code(), err.field()), ("input.invalid", Some("auto_close.after")));
    /// ```
    pub const MAX: TimeDelta = TimeDelta::days(28);

    /// A delay between one hour and 28 days.
    ///
    /// # Errors
    /// `input.invalid` naming `auto_close.after` outside that range.
    ///
    /// ```
    /// use caredesk::AutoClose;
    /// use chrono::TimeDelta;
    ///
    /// // A shop that keeps solved chats open for a week.
    /// let week = AutoClose::new(TimeDelta::days(7))?;
    /// assert_eq!(week.after(), TimeDelta::days(7));
    /// // Less than an hour would close a ticket before the customer can answer.
    /// assert_eq!(AutoClose::new(TimeDelta::minutes(10)).unwrap_err().field(), Some("auto_close.after"));
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    pub fn new(after: TimeDelta) -> Result<Self> {
        if after < TimeDelta::hours(1) || after > Self::MAX {
            return Err(Error::invalid(
                "auto_close.after",
                format!(
                    "must be between 1 hour and 28 days, got {} s",
                    after.num_seconds()
                ),
            ));
        }
        Ok(AutoClose { after })
    }

    /// The delay.
    ///
    /// ```
    /// use caredesk::AutoClose;
    /// use chrono::TimeDelta;
    ///
    /// assert_eq!(AutoClose::new(TimeDelta::hours(48))?.after().num_hours(), 48);
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    pub fn after(&self) -> TimeDelta {
        self.after
    }
}

impl Default for AutoClose {
    /// Four days, the common default.
    fn default() -> Self {
        AutoClose {
            after: TimeDelta::days(4),
        }
    }
}

// What an event does to the status, worked out before anything is changed.
struct Effect {
    new_status: Option<Status>,
}

impl Ticket {
    /// A new ticket with status `new` and an empty log.
    ///
    /// Marketplace tickets are made with [`new_marketplace`](Self::new_marketplace).
    ///
    /// # Errors
    /// `input.invalid` for an empty id, an invalid customer field, or channel
    /// `marketplace` (which needs the marketplace named).
    ///
    /// ```
    /// use caredesk::{Channel, Customer, Status, Ticket, instant::parse};
    ///
    /// let created = parse("2026-03-02T08:00:00Z", "created_at")?;
    /// let chat = Ticket::new("T-1001", Channel::Chat, Customer::new("c-42"), created)?;
    /// assert_eq!((chat.status(), chat.events().len()), (Status::New, 0));
    ///
    /// // A marketplace ticket must say which marketplace: use `new_marketplace`.
    /// let err = Ticket::new("T-1002", Channel::Marketplace, Customer::new("c-42"), created).unwrap_err();
    /// assert_eq!((err.code(), err.field()), ("input.invalid", Some("marketplace")));
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    pub fn new(
        id: impl Into<String>,
        channel: Channel,
        customer: Customer,
        created_at: DateTime<Utc>,
    ) -> Result<Self> {
        let ticket = Self::bare(id.into(), channel, None, customer, created_at)?;
        ticket.check_channel()?;
        Ok(ticket)
    }

    /// A new ticket on the `marketplace` channel of `marketplace`.
    ///
    /// # Errors
    /// As [`new`](Self::new).
    ///
    /// ```
    /// use caredesk::{Channel, Customer, Marketplace, Ticket, instant::parse};
    ///
    /// let created = parse("2026-05-08T17:45:00Z", "created_at")?;
    /// let ticket = Ticket::new_marketplace("T-2001", Marketplace::Amazon, Customer::new("A1B2"), created)?;
    /// assert_eq!(ticket.channel(), Channel::Marketplace);
    /// assert_eq!(ticket.marketplace(), Some(Marketplace::Amazon));
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    pub fn new_marketplace(
        id: impl Into<String>,
        marketplace: Marketplace,
        customer: Customer,
        created_at: DateTime<Utc>,
    ) -> Result<Self> {
        Self::bare(
            id.into(),
            Channel::Marketplace,
            Some(marketplace),
            customer,
            created_at,
        )
    }

    fn bare(
        id: String,
        channel: Channel,
        marketplace: Option<Marketplace>,
        customer: Customer,
        created_at: DateTime<Utc>,
    ) -> Result<Self> {
        require_id(&id, "id")?;
        crate::instant::check_range(created_at, "created_at")?;
        customer.validate()?;
        Ok(Ticket {
            id,
            channel,
            marketplace,
            subject: None,
            customer,
            order_refs: Vec::new(),
            topic: None,
            language: None,
            created_at,
            follow_up_of: None,
            events: Vec::new(),
            state: State::new(created_at),
        })
    }

    /// Sets the subject line.
    ///
    /// ```
    /// use caredesk::{Channel, Customer, Ticket, instant::parse};
    ///
    /// let ticket = Ticket::new("T-1001", Channel::Email, Customer::new("c-42"), parse("2026-03-02T08:00:00Z", "at")?)?
    ///     .with_subject("Widerruf Bestellung 40211");
    /// assert_eq!(ticket.subject(), Some("Widerruf Bestellung 40211"));
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    pub fn with_subject(mut self, subject: impl Into<String>) -> Self {
        self.subject = Some(subject.into());
        self
    }

    /// Adds an order reference.
    ///
    /// # Errors
    /// `input.invalid` for an empty reference.
    ///
    /// ```
    /// use caredesk::{Channel, Customer, Ticket, instant::parse};
    ///
    /// let ticket = Ticket::new("T-1001", Channel::Email, Customer::new("c-42"), parse("2026-03-02T08:00:00Z", "at")?)?
    ///     .with_order_ref("40211")?
    ///     .with_order_ref("40388")?;
    /// assert_eq!(ticket.order_refs(), ["40211", "40388"]);
    /// let blank = ticket.clone().with_order_ref(" ").unwrap_err();
    /// assert_eq!(blank.field(), Some("order_refs"));
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    pub fn with_order_ref(mut self, order: impl Into<String>) -> Result<Self> {
        let order = order.into();
        require_id(&order, "order_refs")?;
        self.order_refs.push(order);
        Ok(self)
    }

    fn check_channel(&self) -> Result<()> {
        match (self.channel, self.marketplace) {
            (Channel::Marketplace, None) => Err(Error::invalid(
                "marketplace",
                "required when channel is \"marketplace\"",
            )),
            (c, Some(_)) if c != Channel::Marketplace => Err(Error::invalid(
                "marketplace",
                format!(
                    "only allowed when channel is \"marketplace\", not {:?}",
                    c.as_str()
                ),
            )),
            _ => Ok(()),
        }
    }

    // ---- header -------------------------------------------------------

    /// The ticket id.
    ///
    /// ```
    /// use caredesk::{Channel, Customer, Ticket, instant::parse};
    ///
    /// let ticket = Ticket::new("T-1001", Channel::Chat, Customer::new("c-42"), parse("2026-03-02T08:00:00Z", "at")?)?;
    /// assert_eq!(ticket.id(), "T-1001");
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    pub fn id(&self) -> &str {
        &self.id
    }
    /// The channel it arrived through.
    ///
    /// ```
    /// use caredesk::{Channel, Customer, Ticket, instant::parse};
    ///
    /// let ticket = Ticket::new("T-1001", Channel::Chat, Customer::new("c-42"), parse("2026-03-02T08:00:00Z", "at")?)?;
    /// assert_eq!(ticket.channel(), Channel::Chat);
    /// assert_eq!(ticket.channel().as_str(), "chat");
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    pub fn channel(&self) -> Channel {
        self.channel
    }
    /// The marketplace, for `marketplace` channel tickets.
    ///
    /// ```
    /// use caredesk::{Channel, Customer, Marketplace, Ticket, instant::parse};
    ///
    /// let at = parse("2026-05-08T17:45:00Z", "at")?;
    /// let ebay = Ticket::new_marketplace("T-2002", Marketplace::Ebay, Customer::new("b-77"), at)?;
    /// assert_eq!(ebay.marketplace(), Some(Marketplace::Ebay));
    /// let mail = Ticket::new("T-2003", Channel::Email, Customer::new("b-77"), at)?;
    /// assert_eq!(mail.marketplace(), None);
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    pub fn marketplace(&self) -> Option<Marketplace> {
        self.marketplace
    }
    /// The subject line.
    ///
    /// ```
    /// use caredesk::{Channel, Customer, Ticket, instant::parse};
    ///
    /// let at = parse("2026-03-02T08:00:00Z", "at")?;
    /// let chat = Ticket::new("T-1001", Channel::Chat, Customer::new("c-42"), at)?;
    /// assert_eq!(chat.subject(), None); // chats have no subject line
    /// let mail = chat.clone().with_subject("Rechnung fehlt");
    /// assert_eq!(mail.subject(), Some("Rechnung fehlt"));
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    pub fn subject(&self) -> Option<&str> {
        self.subject.as_deref()
    }
    /// The customer.
    ///
    /// ```
    /// use caredesk::{Channel, Customer, Ticket, instant::parse};
    ///
    /// let mut anna = Customer::new("c-42");
    /// anna.locale = Some("de-DE".into());
    /// let ticket = Ticket::new("T-1001", Channel::Email, anna, parse("2026-03-02T08:00:00Z", "at")?)?;
    /// assert_eq!(ticket.customer().locale.as_deref(), Some("de-DE"));
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    pub fn customer(&self) -> &Customer {
        &self.customer
    }
    /// Referenced order numbers.
    ///
    /// ```
    /// use caredesk::Ticket;
    ///
    /// let ticket = Ticket::from_json(r#"{"id": "T-1001", "channel": "email", "customer": {"id": "c-42"},
    ///   "created_at": "2026-03-02T08:00:00Z", "order_refs": ["40211"]}"#)?;
    /// assert_eq!(ticket.order_refs(), ["40211"]);
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    pub fn order_refs(&self) -> &[String] {
        &self.order_refs
    }
    /// The topic label (set by triage or an agent).
    ///
    /// ```
    /// use caredesk::{Channel, Customer, Ticket, instant::parse};
    ///
    /// let mut ticket = Ticket::new("T-1001", Channel::Email, Customer::new("c-42"), parse("2026-03-02T08:00:00Z", "at")?)?;
    /// assert_eq!(ticket.topic(), None);
    /// ticket.set_topic("return_request")?;
    /// assert_eq!(ticket.topic(), Some("return_request"));
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    pub fn topic(&self) -> Option<&str> {
        self.topic.as_deref()
    }
    /// The conversation language, BCP 47 (set by triage or an agent).
    ///
    /// ```
    /// use caredesk::{Channel, Customer, Ticket, instant::parse};
    ///
    /// let mut ticket = Ticket::new("T-1001", Channel::Chat, Customer::new("c-42"), parse("2026-03-02T08:00:00Z", "at")?)?;
    /// ticket.set_language("de")?;
    /// assert_eq!(ticket.language(), Some("de"));
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    pub fn language(&self) -> Option<&str> {
        self.language.as_deref()
    }
    /// When the ticket was created.
    ///
    /// ```
    /// use caredesk::{Channel, Customer, Ticket, instant::parse};
    ///
    /// // Any offset is accepted on input; the ticket keeps UTC.
    /// let ticket = Ticket::new("T-1001", Channel::Phone, Customer::new("c-42"), parse("2026-03-02T09:00:00+01:00", "at")?)?;
    /// assert_eq!(caredesk::instant::format(&ticket.created_at()), "2026-03-02T08:00:00Z");
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    pub fn created_at(&self) -> DateTime<Utc> {
        self.created_at
    }
    /// The closed ticket this one follows up, if any.
    ///
    /// ```
    /// use caredesk::{Author, Channel, Customer, Message, Status, Ticket, instant::parse};
    ///
    /// let at = |s: &str| parse(s, "at");
    /// let mut old = Ticket::new("T-1001", Channel::Email, Customer::new("c-42"), at("2026-03-02T08:00:00Z")?)?;
    /// old.set_status(Status::Solved, at("2026-03-02T09:00:00Z")?)?;
    /// old.set_status(Status::Closed, at("2026-03-06T09:00:00Z")?)?;
    /// let again = Message::new("m9", at("2026-03-20T10:00:00Z")?, Author::Customer, "Noch eine Frage");
    /// let next = old.follow_up("T-1077", again)?;
    /// assert_eq!((old.follow_up_of(), next.follow_up_of()), (None, Some("T-1001")));
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    pub fn follow_up_of(&self) -> Option<&str> {
        self.follow_up_of.as_deref()
    }
    /// The event log, oldest first.
    ///
    /// ```
    /// use caredesk::{Author, Channel, Customer, Message, Priority, Ticket, instant::parse};
    ///
    /// let at = |s: &str| parse(s, "at");
    /// let mut ticket = Ticket::new("T-1001", Channel::Chat, Customer::new("c-42"), at("2026-03-02T08:00:00Z")?)?;
    /// ticket.add_message(Message::new("m1", at("2026-03-02T08:00:00Z")?, Author::Customer, "Hallo?"))?;
    /// ticket.set_priority(Priority::High, at("2026-03-02T08:01:00Z")?)?;
    /// let kinds: Vec<_> = ticket.events().iter().map(|e| e.kind()).collect();
    /// assert_eq!(kinds, ["message_added", "priority_changed"]);
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    pub fn events(&self) -> &[Event] {
        &self.events
    }

    /// Sets the topic label (a classification, not part of the lifecycle log).
    ///
    /// # Errors
    /// `input.invalid` for an empty label.
    ///
    /// ```
    /// use caredesk::{Channel, Customer, Ticket, instant::parse};
    ///
    /// let mut ticket = Ticket::new("T-1001", Channel::Email, Customer::new("c-42"), parse("2026-03-02T08:00:00Z", "at")?)?;
    /// ticket.set_topic("withdrawal")?;
    /// assert_eq!(ticket.topic(), Some("withdrawal"));
    /// assert_eq!(ticket.set_topic("").unwrap_err().field(), Some("topic"));
    /// assert_eq!(ticket.events().len(), 0); // a label, not an event
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    pub fn set_topic(&mut self, topic: impl Into<String>) -> Result<()> {
        let topic = topic.into();
        require_id(&topic, "topic")?;
        self.topic = Some(topic);
        Ok(())
    }

    /// Sets the conversation language (BCP 47).
    ///
    /// # Errors
    /// `input.invalid` for a malformed tag.
    ///
    /// ```
    /// use caredesk::{Channel, Customer, Ticket, instant::parse};
    ///
    /// let mut ticket = Ticket::new("T-1001", Channel::Email, Customer::new("c-42"), parse("2026-03-02T08:00:00Z", "at")?)?;
    /// ticket.set_language("de-AT")?;
    /// assert_eq!(ticket.language(), Some("de-AT"));
    /// let err = ticket.set_language("German").unwrap_err();
    /// assert_eq!((err.code(), err.field()), ("input.invalid", Some("language")));
    /// assert_eq!(ticket.language(), Some("de-AT")); // unchanged
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    pub fn set_language(&mut self, language: impl Into<String>) -> Result<()> {
        let language = language.into();
        check_language(&language, "language")?;
        self.language = Some(language);
        Ok(())
    }

    // ---- current state (derived) ---------------------------------------

    /// The current status.
    ///
    /// ```
    /// use caredesk::{Author, Channel, Customer, Message, Status, Ticket, instant::parse};
    ///
    /// let at = |s: &str| parse(s, "at");
    /// let mut ticket = Ticket::new("T-1001", Channel::Email, Customer::new("c-42"), at("2026-03-02T08:00:00Z")?)?;
    /// ticket.set_status(Status::Pending, at("2026-03-02T09:00:00Z")?)?;
    /// // The customer answers: a pending ticket goes back to open by itself.
    /// ticket.add_message(Message::new("m2", at("2026-03-02T11:00:00Z")?, Author::Customer, "Foto anbei"))?;
    /// assert_eq!(ticket.status(), Status::Open);
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    pub fn status(&self) -> Status {
        self.state.status
    }
    /// The current priority; `None` until first set.
    ///
    /// ```
    /// use caredesk::{Channel, Customer, Priority, Ticket, instant::parse};
    ///
    /// let at = |s: &str| parse(s, "at");
    /// let mut ticket = Ticket::new("T-1001", Channel::Chat, Customer::new("c-42"), at("2026-03-02T08:00:00Z")?)?;
    /// assert_eq!(ticket.priority(), None);
    /// ticket.set_priority(Priority::Urgent, at("2026-03-02T08:05:00Z")?)?;
    /// assert_eq!(ticket.priority(), Some(Priority::Urgent));
    /// assert!(Priority::Urgent > Priority::High);
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    pub fn priority(&self) -> Option<Priority> {
        self.state.priority
    }
    /// The current tags.
    ///
    /// ```
    /// use caredesk::{Channel, Customer, Ticket, instant::parse};
    ///
    /// let at = |s: &str| parse(s, "at");
    /// let mut ticket = Ticket::new("T-1001", Channel::Email, Customer::new("c-42"), at("2026-03-02T08:00:00Z")?)?;
    /// ticket.tag(["widerruf".to_string(), "dhl".to_string()], [], at("2026-03-02T08:10:00Z")?)?;
    /// assert_eq!(ticket.tags().iter().collect::<Vec<_>>(), ["dhl", "widerruf"]);
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    pub fn tags(&self) -> &BTreeSet<String> {
        &self.state.tags
    }
    /// The current assignee.
    ///
    /// ```
    /// use caredesk::{Channel, Customer, Ticket, instant::parse};
    ///
    /// let at = |s: &str| parse(s, "at");
    /// let mut ticket = Ticket::new("T-1001", Channel::Chat, Customer::new("c-42"), at("2026-03-02T08:00:00Z")?)?;
    /// ticket.assign(Some("agent-lena".into()), at("2026-03-02T08:02:00Z")?)?;
    /// assert_eq!(ticket.assignee(), Some("agent-lena"));
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    pub fn assignee(&self) -> Option<&str> {
        self.state.assignee.as_deref()
    }
    /// The instant of the latest event (the creation instant for an empty log).
    ///
    /// ```
    /// use caredesk::{Channel, Customer, Status, Ticket, instant::parse};
    ///
    /// let at = |s: &str| parse(s, "at");
    /// let mut ticket = Ticket::new("T-1001", Channel::Email, Customer::new("c-42"), at("2026-03-02T08:00:00Z")?)?;
    /// assert_eq!(ticket.last_activity_at(), at("2026-03-02T08:00:00Z")?);
    /// ticket.set_status(Status::Open, at("2026-03-02T10:30:00Z")?)?;
    /// assert_eq!(ticket.last_activity_at(), at("2026-03-02T10:30:00Z")?);
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    pub fn last_activity_at(&self) -> DateTime<Utc> {
        self.state.latest
    }

    // ---- changes ---------------------------------------------------------

    /// Appends an event after checking it against every lifecycle rule.
    ///
    /// On error nothing changes.
    ///
    /// # Errors
    /// `ticket.closed`, `ticket.illegal_transition`, `ticket.before_creation`,
    /// `ticket.time_went_backwards`, `ticket.duplicate_message`, `input.invalid`.
    ///
    /// ```
    /// use caredesk::{Channel, Customer, Event, Status, Ticket, instant::parse};
    ///
    /// let at = |s: &str| parse(s, "at");
    /// let mut ticket = Ticket::new("T-1001", Channel::Email, Customer::new("c-42"), at("2026-03-02T08:00:00Z")?)?;
    /// ticket.apply(Event::StatusChanged { at: at("2026-03-02T09:00:00Z")?, status: Status::OnHold })?;
    /// // An event dated before the latest one is refused; the log is unchanged.
    /// let late = Event::StatusChanged { at: at("2026-03-02T08:30:00Z")?, status: Status::Open };
    /// assert_eq!(ticket.apply(late).unwrap_err().code(), "ticket.time_went_backwards");
    /// assert_eq!((ticket.status(), ticket.events().len()), (Status::OnHold, 1));
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    pub fn apply(&mut self, event: Event) -> Result<()> {
        let effect = self.check(&event)?;
        self.commit(event, effect);
        Ok(())
    }

    /// Adds a message (see [`apply`](Self::apply)).
    ///
    /// # Errors
    /// As [`apply`](Self::apply); on a closed ticket `ticket.closed`: use
    /// [`follow_up`](Self::follow_up).
    ///
    /// ```
    /// use caredesk::{Author, Channel, Customer, Message, Ticket, instant::parse};
    ///
    /// let at = |s: &str| parse(s, "at");
    /// let mut ticket = Ticket::new("T-1001", Channel::Chat, Customer::new("c-42"), at("2026-03-02T08:00:00Z")?)?;
    /// ticket.add_message(Message::new("m1", at("2026-03-02T08:00:00Z")?, Author::Customer, "Wo ist mein Paket?"))?;
    /// let twice = Message::new("m1", at("2026-03-02T08:01:00Z")?, Author::Customer, "Hallo?");
    /// assert_eq!(ticket.add_message(twice).unwrap_err().code(), "ticket.duplicate_message");
    /// assert_eq!(ticket.messages().count(), 1);
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    pub fn add_message(&mut self, message: Message) -> Result<()> {
        self.apply(Event::MessageAdded { message })
    }

    /// Sets the status (see [`apply`](Self::apply)).
    ///
    /// # Errors
    /// As [`apply`](Self::apply).
    ///
    /// ```
    /// use caredesk::{Channel, Customer, Status, Ticket, instant::parse};
    ///
    /// let at = |s: &str| parse(s, "at");
    /// let mut ticket = Ticket::new("T-1001", Channel::Email, Customer::new("c-42"), at("2026-03-02T08:00:00Z")?)?;
    /// // `closed` is reached only from `solved`.
    /// let err = ticket.set_status(Status::Closed, at("2026-03-02T09:00:00Z")?).unwrap_err();
    /// assert_eq!(err.code(), "ticket.illegal_transition");
    /// ticket.set_status(Status::Solved, at("2026-03-02T09:00:00Z")?)?;
    /// ticket.set_status(Status::Closed, at("2026-03-06T09:00:00Z")?)?;
    /// assert_eq!(ticket.status(), Status::Closed);
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    pub fn set_status(&mut self, status: Status, at: DateTime<Utc>) -> Result<()> {
        self.apply(Event::StatusChanged { at, status })
    }

    /// Sets the priority (see [`apply`](Self::apply)).
    ///
    /// # Errors
    /// As [`apply`](Self::apply).
    ///
    /// ```
    /// use caredesk::{Channel, Customer, Priority, Ticket, instant::parse};
    ///
    /// let at = |s: &str| parse(s, "at");
    /// let mut ticket = Ticket::new("T-1001", Channel::Social, Customer::new("c-42"), at("2026-03-02T08:00:00Z")?)?;
    /// // A public complaint on social media jumps the queue.
    /// ticket.set_priority(Priority::High, at("2026-03-02T08:03:00Z")?)?;
    /// assert_eq!(ticket.priority(), Some(Priority::High));
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    pub fn set_priority(&mut self, priority: Priority, at: DateTime<Utc>) -> Result<()> {
        self.apply(Event::PriorityChanged { at, priority })
    }

    /// Assigns to an agent, or unassigns with `None` (see [`apply`](Self::apply)).
    ///
    /// # Errors
    /// As [`apply`](Self::apply).
    ///
    /// ```
    /// use caredesk::{Channel, Customer, Ticket, instant::parse};
    ///
    /// let at = |s: &str| parse(s, "at");
    /// let mut ticket = Ticket::new("T-1001", Channel::Chat, Customer::new("c-42"), at("2026-03-02T08:00:00Z")?)?;
    /// ticket.assign(Some("agent-lena".into()), at("2026-03-02T08:01:00Z")?)?;
    /// ticket.assign(None, at("2026-03-02T17:00:00Z")?)?; // end of shift: back to the queue
    /// assert_eq!(ticket.assignee(), None);
    /// assert_eq!(ticket.events().len(), 2);
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    pub fn assign(&mut self, assignee: Option<String>, at: DateTime<Utc>) -> Result<()> {
        self.apply(Event::Assigned { at, assignee })
    }

    /// Adds and removes tags (see [`apply`](Self::apply)).
    ///
    /// # Errors
    /// As [`apply`](Self::apply).
    ///
    /// ```
    /// use caredesk::{Channel, Customer, Ticket, instant::parse};
    ///
    /// let at = |s: &str| parse(s, "at");
    /// let mut ticket = Ticket::new("T-1001", Channel::Email, Customer::new("c-42"), at("2026-03-02T08:00:00Z")?)?;
    /// ticket.tag(["widerruf".into(), "eilig".into()], [], at("2026-03-02T08:10:00Z")?)?;
    /// ticket.tag(["erstattet".into()], ["eilig".into()], at("2026-03-04T12:00:00Z")?)?;
    /// assert_eq!(ticket.tags().iter().collect::<Vec<_>>(), ["erstattet", "widerruf"]);
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    pub fn tag<I, J>(&mut self, added: I, removed: J, at: DateTime<Utc>) -> Result<()>
    where
        I: IntoIterator<Item = String>,
        J: IntoIterator<Item = String>,
    {
        self.apply(Event::Tagged {
            at,
            added: added.into_iter().collect(),
            removed: removed.into_iter().collect(),
        })
    }

    fn check(&self, event: &Event) -> Result<Effect> {
        let at_field = event.at_field();
        let at = crate::instant::check_range(event.at(), at_field)?;
        if at < self.created_at {
            return Err(Error::BeforeCreation {
                field: at_field.into(),
                at,
                created_at: self.created_at,
            });
        }
        if at < self.state.latest {
            return Err(Error::TimeWentBackwards {
                field: at_field.into(),
                at,
                latest: self.state.latest,
            });
        }
        let status = self.state.status;
        if status == Status::Closed {
            return Err(Error::TicketClosed {
                field: "event".into(),
                ticket_id: self.id.clone(),
            });
        }
        let new_status = match event {
            Event::MessageAdded { message } => {
                require_id(&message.id, "message.id")?;
                if self.state.message_ids.contains(&message.id) {
                    return Err(Error::DuplicateMessage {
                        field: "message.id".into(),
                        ticket_id: self.id.clone(),
                        message_id: message.id.clone(),
                    });
                }
                let wakes = matches!(status, Status::Pending | Status::OnHold | Status::Solved);
                (message.author == Author::Customer && message.public && wakes)
                    .then_some(Status::Open)
            }
            Event::StatusChanged { status: to, .. } => {
                let allowed = match (status, *to) {
                    (_, Status::New) => false,
                    (from, Status::Closed) => from == Status::Solved,
                    _ => true,
                };
                if !allowed {
                    return Err(Error::IllegalTransition {
                        field: "status".into(),
                        from: status.to_string(),
                        to: to.to_string(),
                    });
                }
                (*to != status).then_some(*to)
            }
            Event::PriorityChanged { .. } => None,
            Event::Assigned { assignee, .. } => {
                if let Some(a) = assignee {
                    require_id(a, "assignee")?;
                }
                None
            }
            Event::Tagged { added, removed, .. } => {
                if added.is_empty() && removed.is_empty() {
                    return Err(Error::invalid(
                        "added",
                        "a tag event must add or remove at least one tag",
                    ));
                }
                for (field, set) in [("added", added), ("removed", removed)] {
                    if let Some(bad) = set
                        .iter()
                        .find(|t| t.is_empty() || t.chars().any(char::is_whitespace))
                    {
                        return Err(Error::invalid(
                            field,
                            format!("tag {bad:?} is empty or has whitespace"),
                        ));
                    }
                }
                if let Some(both) = added.intersection(removed).next() {
                    return Err(Error::invalid(
                        "removed",
                        format!("tag {both:?} is both added and removed"),
                    ));
                }
                None
            }
        };
        Ok(Effect { new_status })
    }

    fn commit(&mut self, event: Event, effect: Effect) {
        let at = event.at();
        let state = &mut self.state;
        state.latest = at;
        if let Some(to) = effect.new_status {
            state.status = to;
            state.timeline.push((at, to));
        }
        match &event {
            Event::MessageAdded { message } => {
                state.message_ids.insert(message.id.clone());
            }
            Event::PriorityChanged { priority, .. } => state.priority = Some(*priority),
            Event::Assigned { assignee, .. } => state.assignee = assignee.clone(),
            Event::Tagged { added, removed, .. } => {
                state.tags.extend(added.iter().cloned());
                state.tags.retain(|t| !removed.contains(t));
            }
            Event::StatusChanged { .. } => {}
        }
        self.events.push(event);
    }

    /// Starts a follow-up ticket for a customer message to this closed ticket.
    ///
    /// The follow-up copies channel, marketplace, subject, customer, orders,
    /// topic, language, priority and tags, links back through
    /// [`follow_up_of`](Self::follow_up_of), is created at the message's instant,
    /// and holds the message.
    ///
    /// # Errors
    /// `ticket.not_closed` unless this ticket is closed;
    /// `ticket.time_went_backwards` if the message predates the closing;
    /// `input.invalid` for a bad id or a message that is not a public customer
    /// message (only the customer writing again starts a follow-up).
    ///
    /// ```
    /// use caredesk::{Author, Channel, Customer, Message, Status, Ticket, instant::parse};
    ///
    /// let at = |s: &str| parse(s, "at");
    /// let mut old = Ticket::new("T-1001", Channel::Email, Customer::new("c-42"), at("2026-03-02T08:00:00Z")?)?;
    /// old.set_topic("withdrawal")?;
    /// old.set_status(Status::Solved, at("2026-03-02T09:00:00Z")?)?;
    /// old.set_status(Status::Closed, at("2026-03-06T09:00:00Z")?)?;
    /// let again = Message::new("m9", at("2026-03-20T10:00:00Z")?, Author::Customer, "Erstattung fehlt noch");
    /// let next = old.follow_up("T-1077", again)?;
    /// assert_eq!((next.topic(), next.status(), next.messages().count()), (Some("withdrawal"), Status::New, 1));
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    pub fn follow_up(&self, new_id: impl Into<String>, message: Message) -> Result<Ticket> {
        if self.state.status != Status::Closed {
            return Err(Error::TicketNotClosed {
                ticket_id: self.id.clone(),
                status: self.state.status.to_string(),
            });
        }
        if message.at < self.state.latest {
            return Err(Error::TimeWentBackwards {
                field: "message.at".into(),
                at: message.at,
                latest: self.state.latest,
            });
        }
        if message.author != Author::Customer || !message.public {
            return Err(Error::invalid(
                "message.author",
                "a follow-up starts from a public customer message",
            ));
        }
        let new_id = new_id.into();
        if new_id == self.id {
            return Err(Error::invalid("id", "a follow-up needs an id of its own"));
        }
        let at = message.at;
        let mut next = Ticket::bare(
            new_id,
            self.channel,
            self.marketplace,
            self.customer.clone(),
            at,
        )?;
        next.subject = self.subject.clone();
        next.order_refs = self.order_refs.clone();
        next.topic = self.topic.clone();
        next.language = self.language.clone();
        next.follow_up_of = Some(self.id.clone());
        if let Some(p) = self.state.priority {
            next.set_priority(p, at)?;
        }
        if !self.state.tags.is_empty() {
            next.tag(self.state.tags.iter().cloned(), [], at)?;
        }
        next.add_message(message)?;
        Ok(next)
    }

    // ---- derived facts ---------------------------------------------------

    /// The status in force at instant `t`; `None` before the ticket existed.
    ///
    /// An event at exactly `t` is already in force.
    ///
    /// ```
    /// use caredesk::{Channel, Customer, Status, Ticket, instant::parse};
    ///
    /// let at = |s: &str| parse(s, "at");
    /// let mut ticket = Ticket::new("T-1001", Channel::Email, Customer::new("c-42"), at("2026-03-02T08:00:00Z")?)?;
    /// ticket.set_status(Status::Pending, at("2026-03-02T09:00:00Z")?)?;
    /// assert_eq!(ticket.status_at(at("2026-03-02T07:00:00Z")?), None);
    /// assert_eq!(ticket.status_at(at("2026-03-02T08:30:00Z")?), Some(Status::New));
    /// assert_eq!(ticket.status_at(at("2026-03-02T09:00:00Z")?), Some(Status::Pending));
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    pub fn status_at(&self, t: DateTime<Utc>) -> Option<Status> {
        if t < self.created_at {
            return None;
        }
        let idx = self.state.timeline.partition_point(|(at, _)| *at <= t);
        Some(self.state.timeline[idx - 1].1)
    }

    /// Every status change as `(instant, status)`, starting with `(created_at, New)`.
    ///
    /// ```
    /// use caredesk::{Channel, Customer, Status, Ticket, instant::parse};
    ///
    /// let at = |s: &str| parse(s, "at");
    /// let mut ticket = Ticket::new("T-1001", Channel::Email, Customer::new("c-42"), at("2026-03-02T08:00:00Z")?)?;
    /// ticket.set_status(Status::Solved, at("2026-03-02T09:00:00Z")?)?;
    /// let statuses: Vec<Status> = ticket.status_history().iter().map(|(_, s)| *s).collect();
    /// assert_eq!(statuses, [Status::New, Status::Solved]);
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    pub fn status_history(&self) -> &[(DateTime<Utc>, Status)] {
        &self.state.timeline
    }

    /// All messages, oldest first.
    ///
    /// ```
    /// use caredesk::{Author, Channel, Customer, Message, Ticket, instant::parse};
    ///
    /// let at = |s: &str| parse(s, "at");
    /// let mut ticket = Ticket::new("T-1001", Channel::Chat, Customer::new("c-42"), at("2026-03-02T08:00:00Z")?)?;
    /// ticket.add_message(Message::new("m1", at("2026-03-02T08:00:00Z")?, Author::Customer, "Gutschein geht nicht"))?;
    /// ticket.add_message(Message::new("n1", at("2026-03-02T08:02:00Z")?, Author::Agent, "Code abgelaufen").internal())?;
    /// let public: Vec<&str> = ticket.messages().filter(|m| m.public).map(|m| m.body.as_str()).collect();
    /// assert_eq!(public, ["Gutschein geht nicht"]);
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    pub fn messages(&self) -> impl Iterator<Item = &Message> {
        self.events.iter().filter_map(|e| match e {
            Event::MessageAdded { message } => Some(message),
            _ => None,
        })
    }

    /// The first public agent reply.
    ///
    /// ```
    /// use caredesk::{Author, Channel, Customer, Message, Ticket, instant::parse};
    ///
    /// let at = |s: &str| parse(s, "at");
    /// let mut ticket = Ticket::new("T-1001", Channel::Chat, Customer::new("c-42"), at("2026-03-02T08:00:00Z")?)?;
    /// // An internal note is not a reply.
    /// ticket.add_message(Message::new("n1", at("2026-03-02T08:01:00Z")?, Author::Agent, "Lager fragen").internal())?;
    /// ticket.add_message(Message::new("m2", at("2026-03-02T08:04:00Z")?, Author::Agent, "Ist unterwegs!"))?;
    /// assert_eq!(ticket.first_agent_reply().map(|m| m.id.as_str()), Some("m2"));
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    pub fn first_agent_reply(&self) -> Option<&Message> {
        self.messages().find(|m| m.is_public_agent_reply())
    }

    /// Calendar time from creation to the first public agent reply.
    ///
    /// Business-hours time is the SLA engine's job.
    ///
    /// ```
    /// use caredesk::{Author, Channel, Customer, Message, Ticket, instant::parse};
    ///
    /// let at = |s: &str| parse(s, "at");
    /// let mut ticket = Ticket::new("T-1001", Channel::Chat, Customer::new("c-42"), at("2026-03-02T08:00:00Z")?)?;
    /// assert_eq!(ticket.first_reply_time(), None);
    /// ticket.add_message(Message::new("m2", at("2026-03-02T08:04:30Z")?, Author::Agent, "Ist unterwegs!"))?;
    /// assert_eq!(ticket.first_reply_time().map(|d| d.num_seconds()), Some(270));
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    pub fn first_reply_time(&self) -> Option<TimeDelta> {
        self.first_agent_reply().map(|m| m.at - self.created_at)
    }

    /// How many times the ticket left `solved` for an open status.
    ///
    /// ```
    /// use caredesk::{Author, Channel, Customer, Message, Status, Ticket, instant::parse};
    ///
    /// let at = |s: &str| parse(s, "at");
    /// let mut ticket = Ticket::new("T-1001", Channel::Email, Customer::new("c-42"), at("2026-03-02T08:00:00Z")?)?;
    /// ticket.set_status(Status::Solved, at("2026-03-02T09:00:00Z")?)?;
    /// ticket.add_message(Message::new("m3", at("2026-03-03T10:00:00Z")?, Author::Customer, "Immer noch nichts"))?;
    /// ticket.set_status(Status::Solved, at("2026-03-03T11:00:00Z")?)?;
    /// ticket.set_status(Status::Closed, at("2026-03-07T11:00:00Z")?)?; // closing is no reopen
    /// assert_eq!(ticket.reopen_count(), 1);
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    pub fn reopen_count(&self) -> u32 {
        let count = self
            .state
            .timeline
            .windows(2)
            .filter(|w| w[0].1 == Status::Solved && w[1].1 != Status::Closed)
            .count();
        u32::try_from(count).unwrap_or(u32::MAX)
    }

    /// The first and the latest instant the ticket became `solved`, if ever.
    ///
    /// ```
    /// use caredesk::{Author, Channel, Customer, Message, Status, Ticket, instant::parse};
    ///
    /// let at = |s: &str| parse(s, "at");
    /// let mut ticket = Ticket::new("T-1001", Channel::Email, Customer::new("c-42"), at("2026-03-02T08:00:00Z")?)?;
    /// ticket.set_status(Status::Solved, at("2026-03-02T09:00:00Z")?)?;
    /// ticket.add_message(Message::new("m3", at("2026-03-03T10:00:00Z")?, Author::Customer, "Falsche Farbe"))?;
    /// ticket.set_status(Status::Solved, at("2026-03-03T11:00:00Z")?)?;
    /// assert_eq!(ticket.solved_at(), Some((at("2026-03-02T09:00:00Z")?, at("2026-03-03T11:00:00Z")?)));
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    pub fn solved_at(&self) -> Option<(DateTime<Utc>, DateTime<Utc>)> {
        let mut solved = self
            .state
            .timeline
            .iter()
            .filter(|(_, s)| *s == Status::Solved)
            .map(|(at, _)| *at);
        let first = solved.next()?;
        Some((first, solved.next_back().unwrap_or(first)))
    }

    /// Calendar time spent in each status from creation until `until` (every
    /// status is listed, zero when never entered).
    ///
    /// # Errors
    /// `input.invalid` naming `until` when it is before the creation.
    ///
    /// ```
    /// use caredesk::{Channel, Customer, Status, Ticket, instant::parse};
    ///
    /// let at = |s: &str| parse(s, "at");
    /// let mut ticket = Ticket::new("T-1001", Channel::Email, Customer::new("c-42"), at("2026-03-02T08:00:00Z")?)?;
    /// ticket.set_status(Status::OnHold, at("2026-03-02T09:00:00Z")?)?; // waiting on DHL
    /// ticket.set_status(Status::Open, at("2026-03-04T09:00:00Z")?)?;
    /// let spent = ticket.time_in_status(at("2026-03-04T10:00:00Z")?)?;
    /// assert_eq!(spent[&Status::OnHold].num_hours(), 48);
    /// assert_eq!(spent[&Status::Open].num_hours(), 1);
    /// assert_eq!(ticket.time_in_status(at("2026-03-01T00:00:00Z")?).unwrap_err().field(), Some("until"));
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    pub fn time_in_status(&self, until: DateTime<Utc>) -> Result<BTreeMap<Status, TimeDelta>> {
        if until < self.created_at {
            return Err(Error::invalid("until", "is before the ticket's creation"));
        }
        let mut spent: BTreeMap<Status, TimeDelta> = Status::ALL
            .iter()
            .map(|s| (*s, TimeDelta::zero()))
            .collect();
        let timeline = &self.state.timeline;
        for (i, (start, status)) in timeline.iter().enumerate() {
            if *start >= until {
                break;
            }
            let end = timeline
                .get(i + 1)
                .map_or(until, |(next, _)| (*next).min(until));
            *spent.entry(*status).or_default() += end - *start;
        }
        Ok(spent)
    }

    /// When the ticket closes by itself: the latest `solved` instant plus the
    /// delay, while it is `solved`; `None` otherwise.
    ///
    /// ```
    /// use caredesk::{AutoClose, Channel, Customer, Status, Ticket, instant::parse};
    ///
    /// let at = |s: &str| parse(s, "at");
    /// let mut ticket = Ticket::new("T-1001", Channel::Email, Customer::new("c-42"), at("2026-03-02T08:00:00Z")?)?;
    /// assert_eq!(ticket.auto_close_at(&AutoClose::default()), None);
    /// ticket.set_status(Status::Solved, at("2026-03-02T09:00:00Z")?)?;
    /// assert_eq!(ticket.auto_close_at(&AutoClose::default()), Some(at("2026-03-06T09:00:00Z")?));
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    pub fn auto_close_at(&self, policy: &AutoClose) -> Option<DateTime<Utc>> {
        match self.state.timeline.last() {
            Some((at, Status::Solved)) => Some(*at + policy.after),
            _ => None,
        }
    }

    /// Closes the ticket if its auto-close instant is at or before `now`. The
    /// closing is dated at the auto-close instant, not at `now`, so replaying
    /// later gives the same log. Returns whether it closed.
    ///
    /// # Errors
    /// None in practice; the closing goes through [`apply`](Self::apply).
    ///
    /// ```
    /// use caredesk::{AutoClose, Channel, Customer, Status, Ticket, instant::parse};
    ///
    /// let at = |s: &str| parse(s, "at");
    /// let mut ticket = Ticket::new("T-1001", Channel::Email, Customer::new("c-42"), at("2026-03-02T08:00:00Z")?)?;
    /// ticket.set_status(Status::Solved, at("2026-03-02T09:00:00Z")?)?;
    /// assert!(!ticket.close_if_due(&AutoClose::default(), at("2026-03-05T09:00:00Z")?)?);
    /// // A nightly job a week later closes it, dated when it was due.
    /// assert!(ticket.close_if_due(&AutoClose::default(), at("2026-03-09T02:00:00Z")?)?);
    /// assert_eq!(ticket.status_history().last(), Some(&(at("2026-03-06T09:00:00Z")?, Status::Closed)));
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    pub fn close_if_due(&mut self, policy: &AutoClose, now: DateTime<Utc>) -> Result<bool> {
        match self.auto_close_at(policy) {
            Some(due) if due <= now => {
                self.set_status(Status::Closed, due.max(self.state.latest))?;
                Ok(true)
            }
            _ => Ok(false),
        }
    }

    // ---- JSON --------------------------------------------------------------

    /// Reads a ticket from JSON, replaying and checking its whole log.
    ///
    /// # Errors
    /// `input.json` for malformed JSON or a wrong shape (with the path of the
    /// field), `input.unknown_value` for an unknown status/channel, and any
    /// lifecycle error of the log, its field prefixed with `events[N]`.
    ///
    /// ```
    /// use caredesk::{Status, Ticket};
    ///
    /// let ticket = Ticket::from_json(r#"{"id": "T-1001", "channel": "chat", "customer": {"id": "c-42"},
    ///   "created_at": "2026-03-02T08:00:00Z",
    ///   "events": [{"type": "status_changed", "at": "2026-03-02T08:05:00Z", "status": "solved"}]}"#)?;
    /// assert_eq!(ticket.status(), Status::Solved);
    /// // A log that breaks a rule is refused, naming the event.
    /// let err = Ticket::from_json(r#"{"id": "T-1002", "channel": "chat", "customer": {"id": "c-42"},
    ///   "created_at": "2026-03-02T08:00:00Z",
    ///   "events": [{"type": "status_changed", "at": "2026-03-02T08:05:00Z", "status": "closed"}]}"#).unwrap_err();
    /// assert_eq!((err.code(), err.field()), ("ticket.illegal_transition", Some("events[0].status")));
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    pub fn from_json(text: &str) -> Result<Ticket> {
        crate::wire::from_json::<TicketRecord>(text)?.into_ticket()
    }

    /// Reads a ticket from a parsed JSON value (see [`from_json`](Self::from_json)).
    ///
    /// # Errors
    /// As [`from_json`](Self::from_json).
    ///
    /// ```
    /// use caredesk::{Marketplace, Ticket};
    /// use serde_json::json;
    ///
    /// let ticket = Ticket::from_value(json!({
    ///     "id": "T-2001", "channel": "marketplace", "marketplace": "amazon",
    ///     "customer": {"id": "A1B2", "locale": "de-DE"}, "created_at": "2026-05-08T17:45:00Z"
    /// }))?;
    /// assert_eq!(ticket.marketplace(), Some(Marketplace::Amazon));
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    pub fn from_value(value: serde_json::Value) -> Result<Ticket> {
        crate::wire::from_value::<TicketRecord>(value)?.into_ticket()
    }

    /// Writes the ticket as JSON, with the derived snapshot (`status`,
    /// `priority`, `tags`, `assignee`) for readers; see [`TicketRecord`].
    ///
    /// ```
    /// use caredesk::{Channel, Customer, Status, Ticket, instant::parse};
    ///
    /// let mut ticket = Ticket::new("T-1001", Channel::Chat, Customer::new("c-42"), parse("2026-03-02T08:00:00Z", "at")?)?;
    /// ticket.set_status(Status::Open, parse("2026-03-02T08:01:00Z", "at")?)?;
    /// let json = ticket.to_json();
    /// assert!(json.contains(r#""status":"open""#)); // the derived snapshot, for readers
    /// assert_eq!(Ticket::from_json(&json)?, ticket);
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    pub fn to_json(&self) -> String {
        serde_json::to_string(&self.record()).unwrap_or_default()
    }

    /// The ticket as a JSON value (see [`to_json`](Self::to_json)).
    ///
    /// ```
    /// use caredesk::{Channel, Customer, Ticket, instant::parse};
    ///
    /// let ticket = Ticket::new("T-1001", Channel::WebForm, Customer::new("c-42"), parse("2026-03-02T08:00:00Z", "at")?)?;
    /// let value = ticket.to_value();
    /// assert_eq!(value["channel"], "web_form");
    /// assert_eq!(value["created_at"], "2026-03-02T08:00:00Z");
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    pub fn to_value(&self) -> serde_json::Value {
        serde_json::to_value(self.record()).unwrap_or_default()
    }

    /// The serializable record of this ticket.
    ///
    /// ```
    /// use caredesk::{Channel, Customer, Priority, Ticket, instant::parse};
    ///
    /// let at = |s: &str| parse(s, "at");
    /// let mut ticket = Ticket::new("T-1001", Channel::Chat, Customer::new("c-42"), at("2026-03-02T08:00:00Z")?)?;
    /// ticket.set_priority(Priority::High, at("2026-03-02T08:01:00Z")?)?;
    /// let record = ticket.record();
    /// assert_eq!((record.priority, record.events.len()), (Some(Priority::High), 1));
    /// assert_eq!(record.into_ticket()?, ticket);
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    pub fn record(&self) -> TicketRecord {
        TicketRecord {
            id: self.id.clone(),
            channel: self.channel,
            marketplace: self.marketplace,
            subject: self.subject.clone(),
            customer: self.customer.clone(),
            order_refs: self.order_refs.clone(),
            topic: self.topic.clone(),
            language: self.language.clone(),
            created_at: self.created_at,
            follow_up_of: self.follow_up_of.clone(),
            status: Some(self.state.status),
            priority: self.state.priority,
            tags: Some(self.state.tags.clone()),
            assignee: self.state.assignee.clone(),
            events: self.events.clone(),
        }
    }
}

fn check_language(tag: &str, field: &str) -> Result<()> {
    if is_language_tag(tag) {
        Ok(())
    } else {
        Err(Error::invalid(
            field,
            format!("{tag:?} is not a BCP 47 language tag such as it"),
        ))
    }
}

/// The JSON shape of a ticket.
///
/// ```json
/// {
///   "id": "T-1001", "channel": "email", "customer": {"id": "c-42", "locale": "it-IT"},
///   "created_at": "2026-03-02T08:00:00Z",
///   "events": [
///     {"type": "message_added", "message": {"id": "m1", "at": "2026-03-02T08:00:00Z",
///                                           "author": "customer", "body": "Dov'è il mio pacco?"}},
///     {"type": "status_changed", "at": "2026-03-02T09:00:00Z", "status": "pending"}
///   ],
///   "status": "pending", "tags": []
/// }
/// ```
///
/// `status`, `priority`, `tags` and `assignee` are a snapshot derived from the
/// events. They are written for readers; on input they may be left out, and
/// when present they must agree with the log (`ticket.snapshot_mismatch`).
/// Every instant is RFC 3339 with an offset, in a field named `at` or `*_at`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TicketRecord {
    /// Ticket id.
    pub id: String,
    /// Channel.
    pub channel: Channel,
    /// Marketplace (only with channel `marketplace`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub marketplace: Option<Marketplace>,
    /// Subject line.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subject: Option<String>,
    /// Customer.
    pub customer: Customer,
    /// Order references.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub order_refs: Vec<String>,
    /// Topic label.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub topic: Option<String>,
    /// Conversation language.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// Creation instant.
    #[serde(with = "crate::instant")]
    pub created_at: DateTime<Utc>,
    /// The closed ticket this follows up.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub follow_up_of: Option<String>,
    /// Snapshot: current status.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<Status>,
    /// Snapshot: current priority.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub priority: Option<Priority>,
    /// Snapshot: current tags.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<BTreeSet<String>>,
    /// Snapshot: current assignee.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub assignee: Option<String>,
    /// The event log, oldest first.
    #[serde(default)]
    pub events: Vec<Event>,
}

impl TicketRecord {
    /// Builds the ticket by replaying the log; checks the snapshot if present.
    ///
    /// # Errors
    /// As [`Ticket::from_json`].
    ///
    /// ```
    /// use caredesk::{Status, Ticket, TicketRecord, wire};
    ///
    /// let mut record: TicketRecord = wire::from_json(r#"{"id": "T-1001", "channel": "email",
    ///   "customer": {"id": "c-42"}, "created_at": "2026-03-02T08:00:00Z"}"#)?;
    /// assert_eq!(record.clone().into_ticket()?.status(), Status::New);
    /// // A snapshot that disagrees with the log is refused.
    /// record.status = Some(Status::Solved);
    /// assert_eq!(record.into_ticket().unwrap_err().code(), "ticket.snapshot_mismatch");
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    pub fn into_ticket(self) -> Result<Ticket> {
        let mut ticket = Ticket::bare(
            self.id,
            self.channel,
            self.marketplace,
            self.customer,
            self.created_at,
        )?;
        ticket.check_channel()?;
        ticket.subject = self.subject;
        for (i, order) in self.order_refs.iter().enumerate() {
            require_id(order, &format!("order_refs[{i}]"))?;
        }
        ticket.order_refs = self.order_refs;
        if let Some(topic) = self.topic {
            ticket.set_topic(topic)?;
        }
        if let Some(language) = self.language {
            ticket.set_language(language)?;
        }
        if let Some(f) = &self.follow_up_of {
            require_id(f, "follow_up_of")?;
        }
        ticket.follow_up_of = self.follow_up_of;
        ticket.events.reserve(self.events.len());
        for (i, event) in self.events.into_iter().enumerate() {
            ticket.apply(event).map_err(|e| match e {
                // A closed ticket refuses the whole event, not one of its fields.
                Error::TicketClosed { ticket_id, .. } => Error::TicketClosed {
                    field: format!("events[{i}]"),
                    ticket_id,
                },
                e => e.within(&format!("events[{i}]")),
            })?;
        }
        let s = &ticket.state;
        let mismatch = |field: &str, stored: String, derived: String| Error::SnapshotMismatch {
            field: field.into(),
            stored,
            derived,
        };
        let json = |v: serde_json::Value| v.to_string();
        if let Some(stored) = self.status.filter(|st| *st != s.status) {
            return Err(mismatch(
                "status",
                json(stored.as_str().into()),
                json(s.status.as_str().into()),
            ));
        }
        if let Some(stored) = self.priority.filter(|p| Some(*p) != s.priority) {
            let derived = s
                .priority
                .map_or(serde_json::Value::Null, |p| p.as_str().into());
            return Err(mismatch(
                "priority",
                json(stored.as_str().into()),
                json(derived),
            ));
        }
        if let Some(stored) = self.tags.filter(|t| *t != s.tags) {
            return Err(mismatch(
                "tags",
                json(stored.into_iter().collect()),
                json(s.tags.iter().cloned().collect()),
            ));
        }
        if let Some(stored) = self.assignee.filter(|a| Some(a) != s.assignee.as_ref()) {
            return Err(mismatch(
                "assignee",
                json(stored.into()),
                json(s.assignee.clone().into()),
            ));
        }
        Ok(ticket)
    }
}

impl Serialize for Ticket {
    fn serialize<S: Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        self.record().serialize(s)
    }
}

impl<'de> Deserialize<'de> for Ticket {
    fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        TicketRecord::deserialize(d)?
            .into_ticket()
            .map_err(crate::wire::serde_error)
    }
}

#[cfg(test)]
mod tests;
