"""File → Open a database on a server: host, port, database, user; the password is asked each time.

The password is kept only in the operating system's keyring (Windows Credential Manager, macOS Keychain,
the Secret Service on Linux) and only when the user ticks the box; never in the settings file. The
optional ``keyring`` package talks to it; without it (or without a keyring) the box is unavailable.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QCheckBox, QLineEdit, QSpinBox, QWidget

from ethicsdesk.errors import UserError
from ethicsdesk.gui.widgets.dialogs import FormDialog
from ethicsdesk.storage.location import ServerLocation

KEYRING_SERVICE = "EthicsDesk"
_FIELDS = ("host", "port", "database", "user")


def _keyring() -> Any | None:
    """The keyring module when it is installed and has a usable backend, else None."""
    import importlib

    try:  # optional: not a dependency of the program (the bundle has no room for it yet)
        keyring = importlib.import_module("keyring")
        fail = importlib.import_module("keyring.backends.fail")
    except ImportError:
        return None
    try:
        if isinstance(keyring.get_keyring(), fail.Keyring):
            return None
    except Exception:
        return None
    return keyring


class ServerDialog(FormDialog):
    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Open a database on a server"), parent)
        self.settings = settings
        self.host = QLineEdit(str(settings.value("server/host", "") or ""))
        self.host.setPlaceholderText("dbserver.example.go.th")
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(int(str(settings.value("server/port", 5432) or 5432)))
        self.database = QLineEdit(str(settings.value("server/database", "") or ""))
        self.user = QLineEdit(str(settings.value("server/user", "") or ""))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self.tr("Keep the password in this computer's keyring"))
        self.keyring = _keyring()
        if self.keyring is None:
            self.remember.setEnabled(False)
            self.remember.setToolTip(self.tr("No keyring is available on this computer"))
        self.form.addRow(self.tr("Server"), self.host)
        self.form.addRow(self.tr("Port"), self.port)
        self.form.addRow(self.tr("Database"), self.database)
        self.form.addRow(self.tr("User"), self.user)
        self.form.addRow(self.tr("Password"), self.password)
        self.form.addRow("", self.remember)
        for field in (self.host, self.database, self.user):
            field.editingFinished.connect(self._fill_password)
        self._fill_password()

    def _account(self) -> str:
        return self._location().display

    def _location(self) -> ServerLocation:
        from urllib.parse import quote

        user = quote(self.user.text().strip(), safe="")
        database = quote(self.database.text().strip(), safe="")
        host = self.host.text().strip()
        return ServerLocation(f"postgresql+psycopg://{user}@{host}:{self.port.value()}/{database}")

    def _fill_password(self) -> None:
        if self.keyring is None or self.password.text() or not self.user.text().strip():
            return
        try:
            stored = self.keyring.get_password(KEYRING_SERVICE, self._account())
        except Exception:
            return
        if stored:
            self.password.setText(stored)
            self.remember.setChecked(True)

    def location(self) -> ServerLocation:
        """The address typed, with the password; refused when a part is missing."""
        if not self.host.text().strip() or not self.database.text().strip() or not self.user.text().strip():
            raise UserError(
                "กรุณากรอกชื่อเครื่องเซิร์ฟเวอร์ ชื่อฐานข้อมูล และชื่อผู้ใช้",
                "Please fill in the server, the database and the user",
            )
        location = self._location()
        return location.with_password(self.password.text()) if self.password.text() else location

    def remember_choice(self) -> None:
        """After a successful opening: the address in the settings, the password in the keyring if ticked
        (and taken out of it if not); never the password in the settings."""
        self.settings.setValue("server/host", self.host.text().strip())
        self.settings.setValue("server/port", self.port.value())
        self.settings.setValue("server/database", self.database.text().strip())
        self.settings.setValue("server/user", self.user.text().strip())
        self.settings.sync()
        if self.keyring is None:
            return
        try:
            if self.remember.isChecked() and self.password.text():
                self.keyring.set_password(KEYRING_SERVICE, self._account(), self.password.text())
            elif self.keyring.get_password(KEYRING_SERVICE, self._account()) is not None:
                self.keyring.delete_password(KEYRING_SERVICE, self._account())
        except Exception:  # a keyring that refuses: the password is simply asked next time
            return
