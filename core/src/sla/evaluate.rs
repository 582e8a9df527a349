//! Evaluating a ticket's event log against SLA policies.
//!
//! Everything here is derived from the log at the instant asked about:
//! events after `now` are ignored, nothing is stored, so replaying a history
//! with another calendar or policy gives the other answer.

use std::collections::BTreeSet;
use std::fmt;

use chrono::{DateTime, TimeDelta, Utc};
use serde::{Serialize, Serializer};

use super::config::{Clock, Metric};
use super::policy::{Calendars, Facts, SlaPolicySet, Target};
use crate::calendar::Calendar;
use crate::error::{Error, Result};
use crate::string_enum::string_enum;
use crate::ticket::{Author, Event, Priority, Status, Ticket};

string_enum! {
    /// Where a target stands at the instant evaluated.
    Stage, "stage" {
        /// Counting, not yet near the target.
        Running => "running",
        /// Past the warning threshold, not yet due.
        Warning => "warning",
        /// Due and not fulfilled.
        Breached => "breached",
        /// Fulfilled by the due instant.
        Fulfilled => "fulfilled",
        /// Fulfilled after the due instant.
        FulfilledLate => "fulfilled_late",
    }
}

/// One measurement of a target: the whole life of the ticket for
/// `first_reply`, `resolution`, `requester_wait` and `agent_work`; one wait
/// for `next_reply` and `periodic_update`, which repeat.
///
/// ```
/// use caredesk::sla::{Metric, Sla, Stage};
/// use caredesk::{Ticket, instant::parse};
///
/// let sla = Sla::from_toml("[[policies]]\nname = \"chat\"\nclock = \"calendar\"\ntargets.first_reply.within = \"2m\"")?;
/// let chat = Ticket::from_json(r#"{"id": "C-7", "channel": "chat", "customer": {"id": "c-42"},
///   "created_at": "2026-11-27T10:00:00Z"}"#)?;
/// let report = sla.evaluate(&chat, parse("2026-11-27T10:05:00Z", "now")?)?;
/// let cycle = &report.metric(Metric::FirstReply).expect("a chat target").cycle;
/// assert_eq!((cycle.stage, cycle.elapsed.num_minutes()), (Stage::Breached, 5));
/// assert_eq!(cycle.breached_at, Some(parse("2026-11-27T10:02:00Z", "at")?));
/// # Ok::<(), caredesk::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Cycle {
    /// When the clock started.
    #[serde(with = "crate::instant")]
    pub start: DateTime<Utc>,
    /// When the target is (or was) due; `None` while the clock is stopped
    /// short of the target, since the deadline then depends on the future.
    #[serde(with = "crate::instant::option")]
    pub due: Option<DateTime<Utc>>,
    /// When the warning threshold is (or was) reached, if a warning is configured.
    #[serde(with = "crate::instant::option")]
    pub warn_at: Option<DateTime<Utc>>,
    /// When the target was met (reply sent, ticket solved).
    #[serde(with = "crate::instant::option")]
    pub fulfilled_at: Option<DateTime<Utc>>,
    /// The instant the target was missed, when it was.
    #[serde(with = "crate::instant::option")]
    pub breached_at: Option<DateTime<Utc>>,
    /// Time counted on the target's clock, up to fulfilment or the instant evaluated.
    #[serde(serialize_with = "seconds")]
    pub elapsed: TimeDelta,
    /// The stage.
    pub stage: Stage,
}

