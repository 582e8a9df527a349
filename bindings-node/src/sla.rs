//! `Sla`: calendars and SLA policies, forwarded to core; reports as plain objects.

use std::sync::Arc;

use caredesk::sla::{Cycle, MetricReport, SlaConfig, SlaReport as CoreReport};
use chrono::{DateTime, TimeDelta, Utc};
use napi::bindgen_prelude::{Array, AsyncTask, ClassInstance, Env, Task, Unknown};
use napi_derive::napi;

use crate::convert::{instant, serialize_to_js, to_json};
use crate::error::{OrThrow, invalid, js_error};
use crate::ticket::Ticket;

/// Calendars and SLA policies compiled once; evaluates tickets at an instant.
/// Configuration errors throw with `code` and `field` (`sla.unknown_calendar`,
/// `policies[0].targets.first_reply.clock`).
#[napi]
pub struct Sla {
    pub(crate) inner: Arc<caredesk::sla::Sla>,
}

fn wrap(sla: caredesk::sla::Sla) -> Sla {
    Sla {
        inner: Arc::new(sla),
    }
}

#[napi]
impl Sla {
    /// Compiles a configuration object: named `calendars` and ordered `policies`.
    #[napi(constructor, catch_unwind)]
    pub fn new(
        env: &Env,
        #[napi(ts_arg_type = "SlaConfigData")] config: Unknown<'_>,
    ) -> napi::Result<Self> {
        let value = to_json(env, config, ".")?;
        let config: SlaConfig = caredesk::wire::from_value(value).or_throw(env)?;
        caredesk::sla::Sla::new(config).map(wrap).or_throw(env)
    }

    /// Reads and compiles a JSON configuration.
    #[napi(factory, catch_unwind)]
    pub fn from_json(env: &Env, text: String) -> napi::Result<Self> {
        caredesk::sla::Sla::from_json(&text).map(wrap).or_throw(env)
    }

    /// Reads and compiles a TOML configuration.
    #[napi(factory, catch_unwind)]
    pub fn from_toml(env: &Env, text: String) -> napi::Result<Self> {
        caredesk::sla::Sla::from_toml(&text).map(wrap).or_throw(env)
    }

    /// The configuration as written back by core (presets kept as given).
    #[napi(getter, catch_unwind, ts_return_type = "SlaConfigData")]
    pub fn config<'e>(&self, env: &'e Env) -> napi::Result<Unknown<'e>> {
        serialize_to_js(env, &self.inner.config())
    }

    /// The policy names, in order.
    #[napi(getter)]
    pub fn policy_names(&self) -> Vec<String> {
        self.inner.policies().names().map(str::to_string).collect()
    }

    /// The calendar names.
    #[napi(getter)]
    pub fn calendar_names(&self) -> Vec<String> {
        self.inner.calendars().names().map(str::to_string).collect()
    }

    /// Evaluates one ticket at `now`.
    #[napi(catch_unwind)]
    pub fn evaluate(
        &self,
        env: &Env,
        ticket: &Ticket,
        #[napi(ts_arg_type = "Date")] now: Unknown<'_>,
    ) -> napi::Result<SlaReport> {
        let now = instant(env, now, "now")?;
        self.inner
            .evaluate(ticket.get(), now)
            .map(SlaReport::from)
            .or_throw(env)
    }

    /// Evaluates many tickets at the same `now` off the main thread. The
    /// promise rejects with the first failure (its `field` prefixed with
    /// `tickets[i]`); see `evaluateManySettled` to keep going.
    #[napi(
        catch_unwind,
        ts_args_type = "tickets: Ticket[], now: Date",
        ts_return_type = "Promise<SlaReport[]>"
    )]
    pub fn evaluate_many(
        &self,
        env: &Env,
        tickets: Array<'_>,
        now: Unknown<'_>,
    ) -> napi::Result<AsyncTask<ReportsTask>> {
        Ok(AsyncTask::new(ReportsTask(self.batch(env, tickets, now)?)))
    }

    /// Like `evaluateMany`, but every ticket gets an outcome, as
    /// `Promise.allSettled` does: `{ ok: true, report }` or `{ ok: false, error }`.
    #[napi(
        catch_unwind,
        ts_args_type = "tickets: Ticket[], now: Date",
        ts_return_type = "Promise<SlaOutcome[]>"
    )]
    pub fn evaluate_many_settled(
        &self,
        env: &Env,
        tickets: Array<'_>,
        now: Unknown<'_>,
    ) -> napi::Result<AsyncTask<SettledTask>> {
        Ok(AsyncTask::new(SettledTask(self.batch(env, tickets, now)?)))
    }
}

