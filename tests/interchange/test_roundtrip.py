"""The interchange format: byte-identical round trips, and refusal of bad documents with nothing written."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from ethicsdesk.errors import ValidationError
from ethicsdesk.interchange import MAX_BYTES, export_workspace, import_workspace
from ethicsdesk.sample import sample_source
from ethicsdesk.storage import Workspace, open_workspace


def _fresh(tmp_path: Path, name: str) -> Workspace:
    return open_workspace(tmp_path / name, create=True)


def test_export_import_export_is_byte_identical(sample_ws: Workspace, ws: Workspace) -> None:
    first = export_workspace(sample_ws)
    import_workspace(ws, first)
    second = export_workspace(ws)
    assert first == second
    doc = json.loads(first)
    assert doc["format"] == "ethicsdesk-workspace" and doc["version"] == 1
    assert [p["key"] for p in doc["people"]] == [f"p{i}" for i in range(1, len(doc["people"]) + 1)]


def test_export_keeps_everything_the_sample_says(sample_ws: Workspace) -> None:
    """Export of the imported sample equals the sample source, up to the renaming of people keys."""
    source = json.loads(sample_source().read_text(encoding="utf-8"))
    exported = json.loads(export_workspace(sample_ws))
    rename = {p["key"]: f"p{i}" for i, p in enumerate(source["people"], 1)}

    def normalise(node: Any, key: str = "") -> Any:
        if isinstance(node, dict):
            return {k: normalise(v, k) for k, v in node.items()}
        if isinstance(node, list):
            return [normalise(v) for v in node]
        if key in ("key", "person", "substitute") and isinstance(node, str):
            return rename[node]
        return node

    assert exported["people"] == normalise(source["people"])
    assert exported["committees"][0]["seats"] == normalise(source["committees"][0]["seats"])
    assert exported["committees"][0]["meetings"][0]["agenda"] == normalise(
        source["committees"][0]["meetings"][0]["agenda"]
    )
    assert exported["committees"][0]["plans"] == normalise(source["committees"][0]["plans"])


def _count_rows(ws: Workspace) -> int:
    from sqlalchemy import inspect, text

    with ws.engine.connect() as conn:
        tables = [t for t in inspect(conn).get_table_names() if t != "alembic_version"]
        return sum(conn.execute(text(f'SELECT count(*) FROM "{t}"')).scalar_one() for t in tables)


@pytest.fixture
def sample_doc() -> dict[str, Any]:
    return json.loads(sample_source().read_text(encoding="utf-8"))


def _mutate(doc: dict[str, Any], how: str) -> dict[str, Any]:
    d = copy.deepcopy(doc)
    c = d["committees"][0]
    m = c["meetings"][0]
    if how == "missing-field":
        del d["people"][3]["first_name"]
    elif how == "wrong-type":
        c["seats"][0]["role"] = 3
    elif how == "unknown-key":
        m["colour"] = "red"
    elif how == "bad-date":
        m["date"] = "2023-02-31"
    elif how == "bad-person-ref":
        m["attendance"]["present"][0]["person"] = "nobody"
    elif how == "negative-budget":
        c["plans"][0]["versions"][-1]["approaches"][0]["activities"][0]["budget"] = {
            "kind": "amount",
            "amount": "-5.00",
        }
    elif how == "float-budget":
        c["plans"][0]["versions"][-1]["approaches"][0]["activities"][0]["budget"] = {
            "kind": "amount",
            "amount": 70000.0,
        }
    elif how == "duplicate-meeting":
        c["meetings"].append(copy.deepcopy(m))
    elif how == "bad-markup":
        m["agenda"][0]["body"] = [{"type": "paragraph", "text": "<b>ไม่ปิด"}]
    elif how == "share-missing":
        acts = c["plans"][0]["versions"][-1]["approaches"][0]["activities"]
        acts[0]["budget"] = {"kind": "shared", "activity": 99}
    elif how == "late-error":
        # the very last item of the document is wrong: nothing before it may stay either
        m["agenda"][-1]["title"] = ""
    return d


@pytest.mark.parametrize(
    "how",
    [
        "missing-field",
        "wrong-type",
        "unknown-key",
        "bad-date",
        "bad-person-ref",
        "negative-budget",
        "float-budget",
        "duplicate-meeting",
        "bad-markup",
        "share-missing",
        "late-error",
    ],
)
def test_bad_documents_are_refused_and_nothing_is_written(
    sample_doc: dict[str, Any], ws: Workspace, how: str
) -> None:
    with pytest.raises(ValidationError) as err:
        import_workspace(ws, json.dumps(_mutate(sample_doc, how), ensure_ascii=False))
    assert err.value.th and err.value.en
    assert _count_rows(ws) == 0, "an import is all or nothing"


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("{not json", "ไม่ใช่ JSON"),
        ("[1, 2]", "ไม่ใช่แฟ้มข้อมูลส่งออก"),
        ('{"format": "ethicsdesk-workspace", "version": 9}', "รุ่นที่ใหม่กว่า"),
        ('{"format": "ethicsdesk-workspace", "version": "1"}', "ไม่รู้จักรูปแบบ"),
        ('{"format": "ethicsdesk-workspace", "version": 1}', "ขาดช่อง"),
    ],
)
def test_envelope_problems(tmp_path: Path, text: str, fragment: str) -> None:
    ws = _fresh(tmp_path, "t.sqlite")
    with pytest.raises(ValidationError) as err:
        import_workspace(ws, text)
    assert fragment in err.value.th
    ws.close()


def test_a_100_mb_file_is_refused_before_it_is_read(tmp_path: Path) -> None:
    big = tmp_path / "big.json"
    with big.open("wb") as fh:
        fh.truncate(100 * 1024 * 1024)
    assert big.stat().st_size > MAX_BYTES
    ws = _fresh(tmp_path, "t.sqlite")
    with pytest.raises(ValidationError) as err:
        import_workspace(ws, big)
    assert "ใหญ่เกินไป" in err.value.th
    ws.close()


def test_import_into_a_workspace_with_records_changes_nothing(
    sample_ws: Workspace, sample_doc: dict[str, Any]
) -> None:
    before = export_workspace(sample_ws)
    with pytest.raises(ValidationError, match="ว่าง"):
        import_workspace(sample_ws, json.dumps(sample_doc, ensure_ascii=False))
    assert export_workspace(sample_ws) == before
