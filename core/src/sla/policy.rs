//! Policies compiled against named calendars: the first policy whose
//! conditions hold gives each metric its target.

use std::collections::{BTreeMap, BTreeSet};

use super::config::{
    Clock, Conditions, Metric, PolicyConfig, SlaPolicySetConfig, TargetConfig, Warning, Within,
};
use super::presets;
use crate::calendar::{Calendar, CalendarConfig};
use crate::error::{Error, Result};
use crate::ticket::{Channel, Marketplace, Priority, Status};

/// What a ticket looks like to the conditions, at the instant evaluated.
pub(crate) struct Facts<'a> {
    pub priority: Option<Priority>,
    pub channel: Channel,
    pub marketplace: Option<Marketplace>,
    pub tags: &'a BTreeSet<String>,
    pub tier: Option<&'a str>,
}

impl Conditions {
    pub(crate) fn matches(&self, t: &Facts<'_>) -> bool {
        (self.priority.is_empty() || t.priority.is_some_and(|p| self.priority.contains(&p)))
            && (self.channel.is_empty() || self.channel.contains(&t.channel))
            && (self.marketplace.is_empty()
                || t.marketplace.is_some_and(|m| self.marketplace.contains(&m)))
            && self.tags.iter().all(|tag| t.tags.contains(tag))
            && (self.tier.is_empty() || t.tier.is_some_and(|x| self.tier.iter().any(|y| y == x)))
    }
}

/// A compiled target.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Target {
    pub within: Within,
    pub clock: Clock,
    pub pause: Vec<Status>,
    pub warn: Option<Warning>,
}

/// A compiled policy.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Policy {
    pub name: String,
    pub when: Conditions,
    pub targets: Vec<(Metric, Target)>,
}

/// Named business-hours calendars, the clocks SLA targets refer to.
///
/// The name `calendar` is reserved: it means calendar time (24/7).
///
/// ```
/// use caredesk::sla::Calendars;
/// let cals = Calendars::from_json(r#"{"office": {"zone": "Europe/Rome", "weekly": {"mon": [["09:00", "18:00"]]}}}"#)?;
/// assert!(cals.get("office").is_some());
/// assert_eq!(cals.names().collect::<Vec<_>>(), ["office"]);
/// # Ok::<(), caredesk::Error>(())
/// ```
#[derive(Debug, Clone, Default)]
pub struct Calendars {
    map: BTreeMap<String, Calendar>,
}

impl Calendars {
    /// No calendars: only calendar-time targets can be evaluated.
    ///
    /// ```
    /// use caredesk::sla::{Calendars, SlaPolicySet};
    ///
    /// // Without calendars only calendar-time targets compile.
    /// let none = Calendars::new();
    /// assert!(SlaPolicySet::from_json(r#"{"policies": [{"preset": "amazon"}]}"#, &none).is_ok());
    /// let err = SlaPolicySet::from_json(r#"{"policies": [{"name": "email", "clock": "office",
    ///   "targets": {"first_reply": {"within": "8h"}}}]}"#, &none).unwrap_err();
    /// assert_eq!(err.code(), "sla.unknown_calendar");
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    pub fn new() -> Self {
        Calendars::default()
    }

    /// Adds (or replaces) a named calendar.
    ///
    /// # Errors
    /// `input.invalid` naming `name` for an empty name or the reserved `calendar`.
    ///
    /// ```
    /// use caredesk::calendar::Calendar;
    /// use caredesk::sla::{Calendars, presets};
    ///
    /// let mut cals = Calendars::new();
    /// cals.insert("de_workdays", Calendar::new(presets::working_days_calendar("Europe/Berlin", "DE"))?)?;
    /// assert_eq!(cals.names().collect::<Vec<_>>(), ["de_workdays"]);
    /// let utc = Calendar::from_json(r#"{"zone": "UTC", "always": true}"#)?;
    /// assert_eq!(cals.insert("calendar", utc).unwrap_err().field(), Some("calendar")); // reserved for 24/7
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    pub fn insert(&mut self, name: impl Into<String>, calendar: Calendar) -> Result<()> {
        let name = name.into();
        check_calendar_name(&name, &name)?;
        self.map.insert(name, calendar);
        Ok(())
    }

