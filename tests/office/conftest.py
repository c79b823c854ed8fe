"""The sample minutes written once per module as a Word file (building them takes about a second)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from ethicsdesk.documents.model import Document
from ethicsdesk.printing import minutes_document
from ethicsdesk.services import Services
from ethicsdesk.storage import Workspace, open_workspace


@pytest.fixture(scope="module")
def office_ws(sample_file: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    copy = tmp_path_factory.mktemp("office") / "sample.sqlite"
    shutil.copyfile(sample_file, copy)
    workspace = open_workspace(copy)
    yield workspace
    workspace.close()


@pytest.fixture(scope="module")
def meeting_id(office_ws: Workspace) -> int:
    services = Services(office_ws)
    committee = services.roster.committees()[0].id or 0
    meeting = services.meetings.find(committee, 1, 2565)
    assert meeting is not None and meeting.id is not None
    return meeting.id


@pytest.fixture(scope="module")
def minutes_doc(office_ws: Workspace, meeting_id: int) -> Document:
    return minutes_document(office_ws, meeting_id)[0]
