"""A heading stays with the first lines of the paragraph after it, not with the whole paragraph: a page
never ends with a gap a long paragraph high because a heading had to go with all of it."""

from __future__ import annotations

import io
from pathlib import Path

import pdfplumber
import pytest

from ethicsdesk.documents import model as m
from ethicsdesk.errors import UserError
from ethicsdesk.pdf import styles as geo
from ethicsdesk.pdf.render import write_document_pdf
from ethicsdesk.pdf.typeset import register_sarabun

FILLER = "ฝ่ายเลขานุการ แจ้งให้ที่ประชุมทราบว่า กรมส่งเสริมอุตสาหกรรม ได้ดำเนินการแต่งตั้งคณะกรรมการ " * 2
LONG = "โดยคณะทำงานได้ร่วมกันอภิปรายการกำหนดคุณธรรมเป้าหมาย เพื่อให้ครอบคลุมตัวชี้วัดตามเกณฑ์การประเมิน " * 8
HEADING = "ระเบียบวาระที่ ๙ เรื่องทดสอบ"


def _pages(fillers: int) -> list[list[tuple[float, bool]]]:
    """Per page, each glyph's bottom and whether it is bold (only the heading is)."""
    doc = m.Document("t", "s")
    for _ in range(fillers):
        doc.add(m.Text(FILLER))
    doc.add(m.Text(HEADING, role="heading"))
    doc.add(m.Text(LONG))
    out = io.BytesIO()
    write_document_pdf(doc, out, family=register_sarabun().name)
    out.seek(0)
    with pdfplumber.open(out) as pdf:
        return [
            [(c["bottom"], "Bold" in c["fontname"]) for c in page.chars if c["bottom"] < page.height - 60]
            for page in pdf.pages
        ]


def _lines(bottoms: list[float]) -> list[float]:
    """Glyph bottoms grouped into lines (a lower vowel reaches a few points under its line's others)."""
    lines: list[float] = []
    for b in sorted(bottoms):
        if not lines or b - lines[-1] > 10:
            lines.append(b)
    return lines


def test_a_heading_goes_with_two_lines_of_its_paragraph_not_all_of_them() -> None:
    line = 24.5  # body leading at 16 pt
    frame_bottom = geo.PORTRAIT[1] - geo.BOTTOM_MARGIN
    seen_split = 0
    for fillers in range(14, 24):
        pages = _pages(fillers)
        k = next(i for i, glyphs in enumerate(pages) if any(bold for _, bold in glyphs))
        words = pages[k]
        heading_bottom = max(b for b, bold in words if bold)
        below = _lines([b for b, _ in words if b > heading_bottom + 8])
        assert len(below) >= 2, f"{fillers}: the heading ends its page with {len(below)} line(s) under it"
        if k and len(pages[k]) and min(b for b, _ in words) >= heading_bottom - line:
            # The heading opens a page: the page before had no room for it and two lines.
            last = max(b for b, _ in pages[k - 1])
            assert frame_bottom - last < 4 * line, f"{fillers}: {frame_bottom - last:.0f} pt left empty"
        if k + 1 < len(pages) and pages[k + 1] and below:
            seen_split += 1
    assert seen_split >= 3  # the paragraph did run on past the heading's page in several layouts


def test_a_short_text_introducing_a_table_stays_with_its_first_rows() -> None:
    """ "… ดังนี้" before a table is never the last line of a page with the table on the next."""
    rows = [[f"{i}", "ผู้อำนวยการกลุ่มพัฒนาระบบบริหาร"] for i in range(1, 40)]
    stranded = 0
    for fillers in range(14, 26):
        doc = m.Document("t", "s")
        for _ in range(fillers):
            doc.add(m.Text(FILLER))
        doc.add(m.Text("<b>โดยมีรายละเอียด ดังนี้</b>", role="plain"))
        doc.add(m.Table(["ลำดับ", "ตำแหน่ง"], rows))
        out = io.BytesIO()
        write_document_pdf(doc, out, family=register_sarabun().name)
        out.seek(0)
        with pdfplumber.open(out) as pdf:
            for page in pdf.pages:
                bold = [
                    c["bottom"]
                    for c in page.chars
                    if "Bold" in c["fontname"] and c["bottom"] < page.height - 60
                ]
                first_rule = min((e["top"] for e in page.edges), default=page.height)
                lead = [b for b in bold if b < first_rule]  # the table's headings are bold too
                if lead and not any(e["top"] > max(lead) + 20 for e in page.edges):
                    stranded += 1  # the lead-in with no table row under it on its page
    assert stranded == 0


def test_a_print_gives_the_cycle_collector_back_as_it_found_it(tmp_path: Path) -> None:
    import gc

    doc = m.Document("t", "s", [m.Text("ข้อความ")])
    assert gc.isenabled()
    write_document_pdf(doc, io.BytesIO(), family=register_sarabun().name)
    assert gc.isenabled()
    with pytest.raises(UserError):  # and after a failed write
        write_document_pdf(doc, tmp_path / "no-such-folder" / "x.pdf", family=register_sarabun().name)
    assert gc.isenabled()
    gc.disable()
    try:
        write_document_pdf(doc, io.BytesIO(), family=register_sarabun().name)
        assert not gc.isenabled()
    finally:
        gc.enable()
