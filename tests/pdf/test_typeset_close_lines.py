"""Table cells set their lines close (the font's own line height) and move two lines apart only where
their ink would meet: checked here against the ink of every glyph as it is drawn."""

from __future__ import annotations

import random
from dataclasses import replace

import pytest
from typeset_support import prose

from ethicsdesk.pdf.typeset import Align, ThaiParagraph, ThaiParagraphStyle, register_sarabun
from ethicsdesk.pdf.typeset.justify import Line
from ethicsdesk.pdf.typeset.paragraph import CLEARANCE
from ethicsdesk.pdf.typeset.shaping import _glyph_box, ttf

STRESS = ["ปุ", "ที่", "ฎุ", "ฤทธิ์", "ญูปุ", "ชี้", "น้ำ", "ปั๋", "ฐูฏุ", "ปี๊", "gypsy", "(ปุ)"]


def _style(align: Align = Align.LEFT, size: float = 14) -> ThaiParagraphStyle:
    return ThaiParagraphStyle(
        family=register_sarabun().name, size=size, align=align, contain_marks=True, close_lines=True
    )


def _ink(line: Line) -> list[tuple[float, float, float, float]]:
    """(left, right, bottom, top) of every glyph's ink as drawn, from the line's placed pieces."""
    boxes = []
    for piece in line.pieces():
        x = piece.x
        for segment, gap in zip(piece.segments, piece.gaps, strict=True):
            x += gap
            shaped = segment.shaped
            cmap = ttf(shaped.font).face.charToGlyph
            scale = shaped.size / 1000
            for g, glyph in enumerate(shaped.glyphs):
                left, right, bottom, top = _glyph_box(shaped.font, cmap.get(ord(glyph), 0))
                shift = segment.cell_gap * sum(1 for c in segment.cells if c < g)
                gx = x + shaped.offsets[g] + shaped.data[g].x_offset * scale + shift
                dy = shaped.y_offsets[g]
                if right > left:
                    boxes.append(
                        (gx + left * scale, gx + right * scale, bottom * scale + dy, top * scale + dy)
                    )
            x += segment.width
    return boxes


def _baselines(p: ThaiParagraph) -> list[float]:
    advances = p._advances(p.lines)
    ys = [0.0]
    for a in advances:
        ys.append(ys[-1] - a)
    return ys


def _closest(p: ThaiParagraph) -> float:
    """The least white between the ink of two consecutive lines, over glyphs that overlap across."""
    least = float("inf")
    ys = _baselines(p)
    for k in range(len(p.lines) - 1):
        upper, lower = _ink(p.lines[k]), _ink(p.lines[k + 1])
        for a0, a1, a_bottom, _ in upper:
            for b0, b1, _, b_top in lower:
                if a0 < b1 and b0 < a1:
                    least = min(least, (ys[k] + a_bottom) - (ys[k + 1] + b_top))
    return least


