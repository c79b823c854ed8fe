"""The inline markup of Thai paragraphs: ``<b>``, ``<i>``, ``<u>`` (nested freely) and the escapes
``&amp; &lt; &gt;``. Anything else that looks like a tag is an error, so unescaped user text is caught."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ethicsdesk.errors import ValidationError

from .breaking import normalize_text

_TOKEN_RE = re.compile(r"<(/?)([a-zA-Z]*)\s*>|&(amp|lt|gt);|[^<&]+|[<&]")
_ENTITIES = {"amp": "&", "lt": "<", "gt": ">"}
_TAGS = ("b", "i", "u")


@dataclass(frozen=True, slots=True)
class Span:
    """Characters ``start:end`` of a paragraph's text, in one style."""

    start: int
    end: int
    bold: bool = False
    italic: bool = False
    underline: bool = False


@dataclass(frozen=True, slots=True)
class StyledText:
    """Normalised text (see :func:`normalize_text`) and its style spans, covering it in order."""

    text: str
    spans: tuple[Span, ...]

    def slice(self, a: int, b: int) -> StyledText:
        spans = tuple(
            Span(max(s.start, a) - a, min(s.end, b) - a, s.bold, s.italic, s.underline)
            for s in self.spans
            if s.end > a and s.start < b
        )
        return StyledText(self.text[a:b], spans)

    def replace_chars(self, chars: set[str], by: str) -> StyledText:
        """Each character in ``chars`` replaced by the single character ``by``."""
        text = "".join(by if c in chars else c for c in self.text)
        return StyledText(text, self.spans)


def escape(text: str) -> str:
    """Plain text as markup."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _bad(th: str, en: str, markup: str) -> ValidationError:
    return ValidationError(f"{th}: «{markup[:80]}»", f"{en}: «{markup[:80]}»")


def parse_markup(markup: str) -> StyledText:
    """Parse markup into normalised text and spans; white space collapses across tags, ends trimmed."""
    pieces: list[tuple[str, tuple[bool, bool, bool]]] = []
    open_tags: list[str] = []
    for m in _TOKEN_RE.finditer(markup):
        closing, tag, entity = m.group(1), m.group(2), m.group(3)
        if tag is not None:
            tag = tag.lower()
            if tag not in _TAGS:
                raise _bad(f"ข้อความมีแท็กที่ไม่รู้จัก <{closing}{tag}>", f"Unknown tag <{closing}{tag}>", markup)
            if closing:
                if not open_tags or open_tags[-1] != tag:
                    raise _bad(f"แท็ก </{tag}> ไม่มีคู่เปิด", f"Tag </{tag}> closes nothing", markup)
                open_tags.pop()
            else:
                open_tags.append(tag)
            continue
        if m.group() == "<":
            raise _bad("มีเครื่องหมาย < ที่ไม่ใช่แท็ก (ใช้ &lt;)", "A '<' that is not a tag (write &lt;)", markup)
        text = _ENTITIES[entity] if entity else m.group()
        pieces.append((text, ("b" in open_tags, "i" in open_tags, "u" in open_tags)))
    if open_tags:
        raise _bad(f"แท็ก <{open_tags[-1]}> ไม่ได้ปิด", f"Tag <{open_tags[-1]}> is not closed", markup)
    return _join(pieces)


def plain(text: str, *, bold: bool = False, italic: bool = False, underline: bool = False) -> StyledText:
    """Plain text (no markup) in one style."""
    return _join([(text, (bold, italic, underline))])


def _join(pieces: list[tuple[str, tuple[bool, bool, bool]]]) -> StyledText:
    text = ""
    spans: list[Span] = []
    for raw, flags in pieces:
        piece = normalize_text(raw)
        if piece.startswith(" ") and (not text or text.endswith(" ")):
            piece = piece[1:]
        if not piece:
            continue
        last = spans[-1] if spans else None
        if last and (last.bold, last.italic, last.underline) == flags:
            spans[-1] = Span(last.start, last.end + len(piece), *flags)
        else:
            spans.append(Span(len(text), len(text) + len(piece), *flags))
        text += piece
    styled = StyledText(text, tuple(spans))
    if text.endswith(" "):
        styled = styled.slice(0, len(text) - 1)
    return styled
