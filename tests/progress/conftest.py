"""The sample workspace with two units of the organisation (see progress_helpers)."""

from __future__ import annotations

import pytest
from progress_helpers import Plan

from ethicsdesk.domain.models import PlanVersion
from ethicsdesk.printing import plan_version_id
from ethicsdesk.services import Services


@pytest.fixture
def plan(services: Services) -> Plan:
    with services.workspace.reading() as s:
        version = s.get(PlanVersion, plan_version_id(services.workspace, 2566))
    assert version is not None
    assert version.number == 2
    secretariat = services.progress.add_unit("สำนักงานเลขานุการกรม", "สล.กสอ.")
    division = services.progress.add_unit("กองพัฒนาขีดความสามารถธุรกิจอุตสาหกรรม", "กพข.")
    acts = {a.number: a for a in services.plan.activities(version.id or 0)}
    return Plan(services, version.id or 0, acts, secretariat, division)
