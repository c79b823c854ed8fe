"""Any ethicsdesk.documents Document as a Thai PDF: A4, 16 pt, shaped, broken between words,
page numbers "- ๒ -" from page 2, wide plan tables on landscape pages of the same file."""

from __future__ import annotations

import gc
import io
import os
from pathlib import Path
from typing import Any

from reportlab import rl_config
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfdoc import PDFDictionary
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    PageBreakIfNotEmpty,
    PageTemplate,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import Flowable

from ethicsdesk import __version__
from ethicsdesk.documents import model as m
from ethicsdesk.errors import UserError
from ethicsdesk.pdf import styles as geo
from ethicsdesk.pdf.flowables import KeepWithFirstLines, LabelledParagraph, Rule, stack_cells
from ethicsdesk.pdf.plan_tables import activities_table, approaches_table, timeline_table
from ethicsdesk.pdf.styles import Styles
from ethicsdesk.pdf.typeset import (
    Align,
    ThaiParagraph,
    check_shaping,
    content_widths,
    draw_text_line,
    page_label,
    register_sarabun,
    shortest_widths,
    text_width,
)

_WIDE_VIEWS = ("activities", "timeline")
_CELL_PADDING = 3  # points left and right in a literal table's cells
# Below a plan table: space after it, not a Spacer, so that none starts a page of its own.
_TABLE_SPACE_AFTER = 8.0
_PEOPLE_PADDING = 10  # points left and right together in the attendance lists: a clear gap between columns


def fit_widths(widths: list[float], need: list[float]) -> list[float]:
    """Column widths no narrower than ``need`` (a column's longest word), when the table can afford it.

    What a narrow column lacks is taken from the columns with room to spare, in proportion to their
    spare room; the total stays the same. A table whose needs exceed its width is left as it was (its
    headings then break between clusters, as any word wider than its line does)."""
    short = sum(max(0.0, n - w) for w, n in zip(widths, need, strict=True))
    spare = [max(0.0, w - n) for w, n in zip(widths, need, strict=True)]
    if short <= 0 or short > sum(spare):
        return widths
    scale = short / sum(spare)
    return [max(w, n) - s * scale for w, n, s in zip(widths, need, spare, strict=True)]


LEAD_IN_CHARS = 200
"""A text block this short (markup included) right before a wide plan table is printed with it."""


def _is_wide(b: m.Block | None) -> bool:
    return isinstance(b, m.PlanTable) and b.view in _WIDE_VIEWS


def _is_short_text(b: m.Block) -> bool:
    return isinstance(b, m.Text) and b.role not in ("title",) and len(b.markup) <= LEAD_IN_CHARS


def _is_lead_in(b: m.Block, nxt: m.Block | None) -> bool:
    return _is_short_text(b) and _is_wide(nxt)


def _introduces_table(b: m.Block, nxt: m.Block | None) -> bool:
    """A short text right before a table on the same page turn (a portrait plan table, a list of
    people): kept with the table's first rows."""
    return _is_short_text(b) and isinstance(nxt, m.PlanTable | m.Table)


# Page streams compressed but not ASCII85-wrapped: a quarter of the build time of the sample minutes went
# to ReportLab's pure-Python ASCII85 encoder, and the files are a fifth smaller without it.
rl_config.useA85 = 0


#: The signature blocks of the official form, by the role line the minutes give them, and the name of the
#: slot a digital signature fills (ethicsdesk/signing): recorder, then reviewer (or the chair).
SIGNER_SLOTS = {"ผู้จดรายงานการประชุม": "recorder", "ผู้ตรวจรายงานการประชุม": "reviewer"}
#: Each signature block's space is named in the PDF as a destination "ethicsdesk-signature-<slot>"
#: (/FitR page left bottom right top): a standard place a signer finds without reading the page's text.
SIGNATURE_DESTINATION = "ethicsdesk-signature-"
SIGNATURE_SPACE_HEIGHT = 40.0


