"""ethicsdesk.output: files appear whole or not at all, and failures are named in Thai."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import BinaryIO

import pytest

from ethicsdesk.errors import UserError
from ethicsdesk.output import write_atomic, write_bytes_atomic, write_text_atomic


def test_writes_and_replaces(tmp_path: Path) -> None:
    target = tmp_path / "a.json"
    assert write_text_atomic(target, "ก๑") == target
    assert target.read_text(encoding="utf-8") == "ก๑"
    write_bytes_atomic(target, b"new")
    assert target.read_bytes() == b"new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.json"]


def test_a_failing_writer_leaves_the_old_file_and_no_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "m.docx"
    target.write_bytes(b"old and good")

    def broken(stream: BinaryIO) -> None:
        stream.write(b"half")
        raise RuntimeError("writer failed")

    with pytest.raises(RuntimeError, match="writer failed"):
        write_atomic(target, broken)
    assert target.read_bytes() == b"old and good"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["m.docx"]


def test_disk_errors_become_user_errors_naming_the_file(tmp_path: Path) -> None:
    def full(stream: BinaryIO) -> None:
        raise OSError(28, "No space left on device")

    with pytest.raises(UserError) as err:
        write_atomic(tmp_path / "p.pdf", full)
    assert "ที่เก็บข้อมูลเต็ม" in err.value.th and "p.pdf" in err.value.th
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(UserError) as err:
        write_text_atomic(tmp_path / "missing" / "x.json", "{}")
    assert "ไม่มีโฟลเดอร์นี้" in err.value.th and "x.json" in err.value.th


@pytest.mark.parametrize(
    ("code", "th"),
    [(30, "อ่านอย่างเดียว"), (13, "ไม่มีสิทธิ์เขียน")],  # EROFS, EACCES as the system raises them
)
def test_read_only_and_permission_errors_in_thai(tmp_path: Path, code: int, th: str) -> None:
    def refused(stream: BinaryIO) -> None:
        raise OSError(code, os.strerror(code))

    with pytest.raises(UserError) as err:
        write_atomic(tmp_path / "m.docx", refused)
    assert th in err.value.th and "m.docx" in err.value.th and "m.docx" in err.value.en


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs a non-root POSIX user")
def test_a_read_only_folder_gives_the_thai_message(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    (folder / "plan.xlsx").write_bytes(b"old")
    folder.chmod(0o555)
    try:
        with pytest.raises(UserError) as err:
            write_bytes_atomic(folder / "plan.xlsx", b"new")
    finally:
        folder.chmod(0o755)
    assert err.value.th.startswith("เขียนแฟ้ม «") and "ไม่มีสิทธิ์เขียน" in err.value.th
    assert (folder / "plan.xlsx").read_bytes() == b"old"


_WORKER = textwrap.dedent(
    """
    import os, sys, time
    from pathlib import Path
    from ethicsdesk.output import write_atomic

    kind, target = sys.argv[1], Path(sys.argv[2])

    def build(stream):
        if kind == "docx":
            import docx
            d = docx.Document()
            for i in range(3000):
                d.add_paragraph(f"ย่อหน้าที่ {i} " * 20)
            d.save(stream)
        elif kind == "xlsx":
            import openpyxl
            wb = openpyxl.Workbook()
            ws = wb.active
            for r in range(3000):
                ws.append([f"แถว {r}", r, r * 1.5, "ข้อความ" * 10])
            wb.save(stream)
        else:
            from reportlab.pdfgen import canvas
            c = canvas.Canvas(stream)
            for p in range(300):
                for y in range(50):
                    c.drawString(50, 50 + y * 14, f"page {p} line {y} " * 5)
                c.showPage()
            c.save()

    class Slow:
        # the stream the writer sees: after the first megabyte-ish of output, announce and stall
        def __init__(self, raw):
            self.raw, self.n, self.told = raw, 0, False
        def write(self, b):
            n = self.raw.write(b)
            self.n += len(b)
            if self.n > 4096 and not self.told:
                self.told = True
                print("mid-write", flush=True)
                time.sleep(60)
            return n
        def __getattr__(self, name):
            return getattr(self.raw, name)

    write_atomic(target, lambda raw: build(Slow(raw)))
    """
)


def _whole(kind: str, path: Path) -> None:
    if kind == "docx":
        import docx

        assert docx.Document(str(path)).paragraphs
    elif kind == "xlsx":
        import openpyxl

        assert openpyxl.load_workbook(path).active is not None
    else:
        out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
        assert "good" in out


def _good_file(kind: str, path: Path) -> None:
    if kind == "docx":
        import docx

        d = docx.Document()
        d.add_paragraph("good")
        d.save(str(path))
    elif kind == "xlsx":
        import openpyxl

        wb = openpyxl.Workbook()
        wb.active.append(["good"])  # type: ignore[union-attr]
        wb.save(path)
    else:
        from reportlab.pdfgen import canvas

        c = canvas.Canvas(str(path))
        c.drawString(100, 700, "good")
        c.save()


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
@pytest.mark.parametrize("kind", ["docx", "xlsx", "pdf"])
def test_sigkill_mid_write_leaves_the_old_file_whole(kind: str, tmp_path: Path) -> None:
    target = tmp_path / f"out.{kind}"
    _good_file(kind, target)
    before = target.read_bytes()
    proc = subprocess.Popen(
        [sys.executable, "-c", _WORKER, kind, str(target)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "mid-write"
        temps = [p for p in tmp_path.iterdir() if p.name != target.name]
        assert temps and temps[0].stat().st_size > 0  # the new file was really being written
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.kill()
        proc.wait(timeout=30)
        if proc.stdout is not None:
            proc.stdout.close()
    assert proc.returncode == -signal.SIGKILL
    assert target.read_bytes() == before
    _whole(kind, target)


def test_the_module_is_pure() -> None:
    """ethicsdesk.output imports nothing of storage, services, SQLModel, SQLAlchemy or Qt."""
    import ast

    import ethicsdesk.output

    tree = ast.parse(Path(ethicsdesk.output.__file__).read_text(encoding="utf-8"))
    names = {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
    names |= {n.module or "" for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)}
    banned = ("ethicsdesk.storage", "ethicsdesk.services", "sqlmodel", "sqlalchemy", "PySide6")
    assert names and not [n for n in names if n.startswith(banned)]
