"""Type stubs for the native caredesk module.

Data documents (tickets, messages, events) use the wire format shared with
Rust and Node: snake_case keys, every instant in a key named ``at`` or ending
in ``_at``. Instants are tz-aware ``datetime`` objects; naive ones are refused
with ``InputError`` (code ``input.naive_datetime``).
"""

from collections.abc import Iterable, Mapping
from datetime import date, datetime, timedelta
from typing import Literal, NotRequired, TypedDict, overload

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
    """A triage rule that cannot be compiled (``triage.invalid_rule``), training
    rows a model cannot be learned from (``triage.training``, ``field`` names the
    row: ``rows[12].topic``), or a model file that cannot be read
    (``triage.model_file``, ``triage.model_version``)."""

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
    "presale", "feedback", "other", "order_change", "invoice", "privacy",
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
    """The language's most frequent short words, for language detection."""
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
    code: str
    kind: Literal["topic", "signal", "sentiment", "presale", "fact", "priority", "input"]
    weight: float
    field: NotRequired[Literal["subject", "body"]]
    span: NotRequired[list[int]]
    """``[start, end)`` in characters of that field."""
    text: str

class TrainingRowData(TypedDict):
    """One labelled message to learn from: a topic, a priority, or both."""

    body: str
    channel: ChannelName
    subject: NotRequired[str]
    marketplace: NotRequired[MarketplaceName]
    customer_tier: NotRequired[str]
    order: NotRequired[OrderFactsData]
    received_at: NotRequired[datetime]
    topic: NotRequired[str]
    """A built-in topic name or the shop's own label (1-100 characters)."""
    priority: NotRequired[PriorityName]

class TrainOptionsData(TypedDict, total=False):
    epochs: int
    """Passes over the rows, 1-100 (default 30)."""
    seed: int
    """The same rows and seed give the same model, byte for byte."""
    hash_bits: int
    """``2**hash_bits`` feature buckets, 12-20 (default 16)."""
    rate: float
    """Starting learning rate, 0 < rate <= 10 (default 1)."""
    l2: float
    """L2 penalty, 0 <= l2 < 0.1 (default 1e-5)."""
    folds: int
    """Folds for ``Triage.cross_validate``, 2-20 (default 5)."""
    fallback: bool
    """Read messages in languages the rows barely cover with the built-in model (default True)."""
    min_rows_per_language: int
    """A language counts as covered from this many rows (default 20)."""

class LabelStatsData(TypedDict):
    support: int
    precision: float
    recall: float

class TrainingSummaryData(TypedDict):
    rows: int
    topic_rows: int
    priority_rows: int
    duplicate_rows: int

class CrossValidationData(TypedDict):
    folds: int
    topic_rows: int
    topic_accuracy: float
    topics: dict[str, LabelStatsData]
    confusion: dict[str, dict[str, int]]
    """Rows per true label, then per predicted label."""
    topic_calibration_error: float
    priority_rows: int
    priority_accuracy: float
    priority_within_one: float
    """Share of rows whose predicted priority is at most one step off."""
    rows: TrainingSummaryData

