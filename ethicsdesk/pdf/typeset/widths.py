"""Column widths that make a table of Thai paragraphs short: the line count of a left-aligned cell at any
width (:func:`count_lines`, the same as :func:`layout.layout` gives), an exact search for tables of a few
columns (the attendance lists of minutes) and a greedy one for wide tables (the plan's activities)."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import product
from typing import Any

from .justify import EPSILON
from .paragraph import Piece, ThaiParagraph


def share_between(lo: list[float], hi: list[float], total: float) -> list[float]:
    """``lo`` plus the room left, shared in proportion to how much more each column would take."""
    spare = total - sum(lo)
    want = [h - w for w, h in zip(lo, hi, strict=True)]
    if sum(want) <= 0:
        return [w * total / sum(lo) for w in lo]
    return [w + spare * d / sum(want) for w, d in zip(lo, want, strict=True)]


# ---- the shortest table ----------------------------------------------------------------------------

_Pieces = tuple[list[Piece], float, float]
_SEARCH_LIMIT = 4000
"""At most this many width combinations are tried (a few milliseconds); a table with more falls back to
:func:`content_widths`. The attendance lists of minutes need a few dozen."""
CUT_COST = 2.0
"""What cutting a unit costs (a name between given name and surname, a compound between its words), in
the squared lines of :func:`shortest_widths`: a row of two lines with a name cut is worse than one without."""
_INFINITE = (1 << 30, 0)
_NARROWEST = 24
"""Of the equally cheap layouts, this many (those whose other columns take least) are measured whole."""


def _fit(words: Sequence[tuple[float, float, int]], room: float) -> tuple[int, float, int]:
    """Where :func:`layout._split_body` cuts a unit's ``words`` to fit ``room``: how many words go on
    the line, their width and how bad the cut is. At the least bad space that fits (the last of those),
    else between the dictionary words of a compound; ``(0, 0, 0)`` if neither (it would cut inside a
    word)."""
    heads = [0.0]
    for k, (gap, width, _) in enumerate(words):
        head = heads[-1] + width + (gap if k else 0.0)
        if head > room + EPSILON:
            break
        heads.append(head)
    k = len(heads) - 1
    if k == len(words):
        return k, heads[k], 0
    spaces = [i for i in range(1, k + 1) if words[i][0] > 0]
    if spaces:
        i = min(spaces, key=lambda i: (words[i][2], -i))
        return i, heads[i], words[i][2]
    return (k, heads[k], words[k][2]) if k else (0, 0.0, 0)


def count_lines(pieces: Sequence[Piece], first: float, room: float) -> tuple[int, int]:
    """How many lines :func:`layout.layout` makes of a left-aligned paragraph's ``pieces`` (see
    ``ThaiParagraph.pieces``) with ``first`` points on the first line and ``room`` on the others, and at
    how many of the spaces that units keep it cuts: a unit that fits goes on the line if there is room,
    else starts the next; a unit wider than a line is cut at the spaces it keeps (a name between given
    name and surname), filling the line it starts on. A huge count if a word is wider than a line (the
    fill would cut inside it)."""
    done, cuts, used, open_ = 0, 0, 0.0, False
    for piece in pieces:
        avail = first if done == 0 else room
        gap = piece.gap if open_ else 0.0
        if used + gap + piece.width <= avail + EPSILON:
            used, open_ = used + gap + piece.width, True
            continue
        if piece.width <= room + EPSILON:
            done += 1 if open_ else 0
            used, open_ = piece.width, True
            continue
        rest = piece.words
        if open_:  # fill the rest of this line with the unit's first words
            k, _, bad = _fit(rest, avail - used - gap)
            rest, done, cuts = rest[k:], done + 1, cuts + bad
        while True:
            k, used, bad = _fit(rest, first if done == 0 else room)
            if k == 0:
                return _INFINITE
            if k == len(rest):
                open_ = True
                break
            rest, done, cuts = rest[k:], done + 1, cuts + bad
    return done + (1 if open_ else 0), cuts


def _solid(piece: Piece) -> list[float]:
    """The widths of a unit's parts between the spaces it may be cut at: what a column must give so
    that no compound is cut between its dictionary words (a dictionary's word is not always a reader's:
    ลำ|ดับ, รับผิด|ชอบ)."""
    out = [0.0]
    for k, (gap, width, _) in enumerate(piece.words):
        if gap > 0 and k:
            out.append(width)
        else:
            out[-1] += width
    return out


def widest_part(paragraph: ThaiParagraph, badness: int = 0) -> float:
    """The widest part of ``paragraph`` when its units may be cut only at spaces no worse than
    ``badness`` (see :func:`layout.space_cut_badness`; 1: before a dash, "(ต.ค. | - ธ.ค. ๖๕)") and never
    between a compound's words: what a column must give to keep the rest whole."""
    pieces, indents, first = paragraph.pieces()
    widest = 0.0
    for piece in pieces:
        run = 0.0
        for k, (gap, width, bad) in enumerate(piece.words):
            if k and gap > 0 and bad <= badness:
                widest, run = max(widest, run), width
            else:
                run += width + gap
        widest = max(widest, run)
    return widest + indents + first


