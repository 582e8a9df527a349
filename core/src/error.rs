//! The one error type of caredesk.
//!
//! Every failure is a variant of [`Error`], and every variant has a stable
//! machine-readable [`Error::code`] (`"ticket.closed"`, `"money.unknown_currency"`,
//! ...) and, where one exists, the input field it concerns ([`Error::field`]).
//! The bindings map the code family (the part before the first dot) to an
//! exception class in Python and to `err.code` in Node, so the codes are part
//! of the public API: they are never renamed, only added.

use chrono::{DateTime, Utc};

/// A convenient alias for results whose error is [`Error`].
///
/// ```
/// use caredesk::{Money, Result};
///
/// // A shop helper that sums the refunds of a German withdrawal.
/// fn total_refund(prices: &[&str]) -> Result<Money> {
///     prices.iter().try_fold(Money::new(0, "EUR")?, |sum, p| sum.checked_add(&Money::parse(p, "EUR")?))
/// }
/// assert_eq!(total_refund(&["59.90", "4.95"])?.to_string(), "64.85 EUR");
/// assert_eq!(total_refund(&["59,90"]).unwrap_err().code(), "input.invalid");
/// # Ok::<(), caredesk::Error>(())
/// ```
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Everything that can go wrong in caredesk.
///
/// ```
/// use caredesk::{Error, Money};
///
/// let err = Money::new(-5, "EUR").unwrap_err();
/// assert_eq!(err.code(), "money.negative");
/// assert_eq!(err.field(), Some("minor"));
/// ```
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A JSON document could not be read: malformed, or a value of the wrong shape.
    #[error("{path}: {problem}")]
    Json {
        /// Where in the document (`events[3].status`, or `.` for the root).
        path: String,
        /// What serde reported, e.g. `unknown variant "shipped", expected one of ...`.
        problem: String,
    },

    /// A field holds a value outside its allowed set (an unknown status or channel string).
    #[error("{field}: unknown value {value:?}, expected one of: {expected}")]
    UnknownValue {
        /// The field, e.g. `status`.
        field: String,
        /// The value given.
        value: String,
        /// The allowed values, comma separated.
        expected: String,
    },

    /// A field holds a value of the right type that breaks a rule (empty id, zero delay, ...).
    #[error("{field}: {problem}")]
    InvalidField {
        /// The field, e.g. `customer.email`.
        field: String,
        /// The rule it breaks, in plain words.
        problem: String,
    },

    /// A TOML document could not be read: malformed, or a value of the wrong shape.
    #[error("{path}: {problem}")]
    Toml {
        /// Where in the document (`policies[0].targets`, or `.` for the root).
        path: String,
        /// What the TOML reader or serde reported.
        problem: String,
    },

    /// A date-time without a time zone was given where an instant is required.
    #[error(
        "{field}: naive date-time (no time zone); give an aware instant, e.g. 2026-03-01T09:00:00Z"
    )]
    NaiveDateTime {
        /// The field, e.g. `created_at`.
        field: String,
    },

    /// A money amount below zero.
    #[error("{field}: money cannot be negative (got {minor} minor units)")]
    MoneyNegative {
        /// The field that carried the amount.
        field: String,
        /// The amount in minor units.
        minor: i128,
    },

    /// A money computation that does not fit in 64-bit minor units.
    #[error("{field}: amount overflows 64-bit minor units")]
    MoneyOverflow {
        /// The operation or field concerned.
        field: String,
    },

    /// A currency code that is not an active ISO 4217 code.
    #[error(
        "{field}: unknown currency code {code:?} (expected an active ISO 4217 code such as EUR)"
    )]
    UnknownCurrency {
        /// The field that carried the code.
        field: String,
        /// The code given.
        code: String,
    },

    /// Two amounts in different currencies were combined.
    #[error("{field}: currency mismatch, {left} vs {right}")]
    CurrencyMismatch {
        /// The operation or field concerned.
        field: String,
        /// The currency of the left operand.
        left: String,
        /// The currency of the right operand.
        right: String,
    },

    /// A decimal amount has more fractional digits than its currency allows.
    #[error("{field}: {value:?} has more than {exponent} decimal places allowed for {currency}")]
    MoneyPrecision {
        /// The field that carried the amount.
        field: String,
        /// The text given.
        value: String,
        /// The currency.
        currency: String,
        /// The currency's number of minor-unit digits.
        exponent: u8,
    },

    /// A status change the lifecycle does not allow (e.g. back to `new`).
    #[error("{field}: cannot go from {from} to {to}")]
    IllegalTransition {
        /// The field carrying the status, `status` or `events[N].status`.
        field: String,
        /// The current status.
        from: String,
        /// The requested status.
        to: String,
    },

    /// Any change to a closed ticket. Customer messages go to a follow-up ticket.
    #[error(
        "{field}: ticket {ticket_id} is closed; a new customer message needs a follow-up ticket (follow_up)"
    )]
    TicketClosed {
        /// The change refused, `event` or `events[N]`.
        field: String,
        /// The closed ticket's id.
        ticket_id: String,
    },

    /// A follow-up was asked for a ticket that is not closed.
    #[error(
        "ticket {ticket_id} is {status}, not closed; add the message to it instead of following up"
    )]
    TicketNotClosed {
        /// The ticket's id.
        ticket_id: String,
        /// Its current status.
        status: String,
    },

    /// An event dated before the ticket was created.
    #[error("{field}: {at} is before the ticket's creation at {created_at}")]
    BeforeCreation {
        /// The field carrying the instant.
        field: String,
        /// The instant given.
        at: DateTime<Utc>,
        /// The ticket's creation instant.
        created_at: DateTime<Utc>,
    },

    /// An event dated before the ticket's latest event: the log is append-only and ordered.
    #[error(
        "{field}: {at} is before the ticket's latest event at {latest}; time cannot go backwards"
    )]
    TimeWentBackwards {
        /// The field carrying the instant.
        field: String,
        /// The instant given.
        at: DateTime<Utc>,
        /// The latest instant already in the log.
        latest: DateTime<Utc>,
    },

    /// A stored snapshot field disagrees with what the event log says.
    #[error("{field}: stored value {stored} disagrees with the event log, which gives {derived}")]
    SnapshotMismatch {
        /// The snapshot field (`status`, `priority`, ...).
        field: String,
        /// The stored value, as JSON.
        stored: String,
        /// The derived value, as JSON.
        derived: String,
    },

    /// A business-hours interval that starts and ends at the same time (`09:00`–`09:00`).
    #[error(
        "{field}: empty interval, start and end are both {at} (an end before the start crosses midnight; equal times are empty)"
    )]
    SlaEmptyInterval {
        /// The interval, e.g. `weekly.mon[1]`.
        field: String,
        /// The time given for both ends.
        at: String,
    },

    /// Two business-hours intervals overlap.
    #[error("{field}: overlaps {other}")]
    SlaOverlap {
        /// The later interval, e.g. `weekly.mon[1]`.
        field: String,
        /// The interval it overlaps, e.g. `weekly.mon[0]`.
        other: String,
    },

    /// A calendar whose weekly schedule has no open time at all.
    #[error(
        "{field}: the calendar has no open time; give at least one weekly interval or set always = true"
    )]
    SlaNoOpenTime {
        /// The field, `weekly`.
        field: String,
    },

    /// A business-time computation that lands beyond the instants chrono can represent.
    #[error("{field}: result is beyond the representable range of instants")]
    SlaOverflow {
        /// The argument concerned, e.g. `business_duration`.
        field: String,
    },

    /// An SLA target's clock names a calendar that is not defined.
    #[error("{field}: no calendar named {name:?} (defined: {known})")]
    SlaUnknownCalendar {
        /// The clock field, e.g. `policies[0].targets.first_reply.clock`.
        field: String,
        /// The name given.
        name: String,
        /// The calendar names that exist, comma separated (or `none`).
        known: String,
    },

    /// A triage rule that cannot be compiled (a regex that does not parse).
    #[error("{field}: rule {rule:?}: {problem}")]
    TriageInvalidRule {
        /// Where the rule is, e.g. `packs[0].rules[3].regex`.
        field: String,
        /// The rule's id.
        rule: String,
        /// What is wrong.
        problem: String,
    },

    /// Two messages in one ticket share an id.
    #[error("{field}: {message_id:?} already exists in ticket {ticket_id}")]
    DuplicateMessage {
        /// The field carrying the id, `message.id` or `events[N].message.id`.
        field: String,
        /// The ticket's id.
        ticket_id: String,
        /// The repeated message id.
        message_id: String,
    },

    /// A country or region code that is not ISO 3166 (`DE`, `US-CA`).
    #[error(
        "{field}: unknown country code {code:?} (expected ISO 3166-1 alpha-2 such as DE, or a region of that country such as US-CA)"
    )]
    ReturnsUnknownCountry {
        /// The field, e.g. `country` or `overrides.XX`.
        field: String,
        /// The code given.
        code: String,
    },

    /// A return reason that is neither built in nor declared in the policy's `reasons`.
    #[error("{field}: unknown return reason {reason:?}, expected one of: {expected}")]
    ReturnsUnknownReason {
        /// The field, e.g. `reason` or `items[1].reason`.
        field: String,
        /// The reason given.
        reason: String,
        /// The reasons the policy knows, comma separated.
        expected: String,
    },

    /// A return window (or grace period) of fewer than zero days.
    #[error("{field}: a window cannot be negative (got {days} days)")]
    ReturnsNegativeWindow {
        /// The field, e.g. `window.days`.
        field: String,
        /// The number of days given.
        days: i64,
    },

    /// A fee or deduction larger than the price it is taken from.
    #[error("{field}: {fee} exceeds the price it is taken from ({price})")]
    ReturnsFeeExceedsPrice {
        /// The policy or request field, e.g. `restocking_fee.flat` or `items[0].loss_of_value`.
        field: String,
        /// The fee, as money text (`12.00 EUR`) or basis points (`12000 bp`).
        fee: String,
        /// The price, as money text, or `100 %`.
        price: String,
    },

    /// A delivery (or shipment) dated before the order was placed.
    #[error("{field}: {at} is before the order at {ordered_at}")]
    ReturnsBeforeOrder {
        /// The field, e.g. `items[1].delivered_at`.
        field: String,
        /// The instant given.
        at: DateTime<Utc>,
        /// The order instant.
        ordered_at: DateTime<Utc>,
    },

    /// An order, shipment or delivery dated after the request (or `now`).
    #[error("{field}: {at} is after the request at {requested_at}")]
    ReturnsAfterRequest {
        /// The field, e.g. `delivered_at`.
        field: String,
        /// The instant given.
        at: DateTime<Utc>,
        /// The request instant (`requested_at`, or `now`).
        requested_at: DateTime<Utc>,
    },

    /// A reply message id that no locale tried defines.
    #[error("{field}: unknown reply message {id:?} ({detail})")]
    ReplyUnknownMessage {
        /// `message_id`.
        field: String,
        /// The id given.
        id: String,
        /// Which locales were tried and where the id exists, if anywhere.
        detail: String,
    },

    /// A locale tag that does not parse (or a source name that gives none).
    #[error("{field}: {tag:?} is not a locale tag ({problem})")]
    ReplyInvalidLocale {
        /// Where the tag came from: `profile`, `locales[1]`, or a source's name.
        field: String,
        /// The tag given.
        tag: String,
        /// What is wrong with it.
        problem: String,
    },

    /// A reply message uses arguments that were not given.
    #[error("{field}: message {message_id:?} needs {missing}, not given")]
    ReplyMissingArg {
        /// `args.<name>` of the first missing argument.
        field: String,
        /// The message rendered.
        message_id: String,
        /// Every missing argument, comma separated.
        missing: String,
    },

    /// A reply argument of the wrong type for the way the message uses it.
    #[error("{field}: expected {expected}, got {got}")]
    ReplyWrongArgType {
        /// `args.<name>`.
        field: String,
        /// What the message needs.
        expected: String,
        /// What was given.
        got: String,
    },

    /// A Fluent (`.ftl`) source that does not parse.
    #[error("{field}:{line}:{column}: {problem}")]
    ReplySyntax {
        /// The source's name, e.g. `de/formal.ftl`.
        field: String,
        /// 1-based line of the first error.
        line: u32,
        /// 1-based column (in characters) of the first error.
        column: u32,
        /// What the parser reported.
        problem: String,
    },

    /// Training rows a model cannot be learned from (no rows, an empty
    /// text, a row without labels, one class only, over a limit).
    #[error("{field}: {problem}")]
    TriageTraining {
        /// The row or field, e.g. `rows[12].topic`.
        field: String,
        /// What is wrong.
        problem: String,
    },

    /// A triage model file that is truncated, damaged or not a model file.
    #[error("{field}: {problem}")]
    TriageModelFile {
        /// `model`.
        field: String,
        /// What is wrong.
        problem: String,
    },

    /// A triage model file written in another format version.
    #[error(
        "{field}: written in model format version {found}; this build reads version {expected} (retrain, or load it with the caredesk version that wrote it)"
    )]
    TriageModelVersion {
        /// `model`.
        field: String,
        /// The file's version.
        found: u32,
        /// The version this build reads.
        expected: u32,
    },

    /// A template that parsed but could not be rendered (a reference to a
    /// message that does not exist, an unknown function, ...).
    #[error("{field}: {problem}")]
    ReplyRender {
        /// The message id (`id.attr` for an attribute).
        field: String,
        /// What went wrong, and in which locale and tone.
        problem: String,
    },
}

