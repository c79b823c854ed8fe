"""Printing the minutes and the plan.

The builders are ``ethicsdesk.printing.minutes_pdf(services, meeting_id, path)`` and
``plan_pdf(services, version_id, path)``; ``print_document`` runs one on the background thread (a
long Thai document takes a noticeable moment to lay out) and shows the PDF in the print preview
(preview.py), from which the user prints or saves it; without QtPdf, in the system's PDF viewer. If a builder cannot be imported, the action says so calmly.
"""

from __future__ import annotations

import importlib
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

#: kind -> (module, function) expected from the PDF package.
BUILDERS = {
    "minutes": ("ethicsdesk.printing", "minutes_pdf"),
    "plan": ("ethicsdesk.printing", "plan_pdf"),
}


def find_builder(kind: str) -> Callable[..., Any] | None:
    module_name, attr = BUILDERS[kind]
    try:
        module = importlib.import_module(module_name)
    except ImportError:
        return None
    builder = getattr(module, attr, None)
    return builder if callable(builder) else None


def not_available(parent: QWidget) -> QMessageBox:
    box = QMessageBox(parent)
    box.setObjectName("printNotAvailable")
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(QCoreApplication.translate("Printing", "Printing"))
    box.setText(QCoreApplication.translate("Printing", "Printing is not available yet."))
    box.setInformativeText(
        QCoreApplication.translate(
            "Printing",
            "The minutes and the action plan will print as PDF documents in a coming version. "
            "Everything you have entered is saved.",
        )
    )
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.button(QMessageBox.StandardButton.Ok).setText(QCoreApplication.translate("Printing", "OK"))
    box.open()
    return box


def open_pdf(path: Path) -> None:
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def title_of(name: str) -> str:
    """What the preview window calls a document."""
    if name == "minutes":
        return QCoreApplication.translate("Printing", "Minutes")
    if name == "plan":
        return QCoreApplication.translate("Printing", "Action plan")
    return QCoreApplication.translate("Printing", "Progress report")


def show_pdf(window: Any, path: Path, title: str) -> None:
    """The print preview inside the program (QtPdf), or the system's PDF viewer when QtPdf is missing."""
    from ethicsdesk.gui import preview

    if not preview.available():
        open_pdf(path)
        return
    dialog = preview.PreviewDialog(path, title, window.ctx.lang, window)
    window.dialog = dialog
    dialog.show()


def print_document(window: Any, kind: str, *args: object) -> QMessageBox | None:
    """Build the document off the window's thread and open it; say calmly when that is not possible yet."""
    builder = find_builder(kind)
    if builder is None:
        return not_available(window)
    build_and_open(window, builder, kind, *args)
    return None


def build_and_open(window: Any, builder: Callable[..., Any], name: str, *args: object) -> Path:
    """Run ``builder(services, *args, path)`` on the window's background thread, then open the PDF."""
    target = Path(tempfile.mkdtemp(prefix="ethicsdesk-")) / f"{name}.pdf"
    ctx = window.ctx
    ctx.say(QCoreApplication.translate("Printing", "Preparing the document…"))

    def done(_result: object) -> None:
        ctx.say(QCoreApplication.translate("Printing", "The document is ready: {path}").format(path=target))
        show_pdf(window, target, title_of(name))

    def failed(exc: BaseException) -> None:
        from ethicsdesk.errors import UserError

        if isinstance(exc, UserError):
            ctx.report(exc)
        else:
            ctx.report_bug(exc)

    window.background.run(lambda: builder(ctx.services, *args, target), done, failed)
    return target
