"""Type stubs for the native caredesk module.

Data documents (tickets, messages, events) use the wire format shared with
Rust and Node: snake_case keys, every instant in a key named ``at`` or ending
in ``_at``. Instants are tz-aware ``datetime`` objects; naive ones are refused
with ``InputError`` (code ``input.naive_datetime``).
"""

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

# ---- business-hours calendars ------------------------------------------------

_Date = date

class SlaError(CaredeskError):
    """Business-hours calendar and SLA timer errors (codes ``sla.*``)."""

WeekdayKey = Literal["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
CountryCode = Literal["AT", "BE", "DE", "ES", "FR", "GB", "IE", "IT", "NL", "PL", "PT", "US"]
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
    ready for a config's ``holidays``. Timed events, unbounded yearly rules and
    malformed lines raise ``InputError`` whose ``field`` is ``"ics line N"``."""
