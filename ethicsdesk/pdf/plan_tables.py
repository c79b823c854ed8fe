"""The plan as the seed prints it: approaches side by side, the full activities table, the timeline."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from reportlab.lib import colors
from reportlab.platypus import Table, TableStyle
from reportlab.platypus.flowables import Flowable

from ethicsdesk.documents.model import PlanActivity, PlanTable
from ethicsdesk.pdf.flowables import QuarterBar
from ethicsdesk.pdf.styles import Styles
from ethicsdesk.pdf.typeset import Align, ThaiParagraph, content_widths, shorter_widths

HEAD_FILL = colors.Color(0.9, 0.9, 0.9)
APPROACH_FILL = colors.Color(0.95, 0.95, 0.95)


CELL_SIDE = 3
"""White left and right of a cell's text (ReportLab's default is 6); a quarter's span runs through it."""
CELL_PADDING = [
    ("LEFTPADDING", (0, 0), (-1, -1), CELL_SIDE),
    ("RIGHTPADDING", (0, 0), (-1, -1), CELL_SIDE),
    ("TOPPADDING", (0, 0), (-1, -1), 2),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
]
"""The plan tables' cell padding: 2 pt above and below, over the room the text keeps for its marks
(ReportLab's 3 pt cost the sample's minutes a page of its forty rows)."""
MIN_ROW_PART = 40
"""A row split across pages leaves at least this much (two lines of the table's text) on each page."""
FILL_SHORTFALL = 0.2
"""A page ends between rows when that leaves less than this share of it empty; else the next row is split
across the pages (the sample's activities table left half pages empty before)."""


class FillingTable(Table):
    """A table that fills its pages: at a page's foot it ends between rows when little room is left, and
    otherwise splits the next row across the pages (ReportLab's table splits between rows whenever it can,
    leaving up to a tall row's height empty). Rows in ``whole_rows`` (a group's heading) are never split
    and never end a page: the row after one is split, or the heading goes to the next page."""

    whole_rows: frozenset[int] = frozenset()

    def split(self, availWidth: float, availHeight: float) -> list[Any]:
        t: Any = self  # ReportLab's table internals (_calc, _rowHeights, _splitRows) are not in its stubs
        t._calc(availWidth, availHeight)
        heights: list[float] = t._rowHeights or []
        n = t._getFirstPossibleSplitRowPosition(availHeight, ignoreSpans=1)  # the rows that fit whole
        if n >= len(heights):
            return [self]
        parts: list[Any] = []
        empty = availHeight - sum(heights[:n])
        after_heading = n - 1 in self.whole_rows
        fill = after_heading or empty >= FILL_SHORTFALL * availHeight or n == self.repeatRows
        if n >= self.repeatRows and n not in self.whole_rows and fill:
            parts = t._splitRows(availHeight, doInRowSplit=1)
        if not parts:
            # Between rows, before a heading that would end the page. ReportLab's own fallback would
            # split any row, a spanned heading too (it rewraps a spanned cell at its first column's
            # width), so it is the last resort only.
            if after_heading and n - 1 > self.repeatRows:
                n -= 1
            parts = t._splitRows(sum(heights[:n]) + 0.001, doInRowSplit=0) if n > self.repeatRows else []
            if not parts:
                return super().split(availWidth, availHeight)
        if len(parts) == 2:  # the rest starts with the repeated heading rows, then row n (or its rest)
            first, rest = parts
            first.whole_rows = frozenset(r for r in self.whole_rows if r < n)
            rest.whole_rows = frozenset(r - n + self.repeatRows for r in self.whole_rows if r >= n)
        return parts


def _spans(quarters: frozenset[int]) -> dict[int, tuple[bool, bool]]:
    """For each quarter of a span: (does the span start here, does it end here)."""
    return {q: (q - 1 not in quarters, q + 1 not in quarters) for q in quarters}


