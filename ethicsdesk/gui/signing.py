"""Signed minutes in the window: "Sign and save PDF…" (ลงนามและบันทึก PDF…) on certified minutes, and a
dialog that shows the signatures of a chosen PDF with their status.

The passphrase is typed each time, held in the password field only until the dialog closes, never saved.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ethicsdesk.domain.models import Meeting
from ethicsdesk.errors import UserError, ValidationError
from ethicsdesk.gui import file_dialogs
from ethicsdesk.gui.context import Context
from ethicsdesk.gui.widgets.dialogs import FormDialog

OK_COLOUR, BAD_COLOUR = "#1e6b35", "#a3141c"


class _FileField(QWidget):
    """A path and a Browse… button."""

    def __init__(
        self, title: str, filters: str, *, save: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.edit = QLineEdit()
        self.button = QPushButton(self.tr("Browse…"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.button)

        def browse() -> None:
            pick = file_dialogs.save_file if save else file_dialogs.open_file
            path = pick(self, title, self.edit.text(), filters)
            if path:
                self.edit.setText(path)

        self.button.clicked.connect(browse)

    def path(self) -> Path | None:
        text = self.edit.text().strip()
        return Path(text) if text else None


class SignDialog(FormDialog):
    """Key file, passphrase, role, and where to save; signs the minutes printed now, or a PDF the other
    signer already signed."""

    def __init__(self, ctx: Context, meeting: Meeting, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Sign and save PDF"), parent)
        self.setObjectName("signDialog")
        self.ctx, self.meeting = ctx, meeting
        self.key = _FileField(self.tr("Signing key"), self.tr("Signing keys (*.p12 *.pfx)"))
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.role = QComboBox()
        for value, label in (
            ("recorder", self.tr("Recorder of the minutes")),
            ("reviewer", self.tr("Reviewer of the minutes")),
            ("chair", self.tr("Chair")),
        ):
            self.role.addItem(label, value)
        self.source = _FileField(self.tr("PDF to sign"), self.tr("PDF (*.pdf)"))
        self.source.edit.setPlaceholderText(self.tr("empty: print the certified minutes now"))
        self.output = _FileField(self.tr("Save the signed PDF"), self.tr("PDF (*.pdf)"), save=True)
        folder = ctx.services.workspace.folder
        self.output.edit.setText(str(folder / f"minutes-{meeting.number}-{meeting.year_be}-signed.pdf"))
        note = QLabel(
            self.tr(
                "The passphrase is asked each time and never saved. A self-signed key proves that the file "
                "was not changed after signing, not who signed, unless the reader trusts its certificate."
            )
        )
        note.setWordWrap(True)
        self.form.addRow(self.tr("Key file (.p12)"), self.key)
        self.form.addRow(self.tr("Passphrase"), self.passphrase)
        self.form.addRow(self.tr("Sign as"), self.role)
        self.form.addRow(self.tr("PDF to sign"), self.source)
        self.form.addRow(self.tr("Save as"), self.output)
        self.form.addRow(note)
        self.finished.connect(lambda _code: self.passphrase.clear())

    def sign(self) -> UserError | None:
        """The OK button: sign and save, or the reason it cannot."""
        from ethicsdesk.signing import load_signing_key, sign_minutes_pdf, write_atomic

        key_path, output, source = self.key.path(), self.output.path(), self.source.path()
        if key_path is None:
            return ValidationError("กรุณาเลือกแฟ้มกุญแจ (.p12)", "Please choose the key file (.p12)")
        if output is None or output.suffix.lower() != ".pdf":
            return ValidationError("กรุณาระบุแฟ้ม .pdf ที่จะบันทึก", "Please give the .pdf file to save")
        try:
            key = load_signing_key(key_path, self.passphrase.text().encode("utf-8"))
            data = self._read(source) if source is not None else self._print()
            write_atomic(output, sign_minutes_pdf(data, key, str(self.role.currentData())))
        except UserError as exc:
            QTimer.singleShot(0, self.adjustSize)  # the error line below the note must not squeeze it
            return exc
        self.ctx.status.emit(self.tr("Signed: {path}").format(path=str(output)), False)
        return None

    @staticmethod
    def _read(path: Path) -> bytes:
        try:
            return path.read_bytes()
        except OSError as exc:
            raise UserError(
                f"อ่านแฟ้ม «{path}» ไม่ได้ ({exc.strerror})", f"Cannot read «{path}» ({exc.strerror})"
            ) from None

    def _print(self) -> bytes:
        """The certified minutes of this meeting (by its id: the window knows the committee), as PDF bytes."""
        import io

        from ethicsdesk.pdf.render import write_document_pdf
        from ethicsdesk.printing import minutes_document

        doc, keywords = minutes_document(self.ctx.services.workspace, self.meeting.id or 0)
        out = io.BytesIO()
        write_document_pdf(doc, out, keywords=keywords)
        return out.getvalue()


class SignaturesDialog(QDialog):
    """The signatures of a chosen PDF, one line each, green when it holds, red when not."""

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signaturesDialog")
        self.setWindowTitle(self.tr("Signatures of a PDF"))
        self.ctx = ctx
        self.pdf = _FileField(self.tr("Signed PDF"), self.tr("PDF (*.pdf)"))
        self.trust = _FileField(self.tr("Trusted certificate"), self.tr("Certificates (*.pem *.crt *.cer)"))
        self.trust.edit.setPlaceholderText(self.tr("optional: the certificate of the signer or its issuer"))
        self.check_button = QPushButton(self.tr("Check"))
        self.lines = QListWidget()
        self.lines.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for label, widget in ((self.tr("PDF"), self.pdf), (self.tr("Trust"), self.trust)):
            row = QHBoxLayout()
            row.addWidget(QLabel(label))
            row.addWidget(widget, 1)
            layout.addLayout(row)
        layout.addWidget(self.check_button)
        layout.addWidget(self.lines, 1)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)
        self.setMinimumSize(720, 360)
        self.check_button.clicked.connect(self.check)

    def check(self) -> None:
        from ethicsdesk.signing import load_trust_roots, validate_pdf_signatures

        self.lines.clear()
        pdf, trust = self.pdf.path(), self.trust.path()
        try:
            if pdf is None:
                raise ValidationError("กรุณาเลือกแฟ้ม PDF", "Please choose a PDF")
            checks = validate_pdf_signatures(
                SignDialog._read(pdf), load_trust_roots([trust] if trust else [])
            )
        except UserError as exc:
            self.summary.setText(self.ctx.message(exc))
            self.summary.setStyleSheet(f"color: {BAD_COLOUR};")
            return
        for c in checks:
            item = QListWidgetItem(("✔ " if c.ok else "✘ ") + c.message(self.ctx.lang))
            item.setForeground(QColor(OK_COLOUR if c.ok else BAD_COLOUR))
            self.lines.addItem(item)
        all_ok = bool(checks) and all(c.ok for c in checks)
        if not checks:
            text = self.tr("This file has no digital signatures.")
        elif all_ok:
            text = self.tr("Every signature holds.")
        else:
            text = self.tr("At least one signature does not hold.")
        self.summary.setText(text)
        self.summary.setStyleSheet(f"color: {OK_COLOUR if all_ok else BAD_COLOUR};")


def open_sign(ctx: Context, meeting: Meeting | None, parent: QWidget) -> QDialog | None:
    """ "Sign and save PDF…" of a certified meeting."""
    if meeting is None:
        return None
    dialog = SignDialog(ctx, meeting, parent)
    dialog.show_with(dialog.sign, ctx.lang)
    return dialog


def open_signatures(ctx: Context, parent: QWidget) -> QDialog:
    dialog = SignaturesDialog(ctx, parent)
    dialog.open()
    return dialog
