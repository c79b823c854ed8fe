"""The few WordprocessingML details python-docx does not expose, as small element helpers.

Word picks a run's font and size per character class: Thai letters are *complex script*, so they
take ``w:rFonts/@w:cs``, ``w:szCs``, ``w:bCs`` and ``w:iCs``; Latin letters and digits take
``@w:ascii``/``@w:hAnsi``, ``w:sz``, ``w:b`` and ``w:i``. A Thai document has to set both halves, or Thai
text comes out in another font, at another size, or not bold.
"""

from __future__ import annotations

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement

THAI = "th-TH"


def child(parent: BaseOxmlElement, tag: str, successors: tuple[str, ...] = ()) -> BaseOxmlElement:
    """The first ``tag`` child of ``parent``, created (before any of ``successors``) when missing."""
    found = parent.find(qn(tag))
    if found is not None:
        return found
    element = OxmlElement(tag)
    for name in successors:
        after = parent.find(qn(name))
        if after is not None:
            after.addprevious(element)
            return element
    parent.append(element)
    return element


def _set(element: BaseOxmlElement, **attrs: str) -> None:
    for key, value in attrs.items():
        element.set(qn(f"w:{key}"), value)


# Order of the rPr children that matter here (ECMA-376 CT_RPr sequence).
_RPR_ORDER = tuple(
    f"w:{name}"
    for name in [
        "rStyle",
        "rFonts",
        "b",
        "bCs",
        "i",
        "iCs",
        "caps",
        "smallCaps",
        "strike",
        "dstrike",
        "outline",
        "shadow",
        "emboss",
        "imprint",
        "noProof",
        "snapToGrid",
        "vanish",
        "webHidden",
        "color",
        "spacing",
        "w",
        "kern",
        "position",
        "sz",
        "szCs",
        "highlight",
        "u",
        "effect",
        "bdr",
        "shd",
        "fitText",
        "vertAlign",
        "rtl",
        "cs",
        "em",
        "lang",
        "eastAsianLayout",
        "specVanish",
        "oMath",
    ]
)
# Order of the pPr children (CT_PPr sequence).
_PPR_ORDER = tuple(
    f"w:{name}"
    for name in [
        "pStyle",
        "keepNext",
        "keepLines",
        "pageBreakBefore",
        "framePr",
        "widowControl",
        "numPr",
        "suppressLineNumbers",
        "pBdr",
        "shd",
        "tabs",
        "suppressAutoHyphens",
        "kinsoku",
        "wordWrap",
        "overflowPunct",
        "topLinePunct",
        "autoSpaceDE",
        "autoSpaceDN",
        "bidi",
        "adjustRightInd",
        "snapToGrid",
        "spacing",
        "ind",
        "contextualSpacing",
        "mirrorIndents",
        "suppressOverlap",
        "jc",
        "textDirection",
        "textAlignment",
        "textboxTightWrap",
        "outlineLvl",
        "divId",
        "cnfStyle",
        "rPr",
        "sectPr",
        "pPrChange",
    ]
)


def _ppr_child(ppr: BaseOxmlElement, tag: str) -> BaseOxmlElement:
    return child(ppr, tag, _PPR_ORDER[_PPR_ORDER.index(tag) + 1 :])


def _rpr_child(rpr: BaseOxmlElement, tag: str) -> BaseOxmlElement:
    return child(rpr, tag, _RPR_ORDER[_RPR_ORDER.index(tag) + 1 :])


def set_thai_font(rpr: BaseOxmlElement, font: str, size_pt: float | None = None) -> None:
    """Name ``font`` for every character class (no theme fonts: a theme attribute would win), set
    the size for Latin and complex script alike, and mark the complex-script language as Thai."""
    fonts = _rpr_child(rpr, "w:rFonts")
    for theme in ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme"):
        fonts.attrib.pop(qn(f"w:{theme}"), None)
    _set(fonts, ascii=font, hAnsi=font, eastAsia=font, cs=font)
    if size_pt is not None:
        half_points = str(round(size_pt * 2))
        _set(_rpr_child(rpr, "w:sz"), val=half_points)
        _set(_rpr_child(rpr, "w:szCs"), val=half_points)
    lang = _rpr_child(rpr, "w:lang")
    _set(lang, bidi=THAI)
    if lang.get(qn("w:val")) is None:
        _set(lang, val="en-US")


def set_emphasis(rpr: BaseOxmlElement, *, bold: bool = False, italic: bool = False) -> None:
    """Bold and italic for Latin (w:b, w:i) and Thai (w:bCs, w:iCs) text."""
    if bold:
        _rpr_child(rpr, "w:b")
        _rpr_child(rpr, "w:bCs")
    if italic:
        _rpr_child(rpr, "w:i")
        _rpr_child(rpr, "w:iCs")


def page_field(paragraph_element: BaseOxmlElement, rpr_source: BaseOxmlElement | None = None) -> None:
    """Append a PAGE field (begin, instruction, separator, placeholder, end) to a paragraph.

    No ``\\* ThaiArabic`` switch: LibreOffice 7.4 imports that switch as Thai *letters* (ก ข ค), while
    both Word and LibreOffice honour the section's page-number format (see :func:`set_page_numbers`).
    """
    parts: list[tuple[str, str | None]] = [
        ("begin", None),
        ("instr", " PAGE "),
        ("separate", None),
        ("text", "1"),
        ("end", None),
    ]
    for kind, text in parts:
        r = OxmlElement("w:r")
        if rpr_source is not None:
            r.append(_copy(rpr_source))
        if kind == "instr":
            e = OxmlElement("w:instrText")
            e.set(qn("xml:space"), "preserve")
            e.text = text
        elif kind == "text":
            e = OxmlElement("w:t")
            e.text = text
        else:
            e = OxmlElement("w:fldChar")
            _set(e, fldCharType=kind)
        r.append(e)
        paragraph_element.append(r)


