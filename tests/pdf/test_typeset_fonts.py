"""Fonts: locating and registering them, the shaping check, characters the font lacks."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from reportlab.lib.fonts import tt2ps
from reportlab.pdfbase import pdfmetrics

from ethicsdesk.errors import UserError
from ethicsdesk.pdf.typeset import (
    FontFamily,
    MissingGlyphError,
    check_shaping,
    fonts_dir,
    missing_glyphs,
    register_font_family,
)
from ethicsdesk.pdf.typeset import fonts as fonts_module


def test_fonts_dir_holds_sarabun() -> None:
    names = {p.name for p in fonts_dir().iterdir()}
    assert {
        "Sarabun-Regular.ttf",
        "Sarabun-Bold.ttf",
        "Sarabun-Italic.ttf",
        "Sarabun-BoldItalic.ttf",
    } <= names
    assert "OFL.txt" in names


def test_fonts_dir_in_a_pyinstaller_bundle(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert fonts_dir() == tmp_path / "fonts"


def test_sarabun_family_maps_bold_and_italic(sarabun: FontFamily) -> None:
    assert (sarabun.regular, sarabun.bold, sarabun.italic, sarabun.bold_italic) == (
        "Sarabun",
        "Sarabun-Bold",
        "Sarabun-Italic",
        "Sarabun-BoldItalic",
    )
    assert tt2ps("Sarabun", 1, 0) == "Sarabun-Bold"
    assert tt2ps("Sarabun", 1, 1) == "Sarabun-BoldItalic"
    for name in (sarabun.regular, sarabun.bold, sarabun.italic, sarabun.bold_italic):
        assert pdmetrics_shapable(name)


def pdmetrics_shapable(name: str) -> bool:
    return bool(pdfmetrics.getFont(name).shapable)


def test_user_family_with_only_a_regular_file(sarabun: FontFamily) -> None:
    family = register_font_family("UserThai", fonts_dir() / "Sarabun-Regular.ttf")
    assert family.bold == family.italic == family.bold_italic == "UserThai"
    assert register_font_family("UserThai", fonts_dir() / "Sarabun-Regular.ttf") == family
    check_shaping("UserThai")


def test_user_family_with_bold(sarabun: FontFamily) -> None:
    family = register_font_family(
        "UserThai2", fonts_dir() / "Sarabun-Regular.ttf", bold=fonts_dir() / "Sarabun-Bold.ttf"
    )
    assert family.font_for(bold=True) == "UserThai2-Bold"
    assert family.font_for(bold=True, italic=True) == "UserThai2-BoldItalic"
    assert family.font_for(italic=True) == "UserThai2"


def test_missing_font_file_is_a_user_error(tmp_path: Path) -> None:
    with pytest.raises(UserError) as err:
        register_font_family("Nope", tmp_path / "nope.ttf")
    assert "nope.ttf" in err.value.en and "ไม่พบไฟล์ฟอนต์" in err.value.th


def test_unusable_font_file_is_a_user_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.ttf"
    bad.write_bytes(b"this is not a font" * 10)
    with pytest.raises(UserError) as err:
        register_font_family("Bad", bad)
    assert "TrueType" in err.value.en


def test_shaping_check_refuses_an_unshaped_font(sarabun: FontFamily) -> None:
    family = register_font_family("NoShaping", fonts_dir() / "Sarabun-Regular.ttf")
    font = pdfmetrics.getFont("NoShaping")
    font.shapable = False
    try:
        with pytest.raises(UserError) as err:
            check_shaping("NoShaping")
        assert "tone marks" in err.value.en
    finally:
        font.shapable = True
    assert family.regular == "NoShaping"


def test_shaping_check_refuses_without_uharfbuzz(
    monkeypatch: pytest.MonkeyPatch, sarabun: FontFamily
) -> None:
    monkeypatch.setitem(sys.modules, "uharfbuzz", None)
    with pytest.raises(UserError) as err:
        check_shaping()
    assert "uharfbuzz" in err.value.en


def test_shaping_check_refuses_when_the_probe_is_not_shaped(
    monkeypatch: pytest.MonkeyPatch, sarabun: FontFamily
) -> None:
    monkeypatch.setattr(fonts_module, "shapeStr", lambda text, *args, **kwargs: text)
    with pytest.raises(UserError):
        check_shaping()


def test_unregistered_family_is_a_user_error() -> None:
    with pytest.raises(UserError):
        check_shaping("NoSuchFamily")


@pytest.mark.parametrize(
    ("text", "missing"),
    [
        ("การประชุม ครั้งที่ ๑/๒๕๖๕ (DIProm) 100% ←→ “ก”", []),
        ("ขอบคุณ 😀 ครับ 👍", ["😀", "👍"]),
        ("นิต\u17b7กร", ["\u17b7"]),  # Khmer vowel sign i, pasted from a PDF instead of Thai ิ
        ("ເລກ", ["ເ", "ລ", "ກ"]),  # Lao lookalikes
        ("ก\ue000ข", ["\ue000"]),  # private use: shaping maps glyph variants there
        ("ก\u0007ข", ["\u0007"]),
        ("ก ↔ ข", ["↔"]),
        ("ก\tข\nค", []),
    ],
)
def test_missing_glyphs(sarabun: FontFamily, text: str, missing: list[str]) -> None:
    assert missing_glyphs(text, sarabun.regular) == missing


def test_missing_glyph_error_names_the_characters() -> None:
    err = MissingGlyphError("Sarabun", ["\u17b7", "😀"], "นิต\u17b7กร")
    assert "U+17B7 KHMER VOWEL SIGN I" in err.en and "Khmer script that looks like Thai" in err.en
    assert "U+1F600" in err.en and "emoji" in err.en
    assert "อักษรเขมร" in err.th and "อีโมจิ" in err.th
    assert "นิต\u17b7กร" in err.th
