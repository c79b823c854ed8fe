"""Body blocks of an agenda item (see docs/interchange.md): validation and list labels."""

from __future__ import annotations

from typing import Any

from ethicsdesk.domain import markup
from ethicsdesk.errors import ValidationError

LIST_STYLES = ("decimal", "paren", "dash", "bullet")
PLAN_VIEWS = ("approaches", "activities", "timeline")
REPORT_MONTHS = (3, 6, 9, 12)

_KEYS: dict[str, tuple[set[str], set[str]]] = {
    # type: (required keys, optional keys)
    "paragraph": ({"type", "text"}, {"indent"}),
    "list": ({"type", "style", "items"}, {"start", "nested"}),
    "table": ({"type", "header", "rows"}, {"widths"}),
    "roster": ({"type", "order"}, set()),
    "duties": ({"type"}, set()),
    "virtues": ({"type", "fiscal_year"}, set()),
    "plan": ({"type", "fiscal_year", "version", "view"}, set()),
    "report": ({"type", "fiscal_year", "version", "months"}, set()),
}


def _fail(where: str, th: str, en: str) -> ValidationError:
    return ValidationError(f"{where}: {th}", f"{where}: {en}")


def _text(value: Any, where: str) -> None:
    if not isinstance(value, str):
        raise _fail(where, "ต้องเป็นข้อความ", "must be text")
    try:
        markup.parse(value)
    except ValidationError as exc:
        raise _fail(where, exc.th, exc.en) from exc


def _int(value: Any, where: str, minimum: int = 0) -> None:
    if not isinstance(value, int) or isinstance(value, bool) or value < minimum:
        raise _fail(where, f"ต้องเป็นจำนวนเต็มไม่น้อยกว่า {minimum}", f"must be a whole number ≥ {minimum}")


def validate_blocks(blocks: Any, where: str = "body") -> None:
    """Raise ValidationError naming the first block that is not well formed."""
    if not isinstance(blocks, list):
        raise _fail(where, "ต้องเป็นรายการของบล็อก", "must be a list of blocks")
    for i, block in enumerate(blocks):
        at = f"{where}[{i}]"
        if not isinstance(block, dict) or block.get("type") not in _KEYS:
            raise _fail(
                at,
                "ชนิดของบล็อกไม่ถูกต้อง",
                f"unknown block type {block.get('type') if isinstance(block, dict) else block!r}",
            )
        required, optional = _KEYS[block["type"]]
        missing = required - block.keys()
        extra = block.keys() - required - optional
        if missing:
            raise _fail(at, f"ขาดช่อง {', '.join(sorted(missing))}", f"missing {', '.join(sorted(missing))}")
        if extra:
            raise _fail(
                at, f"มีช่องที่ไม่รู้จัก {', '.join(sorted(extra))}", f"unknown keys {', '.join(sorted(extra))}"
            )
        kind = block["type"]
        if kind == "paragraph":
            _text(block["text"], f"{at}.text")
            if "indent" in block:
                _int(block["indent"], f"{at}.indent")
        elif kind == "list":
            if block["style"] not in LIST_STYLES:
                raise _fail(f"{at}.style", "รูปแบบรายการไม่ถูกต้อง", f"must be one of {', '.join(LIST_STYLES)}")
            if "start" in block:
                _int(block["start"], f"{at}.start", 1)
            if "nested" in block and not isinstance(block["nested"], bool):
                raise _fail(f"{at}.nested", "ต้องเป็น true หรือ false", "must be true or false")
            if not isinstance(block["items"], list):
                raise _fail(f"{at}.items", "ต้องเป็นรายการ", "must be a list")
            for j, item in enumerate(block["items"]):
                iat = f"{at}.items[{j}]"
                if not isinstance(item, dict) or "text" not in item or item.keys() - {"text", "blocks"}:
                    raise _fail(iat, "ต้องมี text และอาจมี blocks", "must have text and optionally blocks")
                _text(item["text"], f"{iat}.text")
                validate_blocks(item.get("blocks", []), f"{iat}.blocks")
        elif kind == "table":
            header, rows = block["header"], block["rows"]
            if not isinstance(header, list) or not header:
                raise _fail(f"{at}.header", "ต้องมีหัวตารางอย่างน้อยหนึ่งช่อง", "must list at least one column")
            for k, cell in enumerate(header):
                _text(cell, f"{at}.header[{k}]")
            if not isinstance(rows, list):
                raise _fail(f"{at}.rows", "ต้องเป็นรายการของแถว", "must be a list of rows")
            for r, row in enumerate(rows):
                if not isinstance(row, list) or len(row) != len(header):
                    raise _fail(
                        f"{at}.rows[{r}]", f"ต้องมี {len(header)} ช่อง", f"must have {len(header)} cells"
                    )
                for k, cell in enumerate(row):
                    _text(cell, f"{at}.rows[{r}][{k}]")
            widths = block.get("widths")
            if widths is not None and (
                not isinstance(widths, list)
                or len(widths) != len(header)
                or not all(isinstance(w, int | float) and not isinstance(w, bool) and w > 0 for w in widths)
            ):
                raise _fail(
                    f"{at}.widths", "ต้องเป็นตัวเลขบวกหนึ่งค่าต่อคอลัมน์", "must be one positive number per column"
                )
        elif kind == "roster":
            if not isinstance(block["order"], str) or not block["order"]:
                raise _fail(f"{at}.order", "ต้องระบุเลขที่คำสั่ง", "must name the order number")
        elif kind == "virtues":
            _int(block["fiscal_year"], f"{at}.fiscal_year", 2400)
        elif kind == "plan":
            _int(block["fiscal_year"], f"{at}.fiscal_year", 2400)
            _int(block["version"], f"{at}.version", 1)
            if block["view"] not in PLAN_VIEWS:
                raise _fail(f"{at}.view", "มุมมองแผนไม่ถูกต้อง", f"must be one of {', '.join(PLAN_VIEWS)}")
        elif kind == "report":
            _int(block["fiscal_year"], f"{at}.fiscal_year", 2400)
            _int(block["version"], f"{at}.version", 1)
            months = block["months"]
            if not isinstance(months, int) or isinstance(months, bool) or months not in REPORT_MONTHS:
                raise _fail(f"{at}.months", "รอบรายงานต้องเป็น 3 6 9 หรือ 12 เดือน", "must be 3, 6, 9 or 12")


def list_label(style: str, number: int, prefix: str = "") -> str:
    """The label of a list item in Arabic digits ("4.1", "1)"); callers convert digits for print."""
    core = f"{prefix}{number}"
    if style == "decimal":
        return f"{core}." if not prefix else core
    if style == "paren":
        return f"{core})"
    if style == "dash":
        return "-"
    return "•"


def plain_text_of_blocks(blocks: list[dict[str, Any]]) -> list[str]:
    """Every piece of running text in the blocks, in reading order, without markup (for search)."""
    out: list[str] = []
    for block in blocks:
        kind = block["type"]
        if kind == "paragraph":
            out.append(markup.plain_text(block["text"]))
        elif kind == "list":
            for item in block["items"]:
                out.append(markup.plain_text(item["text"]))
                out.extend(plain_text_of_blocks(item.get("blocks", [])))
        elif kind == "table":
            out.extend(markup.plain_text(c) for c in block["header"])
            out.extend(markup.plain_text(c) for row in block["rows"] for c in row)
    return out
