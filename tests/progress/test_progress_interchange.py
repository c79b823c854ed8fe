"""Units and progress in the interchange file: byte-identical round trips, old files, refusals."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest
from progress_helpers import AFTER_Q2, Plan

from ethicsdesk.errors import ValidationError
from ethicsdesk.interchange import export_workspace, import_workspace
from ethicsdesk.services.progress import IndicatorEntry, ProgressEntry
from ethicsdesk.storage import Workspace


@pytest.fixture
def exported(plan: Plan) -> str:
    p, s, k = plan.services.progress, plan.secretariat.id, plan.division.id
    a = {n: x.id or 0 for n, x in plan.acts.items()}
    p.save(
        ProgressEntry(
            a[12],
            1,
            "done",
            unit_id=s,
            done_text="ประกาศแล้ว",
            spent="500000.50",
            evidence="ประกาศ กสอ.",
            reported_by="นาย ก",
            reported_on=AFTER_Q2.replace(month=3, day=20),
            results=(IndicatorEntry(1, "85.5"),),
        ),
        today=AFTER_Q2,
    )
    p.save(
        ProgressEntry(
            a[1], 2, "cancelled", unit_id=k, problems="งดจัดงาน", results=(IndicatorEntry(2, None, True),)
        ),
        today=AFTER_Q2,
    )
    p.save(ProgressEntry(a[1], 2, "under_way", unit_id=s), today=AFTER_Q2)
    return export_workspace(plan.services.workspace)


def test_units_and_progress_survive_export_import_export(exported: str, ws: Workspace) -> None:
    import_workspace(ws, exported)
    again = export_workspace(ws)
    assert again == exported
    doc = json.loads(exported)
    assert doc["organisation"]["units"] == [
        {"name": "สำนักงานเลขานุการกรม", "short_name": "สล.กสอ."},
        {"name": "กองพัฒนาขีดความสามารถธุรกิจอุตสาหกรรม", "short_name": "กพข."},
    ]
    versions = doc["committees"][0]["plans"][0]["versions"]
    assert "progress" not in versions[0], "a version without progress is written as before"
    progress = versions[1]["progress"]
    assert [(r["activity"], r["quarter"], r["unit"]) for r in progress] == [
        (1, 2, "สำนักงานเลขานุการกรม"),
        (1, 2, "กองพัฒนาขีดความสามารถธุรกิจอุตสาหกรรม"),
        (12, 1, "สำนักงานเลขานุการกรม"),
    ]
    last = progress[2]
    assert (last["status"], last["spent"], last["reported_on"]) == ("done", "500000.50", "2023-03-20")
    assert last["results"] == [{"indicator": 1, "value": "85.5", "met": None, "note": ""}]
    assert progress[1]["results"] == [{"indicator": 2, "value": None, "met": True, "note": ""}]
    assert last["recorded_at"].endswith("+00:00")


def test_a_file_without_units_or_progress_still_exports_as_it_was(sample_ws: Any) -> None:
    doc = json.loads(export_workspace(sample_ws))
    assert "units" not in doc["organisation"]
    assert all("progress" not in v for v in doc["committees"][0]["plans"][0]["versions"])


def _bad(exported: str, how: str) -> dict[str, Any]:
    d = copy.deepcopy(json.loads(exported))
    record = d["committees"][0]["plans"][0]["versions"][1]["progress"][2]
    if how == "percent":
        record["results"][0]["value"] = "120"
    elif how == "activity":
        record["activity"] = 99
    elif how == "unit":
        record["unit"] = "กองที่ไม่มี"
    elif how == "indicator":
        record["results"][0]["indicator"] = 2
    elif how == "duplicate":
        d["committees"][0]["plans"][0]["versions"][1]["progress"].append(copy.deepcopy(record))
    elif how == "status":
        record["status"] = "finished"
    elif how == "recorded_at":
        record["recorded_at"] = "2023-03-20 10:00"
    return d


@pytest.mark.parametrize(
    ("how", "en_fragment"),
    [
        ("percent", "a percentage must be 0 to 100"),
        ("activity", "no activity 99 in this version"),
        ("unit", "no unit «กองที่ไม่มี»"),
        ("indicator", "has no indicator 2"),
        ("duplicate", "given twice"),
        ("status", "not one of"),
        ("recorded_at", "with a time zone"),
    ],
)
def test_bad_progress_in_a_file_is_refused_whole(
    exported: str, ws: Workspace, how: str, en_fragment: str
) -> None:
    with pytest.raises(ValidationError) as err:
        import_workspace(ws, json.dumps(_bad(exported, how), ensure_ascii=False))
    assert en_fragment in err.value.en
    assert json.loads(export_workspace(ws))["people"] == [], "nothing was written"