class TriageResult:
    """The answer for one message (frozen)."""

    @property
    def language(self) -> str | None: ...
    @property
    def language_confidence(self) -> float: ...
    @property
    def topic(self) -> TopicName: ...
    @property
    def topic_label(self) -> str:
        """The model's label: the topic's name, or the shop's own label of a
        trained model (``topic`` is then ``other``). Also in ``to_dict()["topic"]["label"]``."""
    @property
    def topic_confidence(self) -> float: ...
    @property
    def runner_up(self) -> TopicName | None: ...
    @property
    def runner_up_label(self) -> str | None: ...
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
    @classmethod
    def train(
        cls,
        rows: Iterable[TrainingRowData],
        options: TrainOptionsData | None = None,
        config: TriageConfigData | None = None,
    ) -> Triage:
        """Learns a topic and priority model from the shop's labelled rows and
        returns a triage on ``config`` that uses it; the GIL is released while
        training. A bad row raises with ``field`` naming it (``rows[3].priority``);
        rows a model cannot be learned from raise ``TriageError``
        (``triage.training``)."""
    @staticmethod
    def cross_validate(
        rows: Iterable[TrainingRowData], options: TrainOptionsData | None = None
    ) -> CrossValidationData:
        """k-fold cross-validation (``options["folds"]``) of a model trained on ``rows``."""
    def save_model(self) -> bytes:
        """The model file of the model in use (the built-in one unless trained or loaded)."""
    @classmethod
    def load_model(cls, data: bytes, config: TriageConfigData | None = None) -> Triage:
        """A triage on ``config`` using the model file ``data``; a damaged or
        truncated file raises ``triage.model_file``, another format version
        ``triage.model_version``."""
    @property
    def model_topics(self) -> list[str]:
        """The model's topic labels."""
    @property
    def model_languages(self) -> list[str]:
        """The languages (ISO 639-1) the model's rows covered."""
    def classify(self, message: TriageInputData) -> TriageResult: ...
    def triage(self, ticket: Ticket, order: OrderFactsData | None = None) -> TriageResult | None:
        """The latest public customer message of ``ticket``; None if there is none."""
    @overload
    def classify_many(
        self, messages: Iterable[TriageInputData], *, errors: Literal["raise"] = "raise"
    ) -> list[TriageResult]: ...
    @overload
    def classify_many(
        self, messages: Iterable[TriageInputData], *, errors: Literal["return"]
    ) -> list[TriageResult | CaredeskError]:
        """Classifies many messages without holding the GIL. With ``errors="return"``
        a message that cannot be read is replaced by its exception instead of raising."""

# ---- returns ---------------------------------------------------------------

from datetime import date

class ReturnsError(CaredeskError):
    """A return policy or request that breaks a return rule (codes ``returns.*``:
    ``unknown_country``, ``unknown_reason``, ``negative_window``,
    ``fee_exceeds_price``, ``before_order``, ``after_request``)."""

ReasonName = str
"""A reason of the taxonomy: ``size_too_small``, ``size_too_large``, ``colour``,
``style``, ``unwanted`` (change of mind), ``defective``, ``not_as_described``,
``wrong_item``, ``missing_item``, ``damaged_in_transit`` (fault), or one the
policy declares in ``reasons``."""
ReasonClassName = Literal["change_of_mind", "fault"]
ResolutionName = Literal[
    "refund", "store_credit", "exchange", "replacement", "repair", "price_reduction", "keep_item"
]
ConditionName = Literal["new", "opened", "used", "damaged"]
RegimeName = Literal["statutory_withdrawal", "legal_guarantee", "merchant_policy", "goodwill"]

ReturnWindowData = TypedDict(
    "ReturnWindowData",
    {
        "days": int,
        "unlimited": bool,
        "from": Literal["order", "fulfilment", "delivery"],
        "fault_days": int,
    },
    total=False,
)
"""``days`` (default 30, not with ``unlimited``) counted ``from`` the order, the
item's shipment or its delivery; ``fault_days`` for faults (default ``days``)."""

class SeasonalExtensionData(TypedDict):
    name: NotRequired[str]
    ordered_from: str
    """``MM-DD``; the range may wrap the new year."""
    ordered_until: str
    returnable_until: str

class ExclusionsData(TypedDict, total=False):
    final_sale: bool
    categories: list[str]
    tags: list[str]
    skus: list[str]
    statutory_exceptions: bool

class ConditionRulesData(TypedDict, total=False):
    accepted: list[ConditionName]
    original_packaging: bool

class ResolutionRulesData(TypedDict, total=False):
    change_of_mind: list[ResolutionName]
    fault: list[ResolutionName]
    by_reason: dict[ReasonName, list[ResolutionName]]

class RestockingFeeData(TypedDict, total=False):
    bps: int
    flat: MoneyData
    cap: MoneyData

class ReturnShippingData(TypedDict, total=False):
    mode: Literal["free", "flat", "customer_label"]
    fee: MoneyData

