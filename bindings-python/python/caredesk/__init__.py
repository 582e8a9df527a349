"""caredesk: a customer-service engine for e-commerce shops.

Tickets and their lifecycle, money in integer minor units, and (as the other
engines land) SLA timers, replies, returns and triage. Every rule lives in the
Rust core; this package is a thin binding over it.

>>> from datetime import datetime, timezone
>>> import caredesk
>>> t = caredesk.Ticket("T-1", "email", {"id": "c-1"}, datetime(2026, 3, 2, 8, tzinfo=timezone.utc))
>>> t.status
'new'
"""

from ._caredesk import (
    CaredeskError,
    InputError,
    Money,
    MoneyError,
    Ticket,
    TicketError,
    __version__,
)
from ._caredesk import (
    Calendar,
    Holiday,
    SlaError,
    easter,
    holidays,
    holidays_from_ics,
)

__all__ = [
    "CaredeskError",
    "InputError",
    "Money",
    "MoneyError",
    "Ticket",
    "TicketError",
    "__version__",
    "Calendar",
    "Holiday",
    "SlaError",
    "easter",
    "holidays",
    "holidays_from_ics",
]
