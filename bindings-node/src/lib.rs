//! Node bindings for caredesk: value conversion and forwarding only, every
//! rule, default and computation lives in the `caredesk` crate.
//!
//! Data documents (tickets, messages, events) keep the snake_case wire format
//! in JavaScript; instants are JS `Date`s on the way out and may be a `Date`
//! or an RFC 3339 string on the way in. Every core error is thrown as a JS
//! `Error` carrying `code` and `field`.

#![deny(missing_docs)]

mod calendar;
mod composition;
mod convert;
mod error;
mod money;
mod reply;
mod returns;
mod sla;
mod ticket;
mod triage;

pub use calendar::{Calendar, Holiday, easter, holidays, holidays_from_ics};
pub use composition::{SuggestedReply, suggest_reply};
pub use money::Money;
pub use reply::{ReplyCatalog, lint_templates};
pub use returns::{ReturnPolicy, evaluate_return, evaluate_returns};
pub use sla::Sla;
pub use ticket::Ticket;
pub use triage::{IdentifiedLanguage, Triage, eu_languages, identify_language};
