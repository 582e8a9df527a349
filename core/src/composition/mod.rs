//! The composition room: what combines two or more engines stands here,
//! above them, so that no engine ever imports another.
//!
//! Today it holds suggested replies ([`suggest_reply`]: a ticket, its triage
//! result and the reply catalog give the message to send); routing will join
//! it. Each piece takes the engines' results as arguments and adds only the
//! glue: which template answers which topic, which facts of a ticket fill
//! which argument.
//!
//! ```
//! use caredesk::composition::{SuggestOptions, suggest_reply};
//! use caredesk::triage::Triage;
//! use caredesk::{ReplyCatalog, Ticket};
//!
//! let ticket = Ticket::from_json(r#"{"id": "T-7", "channel": "email",
//!   "customer": {"id": "c1", "name": "Giulia Rossi", "locale": "it-IT"},
//!   "created_at": "2026-03-02T08:00:00Z", "events": [{"type": "message_added",
//!   "message": {"id": "m1", "at": "2026-03-02T08:00:00Z", "author": "customer",
//!   "body": "Buongiorno, vorrei sapere lo stato del mio ordine 4471, grazie."}}]}"#)?;
//! let triage = Triage::builtin().classify_ticket(&ticket).unwrap();
//! let s = suggest_reply(&ticket, &triage, None, &ReplyCatalog::builtin(), &SuggestOptions::default())?;
//! assert_eq!(s.message_id, "order-status");
//! assert_eq!(s.reply.locale_used, "it");
//! assert!(s.reply.text.starts_with("Gentile Giulia"));
//! # Ok::<(), caredesk::Error>(())
//! ```

mod suggest;

pub use suggest::{
    SuggestOptions, SuggestedReply, sla_clock, suggest_for_ticket, suggest_reply, template_for,
};
