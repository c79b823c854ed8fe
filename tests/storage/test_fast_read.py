"""Minutes not yet certified read with plain sqlite3 (storage.fast_read): the very snapshot the ORM reads
(services.queries.minutes_snapshot), on the sample, on a synthetic workspace and on a sample changed to
reach every branch, so that the two readers cannot drift apart; the same print; the usual way whenever the
short way is not plainly the same."""

from __future__ import annotations

import importlib.util
import json
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from ethicsdesk import printing
from ethicsdesk.domain.snapshots import DutiesBlock, PlanBlock, RosterBlock, VirtuesBlock
from ethicsdesk.interchange import import_workspace
from ethicsdesk.services.queries import minutes_snapshot
from ethicsdesk.storage import open_workspace
from ethicsdesk.storage.fast_read import draft_minutes

pytestmark = pytest.mark.sqlite_only(
    "the short way of printing reads a workspace FILE with sqlite3 (a server workspace goes the usual way)"
)

REPO = Path(__file__).resolve().parents[2]


def _orm_snapshots(db: Path) -> dict[tuple[int, int], object]:
    """Every meeting's snapshot as the ORM reads it, by (number, year)."""
    ws = open_workspace(db, read_only=True)
    try:
        with ws.reading() as s:
            with sqlite3.connect(db) as con:
                rows = con.execute("SELECT id, number, year_be FROM meeting").fetchall()
            return {(number, year): minutes_snapshot(s, mid) for mid, number, year in rows}
    finally:
        ws.close()


def _blocks(items: tuple, kind: type) -> list:
    """Every body block of class ``kind`` in the items and their sub-items (lists' entries included)."""
    found: list = []

    def walk(blocks: tuple | list) -> None:
        for b in blocks:
            if isinstance(b, kind):
                found.append(b)
            elif isinstance(b, dict) and b.get("type") == "list":
                for entry in b["items"]:
                    walk(entry.get("blocks", []))

    for it in items:
        walk(it.body)
        found.extend(_blocks(it.children, kind))
    return found


def _copy(src: Path, tmp_path: Path, name: str = "copy.sqlite") -> Path:
    db = tmp_path / name
    shutil.copyfile(src, db)
    return db


def test_the_sample_reads_as_through_the_orm(sample_file: Path, tmp_path: Path) -> None:
    db = _copy(sample_file, tmp_path)
    fast = draft_minutes(db, 1, 2565)
    assert fast is not None
    assert fast == _orm_snapshots(db)[(1, 2565)]
    assert _blocks(fast.items, PlanBlock) and _blocks(fast.items, RosterBlock)  # the sample's references