def _cost(cell: _Pieces | None, width: float, padding: float) -> tuple[int, int]:
    if cell is None:
        return 0, 0
    pieces, indents, first_indent = cell
    room = width - padding - indents
    return count_lines(pieces, room - first_indent, room)


def _steps(cell: _Pieces, lo: float, hi: float, padding: float) -> list[float]:
    """The widths (within a quarter point) between ``lo`` and ``hi`` at which ``cell`` takes a line or a
    cut fewer."""
    out: list[float] = []
    state, last = _cost(cell, lo, padding), _cost(cell, hi, padding)
    a = lo
    while state != last and len(out) < 16:
        b = hi
        while b - a > 0.25:
            mid = (a + b) / 2
            if _cost(cell, mid, padding) < state:
                b = mid
            else:
                a = mid
        out.append(b)
        a, state = b, _cost(cell, b, padding)
    return out


def _least(cell: _Pieces | None, lines: int, lo: float, hi: float, padding: float) -> float:
    """The narrowest width (within a quarter point) in which ``cell`` takes at most ``lines`` and no
    more cuts than at ``hi``."""
    if cell is None:
        return lo
    cuts = _cost(cell, hi, padding)[1]
    while hi - lo > 0.25:
        mid = (lo + hi) / 2
        n, c = _cost(cell, mid, padding)
        if n <= lines and c <= cuts:
            hi = mid
        else:
            lo = mid
    return hi


def shortest_widths(columns: Sequence[Sequence[Any]], total: float, padding: float) -> list[float] | None:
    """Column widths filling ``total`` that make the table as short as it can be, for left-aligned tables
    of a few columns such as the attendance lists of minutes: the positions get the room they need
    instead of an equal share, and names stay on one line where the page allows.

    The cost of a layout is the sum of its rows' squared heights in lines (each row as tall as its
    tallest cell; squared, so that two rows of two lines beat one of one and one of three) plus
    :data:`CUT_COST` for each unit cut (a name between given name and surname, a compound between its
    words). Each column is tried at the widths where one of its
    cells takes a line or a cut fewer; the column with the most such widths takes what the others
    leave. Of the cheapest layouts, the one that needs the least width is kept, and the width left over
    is shared in proportion to how much more each column would take on one line (as
    :func:`content_widths` does). ``None`` when a column's widest word does not fit, or the search would
    be too long: the caller then uses :func:`content_widths`.
    """
    cols: list[list[_Pieces | None]] = []
    for cells in columns:
        col: list[_Pieces | None] = []
        for cell in cells:
            first = cell[0] if isinstance(cell, (list, tuple)) and cell else cell
            col.append(first.pieces() if isinstance(first, ThaiParagraph) else None)
        cols.append(col)
    if not cols or len({len(c) for c in cols}) != 1:
        return None
    lo = [
        padding
        + max(
            (max((w for p in c[0] for w in _solid(p)), default=0.0) + c[1] + c[2] for c in col if c),
            default=0.0,
        )
        for col in cols
    ]
    hi = [
        padding + max((sum(p.gap + p.width for p in c[0]) + c[1] + c[2] for c in col if c), default=0.0)
        for col in cols
    ]
    if sum(lo) > total or sum(hi) <= total:
        return None
    top = [min(h, total - sum(lo) + w) for w, h in zip(lo, hi, strict=True)]
    candidates = [
        sorted({lo[j], *(w for cell in col if cell for w in _steps(cell, lo[j], top[j], padding))})
        for j, col in enumerate(cols)
    ]
    rest = max(range(len(cols)), key=lambda j: len(candidates[j]))
    others = [j for j in range(len(cols)) if j != rest]
    size = 1
    for j in others:
        size *= len(candidates[j])
    if size > _SEARCH_LIMIT:
        return None
    costs = {j: [[_cost(cell, w, padding) for cell in cols[j]] for w in candidates[j]] for j in others}
    rest_costs: dict[float, list[tuple[int, int]]] = {}
    layouts: list[tuple[float, float, tuple[int, ...], list[int]]] = []
    for combo in product(*(range(len(candidates[j])) for j in others)):
        used = sum(candidates[j][i] for j, i in zip(others, combo, strict=True))
        room = round(total - used, 2)
        if room < lo[rest] - EPSILON:
            continue
        mine = rest_costs.get(room)
        if mine is None:
            mine = rest_costs[room] = [_cost(cell, room, padding) for cell in cols[rest]]
        tall = [n for n, _ in mine]
        cuts = sum(c for _, c in mine)
        for j, i in zip(others, combo, strict=True):
            tall = [max(a, n) for a, (n, _) in zip(tall, costs[j][i], strict=True)]
            cuts += sum(c for _, c in costs[j][i])
        layouts.append((sum(n * n for n in tall) + CUT_COST * cuts, used, combo, tall))
    if not layouts:
        return None
    cheapest = min(t[0] for t in layouts)
    best: list[float] | None = None
    # Of the cheapest layouts (the few whose other columns take least), the one that needs the least width:
    # each cell of the remaining column may take as many lines as its row.
    for _, used, combo, tall in sorted(t for t in layouts if t[0] == cheapest)[:_NARROWEST]:
        widths = [0.0] * len(cols)
        for j, i in zip(others, combo, strict=True):
            widths[j] = candidates[j][i]
        room = total - used
        widths[rest] = max(
            (_least(c, max(n, 1), lo[rest], room, padding) for c, n in zip(cols[rest], tall, strict=True)),
            default=lo[rest],
        )
        if best is None or sum(widths) < sum(best):
            best = widths
    assert best is not None
    return share_between(best, hi, total)


