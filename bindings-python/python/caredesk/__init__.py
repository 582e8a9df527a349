"""caredesk: a customer-service engine for e-commerce shops.

Tickets and their lifecycle, money in integer minor units, SLA timers on
business-hours calendars, triage of incoming messages and return decisions
under the law. Every rule lives in the Rust core; this package is a thin
binding over it.

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
    EU_LANGUAGES,
    __version__,
    identify_language,
    lint_templates,
)
from ._caredesk import (
    Calendar,
    Holiday,
    easter,
    holidays,
    holidays_from_ics,
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
    "EU_LANGUAGES",
    "identify_language",
    "__version__",
    "Calendar",
    "Holiday",
    "easter",
    "holidays",
    "holidays_from_ics",
]

from ._caredesk import (
    ReturnAuditFinding,
    ReturnDeadlines,
    ReturnDecision,
    ReturnItemDecision,
    ReturnItemMoney,
    ReturnMoney,
    ReturnPolicy,
    ReturnReason,
    ReturnsError,
    evaluate_return,
    evaluate_returns,
)

__all__ += [
    "ReturnAuditFinding",
    "ReturnDeadlines",
    "ReturnDecision",
    "ReturnItemDecision",
    "ReturnItemMoney",
    "ReturnMoney",
    "ReturnPolicy",
    "ReturnReason",
    "ReturnsError",
    "evaluate_return",
    "evaluate_returns",
    "lint_templates",
]

from ._caredesk import SuggestedReply, suggest_reply

__all__ += ["SuggestedReply", "suggest_reply"]
