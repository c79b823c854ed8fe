"""The sample workspace with two units of the organisation (see progress_helpers)."""

from __future__ import annotations

import pytest
from progress_helpers import Plan

from ethicsdesk.documents.plan import find_version
from ethicsdesk.services import Services


@pytest.fixture
def plan(services: Services) -> Plan:
    version = find_version(services.workspace, 2566)
    assert version.number == 2
    secretariat = services.progress.add_unit("สำนักงานเลขานุการกรม", "สล.กสอ.")
    division = services.progress.add_unit("กองพัฒนาขีดความสามารถธุรกิจอุตสาหกรรม", "กพข.")
    acts = {a.number: a for a in services.plan.activities(version.id or 0)}
    return Plan(services, version.id or 0, acts, secretariat, division)
