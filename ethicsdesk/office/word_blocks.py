"""The blocks of the document model as Word paragraphs and tables.

Indents follow Thai official practice: a paragraph's first line starts at the 2.5 cm tab and its
other lines at the margin; a list label hangs at the tab of its level (2.5 cm, then 1.25 cm further
per level) with its text, and the text's later lines, at the hanging indent.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from docx.document import Document as WordDocument
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.shared import Cm, Pt
from docx.table import Table as WordTable
from docx.table import _Cell
from docx.text.paragraph import Paragraph

from ethicsdesk.documents.model import (
    SIGN_HERE,
    Block,
    PeopleList,
    PersonRow,
    PlanTable,
    Roster,
    Rule,
    Signature,
    Table,
    Text,
)
from ethicsdesk.domain.markup import parse
from ethicsdesk.office import ooxml
from ethicsdesk.office.measure import fit_columns, text_width_cm
from ethicsdesk.office.plan_grid import Cell, Grid, place_cells, plan_grid

TAB_CM = 2.5  # ย่อหน้า: the first-line indent of Thai official documents
STEP_CM = 1.25  # one list level further in
TWIPS_PER_CM = 1440 / 2.54

FILL = {"header": "D9D9D9", "approach": "EDEDED", "quarter": "B4C6E7"}
_ALIGN = {
    "left": WD_ALIGN_PARAGRAPH.LEFT,
    "center": WD_ALIGN_PARAGRAPH.CENTER,
    "right": WD_ALIGN_PARAGRAPH.RIGHT,
}


@dataclass(frozen=True)
class Layout:
    portrait_width_cm: float
    landscape_width_cm: float
    styles: dict[str, str] = field(default_factory=dict)
    size_pt: float = 16.0
    plan_size_pt: float = 14.0


def add_runs(p: Paragraph, markup: str, *, bold: bool = False) -> None:
    """The styled runs of ``markup``; bold and italic for Thai (complex script) text as well."""
    for r in parse(markup):
        run = p.add_run(r.text)
        ooxml.set_emphasis(run._r.get_or_add_rPr(), bold=r.bold or bold, italic=r.italic)
        if r.underline:
            run.underline = True


def label_position_cm(level: int) -> float:
    return TAB_CM + max(level - 1, 0) * STEP_CM


def hang_cm(label: str, size_pt: float) -> float:
    """Room for a hanging label and a little space after it, in steps of 0.25 cm (at least 0.75)."""
    return max(0.75, math.ceil((text_width_cm(label, size_pt) + 0.2) / 0.25) * 0.25)


class BlockWriter:
    def __init__(self, word: WordDocument, layout: Layout) -> None:
        self.word = word
        self.layout = layout
        self.landscape = False
        self._after_table = False
        self._people_widths: list[float] | None = None
        self._style_ids: dict[str, str] = {}

    @property
    def width_cm(self) -> float:
        return self.layout.landscape_width_cm if self.landscape else self.layout.portrait_width_cm

    def style_id(self, key: str) -> str:
        """The style id of a role's paragraph style (set by id: python-docx's lookup by name is slow)."""
        name = self.layout.styles[key]
        if name not in self._style_ids:
            self._style_ids[name] = self.word.styles[name].style_id
        return self._style_ids[name]

    def paragraph(self, key: str) -> Paragraph:
        p = self.word.add_paragraph()
        p._p.style = self.style_id(key)
        return p

    def write(self, block: Block) -> None:
        if self._after_table and isinstance(block, (Roster, Table)):
            self.paragraph("plain")  # two tables in a row would join
        self._after_table = isinstance(block, (PeopleList, Roster))
        if isinstance(block, Text):
            self.text(block)
        elif isinstance(block, PeopleList):
            self.people(block)
        elif isinstance(block, Roster):
            self.roster(block)
        elif isinstance(block, Table):
            self.table(block)
        elif isinstance(block, PlanTable):
            self.plan(block)
        elif isinstance(block, Signature):
            self.signature(block)
        elif isinstance(block, Rule):
            self.rule()

    # -- paragraphs ----------------------------------------------------------------------------

    def text(self, t: Text) -> None:
        p = self.paragraph(t.role)
        f = p.paragraph_format
        if t.label:
            at = label_position_cm(t.level)
            hang = hang_cm(t.label, self.layout.size_pt)
            f.left_indent = Cm(at + hang)
            f.first_line_indent = Cm(-hang)
            f.tab_stops.add_tab_stop(Cm(at + hang), WD_TAB_ALIGNMENT.LEFT)
            add_runs(p, t.label)
            p.add_run("\t")
        elif t.role in ("body", "none", "resolution", "dissent", "subheading"):
            f.first_line_indent = Cm(label_position_cm(t.level))
        if t.role in ("resolution", "dissent"):
            f.keep_together = True
        add_runs(p, t.markup)

    def rule(self) -> None:
        p = self.paragraph("plain")
        side = max((self.width_cm - 5.0) / 2, 0)
        p.paragraph_format.left_indent = Cm(side)
        p.paragraph_format.right_indent = Cm(side)
        p.paragraph_format.space_after = Pt(6)
        ooxml.paragraph_bottom_border(p._p.get_or_add_pPr())

    def signature(self, s: Signature) -> None:
        for _ in range(2):  # room to sign
            self.paragraph("signature")
        for i, line in enumerate((SIGN_HERE, s.name, s.position, s.role)):
            p = self.paragraph("signature")
            if i == 2:
                p.paragraph_format.keep_with_next = False
            add_runs(p, line)

    # -- tables -------------------------------------------------------------------------------

    def _new_table(self, rows: int, widths_cm: list[float], *, borders: bool, margin_cm: float) -> WordTable:
        table = self.word.add_table(rows=rows, cols=len(widths_cm))
        table.alignment = WD_TABLE_ALIGNMENT.LEFT
        table.autofit = False
        tbl_pr = table._tbl.tblPr
        ooxml.table_fixed_layout(tbl_pr, round(sum(widths_cm) * TWIPS_PER_CM))
        margin = round(margin_cm * TWIPS_PER_CM)
        ooxml.table_cell_margins(tbl_pr, left_twips=0 if not borders else margin, right_twips=margin)
        if borders:
            ooxml.table_borders(tbl_pr)
        for column, w in zip(table.columns, widths_cm, strict=True):
            column.width = Cm(w)
        return table

    def _fill(
        self,
        cell: _Cell,
        paragraphs: list[str],
        *,
        bold: bool = False,
        align: str = "left",
        style: str = "table",
    ) -> None:
        style = self.style_id(style)
        for i, markup in enumerate(paragraphs or [""]):
            p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
            p._p.style = style
            p.paragraph_format.alignment = _ALIGN[align]
            add_runs(p, markup, bold=bold)

    def prepare(self, blocks: list[Block]) -> None:
        """Give all the attendance lists of the document the same columns, so that they line up."""
        rows = [r for b in blocks if isinstance(b, PeopleList) for r in b.rows]
        if rows:
            self._people_widths = people_widths(rows, self.layout.portrait_width_cm, self.layout.size_pt)

    def people(self, block: PeopleList) -> None:
        add_runs(self.paragraph("heading"), block.heading)
        widths = self._people_widths or people_widths(block.rows, self.width_cm, self.layout.size_pt)
        table = self._new_table(len(block.rows), widths, borders=False, margin_cm=0.2)
        cells = table._cells
        for i, r in enumerate(block.rows):
            self._fill(cells[i * 4], [r.number], align="right")
            self._fill(cells[i * 4 + 1], [r.name])
            if r.role:
                self._fill(cells[i * 4 + 2], [r.position])
                self._fill(cells[i * 4 + 3], [r.role])
            else:  # no committee role (ผู้เข้าร่วมประชุม): the position may use the role's room
                self._fill(cells[i * 4 + 2].merge(cells[i * 4 + 3]), [r.position])
        _apply_widths(table, widths)

    def roster(self, block: Roster) -> None:
        columns = [
            [r.number for r in block.rows],
            [r.name for r in block.rows] + [r.detail for r in block.rows],
            [r.role for r in block.rows],
        ]
        widths = self._natural_widths(columns)
        table = self._new_table(len(block.rows), widths, borders=False, margin_cm=0.2)
        cells = table._cells
        for i, r in enumerate(block.rows):
            self._fill(cells[i * 3], [r.number], align="right")
            self._fill(cells[i * 3 + 1], [r.name, r.detail] if r.detail else [r.name])
            self._fill(cells[i * 3 + 2], [r.role])
        _apply_widths(table, widths)

    def _natural_widths(self, columns: list[list[str]]) -> list[float]:
        size = self.layout.size_pt
        widths = [[text_width_cm(x, size) + 0.45 for x in col] for col in columns]
        return fit_columns(widths, self.width_cm, fixed=frozenset({0}))

    def table(self, block: Table) -> None:
        n = len(block.header) or max((len(r) for r in block.rows), default=1)
        rel = block.widths or [1.0] * n
        widths = [w * self.width_cm / sum(rel) for w in rel]
        has_header = bool(block.header)
        table = self._new_table(len(block.rows) + has_header, widths, borders=block.borders, margin_cm=0.15)
        cells = table._cells
        if has_header:
            ooxml.repeat_header(table.rows[0]._tr.get_or_add_trPr())
            for j, h in enumerate(block.header):
                cell = cells[j]
                self._fill(cell, [h], bold=True, align="center")
                if block.borders:
                    ooxml.shade_cell(cell._tc.get_or_add_tcPr(), FILL["header"])
        for i, row in enumerate(block.rows, has_header):
            for j, markup in enumerate(row[:n]):
                self._fill(cells[i * n + j], [markup], align=block.column_align(j))
        _apply_widths(table, widths)
        self.paragraph("plain")  # Word needs a paragraph between tables

    def plan(self, block: PlanTable) -> None:
        caption = self.paragraph("title")
        caption.paragraph_format.space_before = Pt(6)
        caption.paragraph_format.space_after = Pt(6)
        add_runs(caption, block.title)
        self.grid(plan_grid(block))

    def grid(self, grid: Grid) -> None:
        widths = [w * self.width_cm / sum(grid.widths) for w in grid.widths]
        table = self._new_table(len(grid.rows), widths, borders=True, margin_cm=0.1)
        placed = place_cells(grid)
        for (r, c), cell in placed.items():  # merge first: python-docx finds a cell in O(table size)
            if cell.span > 1 or cell.rows > 1:
                table.cell(r, c).merge(table.cell(r + cell.rows - 1, c + cell.span - 1))
        cells = table._cells
        for (r, c), cell in placed.items():
            self._grid_cell(cells[r * grid.columns + c], cell)
        for r in range(grid.header_rows):
            ooxml.repeat_header(table.rows[r]._tr.get_or_add_trPr())
        for r, row in enumerate(grid.rows):
            if row[0].kind in ("header", "approach", "total"):  # short rows: never split one
                ooxml.cant_split(table.rows[r]._tr.get_or_add_trPr())
        _apply_widths(table, widths)
        self.paragraph("plain")

    def _grid_cell(self, target: _Cell, cell: Cell) -> None:
        bold = cell.kind in ("header", "approach", "total")
        self._fill(target, cell.paragraphs, bold=bold, align=cell.align, style="plan")
        if cell.kind == "approach":  # an approach's title stays with its first activity
            for p in target.paragraphs:
                p.paragraph_format.keep_with_next = True
        if cell.kind in ("header", "quarter"):
            target.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        fill = FILL.get(cell.kind)
        if fill:
            ooxml.shade_cell(target._tc.get_or_add_tcPr(), fill)


def people_widths(rows: Sequence[PersonRow], available: float, size_pt: float) -> list[float]:
    """Columns number, name, position, role: the number column as wide as its widest entry, the name
    column as wide as 19 names in 20 (at most 42 %: a line breaker splits unknown names anywhere, so
    names come first), the role column as half the roles (at most 28 %); the position column takes the
    rest (at least 22 %) and its entries wrap."""

    def widths(values: Iterable[str]) -> list[float]:
        return sorted(text_width_cm(v, size_pt) + 0.45 for v in values if v)

    def quantile(values: list[float], share: float) -> float:
        return values[min(len(values) - 1, math.ceil(share * len(values)) - 1)] if values else 0.0

    number = max(widths(r.number for r in rows), default=0.0)
    name = min(quantile(widths(r.name for r in rows), 0.95), 0.42 * available)
    role = min(quantile(widths(r.role for r in rows), 0.5), 0.28 * available)
    position = available - number - name - role
    floor = 0.22 * available
    if position < floor:
        scale = (available - number - floor) / (name + role)
        name, role, position = name * scale, role * scale, floor
    return [number, name, position, role]


def _apply_widths(table: WordTable, widths_cm: list[float]) -> None:
    """Give every cell its width (Word reads the cells' widths, LibreOffice the grid's)."""
    for tr in table._tbl.tr_lst:
        col = 0
        for tc in tr.tc_lst:
            span = tc.grid_span
            tc.width = Cm(sum(widths_cm[col : col + span]))
            col += span
