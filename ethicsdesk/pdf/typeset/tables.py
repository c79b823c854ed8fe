"""Tables whose text cells are shaped Thai paragraphs (ReportLab draws plain-string cells unshaped)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from reportlab.platypus import Table, TableStyle
from reportlab.platypus.flowables import Flowable

from .layout import Align
from .markup import escape
from .paragraph import ThaiParagraph, ThaiParagraphStyle
from .widths import share_between

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
        return share_between(lo, hi, total)
    if sum(hard) < total:  # units (dates, names) wrap at their spaces; words stay whole
        return share_between(hard, lo, total)
    return [w * total / sum(hard) for w in hard]
