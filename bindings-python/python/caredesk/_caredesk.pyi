"""Type stubs for the native caredesk module.

Data documents (tickets, messages, events) use the wire format shared with
Rust and Node: snake_case keys, every instant in a key named ``at`` or ending
in ``_at``. Instants are tz-aware ``datetime`` objects; naive ones are refused
with ``InputError`` (code ``input.naive_datetime``).
"""

from datetime import datetime, timedelta
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
