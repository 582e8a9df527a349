//! The SLA configuration as written: metrics, targets, clocks, warnings,
//! conditions and policies, read from TOML or JSON. [`super::SlaPolicySet`]
//! compiles it against the calendars.

use std::collections::BTreeMap;
use std::fmt;

use chrono::TimeDelta;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::calendar::CalendarConfig;
use crate::error::{Error, Result};
use crate::string_enum::string_enum;
use crate::ticket::{Channel, Marketplace, Priority, Status};
use crate::wire::serde_error;
string_enum! {
    /// What an SLA target measures (see `docs/sla.md` for the exact rules).
    Metric, "metric" {
        /// Creation to the first public agent reply.
        FirstReply => "first_reply",
        /// Each unanswered public customer message to the agent's next public reply.
        NextReply => "next_reply",
        /// From each public agent reply, the next one must follow within the target while unsolved.
        PeriodicUpdate => "periodic_update",
        /// Creation to solved, summed over reopens.
        Resolution => "resolution",
        /// Total time in new, open and on_hold.
        RequesterWait => "requester_wait",
        /// Total time in new and open.
        AgentWork => "agent_work",
    }
}

impl Metric {
    /// The statuses in which this metric's clock can run (before pauses).
    pub(crate) fn runs_in(self, status: Status) -> bool {
        match self {
            Metric::FirstReply
            | Metric::NextReply
            | Metric::PeriodicUpdate
            | Metric::Resolution => !matches!(status, Status::Solved | Status::Closed),
            Metric::RequesterWait => matches!(status, Status::New | Status::Open | Status::OnHold),
            Metric::AgentWork => matches!(status, Status::New | Status::Open),
        }
    }
}

/// The longest target accepted: ten years of clock time.
const MAX_TARGET: TimeDelta = TimeDelta::hours(87_600);

/// A target duration in config: `"24h"`, `"1h30m"`, `"45m"`, `"90s"`, or a
/// whole number of seconds.
///
/// Units are hours, minutes and seconds only. Days are refused on purpose: a
/// "day" of a business clock could mean 24 business hours or one business
/// day, so targets are stated in hours (`72h`).
///
/// ```
/// use caredesk::sla::TargetDuration;
/// let d: TargetDuration = serde_json::from_str(r#""1h30m""#).unwrap();
/// assert_eq!(d.get().num_minutes(), 90);
/// assert_eq!(d.to_string(), "1h30m");
/// assert!(serde_json::from_str::<TargetDuration>(r#""2d""#).is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct TargetDuration(TimeDelta);

impl TargetDuration {
    /// A duration between one second and 87,600 hours (ten years).
    ///
    /// # Errors
    /// `input.invalid` (field left empty for the caller to name) outside that range.
    ///
    /// ```
    /// use caredesk::sla::TargetDuration;
    /// use chrono::TimeDelta;
    ///
    /// let d = TargetDuration::new(TimeDelta::minutes(90))?;
    /// assert_eq!(d.to_string(), "1h30m");
    /// assert_eq!(TargetDuration::new(TimeDelta::zero()).unwrap_err().code(), "input.invalid");
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    pub fn new(d: TimeDelta) -> Result<Self> {
        if d < TimeDelta::seconds(1) || d > MAX_TARGET {
            return Err(Error::invalid(
                "",
                format!(
                    "{} seconds is not a target; give 1 second to 87600 hours",
                    d.num_seconds()
                ),
            ));
        }
        Ok(TargetDuration(d))
    }

    /// A whole number of seconds between 1 and 315,360,000 (87,600 hours);
    /// any `i64` is checked, none panics.
    ///
    /// ```
    /// use caredesk::sla::TargetDuration;
    /// assert_eq!(TargetDuration::from_seconds(5400)?.to_string(), "1h30m");
    /// assert_eq!(TargetDuration::from_seconds(i64::MAX).unwrap_err().code(), "input.invalid");
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    ///
    /// # Errors
    /// `input.invalid` (field left empty for the caller to name) outside that range.
    pub fn from_seconds(secs: i64) -> Result<Self> {
        match TimeDelta::try_seconds(secs) {
            Some(d) => TargetDuration::new(d),
            None => Err(Error::invalid(
                "",
                format!("{secs} seconds is not a target; give 1 second to 87600 hours"),
            )),
        }
    }

