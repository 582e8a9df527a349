//! The vocabulary of tickets: statuses, priorities, channels, marketplaces,
//! customers and messages.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};

use crate::string_enum::string_enum;

string_enum! {
    /// Where a ticket stands. `new` is never re-entered; `closed` is final.
    ///
    /// ```
    /// use caredesk::Status;
    /// assert_eq!("on_hold".parse::<Status>()?, Status::OnHold);
    /// assert_eq!("shipped".parse::<Status>().unwrap_err().code(), "input.unknown_value");
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    Status, "status" {
        /// Just arrived, nobody has touched it.
        New => "new",
        /// Waiting on the shop.
        Open => "open",
        /// Waiting on the customer (pauses SLA clocks by default).
        Pending => "pending",
        /// Waiting on a third party: carrier, payment provider, supplier.
        OnHold => "on_hold",
        /// Answered; reopens on a customer reply until it closes.
        Solved => "solved",
        /// Final. A later customer message starts a follow-up ticket.
        Closed => "closed",
    }
}

string_enum! {
    /// How urgent a ticket is, ordered `Low < Normal < High < Urgent`.
    Priority, "priority" {
        /// Can wait.
        Low => "low",
        /// The default for most tickets.
        Normal => "normal",
        /// Answer before the normal queue.
        High => "high",
        /// Drop everything: money lost, legal threat, public escalation.
        Urgent => "urgent",
    }
}

string_enum! {
    /// The channel a ticket arrived through.
    Channel, "channel" {
        /// Email.
        Email => "email",
        /// Live chat on the shop's site or app.
        Chat => "chat",
        /// Phone call (logged by the agent).
        Phone => "phone",
        /// A public social media post or comment, seen by others.
        Social => "social",
        /// The shop's contact form.
        WebForm => "web_form",
        /// A marketplace's buyer-seller messaging (see [`Marketplace`]).
        Marketplace => "marketplace",
    }
}

string_enum! {
    /// The marketplace behind a `marketplace` channel ticket.
    Marketplace, "marketplace" {
        /// Amazon.
        Amazon => "amazon",
        /// eBay.
        Ebay => "ebay",
        /// Walmart Marketplace.
        Walmart => "walmart",
        /// Zalando.
        Zalando => "zalando",
        /// Kaufland.
        Kaufland => "kaufland",
        /// OTTO.
        Otto => "otto",
        /// bol.
        Bol => "bol",
        /// Cdiscount.
        Cdiscount => "cdiscount",
        /// Allegro.
        Allegro => "allegro",
        /// Etsy.
        Etsy => "etsy",
    }
}

string_enum! {
    /// Who wrote a message.
    Author, "author" {
        /// The shop's customer.
        Customer => "customer",
        /// A support agent.
        Agent => "agent",
        /// An automation or integration (auto-replies, marketplace notices).
        System => "system",
    }
}

/// The person a ticket is from.
///
/// Only `id` is required. `locale` is a BCP 47 tag (`it-IT`, `pt-BR`) used to
/// pick reply language; `tier` is a free label (`standard`, `vip`) used by SLA
/// policies and triage.
///
/// ```
/// use caredesk::Customer;
///
/// let anna: Customer = caredesk::wire::from_json(r#"{"id": "c-42", "name": "Anna Schmidt",
///   "email": "anna@example.de", "locale": "de-DE", "tier": "vip"}"#)?;
/// assert_eq!(anna.locale.as_deref(), Some("de-DE"));
/// anna.validate()?;
/// # Ok::<(), caredesk::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Customer {
    /// The shop's customer id.
    pub id: String,
    /// Display name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Email address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Preferred locale, BCP 47.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locale: Option<String>,
    /// Customer tier label.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tier: Option<String>,
}

impl Customer {
    /// A customer with only an id.
    ///
    /// ```
    /// use caredesk::Customer;
    ///
    /// let mut buyer = Customer::new("A1B2");
    /// assert_eq!((buyer.id.as_str(), buyer.email.is_none()), ("A1B2", true));
    /// buyer.tier = Some("prime".into());
    /// buyer.validate()?;
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    pub fn new(id: impl Into<String>) -> Self {
        Customer {
            id: id.into(),
            name: None,
            email: None,
            locale: None,
            tier: None,
        }
    }

