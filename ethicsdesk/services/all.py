"""All services of one open workspace (``ethicsdesk.services.Services``)."""

from __future__ import annotations

from ethicsdesk.services.agenda import AgendaService
from ethicsdesk.services.budget import BudgetService
from ethicsdesk.services.checks import CheckService
from ethicsdesk.services.meetings import MeetingService
from ethicsdesk.services.plan import PlanService
from ethicsdesk.services.progress import ProgressService
from ethicsdesk.services.roster import RosterService
from ethicsdesk.storage.database import Workspace


class Services:
    """All services of one open workspace, created once at the entry point and passed in."""

    def __init__(self, ws: Workspace) -> None:
        self.workspace = ws
        self.roster = RosterService(ws)
        self.meetings = MeetingService(ws)
        self.agenda = AgendaService(ws)
        self.plan = PlanService(ws)
        self.budget = BudgetService(ws)
        self.checks = CheckService(ws)
        self.progress = ProgressService(ws)
