"""Operations the GUI and the command line call; each validates its input and runs in one transaction.

The services are loaded when first named, so that a command that only reads (``ethicsdesk minutes``
through ``services.queries``) does not import every service's module (about 0.07 s of its start-up).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ethicsdesk.services.agenda import AgendaService
    from ethicsdesk.services.all import Services
    from ethicsdesk.services.budget import BudgetService
    from ethicsdesk.services.checks import CheckService
    from ethicsdesk.services.meetings import MeetingService
    from ethicsdesk.services.plan import PlanService
    from ethicsdesk.services.progress import ProgressService
    from ethicsdesk.services.roster import RosterService

#: Each service's class and the module that defines it.
_MODULE_OF = {
    "AgendaService": "ethicsdesk.services.agenda",
    "BudgetService": "ethicsdesk.services.budget",
    "CheckService": "ethicsdesk.services.checks",
    "MeetingService": "ethicsdesk.services.meetings",
    "PlanService": "ethicsdesk.services.plan",
    "ProgressService": "ethicsdesk.services.progress",
    "RosterService": "ethicsdesk.services.roster",
}


def __getattr__(name: str) -> Any:
    if name in _MODULE_OF:
        return getattr(importlib.import_module(_MODULE_OF[name]), name)
    if name == "Services":
        from ethicsdesk.services.all import Services

        return Services
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "AgendaService",
    "BudgetService",
    "CheckService",
    "MeetingService",
    "PlanService",
    "ProgressService",
    "RosterService",
    "Services",
]
