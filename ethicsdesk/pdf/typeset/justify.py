"""Laid-out lines and Thai distributed justification.

Justification (ชิดขอบแบบไทย, "Thai distributed", as Word's Thai Distributed looks): the extra width
of a line is spread evenly over the gaps between its Thai grapheme clusters (a base letter with its
marks: ก|า|ร|ป|ร|ะ|เ|มิ|น, ำ stays on its base) and its spaces, a space taking ``SPACE_MULTIPLE`` times a
cluster gap; a cluster gap grows by at most ``CELL_STRETCH`` em and the white at a space is at most
``MAX_GAP`` em. A line that cannot be filled within those limits is left unjustified rather than open
a river (the paragraph optimiser in :mod:`layout` makes such lines rare). Each cluster is placed at an
exact x by a larger advance of the glyph before it (a TJ displacement): PDF ``Tc`` (charSpace) would
pull marks off their bases. The last line of a paragraph stays ragged; a line with nothing to stretch
stays left aligned. (``space_stretch`` is kept on lines for callers, no longer used.)
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from functools import lru_cache
from typing import Any, NamedTuple

from .breaking import attaches_to_previous, is_thai_letter
from .shaping import Shaped, shape

EPSILON = 1e-6
CELL_STRETCH = 0.3
"""Most extra space (em) between two Thai grapheme clusters: past it the spaces take the rest (a line
without spaces that needs more is left unjustified). Lines with spaces rarely come near it, since a
space takes ``SPACE_MULTIPLE`` times a cluster's share."""
SPACE_MULTIPLE = 3.0
"""A stretched space takes this many times what a gap between two Thai clusters takes."""
MAX_GAP = 0.8
"""Most white (em) at a stretched space, the space's own width included: past it (about 0.9 em between
inked glyphs with the side bearings) a justified line reads as a river, and is left unjustified."""


class Align(StrEnum):
    LEFT = "left"
    CENTER = "center"
    RIGHT = "right"
    JUSTIFY = "justify"


@dataclass(slots=True)
class Item:
    """Text of one style between break opportunities (or part of it), or one space."""

    start: int
    end: int
    shaped: Shaped
    space: bool
    breakable: bool
    underline: bool
    width: float
    name: bool = False  # a personal name: not broken between compound parts

    def shifted(self, delta: int) -> Item:
        return Item(
            self.start + delta,
            self.end + delta,
            self.shaped,
            self.space,
            self.breakable,
            self.underline,
            self.width,
            self.name,
        )

    def part(self, a: int, b: int, breakable: bool) -> Item:
        """Characters ``a:b`` of this item (relative offsets), shaped again."""
        s = self.shaped
        shaped = shape(s.text[a:b], s.font, s.size)
        return Item(
            self.start + a,
            self.start + b,
            shaped,
            self.space,
            breakable,
            self.underline,
            shaped.width,
            self.name,
        )


class Segment(NamedTuple):
    """One item as drawn: its glyphs, with ``cell_gap`` points added after each glyph in ``cells`` (the
    last glyph of a Thai grapheme cluster) and ``end_gap`` after its last glyph (a stretched space).
    (A named tuple: a line makes one per word, and a frozen dataclass is slow to make.)"""

    shaped: Shaped
    cells: tuple[int, ...] = ()
    cell_gap: float = 0.0
    end_gap: float = 0.0

    @property
    def width(self) -> float:
        return self.shaped.width + self.cell_gap * len(self.cells) + self.end_gap


@dataclass(frozen=True, slots=True)
class Piece:
    """Segments in one font drawn one after the other from ``x`` (relative to the line's left edge);
    ``gaps[i]`` points are added before segment ``i`` (a Thai word joining the one before)."""

    x: float
    width: float
    font: str
    size: float
    segments: list[Segment]
    gaps: list[float]


@dataclass(slots=True)
class Line:
    """One laid-out line: its source text, its items, and the width it has to fill."""

    text: str
    start: int
    items: list[Item]
    available: float
    indent: float
    last: bool
    align: Align
    space_stretch: float = 0.25
    _placed: tuple[list[Piece], list[tuple[float, float]]] | None = field(default=None, repr=False)
    reach: Any = field(default=None, repr=False)  # paragraph._line_reach's result, kept with the line

    @property
    def end(self) -> int:
        return self.start + len(self.text)

    @property
    def natural_width(self) -> float:
        return sum(item.width for item in self.items)

    def shifted(self, delta: int) -> Line:
        items = [item.shifted(delta) for item in self.items]
        return Line(
            self.text,
            self.start + delta,
            items,
            self.available,
            self.indent,
            self.last,
            self.align,
            self.space_stretch,
        )

    def pieces(self) -> list[Piece]:
        """The glyphs to draw, placed; x relative to the line's left edge (indent included)."""
        return self._place()[0]

    def underlines(self) -> list[tuple[float, float]]:
        """Underlined x ranges, relative to the line's left edge."""
        return self._place()[1]

    def _place(self) -> tuple[list[Piece], list[tuple[float, float]]]:
        if self._placed is None:
            self._placed = _place(self)
        return self._placed


@lru_cache(maxsize=4096)
def _starts_cell(left: str, ch: str) -> bool:
    """Whether a grapheme cluster (a base and its marks; ำ stays with its base) starting with ``ch`` after
    ``left`` is a place where justification may widen: both Thai letters."""
    return is_thai_letter(left) and is_thai_letter(ch) and not attaches_to_previous(ch)