/// The state of one target of the matched policy.
///
/// ```
/// use caredesk::sla::{Clock, Metric, Sla};
/// use caredesk::{Ticket, instant::parse};
///
/// let sla = Sla::from_json(r#"{"policies": [{"preset": "amazon"}]}"#)?;
/// let ticket = Ticket::from_json(r#"{"id": "T-2001", "channel": "marketplace", "marketplace": "amazon",
///   "customer": {"id": "A1B2"}, "created_at": "2026-05-08T17:45:00Z"}"#)?;
/// let report = sla.evaluate(&ticket, parse("2026-05-09T11:45:00Z", "now")?)?;
/// let first = report.metric(Metric::FirstReply).expect("Amazon times first replies");
/// assert_eq!((first.clock.clone(), first.target.num_hours()), (Clock::Calendar, 24));
/// assert_eq!(first.remaining.num_hours(), 6);
/// assert!(!first.paused);
/// # Ok::<(), caredesk::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MetricReport {
    /// The metric.
    pub metric: Metric,
    /// The target duration that applies (for the ticket's current priority).
    #[serde(serialize_with = "seconds")]
    pub target: TimeDelta,
    /// The clock it is measured on.
    pub clock: Clock,
    /// The current cycle (or the last one, when none is running).
    #[serde(flatten)]
    pub cycle: Cycle,
    /// `target - elapsed`; negative when overdue.
    #[serde(serialize_with = "seconds")]
    pub remaining: TimeDelta,
    /// The clock is stopped at the instant evaluated (a pause status, or a
    /// status the metric does not count) while the cycle is open.
    pub paused: bool,
    /// Earlier cycles of a repeating metric, oldest first.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub earlier: Vec<Cycle>,
}

/// A target of the matched policy that does not apply (yet).
///
/// ```
/// use caredesk::sla::{Metric, Sla};
/// use caredesk::{Ticket, instant::parse};
///
/// let sla = Sla::from_toml(r#"
/// [[policies]]
/// name = "email"
/// clock = "calendar"
/// targets.first_reply.within = { urgent = "1h", high = "4h" }
/// "#)?;
/// // A ticket without a priority has no first-reply target under this policy.
/// let ticket = Ticket::from_json(r#"{"id": "E-1", "channel": "email", "customer": {"id": "c-42"},
///   "created_at": "2026-03-02T08:00:00Z"}"#)?;
/// let report = sla.evaluate(&ticket, parse("2026-03-02T09:00:00Z", "now")?)?;
/// assert_eq!(report.skipped[0].metric, Metric::FirstReply);
/// assert_eq!(report.skipped[0].code, "sla.no_target_for_priority");
/// # Ok::<(), caredesk::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Skipped {
    /// The metric.
    pub metric: Metric,
    /// A stable code: `sla.no_target_for_priority` or `sla.not_started`.
    pub code: &'static str,
    /// The reason in plain words.
    pub text: String,
}

/// The earliest deadline among running targets.
///
/// ```
/// use caredesk::sla::{Metric, Sla};
/// use caredesk::{Ticket, instant::parse};
///
/// let sla = Sla::from_toml(r#"
/// [[policies]]
/// name = "chat"
/// clock = "calendar"
/// targets.first_reply.within = "2m"
/// targets.resolution.within = "1h"
/// "#)?;
/// let chat = Ticket::from_json(r#"{"id": "C-7", "channel": "chat", "customer": {"id": "c-42"},
///   "created_at": "2026-11-27T10:00:00Z"}"#)?;
/// let next = sla.evaluate(&chat, parse("2026-11-27T10:01:00Z", "now")?)?.next_due.expect("targets running");
/// assert_eq!((next.metric, next.at), (Metric::FirstReply, parse("2026-11-27T10:02:00Z", "at")?));
/// # Ok::<(), caredesk::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct NextDue {
    /// The metric.
    pub metric: Metric,
    /// The due instant (in the past when already breached).
    #[serde(with = "crate::instant")]
    pub at: DateTime<Utc>,
}