# ---- wide tables: a greedy search ------------------------------------------------------------------

LOOKAHEAD = 8
"""How many of a column's next widths (where one of its cells takes a line fewer) each step compares: a
row gets shorter only when all its tall cells do, so the nearest width alone often gains nothing."""
CUT_LINES = 0.25
"""What a unit cut (a compound between its words, a name at its space) costs in :func:`shorter_widths`, in
lines: enough to prefer a layout without it when both are as short."""


def _paragraphs(cell: Any, keys: list[tuple[Any, ...]] | None = None) -> list[_Pieces]:
    values = [
        v for v in (cell if isinstance(cell, (list, tuple)) else [cell]) if isinstance(v, ThaiParagraph)
    ]
    if keys is None:
        return [v.pieces() for v in values]
    if len(_PIECES) > _COUNTS_LIMIT:
        _PIECES.clear()
    out = []
    for v, key in zip(values, keys, strict=True):
        got = _PIECES.get(key)
        if got is None:
            got = _PIECES[key] = v.pieces()
        out.append(got)
    return out


def _keys(cell: Any) -> list[tuple[Any, ...]]:
    """What a cell's line counts depend on, paragraph by paragraph (the same text in two tables of one
    document is counted once: :data:`_COUNTS`)."""
    values = cell if isinstance(cell, (list, tuple)) else [cell]
    return [
        (
            v.styled,
            v.style.family,
            v.style.size,
            v.style.left_indent,
            v.style.right_indent,
            v.style.first_line_indent,
        )
        for v in values
        if isinstance(v, ThaiParagraph)
    ]


_COUNTS: dict[tuple[Any, ...], tuple[int, int]] = {}
"""Line counts of paragraphs at widths, kept across tables (the minutes print the plan's activities
twice, before and after the committee's changes); emptied when it grows past :data:`_COUNTS_LIMIT`."""
_COUNTS_LIMIT = 200_000
_PIECES: dict[tuple[Any, ...], _Pieces] = {}
"""A paragraph's pieces by :func:`_keys`, kept across tables as :data:`_COUNTS` is."""
GRID = 6.0
"""The widths :func:`shorter_widths` tries for a column: every this many points from its least (exact
breakpoints cost a binary search each and made the search a third of the minutes' print time)."""