    /// The duration.
    ///
    /// ```
    /// use caredesk::sla::TargetDuration;
    ///
    /// assert_eq!(TargetDuration::parse("72h")?.get().num_days(), 3);
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    pub fn get(self) -> TimeDelta {
        self.0
    }

    /// Parses `"24h"`, `"1h30m"`, `"45m"`, `"90s"`.
    ///
    /// # Errors
    /// `input.invalid` (field left empty) for anything else.
    ///
    /// ```
    /// use caredesk::sla::TargetDuration;
    ///
    /// assert_eq!(TargetDuration::parse("1h30m")?.get().num_minutes(), 90);
    /// assert_eq!(TargetDuration::parse("45m")?.get().num_seconds(), 2_700);
    /// // Days are ambiguous on a business clock: say "72h".
    /// assert_eq!(TargetDuration::parse("3d").unwrap_err().code(), "input.invalid");
    /// assert!(TargetDuration::parse("30m1h").is_err()); // units in descending order
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    pub fn parse(text: &str) -> Result<Self> {
        let bad = || {
            Error::invalid(
                "",
                format!(
                    "{text:?} is not a duration such as \"24h\", \"1h30m\" or \"45m\" (units h, m, s; state days as hours)"
                ),
            )
        };
        let mut total: i64 = 0;
        let mut digits = String::new();
        let mut last_unit = 0u8; // h=3, m=2, s=1: units must descend
        for c in text.trim().chars() {
            if c.is_ascii_digit() {
                digits.push(c);
                continue;
            }
            let (rank, secs) = match c {
                'h' => (3, 3600),
                'm' => (2, 60),
                's' => (1, 1),
                _ => return Err(bad()),
            };
            if digits.is_empty() || (last_unit != 0 && rank >= last_unit) || digits.len() > 9 {
                return Err(bad());
            }
            let n: i64 = digits.parse().map_err(|_| bad())?;
            total = total.checked_add(n * secs).ok_or_else(bad)?;
            digits.clear();
            last_unit = rank;
        }
        if !digits.is_empty() || last_unit == 0 {
            return Err(bad());
        }
        TargetDuration::from_seconds(total)
    }
}

impl fmt::Display for TargetDuration {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let s = self.0.num_seconds();
        let (h, m, sec) = (s / 3600, s % 3600 / 60, s % 60);
        if h > 0 {
            write!(f, "{h}h")?;
        }
        if m > 0 {
            write!(f, "{m}m")?;
        }
        if sec > 0 {
            write!(f, "{sec}s")?;
        }
        Ok(())
    }
}

impl Serialize for TargetDuration {
    fn serialize<S: Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for TargetDuration {
    fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        match serde_json::Value::deserialize(d)? {
            serde_json::Value::String(s) => TargetDuration::parse(&s).map_err(serde_error),
            serde_json::Value::Number(n) => match n.as_i64() {
                Some(secs) => TargetDuration::from_seconds(secs).map_err(serde_error),
                None => Err(serde_error(Error::invalid(
                    "",
                    format!("{n} is not a whole number of seconds"),
                ))),
            },
            other => Err(serde_error(Error::invalid(
                "",
                format!("expected a duration such as \"24h\" or a number of seconds, got {other}"),
            ))),
        }
    }
}

/// A target's duration: one for every priority, or one per priority (a
/// ticket whose priority is not listed, or has none, gets no target).
///
/// JSON: `"8h"` or `{"urgent": "1h", "high": "4h", "normal": "8h"}`.
///
/// ```
/// use caredesk::Priority;
/// use caredesk::sla::Within;
///
/// let by_priority: Within = caredesk::wire::from_json(r#"{"urgent": "1h", "high": "4h", "normal": "8h"}"#)?;
/// assert_eq!(by_priority.for_priority(Some(Priority::High)).map(|d| d.to_string()), Some("4h".into()));
/// let flat: Within = caredesk::wire::from_json(r#""24h""#)?;
/// assert!(matches!(flat, Within::All(_)));
/// # Ok::<(), caredesk::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Within {
    /// The same duration whatever the priority (also for tickets without one).
    All(TargetDuration),
    /// A duration per priority.
    ByPriority(BTreeMap<Priority, TargetDuration>),
}

