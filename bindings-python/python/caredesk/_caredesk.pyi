"""Type stubs for the native caredesk module.

Data documents (tickets, messages, events) use the wire format shared with
Rust and Node: snake_case keys, every instant in a key named ``at`` or ending
in ``_at``. Instants are tz-aware ``datetime`` objects; naive ones are refused
with ``InputError`` (code ``input.naive_datetime``).
"""

from collections.abc import Iterable, Mapping
from datetime import date, datetime, timedelta
from typing import Literal, NotRequired, TypedDict

__version__: str

StatusName = Literal["new", "open", "pending", "on_hold", "solved", "closed"]
PriorityName = Literal["low", "normal", "high", "urgent"]
ChannelName = Literal["email", "chat", "phone", "social", "web_form", "marketplace"]
MarketplaceName = Literal[
    "amazon", "ebay", "walmart", "zalando", "kaufland", "otto", "bol", "cdiscount", "allegro", "etsy"
]
AuthorName = Literal["customer", "agent", "system"]

class CaredeskError(Exception):
    """Base of every caredesk error."""

    code: str
    """Stable machine-readable code, e.g. ``"ticket.closed"``."""
    field: str | None
    """The input path the error concerns, e.g. ``"events[2].at"``."""

class InputError(CaredeskError):
    """Input of the wrong shape or value (codes ``input.*``)."""

class MoneyError(CaredeskError):
    """Money errors (codes ``money.*``)."""

class TicketError(CaredeskError):
    """A ticket lifecycle rule was broken (codes ``ticket.*``)."""

class SlaError(CaredeskError):
    """A business-hours calendar or SLA configuration problem (codes ``sla.*``)."""

class TriageError(CaredeskError):
    """A triage rule that cannot be compiled (codes ``triage.*``)."""

class ReplyError(CaredeskError):
    """A reply that cannot be rendered, or a template catalog that cannot be compiled (codes ``reply.*``)."""

class CustomerData(TypedDict):
    id: str
    name: NotRequired[str]
    email: NotRequired[str]
    locale: NotRequired[str]
    """BCP 47, e.g. ``"it-IT"``."""
    tier: NotRequired[str]

class MessageData(TypedDict):
    id: str
    at: datetime
    author: AuthorName
    body: str
    public: NotRequired[bool]
    """``False`` for an internal note (default ``True``)."""

class EventData(TypedDict):
    type: Literal["message_added", "status_changed", "priority_changed", "assigned", "tagged"]
    at: NotRequired[datetime]
    """Required for every type except ``message_added``, whose instant is the message's."""
    message: NotRequired[MessageData]
    status: NotRequired[StatusName]
    priority: NotRequired[PriorityName]
    assignee: NotRequired[str | None]
    added: NotRequired[list[str]]
    removed: NotRequired[list[str]]

class TicketData(TypedDict):
    id: str
    channel: ChannelName
    customer: CustomerData
    created_at: datetime
    marketplace: NotRequired[MarketplaceName]
    subject: NotRequired[str]
    order_refs: NotRequired[list[str]]
    topic: NotRequired[str]
    language: NotRequired[str]
    follow_up_of: NotRequired[str]
    events: NotRequired[list[EventData]]
    status: NotRequired[StatusName]
    """Snapshot derived from ``events``; checked when given."""
    priority: NotRequired[PriorityName]
    tags: NotRequired[list[str]]
    assignee: NotRequired[str]

class MoneyData(TypedDict):
    minor: int
    currency: str

class Money:
    """A non-negative amount in integer minor units of an ISO 4217 currency."""

    def __init__(self, minor: int, currency: str) -> None: ...
    @staticmethod
    def parse(amount: str, currency: str) -> Money:
        """Parses a plain decimal such as ``"19.99"`` (never rounds)."""
    @staticmethod
    def from_dict(data: MoneyData) -> Money: ...
    @property
    def minor(self) -> int: ...
    @property
    def currency(self) -> str: ...
    @property
    def exponent(self) -> int: ...
    def __add__(self, other: Money) -> Money: ...
    def __sub__(self, other: Money) -> Money: ...
    def __mul__(self, factor: int) -> Money: ...
    def percent_bps(self, bps: int) -> Money:
        """``bps / 10000`` of the amount, rounded half to even."""
    def allocate(self, weights: list[int]) -> list[Money]:
        """Splits in proportion to ``weights``; the parts sum to the whole."""
    def to_dict(self) -> MoneyData: ...
    def __eq__(self, other: object) -> bool: ...
    def __hash__(self) -> int: ...

