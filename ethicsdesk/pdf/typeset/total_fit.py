"""Total fit: the breaks of a justified or centred paragraph chosen for the whole paragraph at once, in the
manner of Knuth and Plass, over the break opportunities of :mod:`atoms` (a word boundary in unspaced Thai,
a space) and the compound boundaries inside words. :mod:`layout` falls back to greedy filling when this
declines (a unit wider than a line, or more than :data:`MAX_BREAKS` breaks).
"""

from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache
from itertools import pairwise
from typing import TYPE_CHECKING, NamedTuple

from .breaking import OPENING as OPENING_MARKS
from .breaking import compound_bounds
from .caches import derived
from .justify import CELL_STRETCH, EPSILON, MAX_GAP, Align, Item, _starts_cell, cell_glyphs
from .shaping import Shaped

if TYPE_CHECKING:
    from .layout import LineSpec

MAX_BREAKS = 4000
"""Paragraphs with more break opportunities than this are broken greedily. The optimiser's time grows
with breaks × breaks per line (about 30 at 16 pt on A4): 4000 breaks are some 120 000 line trials,
about 0.15 s in Python, the most one paragraph may cost before a print feels slow. No paragraph of
real minutes comes near (the longest of the sample has about 400)."""

COMPOUND_PENALTY = 60.0
"""Demerit weight of a line ending between the words of a compound or a protected name
(กรมส่งเสริม|อุตสาหกรรม): allowed, but only to avoid a line about as loose as a badness of 60."""
OPENING_PENALTY = 60.0
"""Weight of a line ending on an opening bracket or quote."""
SHORT_LAST_PENALTY = 40.0
"""Weight of a paragraph's last line holding less than ``SHORT_LAST`` of the line alone."""
SHORT_LAST = 0.12
INFEASIBLE = 1e10
"""Demerits of a line that cannot be justified within the maximum gap (it then prints ragged): more
than any number of justifiable lines (badness is capped at 10 000, as in TeX)."""
COMFORT_CELL = 0.05
COMFORT_SPACE = 0.5
"""A comfortable stretch (em): between two clusters, and white at a space. A line needing this has
badness 100; the limits of :mod:`justify` are about twice or more."""
WORD_BREAK_PENALTY = 40.0
"""For centred text (headings): weight of a break inside unspaced Thai rather than at a space, so
headings break between phrases."""


class _Marks(NamedTuple):
    """The places a line may end and the next begin, as parallel lists (one entry per place, in order):
    the width, spaces and Thai cluster slots before it (``*_end``: for a line ending here; ``*_start``:
    for one starting here, past a dropped space or a cluster slot that a break removes); where it is in
    the items ((item index, character offset): a line ending here stops before it, one starting here
    begins at it); its penalty weight; whether it is a break at a space (a phrase boundary). Lists
    rather than an object per place: a print makes some 50 000 of them."""

    x_end: list[float]
    x_start: list[float]
    sp_end: list[int]
    sp_start: list[int]
    sl_end: list[int]
    sl_start: list[int]
    end_at: list[tuple[int, int]]
    start_at: list[tuple[int, int]]
    penalty: list[float]
    spaced: list[bool]


@derived
@lru_cache(maxsize=65536)
def _compounds(shaped: Shaped) -> tuple[tuple[int, float, int], ...]:
    """The compound boundaries inside a word, each as (character offset, x, cluster slots before it):
    the same words come back paragraph after paragraph."""
    cells = cell_glyphs(shaped)
    out = []
    for c in compound_bounds(shaped.text):
        g = shaped.glyph_at(c) - 1
        out.append((c, shaped.x_at(c), sum(1 for i in cells if i < g)))
    return tuple(out)