impl Within {
    /// The duration for a ticket of this priority, if it has a target.
    ///
    /// ```
    /// use caredesk::Priority;
    /// use caredesk::sla::Within;
    ///
    /// let within: Within = caredesk::wire::from_json(r#"{"urgent": "1h", "normal": "8h"}"#)?;
    /// assert_eq!(within.for_priority(Some(Priority::Urgent)).map(|d| d.get().num_hours()), Some(1));
    /// // A priority that is not listed, or none at all, gets no target.
    /// assert_eq!(within.for_priority(Some(Priority::Low)), None);
    /// assert_eq!(within.for_priority(None), None);
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    pub fn for_priority(&self, priority: Option<Priority>) -> Option<TargetDuration> {
        match self {
            Within::All(d) => Some(*d),
            Within::ByPriority(map) => priority.and_then(|p| map.get(&p).copied()),
        }
    }

    pub(super) fn durations(&self) -> Vec<TargetDuration> {
        match self {
            Within::All(d) => vec![*d],
            Within::ByPriority(map) => map.values().copied().collect(),
        }
    }
}

impl Serialize for Within {
    fn serialize<S: Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        match self {
            Within::All(d) => d.serialize(s),
            Within::ByPriority(map) => map.serialize(s),
        }
    }
}

impl<'de> Deserialize<'de> for Within {
    fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        match serde_json::Value::deserialize(d)? {
            serde_json::Value::Object(map) => {
                if map.is_empty() {
                    return Err(serde_error(Error::invalid(
                        "",
                        "no priority listed; give a duration or a map such as {\"high\": \"4h\"}",
                    )));
                }
                let mut out = BTreeMap::new();
                for (key, value) in map {
                    let p = Priority::parse_field(&key, &key).map_err(serde_error)?;
                    let dur = TargetDuration::deserialize(value)
                        .map_err(|e| serde_error(relabel(e.to_string(), &key)))?;
                    out.insert(p, dur);
                }
                Ok(Within::ByPriority(out))
            }
            other => TargetDuration::deserialize(other)
                .map(Within::All)
                .map_err(|e| serde_error(relabel(e.to_string(), ""))),
        }
    }
}

// Re-reads a domain error carried as serde text, placing it under `key`:
// a nested value's deserializer does not know the path it sits at.
fn relabel(text: String, key: &str) -> Error {
    match crate::wire::domain_error(&text) {
        Some(e) => e.within(key),
        None => Error::invalid(key, text),
    }
}

/// Which clock a target is measured on.
///
/// In config, the string `"calendar"` is calendar time (24/7, every second
/// counts); any other string names a business-hours calendar of the
/// [`Calendars`](super::Calendars) the policies are used with.
///
/// ```
/// use caredesk::sla::{Clock, TargetConfig};
///
/// let target: TargetConfig = caredesk::wire::from_json(r#"{"within": "8h", "clock": "office"}"#)?;
/// assert_eq!(target.clock, Some(Clock::Business("office".into())));
/// let chat: TargetConfig = caredesk::wire::from_json(r#"{"within": "2m", "clock": "calendar"}"#)?;
/// assert_eq!(chat.clock, Some(Clock::Calendar));
/// # Ok::<(), caredesk::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Clock {
    /// Calendar time: around the clock, holidays included.
    Calendar,
    /// Business time of the named calendar.
    Business(String),
}

impl Clock {
    /// Reads the config form.
    ///
    /// ```
    /// use caredesk::sla::Clock;
    ///
    /// assert_eq!(Clock::parse("calendar"), Clock::Calendar);
    /// assert_eq!(Clock::parse("berlin_office"), Clock::Business("berlin_office".into()));
    /// ```
    pub fn parse(text: &str) -> Clock {
        if text == "calendar" {
            Clock::Calendar
        } else {
            Clock::Business(text.to_string())
        }
    }