class Ticket:
    """A support ticket: header fields plus an append-only event log.

    Status, priority, tags and assignee are derived by replaying the log.
    Every change is checked against the lifecycle rules; a refused change
    raises and leaves the ticket unchanged.
    """

    def __init__(
        self,
        id: str,
        channel: ChannelName,
        customer: CustomerData,
        created_at: datetime,
        *,
        marketplace: MarketplaceName | None = None,
        subject: str | None = None,
        order_refs: list[str] | None = None,
        topic: str | None = None,
        language: str | None = None,
    ) -> None: ...
    @staticmethod
    def from_dict(data: TicketData) -> Ticket: ...
    @staticmethod
    def from_json(text: str) -> Ticket: ...
    def to_dict(self) -> TicketData: ...
    def to_json(self) -> str: ...
    def apply(self, event: EventData) -> None: ...
    def add_message(self, message: MessageData) -> None: ...
    def set_status(self, status: StatusName, at: datetime) -> None: ...
    def set_priority(self, priority: PriorityName, at: datetime) -> None: ...
    def assign(self, assignee: str | None, at: datetime) -> None: ...
    def tag(self, added: list[str], removed: list[str], at: datetime) -> None: ...
    def close_if_due(self, now: datetime, after: timedelta | None = None) -> bool:
        """Closes a solved ticket whose auto-close delay (default 4 days) has passed."""
    def follow_up(self, new_id: str, message: MessageData) -> Ticket:
        """A new ticket linked to this closed one, holding the customer's message."""
    @property
    def id(self) -> str: ...
    @property
    def channel(self) -> ChannelName: ...
    @property
    def marketplace(self) -> MarketplaceName | None: ...
    @property
    def subject(self) -> str | None: ...
    @property
    def customer(self) -> CustomerData: ...
    @property
    def order_refs(self) -> list[str]: ...
    @property
    def topic(self) -> str | None: ...
    @property
    def language(self) -> str | None: ...
    @property
    def created_at(self) -> datetime: ...
    @property
    def follow_up_of(self) -> str | None: ...
    @property
    def status(self) -> StatusName: ...
    @property
    def priority(self) -> PriorityName | None: ...
    @property
    def tags(self) -> list[str]: ...
    @property
    def assignee(self) -> str | None: ...
    @property
    def last_activity_at(self) -> datetime: ...
    @property
    def events(self) -> list[EventData]: ...
    @property
    def messages(self) -> list[MessageData]: ...
    @property
    def reopen_count(self) -> int: ...
    @property
    def first_reply_time(self) -> timedelta | None: ...
    @property
    def first_agent_reply(self) -> MessageData | None: ...
    def status_at(self, t: datetime) -> StatusName | None: ...
    def status_history(self) -> list[tuple[datetime, StatusName]]: ...
    def time_in_status(self, until: datetime) -> dict[StatusName, timedelta]: ...
    def auto_close_at(self, after: timedelta | None = None) -> datetime | None: ...
    def __eq__(self, other: object) -> bool: ...

# ---- SLA -------------------------------------------------------------------

MetricName = Literal[
    "first_reply", "next_reply", "periodic_update", "resolution", "requester_wait", "agent_work"
]
StageName = Literal["running", "warning", "breached", "fulfilled", "fulfilled_late"]
Duration = str | int | timedelta
"""``"24h"``, ``"1h30m"``, ``"45m"``, ``"90s"``, whole seconds, or a ``timedelta``; days are refused (state them as hours)."""

class CalendarConfigData(TypedDict):
    zone: str
    """IANA zone, e.g. ``"Europe/Rome"``."""
    weekly: NotRequired[dict[str, list[tuple[str, str] | list[str]]]]
    """``{"mon": [["09:00", "18:00"]], ...}``; an end before its start crosses midnight."""
    holidays: NotRequired[list[dict[str, object]]]
    """``[{"date": "2026-12-24", "open": [["09:00", "13:00"]]}, {"date": "2026-12-25"}]``"""
    extra_working_days: NotRequired[list[dict[str, object]]]
    holiday_sets: NotRequired[list[str]]
    """Country codes: IT DE FR ES PT NL BE AT IE GB US PL."""
    always: NotRequired[bool]

class WarningData(TypedDict, total=False):
    at_percent: int
    """Warn once this share of the target has elapsed (1-99)."""
    before: Duration
    """Warn when this much of the target remains."""

class TargetData(TypedDict):
    within: Duration | dict[PriorityName, Duration]
    clock: NotRequired[str]
    """``"calendar"`` (24/7) or the name of a calendar; defaults to the policy's clock."""
    pause: NotRequired[list[StatusName]]
    """Statuses that stop the clock; ``["pending"]`` by default."""
    warn: NotRequired[WarningData]