def _copy(element: BaseOxmlElement) -> BaseOxmlElement:
    from copy import deepcopy

    return deepcopy(element)


# Order of the sectPr children after the header/footer references (CT_SectPr sequence).
_SECT_ORDER = (
    "w:footnotePr",
    "w:endnotePr",
    "w:type",
    "w:pgSz",
    "w:pgMar",
    "w:paperSrc",
    "w:pgBorders",
    "w:lnNumType",
    "w:pgNumType",
    "w:cols",
    "w:formProt",
    "w:vAlign",
    "w:noEndnote",
    "w:titlePg",
    "w:textDirection",
    "w:bidi",
    "w:rtlGutter",
    "w:docGrid",
)


def set_page_numbers(sect_pr: BaseOxmlElement, *, thai: bool) -> None:
    """Page numbers of the section in Thai digits (``thaiNumbers``) or 1, 2, 3 (``decimal``).

    Word shows a switch-less PAGE field in this format; LibreOffice 7.4 ignores ``thaiNumbers`` and
    shows Arabic digits (the right number in the wrong digits, rather than a Thai letter)."""
    element = child(sect_pr, "w:pgNumType", _SECT_ORDER[_SECT_ORDER.index("w:pgNumType") + 1 :])
    _set(element, fmt="thaiNumbers" if thai else "decimal")


# -- tables ----------------------------------------------------------------------------------------

_TCPR_ORDER = (
    "w:cnfStyle",
    "w:tcW",
    "w:gridSpan",
    "w:hMerge",
    "w:vMerge",
    "w:tcBorders",
    "w:shd",
    "w:noWrap",
    "w:tcMar",
    "w:textDirection",
    "w:tcFitText",
    "w:vAlign",
    "w:hideMark",
)


def shade_cell(tc_pr: BaseOxmlElement, fill: str) -> None:
    """A solid background (hex RGB) behind a table cell."""
    shd = child(tc_pr, "w:shd", _TCPR_ORDER[_TCPR_ORDER.index("w:shd") + 1 :])
    _set(shd, val="clear", color="auto", fill=fill)


_TBLPR_ORDER = (
    "w:tblStyle",
    "w:tblpPr",
    "w:tblOverlap",
    "w:bidiVisual",
    "w:tblStyleRowBandSize",
    "w:tblStyleColBandSize",
    "w:tblW",
    "w:jc",
    "w:tblCellSpacing",
    "w:tblInd",
    "w:tblBorders",
    "w:shd",
    "w:tblLayout",
    "w:tblCellMar",
    "w:tblLook",
    "w:tblCaption",
    "w:tblDescription",
)


def _tblpr_child(tbl_pr: BaseOxmlElement, tag: str) -> BaseOxmlElement:
    return child(tbl_pr, tag, _TBLPR_ORDER[_TBLPR_ORDER.index(tag) + 1 :])


def table_borders(tbl_pr: BaseOxmlElement, *, size_eighths: int = 4) -> None:
    """Single lines around and between every cell (``size_eighths`` in eighths of a point)."""
    borders = _tblpr_child(tbl_pr, "w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        _set(child(borders, f"w:{side}"), val="single", sz=str(size_eighths), space="0", color="000000")


def table_cell_margins(tbl_pr: BaseOxmlElement, *, left_twips: int, right_twips: int) -> None:
    margins = _tblpr_child(tbl_pr, "w:tblCellMar")
    _set(child(margins, "w:left"), w=str(left_twips), type="dxa")
    _set(child(margins, "w:right"), w=str(right_twips), type="dxa")


def table_fixed_layout(tbl_pr: BaseOxmlElement, width_twips: int) -> None:
    """Columns exactly as given (no autofit), the table ``width_twips`` wide."""
    _set(_tblpr_child(tbl_pr, "w:tblW"), w=str(width_twips), type="dxa")
    _set(_tblpr_child(tbl_pr, "w:tblLayout"), type="fixed")


def repeat_header(tr_pr: BaseOxmlElement) -> None:
    """Repeat this row at the top of each page the table runs onto."""
    child(tr_pr, "w:tblHeader")


def cant_split(tr_pr: BaseOxmlElement) -> None:
    child(tr_pr, "w:cantSplit", ("w:trHeight", "w:tblHeader"))


def paragraph_bottom_border(p_pr: BaseOxmlElement) -> None:
    """A line under the paragraph (the rule under the title block)."""
    borders = _ppr_child(p_pr, "w:pBdr")
    _set(child(borders, "w:bottom"), val="single", sz="6", space="1", color="000000")


def outline_level(p_pr: BaseOxmlElement, level: int) -> None:
    """Show the paragraph in Word's navigation pane at ``level`` (0 = top)."""
    _set(_ppr_child(p_pr, "w:outlineLvl"), val=str(level))
