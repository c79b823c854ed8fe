"""A unit's form in a workspace where two committees have a plan for 2566: the import lands on the
plan of the committee chosen, and without one it names the committees instead of taking the first."""

from __future__ import annotations

import copy
import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook

from ethicsdesk.cli import main
from ethicsdesk.errors import ValidationError
from ethicsdesk.office.forms import ACTIVITY_SHEET
from ethicsdesk.printing import plan_version_id
from ethicsdesk.services import Services
from ethicsdesk.storage import open_workspace
from ethicsdesk.thai import to_thai_digits
from ethicsdesk.unit_forms import apply_form_import, preview_form_import, unit_form_to_file

AFTER_Q2 = dt.date(2023, 4, 10)


@pytest.fixture
def services(sample_db: str, new_db: str, tmp_path: Path) -> Iterator[Services]:
    export, db = tmp_path / "s.json", new_db
    assert main(["export", "--db", sample_db, "-o", str(export)]) == 0
    data = json.loads(export.read_text(encoding="utf-8"))
    ethics = data["committees"][0]
    ethics["short_name"] = "จริยธรรม"
    risk = copy.deepcopy(ethics)
    risk["name"], risk["short_name"], risk["name_en"] = "คณะกรรมการบริหารความเสี่ยง", "risk", "Risk"
    data["committees"].append(risk)
    export.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert main(["import", str(export), "--db", db]) == 0
    ws = open_workspace(db)
    yield Services(ws)
    ws.close()


def test_the_form_goes_to_the_plan_of_the_chosen_committee(services: Services, tmp_path: Path) -> None:
    ws = services.workspace
    committees = {c.short_name: c.id or 0 for c in services.roster.committees()}
    risk_version = plan_version_id(ws, 2566, committee=committees["risk"])
    ethics_version = plan_version_id(ws, 2566, committee=committees["จริยธรรม"])
    services.progress.add_unit("กองพัฒนาขีดความสามารถธุรกิจอุตสาหกรรม", "กพข.")
    form = unit_form_to_file(ws, risk_version, "กพข.", 2, tmp_path / "form.xlsx")
    wb = load_workbook(form)
    sheet = wb[ACTIVITY_SHEET]
    row = next(r[0].row for r in sheet.iter_rows(min_col=1, max_col=1) if r[0].value == to_thai_digits("9."))
    sheet[f"E{row}"] = "อยู่ระหว่างดำเนินการ"
    wb.save(form)

    with pytest.raises(ValidationError) as err:
        preview_form_import(ws, form, today=AFTER_Q2)
    assert "จริยธรรม" in err.value.th and "risk" in err.value.th and "risk" in err.value.en

    changes = preview_form_import(ws, form, committee=committees["risk"], today=AFTER_Q2)
    assert [(c.activity_number, c.field) for c in changes] == [(9, "status")]
    apply_form_import(ws, form, expected=changes, committee=committees["risk"], today=AFTER_Q2)
    assert [r.activity_id for r in services.progress.records(risk_version)] == [
        a.id for a in services.plan.activities(risk_version) if a.number == 9
    ]
    assert services.progress.records(ethics_version) == []
