"""The standalone action-plan document: the plan with its timeline grid and a budget summary by approach."""

from __future__ import annotations

from ethicsdesk.documents.common import Digits, plan_table, total_wording
from ethicsdesk.documents.model import Document, Table, Text
from ethicsdesk.domain.enums import BudgetKind
from ethicsdesk.domain.markup import escape
from ethicsdesk.domain.snapshots import PlanSnap
from ethicsdesk.thai import format_baht


def build_plan(plan: PlanSnap, *, thai_digits: bool = True) -> Document:
    """The standalone plan document of a plan version's snapshot (``ethicsdesk.services.queries``)."""
    d = Digits(thai_digits)
    table = plan_table(plan, "activities", d)
    doc = Document(title=plan.title, subject=plan.organisation, thai_digits=thai_digits, landscape=True)
    doc.add(Text(d(escape(plan.title)), "title"))
    if plan.label:
        doc.add(Text(d(escape(f"({plan.label})")), "title"))
    doc.add(table)
    doc.add(Text("สรุปงบประมาณตามแนวทางการพัฒนา", "heading"))
    with_amount = {
        a.approach_number for a in plan.activities if BudgetKind(a.budget_kind) == BudgetKind.AMOUNT
    }
    rows = [
        [
            d(f"แนวทางการพัฒนาที่ {t.number} {escape(t.title)}"),
            d(str(t.activity_count)),
            # An approach none of whose activities names an amount has no total, not a total of nought.
            format_baht(t.total_satang, thai_digits=thai_digits) if t.number in with_amount else "-",
        ]
        for t in plan.approaches
    ]
    rows.append(
        [
            "<b>รวม</b>",
            d(f"<b>{len(plan.activities)}</b>"),
            f"<b>{format_baht(plan.total_satang, thai_digits=thai_digits) if with_amount else '-'}</b>",
        ]
    )
    doc.add(
        Table(
            ["แนวทางการพัฒนา", "จำนวนกิจกรรม", "งบประมาณ (บาท)"],
            rows,
            [6, 1.5, 2],
            align=["left", "center", "right"],
        )
    )
    doc.add(Text(d(total_wording("รวมงบประมาณทั้งสิ้น", plan)), "plain"))
    for w in plan.warnings:
        doc.add(Text(d(f"<i>หมายเหตุ: {escape(w.th)}</i>"), "plain"))
    return doc
