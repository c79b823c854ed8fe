"""The progress reports and the unit forms are pure: they load without the database, and a report's
data is plain frozen data that a certified snapshot stores and reads back unchanged."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
from pathlib import Path

import pytest
from progress_helpers import AFTER_Q2, Plan

from ethicsdesk.documents.common import Digits
from ethicsdesk.documents.report import build_progress_report, report_blocks
from ethicsdesk.domain import snapshots
from ethicsdesk.services.progress import IndicatorEntry, ProgressEntry
from ethicsdesk.services.reports import progress_summary

REPO = Path(__file__).resolve().parents[2]
FORBIDDEN = (
    "sqlmodel",
    "sqlalchemy",
    "alembic",
    "ethicsdesk.storage",
    "ethicsdesk.services",
    "ethicsdesk.domain.models",
)


def _loaded_forbidden(module: str) -> list[str]:
    code = (
        "import importlib, sys\n"
        f"importlib.import_module({module!r})\n"
        f"bad = {FORBIDDEN!r}\n"
        "print(' '.join(sorted(m for m in sys.modules if any(m == b or m.startswith(b + '.') for b in bad))))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=REPO)
    return out.stdout.split()


@pytest.mark.parametrize(
    "module",
    [
        "ethicsdesk.documents.report",
        "ethicsdesk.office.forms",
        "ethicsdesk.domain.progress_report",
        "ethicsdesk.domain.progress",
        "ethicsdesk.domain.unit_form",
    ],
)
def test_loads_in_a_fresh_interpreter_without_the_database(module: str) -> None:
    assert _loaded_forbidden(module) == []


def test_the_check_sees_the_database_when_it_comes() -> None:
    """The same check on a module of the services finds the ORM (the test can fail)."""
    found = _loaded_forbidden("ethicsdesk.services.reports")
    assert "sqlmodel" in found and "ethicsdesk.storage.database" in found


def test_a_summary_is_plain_frozen_data_that_a_snapshot_keeps(plan: Plan) -> None:
    p, a = plan.services.progress, {n: x.id or 0 for n, x in plan.acts.items()}
    p.save(
        ProgressEntry(
            a[12], 1, "done", unit_id=plan.secretariat.id, spent="500000", results=(IndicatorEntry(1, 85),)
        ),
        today=AFTER_Q2,
    )
    p.save(ProgressEntry(a[13], 1, "under_way", unit_id=plan.secretariat.id, problems="รอผล"), today=AFTER_Q2)
    summary = progress_summary(plan.services.workspace, plan.version_id, 6, None, AFTER_Q2)
    assert summary.organisation == "กรมส่งเสริมอุตสาหกรรม"
    assert summary.late and summary.not_reported and any(x.sharers for x in summary.budget_lines)

    def parts(value: object) -> list[object]:
        """Every dataclass inside the summary, the summary first."""
        found = [value]
        for f in dataclasses.fields(value):  # type: ignore[arg-type]
            inner = getattr(value, f.name)
            for x in inner if isinstance(inner, tuple) else (inner,):
                if dataclasses.is_dataclass(x):
                    found += parts(x)
        return found

    every = parts(summary)
    assert all(type(x).__dataclass_params__.frozen for x in every)  # type: ignore[attr-defined]
    assert not any(type(x).__module__.startswith("ethicsdesk.domain.models") for x in every)
    text = snapshots.dumps(summary)
    back = snapshots.loads(text)
    assert back == summary and snapshots.dumps(back) == text
    assert build_progress_report(back) == build_progress_report(summary)
    d = Digits(True)
    assert report_blocks(back, "แผน", 1, d) == report_blocks(summary, "แผน", 1, d)
