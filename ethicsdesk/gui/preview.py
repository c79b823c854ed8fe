"""Print preview inside the program: the PDF as it will print (QtPdf), then Print… or Save as….

QtPdf comes in the PySide6_Pdf wheel (pyside6-pdf). Without it, ``available()`` is False and the
documents open in the system's PDF viewer as before. QtPdf is imported as an optional module
(``from PySide6 import QtPdf``), as is QtPrintSupport: the frozen build (packaging/bundle_rules.py)
currently leaves both out, so there the system viewer is used until the bundle takes them in.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPointF, QRect, QSize, Qt
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ethicsdesk.errors import StorageError
from ethicsdesk.gui import file_dialogs, text
from ethicsdesk.gui.widgets.fields import InlineError

#: Pages are drawn for the printer at this resolution at most (an A4 page at 300 dpi is 35 MB in memory).
PRINT_DPI = 300


def available() -> bool:
    try:
        from PySide6 import QtPdf, QtPdfWidgets, QtPrintSupport  # noqa: F401
    except ImportError:
        return False
    return True


def choose_save_path(parent: QWidget, title: str, suggested: str, filters: str) -> str:
    """Where to save the PDF (tests replace this)."""
    return file_dialogs.save_file(parent, title, suggested, filters)


class PreviewDialog(QDialog):
    """The document's pages, scrolled and zoomed; Print… sends them to a printer, Save as… keeps the PDF."""

    def __init__(self, path: Path, title: str, lang: str, parent: QWidget | None = None) -> None:
        from PySide6 import QtPdf, QtPdfWidgets

        QPdfDocument, QPdfView = QtPdf.QPdfDocument, QtPdfWidgets.QPdfView
        super().__init__(parent)
        self.setObjectName("printPreview")
        self.setWindowTitle(self.tr("Print preview: {title}").format(title=title))
        self.path = path
        self.title = title
        self.lang = lang
        self.document = QPdfDocument(self)
        self.document.load(str(path))
        self.view = QPdfView(self)
        self.view.setObjectName("pdfView")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.view.setStyleSheet("QPdfView { background: #8a8f98; }")
        self.pages = QLabel()
        self.error = InlineError()
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setObjectName("printButton")
        self.save_button = QPushButton(self.tr("Save as…"))
        self.fit_button = QPushButton(self.tr("Fit width"))
        self.zoom_in = QPushButton("+")
        self.zoom_out = QPushButton("−")
        self.zoom_in.setToolTip(self.tr("Larger (Ctrl++)"))
        self.zoom_out.setToolTip(self.tr("Smaller (Ctrl+-)"))
        self.zoom_in.setShortcut("Ctrl++")
        self.zoom_out.setShortcut("Ctrl+-")
        self.print_button.setShortcut("Ctrl+P")
        self.external = QPushButton(self.tr("Open in PDF viewer"))
        close = QPushButton(self.tr("Close"))
        bar = QHBoxLayout()
        for w in (self.print_button, self.save_button, self.external):
            bar.addWidget(w)
        bar.addSpacing(24)
        for w in (self.zoom_out, self.zoom_in, self.fit_button):
            bar.addWidget(w)
        bar.addWidget(self.pages, 1)
        bar.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.error)
        layout.addWidget(self.view, 1)
        self.print_button.clicked.connect(self.open_print_dialog)
        self.save_button.clicked.connect(self.save_as)
        self.fit_button.clicked.connect(lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth))
        self.zoom_in.clicked.connect(lambda: self._zoom(1.25))
        self.zoom_out.clicked.connect(lambda: self._zoom(0.8))
        self.external.clicked.connect(self._open_outside)
        close.clicked.connect(self.close)
        count = self.document.pageCount()
        self.pages.setText(self.tr("{pages} pages").format(pages=text.num(count, lang)))
        self.pages.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if count == 0:
            self.error.show_message(
                self.tr("The document could not be shown; it is kept in {path}").format(path=path)
            )
        self.resize(980, 900)
        self.dialog: QWidget | None = None

    def _open_outside(self) -> None:
        from ethicsdesk.gui import printing

        printing.open_pdf(self.path)

    def _zoom(self, factor: float) -> None:
        current = self.view.zoomFactor()
        self.view.setZoomMode(type(self.view).ZoomMode.Custom)
        self.view.setZoomFactor(min(4.0, max(0.25, current * factor)))

    # -- printing ---------------------------------------------------------------------------
    def printer(self) -> Any:
        from PySide6 import QtPrintSupport

        printer = QtPrintSupport.QPrinter(QtPrintSupport.QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.title)
        printer.setFullPage(True)  # the PDF carries its own margins (ระเบียบงานสารบรรณ)
        size = self.document.pagePointSize(0) if self.document.pageCount() else None
        if size is not None and size.width() > size.height():
            printer.setPageOrientation(QPageLayout.Orientation.Landscape)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        return printer

    def open_print_dialog(self) -> None:
        from PySide6 import QtPrintSupport

        printer = self.printer()
        dialog = QtPrintSupport.QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print {title}").format(title=self.title))
        dialog.setMinMax(1, max(1, self.document.pageCount()))
        dialog.accepted.connect(lambda: self.print_to(printer))
        self.dialog = dialog
        dialog.setModal(True)
        dialog.show()

    def print_to(self, printer: Any) -> int:
        """Draw the pages (or the range chosen in the print dialog) on ``printer``; return pages printed."""
        count = self.document.pageCount()
        first, last = printer.fromPage(), printer.toPage()
        pages = range(first - 1, last) if first > 0 and last >= first else range(count)
        pages = [p for p in pages if 0 <= p < count]
        if not pages:
            return 0
        painter = QPainter()
        if not painter.begin(printer):
            self.error.show_message(self.tr("The printer could not be started."))
            return 0
        try:
            dpi = min(PRINT_DPI, printer.resolution())
            paper = printer.pageLayout().fullRectPixels(printer.resolution())
            for n, page in enumerate(pages):
                if n:
                    printer.newPage()
                points = self.document.pagePointSize(page)
                image = self.document.render(
                    page, QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
                )
                target = _fit(image.size(), paper)
                painter.drawImage(target, image)
        finally:
            painter.end()
        return len(pages)

    # -- saving -----------------------------------------------------------------------------
    def save_as(self) -> None:
        target = choose_save_path(self, self.tr("Save as PDF"), f"{self.title}.pdf", self.tr("PDF (*.pdf)"))
        if not target:
            return
        path = Path(target if target.lower().endswith(".pdf") else target + ".pdf")
        try:
            shutil.copyfile(self.path, path)
        except OSError as exc:
            error = StorageError(
                f"บันทึกแฟ้ม «{path}» ไม่ได้ ({exc.strerror})", f"Cannot write «{path}» ({exc.strerror})"
            )
            self.error.show_message(error.message(self.lang))
            return
        self.error.clear()
        self.pages.setText(self.tr("Saved as {path}").format(path=path))


def _fit(size: QSize, area: QRect) -> QRect:
    """The largest rectangle of ``size``'s shape centred in ``area``."""
    if size.isEmpty():
        return area
    scale = min(area.width() / size.width(), area.height() / size.height())
    width, height = round(size.width() * scale), round(size.height() * scale)
    corner = QPointF(area.left() + (area.width() - width) / 2, area.top() + (area.height() - height) / 2)
    return QRect(round(corner.x()), round(corner.y()), width, height)
