"""The command line as a new user meets it: the default workspace for every command, --db before or after
the command's name, and argument errors as one line in the user's language with exit 2."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from ethicsdesk.cli import EXIT_USER, default_workspace, main
from ethicsdesk.cli_parser import build_parser


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def data_folder_workspace(sample_file: Path) -> Path:
    """The sample in the data folder, where the window keeps its workspace (HOME is private per test)."""
    path = default_workspace()
    assert str(path).startswith(str(Path.home()))
    shutil.copyfile(sample_file, path)
    return path


def test_commands_use_the_workspace_of_the_data_folder(
    data_folder_workspace: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pdf, xlsx, json_out = tmp_path / "m.pdf", tmp_path / "p.xlsx", tmp_path / "w.json"
    assert _run(capsys, "minutes", "--meeting", "1/2565", "-o", str(pdf))[0] == 0 and pdf.stat().st_size
    assert _run(capsys, "plan", "--year", "2566", "-o", str(xlsx))[0] == 0 and xlsx.exists()
    assert _run(capsys, "export", "-o", str(json_out))[0] == 0 and json_out.exists()
    code, out, _ = _run(capsys, "check")
    assert code == 0 and "ไม่พบปัญหา" in out
    code, out, _ = _run(capsys, "history", "--meeting", "1/2565")
    assert code == 0 and "ยังไม่ได้รับรอง" in out
    code, out, _ = _run(capsys, "backup", "--list")
    assert code == 0 and data_folder_workspace.stem in out


def test_db_before_the_command_name(
    sample_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pdf = tmp_path / "m.pdf"
    code, _out, err = _run(capsys, "--db", sample_db, "minutes", "--meeting", "1/2565", "-o", str(pdf))
    assert code == 0, err
    assert pdf.exists()
    assert not default_workspace().exists()


def test_no_default_workspace_yet_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert not default_workspace().exists()
    code, out, err = _run(capsys, "minutes", "--meeting", "1/2565", "-o", str(tmp_path / "m.pdf"))
    assert code == EXIT_USER and out == ""
    assert len(err.strip().splitlines()) == 1
    assert "ยังไม่มีแฟ้มข้อมูลในโฟลเดอร์ข้อมูล" in err and "--db" in err
    assert not default_workspace().exists() and not (tmp_path / "m.pdf").exists()
    code, _out, err = _run(capsys, "--lang", "en", "check")
    assert code == EXIT_USER and "There is no workspace in your data folder yet" in err


@pytest.mark.parametrize(
    ("argv", "thai", "english"),
    [
        (
            ["minutes", "-o", "x.pdf"],
            "ขาดส่วนที่ต้องระบุ: --meeting",
            "the following arguments are required: --meeting",
        ),
        (["report", "--year", "2566", "--months", "5", "-o", "x.pdf"], "ไม่มีตัวเลือก 5", "invalid choice: 5"),
        (["minutes", "--meeting"], "ส่วน --meeting ต้องมีค่าตามหลัง", "expected one argument"),
        (["plan", "--year", "สองพัน", "-o", "x.pdf"], "ส่วน --year", "not a year"),
        (["certify", "--meeting", "1/2565", "--on", "31/2/2565"], "ส่วน --on", "--on"),
        (["frobnicate"], "ไม่มีตัวเลือก", "invalid choice"),
        (["check", "--nonsense"], "ไม่รู้จักส่วนของคำสั่ง: --nonsense", "unrecognized arguments: --nonsense"),
    ],
)
def test_argument_errors_are_one_line_exit_2(
    capsys: pytest.CaptureFixture[str], argv: list[str], thai: str, english: str
) -> None:
    code, out, err = _run(capsys, *argv)
    assert code == EXIT_USER and out == ""
    assert len(err.strip().splitlines()) == 1, err
    assert err.startswith("ethicsdesk: คำสั่งไม่ถูกต้อง") and thai in err
    code, _out, err = _run(capsys, "--lang", "en", *argv)
    assert code == EXIT_USER and len(err.strip().splitlines()) == 1
    assert err.startswith("ethicsdesk: wrong command line") and english in err


def test_help_names_its_arguments(capsys: pytest.CaptureFixture[str]) -> None:
    parser = build_parser()
    for command in ("minutes", "export", "check", "plan", "report", "verify", "certify", "history"):
        with pytest.raises(SystemExit) as stop:
            parser.parse_args([command, "--help"])
        assert stop.value.code == 0
        text = capsys.readouterr().out
        assert "SUB_DB" not in text and "--db PATH" in text and "the workspace" in text, command
        if "-o FILE" in text:
            assert "the file to write" in text
