//! `Ticket`: a header plus an append-only event log, forwarded to core.

use caredesk::{AutoClose, Event, Message, Priority, Status};
use chrono::TimeDelta;
use napi::JsDate;
use napi::bindgen_prelude::{Env, JsValue, Object, Unknown};
use napi_derive::napi;

use crate::convert::{
    date, instant, opt_number, opt_string, safe_integer, serialize_to_js, string, strings, to_js,
    to_json,
};
use crate::error::{OrThrow, invalid, js_error};

/// A customer-service ticket: header fields and its event log. Status,
/// priority, tags and assignee are derived from the log; a change that breaks
/// a lifecycle rule throws and leaves the ticket unchanged.
#[napi]
pub struct Ticket {
    inner: caredesk::Ticket,
}

impl Ticket {
    /// The core ticket.
    pub(crate) fn get(&self) -> &caredesk::Ticket {
        &self.inner
    }
}

#[napi]
impl Ticket {
    /// Reads a ticket document (wire format, instants as `Date` or RFC 3339
    /// strings), replaying and checking its whole event log.
    #[napi(constructor, catch_unwind)]
    pub fn new(
        env: &Env,
        #[napi(ts_arg_type = "TicketData")] data: Unknown<'_>,
    ) -> napi::Result<Self> {
        let value = to_json(env, data, ".")?;
        caredesk::Ticket::from_value(value)
            .map(Ticket::from)
            .or_throw(env)
    }

    /// The same as `new Ticket(data)`.
    #[napi(factory, catch_unwind)]
    pub fn from_object(
        env: &Env,
        #[napi(ts_arg_type = "TicketData")] data: Unknown<'_>,
    ) -> napi::Result<Self> {
        Self::new(env, data)
    }

    /// Reads a ticket from JSON text (see the constructor).
    #[napi(factory, catch_unwind)]
    pub fn from_json(
        env: &Env,
        #[napi(ts_arg_type = "string")] text: Unknown<'_>,
    ) -> napi::Result<Self> {
        caredesk::Ticket::from_json(&string(env, text, "text")?)
            .map(Ticket::from)
            .or_throw(env)
    }

