"""The minutes as a Word file, read back with python-docx and checked against the workspace."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx.document import Document as WordDocument
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.shared import Length
from office_helpers import (
    RENDERER_WORDS,
    body_paragraphs,
    effective_rpr,
    expected_texts,
    in_plan_table,
    runs_with_paragraphs,
    shown_texts,
)

from ethicsdesk.documents.model import Document, PeopleList, PlanTable, Rule, Signature, Text
from ethicsdesk.office import BUNDLED_FONT, DEFAULT_FONT, write_minutes_docx
from ethicsdesk.office.plan_grid import ARROW
from ethicsdesk.office.word import STYLE_NAMES, landscape_runs
from ethicsdesk.printing import minutes_document
from ethicsdesk.storage import Workspace

pytestmark = pytest.mark.sqlite_only(
    "the layout of the Word and Excel files made from the sample (office_ws); the same text printed from "
    "a server database: test_office_golden.py"
)


@pytest.fixture(scope="module")
def minutes_file(minutes_doc: Document, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_minutes_docx(minutes_doc, tmp_path_factory.mktemp("docx") / "minutes.docx")


@pytest.fixture(scope="module")
def word(minutes_file: Path) -> WordDocument:
    return docx.Document(str(minutes_file))


def test_every_paragraph_of_the_document_in_order(minutes_doc: Document, word: WordDocument) -> None:
    expected = expected_texts(minutes_doc)
    shown = shown_texts(word)
    assert [t for t in shown if t not in RENDERER_WORDS] == expected
    assert expected[0].startswith("รายงานการประชุมคณะกรรมการ")
    assert expected[-1] == "ผู้ตรวจรายงานการประชุม"  # the form's second signer, after the recorder
    assert len(expected) > 400


def test_attendance_is_three_borderless_tables_with_the_same_columns(word: WordDocument) -> None:
    body = list(word.element.body.iterchildren())
    found = {}
    for i, el in enumerate(body):
        text = "".join(t.text or "" for t in el.iter(qn("w:t"))) if el.tag == qn("w:p") else ""
        if text in ("ผู้มาประชุม", "ผู้ไม่มาประชุม", "ผู้เข้าร่วมประชุม") and body[i + 1].tag == qn("w:tbl"):
            found[text] = body[i + 1]
    assert set(found) == {"ผู้มาประชุม", "ผู้ไม่มาประชุม", "ผู้เข้าร่วมประชุม"}
    rows = {k: tbl.findall(qn("w:tr")) for k, tbl in found.items()}
    assert [len(rows[k]) for k in ("ผู้มาประชุม", "ผู้ไม่มาประชุม", "ผู้เข้าร่วมประชุม")] == [10, 3, 5]
    grids = set()
    for tbl in found.values():
        assert tbl.find(f"{qn('w:tblPr')}/{qn('w:tblBorders')}") is None
        assert tbl.find(f"{qn('w:tblPr')}/{qn('w:tblLayout')}").get(qn("w:type")) == "fixed"
        grids.add(tuple(c.get(qn("w:w")) for c in tbl.iter(qn("w:gridCol"))))
    assert len(grids) == 1 and len(next(iter(grids))) == 4  # number, name, position, role: aligned
    first = [
        "".join(t.text or "" for t in tc.iter(qn("w:t"))) for tc in rows["ผู้มาประชุม"][0].findall(qn("w:tc"))
    ]
    assert first == ["๑.", "นางบุญเจือ วงษ์เกษม", "ผู้ทรงคุณวุฒิ", "ประธานคณะกรรมการ"]


def test_every_run_is_thai_at_16_pt_and_plan_cells_at_14(word: WordDocument) -> None:
    plan_style = word.styles[STYLE_NAMES["plan"]].style_id
    count = 0
    for p, r in runs_with_paragraphs(word):
        props = effective_rpr(word, p, r)
        assert props["ascii"] == props["hAnsi"] == props["cs"] == props["eastAsia"] == DEFAULT_FONT
        assert "csTheme" not in props and "asciiTheme" not in props
        size = "28" if in_plan_table(p, plan_style) else "32"
        assert (props["sz"], props["szCs"]) == (size, size)
        assert props["bidi"] == "th-TH"
        assert props.get("b", "0") == props.get("bCs", "0")  # Thai text is bold wherever Latin is
        count += 1
    assert count > 500


def test_font_is_a_parameter(office_ws: Workspace, meeting_id: int, tmp_path: Path) -> None:
    path = write_minutes_docx(
        minutes_document(office_ws, meeting_id)[0], tmp_path / "m.docx", font=BUNDLED_FONT
    )
    word = docx.Document(str(path))
    fonts = {effective_rpr(word, p, r)["cs"] for p, r in runs_with_paragraphs(word)}
    assert fonts == {BUNDLED_FONT}


def test_page_a4_official_margins_and_landscape_plan_pages(word: WordDocument) -> None:
    sections = word.sections
    first = sections[0]
    assert cm(first.page_width, first.page_height) == (21, 29.7)
    assert first.orientation == WD_ORIENT.PORTRAIT
    assert cm(first.left_margin, first.right_margin) == (3, 2)
    assert cm(first.top_margin, first.bottom_margin) == (2.5, 2.5)
    orientations = [s.orientation for s in sections]
    assert orientations == [WD_ORIENT.PORTRAIT, WD_ORIENT.LANDSCAPE, WD_ORIENT.PORTRAIT]
    landscape = sections[1]
    assert cm(landscape.page_width, landscape.page_height) == (29.7, 21)
    assert cm(landscape.left_margin, landscape.right_margin) == (3, 2)


def cm(*lengths: Length | None) -> tuple[float, ...]:
    """Lengths in centimetres to 0.01 cm (Word stores twentieths of a point)."""
    return tuple(round(x.cm, 2) if x is not None else -1.0 for x in lengths)


def test_page_numbers_from_page_two_in_thai_digits(word: WordDocument) -> None:
    first = word.sections[0]
    assert first.different_first_page_header_footer
    assert not first.first_page_header.paragraphs[0].text
    header = first.header
    instr = "".join(x.text or "" for x in header._element.iter(qn("w:instrText")))
    assert instr.strip() == "PAGE"
    assert normalise_header(header.paragraphs[0].text) == "- 1 -"  # the field's placeholder
    for s in word.sections:
        fmt = s._sectPr.find(qn("w:pgNumType"))
        assert fmt is not None and fmt.get(qn("w:fmt")) == "thaiNumbers"
    for s in word.sections[1:]:
        assert s.header.is_linked_to_previous  # the same "- n -" header on landscape pages
        assert not s.different_first_page_header_footer  # and on their first page too


def normalise_header(text: str) -> str:
    return " ".join(text.split())


def test_arabic_digits_give_decimal_page_numbers(
    office_ws: Workspace, meeting_id: int, tmp_path: Path
) -> None:
    word = docx.Document(
        str(
            write_minutes_docx(
                minutes_document(office_ws, meeting_id, thai_digits=False)[0], tmp_path / "m.docx"
            )
        )
    )
    assert word.sections[0]._sectPr.find(qn("w:pgNumType")).get(qn("w:fmt")) == "decimal"
    assert "ครั้งที่ 1/2565" in shown_texts(word)


def test_list_labels_hang(word: WordDocument, minutes_doc: Document) -> None:
    labelled = next(b for b in minutes_doc.blocks if isinstance(b, Text) and b.label == "๑.")
    p = next(x for x in body_paragraphs(word) if x.text.startswith("๑.\t"))
    assert p.text.split("\t", 1)[1].startswith(labelled.markup[:20])
    ind = p.element.find(f"{qn('w:pPr')}/{qn('w:ind')}")
    assert ind is not None and int(ind.get(qn("w:hanging"))) > 0 and int(ind.get(qn("w:left"))) > 0


def test_markup_becomes_bold_italic_underline_runs(tmp_path: Path) -> None:
    doc = Document("t", "s")
    doc.add(Text("ก <b>ตัวหนา</b> <i>เอียง</i> <u>ขีดเส้นใต้</u> a &amp; b &lt;c&gt;", "body"))
    word = docx.Document(str(write_minutes_docx(doc, tmp_path / "t.docx")))
    p = word.paragraphs[0]
    assert p.text == "ก ตัวหนา เอียง ขีดเส้นใต้ a & b <c>"
    styled = {r.text: r for r in p.runs}
    bold = styled["ตัวหนา"]._r.rPr
    assert bold is not None and bold.find(qn("w:b")) is not None and bold.find(qn("w:bCs")) is not None
    italic = styled["เอียง"]._r.rPr
    assert italic is not None and italic.find(qn("w:i")) is not None and italic.find(qn("w:iCs")) is not None
    assert styled["ขีดเส้นใต้"].underline
    assert styled[" a & b <c>"].bold is None


def _plan_tables(word: WordDocument) -> list:
    out = []
    body = list(word.element.body.iterchildren())
    for i, el in enumerate(body[:-1]):
        if el.tag == qn("w:p") and body[i + 1].tag == qn("w:tbl"):
            title = "".join(t.text or "" for t in el.iter(qn("w:t")))
            if title.startswith("แผนปฏิบัติการ"):
                out.append(body[i + 1])
    return out


def _row_of(tbl, number: str):
    for tr in tbl.findall(qn("w:tr")):
        tcs = tr.findall(qn("w:tc"))
        if tcs and "".join(t.text or "" for t in tcs[0].iter(qn("w:t"))) == number:
            return tcs
    raise AssertionError(number)


def test_quarter_spans_are_shaded_cells_with_arrows_and_dates(
    word: WordDocument, minutes_doc: Document
) -> None:
    plans = [b for b in minutes_doc.blocks if isinstance(b, PlanTable)]
    tables = _plan_tables(word)
    assert len(tables) == len(plans) == 6
    activities_v2 = tables[[p.view for p in plans].index("activities") + 1]
    # activity 1 runs in quarters 2 and 3 without milestones: one merged, shaded cell
    cells = _row_of(activities_v2, "๑.")
    spans = [
        int(tc.find(f"{qn('w:tcPr')}/{qn('w:gridSpan')}").get(qn("w:val")))
        if tc.find(f"{qn('w:tcPr')}/{qn('w:gridSpan')}") is not None
        else 1
        for tc in cells
    ]
    assert spans == [1, 1, 1, 1, 1, 1, 2, 1, 1]
    quarter = cells[6]
    assert quarter.find(f"{qn('w:tcPr')}/{qn('w:shd')}").get(qn("w:fill")) == "B4C6E7"
    assert "".join(t.text or "" for t in quarter.iter(qn("w:t"))) == ARROW
    # activity 15 reports each quarter: four shaded cells, each with its own date
    cells = _row_of(activities_v2, "๑๕.")
    quarters = cells[5:9]
    texts = [
        [("".join(t.text or "" for t in p.iter(qn("w:t")))) for p in tc.findall(qn("w:p"))] for tc in quarters
    ]
    assert texts == [
        [ARROW, "๒๓ ธ.ค. ๖๕"],
        [ARROW, "๒๕ มี.ค. ๖๖"],
        [ARROW, "๒๕ มิ.ย. ๖๖"],
        [ARROW, "๒๕ ก.ย. ๖๖"],
    ]
    assert all(tc.find(f"{qn('w:tcPr')}/{qn('w:shd')}") is not None for tc in quarters)
    # the heading rows repeat on every page the table runs onto
    trs = activities_v2.findall(qn("w:tr"))
    assert all(tr.find(f"{qn('w:trPr')}/{qn('w:tblHeader')}") is not None for tr in trs[:2])
    assert trs[2].find(f"{qn('w:trPr')}/{qn('w:tblHeader')}") is None


def test_landscape_runs_keep_the_lead_in_and_join_close_tables() -> None:
    plan = PlanTable("approaches", "p", [], [], "", "")
    body = Text("x")
    blocks = [
        Text("t", "title"),
        Rule(),
        body,
        plan,
        body,
        plan,
        body,
        body,
        body,
        plan,
        Signature("", "", ""),
    ]
    assert landscape_runs(blocks) == [(2, 6), (8, 10)]
    assert landscape_runs([Text("t", "title"), Text("u", "title"), plan, body]) == [(0, 3)]
    assert landscape_runs([plan, body, body, plan]) == [(0, 4)]
    assert landscape_runs([body, PeopleList("h", [])]) == []


def test_the_rule_under_the_title_block(word: WordDocument) -> None:
    p = next(x for x in body_paragraphs(word) if x.element.find(f"{qn('w:pPr')}/{qn('w:pBdr')}") is not None)
    assert not p.text and not p.in_table