@lru_cache(maxsize=65536)
def cell_glyphs(shaped: Shaped) -> tuple[int, ...]:
    """For each place inside ``shaped`` where a Thai grapheme cluster starts and its glyphs split cleanly
    from the ones before (HarfBuzz did not merge the two clusters): the index of the glyph before it."""
    text, clusters = shaped.text, shaped.clusters
    return tuple(
        shaped.glyph_at(b) - 1
        for b in range(1, len(text))
        if _starts_cell(text[b - 1], text[b]) and clusters[shaped.glyph_at(b)] == b
    )


class _Slots(NamedTuple):
    """Where justification may widen a line: per item, whether before it (a Thai word joining the one
    before without a space) and after which of its glyphs."""

    joins: list[bool]
    cells: list[tuple[int, ...]]
    count: int


def _thai_slots(items: list[Item]) -> _Slots:
    joins: list[bool] = []
    cells: list[tuple[int, ...]] = []
    prev: Item | None = None
    for item in items:
        join = False
        own: tuple[int, ...] = ()
        if not item.space:
            own = cell_glyphs(item.shaped)
            join = (
                prev is not None
                and not prev.space
                and _starts_cell(prev.shaped.text[-1], item.shaped.text[0])
            )
        joins.append(join)
        cells.append(own)
        prev = item
    return _Slots(joins, cells, sum(joins) + sum(len(c) for c in cells))


def _distribute(line: Line, cells: int, extra: float) -> tuple[float, float] | None:
    """Extra width per space and per cluster slot, spread evenly (Thai distributed): see :func:`spread`.
    ``extra``: the line's available width less its natural width."""
    size = line.items[0].shaped.size
    space_widths = [item.width for item in line.items if item.space]
    return spread(extra, cells, len(space_widths), max(space_widths, default=0.0), size)


def spread(
    extra: float, cells: int, spaces: int, space_width: float, size: float
) -> tuple[float, float] | None:
    """(per space, per cluster slot) for ``extra`` points over ``cells`` Thai cluster slots and
    ``spaces`` spaces of natural width ``space_width``.

    A space takes ``SPACE_MULTIPLE`` times what a gap between clusters takes; whichever reaches its
    maximum first (``MAX_GAP`` em of white at a space, ``CELL_STRETCH`` em between clusters) stays there
    and the other takes the rest. ``None`` when that would leave more than ``MAX_GAP`` em of
    white at a space: the line is then left unjustified rather than open a river.
    """
    cell_max = CELL_STRETCH * size
    space_max = max(0.0, MAX_GAP * size - space_width)
    if extra > cells * cell_max + spaces * space_max + EPSILON:
        return None
    if not cells:
        return extra / spaces if spaces else 0.0, 0.0
    per_slot = extra / (cells + SPACE_MULTIPLE * spaces)
    per_space = SPACE_MULTIPLE * per_slot
    if per_space > space_max:  # spaces at their most: the clusters take the rest
        per_space = space_max
        per_slot = (extra - spaces * space_max) / cells
    elif per_slot > cell_max:  # clusters at their most: the spaces take the rest
        per_slot = cell_max
        per_space = (extra - cells * cell_max) / spaces
    return per_space, per_slot


def capacity(cells: int, spaces: int, space_width: float, size: float) -> float:
    """The most a line can stretch with no gap past its maximum (see :func:`spread`)."""
    return cells * CELL_STRETCH * size + spaces * max(0.0, MAX_GAP * size - space_width)


def _place(line: Line) -> tuple[list[Piece], list[tuple[float, float]]]:
    """Pieces (one per font change) whose segments carry the justification gaps: each gap becomes a
    TJ displacement after the last glyph of a cluster, which puts the next cluster at its exact x.
    Marks keep their HarfBuzz offsets from their own base."""
    items = line.items
    extra = line.available - line.natural_width
    per_space = per_slot = 0.0
    slots = _Slots([False] * len(items), [()] * len(items), 0)
    start_x = line.indent
    if line.align == Align.JUSTIFY and not line.last and extra > EPSILON:
        slots = _thai_slots(items)
        spread_ = _distribute(line, slots.count, extra)
        if spread_ is None:  # any way to fill it would open a river: leave this line ragged
            slots = _Slots([False] * len(items), [()] * len(items), 0)
        else:
            per_space, per_slot = spread_
    elif line.align == Align.RIGHT:
        start_x += extra
    elif line.align == Align.CENTER:
        start_x += extra / 2

    pieces: list[Piece] = []
    underlines: list[tuple[float, float]] = []
    segments: list[Segment] = []
    gaps: list[float] = []
    piece_x = x = start_x
    font = ""
    for item, join, cells in zip(items, slots.joins, slots.cells, strict=True):
        shaped = item.shaped
        x0 = x
        lead = per_slot if join else 0.0
        if shaped.font != font:
            if segments:
                pieces.append(Piece(piece_x, x - piece_x, font, segments[0].shaped.size, segments, gaps))
            segments, gaps = [], []
            font = shaped.font
            piece_x = x + lead
        # The width as Segment.width computes it, without the call.
        if per_slot and cells:
            segments.append(Segment(shaped, cells, per_slot))
            width = shaped.offsets[-1] + per_slot * len(cells) + 0.0
        elif item.space and per_space:
            segments.append(Segment(shaped, (), 0.0, per_space))
            width = shaped.offsets[-1] + 0.0 * 0 + per_space
        else:
            segments.append(Segment(shaped))
            width = shaped.offsets[-1] + 0.0 * 0 + 0.0
        gaps.append(lead if len(segments) > 1 else 0.0)
        x += lead + width
        if item.underline:
            if underlines and abs(underlines[-1][1] - x0) < EPSILON:
                underlines[-1] = (underlines[-1][0], x)
            else:
                underlines.append((x0, x))
    if segments:
        pieces.append(Piece(piece_x, x - piece_x, font, segments[0].shaped.size, segments, gaps))
    return pieces, underlines
