"""The command line: each command works, and every failure is one clear line with a non-zero exit."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from ethicsdesk.cli import EXIT_USER, main
from tests.conftest import nothing_written, run_sql


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_sample_export_import_check(
    make_db: Callable[[], str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = make_db()
    assert _run(capsys, "sample", db)[0] == 0
    out_json = tmp_path / "s.json"
    assert _run(capsys, "export", "--db", db, "-o", str(out_json))[0] == 0
    db2 = make_db()
    assert _run(capsys, "import", str(out_json), "--db", db2)[0] == 0
    out2 = tmp_path / "copy.json"
    assert _run(capsys, "export", "--db", db2, "-o", str(out2))[0] == 0
    assert out_json.read_bytes() == out2.read_bytes()
    code, out, _ = _run(capsys, "check", "--db", db)
    assert code == 0 and "ไม่พบปัญหา" in out


def test_check_reports_inconsistencies(sample_db: str, capsys: pytest.CaptureFixture[str]) -> None:
    run_sql(
        sample_db,
        "UPDATE planversion SET declared_total_satang = 100 WHERE number = 2",
        "UPDATE milestone SET date = '2030-01-01' WHERE id = (SELECT min(id) FROM milestone)",
    )
    code, out, _ = _run(capsys, "--lang", "en", "check", "--db", sample_db)
    assert code == 0
    assert "declared total" in out and "outside the fiscal year" in out


def test_version_lists_the_parts(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "--version")
    assert code == 0
    for part in ("Python", "Qt", "SQLite", "ReportLab", "HarfBuzz", "schema"):
        assert part in out


@pytest.mark.parametrize(
    "setup",
    ["not-sqlite", "zero", "folder", "bad-json", "newer-json", "missing-json", "sample-exists"],
)
@pytest.mark.sqlite_only(
    "damaged, empty and folder files; the failed imports on both back ends: test_a_failed_import_changes_nothing"
)
def test_failures_are_one_line_and_non_zero(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], setup: str
) -> None:
    db = tmp_path / "w.sqlite"
    if setup == "not-sqlite":
        db.write_text("hello")
        argv = ["check", "--db", str(db)]
    elif setup == "zero":
        db.touch()
        argv = ["export", "--db", str(db), "-o", str(tmp_path / "o.json")]
    elif setup == "folder":
        argv = ["check", "--db", str(tmp_path)]
    elif setup == "bad-json":
        (tmp_path / "x.json").write_text("{")
        argv = ["import", str(tmp_path / "x.json"), "--db", str(db)]
    elif setup == "newer-json":
        (tmp_path / "x.json").write_text(json.dumps({"format": "ethicsdesk-workspace", "version": 99}))
        argv = ["import", str(tmp_path / "x.json"), "--db", str(db)]
    elif setup == "missing-json":
        argv = ["import", str(tmp_path / "nope.json"), "--db", str(db)]
    else:
        db.write_text("keep me")
        argv = ["sample", str(db)]
    before = db.read_bytes() if db.is_file() else None
    code, out, err = _run(capsys, *argv)
    assert code == EXIT_USER
    assert out == ""
    assert err.count("\n") == 1 and err.startswith("ethicsdesk: ")
    assert "Traceback" not in err
    if before is not None:
        assert db.read_bytes() == before
    elif setup in ("bad-json", "newer-json", "missing-json"):
        assert not db.exists(), "a failed import into a new file leaves no file behind"


@pytest.mark.parametrize("setup", ["bad-json", "newer-json", "missing-json"])
def test_a_failed_import_changes_nothing(
    new_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], setup: str
) -> None:
    source = tmp_path / "x.json"
    if setup == "bad-json":
        source.write_text("{")
    elif setup == "newer-json":
        source.write_text(json.dumps({"format": "ethicsdesk-workspace", "version": 99}))
    code, out, err = _run(capsys, "import", str(source), "--db", new_db)
    assert code == EXIT_USER and out == ""
    assert err.count("\n") == 1 and err.startswith("ethicsdesk: ") and "Traceback" not in err
    assert nothing_written(new_db), "a failed import leaves no file behind and an empty database empty"


def test_entry_point_runs_as_a_module(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "ethicsdesk", "--lang", "en", "check", "--db", str(tmp_path / "none.sqlite")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == EXIT_USER
    assert proc.stderr.strip().endswith("not found") and "Traceback" not in proc.stderr


def test_check_flags_pasted_text_faults(sample_db: str, capsys: pytest.CaptureFixture[str]) -> None:
    run_sql(
        sample_db,
        "UPDATE person SET position = 'นิต\u17b7กรปฏิบัติการ' WHERE id = 9",  # the seed's Khmer vowel
        "UPDATE meeting SET place = 'ห้องประชุม\u200bชั้น ๓'",
    )
    code, out, _ = _run(capsys, "check", "--db", sample_db)
    assert code == 0
    lines = out.splitlines()
    assert any("บุคคลรหัส 9 ช่อง position" in line for line in lines)
    assert any("การประชุมรหัส 1 ช่อง place" in line for line in lines)


def test_print_commands_choose_the_format_by_extension(
    sample_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = sample_db
    for argv, out in (
        (["minutes", "--db", db, "--meeting", "๑/๒๕๖๕"], "m.pdf"),
        (["minutes", "--db", db, "--meeting", "1/2565"], "m.docx"),
        (["plan", "--db", db, "--year", "๒๕๖๖"], "p.xlsx"),
    ):
        assert main([*argv, "-o", str(tmp_path / out)]) == 0, argv
        assert (tmp_path / out).stat().st_size > 1000
    assert (tmp_path / "m.pdf").read_bytes().startswith(b"%PDF")
    capsys.readouterr()
    for argv, fragment in (
        (
            ["minutes", "--db", db, "--meeting", "9/2565", "-o", str(tmp_path / "x.pdf")],
            "ไม่มีการประชุมครั้งที่ 9/2565",
        ),
        (["minutes", "--db", db, "--meeting", "1/2022", "-o", str(tmp_path / "x.pdf")], "คริสต์ศักราช"),
        (["plan", "--db", db, "--year", "2566", "-o", str(tmp_path / "x.odt")], "ไม่รู้จักชนิดแฟ้ม"),
        (["plan", "--db", db, "--year", "2570", "-o", str(tmp_path / "x.pdf")], "ไม่มีแผนปฏิบัติการ"),
    ):
        code, _out, err = _run(capsys, *argv)
        assert code == EXIT_USER and fragment in err and err.count("\n") == 1
        assert not (tmp_path / "x.pdf").exists()


def test_verify_a_printed_pdf_of_certified_minutes(
    sample_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import datetime as dt

    from ethicsdesk.services import Services
    from ethicsdesk.storage import open_workspace

    db = sample_db
    draft_pdf, pdf = tmp_path / "draft.pdf", tmp_path / "certified.pdf"
    assert main(["minutes", "--db", db, "--meeting", "1/2565", "-o", str(draft_pdf)]) == 0
    ws = open_workspace(db)
    sv = Services(ws)
    sv.meetings.certify(1, dt.date(2022, 12, 21))
    ws.close()
    assert main(["minutes", "--db", db, "--meeting", "1/2565", "-o", str(pdf)]) == 0
    capsys.readouterr()
    code, out, _ = _run(capsys, "verify", str(pdf), "--db", db)
    assert code == 0 and "ตรงกับบันทึก" in out
    code, _out, err = _run(capsys, "verify", str(draft_pdf), "--db", db)
    assert code == EXIT_USER and "ลายนิ้วมือ" in err
    ws = open_workspace(db)
    sv = Services(ws)
    sv.meetings.begin_amendment(1, "แก้คำผิดในระเบียบวาระที่ ๑", dt.date(2023, 1, 20))
    item = sv.agenda.items(1)[0]
    sv.agenda.update_item(item.id, title="เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ")
    sv.meetings.end_amendment(1)
    ws.close()
    code, out, _ = _run(capsys, "--lang", "en", "verify", str(pdf), "--db", db)
    assert code == 1 and "Does not match" in out


def test_the_first_run_writes_the_sample_behind_the_window(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No --db and no workspace yet: the window is shown first, then the sample is written and opened."""
    import threading
    import types

    import ethicsdesk.cli as cli
    from ethicsdesk.services import Services

    path = tmp_path / "data" / "workspace.sqlite"
    path.parent.mkdir()
    monkeypatch.setattr(cli, "default_workspace", lambda: path)
    seen: dict[str, object] = {}

    def run_opening(
        where: Path, open_services: Callable[[], Services], lang: str = "th", *, read_only: bool = False
    ) -> int:
        seen["existed_when_shown"] = where.exists()
        services = open_services()
        seen["committees"] = [c.name for c in services.roster.committees()]
        services.workspace.close()
        return 0

    window = types.ModuleType("ethicsdesk.gui.app")
    window.run_opening = run_opening  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "ethicsdesk.gui.app", window)
    assert main([]) == 0
    for thread in threading.enumerate():
        if thread.name == cli.BACKUP_THREAD:
            thread.join(timeout=30)
    assert seen["existed_when_shown"] is False, "nothing written before the window shows"
    assert seen["committees"] and "คุณธรรม" in str(seen["committees"])
