"""The inline markup of Thai paragraphs: ``<b>``, ``<i>``, ``<u>`` and the escapes ``&amp; &lt; &gt;``
(ethicsdesk.domain.markup's grammar), as normalised text with style spans. Anything else that looks
like a tag, and a bare ``<``, ``>`` or ``&``, is an error, so unescaped user text is caught."""

from __future__ import annotations

from dataclasses import dataclass

from ethicsdesk.domain.markup import escape, parse

from .breaking import normalize_text

__all__ = ["Span", "StyledText", "escape", "parse_markup", "plain"]


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


def parse_markup(markup: str) -> StyledText:
    """Parse markup into normalised text and spans; white space collapses across tags, ends trimmed.

    The grammar is the one stored text is checked with (ethicsdesk.domain.markup), a tag allowed
    inside itself: one parser, so what the record accepts is what prints."""
    return _join([(r.text, (r.bold, r.italic, r.underline)) for r in parse(markup, nesting=True)])


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
