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
    ///
    /// ```
    /// use caredesk::sla::{Sla, SlaConfig};
    ///
    /// let config = SlaConfig::from_toml(r#"
    /// [[policies]]
    /// preset = "amazon"
    /// "#)?;
    /// let sla = Sla::new(config)?;
    /// assert_eq!(sla.policies().names().collect::<Vec<_>>(), ["amazon"]);
    /// // "calendar" means 24/7 and cannot name a business calendar.
    /// let bad = SlaConfig::from_json(r#"{"calendars": {"calendar": {"zone": "UTC"}}, "policies": []}"#)?;
    /// assert_eq!(Sla::new(bad).unwrap_err().field(), Some("calendars.calendar"));
    /// # Ok::<(), caredesk::Error>(())
    /// ```
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
    ///
    /// ```
    /// use caredesk::sla::{Calendars, Sla, SlaPolicySet};
    ///
    /// let office = Calendars::from_json(r#"{"office": {"zone": "Europe/Berlin", "weekly": {"mon": [["09:00", "17:00"]]}}}"#)?;
    /// let policies = SlaPolicySet::from_json(r#"{"policies": [{"name": "email", "clock": "office",
    ///   "targets": {"first_reply": {"within": "8h"}}}]}"#, &office)?;
    /// let sla = Sla::from_parts(office, policies.clone())?;
    /// assert!(sla.calendars().get("office").is_some());
    /// // The same policies without their calendar are refused.
    /// assert_eq!(Sla::from_parts(Calendars::new(), policies).unwrap_err().code(), "sla.unknown_calendar");
    /// # Ok::<(), caredesk::Error>(())
    /// ```
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
    ///
    /// ```
    /// use caredesk::sla::{Metric, Sla};
    /// use caredesk::{Ticket, instant::parse};
    ///
    /// let sla = Sla::from_json(r#"{"policies": [{"preset": "amazon"}]}"#)?;
    /// let ticket = Ticket::from_json(r#"{"id": "T-2001", "channel": "marketplace", "marketplace": "amazon",
    ///   "customer": {"id": "A1B2"}, "created_at": "2026-05-08T17:45:00Z"}"#)?;
    /// let report = sla.evaluate(&ticket, parse("2026-05-08T18:00:00Z", "now")?)?;
    /// // Amazon counts 24 hours around the clock, weekends included.
    /// assert_eq!(report.metric(Metric::FirstReply).and_then(|m| m.cycle.due), Some(parse("2026-05-09T17:45:00Z", "due")?));
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    pub fn from_json(text: &str) -> Result<Self> {
        Sla::new(SlaConfig::from_json(text)?)
    }

    /// Reads and compiles a TOML configuration.
    ///
    /// # Errors
    /// As [`SlaConfig::from_toml`] and [`Sla::new`].
    ///
    /// ```
    /// use caredesk::sla::Sla;
    ///
    /// let sla = Sla::from_toml(r#"
    /// [[policies]]
    /// name = "chat"
    /// when = { channel = ["chat"] }
    /// clock = "calendar"
    /// targets.first_reply.within = "2m"
    /// "#)?;
    /// assert_eq!(sla.policies().names().collect::<Vec<_>>(), ["chat"]);
    /// let err = Sla::from_toml("[[policies]]\nname = \"chat\"\ntargets.first_reply.within = \"2 min\"").unwrap_err();
    /// assert_eq!(err.code(), "input.invalid");
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    pub fn from_toml(text: &str) -> Result<Self> {
        Sla::new(SlaConfig::from_toml(text)?)
    }

    /// The calendars.
    ///
    /// ```
    /// use caredesk::sla::Sla;
    /// use caredesk::instant::parse;
    ///
    /// let sla = Sla::from_toml(r#"
    /// [calendars.berlin]
    /// zone = "Europe/Berlin"
    /// weekly = { fri = [["08:00", "17:00"]] }
    ///
    /// [[policies]]
    /// name = "email"
    /// clock = "berlin"
    /// targets.first_reply.within = "8h"
    /// "#)?;
    /// let berlin = sla.calendars().get("berlin").expect("configured above");
    /// assert!(berlin.is_open(parse("2026-05-08T10:00:00Z", "at")?)); // Friday 12:00 in Berlin
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    pub fn calendars(&self) -> &Calendars {
        &self.calendars
    }

    /// The policies.
    ///
    /// ```
    /// use caredesk::sla::Sla;
    ///
    /// let sla = Sla::from_json(r#"{"policies": [{"preset": "amazon"}, {"preset": "walmart"},
    ///   {"name": "default", "clock": "calendar", "targets": {"first_reply": {"within": "24h"}}}]}"#)?;
    /// assert_eq!(sla.policies().names().collect::<Vec<_>>(), ["amazon", "walmart", "default"]);
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    pub fn policies(&self) -> &SlaPolicySet {
        &self.policies
    }

    /// The configuration, as it would be written back.
    ///
    /// ```
    /// use caredesk::sla::{Sla, SlaConfig};
    ///
    /// let sla = Sla::from_json(r#"{"policies": [{"preset": "amazon"}]}"#)?;
    /// // Written back and read again, the configuration compiles to the same policies.
    /// let text = serde_json::to_string(&sla.config()).unwrap();
    /// let again = Sla::new(SlaConfig::from_json(&text)?)?;
    /// assert_eq!(again.policies().names().collect::<Vec<_>>(), ["amazon"]);
    /// # Ok::<(), caredesk::Error>(())
    /// ```
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
    ///
    /// ```
    /// use caredesk::sla::{Metric, Sla, Stage};
    /// use caredesk::{Author, Message, Ticket, instant::parse};
    ///
    /// let at = |s: &str| parse(s, "at");
    /// let sla = Sla::from_toml("[[policies]]\nname = \"chat\"\nclock = \"calendar\"\ntargets.first_reply.within = \"2m\"")?;
    /// let mut chat = Ticket::from_json(r#"{"id": "C-7", "channel": "chat", "customer": {"id": "c-42"},
    ///   "created_at": "2026-11-27T10:00:00Z"}"#)?;
    /// chat.add_message(Message::new("m1", at("2026-11-27T10:01:30Z")?, Author::Agent, "Hallo, wie kann ich helfen?"))?;
    /// let first = sla.evaluate(&chat, at("2026-11-27T10:05:00Z")?)?;
    /// assert_eq!(first.metric(Metric::FirstReply).map(|m| m.cycle.stage), Some(Stage::Fulfilled));
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    pub fn evaluate(&self, ticket: &Ticket, now: DateTime<Utc>) -> Result<SlaReport> {
        evaluate(ticket, &self.policies, &self.calendars, now)
    }

    /// Evaluates many tickets at the same `now`, the shape of a job that scans
    /// the open queue every minute. One result per ticket, in order: a ticket
    /// that fails does not stop the others.
    ///
    /// ```
    /// use caredesk::sla::Sla;
    /// use caredesk::{Ticket, instant::parse};
    ///
    /// let sla = Sla::from_json(r#"{"policies": [{"preset": "amazon"}]}"#)?;
    /// let queue: Vec<Ticket> = ["2026-05-07T08:00:00Z", "2026-05-08T17:45:00Z"].iter().enumerate()
    ///     .map(|(i, created)| Ticket::from_json(&format!(r#"{{"id": "T-{i}", "channel": "marketplace",
    ///       "marketplace": "amazon", "customer": {{"id": "A1B2"}}, "created_at": "{created}"}}"#)))
    ///     .collect::<Result<_, _>>()?;
    /// let reports = sla.evaluate_many(&queue, parse("2026-05-08T18:00:00Z", "now")?);
    /// let late: Vec<bool> = reports.iter().map(|r| r.as_ref().map_or(false, |r| r.any_breach())).collect();
    /// assert_eq!(late, [true, false]); // the first buyer has waited 34 hours
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    pub fn evaluate_many<'a, I>(&self, tickets: I, now: DateTime<Utc>) -> Vec<Result<SlaReport>>
    where
        I: IntoIterator<Item = &'a Ticket>,
    {
        tickets.into_iter().map(|t| self.evaluate(t, now)).collect()
    }
}
