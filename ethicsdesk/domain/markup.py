"""Inline markup of body text: <b>, <i>, <u> and the escapes &amp; &lt; &gt;, nothing else."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ethicsdesk.errors import ValidationError

_TOKEN = re.compile(r"<(/?)([biu])>|&(amp|lt|gt);|([<>&])")
_ENTITIES = {"amp": "&", "lt": "<", "gt": ">"}


@dataclass(frozen=True)
class Run:
    """A stretch of text in one style."""

    text: str
    bold: bool = False
    italic: bool = False
    underline: bool = False


def parse(markup: str, *, nesting: bool = False) -> list[Run]:
    """Split markup into styled runs; raise ValidationError on anything but well-nested b/i/u.

    ``nesting``: a tag may stand inside itself (``<b>… <b>…</b> …</b>``), as when a printed heading,
    set in bold, holds markup of its own; stored text never needs it."""
    runs: list[Run] = []
    open_tags: list[str] = []
    buf: list[str] = []
    pos = 0

    def flush() -> None:
        if buf:
            runs.append(Run("".join(buf), "b" in open_tags, "i" in open_tags, "u" in open_tags))
            buf.clear()

    for m in _TOKEN.finditer(markup):
        buf.append(markup[pos : m.start()])
        pos = m.end()
        closing, tag, entity, stray = m.groups()
        if entity:
            buf.append(_ENTITIES[entity])
        elif stray:
            raise ValidationError(
                f"ข้อความมีอักขระ «{stray}» ที่ตำแหน่ง {m.start() + 1} ซึ่งต้องเขียนเป็น &amp;, &lt; หรือ &gt;",
                f"The text has a bare «{stray}» at position {m.start() + 1}; write it as &amp;, &lt; or &gt;",
            )
        elif closing:
            if not open_tags or open_tags[-1] != tag:
                raise ValidationError(
                    f"ป้ายปิด </{tag}> ไม่ตรงกับป้ายเปิด ที่ตำแหน่ง {m.start() + 1}",
                    f"Closing tag </{tag}> does not match an open tag at position {m.start() + 1}",
                )
            flush()
            open_tags.pop()
        else:
            if tag in open_tags and not nesting:
                raise ValidationError(
                    f"ป้าย <{tag}> ซ้อนกันที่ตำแหน่ง {m.start() + 1}",
                    f"Tag <{tag}> nested inside itself at position {m.start() + 1}",
                )
            flush()
            open_tags.append(tag)
    buf.append(markup[pos:])
    if open_tags:
        raise ValidationError(f"ป้าย <{open_tags[-1]}> ไม่ได้ปิด", f"Tag <{open_tags[-1]}> is not closed")
    flush()
    return [r for r in runs if r.text]


def plain_text(markup: str) -> str:
    """The text without its styling."""
    return "".join(r.text for r in parse(markup))


def escape(text: str) -> str:
    """Plain text as markup."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def to_markup(runs: list[Run]) -> str:
    """The canonical markup of runs (the inverse of ``parse`` up to tag order)."""
    out: list[str] = []
    for r in runs:
        s = escape(r.text)
        if r.underline:
            s = f"<u>{s}</u>"
        if r.italic:
            s = f"<i>{s}</i>"
        if r.bold:
            s = f"<b>{s}</b>"
        out.append(s)
    return "".join(out)