class LossOfValueData(TypedDict, total=False):
    used_bps: int
    damaged_bps: int

class GoodwillData(TypedDict):
    days: int
    resolutions: NotRequired[list[ResolutionName]]

class PolicyOverrideData(TypedDict, total=False):
    """Sections replaced for a country or region; each replaces the whole section."""

    window: ReturnWindowData
    seasonal: list[SeasonalExtensionData]
    exclusions: ExclusionsData
    condition: ConditionRulesData
    resolutions: ResolutionRulesData
    store_credit_bonus_bps: int
    restocking_fee: RestockingFeeData
    return_shipping: ReturnShippingData
    refund_outbound_shipping: Literal["never", "fault", "always"]
    keep_item_below: MoneyData
    loss_of_value: LossOfValueData
    ship_back_days: int
    refund_within_days: int
    goodwill: GoodwillData
    posted: bool

class ReturnPolicyConfigData(PolicyOverrideData, total=False):
    """A shop's return policy (docs/returns.md); every section is optional."""

    name: str
    reasons: dict[str, ReasonClassName]
    """Extra reasons and their class."""
    overrides: dict[str, PolicyOverrideData]
    """Keyed by country (``"DE"``) or region (``"US-CA"``)."""

class OutboundShippingData(TypedDict):
    paid: MoneyData | Money
    cheapest_standard: NotRequired[MoneyData | Money]

class ReturnItemData(TypedDict):
    sku: str
    unit_price: MoneyData | Money
    quantity: NotRequired[int]
    category: NotRequired[str]
    tags: NotRequired[list[str]]
    condition: NotRequired[ConditionName]
    original_packaging: NotRequired[bool]
    seal: NotRequired[Literal["none", "hygiene", "media"]]
    unsealed: NotRequired[bool]
    personalised: NotRequired[bool]
    kind: NotRequired[Literal["goods", "perishable", "newspaper", "digital_started", "market_priced"]]
    mixed_after_delivery: NotRequired[bool]
    final_sale: NotRequired[bool]
    second_hand: NotRequired[bool]
    reason: NotRequired[ReasonName]
    defect: NotRequired[Literal["minor", "major"]]
    shipped_at: NotRequired[datetime]
    delivered_at: NotRequired[datetime]
    loss_of_value: NotRequired[MoneyData | Money]

class ReturnRequestData(TypedDict):
    """A return request in the wire format (docs/returns.md); instants are
    aware datetimes (or RFC 3339 strings with an offset)."""

    ordered_at: datetime
    country: str
    """ISO 3166-1 alpha-2 (``"DE"``; ``"UK"`` reads as ``"GB"``)."""
    reason: ReasonName
    items: list[ReturnItemData]
    order_id: NotRequired[str]
    shipped_at: NotRequired[datetime]
    delivered_at: NotRequired[datetime]
    last_delivery_at: NotRequired[datetime]
    requested_at: NotRequired[datetime]
    """When the consumer asked; default ``now``."""
    region: NotRequired[str]
    zone: NotRequired[str]
    outbound_shipping: NotRequired[OutboundShippingData]
    payment_method: NotRequired[
        Literal["card", "wallet", "bank_transfer", "cash_on_delivery", "gift_card", "store_credit", "other"]
    ]
    informed_of_withdrawal: NotRequired[bool]
    whole_order: NotRequired[bool]
    regular_delivery: NotRequired[bool]
    holidays: NotRequired[list[date | str]]
    """Public holidays that replace the consumer country's built-in ones (at most 1000 dates, 1970-2100)."""

class ReturnReason:
    """One step of a decision's explanation (frozen)."""

    @property
    def code(self) -> str:
        """``"law.eu.crd.art9"``, ``"returns.window_expired"``, ..."""
    @property
    def kind(self) -> Literal["law", "shop", "override"]: ...
    @property
    def text(self) -> str: ...
    def to_dict(self) -> dict[str, str]: ...
    def __eq__(self, other: object) -> bool: ...

