//! SLA timers: ordered policies of targets (first reply, next reply,
//! periodic update, resolution, requester wait, agent work), each on a clock
//! that is either calendar time or a named business-hours
//! [`Calendar`](crate::calendar::Calendar), evaluated over a ticket's event
//! log at any instant.
//!
//! An [`SlaConfig`] (TOML or JSON) names the calendars and lists the
//! policies; [`Sla`] compiles it once and evaluates tickets one at a time or a
//! whole queue ([`Sla::evaluate_many`]). The first policy whose conditions
//! hold applies; marketplace [`presets`] (Amazon, eBay, Walmart, Kaufland)
//! are ready-made policies. Results are derived from the history every time,
//! so a changed policy gives the same answer when the history is replayed.
//!
//! ```
//! use caredesk::sla::{Metric, Sla, Stage};
//! use caredesk::Ticket;
//! use chrono::{DateTime, Utc};
//!
//! let at = |s: &str| s.parse::<DateTime<Utc>>().unwrap();
//! let sla = Sla::from_toml(r#"
//! [[policies]]
//! name = "chat"
//! clock = "calendar"
//! targets.first_reply.within = "2m"
//! "#)?;
//! let ticket = Ticket::from_json(r#"{"id": "C-1", "channel": "chat", "customer": {"id": "c1"},
//!   "created_at": "2026-11-27T10:00:00Z"}"#)?;
//! let report = sla.evaluate(&ticket, at("2026-11-27T10:05:00Z"))?;
//! assert_eq!(report.policy.as_deref(), Some("chat"));
//! assert_eq!(report.metric(Metric::FirstReply).unwrap().cycle.stage, Stage::Breached);
//! # Ok::<(), caredesk::Error>(())
//! ```

mod config;
mod engine;
mod evaluate;
mod policy;
pub mod presets;

pub use config::{
    Clock, Conditions, Metric, PolicyConfig, SlaConfig, SlaPolicySetConfig, TargetConfig,
    TargetDuration, Targets, Warning, Within,
};
pub use engine::Sla;
pub use evaluate::{Cycle, MetricReport, NextDue, Skipped, SlaReport, Stage, evaluate};
pub use policy::{Calendars, SlaPolicySet};
