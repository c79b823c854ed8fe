"""A plan table (one of the seed's three views) as a grid of cells with spans, independent of Word.

The column headings are the seed's own words. Rows, in order: the heading rows; for each approach a
full-width approach row, then one row per activity; the total row (``activities`` and ``timeline``
views). Quarter cells: a run of consecutive quarters without milestones is one merged, shaded cell
with an arrow; quarters that carry milestone dates stay separate, each shaded with the arrow and its
dates, so every date stays under its own quarter.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from ethicsdesk.documents.model import PlanActivity, PlanTable

ARROW = "←→"

Align = Literal["left", "center", "right"]
Kind = Literal["header", "approach", "body", "quarter", "total"]


@dataclass(frozen=True)
class Cell:
    """One cell: its paragraphs (markup), how many columns and rows it spans, its look."""

    paragraphs: list[str]
    kind: Kind = "body"
    span: int = 1
    rows: int = 1
    align: Align = "left"

    @property
    def shaded(self) -> bool:
        return self.kind in ("quarter", "approach", "header")


@dataclass(frozen=True)
class Grid:
    widths: list[float]  # relative column widths
    header_rows: int
    rows: list[list[Cell]] = field(default_factory=list)  # cells hidden under a row span are left out

    @property
    def columns(self) -> int:
        return len(self.widths)


def _quarter_cells(a: PlanActivity) -> list[Cell]:
    cells: list[Cell] = []
    q = 1
    while q <= 4:
        if q not in a.quarters:
            cells.append(Cell([], align="center"))
            q += 1
            continue
        end = q
        while end + 1 <= 4 and end + 1 in a.quarters:
            end += 1
        run = range(q, end + 1)
        if any(a.milestones.get(x) for x in run):
            cells.extend(Cell([ARROW, *a.milestones.get(x, [])], "quarter", align="center") for x in run)
        else:
            cells.append(Cell([ARROW], "quarter", span=len(run), align="center"))
        q = end + 1
    return cells


def _name(a: PlanActivity, numbered: bool) -> list[str]:
    name = f"{a.number} {a.name}" if numbered else a.name
    return [name, f"<i>{a.note}</i>"] if a.note else [name]


def plan_grid(t: PlanTable) -> Grid:
    if t.view == "approaches":
        return _approaches(t)
    if t.view == "activities":
        return _activities(t)
    return _timeline(t)


def _approaches(t: PlanTable) -> Grid:
    header = [Cell([ap.title], "header", align="center") for ap in t.approaches]
    body = [Cell([f"{a.number} {a.name}" for a in ap.activities]) for ap in t.approaches]
    return Grid([1.0] * len(t.approaches), 1, [header, body])


ACTIVITY_HEADINGS = (
    "ลำดับที่",
    "โครงการ/กิจกรรม",
    "วัตถุประสงค์",
    "ตัวชี้วัด",
    "งบประมาณ (บาท)",
    "ระยะเวลาดำเนินงาน",
    "หน่วยงานที่รับผิดชอบ",
)
TIMELINE_HEADINGS = ("โครงการ/กิจกรรม", "ระยะเวลาดำเนินการ", "งบประมาณ", "หน่วยงานรับผิดชอบ")


def _activities(t: PlanTable) -> Grid:
    h = ACTIVITY_HEADINGS
    top = [Cell([x], "header", rows=2, align="center") for x in h[:5]]
    top.append(Cell([h[5]], "header", span=4, align="center"))
    top.append(Cell([h[6]], "header", rows=2, align="center"))
    quarters = [Cell([x], "header", align="center") for x in t.quarter_labels]
    rows: list[list[Cell]] = [top, quarters]
    for ap in t.approaches:
        rows.append([Cell([ap.title], "approach", span=10)])
        for a in ap.activities:
            rows.append(
                [
                    Cell([a.number], align="center"),
                    Cell(_name(a, numbered=False)),
                    Cell([a.objective]),
                    Cell(list(a.indicators)),
                    Cell([a.budget], align="center"),
                    *_quarter_cells(a),
                    Cell([a.unit]),
                ]
            )
    rows.append([Cell([t.total_label], "total", span=4), Cell([t.total_budget], "total", span=6)])
    return Grid([1.4, 3.4, 3.9, 3.3, 2.6, 2.0, 2.0, 2.0, 2.0, 2.4], 2, rows)


def _timeline(t: PlanTable) -> Grid:
    h = TIMELINE_HEADINGS
    top = [
        Cell([h[0]], "header", rows=2, align="center"),
        Cell([h[1]], "header", span=4, align="center"),
        Cell([h[2]], "header", rows=2, align="center"),
        Cell([h[3]], "header", rows=2, align="center"),
    ]
    quarters = [Cell([x], "header", align="center") for x in t.quarter_labels]
    rows: list[list[Cell]] = [top, quarters]
    for ap in t.approaches:
        rows.append([Cell([ap.title], "approach", span=7)])
        for a in ap.activities:
            rows.append(
                [
                    Cell(_name(a, numbered=True)),
                    *_quarter_cells(a),
                    Cell([a.budget], align="center"),
                    Cell([a.unit]),
                ]
            )
    rows.append([Cell([t.total_label], "total", span=1), Cell([t.total_budget], "total", span=6)])
    return Grid([7.5, 2.3, 2.3, 2.3, 2.3, 3.2, 3.6], 2, rows)


def place_cells(grid: Grid) -> dict[tuple[int, int], Cell]:
    """Each cell at its (row, column), skipping the places that a span from the left or above covers."""
    placed: dict[tuple[int, int], Cell] = {}
    covered: set[tuple[int, int]] = set()
    for r, row in enumerate(grid.rows):
        c = 0
        for cell in row:
            while (r, c) in covered:
                c += 1
            placed[(r, c)] = cell
            covered.update((rr, cc) for rr in range(r, r + cell.rows) for cc in range(c, c + cell.span))
            c += cell.span
        if c > grid.columns:
            raise ValueError(f"row {r} of the plan grid has {c} columns, not {grid.columns}")
    return placed


def grid_texts(grid: Grid) -> list[str]:
    """Every paragraph of the grid in reading order (row by row, cell by cell)."""
    return [p for row in grid.rows for cell in row for p in cell.paragraphs]
