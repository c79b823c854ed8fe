"""Fonts for Thai PDFs: where the bundled Sarabun lives, registering a family, checking that shaping works
and that the font has every character it is asked to draw."""

from __future__ import annotations

import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from weakref import WeakKeyDictionary

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import ShapedStr, TTFont, shapeStr

from ethicsdesk.errors import UserError

SARABUN = "Sarabun"
_SARABUN_FILES = {
    "regular": "Sarabun-Regular.ttf",
    "bold": "Sarabun-Bold.ttf",
    "italic": "Sarabun-Italic.ttf",
    "bold_italic": "Sarabun-BoldItalic.ttf",
}
SHAPING_PROBE = "ที่"
"""ท + sara ii + mai ek: a correct font moves or swaps the tone mark above the vowel."""


def fonts_dir() -> Path:
    """The folder of the bundled fonts: ``fonts/`` at the repository root, or inside a PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "fonts"
    return Path(__file__).resolve().parents[3] / "fonts"


@dataclass(frozen=True, slots=True)
class FontFamily:
    """ReportLab font names of a registered family (one TTF per style)."""

    name: str
    regular: str
    bold: str
    italic: str
    bold_italic: str

    def font_for(self, bold: bool = False, italic: bool = False) -> str:
        if bold and italic:
            return self.bold_italic
        if bold:
            return self.bold
        return self.italic if italic else self.regular


_families: dict[str, FontFamily] = {}
_registered_files: dict[str, Path] = {}


def _register_ttf(font_name: str, path: Path) -> None:
    path = path.resolve()
    if _registered_files.get(font_name) == path:
        return
    if not path.is_file():
        raise UserError(f"ไม่พบไฟล์ฟอนต์: {path}", f"Font file not found: {path}")
    try:
        font = TTFont(font_name, str(path))
    except Exception as exc:  # ReportLab raises TTFError, struct.error, … for unusable files
        raise UserError(
            f"ใช้ไฟล์ฟอนต์ {path.name} ไม่ได้ (ต้องเป็นฟอนต์ TrueType .ttf): {exc}",
            f"Cannot use the font file {path.name} (a TrueType .ttf font is needed): {exc}",
        ) from exc
    pdfmetrics.registerFont(font)
    _registered_files[font_name] = path
    from ethicsdesk.pdf.typeset.shaping import clear_caches

    clear_caches()


def register_font_family(
    family: str,
    regular: Path,
    bold: Path | None = None,
    italic: Path | None = None,
    bold_italic: Path | None = None,
) -> FontFamily:
    """Register a TTF family under ``family`` so that ``<b>``/``<i>`` pick the right file.

    A missing bold or italic file falls back to the regular one (bold italic to bold, then italic).
    Registering the same files again does nothing; other files under the same name replace them.
    """
    paths = {"": regular, "-Bold": bold, "-Italic": italic, "-BoldItalic": bold_italic or bold or italic}
    names: dict[str, str] = {}
    for suffix, path in paths.items():
        if path is None:
            names[suffix] = family
            continue
        names[suffix] = family + suffix
        _register_ttf(names[suffix], Path(path))
    fam = FontFamily(family, names[""], names["-Bold"], names["-Italic"], names["-BoldItalic"])
    pdfmetrics.registerFontFamily(
        family, normal=fam.regular, bold=fam.bold, italic=fam.italic, boldItalic=fam.bold_italic
    )
    _families[family] = fam
    return fam


def register_sarabun(folder: Path | None = None) -> FontFamily:
    """Register the bundled Sarabun family (OFL) as ``Sarabun``, ``Sarabun-Bold`` … and return it."""
    folder = folder or fonts_dir()
    files = {style: folder / name for style, name in _SARABUN_FILES.items()}
    return register_font_family(SARABUN, **files)


def get_family(family: str) -> FontFamily:
    """The registered family called ``family``; Sarabun is registered on first use."""
    if family not in _families:
        if family == SARABUN:
            return register_sarabun()
        raise UserError(f"ยังไม่ได้ลงทะเบียนฟอนต์ {family}", f"The font family {family} is not registered")
    return _families[family]


def _ttfont(font: str | TTFont) -> TTFont:
    if isinstance(font, TTFont):
        return font
    if font not in pdfmetrics.getRegisteredFontNames():
        if font.startswith(SARABUN):
            register_sarabun()
        else:
            raise UserError(f"ยังไม่ได้ลงทะเบียนฟอนต์ {font}", f"The font {font} is not registered")
    f = pdfmetrics.getFont(font)
    if not isinstance(f, TTFont):
        raise UserError(
            f"ฟอนต์ {font} ไม่ใช่ฟอนต์ TrueType จึงพิมพ์ภาษาไทยไม่ได้",
            f"The font {font} is not a TrueType font and cannot print Thai",
        )
    return f


def check_shaping(family: str = SARABUN) -> None:
    """Refuse to print if Thai would come out with wrong glyphs (run at start-up, and before printing).

    Checks that uharfbuzz is importable, that every font of the family is shapable, and shapes ที่ through
    ReportLab's own path: the tone mark must be moved (GPOS offset) or swapped (GSUB) above the vowel.
    """
    try:
        import uharfbuzz  # noqa: F401
    except ImportError as exc:
        raise UserError(
            "โปรแกรมขาดส่วนจัดรูปอักษรไทย (uharfbuzz) จึงพิมพ์วรรณยุกต์ผิดตำแหน่ง ติดตั้งโปรแกรมใหม่",
            "The Thai shaping engine (uharfbuzz) is missing: tone marks would print in the wrong place. "
            "Reinstall the program.",
        ) from exc
    fam = get_family(family)
    for name in {fam.regular, fam.bold, fam.italic, fam.bold_italic}:
        font = _ttfont(name)
        shaped = shapeStr(SHAPING_PROBE, name, 16) if font.shapable else SHAPING_PROBE
        data = getattr(shaped, "__shapeData__", None) if isinstance(shaped, ShapedStr) else None
        moved = data is not None and (
            str(shaped) != SHAPING_PROBE or any(d.x_offset or d.y_offset for d in data)
        )
        if not moved:
            raise UserError(
                f"ฟอนต์ {name} จัดรูปอักษรไทยไม่ได้ (วรรณยุกต์จะพิมพ์ทับสระ) จึงไม่พิมพ์เอกสาร"
                " ใช้ฟอนต์ Sarabun หรือฟอนต์ OpenType ภาษาไทย",
                f"The font {name} does not shape Thai (tone marks would overprint the vowels), so nothing "
                "is printed. Use Sarabun or another Thai OpenType font.",
            )


_IGNORED = frozenset(" \t\n\r\f\v")


def missing_glyphs(text: str, font: str | TTFont) -> list[str]:
    """The distinct characters of ``text`` that ``font`` cannot draw, in order of appearance.

    White space is ignored (it is collapsed before printing). Private-use code points always count as
    missing: shaping maps glyph variants onto them, so they would print as some random Thai mark.
    """
    ttf = _ttfont(font)
    drawable = _drawable.get(ttf)
    if drawable is None:
        drawable = _drawable[ttf] = set(_IGNORED)
    if drawable.issuperset(text):  # every paragraph is checked: most have only characters seen before
        return []
    cmap = ttf.face.charToGlyph
    missing: list[str] = []
    for ch in dict.fromkeys(text):
        if ch in drawable:
            continue
        if ord(ch) not in cmap or unicodedata.category(ch) in ("Co", "Cc", "Cs"):
            missing.append(ch)
        else:
            drawable.add(ch)
    return missing


_drawable: WeakKeyDictionary[TTFont, set[str]] = WeakKeyDictionary()
"""Per loaded font, the characters found drawable so far (and white space)."""


_LOOKALIKE_SCRIPTS = {"KHMER": "เขมร/Khmer", "LAO": "ลาว/Lao", "MYANMAR": "พม่า/Myanmar"}


def describe_char(ch: str) -> tuple[str, str]:
    """A Thai and an English description of a character for an error message."""
    name = unicodedata.name(ch, "")
    code = f"U+{ord(ch):04X}"
    label = f"'{ch}' {code} {name}".rstrip()
    for script, both in _LOOKALIKE_SCRIPTS.items():
        if name.startswith(script):
            th, en = both.split("/")
            return (
                f"{label} (อักษร{th} หน้าตาคล้ายอักษรไทย พิมพ์ใหม่ด้วยแป้นพิมพ์ภาษาไทย)",
                f"{label} ({en} script that looks like Thai: retype it with a Thai keyboard)",
            )
    if unicodedata.category(ch) == "So" or 0x1F000 <= ord(ch) <= 0x1FAFF:
        return f"{label} (อีโมจิหรือสัญลักษณ์พิมพ์ไม่ได้)", f"{label} (emoji and pictographs cannot be printed)"
    return label, label


class MissingGlyphError(UserError):
    """Text holds characters the font cannot draw; printing them would give empty boxes."""

    def __init__(self, font: str, chars: list[str], context: str = "") -> None:
        th_parts, en_parts = zip(*(describe_char(c) for c in chars), strict=True)
        where_th = f" ในข้อความ «{context}»" if context else ""
        where_en = f" in «{context}»" if context else ""
        super().__init__(
            f"ฟอนต์ {font} ไม่มีตัวอักษรต่อไปนี้{where_th} จึงพิมพ์ไม่ได้: " + "; ".join(th_parts),
            f"The font {font} has no glyph for these characters{where_en}: " + "; ".join(en_parts),
        )
        self.font = font
        self.chars = chars