class ConditionsData(TypedDict, total=False):
    priority: list[PriorityName]
    channel: list[ChannelName]
    marketplace: list[MarketplaceName]
    tags: list[str]
    """All listed tags must be on the ticket."""
    tier: list[str]

class PolicyData(TypedDict, total=False):
    name: str
    preset: Literal["amazon", "walmart", "ebay", "kaufland"]
    calendar: str
    """For the ``ebay`` and ``kaufland`` presets: a Mon-Fri 00:00-24:00 calendar."""
    when: ConditionsData
    clock: str
    targets: dict[MetricName, TargetData]

class SlaConfigData(TypedDict):
    calendars: NotRequired[dict[str, CalendarConfigData]]
    policies: list[PolicyData]

class SkippedData(TypedDict):
    metric: MetricName
    code: Literal["sla.no_target_for_priority", "sla.not_started"]
    text: str

class CycleData(TypedDict):
    start: datetime
    due: datetime | None
    warn_at: datetime | None
    fulfilled_at: datetime | None
    breached_at: datetime | None
    elapsed: timedelta
    stage: StageName

class MetricReport:
    """The state of one target of the matched policy (frozen)."""

    @property
    def metric(self) -> MetricName: ...
    @property
    def target(self) -> timedelta: ...
    @property
    def clock(self) -> str: ...
    @property
    def start(self) -> datetime: ...
    @property
    def due(self) -> datetime | None:
        """None while the clock is stopped short of the target."""
    @property
    def warn_at(self) -> datetime | None: ...
    @property
    def fulfilled_at(self) -> datetime | None: ...
    @property
    def breached_at(self) -> datetime | None: ...
    @property
    def elapsed(self) -> timedelta: ...
    @property
    def remaining(self) -> timedelta:
        """``target - elapsed``; negative when overdue."""
    @property
    def paused(self) -> bool: ...
    @property
    def stage(self) -> StageName: ...
    @property
    def earlier(self) -> list[CycleData]:
        """Earlier cycles of ``next_reply`` and ``periodic_update``, oldest first."""
    def to_dict(self) -> dict[str, object]: ...

class SlaReport:
    """What is due, when, and what is late, for one ticket at one instant (frozen)."""

    @property
    def ticket_id(self) -> str: ...
    @property
    def now(self) -> datetime: ...
    @property
    def policy(self) -> str | None:
        """The policy that matched, or None."""
    @property
    def metrics(self) -> list[MetricReport]: ...
    @property
    def skipped(self) -> list[SkippedData]: ...
    @property
    def next_due(self) -> tuple[MetricName, datetime] | None:
        """The earliest deadline among running targets (in the past when breached)."""
    @property
    def any_breach(self) -> bool: ...
    def metric(self, name: MetricName) -> MetricReport | None: ...
    def to_dict(self) -> dict[str, object]: ...
    def to_json(self) -> str:
        """JSON text: instants RFC 3339, durations in seconds."""

class Sla:
    """Calendars and SLA policies compiled once; evaluates tickets at an instant.

    >>> sla = Sla({"policies": [{"preset": "amazon"}]})
    """

    def __init__(self, config: SlaConfigData) -> None: ...
    @staticmethod
    def from_json(text: str) -> Sla: ...
    @staticmethod
    def from_toml(text: str) -> Sla: ...
    @property
    def config(self) -> SlaConfigData: ...
    @property
    def policy_names(self) -> list[str]: ...
    @property
    def calendar_names(self) -> list[str]: ...
    def evaluate(self, ticket: Ticket, now: datetime) -> SlaReport: ...
    def evaluate_many(
        self, tickets: list[Ticket], now: datetime, *, errors: Literal["raise", "return"] = "raise"
    ) -> list[SlaReport | CaredeskError]:
        """Evaluates many tickets without holding the GIL. With ``errors="return"``
        a failing ticket's exception takes its place instead of being raised."""

# ---- triage ----------------------------------------------------------------

TopicName = Literal[
    "order_status", "delivery_problem", "wrong_item", "damaged_defective", "return_request",
    "exchange", "refund_status", "cancellation", "payment_issue", "account", "loyalty_giftcard",
    "presale", "feedback", "other",
]
SentimentName = Literal["negative", "neutral", "positive"]

class OrderFactsData(TypedDict, total=False):
    value: MoneyData
    status: Literal["processing", "shipped", "delivered", "cancelled"]
    ordered_at: datetime
    promised_by: str
    """``YYYY-MM-DD``: the delivery date promised to the customer."""
    delivered_at: datetime