class ReturnDeadlines:
    """Last days (inclusive, in the consumer's time zone); None where nothing applies (frozen)."""

    @property
    def notify_by(self) -> date | None: ...
    @property
    def withdrawal_ends_on(self) -> date | None: ...
    @property
    def ship_back_by(self) -> date | None: ...
    @property
    def refund_due_by(self) -> date | None: ...
    @property
    def reject_by(self) -> date | None: ...
    @property
    def guarantee_ends_on(self) -> date | None: ...
    @property
    def presumption_ends_on(self) -> date | None: ...
    def to_dict(self) -> dict[str, date | None]: ...

class ReturnItemMoney:
    """An item's money (frozen); for an eligible item ``price == refund + restocking_fee + loss_of_value``."""

    @property
    def price(self) -> Money: ...
    @property
    def refund(self) -> Money: ...
    @property
    def restocking_fee(self) -> Money: ...
    @property
    def loss_of_value(self) -> Money: ...
    @property
    def store_credit_bonus(self) -> Money: ...
    def to_dict(self) -> dict[str, Money]: ...

class ReturnMoney:
    """The request's money (frozen): ``total == items_refund + outbound_shipping_refund - return_shipping_charged``."""

    @property
    def items_refund(self) -> Money: ...
    @property
    def outbound_shipping_refund(self) -> Money: ...
    @property
    def return_shipping_charged(self) -> Money: ...
    @property
    def total(self) -> Money: ...
    @property
    def store_credit_total(self) -> Money | None: ...
    def to_dict(self) -> dict[str, Money | None]: ...

class ReturnItemDecision:
    """The decision for one item (frozen)."""

    @property
    def index(self) -> int: ...
    @property
    def sku(self) -> str: ...
    @property
    def reason_class(self) -> ReasonClassName: ...
    @property
    def eligible(self) -> bool: ...
    @property
    def regime(self) -> RegimeName | None: ...
    @property
    def decided_by(self) -> Literal["law", "shop"]: ...
    @property
    def review(self) -> bool:
        """The law's answer turns on facts the engine cannot weigh: a person should check."""
    @property
    def resolutions(self) -> list[ResolutionName]: ...
    @property
    def deadlines(self) -> ReturnDeadlines: ...
    @property
    def money(self) -> ReturnItemMoney: ...
    @property
    def reasons(self) -> list[ReturnReason]: ...
    def to_dict(self) -> dict[str, object]: ...

class ReturnDecision:
    """The decision on a return request (frozen); ``str()``/``repr()`` give a plain-text account."""

    @property
    def country(self) -> str: ...
    @property
    def region(self) -> str | None: ...
    @property
    def floor(self) -> str:
        """The statutory floor applied: ``"DE"``, ``"EU"``, ``"US-CA"``, ``"none"``, ..."""
    @property
    def requested_on(self) -> date: ...
    @property
    def currency(self) -> str: ...
    @property
    def eligible(self) -> bool: ...
    @property
    def items(self) -> list[ReturnItemDecision]: ...
    @property
    def money(self) -> ReturnMoney: ...
    @property
    def return_label(self) -> Literal["none", "shop", "customer"]: ...
    @property
    def refund_to(self) -> Literal["original_payment", "bank_transfer", "store_credit"]: ...
    @property
    def reasons(self) -> list[ReturnReason]:
        """Reasons about the request as a whole (shipping, refund route)."""
    @property
    def codes(self) -> list[str]:
        """Every reason code in the decision, request-level first."""
    def to_dict(self) -> dict[str, object]:
        """The attributes as a dict (dates as ``date``, money as ``Money``)."""
    def to_json(self) -> str:
        """JSON text: dates ``YYYY-MM-DD``, money ``{"minor", "currency"}``."""
    def __eq__(self, other: object) -> bool: ...

class ReturnAuditFinding:
    """One place where a policy is less generous than the law (frozen)."""

    @property
    def field(self) -> str: ...
    @property
    def code(self) -> str: ...
    @property
    def source(self) -> str: ...
    @property
    def text(self) -> str: ...
    def to_dict(self) -> dict[str, str]: ...