/// The `field` (or `path`) of every variant that has one, as `Some(f)`; one
/// list serves both [`Error::field`] and the mutable access `within` needs.
macro_rules! field_of {
    ($error:expr) => {
        match $error {
            Error::Json { path: f, .. }
            | Error::Toml { path: f, .. }
            | Error::UnknownValue { field: f, .. }
            | Error::InvalidField { field: f, .. }
            | Error::NaiveDateTime { field: f, .. }
            | Error::MoneyNegative { field: f, .. }
            | Error::MoneyOverflow { field: f, .. }
            | Error::UnknownCurrency { field: f, .. }
            | Error::CurrencyMismatch { field: f, .. }
            | Error::MoneyPrecision { field: f, .. }
            | Error::IllegalTransition { field: f, .. }
            | Error::TicketClosed { field: f, .. }
            | Error::BeforeCreation { field: f, .. }
            | Error::TimeWentBackwards { field: f, .. }
            | Error::SnapshotMismatch { field: f, .. }
            | Error::DuplicateMessage { field: f, .. }
            | Error::SlaEmptyInterval { field: f, .. }
            | Error::SlaOverlap { field: f, .. }
            | Error::SlaNoOpenTime { field: f, .. }
            | Error::SlaOverflow { field: f, .. }
            | Error::SlaUnknownCalendar { field: f, .. }
            | Error::TriageInvalidRule { field: f, .. }
            | Error::TriageTraining { field: f, .. }
            | Error::TriageModelFile { field: f, .. }
            | Error::TriageModelVersion { field: f, .. }
            | Error::ReturnsUnknownCountry { field: f, .. }
            | Error::ReturnsUnknownReason { field: f, .. }
            | Error::ReturnsNegativeWindow { field: f, .. }
            | Error::ReturnsFeeExceedsPrice { field: f, .. }
            | Error::ReturnsBeforeOrder { field: f, .. }
            | Error::ReturnsAfterRequest { field: f, .. }
            | Error::ReplyUnknownMessage { field: f, .. }
            | Error::ReplyInvalidLocale { field: f, .. }
            | Error::ReplyMissingArg { field: f, .. }
            | Error::ReplyWrongArgType { field: f, .. }
            | Error::ReplySyntax { field: f, .. }
            | Error::ReplyRender { field: f, .. } => Some(f),
            Error::TicketNotClosed { .. } => None,
        }
    };
}

