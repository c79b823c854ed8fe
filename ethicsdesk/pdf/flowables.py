"""Small flowables the documents need besides Thai paragraphs: a labelled paragraph, a rule, quarter bars."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import cm
from reportlab.platypus import Table
from reportlab.platypus.doctemplate import ActionFlowable
from reportlab.platypus.flowables import Flowable, KeepTogether

from ethicsdesk.pdf.typeset import ThaiParagraph, draw_text_line


class LabelledParagraph(Flowable):
    """A paragraph with a hanging label ("๑.", "๔.๑", "๑.๑)") printed on its first line, left of the text.

    The text itself is a ThaiParagraph indented past the label; it splits across pages like any
    paragraph, the label staying with the first part.
    """

    def __init__(self, label: str, paragraph: ThaiParagraph, label_x: float, show_label: bool = True) -> None:
        super().__init__()
        self.label = label
        self.paragraph = paragraph
        self.label_x = label_x
        self.show_label = show_label
        self.spaceBefore = paragraph.spaceBefore
        self.spaceAfter = paragraph.spaceAfter
        self.keepWithNext = paragraph.keepWithNext

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width, self.height = self.paragraph.wrap(availWidth, availHeight)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        parts = self.paragraph.split(availWidth, availHeight)
        if len(parts) < 2:
            return []
        first, rest = parts[0], parts[1]
        assert isinstance(first, ThaiParagraph) and isinstance(rest, ThaiParagraph)
        return [
            LabelledParagraph(self.label, first, self.label_x, self.show_label),
            LabelledParagraph(self.label, rest, self.label_x, False),
        ]

    def draw(self) -> None:
        # The label first, so that text extraction reads "๑. ข้อความ" in that order.
        if self.show_label and self.paragraph.lines:
            style = self.paragraph.style
            _leading, drop = style.metrics()
            draw_text_line(
                self.canv, self.label_x, self.height - drop, self.label, family=style.family, size=style.size
            )
        self.paragraph.canv = self.canv
        self.paragraph.draw()


def stack_cells(table: Any) -> None:
    """Mark each paragraph under another in a table cell as ``stacked``: its lines follow the ones above
    at the paragraph's own line distance instead of leaving room for the family's tallest marks."""
    for row in table._cellvalues:
        for cell in row:
            if isinstance(cell, list | tuple):
                for f in list(cell)[1:]:
                    paragraph = f.paragraph if isinstance(f, LabelledParagraph) else f
                    if isinstance(paragraph, ThaiParagraph):
                        paragraph.stacked = True


MIN_FIRST_LINES = 2
"""A heading kept with a paragraph at a page's foot has at least this many of its lines under it."""


class KeepWithFirstLines(KeepTogether):
    """``keepWithNext`` as a typesetter means it: a heading stays with the first lines of what follows,
    not with all of it. ReportLab's ``KeepTogether`` sends the whole group to the next page whenever it
    does not fit whole, which left a long paragraph's height empty under the last text of a page (eight
    lines on page 2 of the sample's minutes). Here, when the kept flowables and the first
    :data:`MIN_FIRST_LINES` lines of the last one fit, the group stays and the last one splits as it
    would alone. A group that turns the page (a lead-in before a landscape table) or ends in a table keeps
    ReportLab's way."""

    def split(self, aW: float, aH: float) -> list[Flowable]:
        content: list[Any] = self._content  # type: ignore[attr-defined]
        if getattr(self, "_wrapInfo", None) != (aW, aH):
            self.wrap(aW, aH)
        *head, last = content
        if (
            getattr(self, "_H", 0.0) > aH
            and head
            and not any(isinstance(f, ActionFlowable) for f in content)
            and self._first_lines_fit(head, last, aW, aH)
        ):
            return list(content)
        return super().split(aW, aH)

    def _first_lines_fit(self, head: list[Any], last: Any, aW: float, aH: float) -> bool:
        if not isinstance(last, ThaiParagraph | LabelledParagraph | Table):
            return False
        used = 0.0
        for i, f in enumerate(head):  # their heights and the white between them, counted in full
            used += f.wrapOn(self.canv, aW, aH)[1] + (f.getSpaceBefore() if i else 0.0) + f.getSpaceAfter()  # type: ignore[attr-defined]
        room = aH - used - last.getSpaceBefore()
        if room <= 0:
            return False
        last.canv = self.canv  # type: ignore[attr-defined]
        last.wrap(aW, room)
        parts = last.split(aW, room)
        if len(parts) < 2:
            return False
        first = parts[0]
        if isinstance(first, Table):
            return True  # its own split keeps a heading row with some of the next (FillingTable)
        paragraph = first.paragraph if isinstance(first, LabelledParagraph) else first
        return isinstance(paragraph, ThaiParagraph) and len(paragraph.layout(aW)) >= MIN_FIRST_LINES


class Rule(Flowable):
    """A short centred line under the title block."""

    def __init__(self, length: float = 5 * cm, space: float = 6) -> None:
        super().__init__()
        self.length = length
        self.spaceBefore = self.spaceAfter = space

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        return availWidth, 1

    def draw(self) -> None:
        x = (self.width - self.length) / 2
        self.canv.setLineWidth(0.6)
        self.canv.line(x, 0.5, x + self.length, 0.5)


class QuarterBar(Flowable):
    """The span of an activity across one quarter cell: a line, with an arrowhead where the span starts
    or ends (←→ in the seed), or a dot for a single-quarter span."""

    def __init__(self, starts: bool, ends: bool, height: float = 10, padding: float = 3) -> None:
        super().__init__()
        self.starts, self.ends, self.bar_height = starts, ends, height
        self.padding = padding  # the cell's side padding: a span runs through it to the next cell's bar

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        return availWidth, self.bar_height

    def draw(self) -> None:
        c, y, w = self.canv, self.bar_height / 2, self.width
        head = 4.0
        x0 = head if self.starts else -self.padding  # through the padding, to meet the next cell's bar
        x1 = w - head if self.ends else w + self.padding
        c.setLineWidth(1.2)
        c.line(x0, y, x1, y)
        if self.starts:
            c.line(x0, y, x0 + head, y + head * 0.7)
            c.line(x0, y, x0 + head, y - head * 0.7)
        if self.ends:
            c.line(x1, y, x1 - head, y + head * 0.7)
            c.line(x1, y, x1 - head, y - head * 0.7)