/// What is due, when, and what is late, for one ticket at one instant.
///
/// ```
/// use caredesk::sla::Sla;
/// use caredesk::{Ticket, instant::parse};
///
/// let sla = Sla::from_json(r#"{"policies": [{"preset": "amazon"}]}"#)?;
/// // An email ticket: the Amazon policy does not apply, and nothing is timed.
/// let mail = Ticket::from_json(r#"{"id": "E-1", "channel": "email", "customer": {"id": "c-42"},
///   "created_at": "2026-05-08T17:45:00Z"}"#)?;
/// let report = sla.evaluate(&mail, parse("2026-05-09T17:45:00Z", "now")?)?;
/// assert_eq!((report.ticket_id.as_str(), report.policy.as_deref()), ("E-1", None));
/// assert!(report.metrics.is_empty() && report.next_due.is_none());
/// # Ok::<(), caredesk::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SlaReport {
    /// The ticket's id.
    pub ticket_id: String,
    /// The instant evaluated.
    #[serde(with = "crate::instant")]
    pub now: DateTime<Utc>,
    /// The name of the policy that matched, if any.
    pub policy: Option<String>,
    /// The targets that apply, in metric order.
    pub metrics: Vec<MetricReport>,
    /// The targets of the policy that do not apply, with the reason.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub skipped: Vec<Skipped>,
    /// The earliest due instant among targets not yet fulfilled whose clock
    /// is running or already breached.
    pub next_due: Option<NextDue>,
}

/// A one-line summary, the same in every language (Python's `repr` and
/// Node's `inspect` show it).
///
/// ```
/// use caredesk::sla::Sla;
/// use caredesk::Ticket;
/// let sla = Sla::from_json(r#"{"policies": [{"name": "vip", "clock": "calendar",
///   "when": {"tier": ["vip"]}, "targets": {"first_reply": {"within": "1h"}}}]}"#)?;
/// let ticket = Ticket::from_json(r#"{"id": "T-1", "channel": "email", "customer": {"id": "c"},
///   "created_at": "2026-03-02T08:00:00Z"}"#)?;
/// let report = sla.evaluate(&ticket, "2026-03-02T09:00:00Z".parse().unwrap())?;
/// assert_eq!(report.to_string(), r#"ticket_id="T-1", policy=None, metrics={}, next_due=None"#);
/// # Ok::<(), caredesk::Error>(())
/// ```
impl fmt::Display for SlaReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "ticket_id={:?}, policy=", self.ticket_id)?;
        match &self.policy {
            Some(p) => write!(f, "{p:?}")?,
            None => f.write_str("None")?,
        }
        f.write_str(", metrics={")?;
        for (i, m) in self.metrics.iter().enumerate() {
            let sep = if i == 0 { "" } else { ", " };
            write!(
                f,
                "{sep}{:?}: {:?}",
                m.metric.as_str(),
                m.cycle.stage.as_str()
            )?;
        }
        f.write_str("}, next_due=")?;
        match &self.next_due {
            Some(d) => write!(
                f,
                "({:?}, {:?})",
                d.metric.as_str(),
                crate::instant::format(&d.at)
            ),
            None => f.write_str("None"),
        }
    }
}

impl SlaReport {
    /// The report of one metric, if its target applies.
    ///
    /// ```
    /// use caredesk::sla::{Metric, Sla};
    /// use caredesk::{Ticket, instant::parse};
    ///
    /// let sla = Sla::from_json(r#"{"policies": [{"preset": "walmart"}]}"#)?;
    /// let ticket = Ticket::from_json(r#"{"id": "W-1", "channel": "marketplace", "marketplace": "walmart",
    ///   "customer": {"id": "w-9"}, "created_at": "2026-05-08T12:00:00Z"}"#)?;
    /// let report = sla.evaluate(&ticket, parse("2026-05-08T13:00:00Z", "now")?)?;
    /// assert_eq!(report.metric(Metric::FirstReply).map(|m| m.target.num_hours()), Some(48));
    /// assert!(report.metric(Metric::Resolution).is_none()); // the preset sets no resolution target
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    pub fn metric(&self, metric: Metric) -> Option<&MetricReport> {
        self.metrics.iter().find(|m| m.metric == metric)
    }