    /// The ticket document, with the derived snapshot and `Date` instants.
    #[napi(catch_unwind, ts_return_type = "TicketData<Date>")]
    pub fn to_object<'e>(&self, env: &'e Env) -> napi::Result<Unknown<'e>> {
        to_js(env, &self.inner.to_value())
    }

    /// The ticket as JSON text, exactly as core writes it.
    #[napi(js_name = "toJson", catch_unwind)]
    pub fn to_json_text(&self) -> String {
        self.inner.to_json()
    }

    /// The same as `toObject()`, so `JSON.stringify(ticket)` works.
    #[napi(js_name = "toJSON", catch_unwind, ts_return_type = "TicketData<Date>")]
    pub fn to_json_object<'e>(&self, env: &'e Env) -> napi::Result<Unknown<'e>> {
        self.to_object(env)
    }

    // ---- changes -------------------------------------------------------

    /// Adds a message; a public customer message reopens a pending, on-hold
    /// or solved ticket.
    #[napi(catch_unwind)]
    pub fn add_message(
        &mut self,
        env: &Env,
        #[napi(ts_arg_type = "MessageData")] message: Unknown<'_>,
    ) -> napi::Result<()> {
        let message = read_message(env, message)?;
        self.inner.add_message(message).or_throw(env)
    }

    /// Sets the status at instant `at`.
    #[napi(catch_unwind)]
    pub fn set_status(
        &mut self,
        env: &Env,
        #[napi(ts_arg_type = "StatusName")] status: Unknown<'_>,
        #[napi(ts_arg_type = "Date")] at: Unknown<'_>,
    ) -> napi::Result<()> {
        let status = string(env, status, "status")?;
        let status = Status::parse_field(&status, "status").or_throw(env)?;
        let at = instant(env, at, "at")?;
        self.inner.set_status(status, at).or_throw(env)
    }

    /// Sets the priority at instant `at` (it can change, never be cleared).
    #[napi(catch_unwind)]
    pub fn set_priority(
        &mut self,
        env: &Env,
        #[napi(ts_arg_type = "PriorityName")] priority: Unknown<'_>,
        #[napi(ts_arg_type = "Date")] at: Unknown<'_>,
    ) -> napi::Result<()> {
        let priority = string(env, priority, "priority")?;
        let priority = Priority::parse_field(&priority, "priority").or_throw(env)?;
        let at = instant(env, at, "at")?;
        self.inner.set_priority(priority, at).or_throw(env)
    }

    /// Assigns the ticket to an agent id, or unassigns it with `null`.
    #[napi(catch_unwind)]
    pub fn assign(
        &mut self,
        env: &Env,
        #[napi(ts_arg_type = "string | null")] assignee: Option<Unknown<'_>>,
        #[napi(ts_arg_type = "Date")] at: Unknown<'_>,
    ) -> napi::Result<()> {
        let assignee = opt_string(env, assignee, "assignee")?;
        let at = instant(env, at, "at")?;
        self.inner.assign(assignee, at).or_throw(env)
    }

    /// Adds and removes tags at instant `at`.
    #[napi(catch_unwind)]
    pub fn tag(
        &mut self,
        env: &Env,
        #[napi(ts_arg_type = "Array<string>")] added: Unknown<'_>,
        #[napi(ts_arg_type = "Array<string>")] removed: Unknown<'_>,
        #[napi(ts_arg_type = "Date")] at: Unknown<'_>,
    ) -> napi::Result<()> {
        let added = strings(env, added, "added")?;
        let removed = strings(env, removed, "removed")?;
        let at = instant(env, at, "at")?;
        self.inner.tag(added, removed, at).or_throw(env)
    }

    /// Appends an event document (`{type: "status_changed", at, status}`, ...)
    /// after checking it against every lifecycle rule.
    #[napi(catch_unwind)]
    pub fn apply(
        &mut self,
        env: &Env,
        #[napi(ts_arg_type = "EventData")] event: Unknown<'_>,
    ) -> napi::Result<()> {
        let value = to_json(env, event, ".")?;
        let event = caredesk::wire::from_value::<Event>(value).or_throw(env)?;
        self.inner.apply(event).or_throw(env)
    }

    /// Closes a solved ticket whose auto-close instant is at or before `now`
    /// (dated at that instant); returns whether it closed. The delay defaults
    /// to core's (four days).
    #[napi(catch_unwind)]
    pub fn close_if_due(
        &mut self,
        env: &Env,
        #[napi(ts_arg_type = "Date")] now: Unknown<'_>,
        #[napi(ts_arg_type = "number")] auto_close_after_seconds: Option<Unknown<'_>>,
    ) -> napi::Result<bool> {
        let now = instant(env, now, "now")?;
        let field = "autoCloseAfterSeconds";
        let seconds = opt_number(env, auto_close_after_seconds, field)?;
        let policy = auto_close(env, seconds, field)?;
        self.inner.close_if_due(&policy, now).or_throw(env)
    }

    /// Starts a follow-up ticket `newId` for a customer message to this closed
    /// ticket; it links back through `followUpOf`.
    #[napi(catch_unwind)]
    pub fn follow_up(
        &self,
        env: &Env,
        #[napi(ts_arg_type = "string")] new_id: Unknown<'_>,
        #[napi(ts_arg_type = "MessageData")] message: Unknown<'_>,
    ) -> napi::Result<Ticket> {
        let new_id = string(env, new_id, "newId")?;
        let message = read_message(env, message)?;
        self.inner
            .follow_up(new_id, message)
            .map(Ticket::from)
            .or_throw(env)
    }

    // ---- header ----------------------------------------------------------

    /// The ticket id.
    #[napi(getter, catch_unwind)]
    pub fn id(&self) -> String {
        self.inner.id().to_string()
    }

    /// The channel it arrived through.
    #[napi(getter, catch_unwind, ts_return_type = "ChannelName")]
    pub fn channel(&self) -> String {
        self.inner.channel().as_str().to_string()
    }

    /// The marketplace, for `marketplace` channel tickets.
    #[napi(getter, catch_unwind, ts_return_type = "MarketplaceName | null")]
    pub fn marketplace(&self) -> Option<String> {
        self.inner.marketplace().map(|m| m.as_str().to_string())
    }

    /// The subject line.
    #[napi(getter, catch_unwind, ts_return_type = "string | null")]
    pub fn subject(&self) -> Option<String> {
        self.inner.subject().map(str::to_string)
    }

    /// The customer.
    #[napi(getter, catch_unwind, ts_return_type = "CustomerData")]
    pub fn customer<'e>(&self, env: &'e Env) -> napi::Result<Unknown<'e>> {
        serialize_to_js(env, self.inner.customer())
    }

    /// Referenced order numbers.
    #[napi(getter, catch_unwind)]
    pub fn order_refs(&self) -> Vec<String> {
        self.inner.order_refs().to_vec()
    }

    /// The topic label.
    #[napi(getter, catch_unwind, ts_return_type = "string | null")]
    pub fn topic(&self) -> Option<String> {
        self.inner.topic().map(str::to_string)
    }

    /// The conversation language (BCP 47).
    #[napi(getter, catch_unwind, ts_return_type = "string | null")]
    pub fn language(&self) -> Option<String> {
        self.inner.language().map(str::to_string)
    }

    /// When the ticket was created.
    #[napi(getter, catch_unwind, ts_return_type = "Date")]
    pub fn created_at<'e>(&self, env: &'e Env) -> napi::Result<JsDate<'e>> {
        date(env, self.inner.created_at())
    }

    /// The closed ticket this one follows up.
    #[napi(getter, catch_unwind, ts_return_type = "string | null")]
    pub fn follow_up_of(&self) -> Option<String> {
        self.inner.follow_up_of().map(str::to_string)
    }

    // ---- current state (derived from the log) -----------------------------

    /// The current status.
    #[napi(getter, catch_unwind, ts_return_type = "StatusName")]
    pub fn status(&self) -> String {
        self.inner.status().as_str().to_string()
    }

    /// The current priority; `null` until first set.
    #[napi(getter, catch_unwind, ts_return_type = "PriorityName | null")]
    pub fn priority(&self) -> Option<String> {
        self.inner.priority().map(|p| p.as_str().to_string())
    }

    /// The current tags, sorted.
    #[napi(getter, catch_unwind)]
    pub fn tags(&self) -> Vec<String> {
        self.inner.tags().iter().cloned().collect()
    }

    /// The current assignee.
    #[napi(getter, catch_unwind, ts_return_type = "string | null")]
    pub fn assignee(&self) -> Option<String> {
        self.inner.assignee().map(str::to_string)
    }

    /// The event log, oldest first.
    #[napi(getter, catch_unwind, ts_return_type = "Array<EventData<Date>>")]
    pub fn events<'e>(&self, env: &'e Env) -> napi::Result<Unknown<'e>> {
        serialize_to_js(env, self.inner.events())
    }

    /// All messages, oldest first.
    #[napi(getter, catch_unwind, ts_return_type = "Array<MessageData<Date>>")]
    pub fn messages<'e>(&self, env: &'e Env) -> napi::Result<Unknown<'e>> {
        let messages: Vec<&Message> = self.inner.messages().collect();
        serialize_to_js(env, &messages)
    }

    /// How many times the ticket left `solved` for an open status.
    #[napi(getter, catch_unwind)]
    pub fn reopen_count(&self) -> u32 {
        self.inner.reopen_count()
    }

    /// Seconds from creation to the first public agent reply (calendar time).
    #[napi(getter, catch_unwind, ts_return_type = "number | null")]
    pub fn first_reply_seconds(&self) -> Option<i64> {
        self.inner.first_reply_time().map(|d| d.num_seconds())
    }

    /// The first public agent reply.
    #[napi(getter, catch_unwind, ts_return_type = "MessageData<Date> | null")]
    pub fn first_agent_reply<'e>(&self, env: &'e Env) -> napi::Result<Unknown<'e>> {
        serialize_to_js(env, &self.inner.first_agent_reply())
    }

    /// The instant of the latest event (the creation for an empty log).
    #[napi(getter, catch_unwind, ts_return_type = "Date")]
    pub fn last_activity_at<'e>(&self, env: &'e Env) -> napi::Result<JsDate<'e>> {
        date(env, self.inner.last_activity_at())
    }

    // ---- derived facts ------------------------------------------------------

    /// The status in force at `t` (an event at exactly `t` counts); `null`
    /// before the ticket existed.
    #[napi(catch_unwind, ts_return_type = "StatusName | null")]
    pub fn status_at(
        &self,
        env: &Env,
        #[napi(ts_arg_type = "Date")] t: Unknown<'_>,
    ) -> napi::Result<Option<String>> {
        let t = instant(env, t, "t")?;
        Ok(self.inner.status_at(t).map(|s| s.as_str().to_string()))
    }

    /// Whole seconds spent in each status from creation until `until`; every
    /// status is listed.
    #[napi(catch_unwind, ts_return_type = "Record<StatusName, number>")]
    pub fn time_in_status<'e>(
        &self,
        env: &'e Env,
        #[napi(ts_arg_type = "Date")] until: Unknown<'_>,
    ) -> napi::Result<Unknown<'e>> {
        let until = instant(env, until, "until")?;
        let spent = self.inner.time_in_status(until).or_throw(env)?;
        let mut obj = Object::new(env)?;
        for (status, delta) in spent {
            obj.set(status.as_str(), delta.num_seconds())?;
        }
        Ok(obj.to_unknown())
    }

    /// When the ticket closes by itself, while it is `solved`; `null`
    /// otherwise. The delay defaults to core's (four days).
    #[napi(catch_unwind, ts_return_type = "Date | null")]
    pub fn auto_close_at<'e>(
        &self,
        env: &'e Env,
        #[napi(ts_arg_type = "number")] after_seconds: Option<Unknown<'_>>,
    ) -> napi::Result<Option<JsDate<'e>>> {
        let after_seconds = opt_number(env, after_seconds, "afterSeconds")?;
        let policy = auto_close(env, after_seconds, "afterSeconds")?;
        self.inner
            .auto_close_at(&policy)
            .map(|t| date(env, t))
            .transpose()
    }

    /// Every status change, oldest first, starting with `new` at creation.
    #[napi(catch_unwind, ts_return_type = "Array<StatusChange>")]
    pub fn status_history<'e>(&self, env: &'e Env) -> napi::Result<Unknown<'e>> {
        let history = self.inner.status_history();
        let mut array = env.create_array(u32::try_from(history.len()).unwrap_or(u32::MAX))?;
        for (i, (at, status)) in (0u32..).zip(history) {
            let mut change = Object::new(env)?;
            change.set("at", date(env, *at)?)?;
            change.set("status", status.as_str())?;
            array.set(i, change)?;
        }
        Ok(array.to_unknown())
    }
}

impl From<caredesk::Ticket> for Ticket {
    fn from(inner: caredesk::Ticket) -> Self {
        Ticket { inner }
    }
}

fn read_message(env: &Env, message: Unknown<'_>) -> napi::Result<Message> {
    let value = to_json(env, message, ".")?;
    caredesk::wire::from_value::<Message>(value).or_throw(env)
}

/// Core's default delay, or core's check of the one given in whole seconds.
fn auto_close(env: &Env, seconds: Option<f64>, field: &str) -> napi::Result<AutoClose> {
    let Some(seconds) = seconds else {
        return Ok(AutoClose::default());
    };
    let seconds = safe_integer(env, seconds, field)?;
    let after = TimeDelta::try_seconds(seconds)
        .ok_or_else(|| js_error(env, &invalid(field, format!("{seconds} s is out of range"))))?;
    AutoClose::new(after).or_throw(env)
}
