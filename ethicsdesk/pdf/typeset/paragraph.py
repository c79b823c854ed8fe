"""``ThaiParagraph``: a platypus Flowable that lays out Thai itself (word breaks, shaping, justification)
and splits across pages by whole lines."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from typing import NamedTuple

from reportlab.platypus.flowables import Flowable

from .breaking import subword_bounds
from .caches import derived
from .fonts import SARABUN, get_family
from .layout import Align, Line, LineSpec, layout, make_items, may_cut_at_space, space_cut_badness, units
from .markup import StyledText, escape, parse_markup
from .render import check_glyphs, draw_line
from .shaping import DEEP, TALL, Reach, line_metrics, reach, thai_ink_extents


@dataclass(frozen=True, slots=True)
class ThaiParagraphStyle:
    """How a Thai paragraph looks. Lengths in points.

    Sarabun's stacked marks reach above its ascent (ที่: 1.2 em, ฤทธิ์: 1.28 em) and lower vowels below
    its descent (ปุ: 0.33 em, ฎุ: 0.56 em), so its own line height (1.3 em) lets a tone mark touch a
    lower vowel of the line above. ``leading`` therefore defaults to the height of ที่ over ปุ (about
    1.53 × size for Sarabun, 24.5 pt at 16 pt: Thai single spacing), at least the font's line height. With ``contain_marks`` the paragraph's box
    has room above its first line and below its last for the tallest and deepest Thai stacks, so marks
    never touch a table rule (table cells set it); body text leaves it off and lets marks overhang into
    the space around, as a word processor does. ``close_lines`` (table cells): lines a font's own line
    height apart (1.3 em), moved apart only where the ink of two lines would come closer than
    :data:`CLEARANCE` (a tone mark under a lower vowel of the line above), as a typesetter sets a tight
    column; the box then ends under the last line's own deepest ink.
    Justified lines: Thai distributed with no gap past 1 em (see :mod:`justify`), broken by the paragraph
    optimiser (see :mod:`layout`), which breaks a compound between its dictionary words
    (กรมส่งเสริม|อุตสาหกรรม) only to avoid a loose line; ``compound_gap`` (em left to spread) is the
    same threshold for paragraphs broken greedily; ``space_stretch`` is no longer used.
    ``replace_missing``: ``None`` raises :class:`MissingGlyphError` for a character the font lacks;
    a character (e.g. ``"?"``) prints that instead.
    """

    family: str = SARABUN
    size: float = 16
    leading: float | None = None
    first_line_indent: float = 0
    left_indent: float = 0
    right_indent: float = 0
    align: Align = Align.LEFT
    space_before: float = 0
    space_after: float = 0
    space_stretch: float = 0.25
    compound_gap: float = 2.0
    contain_marks: bool = False
    close_lines: bool = False
    keep_with_next: bool = False
    orphans: int = 1
    widows: int = 1
    replace_missing: str | None = None

    def metrics(self) -> tuple[float, float]:
        """(leading, distance from the top of a line box down to its baseline)."""
        return _metrics(self)


@derived
@lru_cache(maxsize=1024)
def _metrics(style: ThaiParagraphStyle) -> tuple[float, float]:
    # Kept per style: a table asks each cell for its height many times while it looks for a page break.
    return line_metrics(get_family(style.family).regular, style.size, style.leading, style.close_lines)


@derived
@lru_cache(maxsize=1024)
def _mark_rooms(style: ThaiParagraphStyle) -> tuple[float, float]:
    if not style.contain_marks:
        return 0.0, 0.0
    fam = get_family(style.family)
    top, bottom = thai_ink_extents((fam.regular, fam.bold, fam.italic, fam.bold_italic), style.size)
    leading, drop = style.metrics()
    return max(0.0, top - drop), max(0.0, -bottom - (leading - drop))


class Piece(NamedTuple):
    """A unit of a paragraph as line filling sees it: the breakable space before it (0 if none), its
    width, and its words, each as (space before, width, how bad a cut before it is): at the spaces it
    keeps (rated by :func:`layout.space_cut_badness`) and between the dictionary words of a compound
    (space 0), where a unit wider than a line may be cut."""

    gap: float
    width: float
    words: tuple[tuple[float, float, int], ...]


COMPOUND_CUT = 2
"""How bad a cut between the dictionary words of a compound is (ผู้อำนวยการกลุ่ม|พัฒนา), rated as
:func:`layout.space_cut_badness` rates spaces."""


CLEARANCE = 0.03
"""Least white (em) between the ink of two lines set with ``close_lines``."""


def _line_reach(line: Line) -> tuple[Reach, Reach]:
    """The tall and deep glyphs of a laid-out line (see :func:`shaping.reach`), x from the line's left
    edge. A justified line's glyphs may move right by as much as it stretches: their boxes are widened
    by that, so no meeting of ink is missed."""
    if line.reach is not None:
        return line.reach
    extra = line.available - line.natural_width
    shift = slack = 0.0
    if line.align == Align.CENTER:
        shift = extra / 2
    elif line.align == Align.RIGHT:
        shift = extra
    elif line.align == Align.JUSTIFY and not line.last:
        slack = max(0.0, extra)
    x = line.indent + shift
    tall: list[tuple[float, float, float]] = []
    deep: list[tuple[float, float, float]] = []
    for item in line.items:
        t, d = reach(item.shaped)
        tall.extend((x + a, x + b + slack, h) for a, b, h in t)
        deep.extend((x + a, x + b + slack, h) for a, b, h in d)
        x += item.width
    line.reach = (tuple(tall), tuple(deep))
    return line.reach


def _advance(upper: Line, lower: Line, line: float, size: float) -> float:
    """How far below ``upper``'s baseline ``lower``'s goes: ``line`` unless ink would come closer than
    :data:`CLEARANCE`. Glyphs outside the tall and deep lists reach at most :data:`shaping.TALL` up and
    :data:`shaping.DEEP` down, so each listed glyph is also held clear of those wherever they are."""
    tall, _ = _line_reach(lower)
    _, deep = _line_reach(upper)
    clear = CLEARANCE * size
    need = line
    for a0, a1, top in tall:
        need = max(need, top + DEEP * size + clear)
        for b0, b1, depth in deep:
            if a0 < b1 and b0 < a1:
                need = max(need, top + depth + clear)
    for _b0, _b1, depth in deep:
        need = max(need, depth + TALL * size + clear)
    return need


class ThaiParagraph(Flowable):
    """A paragraph of Thai markup (``<b> <i> <u>``, ``&amp; &lt; &gt;``) for platypus documents."""

    def __init__(self, markup: str, style: ThaiParagraphStyle | None = None) -> None:
        style = style or ThaiParagraphStyle()
        family = get_family(style.family)
        self._setup(check_glyphs(parse_markup(markup), family, style.replace_missing), style, True, True)

    @classmethod
    def plain(cls, text: str, style: ThaiParagraphStyle | None = None) -> ThaiParagraph:
        """A paragraph of plain text (``<`` and ``&`` are literal)."""
        return cls(escape(text), style)

    def _setup(self, styled: StyledText, style: ThaiParagraphStyle, starts: bool, ends: bool) -> None:
        Flowable.__init__(self)
        self.style = style
        self.styled = styled
        self._starts = starts
        self._ends = ends
        self._cache: dict[float, list[Line]] = {}
        self._spacing: dict[int, tuple[list[Line], list[float]]] = {}
        self.stacked = False  # under another paragraph in the same table cell (see _above)
        self._wrapped: tuple[float, bool] | None = None  # what self.height was computed for
        self.lines: list[Line] = []
        self.width = self.height = 0.0
        self.spaceBefore = style.space_before if starts else 0.0
        self.spaceAfter = style.space_after if ends else 0.0
        self.keepWithNext = style.keep_with_next if ends else False

    @property
    def text(self) -> str:
        """The normalised text, as it prints and copies out."""
        return self.styled.text

    def __repr__(self) -> str:
        return f"ThaiParagraph({self.text[:40]!r}{'…' if len(self.text) > 40 else ''})"

    def layout(self, width: float) -> list[Line]:
        """The lines of this paragraph in a column ``width`` points wide (cached)."""
        key = round(width, 3)
        lines = self._cache.get(key)
        if lines is None:
            s = self.style
            spec = LineSpec(
                width,
                get_family(s.family),
                s.size,
                s.align,
                s.first_line_indent if self._starts else 0.0,
                s.left_indent,
                s.right_indent,
                s.space_stretch,
                self._ends,
                s.compound_gap,
            )
            lines = self._cache[key] = layout(self.styled, spec)
        return lines

    def _rooms(self) -> tuple[float, float]:
        """Room above the first line box and below the last one for the tallest and deepest Thai stacks
        of the family (the same for every paragraph of a style, so table rows keep their baselines)."""
        return _mark_rooms(self.style)

    def _advances(self, lines: list[Line]) -> list[float]:
        """The distance from each line's baseline to the next one's."""
        leading = self.style.metrics()[0]
        if not self.style.close_lines:
            return [leading] * (len(lines) - 1)
        kept = self._spacing.get(id(lines))
        if kept is not None and kept[0] is lines:  # a table asks for the same lines' height many times
            return kept[1]
        advances = [_advance(a, b, leading, self.style.size) for a, b in pairwise(lines)]
        self._spacing[id(lines)] = (lines, advances)
        return advances

    def _above(self, lines: list[Line]) -> float:
        """Room above the first line box: the family's tallest stack, so that the first lines of a table
        row share a baseline; under another paragraph of the same cell (``stacked``, with
        ``close_lines``), its first line's own tallest glyph, so the cell reads as one column of lines."""
        above = self._rooms()[0]
        if not (self.stacked and lines and self.style.close_lines and self.style.contain_marks):
            return above
        drop = self.style.metrics()[1]
        top = max((t for *_, t in _line_reach(lines[0])[0]), default=0.0)
        # The paragraph above keeps its ink inside its box (see _below): the clearance is added here.
        return max(0.0, top + CLEARANCE * self.style.size - drop)

    def _below(self, last: Line) -> float:
        """Room under the last line box for its ink: the family's deepest stack, or with ``close_lines``
        the line's own deepest glyph."""
        below = self._rooms()[1]
        if not self.style.close_lines or not self.style.contain_marks:
            return below
        leading, drop = self.style.metrics()
        depth = max((d for *_, d in _line_reach(last)[1]), default=0.0)
        return max(0.0, depth - (leading - drop))

    def _height(self, lines: list[Line]) -> float:
        if not lines:
            return 0.0
        return (
            self._above(lines) + self.style.metrics()[0] + sum(self._advances(lines)) + self._below(lines[-1])
        )

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        lines = self.layout(availWidth)
        key = (availWidth, self.stacked)
        if lines is not self.lines or key != self._wrapped:  # a table wraps each cell again and again
            self.lines = lines
            self.width = availWidth
            self.height = self._height(lines)
            self._wrapped = key
        return self.width, self.height

    def minWidth(self, words: bool = False) -> float:
        """The widest unbreakable piece plus indents (for tables with automatic column widths); with
        ``words``, the widest piece between any two spaces (a unit such as "๑ ต.ค. ๖๕" or a name, which
        a narrow column cuts at its spaces)."""
        s = self.style
        items = make_items(self.styled, get_family(s.family), s.size)
        widest = 0.0
        for _, body in units(items):
            run = 0.0
            for item in body:
                if words and item.space:
                    widest, run = max(widest, run), 0.0
                else:
                    run += item.width
            widest = max(widest, run)
        return widest + s.left_indent + s.right_indent + (s.first_line_indent if self._starts else 0.0)

    def pieces(self) -> tuple[list[Piece], float, float]:
        """What a left-aligned greedy fill sees of this paragraph: each unit as a :class:`Piece`, and the
        indents taken from every line and from the first. A table's width search
        (:func:`widths.shortest_widths`) counts lines with these instead of laying the cells out."""
        s = self.style
        items = make_items(self.styled, get_family(s.family), s.size)
        out: list[Piece] = []
        for lead, body in units(items):
            words: list[tuple[float, float, int]] = []
            gap = run = 0.0
            badness = 0
            for i, item in enumerate(body):
                if item.space:
                    nxt = body[i + 1] if i + 1 < len(body) else None
                    if i and nxt is not None and not nxt.space and may_cut_at_space(body[i - 1], nxt):
                        words.append((gap, run, badness))
                        gap, run, badness = item.width, 0.0, space_cut_badness(body[i - 1], nxt)
                    else:
                        run += item.width
                    continue
                x = 0.0
                for c in () if item.name else subword_bounds(item.shaped.text):  # ผู้อำนวยการกลุ่ม|พัฒนา
                    words.append((gap, run + item.shaped.x_at(c) - x, badness))
                    gap, run, badness, x = 0.0, 0.0, COMPOUND_CUT, item.shaped.x_at(c)
                run += item.width - x
            words.append((gap, run, badness))
            out.append(
                Piece(lead.width if lead is not None else 0.0, sum(i.width for i in body), tuple(words))
            )
        return out, s.left_indent + s.right_indent, s.first_line_indent if self._starts else 0.0

    def maxWidth(self) -> float:
        """The width of the whole paragraph on one line plus indents (its natural width in a table)."""
        s = self.style
        items = make_items(self.styled, get_family(s.family), s.size)
        natural = sum(item.width for item in items)
        return natural + s.left_indent + s.right_indent + (s.first_line_indent if self._starts else 0.0)

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        # A table splitting a row passes the column width without its padding: keep the width the
        # paragraph was wrapped to, or the split would not match the row it is splitting.
        if 0 < self.width < availWidth:
            availWidth = self.width
        lines = self.layout(availWidth)
        if not lines:
            return []
        top = self._above(lines) + self.style.metrics()[0]  # the first line box and the room above it
        fit = 0
        for advance, line in zip([0.0, *self._advances(lines)], lines, strict=True):
            top += advance
            if top + self._below(line) > availHeight + 1e-6:
                break
            fit += 1
        if fit >= len(lines):
            # It fits whole: nothing to split (a table splitting its rows needs two parts or none).
            return []
        fit = min(fit, len(lines) - max(1, self.style.widows))
        if fit < max(1, self.style.orphans):
            return []
        return [self._part(lines, 0, fit, availWidth), self._part(lines, fit, len(lines), availWidth)]

    def _part(self, lines: list[Line], a: int, b: int, width: float) -> ThaiParagraph:
        start = lines[a].start if a else 0
        end = lines[b - 1].end if b < len(lines) else len(self.styled.text)
        part = ThaiParagraph.__new__(ThaiParagraph)
        part._setup(
            self.styled.slice(start, end),
            self.style,
            self._starts and a == 0,
            self._ends and b == len(lines),
        )
        part._cache[round(width, 3)] = [line.shifted(-start) for line in lines[a:b]]
        return part

    def draw(self) -> None:
        if not self.lines:
            return
        drop = self.style.metrics()[1]
        y = self.height - self._above(self.lines) - drop
        for line, advance in zip(self.lines, [*self._advances(self.lines), 0.0], strict=True):
            draw_line(self.canv, line, 0.0, y)
            y -= advance