    /// The config form.
    ///
    /// ```
    /// use caredesk::sla::Clock;
    ///
    /// assert_eq!(Clock::Calendar.as_str(), "calendar");
    /// assert_eq!(Clock::Business("berlin_office".into()).as_str(), "berlin_office");
    /// ```
    pub fn as_str(&self) -> &str {
        match self {
            Clock::Calendar => "calendar",
            Clock::Business(name) => name,
        }
    }
}

impl fmt::Display for Clock {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for Clock {
    fn serialize<S: Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for Clock {
    fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        if text.trim().is_empty() {
            return Err(serde_error(Error::invalid(
                "",
                "empty clock; give \"calendar\" or the name of a calendar",
            )));
        }
        Ok(Clock::parse(&text))
    }
}

/// When to warn before a breach. Both measures are on the target's own clock;
/// with both set, the earlier instant wins.
///
/// ```
/// use caredesk::sla::Warning;
/// let w: Warning = serde_json::from_str(r#"{"at_percent": 75, "before": "1h"}"#).unwrap();
/// assert_eq!(w.at_percent, Some(75));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Warning {
    /// Warn once this share of the target has elapsed (1–99).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub at_percent: Option<u8>,
    /// Warn when this much of the target remains.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub before: Option<TargetDuration>,
}

/// One target of a policy, as configured.
///
/// ```
/// use caredesk::Status;
/// use caredesk::sla::TargetConfig;
///
/// // Resolution in 40 business hours, paused while waiting on the customer or DHL.
/// let t: TargetConfig = caredesk::wire::from_toml(r#"
/// within = "40h"
/// clock = "office"
/// pause = ["pending", "on_hold"]
/// warn = { before = "4h" }
/// "#)?;
/// assert_eq!(t.pause, Some(vec![Status::Pending, Status::OnHold]));
/// assert_eq!(t.warn.and_then(|w| w.before).map(|d| d.to_string()), Some("4h".into()));
/// # Ok::<(), caredesk::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TargetConfig {
    /// The duration, for all priorities or per priority.
    pub within: Within,
    /// The clock; defaults to the policy's `clock`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub clock: Option<Clock>,
    /// Statuses that pause this target's clock; `["pending"]` when absent.
    /// `solved` and `closed` always stop it and cannot be listed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pause: Option<Vec<Status>>,
    /// Warnings before the breach.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub warn: Option<Warning>,
}

/// The targets of a policy, one optional entry per metric.
///
/// ```
/// use caredesk::sla::Targets;
///
/// let targets: Targets = caredesk::wire::from_json(r#"{"first_reply": {"within": "2m"},
///   "resolution": {"within": "24h"}}"#)?;
/// assert!(targets.first_reply.is_some() && targets.resolution.is_some());
/// assert!(targets.next_reply.is_none());
/// // A misspelt metric is refused, not ignored.
/// assert!(caredesk::wire::from_json::<Targets>(r#"{"first_replay": {"within": "2m"}}"#).is_err());
/// # Ok::<(), caredesk::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(missing_docs)] // each field is the metric of the same name
pub struct Targets {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_reply: Option<TargetConfig>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_reply: Option<TargetConfig>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub periodic_update: Option<TargetConfig>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resolution: Option<TargetConfig>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub requester_wait: Option<TargetConfig>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agent_work: Option<TargetConfig>,
}

impl Targets {
    pub(super) fn slots(&self) -> [(Metric, &Option<TargetConfig>); 6] {
        [
            (Metric::FirstReply, &self.first_reply),
            (Metric::NextReply, &self.next_reply),
            (Metric::PeriodicUpdate, &self.periodic_update),
            (Metric::Resolution, &self.resolution),
            (Metric::RequesterWait, &self.requester_wait),
            (Metric::AgentWork, &self.agent_work),
        ]
    }

