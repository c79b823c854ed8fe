"""User preferences (QSettings, INI file in the user's config folder) and the settings dialog."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QComboBox, QSpinBox, QWidget

from ethicsdesk.gui.style import DEFAULT_POINT_SIZE
from ethicsdesk.gui.widgets.dialogs import FormDialog

ORGANISATION = "EthicsDesk"
APPLICATION = "EthicsDesk"


def app_settings() -> QSettings:
    """The settings file; tests point it elsewhere with QSettings.setPath before this is called."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, APPLICATION)


def stored_language(settings: QSettings, default: str) -> str:
    value = settings.value("ui/language", default)
    return value if value in ("th", "en") else default


def stored_point_size(settings: QSettings) -> int:
    try:
        value = int(str(settings.value("ui/point_size", DEFAULT_POINT_SIZE)))
    except ValueError:
        return DEFAULT_POINT_SIZE
    return min(20, max(9, value))


class SettingsDialog(FormDialog):
    """Language of the window (ภาษา) and the size of its text."""

    def __init__(self, settings: QSettings, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Settings"), parent)
        self.settings = settings
        self.language = QComboBox()
        self.language.addItem("ไทย", "th")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(0 if lang != "en" else 1)
        self.point_size = QSpinBox()
        self.point_size.setRange(9, 20)
        self.point_size.setValue(stored_point_size(settings))
        self.form.addRow(self.tr("Language"), self.language)
        self.form.addRow(self.tr("Text size (points)"), self.point_size)

    def chosen_language(self) -> str:
        return str(self.language.currentData())

    def save(self) -> None:
        self.settings.setValue("ui/language", self.chosen_language())
        self.settings.setValue("ui/point_size", self.point_size.value())
        self.settings.sync()