    /// Checks the fields: a non-empty id, an email with one `@` and a dot in its
    /// domain, a locale that is a syntactically valid BCP 47 tag.
    ///
    /// # Errors
    /// `input.invalid` naming `customer.<field>`.
    ///
    /// ```
    /// use caredesk::Customer;
    ///
    /// let mut anna = Customer::new("c-42");
    /// anna.email = Some("anna@example.de".into());
    /// anna.validate()?;
    /// anna.email = Some("anna at example.de".into());
    /// let err = anna.validate().unwrap_err();
    /// assert_eq!((err.code(), err.field()), ("input.invalid", Some("customer.email")));
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    pub fn validate(&self) -> Result<()> {
        require_id(&self.id, "customer.id")?;
        if let Some(email) = &self.email {
            let ok = match email.split_once('@') {
                Some((local, domain)) => {
                    !local.is_empty()
                        && !domain.contains('@')
                        && domain.contains('.')
                        && !domain.starts_with('.')
                        && !domain.ends_with('.')
                        && !email.chars().any(char::is_whitespace)
                }
                None => false,
            };
            if !ok {
                return Err(Error::invalid(
                    "customer.email",
                    format!("{email:?} is not an email address"),
                ));
            }
        }
        if let Some(locale) = &self.locale
            && !is_language_tag(locale)
        {
            return Err(Error::invalid(
                "customer.locale",
                format!("{locale:?} is not a BCP 47 language tag such as it-IT"),
            ));
        }
        if let Some(tier) = &self.tier {
            require_id(tier, "customer.tier")?;
        }
        Ok(())
    }
}

/// A BCP 47 tag's outline: a 2–3 letter language, then 1–8 character
/// alphanumeric subtags. Full validation belongs to the reply engine's locale
/// negotiation; this catches typos at the door.
pub(crate) fn is_language_tag(tag: &str) -> bool {
    let mut parts = tag.split(['-', '_']);
    let lang_ok = parts
        .next()
        .is_some_and(|l| (2..=3).contains(&l.len()) && l.bytes().all(|b| b.is_ascii_alphabetic()));
    lang_ok
        && parts.all(|p| (1..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}

pub(crate) fn require_id(value: &str, field: &str) -> Result<()> {
    if value.trim().is_empty() {
        Err(Error::invalid(field, "must not be empty"))
    } else if value.len() > 256 {
        Err(Error::invalid(field, "longer than 256 bytes"))
    } else {
        Ok(())
    }
}

/// One message in a ticket's conversation.
///
/// `public: false` is an internal note: agents see it, the customer does not,
/// and it never counts as a reply for SLA or KPI purposes.
///
/// ```
/// use caredesk::{Author, Message};
/// let at = "2026-03-02T09:00:00Z".parse()?;
/// let msg = Message::new("m1", at, Author::Customer, "Dov'è il mio ordine?");
/// assert!(msg.public);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Message {
    /// Unique within the ticket.
    pub id: String,
    /// When it was written.
    #[serde(with = "crate::instant")]
    pub at: DateTime<Utc>,
    /// Who wrote it.
    pub author: Author,
    /// Visible to the customer (`true`) or an internal note (`false`).
    #[serde(default = "yes")]
    pub public: bool,
    /// The text.
    pub body: String,
}

fn yes() -> bool {
    true
}

impl Message {
    /// A public message.
    ///
    /// ```
    /// use caredesk::{Author, Message, instant::parse};
    ///
    /// let at = parse("2026-05-08T17:45:00Z", "at")?;
    /// let msg = Message::new("m1", at, Author::Customer, "Paket nicht angekommen!");
    /// assert!(msg.public);
    /// assert_eq!((msg.id.as_str(), msg.author), ("m1", Author::Customer));
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    pub fn new(
        id: impl Into<String>,
        at: DateTime<Utc>,
        author: Author,
        body: impl Into<String>,
    ) -> Self {
        Message {
            id: id.into(),
            at,
            author,
            public: true,
            body: body.into(),
        }
    }

    /// The same message as an internal note.
    ///
    /// ```
    /// use caredesk::{Author, Message, instant::parse};
    ///
    /// let at = parse("2026-05-08T18:00:00Z", "at")?;
    /// let note = Message::new("n1", at, Author::Agent, "DHL-Nachforschung 4711 offen").internal();
    /// assert!(!note.public);
    /// assert!(!note.is_public_agent_reply()); // a note never counts as a reply
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    pub fn internal(mut self) -> Self {
        self.public = false;
        self
    }

    /// True for a public message written by an agent: what SLAs call a reply.
    ///
    /// ```
    /// use caredesk::{Author, Message, instant::parse};
    ///
    /// let at = parse("2026-05-08T18:10:00Z", "at")?;
    /// assert!(Message::new("m2", at, Author::Agent, "Wir kümmern uns.").is_public_agent_reply());
    /// assert!(!Message::new("m3", at, Author::System, "Automatische Antwort").is_public_agent_reply());
    /// assert!(!Message::new("m4", at, Author::Customer, "Danke").is_public_agent_reply());
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    pub fn is_public_agent_reply(&self) -> bool {
        self.public && self.author == Author::Agent
    }
}
