"""`ethicsdesk --selftest` from the source tree (the frozen bundle runs the same code: packaging/build.py),
its PDF font check, the frozen entry script, and the installer script's version."""

from __future__ import annotations

import importlib.util
import os
import re
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any QApplication exists

import ethicsdesk
from ethicsdesk import selftest
from ethicsdesk.selftest import SelfTestFailure, check_pdf, pdf_summary, run_selftest

REPO = Path(__file__).resolve().parents[2]


def test_selftest_passes_from_the_source_tree(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_selftest("en") == 0
    out = capsys.readouterr().out.strip().splitlines()
    assert len(out) == 1, out
    line = out[0]
    assert line.startswith("selftest: ok (passed)")
    assert "schema " in line and "shaping on" in line and "window painted" in line
    assert re.search(r"minutes \d+ pages, plan \d+ pages", line)
    assert "Sarabun-Regular" in line


def test_selftest_leaves_nothing_behind(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("tempfile.tempdir", str(tmp_path))
    assert run_selftest("th") == 0
    assert list(tmp_path.iterdir()) == []
    assert not (Path.home() / "pythainlp-data").exists()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="libthai is a Linux system library")
def test_selftest_names_a_missing_libthai(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import ethicsdesk.gui.selftest as window_checks

    monkeypatch.setattr(window_checks, "qt_thai_breaks", lambda text="": 0)
    assert run_selftest("en") == 1
    line = capsys.readouterr().out.strip()
    assert line.startswith("selftest: FAILED (failed): ")
    assert "libthai0" in line
    assert "\n" not in line


def test_selftest_names_missing_fonts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from ethicsdesk.pdf.typeset import fonts

    monkeypatch.setattr(fonts, "fonts_dir", lambda: tmp_path)
    assert run_selftest("en") == 1
    line = capsys.readouterr().out.strip()
    assert "Font file not found" in line and "Sarabun" in line


def test_qt_finds_thai_line_breaks() -> None:
    """libthai is there (scripts/debian-packages.txt): Qt breaks unspaced Thai between words."""
    from ethicsdesk.gui.selftest import qt_thai_breaks

    if not sys.platform.startswith("linux"):
        pytest.skip("Qt uses libthai on Linux")
    assert qt_thai_breaks() >= 3


# -- the PDF font check ------------------------------------------------------------------------------


def _pdf(path: Path, font: str | None) -> Path:
    from reportlab.pdfgen.canvas import Canvas

    if font is not None:
        from ethicsdesk.pdf.typeset import register_sarabun

        register_sarabun()
        options: dict[str, Any] = {"initialFontName": font}  # or every page names an unembedded Helvetica
        canvas = Canvas(str(path), **options)
        canvas.setFont(font, 14)
        canvas.drawString(72, 720, "ที่ประชุม")
    else:
        canvas = Canvas(str(path))
        canvas.setFont("Helvetica", 14)
        canvas.drawString(72, 720, "Minutes")
    canvas.showPage()
    canvas.showPage()
    canvas.save()
    return path


def test_pdf_summary_finds_embedded_truetype(tmp_path: Path) -> None:
    path = _pdf(tmp_path / "sarabun.pdf", "Sarabun")
    summary = check_pdf(path)
    assert summary.pages == 2
    assert summary.unembedded == []
    assert any(f.name.endswith("+Sarabun-Regular") and f.subtype == "TrueType" for f in summary.fonts)


def test_pdf_summary_refuses_a_standard_font(tmp_path: Path) -> None:
    path = _pdf(tmp_path / "helvetica.pdf", None)
    assert pdf_summary(path).unembedded == ["Helvetica"]
    with pytest.raises(SelfTestFailure, match="not embedded: Helvetica"):
        check_pdf(path)


def test_pdf_summary_agrees_with_pypdf(tmp_path: Path) -> None:
    from pypdf import PdfReader

    for path in (_pdf(tmp_path / "a.pdf", "Sarabun"), _pdf(tmp_path / "b.pdf", None)):
        reader = PdfReader(path)
        fonts: dict[str, bool] = {}
        for page in reader.pages:
            resources: Any = page["/Resources"].get_object()
            for ref in resources.get("/Font", {}).values():
                font: Any = ref.get_object()
                descriptor = font.get("/FontDescriptor")
                embedded = descriptor is not None and any(
                    key in descriptor.get_object() for key in ("/FontFile", "/FontFile2", "/FontFile3")
                )
                fonts[str(font["/BaseFont"]).lstrip("/")] = embedded
        summary = pdf_summary(path)
        assert summary.pages == len(reader.pages)
        assert {f.name: f.embedded for f in summary.fonts} == fonts


def test_pdf_summary_without_xref_table(tmp_path: Path) -> None:
    path = _pdf(tmp_path / "a.pdf", "Sarabun")
    data = path.read_bytes()
    broken = tmp_path / "noxref.pdf"
    broken.write_bytes(data[: data.rfind(b"startxref")])
    assert pdf_summary(broken).fonts == pdf_summary(path).fonts


def test_check_pdf_refuses_what_is_not_a_pdf(tmp_path: Path) -> None:
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    with pytest.raises(SelfTestFailure, match="not written"):
        check_pdf(empty)
    text = tmp_path / "text.pdf"
    text.write_text("hello")
    with pytest.raises(SelfTestFailure, match="not a PDF"):
        check_pdf(text)


def test_selftest_needs_no_pdf_library() -> None:
    source = Path(selftest.__file__).read_text(encoding="utf-8")
    assert "pypdf" not in source.replace("no PDF library", "")


# -- the frozen entry script and the installer --------------------------------------------------------


def _entry() -> ModuleType:
    spec = importlib.util.spec_from_file_location("ethicsdesk_entry", REPO / "packaging" / "entry.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    ("argv", "env", "lang"),
    [
        (["--selftest"], {}, "th"),
        (["--selftest", "--lang", "en"], {}, "en"),
        (["--lang=en", "--selftest"], {}, "en"),
        (["--selftest"], {"ETHICSDESK_LANG": "en"}, "en"),
        (["--selftest", "--lang", "th"], {"ETHICSDESK_LANG": "en"}, "th"),
    ],
)
def test_entry_runs_the_selftest(
    argv: list[str], env: dict[str, str], lang: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    entry = _entry()
    seen: list[str] = []
    monkeypatch.setattr(selftest, "run_selftest", lambda lang="th": seen.append(lang) or 3)
    monkeypatch.delenv("ETHICSDESK_LANG", raising=False)
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    monkeypatch.setattr(sys, "argv", ["EthicsDesk", *argv])
    assert entry.main() == 3
    assert seen == [lang]


def test_entry_hands_other_commands_to_the_cli(monkeypatch: pytest.MonkeyPatch) -> None:
    import ethicsdesk.cli

    entry = _entry()
    seen: list[list[str]] = []
    monkeypatch.setattr(ethicsdesk.cli, "main", lambda argv=None: seen.append(list(argv or [])) or 0)
    monkeypatch.setattr(sys, "argv", ["EthicsDesk", "--version"])
    monkeypatch.delenv("PYTHAINLP_READ_ONLY", raising=False)
    assert entry.main() == 0
    assert seen == [["--version"]]
    assert os.environ["PYTHAINLP_READ_ONLY"] == "1"  # the bundle never writes ~/pythainlp-data


def test_installer_script() -> None:
    iss = (REPO / "packaging" / "ethicsdesk.iss").read_text(encoding="utf-8")
    assert f'#define AppVersion "{ethicsdesk.__version__}"' in iss
    assert '#define Bundle "..\\dist\\EthicsDesk"' in iss
    assert 'Filename: "{app}\\EthicsDesk.exe"' in iss
    assert "recursesubdirs" in iss


def test_entry_without_a_console_shows_a_failure(monkeypatch: pytest.MonkeyPatch) -> None:
    """Windows' EthicsDesk.exe has no stdout/stderr: a failure before the window goes to a message box."""
    import ethicsdesk.cli

    entry = _entry()
    shown: list[str] = []

    def failing(argv: list[str] | None = None) -> int:
        print("ethicsdesk: the workspace is locked", file=sys.stderr)
        return 2

    monkeypatch.setattr(ethicsdesk.cli, "main", failing)
    monkeypatch.setattr(entry, "_show_error", shown.append)
    monkeypatch.setattr(sys, "argv", ["EthicsDesk"])
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    assert entry.main() == 2
    assert shown == ["ethicsdesk: the workspace is locked"]