class SignatureSpace(Flowable):
    """The blank space above "(ลงชื่อ) ....." where a pen or a digital signature goes; records its page and
    rectangle in the PDF as a named destination."""

    def __init__(self, width: float, height: float, slot: str) -> None:
        super().__init__()
        self.width, self.height, self.slot = width, height, slot

    def wrap(self, aW: float, aH: float) -> tuple[float, float]:
        return min(self.width, aW), self.height

    def draw(self) -> None:
        if not self.slot:
            return
        left, bottom = self.canv.absolutePosition(0, 0)
        name = SIGNATURE_DESTINATION + self.slot
        dest = self.canv.bookmarkPage(
            name,
            fit="FitR",
            left=round(left, 2),
            bottom=round(bottom, 2),
            right=round(left + self.width, 2),
            top=round(bottom + self.height, 2),
        )
        # ReportLab writes a destination only when a link or an outline refers to it; the catalog's /Dests
        # dictionary (PDF 1.1) names it for any reader.
        catalog = self.canv._doc.Catalog  # pyright: ignore[reportAttributeAccessIssue]
        dests = getattr(catalog, "Dests", None)
        if not isinstance(dests, PDFDictionary):
            dests = catalog.Dests = PDFDictionary({})
        dests[name] = dest


class _Renderer:
    def __init__(self, doc: m.Document, styles: Styles) -> None:
        self.doc = doc
        self.st = styles
        self.portrait_width = geo.PORTRAIT[0] - geo.LEFT_MARGIN - geo.RIGHT_MARGIN
        self.landscape_width = geo.LANDSCAPE[0] - 2 * geo.LANDSCAPE_MARGIN
        self.orientation = "landscape" if doc.landscape else "portrait"
        self.home = self.orientation
        self._people: list[float] | None = None

    def flowables(self) -> list[Flowable]:
        out: list[Flowable] = []
        blocks = self.doc.blocks
        for i, block in enumerate(blocks):
            nxt = blocks[i + 1] if i + 1 < len(blocks) else None
            if _is_lead_in(block, nxt):
                # A short text that introduces a wide table goes on the table's landscape page with it,
                # not alone on a portrait page of its own.
                assert isinstance(block, m.Text)
                out.extend(self._turn("landscape"))
                lead = self.text(block)
                lead.keepWithNext = True
                out.append(lead)
                continue
            made = self.block(block)
            if _introduces_table(block, nxt) and made:
                made[-1].keepWithNext = True  # "… ดังนี้" stays with the table it introduces
            out.extend(made)
        for f in out:
            if isinstance(f, Table):  # empty cells would otherwise name an unembedded Helvetica
                f.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), self.st.family)]))
                stack_cells(f)
        return out

    @property
    def frame_width(self) -> float:
        return self.portrait_width if self.orientation == "portrait" else self.landscape_width

    def _turn(self, to: str) -> list[Flowable]:
        if self.orientation == to:
            return []
        self.orientation = to
        # Not an empty page when the last one just filled up: the page begun turns instead.
        return [PageBreakIfNotEmpty(nextTemplate=to)]

    def block(self, b: m.Block) -> list[Flowable]:
        st = self.st
        if isinstance(b, m.PlanTable) and b.view in _WIDE_VIEWS:
            table = (
                activities_table(b, st, self.landscape_width)
                if b.view == "activities"
                else timeline_table(b, st, self.landscape_width)
            )
            table.spaceAfter = _TABLE_SPACE_AFTER
            return [*self._turn("landscape"), table]
        out = self._turn(self.home)
        if isinstance(b, m.Text):
            out.append(self.text(b))
        elif isinstance(b, m.PeopleList):
            out.extend(self.people(b))
        elif isinstance(b, m.Table):
            out.append(self.table(b))
        elif isinstance(b, m.Roster):
            out.append(self.roster(b))
        elif isinstance(b, m.PlanTable):
            table = approaches_table(b, st, self.frame_width)
            table.spaceAfter = _TABLE_SPACE_AFTER
            out.append(table)
        elif isinstance(b, m.Signature):
            out.append(self.signature(b))
        elif isinstance(b, m.Rule):
            out.append(Rule())
        return out

    def text(self, b: m.Text) -> Flowable:
        st = self.st
        if b.role == "title":
            return ThaiParagraph(f"<b>{b.markup}</b>", st.title())
        if b.role == "heading":
            return ThaiParagraph(f"<b>{b.markup}</b>", st.heading())
        if b.role == "subheading":
            return ThaiParagraph(f"<b>{b.markup}</b>", st.subheading(max(1, b.level)))
        if b.role in ("plain",):
            return ThaiParagraph(b.markup, st.plain())
        if b.label:
            label_x = geo.FIRST_LINE_INDENT + (max(1, b.level) - 1) * geo.LEVEL_INDENT
            hanging = max(text_width(b.label, family=st.family, size=st.size) + 6, 0.9 * cm)
            return LabelledParagraph(
                b.label, ThaiParagraph(b.markup, st.body(max(1, b.level), hanging)), label_x
            )
        return ThaiParagraph(b.markup, st.body(b.level))

    def _people_rows(self, b: m.PeopleList) -> list[list[Flowable]]:
        c = self.st.cell()
        return [
            [
                ThaiParagraph(r.number, c),
                ThaiParagraph(r.name, c),
                ThaiParagraph(r.position, c),
                ThaiParagraph(r.role, c),
            ]
            for r in b.rows
        ]

    def _people_widths(self) -> list[float]:
        """One set of column widths for all the attendance lists of the document, so that their columns
        line up from ผู้มาประชุม to ผู้เข้าร่วมประชุม: the widths that make the lists shortest (positions
        such as นักวิชาการอุตสาหกรรมชำนาญการพิเศษ get the room they need rather than a share)."""
        if self._people is None:
            rows = [r for b in self.doc.blocks if isinstance(b, m.PeopleList) for r in self._people_rows(b)]
            columns = [[r[j] for r in rows] for j in range(4)]
            self._people = shortest_widths(columns, self.portrait_width, _PEOPLE_PADDING) or content_widths(
                columns, self.portrait_width, _PEOPLE_PADDING
            )
        return self._people

    def people(self, b: m.PeopleList) -> list[Flowable]:
        """The heading and the list; the heading keeps with the first row, never alone at a page's foot."""
        rows = self._people_rows(b)
        widths = self._people_widths()
        heading = ThaiParagraph(f"<b>{b.heading}</b>", self.st.heading())
        style = TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ("RIGHTPADDING", (0, 0), (-1, -1), _PEOPLE_PADDING - 2),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
        # No keep-with-next for the whole list: a long one would jump whole to the next page; the rest
        # splits by rows.
        out: list[Flowable] = [heading, Table(rows[:1], colWidths=widths, style=style)]
        if rows[1:]:
            out.append(Table(rows[1:], colWidths=widths, style=style))
        return out

    def table(self, b: m.Table) -> Table:
        """A literal table; wide ones (more than three columns) at the table size, headings a size smaller,
        so that narrow columns break their headings between words, not inside them."""
        wide = len(b.header) > 3
        size = self.st.table_size if wide else self.st.size
        c = self.st.cell(size)
        head = self.st.cell(min(size, 12) if wide else size, align=Align.CENTER)
        rel = b.widths or [1.0] * len(b.header)
        heading = [ThaiParagraph(f"<b>{h}</b>", head) for h in b.header]
        styles = [
            c if b.column_align(j) == "left" else self.st.cell(size, Align(b.column_align(j)))
            for j in range(len(rel))
        ]
        body = [[ThaiParagraph(cell, styles[j]) for j, cell in enumerate(row)] for row in b.rows]
        widths = [self.frame_width * x / sum(rel) for x in rel]
        # Each column as wide as its longest word (an amount of money is one), heading and cells; if
        # the table cannot afford that, as wide as its heading's longest word.
        pad = 2 * _CELL_PADDING
        head_need = [p.minWidth() + pad for p in heading]
        need = [
            max([n, *(row[j].minWidth() + pad for row in body if j < len(row))])
            for j, n in enumerate(head_need)
        ]
        widths = fit_widths(widths, need if sum(need) <= sum(widths) else head_need)
        table = Table([heading, *body], colWidths=widths, repeatRows=1, splitInRow=1)
        cmds: list[Any] = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), _CELL_PADDING),
            ("RIGHTPADDING", (0, 0), (-1, -1), _CELL_PADDING),
        ]
        if b.borders:
            cmds.append(("GRID", (0, 0), (-1, -1), 0.5, "black"))
        table.setStyle(TableStyle(cmds))
        return table

    def roster(self, b: m.Roster) -> Table:
        c = self.st.cell()
        rows = []
        for r in b.rows:
            name: list[Flowable] = [ThaiParagraph(r.name, c)]
            if r.detail:
                name.append(ThaiParagraph(r.detail, c))
            rows.append([ThaiParagraph(r.number, c), name, ThaiParagraph(r.role, c)])
        w = self.portrait_width - geo.FIRST_LINE_INDENT
        table = Table(rows, colWidths=[1.5 * cm, w * 0.62 - 1.5 * cm, w * 0.38], hAlign="RIGHT")
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("TOPPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ]
            )
        )
        return table

    def signature(self, b: m.Signature) -> Table:
        c = self.st.cell(align=Align.CENTER)
        half = self.portrait_width / 2
        cell = [
            SignatureSpace(half + 1 * cm - 12, SIGNATURE_SPACE_HEIGHT, SIGNER_SLOTS.get(b.role, "")),
            ThaiParagraph(m.SIGN_HERE, c),
            ThaiParagraph(b.name, c),
            ThaiParagraph(b.position, c),
            ThaiParagraph(b.role, c),
        ]
        table = Table([["", cell]], colWidths=[half - 1 * cm, half + 1 * cm])
        table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
        table.keepWithNext = False
        return table


