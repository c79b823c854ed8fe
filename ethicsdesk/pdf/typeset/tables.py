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