def shorter_widths(
    columns: Sequence[Sequence[Any]],
    total: float,
    padding: float,
    floors: Sequence[float] = (),
    weights: Sequence[float] = (),
) -> list[float] | None:
    """Column widths filling ``total`` that make a wide table short (the plan's activities table: ten
    columns, too many for :func:`shortest_widths`' search). Each column starts as wide as its widest
    word; then, step by step, the width left is given where it saves the most lines per point (each
    column tried at its next few widths on a grid of :data:`GRID` points), until no step saves a line.
    What is left over is shared as :func:`content_widths` does. Cells are paragraphs or lists of
    them (other flowables count for nothing). ``floors``: a least width for the first columns (a heading
    that must stay on its lines). ``weights``: what a line of each of the first rows counts for (a
    heading repeated on every page counts as often as it prints); other rows count once. ``None`` when
    the widest words do not fit, or everything fits on one line: the caller then uses
    :func:`content_widths`.
    """
    keys = [[_keys(cell) for cell in col] for col in columns]
    cols = [
        [_paragraphs(cell, cell_keys) for cell, cell_keys in zip(col, ks, strict=True)]
        for col, ks in zip(columns, keys, strict=True)
    ]
    if not cols or len({len(c) for c in cols}) != 1:
        return None
    rows = len(cols[0])
    weight = [*weights[:rows], *[1.0] * (rows - len(weights[:rows]))]

    def widest(cell: list[_Pieces], solid: bool) -> float:
        parts = (
            w
            for pieces, _, _ in cell
            for p in pieces
            for w in (_solid(p) if solid else (w for _, w, _ in p.words))
        )
        return max(parts, default=0.0) + max((ind + first for _, ind, first in cell), default=0.0)

    # No column narrower than its widest word: in a heading (printed on every page), not even a compound
    # is cut (a dictionary's word is not always a reader's: ลำ|ดับ); elsewhere a compound may be, at a cost.
    lo = [
        padding + max((widest(cell, weight[r] > 1) for r, cell in enumerate(col)), default=0.0)
        for col in cols
    ]
    hi = [
        padding
        + max(
            (
                sum(p.gap + p.width for p in pieces) + ind + first
                for cell in col
                for pieces, ind, first in cell
            ),
            default=0.0,
        )
        for col in cols
    ]
    lo = [max(w, f) for w, f in zip(lo, [*floors, *[0.0] * len(lo)], strict=False)]
    if sum(lo) > total or sum(hi) <= total:
        return None
    spare = total - sum(lo)
    cache: dict[tuple[int, float], tuple[list[int], list[float]]] = {}
    if len(_COUNTS) > _COUNTS_LIMIT:
        _COUNTS.clear()

    def lines(j: int, width: float) -> tuple[list[int], list[float]]:
        """Each row's lines in column j at ``width``, and what its cuts cost (in lines)."""
        got = cache.get((j, width))
        if got is None:
            counts: list[int] = []
            cuts: list[float] = []
            for cell, cell_keys in zip(cols[j], keys[j], strict=True):
                n = c = 0
                for p, key in zip(cell, cell_keys, strict=True):
                    full = (*key, width, padding)
                    counted = _COUNTS.get(full)
                    if counted is None:
                        counted = _COUNTS[full] = _cost(p, width, padding)
                    n, c = n + counted[0], c + counted[1]
                counts.append(n)
                cuts.append(CUT_LINES * c)
            got = cache[j, width] = (counts, cuts)
        return got

    steps = [
        [lo[j] + GRID * k for k in range(1, int((min(hi[j], lo[j] + spare) - lo[j]) / GRID) + 2)]
        for j in range(len(cols))
    ]
    widths = list(lo)
    current = [lines(j, widths[j]) for j in range(len(cols))]
    while True:
        # A row costs its tallest cell's lines plus all its cuts, times its weight. For each row: the
        # tallest cell and the next, to know its height without column j; and the cuts of all columns.
        top = [
            [*sorted((current[j][0][r] for j in range(len(cols))), reverse=True)[:2], 0] for r in range(rows)
        ]
        all_cuts = [sum(current[j][1][r] for j in range(len(cols))) for r in range(rows)]
        best: tuple[float, int, float] | None = None
        for j, candidates in enumerate(steps):
            mine, my_cuts = current[j]
            without = [t[1] if mine[r] >= t[0] else t[0] for r, t in enumerate(top)]
            others = [a - b for a, b in zip(all_cuts, my_cuts, strict=True)]

            def cost(counts: list[int], cuts: list[float]) -> float:
                return sum(
                    (max(a, n) + o + c) * k
                    for a, n, o, c, k in zip(without, counts, others, cuts, weight, strict=True)  # noqa: B023
                )

            base = cost(mine, my_cuts)
            tried = 0
            for w in candidates:
                if w <= widths[j] + EPSILON:
                    continue
                if w - widths[j] > spare + EPSILON or tried >= LOOKAHEAD:
                    break
                tried += 1
                gain = base - cost(*lines(j, w))
                if gain > EPSILON and (best is None or gain / (w - widths[j]) > best[0]):
                    best = (gain / (w - widths[j]), j, w)
        if best is None:
            break
        _, j, w = best
        spare -= w - widths[j]
        widths[j] = w
        current[j] = lines(j, w)
    return share_between(widths, hi, total)
