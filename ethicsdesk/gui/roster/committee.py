"""The committee's details: which committee, its name, the quorum rule, its appointment orders and duties."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ethicsdesk.errors import UserError, ValidationError
from ethicsdesk.gui.context import Context
from ethicsdesk.gui.roster.dialogs import DutiesDialog, OrderDialog
from ethicsdesk.gui.roster.models import DutiesModel, OrdersModel
from ethicsdesk.gui.widgets.fields import InlineError
from ethicsdesk.gui.widgets.views import current_key, fit_columns, make_table


class CommitteePanel(QGroupBox):
    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Committee"))
        self.ctx = ctx
        self.chooser = QComboBox()
        self.name = QLineEdit()
        self.name.setObjectName("committeeName")
        self.name_error = InlineError()
        self.substitutes = QCheckBox(self.tr("Substitutes count towards the quorum"))
        form = QFormLayout()
        if len(ctx.services.roster.committees()) > 1:
            form.addRow(self.tr("Show"), self.chooser)
        form.addRow(self.tr("Name"), self.name)
        form.addRow("", self.name_error)
        form.addRow("", self.substitutes)

        self.orders = OrdersModel(self)
        self.orders_view = make_table(self.orders, stretch=2)
        self.duties = DutiesModel(self)
        self.duties_view = make_table(self.duties, stretch=1)
        add_order, edit_order, remove_order = (
            QPushButton(self.tr("Add order…")),
            QPushButton(self.tr("Edit…")),
            QPushButton(self.tr("Remove")),
        )
        edit_duties = QPushButton(self.tr("Edit duties…"))
        orders_page, duties_page = QWidget(), QWidget()
        ol = QVBoxLayout(orders_page)
        ol.addWidget(self.orders_view)
        ol.addLayout(_row(add_order, edit_order, remove_order))
        dl = QVBoxLayout(duties_page)
        dl.addWidget(self.duties_view)
        dl.addLayout(_row(edit_duties))
        self.details = QTabWidget()
        self.details.addTab(orders_page, self.tr("Appointment orders"))
        self.details.addTab(duties_page, self.tr("Duties"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.details, 1)

        self.chooser.activated.connect(lambda _i: ctx.set_committee(self.chooser.currentData()))
        self.name.editingFinished.connect(self._rename)
        self.substitutes.clicked.connect(self._substitutes)
        add_order.clicked.connect(lambda: self._order_dialog(None))
        edit_order.clicked.connect(lambda: self._order_dialog(current_key(self.orders_view)))
        self.orders_view.doubleClicked.connect(lambda _i: self._order_dialog(current_key(self.orders_view)))
        remove_order.clicked.connect(self._remove_order)
        edit_duties.clicked.connect(self._duties_dialog)
        self.dialog: OrderDialog | DutiesDialog | None = None

    def load(self) -> None:
        roster, cid, lang = self.ctx.services.roster, self.ctx.committee_id, self.ctx.lang
        committees = roster.committees()
        self.chooser.clear()
        for c in committees:
            self.chooser.addItem(c.name, c.id)
        self.chooser.setCurrentIndex(max(0, self.chooser.findData(cid)))
        current = next((c for c in committees if c.id == cid), None)
        self.name.setText(current.name if current else "")
        self.name.setCursorPosition(0)
        self.substitutes.setChecked(bool(current and current.substitutes_count_for_quorum))
        self.orders.load(roster.orders(cid) if cid else [], lang)
        self.duties.load(roster.duties(cid) if cid else [], lang)
        fit_columns(self.orders_view, 200)
        fit_columns(self.duties_view, 80)

    # -- edits ------------------------------------------------------------------------------
    def _rename(self) -> None:
        cid = self.ctx.committee_id
        if cid is None:
            return
        roster = self.ctx.services.roster
        old = next((c.name for c in roster.committees() if c.id == cid), "")
        new = self.name.text().strip()
        if new == old:
            self.name_error.clear()
            return
        refusal = self.ctx.execute(
            self.tr("Rename the committee"),
            lambda: roster.update_committee(cid, name=new),
            lambda: roster.update_committee(cid, name=old),
            ("committee",),
        )
        self.name_error.show_message(self.ctx.message(refusal) if refusal else "")

    def _substitutes(self, checked: bool) -> None:
        cid = self.ctx.committee_id
        if cid is None:
            return
        roster = self.ctx.services.roster
        self.ctx.execute(
            self.tr("Change the quorum rule"),
            lambda: roster.update_committee(cid, substitutes_count=checked),
            lambda: roster.update_committee(cid, substitutes_count=not checked),
            ("committee", "attendance"),
        )

    def _order_dialog(self, order_id: int | None) -> None:
        cid = self.ctx.committee_id
        if cid is None:
            return
        roster, ids = self.ctx.services.roster, self.ctx.ids
        old = next((o for o in roster.orders(cid) if o.id == order_id), None) if order_id else None
        dialog = OrderDialog(self.ctx.lang, old, self)

        def apply() -> UserError | None:
            issued = dialog.issued_on.date()
            if issued is None:
                return ValidationError("กรุณาระบุวันที่ของคำสั่ง", "Please enter the date of the order")
            fields = {
                "number": dialog.number.text(),
                "issued_on": issued,
                "issuer": dialog.issuer.text(),
                "title": dialog.title_edit.text(),
            }
            if old is None:
                state: dict[str, int] = {}

                def add() -> None:
                    order = roster.add_order(
                        cid,
                        str(fields["number"]),
                        issued,
                        issuer=str(fields["issuer"]),
                        title=str(fields["title"]),
                    )
                    ids.follow("order", state, order.id or 0)

                return self.ctx.execute(
                    self.tr("Add an appointment order"),
                    add,
                    lambda: roster.remove_order(ids.resolve("order", state["id"])),
                    ("committee",),
                )
            oid = old.id or 0
            before = {
                "number": old.number,
                "issued_on": old.issued_on,
                "issuer": old.issuer,
                "title": old.title,
            }
            return self.ctx.execute(
                self.tr("Edit the appointment order"),
                lambda: roster.update_order(ids.resolve("order", oid), **fields),
                lambda: roster.update_order(ids.resolve("order", oid), **before),
                ("committee",),
            )

        self.dialog = dialog
        dialog.show_with(apply, self.ctx.lang)

    def _remove_order(self) -> None:
        cid, order_id = self.ctx.committee_id, current_key(self.orders_view)
        if cid is None or order_id is None:
            return
        roster, ids = self.ctx.services.roster, self.ctx.ids
        old = next(o for o in roster.orders(cid) if o.id == order_id)
        state = {"id": order_id}

        def restore() -> None:
            order = roster.add_order(
                cid, old.number, old.issued_on, issuer=old.issuer, title=old.title, text=old.text
            )
            ids.follow("order", state, order.id or 0)

        self.ctx.execute(
            self.tr("Remove the appointment order"),
            lambda: roster.remove_order(ids.resolve("order", state["id"])),
            restore,
            ("committee",),
        )

    def _duties_dialog(self) -> None:
        cid = self.ctx.committee_id
        if cid is None:
            return
        roster = self.ctx.services.roster
        old = [d.text for d in roster.duties(cid)]
        dialog = DutiesDialog(old, self)

        def apply() -> UserError | None:
            new = dialog.texts()
            if new == old:
                return None
            return self.ctx.execute(
                self.tr("Edit the duties"),
                lambda: roster.set_duties(cid, new),
                lambda: roster.set_duties(cid, old),
                ("committee",),
            )

        self.dialog = dialog
        dialog.show_with(apply, self.ctx.lang)


def _row(*widgets: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    for w in widgets:
        row.addWidget(w)
    row.addStretch(1)
    return row