def _page_template(name: str, on_page: Any) -> PageTemplate:
    size = geo.PORTRAIT if name == "portrait" else geo.LANDSCAPE
    left = geo.LEFT_MARGIN if name == "portrait" else geo.LANDSCAPE_MARGIN
    right = geo.RIGHT_MARGIN if name == "portrait" else geo.LANDSCAPE_MARGIN
    frame = Frame(
        left,
        geo.BOTTOM_MARGIN,
        size[0] - left - right,
        size[1] - geo.TOP_MARGIN - geo.BOTTOM_MARGIN,
        id=name,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    return PageTemplate(name, [frame], onPage=on_page, pagesize=size)


def write_document_pdf(
    doc: m.Document, path: str | Path | io.BytesIO, *, family: str | None = None, keywords: str = ""
) -> None:
    """Typeset ``doc`` to ``path``; refuses to print if Thai shaping is not really active."""
    fam = family or register_sarabun().name
    check_shaping(fam)
    styles = Styles(family=fam)
    renderer = _Renderer(doc, styles)
    story = renderer.flowables()

    def page_number(canvas, _doc) -> None:  # type: ignore[no-untyped-def]
        page = canvas.getPageNumber()
        if page >= 2:
            width, height = canvas._pagesize
            draw_text_line(
                canvas,
                width / 2,
                height - geo.PAGE_NUMBER_BASELINE,
                page_label(page, doc.thai_digits),
                family=fam,
                size=styles.size,
                anchor="center",
            )

    target: str | io.BytesIO = str(path) if isinstance(path, str | Path) else path
    tmp = None
    if isinstance(target, str):
        tmp = f"{target}.tmp-{os.getpid()}"
    template = BaseDocTemplate(
        tmp or target,
        pagesize=geo.PORTRAIT,
        title=doc.title,
        subject=doc.subject,
        author="EthicsDesk",
        initialFontName=fam,
        creator=f"EthicsDesk {__version__}",
        keywords=keywords,
        keepTogetherClass=KeepWithFirstLines,
    )
    templates = [_page_template(name, page_number) for name in ("portrait", "landscape")]
    template.addPageTemplates(templates[::-1] if doc.landscape else templates)
    # The build makes millions of short-lived objects and next to no cycles; with the collector on it
    # walks the long-lived caches (shaped words, word lists) over and over: a tenth or more of the time of
    # a print from the window (the print commands run with it off already, see cli.run).
    collecting = gc.isenabled()
    gc.disable()
    try:
        template.build(story)
        if tmp:
            os.replace(tmp, target)  # type: ignore[arg-type]
    except OSError as exc:
        raise UserError(
            f"เขียนแฟ้ม «{path}» ไม่ได้ ({exc.strerror})", f"Cannot write «{path}» ({exc.strerror})"
        ) from None
    finally:
        if collecting:
            gc.enable()
        if tmp and os.path.exists(tmp):
            os.unlink(tmp)
