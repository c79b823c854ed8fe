"""Tables whose text cells are shaped Thai paragraphs (ReportLab draws plain-string cells unshaped)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from itertools import product
from typing import Any

from reportlab.platypus import Table, TableStyle
from reportlab.platypus.flowables import Flowable

from .justify import EPSILON
from .layout import Align
from .markup import escape
from .paragraph import Piece, ThaiParagraph, ThaiParagraphStyle

Cell = str | Flowable | Sequence[Flowable] | None


def thai_table(
    rows: Sequence[Sequence[Cell]],
    col_widths: Sequence[float | None] | None = None,
    *,
    style: ThaiParagraphStyle | None = None,
    header_rows: int = 0,
    markup: bool = False,
    grid: float | None = 0.5,
    padding: float = 4,
    commands: Sequence[tuple[Any, ...]] = (),
) -> Table:
    """A platypus ``Table`` whose ``str`` cells become :class:`ThaiParagraph` (plain text unless
    ``markup``); flowable cells are kept. Header rows are bold, centred and repeated on each page.

    ``grid`` is the rule width (``None``: no rules); ``commands`` are extra ``TableStyle`` commands.
    """
    body_style = replace(style or ThaiParagraphStyle(), contain_marks=True)  # marks clear of the rules
    head_style = replace(body_style, align=Align.CENTER)

    def cell(value: Cell, header: bool) -> Any:
        if not isinstance(value, str):
            return value
        text = value if markup else escape(value)
        if header:
            return ThaiParagraph(f"<b>{text}</b>", head_style)
        return ThaiParagraph(text, body_style)

    data = [[cell(v, r < header_rows) for v in row] for r, row in enumerate(rows)]
    cmds: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), padding),
        ("RIGHTPADDING", (0, 0), (-1, -1), padding),
        ("TOPPADDING", (0, 0), (-1, -1), padding / 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), padding / 2),
    ]
    if grid:
        cmds.append(("GRID", (0, 0), (-1, -1), grid, "black"))
    cmds.extend(commands)
    return Table(
        data,
        colWidths=list(col_widths) if col_widths else None,
        repeatRows=header_rows,
        style=TableStyle(cmds),
    )


def content_widths(columns: Sequence[Sequence[Any]], total: float, padding: float) -> list[float]:
    """Column widths from their content, filling ``total`` (a browser's automatic table layout).

    Each column gets at least its longest unbreakable piece (``minWidth()`` of its paragraphs) and at
    most what its longest cell takes on one line (``maxWidth()``), both plus ``padding`` (left and right
    together): if every column fits whole, the room left is shared in proportion to those widths; else
    each column gets its minimum and the rest in proportion to how much more it would take. When the
    minima do not fit, units that hold together at spaces (dates, names) are let wrap at their spaces
    (``minWidth(words=True)``); only when even the words do not fit are they scaled down together
    (words then break between clusters).
    Cells are flowables or lists of them; anything without ``minWidth``/``maxWidth`` counts as empty.
    """
    lo: list[float] = []
    hard: list[float] = []
    hi: list[float] = []
    for cells in columns:
        small = word = big = 0.0
        for cell in cells:
            for f in cell if isinstance(cell, (list, tuple)) else [cell]:
                if isinstance(f, ThaiParagraph):
                    small = max(small, f.minWidth())
                    word = max(word, f.minWidth(words=True))
                    big = max(big, f.maxWidth())
        lo.append(small + padding)
        hard.append(word + padding)
        hi.append(max(big, small) + padding)
    if sum(hi) <= total:
        return [h * total / sum(hi) for h in hi]
    if sum(lo) < total:
        return _between(lo, hi, total)
    if sum(hard) < total:  # units (dates, names) wrap at their spaces; words stay whole
        return _between(hard, lo, total)
    return [w * total / sum(hard) for w in hard]


def _between(lo: list[float], hi: list[float], total: float) -> list[float]:
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


def _fit(words: Sequence[tuple[float, float]], room: float) -> tuple[int, float]:
    """Where :func:`layout._split_body` cuts a unit's ``words`` to fit ``room``: how many words go on
    the line, and their width. At the last space that fits, else between the dictionary words of a
    compound; ``(0, 0)`` if neither (it would cut inside a word)."""
    heads = [0.0]
    for k, (gap, width) in enumerate(words):
        head = heads[-1] + width + (gap if k else 0.0)
        if head > room + EPSILON:
            break
        heads.append(head)
    k = len(heads) - 1
    if k == len(words):
        return k, heads[k]
    spaces = [i for i in range(1, k + 1) if words[i][0] > 0]
    if spaces:
        return spaces[-1], heads[spaces[-1]]
    return (k, heads[k]) if k else (0, 0.0)


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
            k, _ = _fit(rest, avail - used - gap)
            rest, done, cuts = rest[k:], done + 1, cuts + (1 if k else 0)
        while True:
            k, used = _fit(rest, first if done == 0 else room)
            if k == 0:
                return _INFINITE
            if k == len(rest):
                open_ = True
                break
            rest, done, cuts = rest[k:], done + 1, cuts + 1
    return done + (1 if open_ else 0), cuts


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
            (max((w for p in c[0] for _, w in p.words), default=0.0) + c[1] + c[2] for c in col if c),
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
    return _between(best, hi, total)
