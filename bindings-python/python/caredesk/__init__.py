"""caredesk: a customer-service engine for e-commerce shops.

Tickets and their lifecycle, money in integer minor units, SLA timers on
business-hours calendars, and (as the other engines land) replies, returns
and triage. Every rule lives in the
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
    LintReport,
    MetricReport,
    Money,
    MoneyError,
    Reply,
    ReplyCatalog,
    ReplyError,
    Sla,
    SlaError,
    SlaReport,
    Ticket,
    TicketError,
    Triage,
    TriageError,
    TriageResult,
    __version__,
    lint_templates,
)

__all__ = [
    "CaredeskError",
    "InputError",
    "LintReport",
    "MetricReport",
    "Money",
    "MoneyError",
    "Reply",
    "ReplyCatalog",
    "ReplyError",
    "Sla",
    "SlaError",
    "SlaReport",
    "Ticket",
    "TicketError",
    "Triage",
    "TriageError",
    "TriageResult",
    "__version__",
    "lint_templates",
]
