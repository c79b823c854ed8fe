"""A workspace with two committees that both hold meeting 1/2565 and a plan for 2566: every command that
names a meeting or a plan finds the right one with --committee, and without it says which committees it
could mean (exit 2, nothing written)."""

from __future__ import annotations

import copy
import json
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from ethicsdesk.cli import EXIT_USER, main

RISK = "คณะกรรมการบริหารความเสี่ยง"


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _text(pdf: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-raw", str(pdf), "-"], capture_output=True, check=True, text=True
    ).stdout


@pytest.fixture(scope="module")
def two_committees(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("two")
    sample, export = folder / "s.sqlite", folder / "s.json"
    assert main(["sample", str(sample)]) == 0
    assert main(["export", "--db", str(sample), "-o", str(export)]) == 0
    data = json.loads(export.read_text(encoding="utf-8"))
    ethics = data["committees"][0]
    ethics["short_name"] = "จริยธรรม"
    risk = copy.deepcopy(ethics)
    risk["name"], risk["short_name"], risk["name_en"] = RISK, "risk", "Risk management committee"
    risk["meetings"][0]["place"] = "ห้องประชุมความเสี่ยง"
    risk["plans"][0]["versions"][-1]["title"] = "แผนบริหารความเสี่ยง ประจำปีงบประมาณ พ.ศ. ๒๕๖๖"
    data["committees"].append(risk)
    export.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    db = folder / "two.sqlite"
    assert main(["import", str(export), "--db", str(db)]) == 0
    return db


@pytest.fixture
def db(two_committees: Path, backend: str, make_db: Callable[[], str], tmp_path: Path) -> str:
    """A copy of the two committees' workspace of the test's own: a file, or a server database."""
    if backend == "postgresql":
        url = make_db()
        assert main(["import", str(two_committees.parent / "s.json"), "--db", url]) == 0
        return url
    own = tmp_path / "two.sqlite"
    own.write_bytes(two_committees.read_bytes())
    return str(own)


def _state(db: str) -> bytes:
    """What must not change: a file's bytes, or a server database's records (its export)."""
    if "://" not in db:
        return Path(db).read_bytes()
    from ethicsdesk.interchange import export_workspace
    from ethicsdesk.storage import open_workspace

    ws = open_workspace(db, read_only=True)
    try:
        return export_workspace(ws).encode()
    finally:
        ws.close()


@pytest.mark.parametrize(
    "argv",
    [
        ["minutes", "--meeting", "1/2565", "-o", "OUT.pdf"],
        ["plan", "--year", "2566", "-o", "OUT.pdf"],
        ["report", "--year", "2566", "--months", "12", "-o", "OUT.pdf"],
        ["certify", "--meeting", "1/2565", "--on", "2022-11-20"],
        ["history", "--meeting", "1/2565"],
    ],
)
def test_an_ambiguous_number_names_the_committees(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    out = tmp_path / "OUT.pdf"
    argv = [str(out) if a == "OUT.pdf" else a for a in argv]
    before = _state(db)
    code, _out, err = _run(capsys, *argv, "--db", str(db))
    assert code == EXIT_USER
    assert "--committee" in err and "จริยธรรม" in err and "risk" in err
    assert len(err.strip().splitlines()) == 1
    assert not out.exists()
    if argv[0] == "certify":
        assert _state(db) == before


def test_each_committee_prints_its_own(db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ethics, risk = tmp_path / "ethics.pdf", tmp_path / "risk.pdf"
    assert (
        _run(
            capsys,
            "minutes",
            "--db",
            str(db),
            "--meeting",
            "1/2565",
            "--committee",
            "จริยธรรม",
            "-o",
            str(ethics),
        )[0]
        == 0
    )
    assert (
        _run(
            capsys, "minutes", "--db", str(db), "--meeting", "1/2565", "--committee", "risk", "-o", str(risk)
        )[0]
        == 0
    )
    assert "ห้องประชุมความเสี่ยง" in _text(risk) and RISK in _text(risk)
    assert "ห้องประชุมความเสี่ยง" not in _text(ethics)
    plan = tmp_path / "plan.pdf"
    assert (
        _run(capsys, "plan", "--db", str(db), "--year", "2566", "--committee", "2", "-o", str(plan))[0] == 0
    )
    assert "แผนบริหารความเสี่ยง" in _text(plan)
    report = tmp_path / "report.pdf"
    code, _o, err = _run(
        capsys,
        "report",
        "--db",
        str(db),
        "--year",
        "2566",
        "--months",
        "12",
        "--committee",
        "risk",
        "-o",
        str(report),
    )
    assert code == 0, err
    assert "แผนบริหารความเสี่ยง" in _text(report)


def test_certify_and_verify_the_second_committee(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _o, err = _run(
        capsys, "certify", "--db", str(db), "--meeting", "1/2565", "--committee", "risk", "--on", "2022-11-20"
    )
    assert code == 0, err
    pdf = tmp_path / "risk.pdf"
    assert (
        _run(
            capsys, "minutes", "--db", str(db), "--meeting", "1/2565", "--committee", "risk", "-o", str(pdf)
        )[0]
        == 0
    )
    # The fingerprint names the record: no --committee needed to check it.
    code, out, _ = _run(capsys, "verify", str(pdf), "--db", str(db))
    assert code == 0 and RISK in out
    code, out, _ = _run(capsys, "history", "--db", str(db), "--meeting", "1/2565", "--committee", "จริยธรรม")
    assert code == 0 and "ยังไม่ได้รับรอง" in out
    code, out, _ = _run(capsys, "history", "--db", str(db), "--meeting", "1/2565", "--committee", "risk")
    assert code == 0 and "รับรองเมื่อ" in out


def test_an_unknown_committee_lists_the_known_ones(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _o, err = _run(
        capsys,
        "minutes",
        "--db",
        str(db),
        "--meeting",
        "1/2565",
        "--committee",
        "งบประมาณ",
        "-o",
        str(tmp_path / "x.pdf"),
    )
    assert code == EXIT_USER and "ไม่พบคณะกรรมการ «งบประมาณ»" in err and RISK in err