class _Cells:
    def __init__(self, styles: Styles, size: float) -> None:
        self.left = styles.cell(size)
        self.center = styles.cell(size, Align.CENTER)
        self.head = replace(
            self.center, size=min(size, 12)
        )  # headings of narrow columns must not break words

    def p(self, markup: str, centre: bool = False) -> ThaiParagraph:
        return ThaiParagraph(markup, self.center if centre else self.left)

    def h(self, markup: str) -> ThaiParagraph:
        return ThaiParagraph(f"<b>{markup}</b>", self.head)

    def hq(self, head: str, months: str) -> list[Flowable]:
        """A quarter heading on two lines: "ไตรมาสที่ ๑" over "ต.ค. - ธ.ค."."""
        return [self.h(head), self.h(months)] if months else [self.h(head)]

    def timeline(self, t: PlanTable, words: str) -> ThaiParagraph:
        """The heading over the quarters, naming the fiscal year their months belong to."""
        return self.h(f"{words} ({t.fiscal_year})" if t.fiscal_year else words)

    def quarter(self, a: PlanActivity, q: int) -> list[Flowable]:
        spans = _spans(a.quarters)
        out: list[Flowable] = []
        if q in spans:
            out.append(QuarterBar(*spans[q], padding=CELL_SIDE))
        # Under the heading that names the fiscal year, a milestone of that year needs no year.
        out.extend(self.p(d, centre=True) for d in (a.in_year or a.milestones).get(q, []))
        return out


def approaches_table(t: PlanTable, styles: Styles, width: float) -> Table:
    """A column per development approach listing its activities, a row per line of the list; a tall row
    is split across pages where that fills them (:class:`FillingTable`)."""
    c = _Cells(styles, styles.table_size)
    cols = len(t.approaches) or 1
    header = [c.h(ap.title) for ap in t.approaches]
    depth = max((len(ap.activities) for ap in t.approaches), default=0)
    body = [
        [
            c.p(f"{ap.activities[i].number} {ap.activities[i].name}") if i < len(ap.activities) else ""
            for ap in t.approaches
        ]
        for i in range(depth)
    ]
    table = FillingTable(
        [header, *body], colWidths=[width / cols] * cols, repeatRows=1, splitInRow=MIN_ROW_PART
    )
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), styles.family)]))
    table.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 0.5, colors.black),
                ("INNERGRID", (0, 0), (-1, 0), 0.5, colors.black),
                ("LINEBEFORE", (1, 0), (-1, -1), 0.5, colors.black),
                ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
                *CELL_PADDING,
            ]
        )
    )
    return table


def activities_table(t: PlanTable, styles: Styles, width: float) -> Table:
    """ลำดับที่ | โครงการ/กิจกรรม | วัตถุประสงค์ | ตัวชี้วัด | งบประมาณ | ไตรมาส ๑–๔ | หน่วยงานที่รับผิดชอบ."""
    c = _Cells(styles, styles.table_size)
    rows: list[list[object]] = [
        [
            c.h("ลำดับที่"),
            c.h("โครงการ/กิจกรรม"),
            c.h("วัตถุประสงค์"),
            c.h("ตัวชี้วัด"),
            [c.h("งบประมาณ"), c.h("(บาท)")],
            c.timeline(t, "ระยะเวลาดำเนินงาน"),
            "",
            "",
            "",
            c.h("หน่วยงานที่รับผิดชอบ"),
        ],
        ["", "", "", "", "", *_quarter_heads(c, t), ""],
    ]
    cmds: list[Any] = [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONTNAME", (0, 0), (-1, -1), styles.family),  # empty cells would name an unembedded Helvetica
        *CELL_PADDING,
        ("BACKGROUND", (0, 0), (-1, 1), HEAD_FILL),
        ("SPAN", (5, 0), (8, 0)),
        *[("SPAN", (i, 0), (i, 1)) for i in (0, 1, 2, 3, 4, 9)],
    ]
    heading_rows: set[int] = set()
    for ap in t.approaches:
        r = len(rows)
        heading_rows.add(r)
        rows.append([c.p(f"<b>{ap.title}</b>"), *[""] * 9])
        cmds += [("SPAN", (0, r), (-1, r)), ("BACKGROUND", (0, r), (-1, r), APPROACH_FILL)]
        for a in ap.activities:
            name: list[Flowable] = [c.p(a.name)]
            if a.note:
                name.append(c.p(f"<i>{a.note}</i>"))
            rows.append(
                [
                    c.p(a.number, centre=True),
                    name,
                    c.p(a.objective),
                    [c.p(i) for i in a.indicators],
                    c.p(a.budget, centre=True),
                    *(c.quarter(a, q) for q in range(1, 5)),
                    c.p(a.unit),
                ]
            )
    r = len(rows)
    rows.append(
        [
            c.p("<b>รวม</b>", centre=True),
            c.p(f"<b>{t.total_label}</b>"),
            c.p(f"<b>{t.total_budget}</b>"),
            *[""] * 7,
        ]
    )
    cmds += [("SPAN", (2, r), (-1, r))]
    activity_rows = [row for row in rows[2:-1] if any(row[1:])]
    head = [rows[0][j] if j not in (5, 6, 7, 8) else rows[1][j] for j in range(10)]
    widths = _widths([head, *activity_rows], width, 2 * CELL_SIDE, range(5, 9))
    table = FillingTable(rows, colWidths=widths, repeatRows=2, splitInRow=MIN_ROW_PART)
    table.whole_rows = frozenset(heading_rows)
    table.setStyle(TableStyle(cmds))
    return table


