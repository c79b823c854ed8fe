"""Shared by the progress tests: dates around FY 2566, and the sample plan with two units."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ethicsdesk.domain.models import Activity, OrgUnit
from ethicsdesk.services import Services

#: A day after the end of the second quarter of FY 2566 (31 March 2023), before the third ends.
AFTER_Q2 = dt.date(2023, 4, 10)
AFTER_YEAR = dt.date(2023, 10, 15)


@dataclass
class Plan:
    services: Services
    version_id: int
    acts: dict[int, Activity]
    secretariat: OrgUnit  # สล.กสอ.: named by activities 10, 12, 13, 14; one of "every unit"
    division: OrgUnit  # a second unit: "every unit" activities only