    /// True when some target is breached or was fulfilled late.
    ///
    /// ```
    /// use caredesk::sla::Sla;
    /// use caredesk::{Author, Message, Ticket, instant::parse};
    ///
    /// let at = |s: &str| parse(s, "at");
    /// let sla = Sla::from_toml("[[policies]]\nname = \"chat\"\nclock = \"calendar\"\ntargets.first_reply.within = \"2m\"")?;
    /// let mut chat = Ticket::from_json(r#"{"id": "C-7", "channel": "chat", "customer": {"id": "c-42"},
    ///   "created_at": "2026-11-27T10:00:00Z"}"#)?;
    /// // Answered, but after three minutes: fulfilled late still counts as a breach.
    /// chat.add_message(Message::new("m1", at("2026-11-27T10:03:00Z")?, Author::Agent, "Entschuldigung!"))?;
    /// assert!(sla.evaluate(&chat, at("2026-11-27T10:05:00Z")?)?.any_breach());
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    pub fn any_breach(&self) -> bool {
        self.metrics.iter().any(|m| {
            matches!(m.cycle.stage, Stage::Breached | Stage::FulfilledLate)
                || m.earlier.iter().any(|c| c.breached_at.is_some())
        })
    }

    /// The report as a JSON value (instants RFC 3339, durations in seconds).
    ///
    /// ```
    /// use caredesk::sla::Sla;
    /// use caredesk::{Ticket, instant::parse};
    ///
    /// let sla = Sla::from_toml("[[policies]]\nname = \"chat\"\nclock = \"calendar\"\ntargets.first_reply.within = \"2m\"")?;
    /// let chat = Ticket::from_json(r#"{"id": "C-7", "channel": "chat", "customer": {"id": "c-42"},
    ///   "created_at": "2026-11-27T10:00:00Z"}"#)?;
    /// let value = sla.evaluate(&chat, parse("2026-11-27T10:01:00Z", "now")?)?.to_value();
    /// assert_eq!(value["metrics"][0]["due"], "2026-11-27T10:02:00Z");
    /// assert_eq!(value["metrics"][0]["remaining"], 60); // seconds
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    pub fn to_value(&self) -> serde_json::Value {
        serde_json::to_value(self).expect("reports serialize")
    }
}

// Durations as seconds: an integer when whole, else a number with the fraction.
fn seconds<S: Serializer>(d: &TimeDelta, s: S) -> std::result::Result<S::Ok, S::Error> {
    if d.subsec_nanos() == 0 {
        s.serialize_i64(d.num_seconds())
    } else {
        s.serialize_f64(d.as_seconds_f64())
    }
}

