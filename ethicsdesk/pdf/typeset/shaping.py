"""Shaped text: glyphs from HarfBuzz through ReportLab's ``shapeStr``, with widths per source character.

Every piece of text the layer draws goes through :func:`shape`, so every glyph drawn is a shaped one
(``canvas.drawString`` and plain table cells are not shaped in ReportLab 5.1). Results are cached per
(text, font, size): words repeat a lot in minutes.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate
from typing import Any, cast

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import ShapedStr, TTFont, shapeStr

from ethicsdesk.errors import UserError


@dataclass(frozen=True, slots=True, eq=False)
class Shaped:
    """One string shaped in one font at one size.

    ``glyphs`` is ReportLab's ``ShapedStr`` (one code point per glyph, with HarfBuzz positions, ``data``:
    its ``ShapeData`` per glyph), drawable by a text object; ``clusters[g]`` is the index of the source character glyph ``g`` comes from
    (non-decreasing); ``offsets[g]`` is the x where glyph ``g`` starts, in points.
    """

    text: str
    font: str
    size: float
    glyphs: str
    clusters: tuple[int, ...]
    offsets: tuple[float, ...]
    y_offsets: tuple[float, ...]
    data: tuple[Any, ...]

    @property
    def width(self) -> float:
        return self.offsets[-1]

    def glyph_at(self, char_index: int) -> int:
        """The first glyph of the cluster starting at ``char_index`` (or the end)."""
        if char_index >= len(self.text):
            return len(self.clusters)
        return bisect_left(self.clusters, char_index)

    def x_at(self, char_index: int) -> float:
        """Where the glyphs of source characters from ``char_index`` on start."""
        return self.offsets[self.glyph_at(char_index)]

    def ink(self) -> tuple[float, float]:
        """Highest and lowest ink (points above/below the baseline, bottom negative)."""
        return _ink(self)


def shaped_str(glyphs: str, data: list[Any]) -> str:
    """A ReportLab ``ShapedStr``: glyphs (one code point each) with their ``ShapeData`` positions."""
    return ShapedStr(glyphs, shapeData=cast(Any, data))


def ttf(font_name: str) -> TTFont:
    """The registered TrueType font ``font_name``, refused unless it can be shaped."""
    return _ttf(font_name)


def _ttf(font_name: str) -> TTFont:
    font = pdfmetrics.getFont(font_name)
    if not isinstance(font, TTFont) or not font.shapable:
        raise UserError(
            f"ฟอนต์ {font_name} จัดรูปอักษรไทยไม่ได้ จึงไม่พิมพ์เอกสาร (วรรณยุกต์จะผิดตำแหน่ง)",
            f"The font {font_name} cannot shape Thai, so nothing is printed (tone marks would be misplaced)",
        )
    return font


@lru_cache(maxsize=200_000)
def shape(text: str, font_name: str, size: float) -> Shaped:
    """Shape ``text`` (no line breaks) in a registered, shapable TrueType font."""
    font = _ttf(font_name)
    glyphs = shapeStr(text, font_name, size, force=True) if text else shaped_str("", [])
    data: list[Any] | None = getattr(glyphs, "__shapeData__", None)
    if not isinstance(glyphs, ShapedStr) or data is None:
        raise UserError(
            "ส่วนจัดรูปอักษรไทย (uharfbuzz) ไม่ทำงาน จึงไม่พิมพ์เอกสาร",
            "Thai shaping (uharfbuzz) is not working, so nothing is printed",
        )
    cmap = font.face.charToGlyph
    if any(cmap.get(ord(g)) == 0 for g in glyphs):
        raise UserError(
            f"ฟอนต์ {font_name} ไม่มีรูปอักษรสำหรับ «{text}»",
            f"The font {font_name} has no glyph for part of «{text}»",
        )
    scale = size / 1000
    offsets = (0.0, *accumulate(d.x_advance * scale for d in data))
    return Shaped(
        text,
        font_name,
        size,
        glyphs,
        tuple(d.cluster for d in data),
        tuple(offsets),
        tuple(d.y_offset * scale for d in data),
        tuple(data),
    )


@lru_cache(maxsize=65536)
def _ink(shaped: Shaped) -> tuple[float, float]:
    cmap = _ttf(shaped.font).face.charToGlyph
    top = bottom = 0.0
    scale = shaped.size / 1000
    for g, dy in zip(shaped.glyphs, shaped.y_offsets, strict=True):
        _, _, lo, hi = _glyph_box(shaped.font, cmap.get(ord(g), 0))
        top = max(top, hi * scale + dy)
        bottom = min(bottom, lo * scale + dy)
    return top, bottom


TALL = 0.85
"""Glyphs whose ink rises above this (em) may meet the line above: Thai upper vowels (0.9 em in Sarabun)
and the marks stacked on them (1.2-1.25 em). Consonants, digits and Latin stay under 0.82 em."""
DEEP = 0.02
"""Glyphs whose ink falls below this (em under the baseline) may meet the line below: lower vowels,
the tails of ญ ฐ ฎ ฏ ฤ, Latin descenders, brackets. Other glyphs reach at most this far down."""


@lru_cache(maxsize=4096)
def _glyph_box(font_name: str, gid: int) -> tuple[float, float, float, float]:
    """(left, right, bottom, top) of a glyph's ink, in thousandths of an em."""
    font = _ttf(font_name)
    ext = font.hbFont().get_glyph_extents(gid)
    if ext is None:
        return 0.0, 0.0, 0.0, 0.0
    upem = font.face.unitsPerEm
    return (
        ext.x_bearing * 1000 / upem,
        (ext.x_bearing + ext.width) * 1000 / upem,
        (ext.y_bearing + ext.height) * 1000 / upem,
        ext.y_bearing * 1000 / upem,
    )


