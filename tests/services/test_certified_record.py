"""Certified minutes never change: they print from the frozen record taken at certification, whatever
happens later to the roster, the people, the duties, the virtues or the plan, by any means."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from ethicsdesk.cli import EXIT_USER, main
from ethicsdesk.domain import snapshots
from ethicsdesk.errors import ValidationError
from ethicsdesk.services import Services
from ethicsdesk.storage import open_workspace
from tests.conftest import nothing_written, run_sql

CERTIFIED_ON = dt.date(2022, 11, 20)


def _text(pdf: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-raw", str(pdf), "-"], capture_output=True, check=True, text=True
    ).stdout


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def certified(sample_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[str, Path]:
    """The sample, meeting 1/2565 certified from the command line and printed once."""
    db = sample_db
    code, out, err = _run(capsys, "certify", "--db", str(db), "--meeting", "1/2565", "--on", "2022-11-20")
    assert code == 0, err
    assert "sha256:" in out
    first = tmp_path / "first.pdf"
    assert _run(capsys, "minutes", "--db", str(db), "--meeting", "1/2565", "-o", str(first))[0] == 0
    return db, first


def _drift_through_services(db: str) -> None:
    ws = open_workspace(db)
    try:
        sv = Services(ws)
        committee = sv.roster.committees()[0]
        duties = [d.text for d in sv.roster.duties(committee.id or 0)]
        sv.roster.set_duties(committee.id or 0, ["หน้าที่ที่เขียนใหม่หลังการรับรอง", *duties[1:]])
        person = next(p for p in sv.roster.people() if p.last_name == "นาคนวล")
        sv.roster.update_person(person.id or 0, first_name="ประวิทย์ใหม่", position="ตำแหน่งใหม่หลังรับรอง")
    finally:
        ws.close()


def _drift_around_the_program(db: str) -> None:
    """Changes made around the program, straight in the file or the database."""
    run_sql(
        db,
        "UPDATE targetvirtue SET text = 'คุณธรรมที่เขียนใหม่' WHERE id = (SELECT min(id) FROM targetvirtue)",
        "UPDATE activity SET name = 'กิจกรรมที่เปลี่ยนชื่อ', budget_satang = 123400 "
        "WHERE version_id = (SELECT max(id) FROM planversion) AND number = 1",
        "UPDATE person SET last_name = 'นามสกุลใหม่' WHERE id = (SELECT min(id) FROM person)",
        "UPDATE seat SET note = 'หมายเหตุใหม่' WHERE id = (SELECT min(id) FROM seat)",
    )


def test_certified_minutes_print_the_same_after_any_change(
    certified: tuple[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db, first = certified
    before = _text(first)
    _drift_through_services(db)
    _drift_around_the_program(db)
    again = tmp_path / "again.pdf"
    assert _run(capsys, "minutes", "--db", str(db), "--meeting", "1/2565", "-o", str(again))[0] == 0
    assert _text(again) == before
    docx = tmp_path / "again.docx"
    assert _run(capsys, "minutes", "--db", str(db), "--meeting", "1/2565", "-o", str(docx))[0] == 0
    code, out, _ = _run(capsys, "verify", str(first), "--db", str(db))
    assert code == 0 and "ตรงกับบันทึก" in out
    # The changes did land in the records: a draft meeting printed now shows them.
    ws = open_workspace(db)
    try:
        from ethicsdesk.services.queries import minutes_snapshot

        with ws.reading() as s:
            live = snapshots.dumps(minutes_snapshot(s, 1))
    finally:
        ws.close()
    assert "หน้าที่ที่เขียนใหม่หลังการรับรอง" in live and "กิจกรรมที่เปลี่ยนชื่อ" in live
    assert "หน้าที่ที่เขียนใหม่หลังการรับรอง" not in before


def test_a_record_changed_outside_the_program_is_refused(
    certified: tuple[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db, _first = certified
    run_sql(db, "UPDATE minutesrecord SET snapshot = replace(snapshot, 'ประวิทย์', 'ประวิทย')")
    code, _out, err = _run(
        capsys, "minutes", "--db", str(db), "--meeting", "1/2565", "-o", str(tmp_path / "x.pdf")
    )
    assert code == EXIT_USER and "ลายนิ้วมือ" in err
    assert not (tmp_path / "x.pdf").exists()


def test_amendment_keeps_the_old_record_and_supersedes_old_prints(
    certified: tuple[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db, first = certified
    ws = open_workspace(db)
    try:
        sv = Services(ws)
        sv.meetings.begin_amendment(1, "แก้ชื่อระเบียบวาระที่ ๑", dt.date(2023, 1, 20))
        item = sv.agenda.items(1)[0]
        sv.agenda.update_item(item.id or 0, title="เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ (แก้ไข)")
        sv.meetings.end_amendment(1)
        records = sv.meetings.records(1)
    finally:
        ws.close()
    assert [r.reason for r in records] == ["certified", "amended"]
    assert records[0].sha256 != records[1].sha256
    assert "(แก้ไข)" in snapshots.loads(records[1].snapshot).items[0].title
    assert "(แก้ไข)" not in snapshots.loads(records[0].snapshot).items[0].title
    code, out, _ = _run(capsys, "history", "--db", str(db), "--meeting", "1/2565")
    assert code == 0
    assert records[0].sha256 in out and records[1].sha256 in out and "แก้ชื่อระเบียบวาระที่ ๑" in out
    code, out, _ = _run(capsys, "--lang", "en", "verify", str(first), "--db", str(db))
    assert code == 1 and "before an amendment of 2023-01-20" in out
    second = tmp_path / "second.pdf"
    assert _run(capsys, "minutes", "--db", str(db), "--meeting", "1/2565", "-o", str(second))[0] == 0
    assert "(แก้ไข)" in _text(second)
    assert _run(capsys, "verify", str(second), "--db", str(db))[0] == 0


def test_certify_refuses_certified_minutes_with_the_date(
    certified: tuple[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    db, _first = certified
    code, _out, err = _run(capsys, "certify", "--db", str(db), "--meeting", "1/2565", "--on", "2022-12-01")
    assert code == EXIT_USER
    assert "รับรองแล้ว" in err and "๒๐ พฤศจิกายน ๒๕๖๕" in err
    ws = open_workspace(db)
    try:
        assert len(Services(ws).meetings.records(1)) == 1
        with pytest.raises(ValidationError):
            Services(ws).meetings.certify(1, CERTIFIED_ON)
    finally:
        ws.close()


def test_status_certified_freezes_too(services: Services) -> None:
    services.meetings.set_status(1, "certified")
    records = services.meetings.records(1)
    assert len(records) == 1 and records[0].reason == "certified"


def test_an_older_file_gets_its_record_on_open(
    sample_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A file certified by a version without frozen records: the record is taken when the program first
    opens it, and the history says so."""
    db = sample_db
    run_sql(db, "UPDATE meeting SET status = 'CERTIFIED', certified_on = '2022-11-20' WHERE id = 1")
    pdf = tmp_path / "m.pdf"
    assert _run(capsys, "minutes", "--db", str(db), "--meeting", "1/2565", "-o", str(pdf))[0] == 0
    code, out, _ = _run(capsys, "history", "--db", str(db), "--meeting", "1/2565")
    assert code == 0 and "ปรับรุ่นแฟ้มข้อมูล ไม่ใช่ ณ วันที่รับรอง" in out
    assert _run(capsys, "verify", str(pdf), "--db", str(db))[0] == 0


