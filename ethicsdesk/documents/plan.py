"""The standalone action-plan document: the plan with its timeline grid and a budget summary by approach."""

from __future__ import annotations

from sqlmodel import col, select

from ethicsdesk.documents.common import Digits, plan_table
from ethicsdesk.documents.model import Document, Table, Text
from ethicsdesk.domain.markup import escape
from ethicsdesk.domain.models import ActionPlan, Activity, Approach, Committee, Organisation, PlanVersion
from ethicsdesk.errors import ValidationError
from ethicsdesk.services.budget import summarize
from ethicsdesk.storage.database import Workspace
from ethicsdesk.thai import baht_text, format_baht


def find_version(
    ws: Workspace, fiscal_year: int, version: int | None = None, committee_id: int | None = None
) -> PlanVersion:
    """The plan version of a fiscal year (the newest when ``version`` is None)."""
    with ws.reading() as s:
        q = select(ActionPlan).where(ActionPlan.fiscal_year == fiscal_year)
        if committee_id is not None:
            q = q.where(ActionPlan.committee_id == committee_id)
        plan = s.exec(q).first()
        if plan is None:
            raise ValidationError(
                f"ไม่มีแผนปฏิบัติการของปีงบประมาณ {fiscal_year}",
                f"There is no action plan for fiscal year {fiscal_year}",
            )
        vq = select(PlanVersion).where(PlanVersion.plan_id == plan.id)
        vq = (
            vq.where(PlanVersion.number == version)
            if version is not None
            else vq.order_by(col(PlanVersion.number).desc())
        )
        found = s.exec(vq).first()
        if found is None:
            raise ValidationError(
                f"ไม่มีแผนปีงบประมาณ {fiscal_year} ฉบับที่ {version}",
                f"Plan {fiscal_year} has no version {version}",
            )
        return found


def build_plan(ws: Workspace, version_id: int, *, thai_digits: bool = True) -> Document:
    d = Digits(thai_digits)
    with ws.reading() as s:
        version = s.get(PlanVersion, version_id)
        if version is None:
            raise ValidationError(f"ไม่พบแผนฉบับรหัส {version_id}", f"No plan version with id {version_id}")
        plan = s.get(ActionPlan, version.plan_id)
        assert plan is not None
        committee = s.get(Committee, plan.committee_id)
        org = s.get(Organisation, committee.organisation_id) if committee else None
        table = plan_table(s, version, "activities", d)
        approaches = list(
            s.exec(
                select(Approach).where(Approach.version_id == version.id).order_by(col(Approach.number))
            ).all()
        )
        acts = list(s.exec(select(Activity).where(Activity.version_id == version.id)).all())
        summary = summarize(version, approaches, acts)
    doc = Document(
        title=version.title, subject=org.name if org else "", thai_digits=thai_digits, landscape=True
    )
    doc.add(Text(d(escape(version.title)), "title"))
    if version.label:
        doc.add(Text(d(escape(f"({version.label})")), "title"))
    doc.add(table)
    doc.add(Text("สรุปงบประมาณตามแนวทางการพัฒนา", "heading"))
    rows = [
        [
            d(f"แนวทางการพัฒนาที่ {t.number} {escape(t.title)}"),
            d(str(t.activity_count)),
            format_baht(t.total_satang, thai_digits=thai_digits),
        ]
        for t in summary.approaches
    ]
    rows.append(
        [
            "<b>รวม</b>",
            d(f"<b>{summary.activity_count}</b>"),
            f"<b>{format_baht(summary.total_satang, thai_digits=thai_digits)}</b>",
        ]
    )
    doc.add(Table(["แนวทางการพัฒนา", "จำนวนกิจกรรม", "งบประมาณ (บาท)"], rows, [6, 1.5, 2]))
    doc.add(
        Text(
            d(
                f"รวมงบประมาณทั้งสิ้น {format_baht(summary.total_satang, thai_digits=thai_digits)} บาท ({baht_text(summary.total_satang)})"
            ),
            "plain",
        )
    )
    for w in summary.warnings:
        doc.add(Text(d(f"<i>หมายเหตุ: {escape(w.th)}</i>"), "plain"))
    return doc
