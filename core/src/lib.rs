//! # caredesk
//!
//! A customer-service engine for e-commerce shops, called in-process from
//! Rust, Python and Node. It models tickets and their lifecycle, times SLAs
//! on business-hours calendars, triages incoming messages, renders replies in
//! the customer's language and decides return requests under the law of the
//! consumer's country. Every answer explains itself; every error has a stable
//! [`Error::code`] and names the [field](Error::field) it concerns.
//!
//! Principles: configuration in, immutable engine, pure evaluation; time is
//! always an argument (no engine reads the clock); money is integer minor
//! units ([`Money`]), never a float.
//!
//! ## The rooms
//!
//! The crate is built in three floors; a room imports only from its own
//! floor or the ones below (`ARCHITECTURE.md`, kept true by a test).
//!
//! **Foundation**, what every engine stands on:
//!
//! - [`error`]: the one [`Error`] type, its stable codes and field paths;
//! - [`wire`]: reading JSON and TOML documents into any type, naming the bad field;
//! - [`money`]: [`Money`] in minor units of an ISO 4217 [`Currency`];
//! - [`instant`]: RFC 3339 instants (offsets required) and IANA zones;
//! - [`country`]: ISO 3166 [`Country`] codes and EU membership;
//! - [`calendar`]: business hours ([`Calendar`]), public holidays, iCalendar import;
//! - [`ticket`]: the [`Ticket`], its lifecycle rules and event log.
//!
//! **Engines**, each a configuration compiled once into an immutable,
//! `Send + Sync` engine with a batch form; no engine imports another:
//!
//! - [`sla`]: policies of targets timed on calendars ([`sla::Sla`]);
//! - [`triage`]: language, topic, priority, sentiment ([`triage::Triage`]);
//! - [`reply`]: a Fluent catalog rendered by CLDR in twelve locales ([`ReplyCatalog`]);
//! - [`returns`]: return decisions, the statutory floor first, then the shop's [`ReturnPolicy`].
//!
//! **Composition**, what joins engines: [`composition`] suggests the reply to
//! a ticket from its triage result, its SLA report and the reply catalog.
//!
//! ## Where to start
//!
//! | you have | start with |
//! |---|---|
//! | a ticket from the shop's backend | [`Ticket::from_json`], then [`Ticket::add_message`], [`Ticket::set_status`] |
//! | office hours and holidays | [`Calendar::from_json`], [`Calendar::add`] |
//! | reply-time promises (marketplace rules) | [`sla::Sla::from_toml`], [`sla::Sla::evaluate`], [`sla::presets`] |
//! | a new customer message | [`triage::Triage::builtin`], then [`composition::suggest_reply`] |
//! | a reply to write | [`ReplyCatalog::builtin`], [`ReplyCatalog::render`] |
//! | a return or withdrawal request | [`ReturnPolicy`], [`returns`] |
//! | an amount | [`Money::parse`], [`Money::percent_bps`] |
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
