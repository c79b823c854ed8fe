"""Drawing laid-out lines on a ReportLab canvas so that the text copies out exactly.

Shaped glyphs alone extract badly (private-use code points for glyph variants, ำ as ํา), so each line is
its own text object inside a marked-content span whose ``/ActualText`` is the line's source text:
``/Span <</ActualText <FEFF…>>> BDC BT … ET EMC``. Readers that honour ActualText (poppler's pdftotext,
PDFium) return the source; pypdf and pdfplumber ignore it (see the tests).
"""

from __future__ import annotations

from typing import Literal

from reportlab.pdfgen.canvas import Canvas

from .fonts import FontFamily, MissingGlyphError, get_family, missing_glyphs
from .layout import Line, single_line
from .markup import StyledText, parse_markup
from .pdfops import text_object
from .shaping import ttf

Anchor = Literal["left", "center", "right"]


def actual_text_operator(text: str) -> str:
    """The BDC operator that gives ``text`` as the ActualText of the marked content that follows."""
    return f"/Span <</ActualText <FEFF{text.encode('utf-16-be').hex().upper()}>>> BDC"


def draw_line(canvas: Canvas, line: Line, x: float, y: float) -> None:
    """Draw ``line`` with its left edge (before indent) at ``x`` and its baseline at ``y``."""
    pieces = line.pieces()
    if not pieces:
        return
    canvas.addLiteral(actual_text_operator(line.text))
    canvas.addLiteral(text_object(canvas, pieces, x, y))
    canvas.addLiteral("EMC")
    if line.underlines():
        _draw_underlines(canvas, line, x, y)


def _draw_underlines(canvas: Canvas, line: Line, x: float, y: float) -> None:
    first = line.items[0].shaped
    face = ttf(first.font).face
    size = first.size
    position = face.underlinePosition / face.unitsPerEm * size
    thickness = max(face.underlineThickness / face.unitsPerEm * size, 0.5)
    for x0, x1 in line.underlines():  # a filled bar: the text's colour, whatever the stroke colour
        canvas.rect(x + x0, y + position - thickness / 2, x1 - x0, thickness, stroke=0, fill=1)


def check_glyphs(styled: StyledText, family: FontFamily, replace_with: str | None = None) -> StyledText:
    """Raise :class:`MissingGlyphError` if the family lacks a character of ``styled`` (in the style it
    is set in); with ``replace_with``, put that character in their place instead."""
    missing: dict[str, str] = {}
    for span in styled.spans:
        font = family.font_for(span.bold, span.italic)
        for ch in missing_glyphs(styled.text[span.start : span.end], font):
            missing.setdefault(ch, font)
    if not missing:
        return styled
    if replace_with is None:
        first = min(styled.text.index(c) for c in missing)
        context = styled.text[max(0, first - 15) : first + 15]
        raise MissingGlyphError(next(iter(missing.values())), list(missing), context)
    return styled.replace_chars(set(missing), replace_with)


def draw_text_line(
    canvas: Canvas,
    x: float,
    y: float,
    markup: str,
    *,
    family: str = "Sarabun",
    size: float = 16,
    anchor: Anchor = "left",
) -> float:
    """Draw one shaped line of markup (no wrapping) at baseline ``y``; ``x`` is its left edge, centre or
    right edge according to ``anchor``. Returns its width. For headers, page numbers, signature lines."""
    fam = get_family(family)
    styled = check_glyphs(parse_markup(markup), fam)
    line = single_line(styled, fam, size)
    width = line.natural_width
    left = x - width / 2 if anchor == "center" else x - width if anchor == "right" else x
    draw_line(canvas, line, left, y)
    return width


def text_width(markup: str, *, family: str = "Sarabun", size: float = 16) -> float:
    """The shaped width of one line of markup."""
    fam = get_family(family)
    return single_line(check_glyphs(parse_markup(markup), fam), fam, size).natural_width


_THAI_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def page_label(page: int, thai_digits: bool = True) -> str:
    """The page number as printed on Thai official documents: ``- ๒ -`` (``- 2 -`` in Arabic digits)."""
    number = str(page)
    return f"- {number.translate(_THAI_DIGITS) if thai_digits else number} -"


def draw_page_number(
    canvas: Canvas, page_width: float, top: float, *, family: str = "Sarabun", size: float = 16
) -> None:
    """Draw ``- n -`` centred at baseline ``top`` from page 2 on (call it from ``onLaterPages`` or on
    every page: page 1 is skipped)."""
    page = canvas.getPageNumber()
    if page >= 2:
        draw_text_line(
            canvas, page_width / 2, top, page_label(page), family=family, size=size, anchor="center"
        )
