"""The Word minutes of meeting 1/2565, the Word plan and the Excel plan of 2566, as written by the command
line, pinned by golden text files: the .docx as its paragraphs and table cells in document order (one line
each), the .xlsx as its cell values sheet by sheet, row by row. Regenerate on purpose with
``ETHICSDESK_UPDATE_GOLDEN=1`` and review the diff."""

from __future__ import annotations

from pathlib import Path

import docx
import openpyxl
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from golden_files import check_golden

from ethicsdesk.cli import main

GOLDEN = Path(__file__).with_name("golden")


def _squash(text: str) -> str:
    return " ".join(text.split())


def _paragraph_text(p: BaseOxmlElement) -> str:
    return "".join(t.text or "" for t in p.iter(qn("w:t")))


def _block_lines(parent: BaseOxmlElement) -> list[str]:
    """Paragraphs and table cells of ``parent`` in document order; a cell is one line (its paragraphs joined),
    a cell spanning several grid columns once."""
    lines: list[str] = []
    for child in parent.iterchildren():
        if child.tag == qn("w:p"):
            lines.append(_squash(_paragraph_text(child)))
        elif child.tag == qn("w:tbl"):
            for row in child.iterchildren(qn("w:tr")):
                for cell in row.iterchildren(qn("w:tc")):
                    lines.append(" ".join(_block_lines(cell)).strip())
    return lines


def docx_text(path: Path) -> str:
    body = docx.Document(str(path)).element.body
    return "\n".join(line for line in _block_lines(body) if line) + "\n"


def xlsx_text(path: Path) -> str:
    book = openpyxl.load_workbook(path, data_only=False)
    out: list[str] = []
    for sheet in book.worksheets:
        out.append(f"== {sheet.title}")
        for row in sheet.iter_rows(values_only=True):
            cells = ["" if v is None else _squash(str(v)) for v in row]
            while cells and not cells[-1]:
                cells.pop()
            if cells:
                out.append(" | ".join(cells))
    return "\n".join(out) + "\n"


def test_word_minutes_text(new_db: str, tmp_path: Path) -> None:
    """The same golden text from a file and from a server database."""
    db, out = new_db, tmp_path / "m.docx"
    assert main(["sample", db]) == 0
    assert main(["minutes", "--db", db, "--meeting", "1/2565", "-o", str(out)]) == 0
    check_golden(GOLDEN / "minutes-1-2565-docx.txt", docx_text(out))


def test_word_and_excel_plan_text(new_db: str, tmp_path: Path) -> None:
    db = new_db
    assert main(["sample", db]) == 0
    word, excel = tmp_path / "p.docx", tmp_path / "p.xlsx"
    assert main(["plan", "--db", db, "--year", "2566", "-o", str(word)]) == 0
    assert main(["plan", "--db", db, "--year", "2566", "-o", str(excel)]) == 0
    check_golden(GOLDEN / "plan-2566-docx.txt", docx_text(word))
    check_golden(GOLDEN / "plan-2566-xlsx.txt", xlsx_text(excel))