/// Evaluates a ticket at `now` against a policy set whose business clocks
/// are the `calendars` given.
///
/// The policy is chosen from the ticket as it stands at `now` (priority and
/// tags as of then, channel, marketplace, customer tier); its targets are
/// measured from the ticket's start, so a priority change re-targets every
/// metric from the beginning. Events after `now` are ignored.
///
/// ```
/// use caredesk::sla::{evaluate, Calendars, Metric, SlaPolicySet, Stage};
/// use caredesk::Ticket;
/// use chrono::{DateTime, Utc};
///
/// let at = |s: &str| s.parse::<DateTime<Utc>>().unwrap();
/// let calendars = Calendars::new();
/// let policies = SlaPolicySet::from_json(r#"{"policies": [{"preset": "amazon"}]}"#, &calendars)?;
/// // A buyer writes on Friday evening; Amazon counts weekends.
/// let ticket = Ticket::from_json(r#"{"id": "A-1", "channel": "marketplace", "marketplace": "amazon",
///   "customer": {"id": "b1"}, "created_at": "2026-10-23T18:30:00Z",
///   "events": [{"type": "message_added", "message": {"id": "m1", "at": "2026-10-23T18:30:00Z",
///     "author": "customer", "body": "Where is my parcel?"}}]}"#)?;
/// let report = evaluate(&ticket, &policies, &calendars, at("2026-10-24T12:00:00Z"))?;
/// let first = report.metric(Metric::FirstReply).unwrap();
/// assert_eq!(first.cycle.due, Some(at("2026-10-24T18:30:00Z")));
/// assert_eq!(first.cycle.stage, Stage::Running);
/// # Ok::<(), caredesk::Error>(())
/// ```
///
/// # Errors
/// - `input.invalid` naming `now` when it is before the ticket's creation or
///   outside the years 1900 to 9999.
/// - `sla.unknown_calendar` when a clock's calendar is not in `calendars`.
/// - `sla.overflow` when a deadline falls past the year 9999 (the last an
///   RFC 3339 instant can carry).
pub fn evaluate(
    ticket: &Ticket,
    policies: &SlaPolicySet,
    calendars: &Calendars,
    now: DateTime<Utc>,
) -> Result<SlaReport> {
    // Reports are written as RFC 3339: an instant past the year 9999 has no text.
    let now = crate::instant::check_range(now, "now")?;
    if now < ticket.created_at() {
        return Err(Error::invalid(
            "now",
            format!(
                "{} is before the ticket's creation ({})",
                crate::instant::format(&now),
                crate::instant::format(&ticket.created_at())
            ),
        ));
    }
    let history = History::replay(ticket, now);
    let facts = Facts {
        priority: history.priority,
        channel: ticket.channel(),
        marketplace: ticket.marketplace(),
        tags: &history.tags,
        tier: ticket.customer().tier.as_deref(),
    };
    let mut report = SlaReport {
        ticket_id: ticket.id().to_string(),
        now,
        policy: None,
        metrics: Vec::new(),
        skipped: Vec::new(),
        next_due: None,
    };
    let Some((index, policy)) = policies
        .policies
        .iter()
        .enumerate()
        .find(|(_, p)| p.when.matches(&facts))
    else {
        return Ok(report);
    };
    report.policy = Some(policy.name.clone());
    for (metric, target) in &policy.targets {
        let Some(duration) = target.within.for_priority(history.priority) else {
            report.skipped.push(Skipped {
                metric: *metric,
                code: "sla.no_target_for_priority",
                text: match history.priority {
                    Some(p) => format!("the policy sets no {metric} target for priority {p}"),
                    None => format!(
                        "the policy sets {metric} targets per priority and the ticket has none"
                    ),
                },
            });
            continue;
        };
        let clock = match &target.clock {
            Clock::Calendar => ClockRef::Calendar,
            Clock::Business(name) => ClockRef::Business(
                calendars.require(name, &format!("policies[{index}].targets.{metric}.clock"))?,
            ),
        };
        let measure = Measure {
            metric: *metric,
            target,
            duration: duration.get(),
            clock,
            history: &history,
            now,
        };
        match measure.report()? {
            Some(m) => report.metrics.push(m),
            None => report.skipped.push(Skipped {
                metric: *metric,
                code: "sla.not_started",
                text: match metric {
                    Metric::NextReply => "no customer message is waiting for a next reply".into(),
                    _ => "no public agent reply yet, so no update is due".into(),
                },
            }),
        }
    }
    report.next_due = report
        .metrics
        .iter()
        .filter(|m| m.cycle.fulfilled_at.is_none())
        .filter_map(|m| {
            m.cycle.due.map(|at| NextDue {
                metric: m.metric,
                at,
            })
        })
        .min_by_key(|d| d.at);
    Ok(report)
}

/// The part of a ticket's log that SLAs read, up to the instant evaluated.
struct History {
    created_at: DateTime<Utc>,
    priority: Option<Priority>,
    tags: BTreeSet<String>,
    /// Status changes up to `now`, starting with `(created_at, New)`.
    timeline: Vec<(DateTime<Utc>, Status)>,
    /// Happenings that open or close reply cycles, in log order.
    marks: Vec<Mark>,
}

#[derive(Clone, Copy)]
enum Mark {
    Customer(DateTime<Utc>),
    AgentReply(DateTime<Utc>),
    /// Entered solved or closed.
    Stopped(DateTime<Utc>),
}

impl History {
    fn replay(ticket: &Ticket, now: DateTime<Utc>) -> History {
        let mut priority = None;
        let mut tags = BTreeSet::new();
        let mut marks = Vec::new();
        for event in ticket.events().iter().take_while(|e| e.at() <= now) {
            match event {
                Event::MessageAdded { message } if message.public => match message.author {
                    Author::Customer => marks.push(Mark::Customer(message.at)),
                    Author::Agent => marks.push(Mark::AgentReply(message.at)),
                    Author::System => {}
                },
                Event::StatusChanged {
                    at,
                    status: Status::Solved | Status::Closed,
                } => marks.push(Mark::Stopped(*at)),
                Event::PriorityChanged { priority: p, .. } => priority = Some(*p),
                Event::Tagged { added, removed, .. } => {
                    for t in removed {
                        tags.remove(t);
                    }
                    tags.extend(added.iter().cloned());
                }
                _ => {}
            }
        }
        let timeline = ticket
            .status_history()
            .iter()
            .take_while(|(at, _)| *at <= now)
            .copied()
            .collect();
        History {
            created_at: ticket.created_at(),
            priority,
            tags,
            timeline,
            marks,
        }
    }

