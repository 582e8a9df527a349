//! Calendars and policies in one configuration, evaluated ticket by ticket or
//! a whole queue at a time.

use chrono::{DateTime, Utc};

use super::config::{SlaConfig, SlaPolicySetConfig};
use super::evaluate::{SlaReport, evaluate};
use super::policy::{Calendars, SlaPolicySet};
use crate::error::Result;
use crate::ticket::Ticket;

/// A compiled SLA engine: calendars plus policies, immutable and `Send + Sync`.
///
/// ```
/// use caredesk::sla::{Metric, Sla, Stage};
/// use caredesk::Ticket;
/// use chrono::{DateTime, Utc};
///
/// let at = |s: &str| s.parse::<DateTime<Utc>>().unwrap();
/// let sla = Sla::from_json(r#"{
///   "calendars": {"office": {"zone": "Europe/Rome", "holiday_sets": ["IT"],
///     "weekly": {"mon": [["09:00","18:00"]], "tue": [["09:00","18:00"]], "wed": [["09:00","18:00"]],
///                "thu": [["09:00","18:00"]], "fri": [["09:00","18:00"]]}}},
///   "policies": [{"name": "email", "clock": "office",
///                 "targets": {"first_reply": {"within": "8h", "warn": {"at_percent": 75}}}}]
/// }"#)?;
/// // An email on Friday 17:00 in Rome: 1 business hour on Friday, 7 on Monday.
/// let ticket = Ticket::from_json(r#"{"id": "E-1", "channel": "email", "customer": {"id": "c1"},
///   "created_at": "2026-11-20T16:00:00Z"}"#)?;
/// let report = sla.evaluate(&ticket, at("2026-11-23T14:00:00Z"))?;
/// let first = report.metric(Metric::FirstReply).unwrap();
/// assert_eq!(first.cycle.due, Some(at("2026-11-23T15:00:00Z"))); // Monday 16:00 in Rome
/// assert_eq!(first.cycle.stage, Stage::Warning);                   // 7 of 8 hours gone
/// # Ok::<(), caredesk::Error>(())
/// ```
#[derive(Debug, Clone)]
pub struct Sla {
    calendars: Calendars,
    policies: SlaPolicySet,
}

impl Sla {
    /// Compiles a configuration.
    ///
    /// # Errors
    /// As [`Calendars::from_configs`] (fields under `calendars.<name>`) and
    /// [`SlaPolicySet::new`].
    pub fn new(config: SlaConfig) -> Result<Self> {
        let calendars =
            Calendars::from_configs(config.calendars).map_err(|e| e.within("calendars"))?;
        let policies = SlaPolicySet::new(
            SlaPolicySetConfig {
                policies: config.policies,
            },
            &calendars,
        )?;
        Ok(Sla {
            calendars,
            policies,
        })
    }

    /// Puts compiled parts together.
    ///
    /// # Errors
    /// `sla.unknown_calendar` when a policy's clock is not among `calendars`.
    pub fn from_parts(calendars: Calendars, policies: SlaPolicySet) -> Result<Self> {
        policies.check_calendars(&calendars)?;
        Ok(Sla {
            calendars,
            policies,
        })
    }

    /// Reads and compiles a JSON configuration.
    ///
    /// # Errors
    /// As [`SlaConfig::from_json`] and [`Sla::new`].
    pub fn from_json(text: &str) -> Result<Self> {
        Sla::new(SlaConfig::from_json(text)?)
    }

    /// Reads and compiles a TOML configuration.
    ///
    /// # Errors
    /// As [`SlaConfig::from_toml`] and [`Sla::new`].
    pub fn from_toml(text: &str) -> Result<Self> {
        Sla::new(SlaConfig::from_toml(text)?)
    }

    /// The calendars.
    pub fn calendars(&self) -> &Calendars {
        &self.calendars
    }

    /// The policies.
    pub fn policies(&self) -> &SlaPolicySet {
        &self.policies
    }

    /// The configuration, as it would be written back.
    pub fn config(&self) -> SlaConfig {
        SlaConfig {
            calendars: self.calendars.configs(),
            policies: self.policies.config().policies.clone(),
        }
    }

    /// Evaluates one ticket at `now` (see [`evaluate`](super::evaluate)).
    ///
    /// # Errors
    /// As [`evaluate`](super::evaluate).
    pub fn evaluate(&self, ticket: &Ticket, now: DateTime<Utc>) -> Result<SlaReport> {
        evaluate(ticket, &self.policies, &self.calendars, now)
    }

    /// Evaluates many tickets at the same `now`, the shape of a job that scans
    /// the open queue every minute. One result per ticket, in order: a ticket
    /// that fails does not stop the others.
    pub fn evaluate_many<'a, I>(&self, tickets: I, now: DateTime<Utc>) -> Vec<Result<SlaReport>>
    where
        I: IntoIterator<Item = &'a Ticket>,
    {
        tickets.into_iter().map(|t| self.evaluate(t, now)).collect()
    }
}
