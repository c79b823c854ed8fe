"""Markup parsing, the paragraph flowable's edge cases, another font family, and speed."""

from __future__ import annotations

from pathlib import Path

import pytest
from typeset_support import FRAME_WIDTH, assert_text_matches, build_pdf, pdffonts, pdftotext, prose

from ethicsdesk.errors import ValidationError
from ethicsdesk.pdf.typeset import (
    Align,
    FontFamily,
    ThaiParagraph,
    ThaiParagraphStyle,
    escape,
    fonts_dir,
    page_label,
    parse_markup,
    register_font_family,
    thai_table,
)
from ethicsdesk.pdf.typeset.breaking import preload


def test_parse_markup_spans_and_entities() -> None:
    styled = parse_markup("ก <b>ข <i>ค</i></b> <u>ง</u> &amp; &lt;จ&gt;")
    assert styled.text == "ก ข ค ง & <จ>"
    flags = [(styled.text[s.start : s.end], s.bold, s.italic, s.underline) for s in styled.spans]
    assert flags == [
        ("ก ", False, False, False),
        ("ข ", True, False, False),
        ("ค", True, True, False),
        (" ", False, False, False),
        ("ง", False, False, True),
        (" & <จ>", False, False, False),
    ]


def test_white_space_collapses_across_tags_and_ends_are_trimmed() -> None:
    assert parse_markup("  ก  <b> ข </b>  ค \n").text == "ก ข ค"
    assert parse_markup("").text == ""


@pytest.mark.parametrize("bad", ["ก <p>ข</p>", "ก <b>ข", "ก </i>", "x < 5", "<b>ก</i></b>"])
def test_bad_markup_is_a_validation_error(bad: str) -> None:
    with pytest.raises(ValidationError) as err:
        parse_markup(bad)
    assert err.value.th and err.value.en


def test_print_reads_markup_as_the_record_does() -> None:
    """One grammar: what the record refuses does not print either; a bold heading may hold bold."""
    from ethicsdesk.domain.markup import parse

    for bad in ("R&D", "5 > 3", "<B>ก</B>"):
        with pytest.raises(ValidationError):
            parse(bad)
        with pytest.raises(ValidationError):
            parse_markup(bad)
    styled = parse_markup("<b>หัวข้อ <b>ย่อย</b> ต่อ</b>")
    assert styled.text == "หัวข้อ ย่อย ต่อ" and [s.bold for s in styled.spans] == [True]


def test_escape_round_trips() -> None:
    text = "R&D <ทดสอบ> 5 > 3"
    assert parse_markup(escape(text)).text == text
    assert ThaiParagraph.plain(text).text == text


def test_empty_paragraph_has_no_height(sarabun: FontFamily) -> None:
    para = ThaiParagraph("")
    assert para.wrap(FRAME_WIDTH, 100) == (FRAME_WIDTH, 0.0)
    assert para.split(FRAME_WIDTH, 100) == []


def test_paragraph_taller_than_the_page_splits_and_widows(sarabun: FontFamily) -> None:
    para = ThaiParagraph(escape(" ".join(prose()[:3])), ThaiParagraphStyle(widows=2, orphans=2))
    para.wrap(FRAME_WIDTH, 10_000)
    n = len(para.lines)
    leading, _ = para.style.metrics()
    assert para.split(FRAME_WIDTH, leading * 1.5) == []  # one line would be an orphan
    first, rest = para.split(FRAME_WIDTH, leading * (n - 1) + 1)
    assert isinstance(first, ThaiParagraph) and isinstance(rest, ThaiParagraph)
    assert len(first.layout(FRAME_WIDTH)) == n - 2  # no single widowed line
    assert len(rest.layout(FRAME_WIDTH)) == 2


def test_continuation_reflows_in_a_narrower_frame(sarabun: FontFamily) -> None:
    text = " ".join(prose()[:3])
    para = ThaiParagraph(escape(text), ThaiParagraphStyle(align=Align.JUSTIFY, first_line_indent=50))
    para.wrap(FRAME_WIDTH, 10_000)
    leading, _ = para.style.metrics()
    first, rest = para.split(FRAME_WIDTH, leading * 3)
    assert isinstance(first, ThaiParagraph) and isinstance(rest, ThaiParagraph)
    narrow = rest.layout(200)
    assert narrow[0].indent == 0  # a continuation has no first-line indent
    joined = [ln.text for ln in first.layout(FRAME_WIDTH)] + [ln.text for ln in narrow]
    assert " ".join(joined).replace(" ", "") == para.text.replace(" ", "")


def test_another_family_prints(tmp_path: Path, sarabun: FontFamily) -> None:
    register_font_family("Office", fonts_dir() / "Sarabun-Regular.ttf", bold=fonts_dir() / "Sarabun-Bold.ttf")
    style = ThaiParagraphStyle(family="Office", size=14, align=Align.JUSTIFY)
    text = "รายงานการประชุม <b>ครั้งที่ ๑/๒๕๖๕</b> วันพุธ ที่ ๒๖ ตุลาคม ๒๕๖๕"
    para = ThaiParagraph(text, style)
    pdf = build_pdf(tmp_path / "office.pdf", [para])
    assert_text_matches(pdftotext(pdf), [para.text])
    assert {row[0].split("+")[-1] for row in pdffonts(pdf)} == {"Sarabun-Regular", "Sarabun-Bold"}


def test_table_cells_contain_their_marks(sarabun: FontFamily) -> None:
    table = thai_table([["ฤทธิ์", "ฎุ"]], [100, 100])
    cell = table._cellvalues[0][0]  # type: ignore[attr-defined]
    assert isinstance(cell, ThaiParagraph) and cell.style.contain_marks


def test_page_label() -> None:
    assert page_label(2) == "- ๒ -"
    assert page_label(120) == "- ๑๒๐ -"


def test_twenty_pages_lay_out_and_build(tmp_path: Path, sarabun: FontFamily) -> None:
    """Twenty pages of the sample's prose lay out and build. How fast is a benchmark's figure, not a
    test's (bench/run.py minutes: minutes_200p_s, minutes_shaped_over_floor; tests/pdf/bench_typeset.py):
    this test's old one-second limit failed on a loaded machine while nothing was wrong."""
    preload()
    texts = [escape(p) for p in prose()] * 2  # about 20 pages at 16 pt
    style = ThaiParagraphStyle(align=Align.JUSTIFY, first_line_indent=70)
    story = [ThaiParagraph(t, style) for t in texts]
    for para in story:
        para.wrap(FRAME_WIDTH, 10_000)
    pdf = build_pdf(tmp_path / "twenty.pdf", story)
    pages = pdftotext(pdf).count("\f")
    assert pages >= 18


def test_default_leading_leaves_room_for_stacked_marks(sarabun: FontFamily) -> None:
    leading, drop = ThaiParagraphStyle().metrics()
    assert 1.5 * 16 < leading < 1.6 * 16  # ที่ over ปุ; Sarabun's own line height is 1.3 em
    assert 1.0 * 16 < drop < leading
    assert ThaiParagraphStyle(leading=20).metrics()[0] == 20


def test_min_width_is_the_widest_unbreakable_piece(sarabun: FontFamily) -> None:
    para = ThaiParagraph("การประชุม กรมส่งเสริมอุตสาหกรรม ๑")
    widest = ThaiParagraph("กรมส่งเสริมอุตสาหกรรม").layout(10_000)[0].natural_width
    assert para.minWidth() == pytest.approx(widest)