    fn status_at(&self, t: DateTime<Utc>) -> Status {
        let i = self.timeline.partition_point(|(at, _)| *at <= t);
        self.timeline[i.saturating_sub(1)].1
    }

    fn status_now(&self) -> Status {
        self.timeline.last().map_or(Status::New, |(_, s)| *s)
    }

    /// `(start, end)` of each wait of a repeating metric; `end` is `None` while open.
    fn cycles(&self, metric: Metric) -> Vec<(DateTime<Utc>, Option<DateTime<Utc>>)> {
        let mut out = Vec::new();
        match metric {
            Metric::FirstReply => {
                let end = self.marks.iter().find_map(|m| match m {
                    Mark::AgentReply(at) | Mark::Stopped(at) => Some(*at),
                    Mark::Customer(_) => None,
                });
                out.push((self.created_at, end));
            }
            Metric::NextReply => {
                // The first reply's wait belongs to first_reply; after it, each
                // customer message with no wait open starts one.
                let mut first_done = false;
                let mut open: Option<DateTime<Utc>> = None;
                for m in &self.marks {
                    match *m {
                        Mark::Customer(at) if first_done && open.is_none() => open = Some(at),
                        Mark::Customer(_) => {}
                        Mark::AgentReply(at) | Mark::Stopped(at) => {
                            first_done = true;
                            if let Some(start) = open.take() {
                                out.push((start, Some(at)));
                            }
                        }
                    }
                }
                if let Some(start) = open {
                    out.push((start, None));
                }
            }
            Metric::PeriodicUpdate => {
                let mut open: Option<DateTime<Utc>> = None;
                for m in &self.marks {
                    match *m {
                        Mark::AgentReply(at) => {
                            if let Some(start) = open.replace(at) {
                                out.push((start, Some(at)));
                            }
                        }
                        Mark::Stopped(at) => {
                            // A reply that solves the ticket at the same instant starts no wait.
                            if let Some(start) = open.take().filter(|s| *s < at) {
                                out.push((start, Some(at)));
                            }
                        }
                        Mark::Customer(_) => {}
                    }
                }
                if let Some(start) = open {
                    out.push((start, None));
                }
            }
            Metric::Resolution | Metric::RequesterWait | Metric::AgentWork => {
                // One clock over the whole life; it stops while solved or
                // closed and resumes on a reopen.
                let end = match self.timeline.last() {
                    Some((at, Status::Solved | Status::Closed)) => {
                        // The last entry into solved (a closing keeps the solve instant).
                        let solved = self
                            .timeline
                            .iter()
                            .rev()
                            .take_while(|(_, s)| matches!(s, Status::Solved | Status::Closed))
                            .last()
                            .map_or(*at, |(t, _)| *t);
                        Some(solved)
                    }
                    _ => None,
                };
                out.push((self.created_at, end));
            }
        }
        out
    }
}

#[derive(Clone, Copy)]
enum ClockRef<'a> {
    Calendar,
    Business(&'a Calendar),
}

impl ClockRef<'_> {
    fn between(self, a: DateTime<Utc>, b: DateTime<Utc>) -> TimeDelta {
        match self {
            ClockRef::Calendar => b - a,
            ClockRef::Business(cal) => cal.between(a, b),
        }
    }

    fn add(self, start: DateTime<Utc>, d: TimeDelta) -> Result<DateTime<Utc>> {
        match self {
            // Past the year 9999 a deadline has no RFC 3339 text: an overflow too.
            ClockRef::Calendar => start
                .checked_add_signed(d)
                .filter(crate::instant::in_range)
                .ok_or_else(|| Error::SlaOverflow {
                    field: "due".into(),
                }),
            ClockRef::Business(cal) => cal.add(start, d),
        }
    }
}