impl Sla {
    /// Copies the tickets for a worker thread, naming a non-ticket entry.
    fn batch(&self, env: &Env, tickets: Array<'_>, now: Unknown<'_>) -> napi::Result<Batch> {
        let now = instant(env, now, "now")?;
        let mut owned = Vec::with_capacity(tickets.len() as usize);
        for i in 0..tickets.len() {
            let field = format!("tickets[{i}]");
            let ticket = tickets
                .get::<ClassInstance<Ticket>>(i)
                .ok()
                .flatten()
                .ok_or_else(|| js_error(env, &invalid(&field, "expected a Ticket")))?;
            owned.push(ticket.get().clone());
        }
        Ok(Batch {
            sla: Arc::clone(&self.inner),
            tickets: owned,
            now,
        })
    }
}

/// The tickets of a batch, copied for the worker thread.
pub struct Batch {
    sla: Arc<caredesk::sla::Sla>,
    tickets: Vec<caredesk::Ticket>,
    now: DateTime<Utc>,
}

impl Batch {
    fn run(&self) -> Vec<caredesk::Result<CoreReport>> {
        self.sla
            .evaluate_many(&self.tickets, self.now)
            .into_iter()
            .enumerate()
            .map(|(i, r)| r.map_err(|e| e.within(&format!("tickets[{i}]"))))
            .collect()
    }
}

/// The work behind `evaluateMany`.
pub struct ReportsTask(Batch);

impl Task for ReportsTask {
    type Output = Vec<caredesk::Result<CoreReport>>;
    type JsValue = Vec<SlaReport>;

    fn compute(&mut self) -> napi::Result<Self::Output> {
        Ok(self.0.run())
    }

    fn resolve(&mut self, env: Env, output: Self::Output) -> napi::Result<Self::JsValue> {
        output
            .into_iter()
            .map(|r| r.map(SlaReport::from).map_err(|e| js_error(&env, &e)))
            .collect()
    }
}

/// The work behind `evaluateManySettled`.
pub struct SettledTask(Batch);

impl Task for SettledTask {
    type Output = Vec<caredesk::Result<CoreReport>>;
    type JsValue = Vec<SlaOutcome>;

    fn compute(&mut self) -> napi::Result<Self::Output> {
        Ok(self.0.run())
    }

    fn resolve(&mut self, _env: Env, output: Self::Output) -> napi::Result<Self::JsValue> {
        Ok(output
            .into_iter()
            .map(|r| match r {
                Ok(report) => SlaOutcome {
                    ok: true,
                    report: Some(SlaReport::from(report)),
                    error: None,
                },
                Err(e) => SlaOutcome {
                    ok: false,
                    report: None,
                    error: Some(ErrorInfo {
                        code: e.code().to_string(),
                        field: e.field().map(str::to_string),
                        message: e.to_string(),
                    }),
                },
            })
            .collect())
    }
}

/// One ticket's outcome in `evaluateManySettled`.
#[napi(object)]
pub struct SlaOutcome {
    /// True when `report` is set.
    pub ok: bool,
    /// The report, when the evaluation succeeded.
    pub report: Option<SlaReport>,
    /// The error, when it failed.
    pub error: Option<ErrorInfo>,
}

/// A core error as data.
#[napi(object)]
pub struct ErrorInfo {
    /// The stable code, e.g. `input.invalid`.
    pub code: String,
    /// The input field, e.g. `tickets[3].now`.
    pub field: Option<String>,
    /// The message.
    pub message: String,
}

fn seconds(d: TimeDelta) -> f64 {
    d.as_seconds_f64()
}

/// What is due, when, and what is late, for one ticket at one instant.
#[napi(object)]
pub struct SlaReport {
    /// The ticket's id.
    pub ticket_id: String,
    /// The instant evaluated.
    pub now: DateTime<Utc>,
    /// The policy that matched; absent when none did.
    pub policy: Option<String>,
    /// The targets that apply.
    pub metrics: Vec<SlaMetric>,
    /// Targets of the policy that do not apply, with the reason.
    pub skipped: Vec<SlaSkipped>,
    /// The earliest deadline among running targets (in the past when breached).
    pub next_due: Option<SlaNextDue>,
    /// True when some target is breached or was fulfilled late.
    pub any_breach: bool,
}