    /// Compiles every calendar of a name → config map.
    ///
    /// # Errors
    /// As [`Calendar::new`], with the field prefixed by the calendar's name.
    ///
    /// ```
    /// use std::collections::BTreeMap;
    /// use caredesk::calendar::CalendarConfig;
    /// use caredesk::sla::Calendars;
    ///
    /// let mut configs = BTreeMap::new();
    /// configs.insert("milan".to_string(), CalendarConfig::from_json(r#"{"zone": "Europe/Rome",
    ///   "weekly": {"mon": [["09:00", "18:00"]]}, "holiday_sets": ["IT"]}"#)?);
    /// configs.insert("lisbon".to_string(), CalendarConfig::from_json(r#"{"zone": "Europe/Lisbon", "always": true}"#)?);
    /// let cals = Calendars::from_configs(configs)?;
    /// assert_eq!(cals.names().collect::<Vec<_>>(), ["lisbon", "milan"]);
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    pub fn from_configs(configs: BTreeMap<String, CalendarConfig>) -> Result<Self> {
        let mut out = Calendars::new();
        for (name, config) in configs {
            check_calendar_name(&name, &name)?;
            let cal = Calendar::new(config).map_err(|e| e.within(&name))?;
            out.map.insert(name, cal);
        }
        Ok(out)
    }

    /// Reads `{"name": {calendar config}, ...}` from JSON.
    ///
    /// # Errors
    /// `input.json`, then as [`Calendars::from_configs`].
    ///
    /// ```
    /// use caredesk::sla::Calendars;
    ///
    /// let cals = Calendars::from_json(r#"{"berlin": {"zone": "Europe/Berlin", "weekly": {"mon": [["08:00", "17:00"]]}}}"#)?;
    /// assert!(cals.get("berlin").is_some());
    /// // The error names the calendar and the field within it.
    /// let err = Calendars::from_json(r#"{"berlin": {"zone": "Europe/Berlim"}}"#).unwrap_err();
    /// assert_eq!((err.code(), err.field()), ("input.unknown_value", Some("berlin.zone")));
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    pub fn from_json(text: &str) -> Result<Self> {
        Calendars::from_configs(crate::wire::from_json(text)?)
    }

    /// Reads the same from TOML (`[office]` tables).
    ///
    /// # Errors
    /// `input.toml`, then as [`Calendars::from_configs`].
    ///
    /// ```
    /// use caredesk::sla::Calendars;
    ///
    /// let cals = Calendars::from_toml(r#"
    /// [berlin]
    /// zone = "Europe/Berlin"
    /// weekly = { mon = [["08:00", "17:00"]], tue = [["08:00", "17:00"]] }
    /// holiday_sets = ["DE"]
    /// "#)?;
    /// assert_eq!(cals.names().collect::<Vec<_>>(), ["berlin"]);
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    pub fn from_toml(text: &str) -> Result<Self> {
        Calendars::from_configs(crate::wire::from_toml(text)?)
    }

    /// The calendar of this name.
    ///
    /// ```
    /// use caredesk::sla::Calendars;
    /// use caredesk::instant::parse;
    ///
    /// let cals = Calendars::from_json(r#"{"berlin": {"zone": "Europe/Berlin", "weekly": {"fri": [["08:00", "17:00"]]}}}"#)?;
    /// let berlin = cals.get("berlin").expect("defined above");
    /// assert!(!berlin.is_open(parse("2026-05-08T16:00:00Z", "at")?)); // Friday 18:00 in Berlin
    /// assert!(cals.get("warehouse").is_none());
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    pub fn get(&self, name: &str) -> Option<&Calendar> {
        self.map.get(name)
    }