    pub(super) fn slot_mut(&mut self, metric: Metric) -> &mut Option<TargetConfig> {
        match metric {
            Metric::FirstReply => &mut self.first_reply,
            Metric::NextReply => &mut self.next_reply,
            Metric::PeriodicUpdate => &mut self.periodic_update,
            Metric::Resolution => &mut self.resolution,
            Metric::RequesterWait => &mut self.requester_wait,
            Metric::AgentWork => &mut self.agent_work,
        }
    }
}

/// Which tickets a policy covers. Every listed condition must hold; within a
/// list, any value matches (tags: all listed tags must be on the ticket). An
/// empty condition set matches every ticket.
///
/// ```
/// use caredesk::{Marketplace, Priority};
/// use caredesk::sla::Conditions;
///
/// let when: Conditions = caredesk::wire::from_json(r#"{"marketplace": ["amazon", "otto"],
///   "priority": ["high", "urgent"], "tier": ["vip"]}"#)?;
/// assert_eq!(when.marketplace, [Marketplace::Amazon, Marketplace::Otto]);
/// assert!(when.priority.contains(&Priority::Urgent));
/// assert!(when.channel.is_empty()); // any channel
/// # Ok::<(), caredesk::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Conditions {
    /// The ticket's current priority is one of these (a ticket without a priority does not match).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub priority: Vec<Priority>,
    /// The ticket's channel is one of these.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub channel: Vec<Channel>,
    /// The ticket's marketplace is one of these.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub marketplace: Vec<Marketplace>,
    /// The ticket carries all of these tags.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
    /// The customer's tier is one of these.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tier: Vec<String>,
}

/// One policy as configured: a name, conditions, targets — or a preset with
/// optional overrides.
///
/// With `preset`, the preset supplies the name, conditions and targets;
/// `name` and `when` given here replace the preset's, and each metric listed
/// in `targets` replaces the preset's target for that metric.
///
/// ```
/// use caredesk::sla::PolicyConfig;
///
/// // The Amazon preset, with first reply tightened to 12 hours.
/// let p: PolicyConfig = caredesk::wire::from_toml(r#"
/// preset = "amazon"
/// targets.first_reply.within = "12h"
/// "#)?;
/// assert_eq!(p.preset.as_deref(), Some("amazon"));
/// assert_eq!(p.targets.first_reply.map(|t| t.within.for_priority(None).unwrap().to_string()), Some("12h".into()));
/// # Ok::<(), caredesk::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PolicyConfig {
    /// A unique name, shown in reports. Required unless `preset` is given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// A built-in marketplace preset (see [`presets::NAMES`](super::presets::NAMES)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub preset: Option<String>,
    /// For presets that count business days (`ebay`, `kaufland`): the
    /// calendar of working days to count on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub calendar: Option<String>,
    /// Conditions; absent matches every ticket.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub when: Option<Conditions>,
    /// The clock of targets that do not name their own.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub clock: Option<Clock>,
    /// The targets.
    #[serde(default)]
    pub targets: Targets,
}

/// The configuration of an ordered policy list (TOML or JSON).
///
/// ```
/// use caredesk::sla::SlaPolicySetConfig;
/// let config = SlaPolicySetConfig::from_toml(r#"
/// [[policies]]
/// preset = "amazon"
///
/// [[policies]]
/// name = "email"
/// when = { channel = ["email", "web_form"] }
/// clock = "office"
/// targets.first_reply = { within = { urgent = "1h", high = "4h", normal = "8h", low = "24h" }, warn = { at_percent = 75 } }
/// targets.resolution = { within = "40h", pause = ["pending", "on_hold"] }
/// "#)?;
/// assert_eq!(config.policies.len(), 2);
/// # Ok::<(), caredesk::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SlaPolicySetConfig {
    /// Policies in order; the first whose conditions hold applies.
    pub policies: Vec<PolicyConfig>,
}

