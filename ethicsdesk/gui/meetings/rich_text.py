"""An agenda item's body (JSON blocks, docs/interchange.md) as an editable QTextDocument, and back.

Paragraphs and lists (with nested lists under list items) are edited as rich text with bold, italic
and underline. Blocks the editor cannot edit (tables, the roster, the duties, the virtues, a plan)
stay as they are: each shows as one grey placeholder line that can be moved or deleted as a whole.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import (
    QColor,
    QFont,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextList,
    QTextListFormat,
)

from ethicsdesk.domain import markup
from ethicsdesk.thai import to_thai_digits

Block = dict[str, Any]
_USER = int(QTextFormat.Property.UserProperty)
PLACEHOLDER = _USER + 1  # block property: index of the kept block in the stash
LIST_STYLE = _USER + 2  # list property: our style name (Qt has no dash style)
LIST_NESTED = _USER + 3  # list property: labels carry the parent's number ("๔.๑")
IN_ITEM = _USER + 4  # block property: a paragraph under a list item
LINE_HEIGHT = 135  # per cent: room between lines for Thai marks

_QT_STYLES = {
    "decimal": QTextListFormat.Style.ListDecimal,
    "paren": QTextListFormat.Style.ListDecimal,
    "dash": QTextListFormat.Style.ListCircle,
    "bullet": QTextListFormat.Style.ListDisc,
}


def placeholder_text(block: Block) -> str:
    kind = block["type"]
    if kind == "table":
        return QCoreApplication.translate("BodyEditor", "[Table: {rows} rows — kept as it is]").format(
            rows=to_thai_digits(str(len(block["rows"])))
        )
    if kind == "roster":
        return QCoreApplication.translate("BodyEditor", "[The roster appointed by order {order}]").format(
            order=to_thai_digits(block["order"])
        )
    if kind == "duties":
        return QCoreApplication.translate("BodyEditor", "[The committee's duties]")
    if kind == "virtues":
        return QCoreApplication.translate("BodyEditor", "[The target virtues of {year}]").format(
            year=to_thai_digits(str(block["fiscal_year"]))
        )
    if kind == "plan":
        return QCoreApplication.translate("BodyEditor", "[Action plan {year}, version {version}]").format(
            year=to_thai_digits(str(block["fiscal_year"])), version=to_thai_digits(str(block["version"]))
        )
    return f"[{kind}]"


def list_format(style: str, depth: int, start: int = 1, nested: bool = False) -> QTextListFormat:
    fmt = QTextListFormat()
    fmt.setStyle(_QT_STYLES.get(style, QTextListFormat.Style.ListDecimal))
    fmt.setIndent(depth + 1)
    fmt.setProperty(LIST_STYLE, style)
    fmt.setProperty(LIST_NESTED, nested)
    fmt.setNumberSuffix(")" if style == "paren" else ".")
    if start != 1:
        fmt.setStart(start)
    return fmt


def paragraph_format() -> QTextBlockFormat:
    fmt = QTextBlockFormat()
    fmt.setLineHeight(LINE_HEIGHT, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
    fmt.setBottomMargin(4)
    return fmt


def fill_document(doc: QTextDocument, blocks: list[Block]) -> list[Block]:
    """Put ``blocks`` into ``doc`` (replacing its text); return the kept blocks, for ``read_document``."""
    doc.clear()
    stash: list[Block] = []
    cursor = QTextCursor(doc)
    first = [True]

    def new_block(fmt: QTextBlockFormat) -> None:
        if first[0]:
            cursor.setBlockFormat(fmt)
            first[0] = False
        else:
            cursor.insertBlock(fmt, QTextCharFormat())

    def put(text: str) -> None:
        for run in markup.parse(text):
            cf = QTextCharFormat()
            cf.setFontWeight(QFont.Weight.Bold if run.bold else QFont.Weight.Normal)
            cf.setFontItalic(run.italic)
            cf.setFontUnderline(run.underline)
            cursor.insertText(run.text, cf)

    def emit(items: list[Block], depth: int) -> None:
        for b in items:
            kind = b["type"]
            if kind == "paragraph":
                fmt = paragraph_format()
                fmt.setIndent(depth if depth else int(b.get("indent", 0)))
                if depth:
                    fmt.setProperty(IN_ITEM, True)
                new_block(fmt)
                put(b["text"])
            elif kind == "list":
                lst: QTextList | None = None
                lf = list_format(b["style"], depth, int(b.get("start", 1)), bool(b.get("nested", False)))
                for item in b["items"]:
                    new_block(paragraph_format())
                    if lst is None:
                        lst = cursor.createList(lf)
                    else:
                        lst.add(cursor.block())
                    put(item["text"])
                    emit(item.get("blocks", []), depth + 1)
            else:
                stash.append(b)
                fmt = paragraph_format()
                fmt.setIndent(depth)
                fmt.setProperty(PLACEHOLDER, len(stash) - 1)
                new_block(fmt)
                cf = QTextCharFormat()
                cf.setFontItalic(True)
                cf.setForeground(QColor("#6b6b6b"))
                cf.setToolTip(
                    QCoreApplication.translate(
                        "BodyEditor", "This part is kept as it is; delete the line to remove it."
                    )
                )
                cursor.insertText(placeholder_text(b), cf)

    emit(blocks, 0)
    if first[0]:
        cursor.setBlockFormat(paragraph_format())
    doc.setModified(False)
    return stash


def block_markup(block: QTextBlock) -> str:
    runs: list[markup.Run] = []
    it = block.begin()
    while not it.atEnd():
        frag = it.fragment()
        if frag.isValid():
            cf = frag.charFormat()
            text = frag.text().replace("\u2028", " ").replace("\u2029", " ")
            run = markup.Run(
                text, cf.fontWeight() >= QFont.Weight.DemiBold.value, cf.fontItalic(), cf.fontUnderline()
            )
            if runs and (runs[-1].bold, runs[-1].italic, runs[-1].underline) == (
                run.bold,
                run.italic,
                run.underline,
            ):
                runs[-1] = markup.Run(runs[-1].text + run.text, run.bold, run.italic, run.underline)
            else:
                runs.append(run)
        it += 1
    return markup.to_markup(runs)


def read_document(doc: QTextDocument, stash: list[Block]) -> list[Block]:
    """The blocks that ``doc`` now shows (the inverse of ``fill_document``)."""
    out: list[Block] = []
    stack: list[tuple[int, list[Block]]] = [(0, out)]
    current: dict[int, Block] = {}  # QTextList object index -> its list block

    def container(depth: int) -> list[Block]:
        while len(stack) > 1 and stack[-1][0] > depth:
            stack.pop()
        return stack[-1][1]

    block = doc.begin()
    while block.isValid():
        fmt = block.blockFormat()
        text_list = block.textList()
        index = fmt.property(PLACEHOLDER)
        if isinstance(index, int) and 0 <= index < len(stash):
            container(fmt.indent()).append(stash[index])
        elif text_list is not None:
            lf = text_list.format()
            depth = max(0, lf.indent() - 1)
            target = container(depth)
            key = text_list.objectIndex()
            lst = current.get(key)
            if not target or target[-1] is not lst:
                style = lf.property(LIST_STYLE)
                if style not in _QT_STYLES:
                    style = (
                        "bullet"
                        if lf.style() in (QTextListFormat.Style.ListDisc, QTextListFormat.Style.ListSquare)
                        else "decimal"
                    )
                lst = {
                    "type": "list",
                    "style": style,
                    "start": max(1, lf.start()),
                    "nested": bool(lf.property(LIST_NESTED)),
                    "items": [],
                }
                current[key] = lst
                target.append(lst)
            text = block_markup(block)
            item: Block = {"text": text, "blocks": []}
            assert lst is not None
            lst["items"].append(item)
            stack.append((depth + 1, item["blocks"]))
        else:
            text = block_markup(block)
            if markup.plain_text(text).strip():
                indent = fmt.indent()
                if fmt.property(IN_ITEM) and indent > 0 and len(stack) > 1:
                    container(indent).append({"type": "paragraph", "text": text, "indent": 0})
                else:
                    container(0).append({"type": "paragraph", "text": text, "indent": indent})
        block = block.next()
    return _drop_empty_items(out)


def _drop_empty_items(blocks: list[Block]) -> list[Block]:
    result = []
    for b in blocks:
        if b["type"] == "list":
            items = []
            for item in b["items"]:
                inner = _drop_empty_items(item.get("blocks", []))
                if markup.plain_text(item["text"]).strip() or inner:
                    items.append({"text": item["text"], "blocks": inner})
            if items:
                result.append({**b, "items": items})
        else:
            result.append(b)
    return result


def normalized(blocks: list[Block]) -> list[Block]:
    """Blocks with default values dropped, for telling whether the text really changed."""
    out = []
    for b in blocks:
        b = dict(b)
        if b["type"] == "paragraph" and not b.get("indent"):
            b.pop("indent", None)
        if b["type"] == "list":
            if b.get("start", 1) == 1:
                b.pop("start", None)
            if not b.get("nested"):
                b.pop("nested", None)
            b["items"] = [
                {"text": i["text"], **({"blocks": normalized(i["blocks"])} if i.get("blocks") else {})}
                for i in b["items"]
            ]
        out.append(b)
    return out