    /// The names, sorted.
    ///
    /// ```
    /// use caredesk::sla::Calendars;
    ///
    /// let cals = Calendars::from_json(r#"{"vienna": {"zone": "Europe/Vienna", "always": true},
    ///   "berlin": {"zone": "Europe/Berlin", "always": true}}"#)?;
    /// assert_eq!(cals.names().collect::<Vec<_>>(), ["berlin", "vienna"]); // sorted
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.map.keys().map(String::as_str)
    }

    /// The configurations, by name.
    ///
    /// ```
    /// use caredesk::sla::Calendars;
    ///
    /// let cals = Calendars::from_json(r#"{"berlin": {"zone": "Europe/Berlin", "always": true, "holiday_sets": ["DE"]}}"#)?;
    /// let configs = cals.configs();
    /// assert_eq!(configs["berlin"].holiday_sets, ["DE"]);
    /// assert_eq!(Calendars::from_configs(configs)?.names().count(), 1);
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    pub fn configs(&self) -> BTreeMap<String, CalendarConfig> {
        self.map
            .iter()
            .map(|(k, v)| (k.clone(), v.config().clone()))
            .collect()
    }

    pub(crate) fn require(&self, name: &str, field: &str) -> Result<&Calendar> {
        self.map.get(name).ok_or_else(|| Error::SlaUnknownCalendar {
            field: field.to_string(),
            name: name.to_string(),
            known: if self.map.is_empty() {
                "none".into()
            } else {
                self.names().collect::<Vec<_>>().join(", ")
            },
        })
    }
}

fn check_calendar_name(name: &str, field: &str) -> Result<()> {
    if name.trim().is_empty() {
        Err(Error::invalid(field, "a calendar name must not be empty"))
    } else if name == "calendar" {
        Err(Error::invalid(
            field,
            "\"calendar\" is reserved for calendar time (24/7); choose another name",
        ))
    } else {
        Ok(())
    }
}

/// An ordered list of SLA policies, compiled and checked against the
/// calendars it will run on. Immutable and `Send + Sync`.
///
/// The first policy whose conditions hold for a ticket (as of the instant
/// evaluated) applies; see [`evaluate`](super::evaluate).
///
/// ```
/// use caredesk::sla::{Calendars, SlaPolicySet, SlaPolicySetConfig};
///
/// let cals = Calendars::from_json(r#"{"office": {"zone": "Europe/Rome",
///     "weekly": {"mon": [["09:00","18:00"]], "tue": [["09:00","18:00"]]}}}"#)?;
/// let config = SlaPolicySetConfig::from_json(r#"{"policies": [
///     {"preset": "amazon"},
///     {"name": "email", "clock": "office", "targets": {"first_reply": {"within": "8h"}}}
/// ]}"#)?;
/// let set = SlaPolicySet::new(config, &cals)?;
/// assert_eq!(set.names().collect::<Vec<_>>(), ["amazon", "email"]);
///
/// // A clock naming a calendar that does not exist fails at config time.
/// let bad = SlaPolicySetConfig::from_json(r#"{"policies": [
///     {"name": "x", "clock": "warehouse", "targets": {"first_reply": {"within": "8h"}}}]}"#)?;
/// let err = SlaPolicySet::new(bad, &cals).unwrap_err();
/// assert_eq!(err.code(), "sla.unknown_calendar");
/// assert_eq!(err.field(), Some("policies[0].targets.first_reply.clock"));
/// # Ok::<(), caredesk::Error>(())
/// ```
#[derive(Debug, Clone)]
pub struct SlaPolicySet {
    pub(crate) policies: Vec<Policy>,
    config: SlaPolicySetConfig,
}

impl SlaPolicySet {
    /// Validates and compiles a configuration: presets resolved, every clock
    /// checked against `calendars`, durations and warnings checked.
    ///
    /// # Errors
    /// - `input.invalid`: a policy without name or targets, a duplicate name,
    ///   pausing on `solved`/`closed`, a target without a clock, a warning
    ///   outside 1–99 % or not shorter than its target, a preset that needs a
    ///   calendar without one.
    /// - `input.unknown_value`: an unknown preset.
    /// - `sla.unknown_calendar`: a clock naming a calendar not in `calendars`.
    ///
    /// ```
    /// use caredesk::sla::{Calendars, SlaPolicySet, SlaPolicySetConfig};
    ///
    /// let config = SlaPolicySetConfig::from_json(r#"{"policies": [
    ///   {"name": "chat", "clock": "calendar", "targets": {"first_reply": {"within": "2m", "pause": ["solved"]}}}]}"#)?;
    /// // `solved` always stops the clock; listing it as a pause is a mistake.
    /// let err = SlaPolicySet::new(config, &Calendars::new()).unwrap_err();
    /// assert_eq!(err.code(), "input.invalid");
    /// assert!(err.field().is_some_and(|f| f.starts_with("policies[0]")));
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    pub fn new(config: SlaPolicySetConfig, calendars: &Calendars) -> Result<Self> {
        let mut policies = Vec::with_capacity(config.policies.len());
        let mut names = BTreeSet::new();
        for (i, pc) in config.policies.iter().enumerate() {
            let field = format!("policies[{i}]");
            let policy = compile_policy(pc, calendars).map_err(|e| e.within(&field))?;
            if !names.insert(policy.name.clone()) {
                return Err(Error::invalid(
                    format!("{field}.name"),
                    format!("{:?} is used by an earlier policy", policy.name),
                ));
            }
            policies.push(policy);
        }
        Ok(SlaPolicySet { policies, config })
    }