class ReturnPolicy:
    """A shop's return policy, compiled once; the law of each country is built in.

    >>> ReturnPolicy({"window": {"days": 30}}).audit("DE")[0].code
    'law.eu.crd.art14.loss_of_value'
    """

    def __init__(self, config: ReturnPolicyConfigData | None = None) -> None: ...
    @staticmethod
    def from_json(text: str) -> ReturnPolicy: ...
    @staticmethod
    def from_toml(text: str) -> ReturnPolicy: ...
    @property
    def config(self) -> ReturnPolicyConfigData: ...
    @property
    def name(self) -> str | None: ...
    def reason_class(self, reason: str) -> ReasonClassName | None: ...
    def audit(self, country: str) -> list[ReturnAuditFinding]:
        """Where the policy, in ``country`` (``"DE"``) or a region (``"US-CA"``), is less generous than the law."""

def evaluate_return(request: ReturnRequestData, policy: ReturnPolicy, now: datetime) -> ReturnDecision:
    """The decision on one return request at ``now``."""

def evaluate_returns(
    requests: list[ReturnRequestData],
    policy: ReturnPolicy,
    now: datetime,
    *,
    errors: Literal["raise", "return"] = "raise",
) -> list[ReturnDecision | CaredeskError]:
    """Many requests at the same ``now``, without holding the GIL. With ``errors="return"``
    a failing request's exception takes its place instead of being raised."""
# ---- business-hours calendars ------------------------------------------------

_Date = date