def _marks(items: list[Item], spec: LineSpec) -> _Marks | None:
    """The places a line may break, in order, with running totals; ``None`` if there are too many."""
    # One tuple per place, turned into the lists by zip(): a tenth of the appends.
    rows: list[tuple[float, float, int, int, int, int, tuple[int, int], tuple[int, int], float, bool]] = [
        (0.0, 0.0, 0, 0, 0, 0, (0, 0), (0, 0), 0.0, True)
    ]
    add = rows.append
    x = 0.0
    sp = sl = 0
    prev_thai = ""  # the last character of the item before, if it is text (a cluster may join it)
    justify = spec.align == Align.JUSTIFY
    for k, item in enumerate(items):
        if item.space:
            if k and item.breakable:  # a breakable space: dropped at a break
                add((x, x + item.width, sp, sp + 1, sl, sl, (k, 0), (k + 1, 0), 0.0, True))
            sp += 1
            prev_thai = ""
        else:
            shaped = item.shaped
            join = bool(prev_thai) and _starts_cell(prev_thai, shaped.text[0])
            if k and item.breakable:  # a word boundary in unspaced Thai: its cluster slot goes with it
                add((x, x, sp, sp, sl, sl + join, (k, 0), (k, 0), 0.0, False))
            sl += join
            if justify and not item.name:
                for c, head, inner in _compounds(shaped):
                    add(
                        (
                            x + head,
                            x + head,
                            sp,
                            sp,
                            sl + inner,
                            sl + inner + 1,
                            (k, c),
                            (k, c),
                            COMPOUND_PENALTY,
                            False,
                        )
                    )
            sl += len(cell_glyphs(shaped))
            prev_thai = shaped.text[-1]
        x += item.width
        if len(rows) > MAX_BREAKS:
            return None
    n = len(items)
    add((x, x, sp, sp, sl, sl, (n, 0), (n, 0), 0.0, True))
    return _Marks(*(list(column) for column in zip(*rows, strict=True)))