struct Measure<'a> {
    metric: Metric,
    target: &'a Target,
    duration: TimeDelta,
    clock: ClockRef<'a>,
    history: &'a History,
    now: DateTime<Utc>,
}

impl Measure<'_> {
    fn runs_in(&self, status: Status) -> bool {
        self.metric.runs_in(status) && !self.target.pause.contains(&status)
    }

    /// The business time after which the warning fires, if configured.
    fn warn_threshold(&self) -> Option<TimeDelta> {
        let w = self.target.warn.as_ref()?;
        let by_share = w.at_percent.map(|p| {
            TimeDelta::milliseconds(self.duration.num_milliseconds() * i64::from(p) / 100)
        });
        let by_margin = w.before.map(|b| self.duration - b.get());
        match (by_share, by_margin) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        }
    }

    fn report(&self) -> Result<Option<MetricReport>> {
        let cycles = self.history.cycles(self.metric);
        let Some(((start, end), earlier)) = cycles.split_last() else {
            return Ok(None);
        };
        let current = self.cycle(*start, *end)?;
        let earlier = earlier
            .iter()
            .map(|(s, e)| self.cycle(*s, *e))
            .collect::<Result<Vec<_>>>()?;
        let paused = end.is_none() && !self.runs_in(self.history.status_now());
        Ok(Some(MetricReport {
            metric: self.metric,
            target: self.duration,
            clock: self.target.clock.clone(),
            remaining: self.duration - current.elapsed,
            cycle: current,
            paused,
            earlier,
        }))
    }

    /// Measures one wait from `start` to `end` (or to now while open).
    fn cycle(&self, start: DateTime<Utc>, end: Option<DateTime<Utc>>) -> Result<Cycle> {
        let stop = end.unwrap_or(self.now);
        let warn = self.warn_threshold();
        let mut elapsed = TimeDelta::zero();
        let mut due = None;
        let mut warn_at = None;
        let timeline = &self.history.timeline;
        // The status in force at `start`, then each change until `stop`.
        let first = timeline
            .partition_point(|(at, _)| *at <= start)
            .saturating_sub(1);
        let mut running_at_stop = false;
        for (i, (at, status)) in timeline.iter().enumerate().skip(first) {
            let a = (*at).max(start);
            let b = timeline
                .get(i + 1)
                .map_or(stop, |(next, _)| (*next).min(stop));
            if a >= stop {
                break;
            }
            running_at_stop = self.runs_in(*status);
            if !running_at_stop || b <= a {
                continue;
            }
            let span = self.clock.between(a, b);
            if due.is_none() && elapsed + span >= self.duration {
                due = Some(self.clock.add(a, self.duration - elapsed)?);
            }
            if let Some(w) = warn
                && warn_at.is_none()
                && elapsed + span >= w
            {
                warn_at = Some(self.clock.add(a, w - elapsed)?);
            }
            elapsed += span;
        }
        if start == stop {
            running_at_stop = self.runs_in(self.history.status_at(start));
        }
        // Not reached yet: project from `stop` while the clock runs there.
        if running_at_stop {
            if due.is_none() {
                due = Some(self.clock.add(stop, self.duration - elapsed)?);
            }
            if let (Some(w), None) = (warn, warn_at) {
                warn_at = Some(self.clock.add(stop, w - elapsed)?);
            }
        }
        let late = due.is_some_and(|d| d < stop);
        let stage = match end {
            Some(_) if late => Stage::FulfilledLate,
            Some(_) => Stage::Fulfilled,
            None if late => Stage::Breached,
            None if warn_at.is_some_and(|w| w <= self.now) => Stage::Warning,
            None => Stage::Running,
        };
        Ok(Cycle {
            start,
            due,
            warn_at,
            fulfilled_at: end,
            breached_at: if late { due } else { None },
            elapsed,
            stage,
        })
    }
}
