"""Whole PDFs: fonts embedded, text that copies out exactly, page splits, tables, markup, missing glyphs."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

import pypdf
import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import KeepTogether, Spacer
from typeset_support import (
    FRAME_WIDTH,
    PRIVATE_USE,
    assert_text_matches,
    build_pdf,
    pdffonts,
    pdftotext,
    prose,
    tool,
)

from ethicsdesk.pdf.typeset import (
    Align,
    FontFamily,
    MissingGlyphError,
    ThaiParagraph,
    ThaiParagraphStyle,
    draw_page_number,
    draw_text_line,
    escape,
    thai_table,
)
from ethicsdesk.pdf.typeset.layout import Line
from ethicsdesk.pdf.typeset.render import draw_line
from ethicsdesk.pdf.typeset.shaping import shaped_str

MARKS = "ที่ น้ำ ปู่ ฐุ ฤทธิ์ ฎุ ญู ปั้น ฝั่ง ฟื้น กำ ก็ เอ็ม"
BODY = ThaiParagraphStyle(align=Align.JUSTIFY, first_line_indent=2.5 * cm, space_after=6)


def sources() -> list[str]:
    return [MARKS, *prose()[:12]]


@pytest.fixture(scope="module")
def prose_pdf(tmp_path_factory: pytest.TempPathFactory, sarabun: FontFamily) -> Path:
    story = [ThaiParagraph(escape(text), BODY) for text in sources()]
    return build_pdf(tmp_path_factory.mktemp("pdf") / "prose.pdf", story)


def test_fonts_are_embedded_subsets(prose_pdf: Path) -> None:
    rows = pdffonts(prose_pdf)
    assert rows
    for row in rows:
        name, emb, sub, uni = row[0], row[-5], row[-4], row[-3]
        assert (emb, sub, uni) == ("yes", "yes", "yes"), row
        assert "Sarabun" in name


@pytest.mark.parametrize("mode", [(), ("-raw",)])
def test_pdftotext_gives_back_the_source(prose_pdf: Path, mode: tuple[str, ...]) -> None:
    assert_text_matches(pdftotext(prose_pdf, *mode), sources())


def test_pypdf_ignores_actualtext(prose_pdf: Path) -> None:
    """pypdf reads glyphs, not ActualText: Sarabun's glyph variants come out as private-use code points
    (ReportLab gives glyphs without a cmap entry U+E000…), ำ as ํ + า. Recorded, not wanted."""
    text = "".join(page.extract_text() for page in pypdf.PdfReader(prose_pdf).pages)
    assert PRIVATE_USE.search(text)
    assert "\u0e4d\u0e32" in text
    assert "ประชุม" in text  # text without glyph variants comes out right


def test_qpdf_check(prose_pdf: Path) -> None:
    result = subprocess.run([tool("qpdf"), "--check", str(prose_pdf)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_paragraph_split_across_pages_has_no_blank_first_line(tmp_path: Path, sarabun: FontFamily) -> None:
    long_text = " ".join(prose()[:16])
    style = ThaiParagraphStyle(align=Align.JUSTIFY)
    para = ThaiParagraph(escape(long_text), style)
    _, height = para.wrap(FRAME_WIDTH, 10_000)
    lines = para.lines
    leading, _ = style.metrics()
    assert height >= len(lines) * leading
    parts = para.split(FRAME_WIDTH, 10 * leading + 5)
    assert len(parts) == 2
    first, rest = parts
    assert isinstance(first, ThaiParagraph) and isinstance(rest, ThaiParagraph)
    first.wrap(FRAME_WIDTH, 10_000)
    rest.wrap(FRAME_WIDTH, 10_000)
    assert len(first.lines) + len(rest.lines) == len(lines)
    assert [ln.text for ln in first.lines + rest.lines] == [ln.text for ln in lines]
    assert rest.lines[0].text and rest.lines[0].indent == 0
    assert first.spaceAfter == 0 and rest.spaceBefore == 0
    assert not first.lines[-1].last  # still justified at the page foot

    pdf = build_pdf(tmp_path / "split.pdf", [Spacer(1, 600), ThaiParagraph(escape(long_text), style)])
    assert_text_matches(pdftotext(pdf, "-raw"), [long_text])
    assert len(pypdf.PdfReader(pdf).pages) >= 3
    for page in (2, 3):
        page_text = pdftotext(pdf, "-raw", "-f", str(page), "-l", str(page))
        assert page_text.splitlines()[0].strip(), f"page {page} starts with a blank line"
    bbox = pdftotext(pdf, "-bbox", "-f", "2", "-l", "2")
    first_word_top = float(bbox.split("<word ", 1)[1].split('yMin="', 1)[1].split('"', 1)[0])
    assert first_word_top < 2.5 * cm + leading  # the first line sits at the top of the frame


def test_reported_height_contains_the_marks(tmp_path: Path, sarabun: FontFamily) -> None:
    """Draw paragraphs whose first line has ฤทธิ์ and last line ฎุ inside their reported box on white
    paper; nothing may be inked outside the box."""
    rendered = _render_boxes(tmp_path, "ฤทธิ์ ปั้น ฟื้น กิจกรรม ที่ ๑ ฎุ ฏุ ญู", contain=True)
    assert _ink_outside(rendered) == 0


def test_marks_overflow_the_line_box_without_contain_marks(tmp_path: Path, sarabun: FontFamily) -> None:
    rendered = _render_boxes(tmp_path, "ฤทธิ์ ปั้น ฟื้น กิจกรรม ที่ ๑ ฎุ ฏุ ญู", contain=False)
    assert _ink_outside(rendered) > 0  # which is why table cells set contain_marks


BOX = (100.0, 500.0)  # x, y of the box's bottom left corner, points
DPI = 144
MARGIN = 40  # pixels searched around the box


def _render_boxes(tmp_path: Path, text: str, contain: bool) -> tuple[Path, float, float]:
    pdf = tmp_path / "box.pdf"
    canvas = Canvas(str(pdf), pagesize=A4)
    para = ThaiParagraph(escape(text), ThaiParagraphStyle(size=22, contain_marks=contain))
    w, h = para.wrap(300, 1000)
    para.drawOn(canvas, *BOX)
    canvas.save()
    scale = DPI / 72
    x0 = int(BOX[0] * scale) - MARGIN
    y0 = int((A4[1] - BOX[1] - h) * scale) - MARGIN
    crop = [
        "-x",
        str(x0),
        "-y",
        str(y0),
        "-W",
        str(int(w * scale) + 2 * MARGIN),
        "-H",
        str(int(h * scale) + 2 * MARGIN),
    ]
    out = tmp_path / "box"
    subprocess.run(
        [tool("pdftoppm"), "-r", str(DPI), "-gray", "-singlefile", *crop, str(pdf), str(out)], check=True
    )
    return out.with_suffix(".pgm"), w * scale, h * scale


def _ink_outside(rendered: tuple[Path, float, float]) -> int:
    """Dark pixels outside the box (the box sits MARGIN pixels in from the crop's edges)."""
    pgm, w, h = rendered
    data = pgm.read_bytes()
    magic, width, height, _maxval, pixels = data.split(maxsplit=4)
    assert magic == b"P5"
    cols, rows = int(width), int(height)
    count = 0
    for y in range(rows):
        row = pixels[y * cols : (y + 1) * cols]
        inside_rows = MARGIN - 1 <= y <= MARGIN + h + 1
        for x, value in enumerate(row):
            if value < 128 and not (inside_rows and MARGIN - 1 <= x <= MARGIN + w + 1):
                count += 1
    return count


def test_table_cells_and_keep_together(tmp_path: Path, sarabun: FontFamily) -> None:
    rows = [
        ["ที่", "ชื่อ - สกุล", "ตำแหน่ง"],
        ["๑", "นางบุญเจือ วงษ์เกษม", "ผู้ทรงคุณวุฒิ ประธานคณะกรรมการ"],
        ["๒", "นางสาวปวีณ์นิษฐา เอ็มอ่อน", "นิติกรปฏิบัติการ สำนักงานเลขาธิการกรม คณะทำงานและผู้ช่วยเลขานุการ"],
        ["๓", "นายฤทธิ์ ฐุปู่", "ผู้อำนวยการกลุ่มวินัยและนิติการ & <ทดสอบ>"],
    ]
    table = thai_table(rows, [1.5 * cm, 5 * cm, 8 * cm], header_rows=1)
    heading = ThaiParagraph("<b>ผู้มาประชุม</b>", ThaiParagraphStyle(keep_with_next=True))
    pdf = build_pdf(tmp_path / "table.pdf", [Spacer(1, 650), KeepTogether([heading, table])])
    text = pdftotext(pdf, "-raw")
    assert pdftotext(pdf, "-raw", "-f", "1", "-l", "1").strip() == ""  # kept together on page 2
    flat = "".join(text.split())
    for cell in (c for row in rows for c in row):
        assert "".join(cell.split()) in flat
    assert not PRIVATE_USE.search(text)
    assert any("Bold" in row[0] for row in pdffonts(pdf))


def test_inline_bold_italic_underline(tmp_path: Path, sarabun: FontFamily) -> None:
    markup = (
        "มติที่ประชุม <b>เห็นชอบ</b>ในหลักการ <i>ตามที่ฝ่าย<b>เลขานุการ</b>เสนอ</i> "
        "และ<u>มอบหมายให้ กสอ. ดำเนินการ</u>ต่อไป น้ำ<b>ที่</b>ปู่"
    )
    para = ThaiParagraph(markup, ThaiParagraphStyle(align=Align.JUSTIFY))
    pdf = build_pdf(tmp_path / "markup.pdf", [para])
    assert_text_matches(pdftotext(pdf), [para.text])
    fonts = {row[0].split("+")[-1] for row in pdffonts(pdf)}
    assert fonts == {"Sarabun-Regular", "Sarabun-Bold", "Sarabun-Italic", "Sarabun-BoldItalic"}
    underlines = [u for line in para.lines for u in line.underlines()]
    assert underlines
    assert sum(end - start for start, end in underlines) > 100


def test_markup_style_change_inside_a_cluster_keeps_the_cluster_in_one_font(sarabun: FontFamily) -> None:
    para = ThaiParagraph("<b>น</b>้ำ ก<i>่</i>")
    para.wrap(300, 100)
    items = para.lines[0].items
    assert items[0].shaped.text == "น้ำ" and items[0].shaped.font == "Sarabun-Bold"
    assert items[-1].shaped.text == "ก่" and items[-1].shaped.font == "Sarabun"


def test_emoji_is_refused_with_a_clear_message(sarabun: FontFamily) -> None:
    with pytest.raises(MissingGlyphError) as err:
        ThaiParagraph("ขอบคุณครับ 🙏")
    assert "U+1F64F" in err.value.en and "emoji" in err.value.en


def test_khmer_lookalike_is_refused(sarabun: FontFamily) -> None:
    with pytest.raises(MissingGlyphError) as err:
        ThaiParagraph("นางสาวสุพัตรา นิต\u17b7กรปฏิบัติการ")
    assert "U+17B7" in err.value.en and "Khmer" in err.value.en and "นิต\u17b7กร" in err.value.th


def test_lao_lookalike_is_refused(sarabun: FontFamily) -> None:
    with pytest.raises(MissingGlyphError) as err:
        ThaiParagraph("ເລກ ๑")
    assert "Lao" in err.value.en


def test_missing_characters_can_be_replaced(tmp_path: Path, sarabun: FontFamily) -> None:
    para = ThaiParagraph("ขอบคุณ 🙏 ครับ ↔", ThaiParagraphStyle(replace_missing="?"))
    pdf = build_pdf(tmp_path / "replaced.pdf", [para])
    assert pdftotext(pdf).split() == ["ขอบคุณ", "?", "ครับ", "?"]


def test_single_lines_and_page_numbers(tmp_path: Path, sarabun: FontFamily) -> None:
    def later_pages(canvas: Canvas, doc: object) -> None:
        draw_page_number(canvas, A4[0], A4[1] - 1.5 * cm)

    story = [ThaiParagraph(escape(p), BODY) for p in prose()[:12]]
    pdf = build_pdf(tmp_path / "pages.pdf", story, onLaterPages=later_pages)
    assert "- ๑ -" not in pdftotext(pdf, "-f", "1", "-l", "1")
    page2 = pdftotext(pdf, "-raw", "-f", "2", "-l", "2")
    assert page2.splitlines()[0] == "- ๒ -"

    line_pdf = tmp_path / "line.pdf"
    canvas = Canvas(str(line_pdf), pagesize=A4)
    width = draw_text_line(canvas, A4[0] / 2, 400, "(นาย<b>ประวิทย์</b> นาคนวน)", anchor="center")
    draw_text_line(canvas, A4[0] - 2 * cm, 380, "ผู้จดรายงานการประชุม", anchor="right")
    canvas.save()
    assert width > 50
    assert pdftotext(line_pdf, "-raw").split("\n")[:2] == ["(นายประวิทย์ นาคนวน)", "ผู้จดรายงานการประชุม"]


def test_mark_rendering_sample(tmp_path: Path, sarabun: FontFamily) -> None:
    """Renders the marks sample to PNG (look at it: tests/pdf/README or the report). Checks it inks."""
    story = [
        ThaiParagraph(f"{MARKS} <b>{MARKS}</b> <i>{MARKS}</i>", ThaiParagraphStyle(size=22)),
        ThaiParagraph(escape(prose()[5]), BODY),
    ]
    pdf = build_pdf(tmp_path / "marks.pdf", story)
    subprocess.run(
        [tool("pdftoppm"), "-r", "150", "-png", "-singlefile", str(pdf), str(tmp_path / "marks")], check=True
    )
    assert (tmp_path / "marks.png").stat().st_size > 10_000


def test_ten_thousand_characters_without_a_space_copy_out(tmp_path: Path, sarabun: FontFamily) -> None:
    unspaced = "".join(p.replace(" ", "") for p in prose())
    text = (unspaced * (10_000 // len(unspaced) + 1))[:10_000]
    pdf = build_pdf(tmp_path / "long.pdf", [ThaiParagraph(escape(text), BODY)])
    for mode in ((), ("-raw",)):
        assert_text_matches(pdftotext(pdf, *mode), [text])


def test_mixed_scripts_copy_out(tmp_path: Path, sarabun: FontFamily) -> None:
    text = (
        "ตัวชี้วัด: ร้อยละ ๘๐ (80%) ของบุคลากร กสอ. (DIProm) ได้รับการอบรม “Ethics & Integrity” "
        "ภายในไตรมาสที่ ๑ ต.ค. – ธ.ค. ๖๕ งบประมาณ ๗๐,๐๐๐ บาท ←→ ๒๓ ธ.ค. ๖๕ ฯลฯ ต่าง ๆ"
    )
    para = ThaiParagraph(escape(text), ThaiParagraphStyle(align=Align.JUSTIFY))
    pdf = build_pdf(tmp_path / "mixed.pdf", [para, ThaiParagraph(escape(text), ThaiParagraphStyle(size=12))])
    for mode in ((), ("-raw",)):
        assert_text_matches(pdftotext(pdf, *mode), [text, text])


def _reportlab_reference(canvas: Canvas, line: Line, x: float, y: float) -> None:
    """The same line drawn through ReportLab's own text object (a ShapedStr per piece, with the
    justification gaps added to the glyph advances)."""
    text = canvas.beginText()
    for piece in line.pieces():
        glyphs = ""
        data: list[Any] = []

        def widen(i: int, gap: float, data: list[Any] = data, size: float = piece.size) -> None:
            d = data[i]
            data[i] = d._replace(x_advance=d.x_advance + gap * 1000 / size)

        for segment, gap in zip(piece.segments, piece.gaps, strict=True):
            if gap:
                widen(len(data) - 1, gap)
            base = len(data)
            glyphs += segment.shaped.glyphs
            data.extend(segment.shaped.data)
            for g in segment.cells:
                widen(base + g, segment.cell_gap)
            if segment.end_gap:
                widen(len(data) - 1, segment.end_gap)
        text.setFont(piece.font, piece.size)
        text.setTextOrigin(x + piece.x, y)
        text.textOut(shaped_str(glyphs, data))
    canvas.drawText(text)


def test_own_text_operators_draw_what_reportlab_draws(tmp_path: Path, sarabun: FontFamily) -> None:
    markup = "ฤทธิ์ ที่ น้ำ ปู่ ฐุ ฎุ AVATAR Wave ffi <b>ตัวหนา ฝื้น</b> <i>ตัวเอียง ปั้น</i> " + escape(prose()[3])
    lines = ThaiParagraph(markup, ThaiParagraphStyle(align=Align.JUSTIFY, first_line_indent=30)).layout(400)
    rendered = []
    for name, draw in (("own", draw_line), ("reportlab", _reportlab_reference)):
        pdf = tmp_path / f"{name}.pdf"
        canvas = Canvas(str(pdf), pagesize=A4)
        for n, line in enumerate(lines):
            draw(canvas, line, 80, 780 - 26 * n)
        canvas.save()
        out = tmp_path / name
        subprocess.run(
            [tool("pdftoppm"), "-r", "150", "-gray", "-singlefile", str(pdf), str(out)], check=True
        )
        rendered.append(out.with_suffix(".pgm").read_bytes())
    assert sum(1 for v in rendered[0][100:] if v < 128) > 1000  # something was drawn
    assert rendered[0] == rendered[1]