impl From<CoreReport> for SlaReport {
    fn from(r: CoreReport) -> Self {
        SlaReport {
            any_breach: r.any_breach(),
            ticket_id: r.ticket_id,
            now: r.now,
            policy: r.policy,
            metrics: r.metrics.into_iter().map(SlaMetric::from).collect(),
            skipped: r
                .skipped
                .into_iter()
                .map(|s| SlaSkipped {
                    metric: s.metric.as_str().to_string(),
                    code: s.code.to_string(),
                    text: s.text,
                })
                .collect(),
            next_due: r.next_due.map(|d| SlaNextDue {
                metric: d.metric.as_str().to_string(),
                at: d.at,
            }),
        }
    }
}

/// The state of one target. Durations are seconds.
#[napi(object)]
pub struct SlaMetric {
    /// `first_reply`, `next_reply`, `periodic_update`, `resolution`, `requester_wait` or `agent_work`.
    #[napi(ts_type = "MetricName")]
    pub metric: String,
    /// The target that applies, in seconds.
    pub target: f64,
    /// `calendar` (24/7) or the calendar's name.
    pub clock: String,
    /// When the clock started.
    pub start: DateTime<Utc>,
    /// When the target is due; absent while the clock is stopped short of it.
    pub due: Option<DateTime<Utc>>,
    /// When the warning fires, if one is configured.
    pub warn_at: Option<DateTime<Utc>>,
    /// When the target was met.
    pub fulfilled_at: Option<DateTime<Utc>>,
    /// When the target was missed.
    pub breached_at: Option<DateTime<Utc>>,
    /// Time counted on the clock, in seconds.
    pub elapsed: f64,
    /// `target - elapsed` in seconds; negative when overdue.
    pub remaining: f64,
    /// The clock is stopped now.
    pub paused: bool,
    /// `running`, `warning`, `breached`, `fulfilled` or `fulfilled_late`.
    #[napi(ts_type = "StageName")]
    pub stage: String,
    /// Earlier cycles of `next_reply` and `periodic_update`, oldest first.
    pub earlier: Vec<SlaCycle>,
}

impl From<MetricReport> for SlaMetric {
    fn from(m: MetricReport) -> Self {
        let c = &m.cycle;
        SlaMetric {
            metric: m.metric.as_str().to_string(),
            target: seconds(m.target),
            clock: m.clock.as_str().to_string(),
            start: c.start,
            due: c.due,
            warn_at: c.warn_at,
            fulfilled_at: c.fulfilled_at,
            breached_at: c.breached_at,
            elapsed: seconds(c.elapsed),
            remaining: seconds(m.remaining),
            paused: m.paused,
            stage: c.stage.as_str().to_string(),
            earlier: m.earlier.iter().map(SlaCycle::from).collect(),
        }
    }
}

/// One earlier wait of a repeating metric.
#[napi(object)]
pub struct SlaCycle {
    /// When the clock started.
    pub start: DateTime<Utc>,
    /// When it was due.
    pub due: Option<DateTime<Utc>>,
    /// When the warning fired.
    pub warn_at: Option<DateTime<Utc>>,
    /// When it was met.
    pub fulfilled_at: Option<DateTime<Utc>>,
    /// When it was missed.
    pub breached_at: Option<DateTime<Utc>>,
    /// Seconds counted.
    pub elapsed: f64,
    /// The stage.
    #[napi(ts_type = "StageName")]
    pub stage: String,
}

impl From<&Cycle> for SlaCycle {
    fn from(c: &Cycle) -> Self {
        SlaCycle {
            start: c.start,
            due: c.due,
            warn_at: c.warn_at,
            fulfilled_at: c.fulfilled_at,
            breached_at: c.breached_at,
            elapsed: seconds(c.elapsed),
            stage: c.stage.as_str().to_string(),
        }
    }
}

/// A target that does not apply.
#[napi(object)]
pub struct SlaSkipped {
    /// The metric.
    #[napi(ts_type = "MetricName")]
    pub metric: String,
    /// `sla.no_target_for_priority` or `sla.not_started`.
    pub code: String,
    /// The reason in words.
    pub text: String,
}

/// The earliest deadline.
#[napi(object)]
pub struct SlaNextDue {
    /// The metric.
    #[napi(ts_type = "MetricName")]
    pub metric: String,
    /// The due instant.
    pub at: DateTime<Utc>,
}