Reach = tuple[tuple[float, float, float], ...]


@lru_cache(maxsize=65536)
def reach(shaped: Shaped) -> tuple[Reach, Reach]:
    """The glyphs of ``shaped`` that rise above :data:`TALL` as (left, right, top) and those that fall
    below :data:`DEEP` as (left, right, depth below the baseline), in points from the text's start:
    the only ink that can meet a neighbouring line set at the font's own line height."""
    cmap = _ttf(shaped.font).face.charToGlyph
    scale = shaped.size / 1000
    tall_at, deep_at = TALL * shaped.size, DEEP * shaped.size
    tall: list[tuple[float, float, float]] = []
    deep: list[tuple[float, float, float]] = []
    for g, glyph in enumerate(shaped.glyphs):
        left, right, bottom, top = _glyph_box(shaped.font, cmap.get(ord(glyph), 0))
        x = shaped.offsets[g] + shaped.data[g].x_offset * scale
        dy = shaped.y_offsets[g]
        if top * scale + dy > tall_at:
            tall.append((x + left * scale, x + right * scale, top * scale + dy))
        if -(bottom * scale + dy) > deep_at:
            deep.append((x + left * scale, x + right * scale, -(bottom * scale + dy)))
    return tuple(tall), tuple(deep)


MARK_PROBES = ("ฤทธิ์", "ปั๋", "ฝื้", "ปี๊", "ที่", "น้ำ", "ฎุ", "ฏู", "ญู", "ฐุ", "ฤ", "ปุ")
"""The tallest and deepest Thai stacks (stacked marks above, ฎ ฏ with lower vowels below)."""


@lru_cache(maxsize=256)
def thai_ink_extents(fonts: tuple[str, ...], size: float) -> tuple[float, float]:
    """Highest and lowest ink of any Thai stack in these fonts (points; bottom negative)."""
    inks = [shape(probe, font, size).ink() for font in fonts for probe in MARK_PROBES]
    return max(top for top, _ in inks), min(bottom for _, bottom in inks)


@lru_cache(maxsize=256)
def line_metrics(
    font_name: str, size: float, leading: float | None, close: bool = False
) -> tuple[float, float]:
    """(leading, distance from the top of a line box down to its baseline) for text in ``font_name``.

    Without a given ``leading``: the height of ที่ over ปุ, so that a tone mark over an upper vowel stays
    clear of a lower vowel in the line above, and at least the font's own line height. ``close``: the
    font's own line height (ascent + descent), for text whose lines move apart only where their ink
    would meet (see :func:`reach`).
    """
    face = _ttf(font_name).face
    ascent = face.ascent / 1000 * size
    descent = -face.descent / 1000 * size
    stack = shape("ที่", font_name, size).ink()[0] - shape("ปุ", font_name, size).ink()[1]
    if close and leading is None:
        leading = ascent + descent
    line = max(ascent + descent, stack) if leading is None else leading
    return line, ascent + (line - ascent - descent) / 2


def clear_caches() -> None:
    """Forget shaped text (a font name now points to another file)."""
    shape.cache_clear()
    _ink.cache_clear()
    thai_ink_extents.cache_clear()
    line_metrics.cache_clear()
    _glyph_box.cache_clear()
    reach.cache_clear()
    from .caches import clear_derived  # layout.chunk_items holds shaped text too

    clear_derived()