def total_fit(items: list[Item], spec: LineSpec, first_room: float, room: float) -> list[list[Item]] | None:
    """Break a paragraph where the sum of its lines' demerits is least (Knuth and Plass's total fit).

    Justified text: a line's badness grows with the cube of the stretch it needs over the most it can
    take with no gap past :data:`justify.MAX_GAP` (a line past that prints ragged, at a high cost);
    penalties for a break inside a compound (:func:`breaking.compound_bounds`), for a line ending on an
    opening bracket or quote, and for a lone short last line. Centred text: the lines are balanced
    (squared slack, the last line included) and break at spaces rather than between words.

    ``None`` (break greedily instead) when a unit is wider than a line (it must be cut between
    clusters, which the greedy filler does) or the paragraph has more than :data:`MAX_BREAKS` breaks.
    """
    if not items:
        return []
    marks = _marks(items, spec)
    if marks is None:
        return None
    size = spec.size
    space_width = max((item.width for item in items if item.space), default=0.25 * size)
    cell_cap = CELL_STRETCH * size
    space_cap = max(0.0, MAX_GAP * size - space_width)
    justify = spec.align == Align.JUSTIFY
    n = len(marks.x_end)
    x_end, x_start = marks.x_end, marks.x_start
    stretch_end = [sl * cell_cap + sp * space_cap for sl, sp in zip(marks.sl_end, marks.sp_end, strict=True)]
    stretch_start = [
        sl * cell_cap + sp * space_cap for sl, sp in zip(marks.sl_start, marks.sp_start, strict=True)
    ]
    # Badness is measured against a comfortable stretch (a little between clusters, more at spaces),
    # so a line letter-spaced near the limit costs more than breaking a compound.
    easy_cell, easy_space = COMFORT_CELL * size, max(0.0, COMFORT_SPACE * size - space_width)
    easy_end = [sl * easy_cell + sp * easy_space for sl, sp in zip(marks.sl_end, marks.sp_end, strict=True)]
    easy_start = [
        sl * easy_cell + sp * easy_space for sl, sp in zip(marks.sl_start, marks.sp_start, strict=True)
    ]
    opening = OPENING_PENALTY**2
    penalty = [
        weight * weight + (opening if _ends_opening(items, at) else 0.0)
        for weight, at in zip(marks.penalty, marks.end_at, strict=True)
    ]
    spaced = marks.spaced
    never = INFEASIBLE * INFEASIBLE
    best = [never] * n
    back = [0] * n
    best[0] = 0.0
    last = n - 1
    ordered = all(x <= y for x, y in pairwise(x_end))
    for a in range(last):
        base = best[a]
        if base >= never:
            continue
        avail = first_room if a == 0 else room
        limit = x_start[a] + avail + EPSILON
        # The last break in reach: lines only get looser before it, so they are tried from it back
        # until one cannot be justified (shorter ones could not either).
        top = last_in_reach(x_end, a, limit, ordered)
        if x_end[top] > limit:  # the next unit overflows this line
            if x_end[top] - x_start[a] > room + EPSILON:
                return None  # a unit wider than any line: greedy cuts it between clusters
            total = base + INFEASIBLE  # too wide for the indented first line only
            if total < best[top]:
                best[top], back[top] = total, a
            continue
        for b in range(top, a, -1):
            natural = x_end[b] - x_start[a]
            if justify:
                if b == last:
                    cost = SHORT_LAST_PENALTY**2 if a and natural < SHORT_LAST * room else 0.0
                else:
                    extra = avail - natural
                    cap = stretch_end[b] - stretch_start[a]
                    if extra > cap + EPSILON:
                        cost = INFEASIBLE + extra
                    else:
                        easy = easy_end[b] - easy_start[a]
                        ratio = extra / easy if easy > EPSILON else 0.0
                        badness = 100.0 * ratio * ratio * ratio
                        if badness > 10000.0:  # (not min(): this line runs some 100 000 times a print)
                            badness = 10000.0
                        cost = (1.0 + badness) ** 2 + penalty[b]
            else:  # centred: balanced lines, broken at phrase boundaries
                slack = (avail - natural) / avail
                cost = 1.0 + 100.0 * slack * slack + (0.0 if spaced[b] else WORD_BREAK_PENALTY**2)
            total = base + cost
            if total < best[b]:
                best[b] = total
                back[b] = a
            if justify and cost >= INFEASIBLE and b < top:
                break  # shorter lines are looser still
    chosen = [n - 1]
    while chosen[-1]:
        chosen.append(back[chosen[-1]])
    chosen.reverse()
    return [_slice(items, marks.start_at[a], marks.end_at[b]) for a, b in pairwise(chosen)]


def last_in_reach(x_end: list[float], a: int, limit: float, ordered: bool) -> int:
    """The last break after ``a`` whose ``x_end`` is within ``limit`` with all those before it, or
    ``a + 1`` if none is. Break places come in order of x, so a binary search finds it (stepping to it
    took some 400 000 steps in a 200-page print); ``ordered`` false (a font whose advances go back, negative
    kerning inside a word) steps to it."""
    if ordered:
        return bisect_right(x_end, limit, a + 2, len(x_end)) - 1
    top = a + 1
    while top < len(x_end) - 1 and x_end[top + 1] <= limit:
        top += 1
    return top


def _ends_opening(items: list[Item], end_at: tuple[int, int]) -> bool:
    k, c = end_at
    if c:
        return False
    prev = items[k - 1] if k else None
    return prev is not None and not prev.space and prev.shaped.text[-1] in OPENING_MARKS


def _slice(items: list[Item], start: tuple[int, int], end: tuple[int, int]) -> list[Item]:
    """Items from ``start`` to ``end`` (item index, character offset), cutting an item at an offset."""
    (k0, c0), (k1, c1) = start, end
    out: list[Item] = []
    for k in range(k0, min(k1 + 1, len(items))):
        item = items[k]
        n = len(item.shaped.text)
        a = c0 if k == k0 else 0
        b = c1 if k == k1 else n
        if k == k1 and c1 == 0:
            break
        if a == 0 and b == n:
            out.append(item)
        else:
            out.append(item.part(a, b, item.breakable if a == 0 else True))
    return out
