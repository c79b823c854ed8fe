"""Page geometry and paragraph styles of Thai official documents (A4, 16 pt, margins 3 cm / 2 cm)."""

from __future__ import annotations

from dataclasses import dataclass, replace

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import cm

from ethicsdesk.pdf.typeset import SARABUN, Align, ThaiParagraphStyle

PORTRAIT = A4
LANDSCAPE = landscape(A4)
LEFT_MARGIN = 3 * cm
RIGHT_MARGIN = 2 * cm
TOP_MARGIN = 2.5 * cm
BOTTOM_MARGIN = 2 * cm
PAGE_NUMBER_BASELINE = 1.5 * cm  # from the top edge
FIRST_LINE_INDENT = 2.5 * cm  # ย่อหน้า of Thai official letters
LEVEL_INDENT = 1.0 * cm
LANDSCAPE_MARGIN = 1.5 * cm  # wide plan tables: the page is turned, there is no binding edge on the left


@dataclass(frozen=True)
class Styles:
    """The paragraph styles of one document, for one font family and size."""

    family: str = SARABUN
    size: float = 16
    table_size: float = 14  # wide plan tables; everything else is 16 pt
    justify: bool = True

    def base(self) -> ThaiParagraphStyle:
        return ThaiParagraphStyle(family=self.family, size=self.size)

    def title(self) -> ThaiParagraphStyle:
        return replace(self.base(), align=Align.CENTER)

    def heading(self) -> ThaiParagraphStyle:
        return replace(self.base(), space_before=6, keep_with_next=True)

    def subheading(self, level: int) -> ThaiParagraphStyle:
        return replace(
            self.base(),
            left_indent=FIRST_LINE_INDENT + (level - 1) * LEVEL_INDENT,
            space_before=4,
            keep_with_next=True,
        )

    def body(self, level: int, hanging: float = 0.0) -> ThaiParagraphStyle:
        align = Align.JUSTIFY if self.justify else Align.LEFT
        if hanging:
            return replace(
                self.base(), align=align, left_indent=FIRST_LINE_INDENT + (level - 1) * LEVEL_INDENT + hanging
            )
        return replace(
            self.base(), align=align, first_line_indent=FIRST_LINE_INDENT, left_indent=level * LEVEL_INDENT
        )

    def plain(self) -> ThaiParagraphStyle:
        return replace(self.base(), space_before=6)

    def cell(self, size: float | None = None, align: Align = Align.LEFT) -> ThaiParagraphStyle:
        return ThaiParagraphStyle(
            family=self.family, size=size or self.size, align=align, contain_marks=True, close_lines=True
        )
