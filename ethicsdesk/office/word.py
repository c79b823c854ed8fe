"""Word (.docx) output of a document (the minutes, or any :class:`Document`), in the Thai official form.

A4, left margin 3 cm, right 2 cm, top and bottom 2.5 cm (the correspondence rules fix only the left
and right margins), one Thai font for every character class at 16 pt, single spacing; page numbers
"- ๒ -" centred at the top from page 2 on. Plan tables get landscape pages of their own.

The content and its order are the document model's: every paragraph of the model is one paragraph
here (a list label and its text are one paragraph with a hanging indent), every people list, roster,
plan and literal table is a real Word table.

Font: the default is "TH Sarabun New", the font Thai government offices have (with TH SarabunPSK,
which it revises); the program's own bundled font is Sarabun, a redesign with about the same advance
widths, so pass ``font=BUNDLED_FONT`` where Sarabun is installed and TH Sarabun New is not.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import BinaryIO, overload

import docx
from docx.document import Document as WordDocument
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.section import Section
from docx.shared import Cm, Pt
from docx.styles.style import ParagraphStyle

from ethicsdesk.documents.model import Block, Document, PlanTable, Text
from ethicsdesk.office import ooxml
from ethicsdesk.office.word_blocks import BlockWriter, Layout

DEFAULT_FONT = "TH Sarabun New"
BUNDLED_FONT = "Sarabun"
FONT_SIZE_PT = 16.0
PLAN_TABLE_SIZE_PT = 14.0
"""The plan's ten-column tables at 16 pt break their headings inside words (ไตรม|าสที่) and run to
forty pages; 14 pt, common for tables in landscape, keeps words whole."""

A4 = (21.0, 29.7)
MARGIN_LEFT_CM = 3.0
MARGIN_RIGHT_CM = 2.0
MARGIN_TOP_CM = 2.5
MARGIN_BOTTOM_CM = 2.5
HEADER_DISTANCE_CM = 1.25

STYLE_NAMES = {
    "title": "Minutes Title",
    "heading": "Minutes Heading",
    "subheading": "Minutes Subheading",
    "body": "Minutes Body",
    "plain": "Minutes Plain",
    "none": "Minutes Body",
    "resolution": "Minutes Body",
    "dissent": "Minutes Body",
    "table": "Minutes Table Text",
    "plan": "Minutes Plan Table Text",
    "signature": "Minutes Signature",
}


@overload
def write_minutes_docx(
    doc: Document, path: str | Path, *, font: str = ..., plan_table_size_pt: float = ...
) -> Path: ...
@overload
def write_minutes_docx(
    doc: Document, path: BinaryIO, *, font: str = ..., plan_table_size_pt: float = ...
) -> None: ...
def write_minutes_docx(
    doc: Document,
    path: str | Path | BinaryIO,
    *,
    font: str = DEFAULT_FONT,
    plan_table_size_pt: float = PLAN_TABLE_SIZE_PT,
) -> Path | None:
    """Write ``doc`` (the minutes, or any document of the model) as a Word file at ``path``.

    ``font`` names the font of every character class; everything is set at 16 pt except the cells of
    plan tables (``plan_table_size_pt``)."""
    word = docx.Document()
    _set_up_styles(word, font, plan_table_size_pt)
    _set_properties(word, doc)
    first = word.sections[0]
    _set_up_page(first, landscape=False, thai_digits=doc.thai_digits)
    _page_number_header(word, first)
    layout = Layout(
        portrait_width_cm=A4[0] - MARGIN_LEFT_CM - MARGIN_RIGHT_CM,
        landscape_width_cm=A4[1] - MARGIN_LEFT_CM - MARGIN_RIGHT_CM,
        styles=STYLE_NAMES,
        size_pt=FONT_SIZE_PT,
        plan_size_pt=plan_table_size_pt,
    )
    writer = BlockWriter(word, layout)
    writer.prepare(doc.blocks)
    landscape = landscape_runs(doc.blocks)
    in_landscape = False
    for i, block in enumerate(doc.blocks):
        want = any(start <= i < end for start, end in landscape)
        if want != in_landscape:
            if i == 0:
                _set_up_page(first, landscape=want, thai_digits=doc.thai_digits)
            else:
                section = word.add_section(WD_SECTION.NEW_PAGE)
                section.different_first_page_header_footer = False
                _set_up_page(section, landscape=want, thai_digits=doc.thai_digits)
            in_landscape = want
            writer.landscape = want
        writer.write(block)
    if isinstance(path, str | Path):
        word.save(str(path))
        return Path(path)
    word.save(path)
    return None


def landscape_runs(blocks: Sequence[Block], *, max_gap: int = 2) -> list[tuple[int, int]]:
    """Block ranges ``[start, end)`` set on landscape pages: each cluster of plan tables (separated by at
    most ``max_gap`` paragraphs), with the paragraph that introduces the first one, or with the title
    lines when only titles come before it, so that no page holds a lone line."""
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(blocks):
        if not isinstance(blocks[i], PlanTable):
            i += 1
            continue
        start = i
        back = start
        while back > 0 and isinstance(blocks[back - 1], Text) and blocks[back - 1].role == "title":  # type: ignore[union-attr]
            back -= 1
        if back == 0:
            start = 0
        elif isinstance(blocks[start - 1], Text) and (not runs or runs[-1][1] < start - 1):
            start -= 1
        end = i + 1
        j = end
        while j < len(blocks):
            gap = j
            while gap < len(blocks) and gap - end < max_gap and isinstance(blocks[gap], Text):
                gap += 1
            if gap < len(blocks) and isinstance(blocks[gap], PlanTable):
                end = gap + 1
                j = end
            else:
                break
        runs.append((start, end))
        i = end
    return runs


# -- page, header, styles ---------------------------------------------------------------------------


def _set_up_page(section: Section, *, landscape: bool, thai_digits: bool) -> None:
    width, height = (A4[1], A4[0]) if landscape else A4
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    section.page_width = Cm(width)
    section.page_height = Cm(height)
    section.left_margin = Cm(MARGIN_LEFT_CM)
    section.right_margin = Cm(MARGIN_RIGHT_CM)
    section.top_margin = Cm(MARGIN_TOP_CM)
    section.bottom_margin = Cm(MARGIN_BOTTOM_CM)
    section.header_distance = Cm(HEADER_DISTANCE_CM)
    section.footer_distance = Cm(HEADER_DISTANCE_CM)
    section.gutter = Cm(0)
    ooxml.set_page_numbers(section._sectPr, thai=thai_digits)


def _page_number_header(word: WordDocument, section: Section) -> None:
    """Page numbers "- n -" centred in the header of every page but the first (a first-page header of its own)."""
    section.different_first_page_header_footer = True
    first = section.first_page_header
    first.is_linked_to_previous = False
    header = section.header
    header.is_linked_to_previous = False
    p = header.paragraphs[0]
    p._p.style = word.styles["Header"].style_id
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("- ")
    ooxml.page_field(p._p)
    p.add_run(" -")


def _set_up_styles(word: WordDocument, font: str, plan_size_pt: float) -> None:
    styles = word.styles
    defaults = styles.element.find(qn("w:docDefaults"))
    assert defaults is not None
    rpr = defaults.find(qn("w:rPrDefault") + "/" + qn("w:rPr"))
    assert rpr is not None
    ooxml.set_thai_font(rpr, font, FONT_SIZE_PT)
    ppr = defaults.find(qn("w:pPrDefault") + "/" + qn("w:pPr"))
    assert ppr is not None
    spacing = ppr.find(qn("w:spacing"))
    assert spacing is not None
    for key, value in (("after", "0"), ("line", "240"), ("lineRule", "auto")):
        spacing.set(qn(f"w:{key}"), value)

    def style(name: str, size_pt: float = FONT_SIZE_PT) -> ParagraphStyle:
        try:
            s = styles[name]
        except KeyError:
            s = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
            assert isinstance(s, ParagraphStyle)
            s.base_style = styles["Normal"]
            s.quick_style = True
        assert isinstance(s, ParagraphStyle)
        ooxml.set_thai_font(s.element.get_or_add_rPr(), font, size_pt)
        return s

    normal = style("Normal")
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.space_before = Pt(0)
    normal.paragraph_format.line_spacing = 1.0
    normal.paragraph_format.widow_control = True
    style("Header")

    title = style(STYLE_NAMES["title"])
    title.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    title.paragraph_format.keep_with_next = True
    ooxml.set_emphasis(title.element.get_or_add_rPr(), bold=True)

    heading = style(STYLE_NAMES["heading"])
    heading.paragraph_format.space_before = Pt(6)
    heading.paragraph_format.keep_with_next = True
    ooxml.set_emphasis(heading.element.get_or_add_rPr(), bold=True)
    ooxml.outline_level(heading.element.get_or_add_pPr(), 0)

    sub = style(STYLE_NAMES["subheading"])
    sub.paragraph_format.keep_with_next = True
    ooxml.set_emphasis(sub.element.get_or_add_rPr(), bold=True)
    ooxml.outline_level(sub.element.get_or_add_pPr(), 1)

    body = style(STYLE_NAMES["body"])
    body.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.THAI_JUSTIFY

    style(STYLE_NAMES["plain"])

    table = style(STYLE_NAMES["table"])
    table.paragraph_format.widow_control = False
    plan = style(STYLE_NAMES["plan"], plan_size_pt)
    plan.paragraph_format.widow_control = False

    signature = style(STYLE_NAMES["signature"])
    signature.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    signature.paragraph_format.left_indent = Cm(7.0)
    signature.paragraph_format.keep_with_next = True


def _set_properties(word: WordDocument, doc: Document) -> None:
    props = word.core_properties  # the model's title and subject are plain text, not markup
    props.title = doc.title
    props.subject = doc.subject
    props.language = ooxml.THAI
    props.author = "EthicsDesk"
    props.last_modified_by = "EthicsDesk"
    props.comments = ""