    /// Reads a JSON configuration and compiles it.
    ///
    /// # Errors
    /// As [`SlaPolicySetConfig::from_json`] and [`SlaPolicySet::new`].
    ///
    /// ```
    /// use caredesk::sla::{Calendars, SlaPolicySet};
    ///
    /// let set = SlaPolicySet::from_json(r#"{"policies": [{"preset": "amazon"}, {"preset": "walmart"}]}"#, &Calendars::new())?;
    /// assert_eq!(set.names().collect::<Vec<_>>(), ["amazon", "walmart"]);
    /// let err = SlaPolicySet::from_json(r#"{"policies": [{"preset": "zalando"}]}"#, &Calendars::new()).unwrap_err();
    /// assert_eq!(err.code(), "input.unknown_value");
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    pub fn from_json(text: &str, calendars: &Calendars) -> Result<Self> {
        SlaPolicySet::new(SlaPolicySetConfig::from_json(text)?, calendars)
    }

    /// Reads a TOML configuration and compiles it.
    ///
    /// # Errors
    /// As [`SlaPolicySetConfig::from_toml`] and [`SlaPolicySet::new`].
    ///
    /// ```
    /// use caredesk::calendar::Calendar;
    /// use caredesk::sla::{Calendars, SlaPolicySet, presets};
    ///
    /// let mut cals = Calendars::new();
    /// cals.insert("de_workdays", Calendar::new(presets::working_days_calendar("Europe/Berlin", "DE"))?)?;
    /// let set = SlaPolicySet::from_toml(r#"
    /// [[policies]]
    /// preset = "ebay"
    /// calendar = "de_workdays"
    /// "#, &cals)?;
    /// assert_eq!(set.names().collect::<Vec<_>>(), ["ebay"]);
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    pub fn from_toml(text: &str, calendars: &Calendars) -> Result<Self> {
        SlaPolicySet::new(SlaPolicySetConfig::from_toml(text)?, calendars)
    }

    /// The configuration it was compiled from.
    ///
    /// ```
    /// use caredesk::sla::{Calendars, SlaPolicySet};
    ///
    /// let set = SlaPolicySet::from_json(r#"{"policies": [{"preset": "amazon"}]}"#, &Calendars::new())?;
    /// // The configuration as given: the preset by name, not expanded.
    /// assert_eq!(set.config().policies[0].preset.as_deref(), Some("amazon"));
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    pub fn config(&self) -> &SlaPolicySetConfig {
        &self.config
    }

    /// The policy names, in order (presets resolved).
    ///
    /// ```
    /// use caredesk::sla::{Calendars, SlaPolicySet};
    ///
    /// let set = SlaPolicySet::from_json(r#"{"policies": [{"preset": "amazon"},
    ///   {"name": "vip", "when": {"tier": ["vip"]}, "clock": "calendar", "targets": {"first_reply": {"within": "1h"}}}]}"#,
    ///   &Calendars::new())?;
    /// assert_eq!(set.names().collect::<Vec<_>>(), ["amazon", "vip"]); // presets under their own name
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.policies.iter().map(|p| p.name.as_str())
    }

    /// Checks that every business clock names a calendar in `calendars`.
    ///
    /// # Errors
    /// `sla.unknown_calendar` naming the first clock without its calendar.
    ///
    /// ```
    /// use caredesk::sla::{Calendars, SlaPolicySet};
    ///
    /// let office = Calendars::from_json(r#"{"office": {"zone": "Europe/Berlin", "always": true}}"#)?;
    /// let set = SlaPolicySet::from_json(r#"{"policies": [{"name": "email", "clock": "office",
    ///   "targets": {"first_reply": {"within": "8h"}}}]}"#, &office)?;
    /// set.check_calendars(&office)?;
    /// let err = set.check_calendars(&Calendars::new()).unwrap_err();
    /// assert_eq!(err.field(), Some("policies[0].targets.first_reply.clock"));
    /// # Ok::<(), caredesk::Error>(())
    /// ```
    pub fn check_calendars(&self, calendars: &Calendars) -> Result<()> {
        for (i, p) in self.policies.iter().enumerate() {
            for (metric, t) in &p.targets {
                if let Clock::Business(name) = &t.clock {
                    calendars.require(name, &format!("policies[{i}].targets.{metric}.clock"))?;
                }
            }
        }
        Ok(())
    }
}

