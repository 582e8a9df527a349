//! # caredesk
//!
//! A customer-service engine for e-commerce shops, called in-process from
//! Rust, Python and Node. It models tickets and their lifecycle, and (as the
//! other engines land) times SLAs on business-hours calendars, renders replies
//! in the customer's language, decides return requests under the law, and
//! triages incoming messages. Every answer explains itself; every error has a
//! stable [`Error::code`].
//!
//! Principles: configuration in, immutable engine, pure evaluation; time is
//! always an argument (no engine reads the clock); money is integer minor
//! units ([`Money`]), never a float.
//!
//! ## End to end
//!
//! ```
//! use caredesk::{Author, Channel, Customer, Message, Money, Priority, Status, Ticket};
//! use chrono::{DateTime, Utc};
//!
//! let at = |s: &str| s.parse::<DateTime<Utc>>().unwrap();
//! let json = r#"{
//!   "id": "T-2001", "channel": "marketplace", "marketplace": "amazon",
//!   "customer": {"id": "A1B2", "locale": "de-DE"},
//!   "created_at": "2026-05-08T17:45:00Z",
//!   "events": [
//!     {"type": "message_added", "message": {"id": "m1", "at": "2026-05-08T17:45:00Z",
//!      "author": "customer", "body": "Paket nicht angekommen!"}}
//!   ]
//! }"#;
//! let mut ticket = Ticket::from_json(json)?;
//! ticket.set_priority(Priority::High, at("2026-05-08T17:46:00Z"))?;
//! ticket.add_message(Message::new("m2", at("2026-05-08T18:10:00Z"), Author::Agent,
//!     "Wir haben eine Nachforschung beim Versanddienst eingeleitet."))?;
//! ticket.set_status(Status::OnHold, at("2026-05-08T18:10:00Z"))?;
//! assert_eq!(ticket.first_reply_time().map(|d| d.num_minutes()), Some(25));
//!
//! let refund = Money::parse("49.90", "EUR")?;
//! assert_eq!(refund.percent_bps(1_000)?.to_string(), "4.99 EUR");
//! # Ok::<(), caredesk::Error>(())
//! ```

#![warn(missing_docs)]

pub mod calendar;
pub mod composition;
pub mod country;
pub mod error;
pub mod instant;
pub mod money;
pub mod reply;
pub mod returns;
pub mod sla;
mod string_enum;
pub mod ticket;
pub mod triage;
pub mod wire;

pub use calendar::{Calendar, CalendarConfig, DateHours, Holiday};
pub use country::Country;
pub use error::{Error, Result};
pub use money::{Currency, Money};
pub use reply::{Reply, ReplyCatalog};
pub use returns::{ReturnDecision, ReturnPolicy, ReturnRequest};
pub use ticket::{
    Author, AutoClose, Channel, Customer, Event, Marketplace, Message, Priority, Status, Ticket,
    TicketRecord,
};