def test_export_import_keeps_the_records(
    certified: tuple[str, Path],
    make_db: Callable[[], str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    db, first = certified
    _drift_through_services(db)
    out1, copy, out2 = tmp_path / "a.json", make_db(), tmp_path / "b.json"
    assert _run(capsys, "export", "--db", str(db), "-o", str(out1))[0] == 0
    assert "records" in out1.read_text(encoding="utf-8")
    assert _run(capsys, "import", str(out1), "--db", str(copy))[0] == 0
    assert _run(capsys, "export", "--db", str(copy), "-o", str(out2))[0] == 0
    assert out1.read_bytes() == out2.read_bytes()
    assert _run(capsys, "verify", str(first), "--db", str(copy))[0] == 0
    again = tmp_path / "again.pdf"
    assert _run(capsys, "minutes", "--db", str(copy), "--meeting", "1/2565", "-o", str(again))[0] == 0
    assert _text(again) == _text(first)


def test_import_refuses_a_changed_record(
    certified: tuple[str, Path], new_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db, _first = certified
    out = tmp_path / "a.json"
    assert _run(capsys, "export", "--db", str(db), "-o", str(out))[0] == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    record = data["committees"][0]["meetings"][0]["records"][0]
    record["snapshot"] = record["snapshot"].replace("ประวิทย์", "ประวิทย")
    out.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    code, _o, err = _run(capsys, "import", str(out), "--db", new_db)
    assert code == EXIT_USER and "sha256" in err
    assert nothing_written(new_db)


def test_snapshot_json_round_trip(services: Services) -> None:
    from ethicsdesk.printing import plan_version_id
    from ethicsdesk.services.queries import minutes_snapshot, plan_snapshot

    with services.workspace.reading() as s:
        snap = minutes_snapshot(s, 1)
        plan = plan_snapshot(s, plan_version_id(services.workspace, 2566))
    for value in (snap, plan):
        text = snapshots.dumps(value)
        assert snapshots.loads(text) == value
        assert snapshots.dumps(snapshots.loads(text)) == text


def test_the_same_minutes_certified_on_either_back_end_have_the_same_record(
    services: Services, sample_file: Path, tmp_path: Path
) -> None:
    """The record (and so its fingerprint, printed in the PDF) lists the lines in one order on every back
    end: attendance lines of the three lists share positions 1, 2, 3…, and a server returned the ties in
    whatever order its updated rows lay in (a PDF printed from a file did not verify against a server
    database certified the same way)."""
    from ethicsdesk.services.certification import latest_record

    reference = tmp_path / "reference.sqlite"
    shutil.copyfile(sample_file, reference)
    expected = []
    for ws in (open_workspace(reference), services.workspace):
        sv = Services(ws)
        sv.meetings.certify(1, dt.date(2022, 12, 21))
        with ws.reading() as s:
            record = latest_record(s, 1)
            assert record is not None
            expected.append((record.sha256, record.snapshot))
        if ws is not services.workspace:
            ws.close()
    assert expected[0] == expected[1]
