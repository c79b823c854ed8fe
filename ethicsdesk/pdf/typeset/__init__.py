"""Thai typesetting for ReportLab: fonts, word breaking, shaping, justification, exact copy-out.

Use:

- at start-up: ``register_sarabun()`` then ``check_shaping()`` (raises ``UserError`` rather than print
  wrong tone marks); ``preload()`` in a worker thread loads the word lists (about 0.05 s) before the first
  print;
- paragraphs: ``ThaiParagraph(markup, ThaiParagraphStyle(...))`` in any platypus story (``<b> <i> <u>``,
  ``&amp; &lt; &gt;``; ``ThaiParagraph.plain(text)`` for plain text); tables: ``thai_table(rows, widths)``;
- single lines (headers, signature block): ``draw_text_line``; page numbers: ``draw_page_number`` from
  ``onLaterPages``;
- pass ``initialFontName=SARABUN`` to the doc template, or every page names an unembedded Helvetica;
- a character the font lacks raises ``MissingGlyphError`` (Thai and English message naming it, with a
  hint for Khmer/Lao lookalikes and emoji), or prints ``style.replace_missing`` instead.
"""

from .atoms import break_positions
from .breaking import clusters, normalize_text, preload
from .fonts import (
    SARABUN,
    FontFamily,
    MissingGlyphError,
    check_shaping,
    fonts_dir,
    get_family,
    missing_glyphs,
    register_font_family,
    register_sarabun,
)
from .layout import Align
from .markup import escape, parse_markup
from .paragraph import ThaiParagraph, ThaiParagraphStyle
from .render import draw_page_number, draw_text_line, page_label, text_width
from .tables import content_widths, thai_table
from .widths import shorter_widths, shortest_widths

__all__ = [
    "SARABUN",
    "Align",
    "FontFamily",
    "MissingGlyphError",
    "ThaiParagraph",
    "ThaiParagraphStyle",
    "break_positions",
    "check_shaping",
    "clusters",
    "content_widths",
    "draw_page_number",
    "draw_text_line",
    "escape",
    "fonts_dir",
    "get_family",
    "missing_glyphs",
    "normalize_text",
    "page_label",
    "parse_markup",
    "preload",
    "register_font_family",
    "register_sarabun",
    "shorter_widths",
    "shortest_widths",
    "text_width",
    "thai_table",
]