def _widths(rows: list[list[Any]], width: float, padding: float, quarters: range) -> list[float]:
    """Column widths from the cells of ``rows`` (the first holds the headings) that make the table short
    (:func:`shorter_widths`), no column narrower than its longest word, so "ใช้งบประมาณร่วมกับข้อ ๑๒"
    and amounts break only between words, each quarter's heading on two lines and its milestone dates
    ("๒๕ มี.ค. ๖๖") whole (see :func:`_widest_whole`). When the page cannot give
    that, as :func:`content_widths` does."""
    columns = [[row[j] for row in rows] for j in range(len(rows[0]))]
    floors = [
        max(_widest_whole(cell) for cell in columns[j]) + padding if j in quarters else 0.0
        for j in range(len(rows[0]))
    ]
    # The headings print on every page: about one page for every two activities.
    repeats = max(1.0, (len(rows) - 1) / 2)
    return shorter_widths(columns, width, padding, floors, [repeats]) or content_widths(
        columns, width, padding
    )


def _quarter_heads(c: _Cells, t: PlanTable) -> list[list[Flowable]]:
    """The quarters' headings: "ไตรมาสที่ ๑" over its months, the fiscal year being named above them
    (a table built without it falls back to the one-line labels)."""
    if t.quarter_heads:
        return [c.hq(head, months) for head, months in t.quarter_heads]
    return [c.hq(label, "") for label in t.quarter_labels]


def _widest_whole(cell: Any) -> float:
    """The widest paragraph of a cell on one line: a quarter's floor, so that its heading takes two
    lines ("ไตรมาสที่ ๑" over "ต.ค. - ธ.ค.") and its milestone dates never break. The months name no
    year (the heading above names the fiscal year): with "(ต.ค. - ธ.ค. ๖๕)" whole the quarters take
    87 pt each and the sample's minutes eleven more pages of narrower text columns."""
    return max((p.maxWidth() for p in _flat(cell) if isinstance(p, ThaiParagraph)), default=0.0)


def _flat(cell: Any) -> list[Any]:
    return list(cell) if isinstance(cell, (list, tuple)) else [cell]


def timeline_table(t: PlanTable, styles: Styles, width: float) -> Table:
    """โครงการ/กิจกรรม | ไตรมาส ๑–๔ | งบประมาณ | หน่วยงานรับผิดชอบ (agenda ๕.๒ item ๘ of the seed)."""
    c = _Cells(styles, styles.table_size)
    rows: list[list[object]] = [
        [
            c.h("โครงการ/กิจกรรม"),
            c.timeline(t, "ระยะเวลาดำเนินการ"),
            "",
            "",
            "",
            c.h("งบประมาณ"),
            c.h("หน่วยงานรับผิดชอบ"),
        ],
        ["", *_quarter_heads(c, t), "", ""],
    ]
    cmds: list[Any] = [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONTNAME", (0, 0), (-1, -1), styles.family),  # empty cells would name an unembedded Helvetica
        ("BACKGROUND", (0, 0), (-1, 1), HEAD_FILL),
        *CELL_PADDING,
        ("SPAN", (1, 0), (4, 0)),
        *[("SPAN", (i, 0), (i, 1)) for i in (0, 5, 6)],
    ]
    for ap in t.approaches:
        for a in ap.activities:
            rows.append(
                [
                    c.p(f"{a.number} {a.name}"),
                    *(c.quarter(a, q) for q in range(1, 5)),
                    c.p(a.budget, centre=True),
                    c.p(a.unit),
                ]
            )
    head = [rows[0][j] if j not in (1, 2, 3, 4) else rows[1][j] for j in range(7)]
    widths = _widths([head, *rows[2:]], width, 2 * CELL_SIDE, range(1, 5))
    table = FillingTable(rows, colWidths=widths, repeatRows=2, splitInRow=MIN_ROW_PART)
    table.setStyle(TableStyle(cmds))
    return table