impl Error {
    /// The stable code of this error, `family.name`.
    ///
    /// Families: `input` (shape and values of what was passed in), `money`,
    /// `ticket` (lifecycle rules), `sla` (business-hours calendars and timers),
    /// `triage` (rule packs), `returns` (return policies and requests), `reply`
    /// (reply catalogs and rendering). Every code, with when it is returned,
    /// is listed once in `docs/concepts.md` (a test keeps that list equal to
    /// this function).
    ///
    /// ```
    /// let e = caredesk::Money::parse("1.999", "EUR").unwrap_err();
    /// assert_eq!((e.code(), e.family()), ("money.precision", "money"));
    /// ```
    pub fn code(&self) -> &'static str {
        match self {
            Error::Json { .. } => "input.json",
            Error::Toml { .. } => "input.toml",
            Error::UnknownValue { .. } => "input.unknown_value",
            Error::InvalidField { .. } => "input.invalid",
            Error::NaiveDateTime { .. } => "input.naive_datetime",
            Error::MoneyNegative { .. } => "money.negative",
            Error::MoneyOverflow { .. } => "money.overflow",
            Error::UnknownCurrency { .. } => "money.unknown_currency",
            Error::CurrencyMismatch { .. } => "money.currency_mismatch",
            Error::MoneyPrecision { .. } => "money.precision",
            Error::IllegalTransition { .. } => "ticket.illegal_transition",
            Error::TicketClosed { .. } => "ticket.closed",
            Error::TicketNotClosed { .. } => "ticket.not_closed",
            Error::BeforeCreation { .. } => "ticket.before_creation",
            Error::TimeWentBackwards { .. } => "ticket.time_went_backwards",
            Error::SnapshotMismatch { .. } => "ticket.snapshot_mismatch",
            Error::DuplicateMessage { .. } => "ticket.duplicate_message",
            Error::SlaEmptyInterval { .. } => "sla.empty_interval",
            Error::SlaOverlap { .. } => "sla.overlapping_hours",
            Error::SlaNoOpenTime { .. } => "sla.no_open_time",
            Error::SlaOverflow { .. } => "sla.overflow",
            Error::SlaUnknownCalendar { .. } => "sla.unknown_calendar",
            Error::TriageInvalidRule { .. } => "triage.invalid_rule",
            Error::TriageTraining { .. } => "triage.training",
            Error::TriageModelFile { .. } => "triage.model_file",
            Error::TriageModelVersion { .. } => "triage.model_version",
            Error::ReturnsUnknownCountry { .. } => "returns.unknown_country",
            Error::ReturnsUnknownReason { .. } => "returns.unknown_reason",
            Error::ReturnsNegativeWindow { .. } => "returns.negative_window",
            Error::ReturnsFeeExceedsPrice { .. } => "returns.fee_exceeds_price",
            Error::ReturnsBeforeOrder { .. } => "returns.before_order",
            Error::ReturnsAfterRequest { .. } => "returns.after_request",
            Error::ReplyUnknownMessage { .. } => "reply.unknown_message",
            Error::ReplyInvalidLocale { .. } => "reply.invalid_locale",
            Error::ReplyMissingArg { .. } => "reply.missing_arg",
            Error::ReplyWrongArgType { .. } => "reply.wrong_arg_type",
            Error::ReplySyntax { .. } => "reply.syntax",
            Error::ReplyRender { .. } => "reply.render",
        }
    }

    /// The family of the code: the part before the first dot (`"ticket"`).
    ///
    /// ```
    /// use caredesk::{Money, Ticket};
    ///
    /// // The family picks the exception class in Python and is the prefix of `err.code` in Node.
    /// assert_eq!(Money::parse("49.90", "EUX").unwrap_err().family(), "money");
    /// let err = Ticket::from_json("{").unwrap_err();
    /// assert_eq!((err.family(), err.code()), ("input", "input.json"));
    /// ```
    pub fn family(&self) -> &'static str {
        let code = self.code();
        &code[..code.find('.').unwrap_or(code.len())]
    }

    /// The input field the error concerns, as a path (`events[2].at`), when there is one.
    ///
    /// ```
    /// use caredesk::calendar::Calendar;
    ///
    /// // The path leads to the bad value inside the document.
    /// let err = Calendar::from_json(r#"{"zone": "Europe/Berlin", "weekly": {"mon": [["08:00", "25:00"]]}}"#).unwrap_err();
    /// assert_eq!(err.code(), "input.invalid");
    /// assert_eq!(err.field(), Some("weekly.mon[0][1]"));
    /// ```
    pub fn field(&self) -> Option<&str> {
        field_of!(self).map(String::as_str)
    }

    fn field_mut(&mut self) -> Option<&mut String> {
        field_of!(self)
    }

    /// Builds an [`Error::InvalidField`].
    pub(crate) fn invalid(field: impl Into<String>, problem: impl Into<String>) -> Self {
        Error::InvalidField {
            field: field.into(),
            problem: problem.into(),
        }
    }

    /// Prefixes the field path with `prefix` (used when an error from a nested value
    /// surfaces through its container, e.g. `events[3]` + `.at`).
    ///
    /// ```
    /// use caredesk::Money;
    ///
    /// // A shop reading a list of order lines places the error at the line.
    /// let err = Money::parse("12.345", "EUR").unwrap_err().within("lines[2]");
    /// assert_eq!(err.field(), Some("lines[2].amount"));
    /// assert_eq!(err.code(), "money.precision");
    /// ```
    pub fn within(mut self, prefix: &str) -> Self {
        if prefix.is_empty() || prefix == "." {
            return self;
        }
        if let Some(f) = self.field_mut() {
            *f = if f.is_empty() || f == "." {
                prefix.to_string()
            } else {
                format!("{prefix}.{f}")
            };
        }
        self
    }
}