class TriageInputData(TypedDict):
    body: str
    channel: ChannelName
    subject: NotRequired[str]
    marketplace: NotRequired[MarketplaceName]
    customer_tier: NotRequired[str]
    previous_tickets: NotRequired[int]
    order: NotRequired[OrderFactsData]
    received_at: NotRequired[datetime]
    """When the message arrived; needed to tell an order is past its promised date."""

class RuleData(TypedDict):
    id: str
    kind: Literal["topic", "signal", "sentiment", "presale"]
    weight: float
    topic: NotRequired[TopicName]
    signal: NotRequired[Literal["double_charge", "chargeback_fraud", "legal_threat", "time_critical", "payment_failed"]]
    patterns: NotRequired[list[str]]
    """Keywords and phrases on folded text; a trailing ``*`` matches any word ending."""
    regex: NotRequired[str]
    negatable: NotRequired[bool]

class PackData(TypedDict):
    language: str
    """ISO 639-1 code of one of the twelve languages, or ``*``."""
    negations: NotRequired[list[str]]
    rules: NotRequired[list[RuleData]]

class TriageConfigData(TypedDict, total=False):
    builtin: bool
    packs: list[PackData]
    disable: list[str]
    """Rule ids, or ``prefix*``."""
    weights: dict[str, float]
    high_value: dict[str, int]
    """Minor units per currency code from which a problem is high priority."""
    topic_priority: dict[TopicName, PriorityName]
    max_scan_chars: int

class ReasonData(TypedDict):
    id: str
    kind: Literal["topic", "signal", "sentiment", "presale", "fact", "priority", "input"]
    weight: float
    field: NotRequired[Literal["subject", "body"]]
    span: NotRequired[list[int]]
    """``[start, end)`` in characters of that field."""
    text: str

class TriageResult:
    """The answer for one message (frozen)."""

    @property
    def language(self) -> str | None: ...
    @property
    def language_confidence(self) -> float: ...
    @property
    def topic(self) -> TopicName: ...
    @property
    def topic_confidence(self) -> float: ...
    @property
    def runner_up(self) -> TopicName | None: ...
    @property
    def runner_up_confidence(self) -> float: ...
    @property
    def priority(self) -> PriorityName: ...
    @property
    def sentiment(self) -> SentimentName: ...
    @property
    def sentiment_score(self) -> float:
        """-1 (very negative) to 1 (very positive)."""
    @property
    def presale(self) -> bool: ...
    @property
    def reasons(self) -> list[ReasonData]: ...
    @property
    def scanned_chars(self) -> int: ...
    @property
    def truncated(self) -> bool:
        """True when only the start of a very long body was read."""
    def to_dict(self) -> dict[str, object]: ...
    def to_json(self) -> str: ...

class Triage:
    """Language, topic, priority, sentiment and pre-sale intent, explained.

    >>> Triage().classify({"body": "Where is my order?", "channel": "email"}).topic
    'order_status'
    """

    def __init__(self, config: TriageConfigData | None = None) -> None: ...
    @staticmethod
    def from_json(text: str) -> Triage: ...
    @staticmethod
    def from_toml(text: str) -> Triage: ...
    @property
    def rule_count(self) -> int: ...
    def classify(self, message: TriageInputData) -> TriageResult: ...
    def triage(self, ticket: Ticket, order: OrderFactsData | None = None) -> TriageResult | None:
        """The latest public customer message of ``ticket``; None if there is none."""
    def classify_many(self, messages: list[TriageInputData]) -> list[TriageResult]:
        """Classifies many messages without holding the GIL."""

# ---- replies -----------------------------------------------------------------

ToneName = Literal["formal", "informal"]
ReplyFormat = Literal["plain", "html"]
MissingPolicyName = Literal["error", "marker"]

class LocaleRequestData(TypedDict, total=False):
    """What is known about the customer's language, tried in this order."""

    locales: list[str]
    """Tags in order of preference, tried first."""
    profile: str
    """The locale of the customer's profile (``"es-MX"``)."""
    detected: str
    """The language detected in the message (``"es"``)."""
    accept_language: str
    """An HTTP ``Accept-Language`` header; bad entries are skipped."""

Locales = str | list[str] | LocaleRequestData | None
"""One tag, a list of tags, or a :class:`LocaleRequestData`; None asks for the default locale."""

ReplyArg = str | int | Money | MoneyData | datetime | date
"""Text, an integer (also a plural count), money, a tz-aware instant or a date.
Instants and dates may also be given as RFC 3339 / ``YYYY-MM-DD`` text where the
message formats them with ``DATETIME()`` / ``DATE()``. Booleans and floats are refused."""