def _paragraphs(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    words = " ".join(prose()).split()
    out = []
    for _ in range(count):
        picked = [rng.choice(words) for _ in range(rng.randint(6, 30))]
        for _ in range(rng.randint(2, 8)):
            picked.insert(rng.randrange(len(picked) + 1), rng.choice(STRESS))
        out.append(" ".join(picked))
    return out


@pytest.mark.parametrize("align", [Align.LEFT, Align.CENTER, Align.JUSTIFY])
def test_ink_of_close_lines_never_comes_nearer_than_the_clearance(align: Align) -> None:
    style = _style(align)
    checked = 0
    for text in _paragraphs(7 + len(align.value), 60):
        for width in (70.0, 110.0, 160.0):
            p = ThaiParagraph.plain(text, style)
            p.wrap(width, 1e6)
            if len(p.lines) > 1:
                assert _closest(p) >= CLEARANCE * style.size - 1e-6, (text, width)
                checked += 1
    assert checked > 100


def test_lines_without_meeting_ink_are_the_fonts_line_height_apart() -> None:
    style = _style()
    line = (
        ttf(style.family).face.ascent / 1000 * style.size - ttf(style.family).face.descent / 1000 * style.size
    )
    p = ThaiParagraph.plain("มานะ มานะ มานะ มานะ มานะ มานะ", style)
    p.wrap(40, 1e6)
    assert len(p.lines) >= 3
    assert p._advances(p.lines) == pytest.approx([line] * (len(p.lines) - 1))
    # ... and 15 % closer than lines of the same text set with the family's stack height.
    loose = ThaiParagraph.plain(p.text, replace(style, close_lines=False))
    loose.wrap(40, 1e6)
    assert p.height < 0.9 * loose.height


def test_a_tone_mark_under_a_lower_vowel_moves_its_line_down() -> None:
    style = _style()
    p = ThaiParagraph.plain("ปุปุปุปุ ที่ที่ที่ที่", style)
    p.wrap(ThaiParagraph.plain("ปุปุปุปุ", style).maxWidth() + 2, 1e6)
    assert [line.text.strip() for line in p.lines] == ["ปุปุปุปุ", "ที่ที่ที่ที่"]
    (advance,) = p._advances(p.lines)
    assert advance > p.style.metrics()[0] + 1
    assert _closest(p) == pytest.approx(CLEARANCE * style.size, abs=0.05)


def test_a_close_paragraph_splits_where_its_lines_fit() -> None:
    style = _style()
    text = " ".join(_paragraphs(3, 4))
    p = ThaiParagraph.plain(text, style)
    _, height = p.wrap(120, 1e6)
    for room in (height * 0.3, height * 0.5, height * 0.8):
        parts = p.split(120, room)
        assert len(parts) == 2
        first, rest = parts
        assert isinstance(first, ThaiParagraph) and isinstance(rest, ThaiParagraph)
        assert first.wrap(120, 1e6)[1] <= room + 1e-6
        assert "".join((first.text + rest.text).split()) == "".join(p.text.split())  # a space at the cut goes
        # one more line would not have fitted
        assert len(first.lines) + 1 > len(p.lines) or p._height(p.lines[: len(first.lines) + 1]) > room


def _stacked_gap(upper: ThaiParagraph, lower: ThaiParagraph, width: float) -> tuple[float, float]:
    """(baseline distance, least white between overlapping ink) from ``upper``'s last line to the first
    line of ``lower`` drawn under it in the same cell."""
    upper.wrap(width, 1e6)
    lower.wrap(width, 1e6)
    drop = upper.style.metrics()[1]
    last = upper.height - upper._above(upper.lines) - drop - sum(upper._advances(upper.lines))
    distance = last + lower._above(lower.lines) + drop
    least = float("inf")
    for a0, a1, a_bottom, _ in _ink(upper.lines[-1]):
        for b0, b1, _, b_top in _ink(lower.lines[0]):
            if a0 < b1 and b0 < a1:
                least = min(least, a_bottom - (b_top - distance))
    return distance, least


def test_paragraphs_stacked_in_a_cell_keep_their_ink_apart_and_read_as_one_column() -> None:
    style = _style()
    rng = random.Random(5)
    for _ in range(200):
        upper = ThaiParagraph.plain(" ".join(rng.choices(STRESS, k=rng.randint(1, 4))), style)
        lower = ThaiParagraph.plain(" ".join(rng.choices(STRESS, k=rng.randint(1, 4))), style)
        lower.stacked = True
        distance, least = _stacked_gap(upper, lower, 90)
        assert least >= CLEARANCE * style.size - 1e-6, (upper.text, lower.text)
        assert distance >= style.metrics()[0] - 1e-6
    # Plain lines follow at the line height, closer than a paragraph heading a new row would.
    upper, lower = ThaiParagraph.plain("มานะ", style), ThaiParagraph.plain("มานะ", style)
    lower.stacked = True
    distance, _ = _stacked_gap(upper, lower, 90)
    assert distance == pytest.approx(style.metrics()[0])
    alone = ThaiParagraph.plain("มานะ", style)
    assert _stacked_gap(upper, alone, 90)[0] > distance + 2