fn compile_policy(pc: &PolicyConfig, calendars: &Calendars) -> Result<Policy> {
    // Start from the preset, if any, then lay the explicit fields over it.
    let mut base = match &pc.preset {
        Some(name) => presets::policy(name, pc.calendar.as_deref())?,
        None => {
            if pc.calendar.is_some() {
                return Err(Error::invalid(
                    "calendar",
                    "only presets take a calendar; give targets a clock instead",
                ));
            }
            PolicyConfig::default()
        }
    };
    if let Some(name) = &pc.name {
        crate::ticket::require_id(name, "name")?;
        base.name = Some(name.clone());
    }
    if pc.when.is_some() {
        base.when = pc.when.clone();
    }
    for (metric, target) in pc.targets.slots() {
        if let Some(t) = target {
            let mut t = t.clone();
            if t.clock.is_none() {
                t.clock = pc.clock.clone();
            }
            *base.targets.slot_mut(metric) = Some(t);
        }
    }
    let name = base
        .name
        .ok_or_else(|| Error::invalid("name", "a policy needs a name (or a preset)"))?;
    let when = base.when.unwrap_or_default();
    for (i, tag) in when.tags.iter().enumerate() {
        crate::ticket::require_id(tag, &format!("when.tags[{i}]"))?;
    }
    let mut targets = Vec::new();
    for (metric, slot) in base.targets.slots() {
        let Some(tc) = slot else { continue };
        let field = format!("targets.{metric}");
        targets.push((metric, compile_target(tc, calendars, &field)?));
    }
    if targets.is_empty() {
        return Err(Error::invalid(
            "targets",
            "a policy needs at least one target",
        ));
    }
    Ok(Policy {
        name,
        when,
        targets,
    })
}

fn compile_target(tc: &TargetConfig, calendars: &Calendars, field: &str) -> Result<Target> {
    let clock = tc.clock.clone().ok_or_else(|| {
        Error::invalid(
            format!("{field}.clock"),
            "no clock; give \"calendar\" or a calendar name here or as the policy's clock",
        )
    })?;
    if let Clock::Business(name) = &clock {
        calendars.require(name, &format!("{field}.clock"))?;
    }
    let pause = tc.pause.clone().unwrap_or_else(|| vec![Status::Pending]);
    for (i, s) in pause.iter().enumerate() {
        if matches!(s, Status::Solved | Status::Closed) {
            return Err(Error::invalid(
                format!("{field}.pause[{i}]"),
                format!("{s} always stops the clock; list only new, open, pending or on_hold"),
            ));
        }
    }
    if let Some(w) = &tc.warn {
        if w.at_percent.is_none() && w.before.is_none() {
            return Err(Error::invalid(
                format!("{field}.warn"),
                "give at_percent, before, or both",
            ));
        }
        if let Some(p) = w.at_percent
            && !(1..=99).contains(&p)
        {
            return Err(Error::invalid(
                format!("{field}.warn.at_percent"),
                format!("{p} is outside 1-99"),
            ));
        }
        if let Some(before) = w.before
            && let Some(short) = tc.within.durations().into_iter().find(|d| *d <= before)
        {
            return Err(Error::invalid(
                format!("{field}.warn.before"),
                format!("{before} is not shorter than the target {short}"),
            ));
        }
    }
    Ok(Target {
        within: tc.within.clone(),
        clock,
        pause,
        warn: tc.warn.clone(),
    })
}