impl SlaPolicySetConfig {
    /// Reads a configuration from JSON, naming the path of the first bad field.
    ///
    /// # Errors
    /// `input.json`, or a domain error (`input.invalid` for a bad duration) with its path.
    ///
    /// ```
    /// use caredesk::sla::SlaPolicySetConfig;
    ///
    /// let config = SlaPolicySetConfig::from_json(r#"{"policies": [
    ///   {"name": "chat", "when": {"channel": ["chat"]}, "clock": "calendar",
    ///    "targets": {"first_reply": {"within": "2m"}}}]}"#)?;
    /// assert_eq!(config.policies[0].name.as_deref(), Some("chat"));
    /// let err = SlaPolicySetConfig::from_json(r#"{"policies": [{"name": "chat",
    ///    "targets": {"first_reply": {"within": "2 days"}}}]}"#).unwrap_err();
    /// assert_eq!((err.code(), err.field()), ("input.invalid", Some("policies[0].targets.first_reply.within")));
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    pub fn from_json(text: &str) -> Result<Self> {
        crate::wire::from_json(text)
    }

    /// Reads a configuration from TOML (the same schema).
    ///
    /// # Errors
    /// `input.toml`, or a domain error with its path.
    ///
    /// ```
    /// use caredesk::sla::SlaPolicySetConfig;
    ///
    /// let config = SlaPolicySetConfig::from_toml(r#"
    /// [[policies]]
    /// preset = "walmart"
    ///
    /// [[policies]]
    /// name = "email"
    /// clock = "calendar"
    /// targets.first_reply.within = "24h"
    /// "#)?;
    /// assert_eq!(config.policies.len(), 2);
    /// assert_eq!(config.policies[0].preset.as_deref(), Some("walmart"));
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    pub fn from_toml(text: &str) -> Result<Self> {
        crate::wire::from_toml(text)
    }
}

/// One SLA configuration document: named calendars and the ordered policies
/// that use them (TOML or JSON).
///
/// ```
/// use caredesk::sla::SlaConfig;
/// let config = SlaConfig::from_toml(r#"
/// [calendars.office]
/// zone = "Europe/Rome"
/// weekly = { mon = [["09:00", "18:00"]], fri = [["09:00", "18:00"]] }
/// holiday_sets = ["IT"]
///
/// [[policies]]
/// name = "email"
/// clock = "office"
/// targets.first_reply.within = "8h"
/// "#)?;
/// assert!(config.calendars.contains_key("office"));
/// # Ok::<(), caredesk::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SlaConfig {
    /// Business-hours calendars by name (`calendar` is reserved for 24/7 time).
    #[serde(default)]
    pub calendars: BTreeMap<String, CalendarConfig>,
    /// Policies in order; the first whose conditions hold applies.
    pub policies: Vec<PolicyConfig>,
}

impl SlaConfig {
    /// Reads a configuration from JSON.
    ///
    /// # Errors
    /// `input.json`, or a domain error with its path.
    ///
    /// ```
    /// use caredesk::sla::SlaConfig;
    ///
    /// let config = SlaConfig::from_json(r#"{
    ///   "calendars": {"berlin": {"zone": "Europe/Berlin", "holiday_sets": ["DE"],
    ///                  "weekly": {"mon": [["08:00", "17:00"]], "tue": [["08:00", "17:00"]]}}},
    ///   "policies": [{"name": "email", "clock": "berlin", "targets": {"first_reply": {"within": "8h"}}}]
    /// }"#)?;
    /// assert!(config.calendars.contains_key("berlin"));
    /// assert_eq!(config.policies.len(), 1);
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    pub fn from_json(text: &str) -> Result<Self> {
        crate::wire::from_json(text)
    }

    /// Reads a configuration from TOML.
    ///
    /// # Errors
    /// `input.toml`, or a domain error with its path.
    ///
    /// ```
    /// use caredesk::sla::SlaConfig;
    ///
    /// let config = SlaConfig::from_toml(r#"
    /// [calendars.berlin]
    /// zone = "Europe/Berlin"
    /// weekly = { mon = [["08:00", "17:00"]], fri = [["08:00", "15:00"]] }
    ///
    /// [[policies]]
    /// name = "email"
    /// clock = "berlin"
    /// targets.first_reply.within = "8h"
    /// "#)?;
    /// assert_eq!(config.calendars["berlin"].zone, "Europe/Berlin");
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    pub fn from_toml(text: &str) -> Result<Self> {
        crate::wire::from_toml(text)
    }
}