def test_a_synthetic_workspace_reads_as_through_the_orm(tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location("bench_generate", REPO / "bench" / "generate.py")
    assert spec is not None and spec.loader is not None
    generate = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(generate)
    build = generate.build
    db = tmp_path / "synthetic.sqlite"
    ws = open_workspace(db, create=True)
    import_workspace(ws, json.dumps(build(years=2, people=80, activities=9), ensure_ascii=False))
    ws.close()
    with sqlite3.connect(db) as con:  # its meetings are certified; as drafts they read from the records
        con.execute("UPDATE meeting SET status = 'DRAFT'")
        # one meeting a year shows the plan, as minutes that approve it do
        con.execute(
            """UPDATE agendaitem SET body = json_array(json_object('type', 'plan', 'view', 'activities',
                   'fiscal_year', (SELECT year_be FROM meeting WHERE id = meeting_id) + 1, 'version', 1))
               WHERE parent_id IS NULL AND position = 5
                 AND meeting_id IN (SELECT id FROM meeting WHERE number = 1)"""
        )
    orm = _orm_snapshots(db)
    assert len(orm) == 24
    for (number, year), snap in orm.items():
        assert draft_minutes(db, number, year) == snap, f"{number}/{year}"
    assert _blocks(orm[(1, 2555)].items, PlanBlock)  # type: ignore[attr-defined]


@pytest.fixture
def varied(sample_file: Path, tmp_path: Path) -> Path:
    """The sample changed to reach what it lacks: a circulated meeting without start time or reviewer,
    online and substitute lines, an unnamed ex officio seat, a participant with a position of their own,
    dissent, duties and virtues blocks, a sub-list with blocks, budget warnings, milestones."""
    db = _copy(sample_file, tmp_path, "varied.sqlite")
    extra = [
        {"type": "duties"},
        {"type": "virtues", "fiscal_year": 2566},
        {
            "type": "list",
            "style": "decimal",
            "items": [{"text": "ก", "blocks": [{"type": "duties"}]}, {"text": "ข"}],
        },
    ]
    with sqlite3.connect(db) as con:
        con.executescript(
            """
            UPDATE meeting SET status = 'CIRCULATED', start_time = NULL, reviewer_person_id = NULL;
            UPDATE attendance SET online = 1 WHERE id = 2;
            UPDATE attendance SET substitute_person_id = 15, absence_reason = 'ติดราชการ' WHERE id = 12;
            UPDATE attendance SET position_text = 'ผู้แทนสำนักงาน' WHERE id = 14;
            UPDATE seat SET person_id = NULL, ex_officio_affiliation = 'กสอ.' WHERE id = 4;
            UPDATE attendance SET person_id = NULL WHERE seat_id = 4;
            INSERT INTO dissentingopinion (agenda_item_id, position, person_id, text) VALUES (8, 2, 3, 'ไม่เห็นด้วย');
            INSERT INTO dissentingopinion (agenda_item_id, position, person_id, text) VALUES (8, 1, NULL, 'ขอสงวน');
            UPDATE planversion SET declared_total_satang = 1, declared_activity_count = 3;
            UPDATE activity SET budget_kind = 'SHARED', shares_budget_of_id = NULL WHERE number = 4;
            INSERT INTO milestone (activity_id, date, label) SELECT id, '2023-01-05', '' FROM activity WHERE number = 3;
            INSERT INTO milestone (activity_id, date, label) SELECT id, '2022-12-01', '' FROM activity WHERE number = 3;
            """
        )
        con.execute(
            "UPDATE agendaitem SET body = json_insert(body, '$[#]', json(?)) WHERE id = 5",
            (json.dumps(extra[0]),),
        )
        con.execute(
            "UPDATE agendaitem SET body = json_insert(body, '$[#]', json(?)) WHERE id = 7",
            (json.dumps(extra[1]),),
        )
        con.execute(
            "UPDATE agendaitem SET body = json_insert(body, '$[#]', json(?)) WHERE id = 9",
            (json.dumps(extra[2]),),
        )
    return db


def test_every_branch_reads_as_through_the_orm(varied: Path) -> None:
    fast = draft_minutes(varied, 1, 2565)
    assert fast is not None
    assert fast == _orm_snapshots(varied)[(1, 2565)]
    # the changes did reach the snapshot
    assert fast.start_time is None and fast.reviewer is None
    assert any(a.online for a in fast.attendance) and any(a.substitute for a in fast.attendance)
    assert any(a.position == "ผู้แทนสำนักงาน" for a in fast.attendance)
    dissent = fast.items[4].children[1].dissent  # ordered by position; an opinion of nobody named
    assert [d.text for d in dissent] == ["ขอสงวน", "ไม่เห็นด้วย"] and dissent[0].name == "" and dissent[1].name
    assert len(_blocks(fast.items, DutiesBlock)) == 3 and _blocks(fast.items, VirtuesBlock)[0].problems
    plan = _blocks(fast.items, PlanBlock)[0].plan
    assert len(plan.warnings) >= 3 and any(a.milestones for a in plan.activities)


def test_the_same_print_as_the_orm(sample_file: Path, tmp_path: Path) -> None:
    db = _copy(sample_file, tmp_path)
    short = printing.minutes_to_file_without_orm(db, "๑/๒๕๖๕", tmp_path / "short.pdf")
    assert short is not None
    ws = open_workspace(db, read_only=True)
    try:
        usual = printing.minutes_to_file(ws, "1/2565", tmp_path / "usual.pdf")
    finally:
        ws.close()
    text = [
        subprocess.run(["pdftotext", "-raw", str(p), "-"], capture_output=True, check=True).stdout
        for p in (short, usual)
    ]
    assert text[0] == text[1]
    assert "รายงานการประชุม".encode() in text[0]


def test_the_command_prints_drafts_without_the_orm(sample_file: Path, tmp_path: Path) -> None:
    db = _copy(sample_file, tmp_path)
    out = tmp_path / "m.pdf"
    code = (
        "import sys\n"
        "from ethicsdesk.cli import main\n"
        f"assert main(['minutes', '--db', {str(db)!r}, '--meeting', '1/2565', '-o', {str(out)!r}]) == 0\n"
        "print('orm loaded' if 'sqlalchemy' in sys.modules else 'no orm')\n"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert run.stdout.splitlines()[-1] == "no orm"
    assert out.stat().st_size > 0


def test_a_progress_report_block_goes_the_usual_way(sample_file: Path, tmp_path: Path) -> None:
    db = _copy(sample_file, tmp_path)
    block = {"type": "report", "fiscal_year": 2566, "version": 1, "months": 6}
    with sqlite3.connect(db) as con:
        con.execute(
            "UPDATE agendaitem SET body = json_insert(body, '$[#]', json(?)) WHERE id = 5",
            (json.dumps(block),),
        )
    assert draft_minutes(db, 1, 2565) is None


def test_certified_minutes_are_not_read_from_the_records(sample_file: Path, tmp_path: Path) -> None:
    db = _copy(sample_file, tmp_path)
    with sqlite3.connect(db) as con:
        con.execute("UPDATE meeting SET status = 'CERTIFIED'")
    assert draft_minutes(db, 1, 2565) is None


def test_an_unknown_or_ambiguous_meeting_goes_the_usual_way(sample_file: Path, tmp_path: Path) -> None:
    db = _copy(sample_file, tmp_path)
    assert draft_minutes(db, 9, 2565) is None
    with sqlite3.connect(db) as con:
        con.execute(
            "INSERT INTO committee (organisation_id, name, name_en, substitutes_count_for_quorum) VALUES (1, 'อีก', '', 1)"
        )
        con.execute(
            "INSERT INTO meeting (committee_id, number, year_be, date, place, status, opening_text, "
            "recorder_position, reviewer_position) SELECT max(id), 1, 2565, '2022-11-01', '', 'DRAFT', '', '', '' FROM committee"
        )
    assert draft_minutes(db, 1, 2565) is None


def test_a_missing_appointment_order_goes_the_usual_way(sample_file: Path, tmp_path: Path) -> None:
    db = _copy(sample_file, tmp_path)
    with sqlite3.connect(db) as con:
        con.execute("DELETE FROM appointmentorder")
    assert draft_minutes(db, 1, 2565) is None


def test_a_file_due_for_an_upgrade_or_with_a_journal_goes_the_usual_way(
    sample_file: Path, tmp_path: Path
) -> None:
    db = _copy(sample_file, tmp_path)
    db.with_name(db.name + "-journal").write_bytes(b"\0" * 512)
    assert draft_minutes(db, 1, 2565) is None
    db.with_name(db.name + "-journal").unlink()
    with sqlite3.connect(db) as con:
        con.execute("PRAGMA user_version = 3")
    assert draft_minutes(db, 1, 2565) is None


def test_a_file_named_by_a_string_takes_the_short_way(sample_file: Path, tmp_path: Path) -> None:
    db = _copy(sample_file, tmp_path)
    assert printing.minutes_to_file_without_orm(str(db), "1/2565", tmp_path / "m.pdf") == tmp_path / "m.pdf"


def test_a_server_workspace_goes_the_usual_way(tmp_path: Path) -> None:
    url = "postgresql://clerk@db.example/ethics"
    assert printing.minutes_to_file_without_orm(url, "1/2565", tmp_path / "m.pdf") is None
    assert not (tmp_path / "m.pdf").exists()


def test_a_value_this_program_does_not_know_goes_the_usual_way(sample_file: Path, tmp_path: Path) -> None:
    db = _copy(sample_file, tmp_path)
    with sqlite3.connect(db) as con:
        con.execute("UPDATE seat SET role = 'PATRON' WHERE id = 1")
    assert draft_minutes(db, 1, 2565) is None
