"""The bundled Thai font and a style that leaves room for Thai marks.

Sarabun's declared ascent and descent are tight: the marks above (ิ ์ ั้) and the vowels below
(ุ ู under ฎ/ฏ) reach well outside them, so a widget sized from the font metrics alone clips them.
Every control here is given the measured extra room, above and below.
"""

from __future__ import annotations

import functools

from PySide6.QtCore import QSize
from PySide6.QtGui import QFont, QFontDatabase, QFontInfo, QFontMetrics
from PySide6.QtWidgets import QApplication, QLabel, QProxyStyle, QStyle, QStyleFactory, QStyleOption, QWidget

from ethicsdesk.resources import fonts_dir

FAMILY = "Sarabun"
DEFAULT_POINT_SIZE = 11
#: Letters whose marks reach furthest above and below the line (measured on Sarabun).
THAI_PROBE = "ฤทธิ์ ปั้น ฎุ ฏู ญู น้ำ ที่"

_ROOMY = {
    QStyle.ContentsType.CT_LineEdit,
    QStyle.ContentsType.CT_ComboBox,
    QStyle.ContentsType.CT_PushButton,
    QStyle.ContentsType.CT_SpinBox,
    QStyle.ContentsType.CT_TabBarTab,
    QStyle.ContentsType.CT_HeaderSection,
    QStyle.ContentsType.CT_MenuItem,
    QStyle.ContentsType.CT_MenuBarItem,
    QStyle.ContentsType.CT_CheckBox,
    QStyle.ContentsType.CT_RadioButton,
    QStyle.ContentsType.CT_ToolButton,
    QStyle.ContentsType.CT_ItemViewItem,
    QStyle.ContentsType.CT_GroupBox,
}


_loaded: list[str] = []


def load_fonts() -> str:
    """Register the bundled Sarabun faces once; return the family name ("" when none could be loaded)."""
    if _loaded:
        return _loaded[0]
    family = ""
    for path in sorted(fonts_dir().glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0 and not family:
            families = QFontDatabase.applicationFontFamilies(font_id)
            family = families[0] if families else ""
    if family:
        _loaded.append(family)
    return family


def ui_font(point_size: int = DEFAULT_POINT_SIZE) -> QFont:
    font = QFont(FAMILY, point_size)
    font.setStyleStrategy(QFont.StyleStrategy.PreferAntialias)
    return font


@functools.lru_cache(maxsize=8)
def _room(family: str, pixel_size: int) -> tuple[int, int]:
    font = QFont(family)
    font.setPixelSize(pixel_size)
    fm = QFontMetrics(font)
    ink = fm.tightBoundingRect(THAI_PROBE)
    above = max(0, -ink.top() - fm.ascent())
    below = max(0, ink.bottom() - fm.descent())
    return above + 2, below + 2


def thai_room(font: QFont | None = None) -> tuple[int, int]:
    """Extra pixels that Thai marks need above and below a line of ``font`` (the application font)."""
    font = font or QApplication.font()
    return _room(font.family(), max(1, QFontInfo(font).pixelSize()))


def row_height(font: QFont | None = None) -> int:
    """Height of one line of text in a table or tree row, marks included."""
    font = font or QApplication.font()
    above, below = thai_room(font)
    return QFontMetrics(font).height() + 2 * max(above, below) + 4


class RoomyStyle(QProxyStyle):
    """Fusion, with every text control made taller by the room Thai marks need (text stays centred)."""

    def __init__(self) -> None:
        super().__init__(QStyleFactory.create("Fusion"))

    def sizeFromContents(
        self, ct: QStyle.ContentsType, opt: QStyleOption, size: QSize, widget: QWidget
    ) -> QSize:
        result = super().sizeFromContents(ct, opt, size, widget)
        if ct == QStyle.ContentsType.CT_MenuItem and "\t" in str(getattr(opt, "text", "")):
            # Fusion reserves the shortcut's width but no gap before it: the widest item's text then
            # runs into its shortcut ("…ข้อ ๑Ctrl+Z"). Two ems keep the columns apart.
            font = widget.font() if widget is not None else QApplication.font()
            result.setWidth(result.width() + 2 * QFontMetrics(font).horizontalAdvance("M"))
        if ct in _ROOMY:
            font = widget.font() if widget is not None else QApplication.font()
            above, below = thai_room(font)
            result.setHeight(result.height() + 2 * max(above, below))
        return result

    def polish(self, arg: object) -> object:  # type: ignore[override]
        """Labels are not sized by the style: give each one margins for the marks instead."""
        result = super().polish(arg)  # type: ignore[arg-type]
        if isinstance(arg, QLabel) and arg.contentsMargins().top() == 0:
            above, below = thai_room(arg.font())
            arg.setContentsMargins(0, above, 0, below)
        return result


def apply_style(app: QApplication, point_size: int = DEFAULT_POINT_SIZE) -> None:
    load_fonts()
    app.setFont(ui_font(point_size))
    app.setStyle(RoomyStyle())