class ReplyItem(TypedDict):
    message_id: str
    locales: NotRequired[Locales]
    args: NotRequired[Mapping[str, ReplyArg]]

class Reply:
    """A rendered reply (frozen)."""

    @property
    def text(self) -> str:
        """Plain text, or HTML with every argument escaped."""
    @property
    def locale_used(self) -> str:
        """The catalog locale of the text (``"es"`` for a customer in ``es-MX``)."""
    @property
    def fallback_used(self) -> bool:
        """True when that locale does not match the first requested locale."""
    @property
    def missing_args(self) -> list[str]:
        """Arguments shown as ``{$name}`` markers (with ``missing="marker"``)."""
    @property
    def tone_used(self) -> ToneName:
        """The tone of the text; English has only ``"formal"``."""
    def to_dict(self) -> dict[str, object]: ...
    def to_json(self) -> str: ...
    def __eq__(self, other: object) -> bool: ...

class ReplyCatalog:
    """Reply templates (Project Fluent) in 12 locales and two tones, compiled once.

    >>> cat = ReplyCatalog()
    >>> r = cat.render("closing", "de-AT", {"customer_name": "Jonas"}, tone="informal")
    >>> (r.locale_used, r.tone_used)
    ('de', 'informal')

    ``sources`` layers a shop's own ``.ftl`` texts over the built-in ones, named
    ``"<locale>/formal.ftl"``, ``"<locale>/informal.ftl"`` or ``"<locale>.ftl"``
    (both tones). A text that does not parse raises ``ReplyError`` (code
    ``reply.syntax``, ``field`` the name, line and column in the message).
    """

    def __init__(self, sources: Mapping[str, str] | None = None, *, builtin: bool = True) -> None: ...
    @property
    def locales(self) -> list[str]: ...
    def message_ids(self, locale: str, tone: ToneName = "formal") -> list[str]: ...
    def variables(self, locale: str, message_id: str, tone: ToneName = "formal") -> list[str] | None: ...
    def render(
        self,
        message_id: str,
        locales: Locales = None,
        args: Mapping[str, ReplyArg] | None = None,
        *,
        tone: ToneName = "formal",
        format: ReplyFormat = "plain",
        zone: str = "UTC",
        missing: MissingPolicyName = "error",
    ) -> Reply:
        """Renders ``message_id`` (``"id.attr"`` for an attribute) for a customer.

        Money is formatted by CLDR for the customer's locale, instants in the
        IANA ``zone`` of the shop. Raises ``ReplyError`` (``reply.unknown_message``,
        ``reply.invalid_locale``, ``reply.missing_arg``, ``reply.wrong_arg_type``,
        ``reply.render``) or ``InputError`` (an unknown option value, a naive datetime).
        """
    def render_text(
        self,
        message_id: str,
        locales: Locales = None,
        args: Mapping[str, ReplyArg] | None = None,
        *,
        tone: ToneName = "formal",
        format: ReplyFormat = "plain",
        zone: str = "UTC",
        missing: MissingPolicyName = "error",
    ) -> str:
        """Like :meth:`render`, but only the text."""
    def render_many(
        self,
        items: Iterable[ReplyItem],
        *,
        tone: ToneName = "formal",
        format: ReplyFormat = "plain",
        zone: str = "UTC",
        missing: MissingPolicyName = "error",
        errors: Literal["raise", "return"] = "raise",
    ) -> list[Reply | CaredeskError]:
        """Renders many replies without holding the GIL; fields of errors are prefixed ``items[i]``."""

class LintIssueData(TypedDict):
    code: str
    """``lint.missing_message``, ``lint.unknown_variable``, ``lint.plural_category``, ..."""
    severity: Literal["error", "warning"]
    locale: NotRequired[str]
    tone: NotRequired[ToneName]
    message_id: NotRequired[str]
    file: NotRequired[str]
    line: NotRequired[int]
    column: NotRequired[int]
    text: str

class LintReport:
    """What the template linter found (frozen); ``str()`` gives one line per issue."""

    @property
    def ok(self) -> bool:
        """True when there is no error (warnings allowed)."""
    @property
    def issues(self) -> list[LintIssueData]: ...
    @property
    def error_count(self) -> int: ...
    @property
    def warning_count(self) -> int: ...
    @property
    def renders(self) -> int:
        """Renders made with sample arguments."""
    @property
    def layers(self) -> int:
        """(locale, tone) layers checked."""
    def to_dict(self) -> dict[str, object]: ...
    def to_json(self) -> str: ...

def lint_templates(sources: Mapping[str, str] | None = None, *, builtin: bool = True) -> LintReport:
    """Lints the built-in templates, with ``sources`` on top (or alone with ``builtin=False``)."""