WeekdayKey = Literal["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
CountryCode = Literal[
    "AT", "AU", "BE", "BR", "CH", "DE", "ES", "FR", "GB", "IE", "IT", "NL", "PL", "PT", "TR", "US"
]
Interval = tuple[str, str] | list[str]
"""``("09:00", "18:00")``: local ``HH:MM`` or ``HH:MM:SS``; ``24:00`` only as an end;
an end before the start crosses midnight and belongs to the day it starts on."""

class DateHoursData(TypedDict):
    date: str | _Date
    """A ``date`` or ``"YYYY-MM-DD"`` (written back as ``"YYYY-MM-DD"``)."""
    open: NotRequired[list[Interval]]
    """The day's own open intervals; empty or missing: closed all day."""

class CalendarConfigData(TypedDict):
    zone: str
    """IANA time zone the hours are read in, e.g. ``"Europe/Rome"``."""
    weekly: NotRequired[dict[WeekdayKey, list[Interval]]]
    """Open intervals per weekday; a missing day is closed."""
    holidays: NotRequired[list[DateHoursData]]
    """Dates closed (no ``open``) or with shortened hours."""
    extra_working_days: NotRequired[list[DateHoursData]]
    """Dates open although their weekday is not; ``open`` is required."""
    holiday_sets: NotRequired[list[CountryCode]]
    """Countries whose public holidays (1970-2100) close the calendar."""
    removed_holidays: NotRequired[list[str | _Date]]
    """Dates of the holiday sets that keep their weekly hours."""
    always: NotRequired[bool]
    """Open 24/7 (``weekly`` must then be empty); holidays still apply."""

class HolidayData(TypedDict):
    date: str
    """``"YYYY-MM-DD"``."""
    name: str

class Holiday:
    """One public holiday (frozen)."""

    @property
    def date(self) -> _Date: ...
    @property
    def name(self) -> str:
        """English name; substitute days say ``(substitute day)`` or ``(observed)``."""
    def to_dict(self) -> HolidayData: ...
    def __eq__(self, other: object) -> bool: ...
    def __hash__(self) -> int: ...

class Calendar:
    """A business-hours calendar: weekly hours in an IANA zone, holidays,
    shortened days, extra working days. Immutable; every method is pure.

    Intervals are half-open (the closing instant is closed); business time is
    real elapsed time inside open hours, so DST days count 23 or 25 hours.
    Instants are tz-aware ``datetime`` objects (naive ones raise ``InputError``
    with code ``input.naive_datetime``); results are in UTC.
    """

    def __init__(self, config: CalendarConfigData) -> None: ...
    @staticmethod
    def from_json(text: str) -> Calendar: ...
    @staticmethod
    def from_toml(text: str) -> Calendar: ...
    def is_open(self, t: datetime) -> bool: ...
    def next_open(self, t: datetime) -> datetime | None:
        """The first open instant at or after ``t`` (``t`` itself when open)."""
    def next_close(self, t: datetime) -> datetime | None:
        """The end of the open period containing ``t`` or of the next one; ``None``
        when the calendar never closes again (24/7 without holidays ahead)."""
    def add(self, start: datetime, business_duration: timedelta) -> datetime:
        """When ``business_duration`` of open time has elapsed from ``start``; a
        closed ``start`` begins at the next opening. Negative durations raise."""
    def between(self, a: datetime, b: datetime) -> timedelta:
        """The business time inside ``[a, b)``; zero when ``b <= a``."""
    def is_business_day(self, date: _Date) -> bool:
        """Whether the local ``date`` has open hours (a ``datetime`` is refused)."""
    def add_business_days(self, date: _Date, n: int) -> _Date:
        """The local date ``n`` business days after ``date`` (before it when ``n < 0``;
        with ``n == 0``, ``date`` itself or the next business day)."""
    @property
    def zone(self) -> str: ...
    @property
    def config(self) -> CalendarConfigData:
        """The config as a dict, every field present, dates as ``"YYYY-MM-DD"``."""

def holidays(country: CountryCode | str, year: int) -> list[Holiday]:
    """Public holidays of a country (case-insensitive) in a year 1970-2100, sorted."""

def easter(year: int) -> _Date:
    """Easter Sunday (Gregorian computus)."""

def holidays_from_ics(text: str) -> list[DateHoursData]:
    """The all-day events of an iCalendar (RFC 5545) text as closed days, sorted,
    ready for a config's ``holidays``. Timed events, recurrences without COUNT or UNTIL and
    malformed lines raise ``InputError`` whose ``field`` is ``"ics line N"``."""

EU_LANGUAGES: list[str]
"""The 24 official EU languages ``identify_language`` knows (ISO 639-1)."""

def identify_language(text: str) -> tuple[str, float] | None:
    """The language of a text as ``(code, confidence)``, one of ``EU_LANGUAGES``,
    or ``None`` when the identifier is less than 50 % sure or the text has fewer
    than two letters: the identifier ``Triage.classify`` uses, on its own.

    >>> identify_language("Où est mon colis ?")[0]
    'fr'
    """

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
        """Renders many replies without holding the GIL, a large batch over all cores; fields of
        errors are prefixed ``items[i]``."""

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

class SuggestedReplyData(TypedDict):
    message_id: str
    topic: str
    filled: list[str]
    reply: dict[str, object]

class SuggestedReply:
    """A suggested reply (frozen): the template chosen, the topic, what was filled, the reply."""
    @property
    def message_id(self) -> str:
        """The message id rendered (``order-status``)."""
    @property
    def topic(self) -> str:
        """The triaged topic it answers (``order_status``)."""
    @property
    def filled(self) -> list[str]:
        """The argument names filled from the ticket."""
    @property
    def reply(self) -> Reply:
        """The rendered reply; its ``missing_args`` are left for the agent."""
    def to_dict(self) -> SuggestedReplyData: ...

def suggest_reply(
    ticket: Ticket,
    triage: Triage,
    catalog: ReplyCatalog,
    *,
    sla: Sla | None = None,
    now: datetime | None = None,
    zone: str = "UTC",
    tone: Literal["formal", "informal"] | None = None,
    missing: Literal["error", "marker"] = "marker",
    templates: Mapping[str, str] | None = None,
) -> SuggestedReply | None:
    """The reply for a ticket's latest customer message: the template for its triaged topic,
    in the customer's language and the channel's tone, filled from the ticket; None when the
    customer wrote nothing public. ``sla`` needs ``now``."""
