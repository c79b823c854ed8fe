"""Canonical export of a whole workspace."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from typing import Any

from sqlmodel import Session, col, select

from ethicsdesk.domain.enums import AttendanceKind, BudgetKind, VirtueKind
from ethicsdesk.domain.models import (
    ActionPlan,
    Activity,
    AgendaItem,
    AppointmentOrder,
    Approach,
    Attendance,
    Committee,
    DissentingOpinion,
    Duty,
    IndicatorResult,
    Meeting,
    Milestone,
    MinutesRecord,
    Organisation,
    OrgUnit,
    Person,
    PlanVersion,
    ProgressRecord,
    Seat,
    TargetVirtue,
)
from ethicsdesk.domain.progress import number_text
from ethicsdesk.storage.database import Workspace
from ethicsdesk.storage.ordering import enum_order

FORMAT_NAME = "ethicsdesk-workspace"
FORMAT_VERSION = 1


def money_text(satang: int) -> str:
    return str((Decimal(satang) / 100).quantize(Decimal("0.01")))


def export_workspace(ws: Workspace) -> str:
    """The whole workspace as canonical JSON text (docs/interchange.md)."""
    with ws.reading() as session:
        doc = _Writer(session).document()
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


class _Writer:
    def __init__(self, session: Session) -> None:
        self.s = session
        people = session.exec(select(Person).order_by(col(Person.id))).all()
        self.people = people
        self.key = {p.id: f"p{i}" for i, p in enumerate(people, 1)}

    def pk(self, person_id: int | None) -> str | None:
        return self.key[person_id] if person_id is not None else None

    def document(self) -> dict[str, Any]:
        org = self.s.exec(select(Organisation).order_by(col(Organisation.id))).first()
        committees = self.s.exec(select(Committee).order_by(col(Committee.id))).all()
        units = (
            []
            if org is None
            else self.s.exec(
                select(OrgUnit)
                .where(OrgUnit.organisation_id == org.id)
                .order_by(col(OrgUnit.position), col(OrgUnit.id))
            ).all()
        )
        self.unit_name = {u.id: u.name for u in units}
        organisation: dict[str, Any] | None = None
        if org is not None:
            organisation = {"name": org.name, "short_name": org.short_name, "name_en": org.name_en}
            if units:  # optional: files without units stay as they were
                organisation["units"] = [{"name": u.name, "short_name": u.short_name} for u in units]
        return {
            "format": FORMAT_NAME,
            "version": FORMAT_VERSION,
            "organisation": organisation,
            "people": [
                {
                    "key": self.key[p.id],
                    "title": p.title,
                    "first_name": p.first_name,
                    "last_name": p.last_name,
                    "position": p.position,
                    "affiliation": p.affiliation,
                    "note": p.note,
                }
                for p in self.people
            ],
            "committees": [self.committee(c) for c in committees],
        }

    def committee(self, c: Committee) -> dict[str, Any]:
        s = self.s
        orders = s.exec(
            select(AppointmentOrder)
            .where(AppointmentOrder.committee_id == c.id)
            .order_by(col(AppointmentOrder.id))
        ).all()
        duties = s.exec(
            select(Duty).where(Duty.committee_id == c.id).order_by(col(Duty.position), col(Duty.id))
        ).all()
        seats = s.exec(
            select(Seat).where(Seat.committee_id == c.id).order_by(col(Seat.position), col(Seat.id))
        ).all()
        virtues = s.exec(
            select(TargetVirtue)
            .where(TargetVirtue.committee_id == c.id)
            .order_by(
                col(TargetVirtue.fiscal_year),
                enum_order(col(TargetVirtue.kind), VirtueKind).desc(),
                col(TargetVirtue.position),
            )
        ).all()
        plans = s.exec(
            select(ActionPlan)
            .where(ActionPlan.committee_id == c.id)
            .order_by(col(ActionPlan.fiscal_year), col(ActionPlan.id))
        ).all()
        meetings = s.exec(
            select(Meeting)
            .where(Meeting.committee_id == c.id)
            .order_by(col(Meeting.date), col(Meeting.year_be), col(Meeting.number))
        ).all()
        self.seat_no = {seat.id: seat.position for seat in seats}
        self.meeting_ref = {m.id: {"number": m.number, "year_be": m.year_be} for m in meetings}
        return {
            "name": c.name,
            "name_en": c.name_en,
            **({"short_name": c.short_name} if c.short_name else {}),
            "substitutes_count_for_quorum": c.substitutes_count_for_quorum,
            "orders": [
                {
                    "issuer": o.issuer,
                    "number": o.number,
                    "issued_on": o.issued_on.isoformat(),
                    "title": o.title,
                    "text": o.text,
                }
                for o in orders
            ],
            "duties": [d.text for d in duties],
            "seats": [
                {
                    "role": seat.role.value,
                    "person": self.pk(seat.person_id),
                    "ex_officio_position": seat.ex_officio_position,
                    "ex_officio_affiliation": seat.ex_officio_affiliation,
                    "note": seat.note,
                }
                for seat in seats
            ],
            "target_virtues": [
                {"fiscal_year": v.fiscal_year, "kind": v.kind.value, "text": v.text} for v in virtues
            ],
            "plans": [self.plan(p) for p in plans],
            "meetings": [self.meeting(m) for m in meetings],
        }

    def plan(self, plan: ActionPlan) -> dict[str, Any]:
        versions = self.s.exec(
            select(PlanVersion)
            .where(PlanVersion.plan_id == plan.id)
            .order_by(col(PlanVersion.number), col(PlanVersion.id))
        ).all()
        version_ids = [v.id for v in versions]
        self.activity_number = {
            a.id: a.number
            for a in self.s.exec(select(Activity).where(col(Activity.version_id).in_(version_ids))).all()
        }
        return {
            "fiscal_year": plan.fiscal_year,
            "core_virtues": list(plan.core_virtues),
            "versions": [self.version(v) for v in versions],
        }

    def version(self, v: PlanVersion) -> dict[str, Any]:
        s = self.s
        approaches = s.exec(
            select(Approach)
            .where(Approach.version_id == v.id)
            .order_by(col(Approach.number), col(Approach.id))
        ).all()
        activities = s.exec(
            select(Activity)
            .where(Activity.version_id == v.id)
            .order_by(col(Activity.number), col(Activity.id))
        ).all()
        number_of = {a.id: a.number for a in activities}
        milestones: dict[int, list[Milestone]] = {}
        ids = [a.id for a in activities]
        if ids:
            for m in s.exec(
                select(Milestone)
                .where(col(Milestone.activity_id).in_(ids))
                .order_by(col(Milestone.date), col(Milestone.id))
            ).all():
                milestones.setdefault(m.activity_id, []).append(m)

        def budget(a: Activity) -> dict[str, Any]:
            if a.budget_kind == BudgetKind.AMOUNT:
                return {"kind": "amount", "amount": money_text(a.budget_satang or 0)}
            if a.budget_kind == BudgetKind.SHARED:
                return {"kind": "shared", "activity": number_of.get(a.shares_budget_of_id or -1)}
            return {"kind": a.budget_kind.value}

        def activity(a: Activity) -> dict[str, Any]:
            return {
                "number": a.number,
                "name": a.name,
                "note": a.note,
                "objective": a.objective,
                "indicators": list(a.indicators),
                "budget": budget(a),
                "derived_from": self.activity_number.get(a.derived_from_id) if a.derived_from_id else None,
                "quarters": [q for q in range(1, 5) if a.quarters & (1 << (q - 1))],
                "responsible_unit": a.responsible_unit,
                "milestones": [
                    {"date": m.date.isoformat(), "label": m.label} for m in milestones.get(a.id or -1, [])
                ],
            }

        out = {
            "number": v.number,
            "label": v.label,
            "title": v.title,
            "declared_total": None
            if v.declared_total_satang is None
            else money_text(v.declared_total_satang),
            "declared_activity_count": v.declared_activity_count,
            "note": v.note,
            "approaches": [
                {
                    "number": ap.number,
                    "title": ap.title,
                    "activities": [activity(a) for a in activities if a.approach_id == ap.id],
                }
                for ap in approaches
            ],
        }
        progress = self.progress(number_of)
        if progress:  # optional: a version nobody has reported on is written as before
            out["progress"] = progress
        return out

    def progress(self, number_of: dict[int | None, int]) -> list[dict[str, Any]]:
        ids = list(number_of)
        if not ids:
            return []
        records = self.s.exec(select(ProgressRecord).where(col(ProgressRecord.activity_id).in_(ids))).all()
        if not records:
            return []
        unit_order = {uid: i for i, uid in enumerate(self.unit_name, 1)}
        records = sorted(
            records, key=lambda r: (number_of[r.activity_id], r.quarter, unit_order.get(r.unit_id, 0))
        )
        results: dict[int, list[IndicatorResult]] = {}
        for x in self.s.exec(
            select(IndicatorResult)
            .where(col(IndicatorResult.record_id).in_([r.id for r in records]))
            .order_by(col(IndicatorResult.position), col(IndicatorResult.id))
        ).all():
            results.setdefault(x.record_id, []).append(x)
        return [
            {
                "activity": number_of[r.activity_id],
                "quarter": r.quarter,
                "unit": self.unit_name.get(r.unit_id) if r.unit_id is not None else None,
                "status": r.status.value,
                "done": r.done_text,
                "results": [
                    {
                        "indicator": x.position,
                        "value": None if x.value_hundredths is None else number_text(x.value_hundredths),
                        "met": x.met,
                        "note": x.note,
                    }
                    for x in results.get(r.id or -1, [])
                ],
                "spent": None if r.spent_satang is None else money_text(r.spent_satang),
                "evidence": r.evidence,
                "problems": r.problems,
                "reported_by": r.reported_by,
                "reported_on": r.reported_on.isoformat() if r.reported_on else None,
                "recorded_at": r.recorded_at.astimezone(dt.UTC).isoformat(),
                "form": r.form_id,
            }
            for r in records
        ]

    def meeting(self, m: Meeting) -> dict[str, Any]:
        s = self.s
        lines = s.exec(
            select(Attendance)
            .where(Attendance.meeting_id == m.id)
            .order_by(
                enum_order(col(Attendance.kind), AttendanceKind), col(Attendance.position), col(Attendance.id)
            )
        ).all()
        items = s.exec(
            select(AgendaItem)
            .where(AgendaItem.meeting_id == m.id)
            .order_by(col(AgendaItem.position), col(AgendaItem.id))
        ).all()
        dissent: dict[int, list[DissentingOpinion]] = {}
        item_ids = [i.id for i in items]
        if item_ids:
            for d in s.exec(
                select(DissentingOpinion)
                .where(col(DissentingOpinion.agenda_item_id).in_(item_ids))
                .order_by(col(DissentingOpinion.position), col(DissentingOpinion.id))
            ).all():
                dissent.setdefault(d.agenda_item_id, []).append(d)
        children: dict[int | None, list[AgendaItem]] = {}
        for it in items:
            children.setdefault(it.parent_id, []).append(it)

        def item(it: AgendaItem) -> dict[str, Any]:
            resolution = None
            if it.resolution_kind is not None:
                resolution = {
                    "kind": it.resolution_kind.value,
                    "heading": it.resolution_heading,
                    "text": it.resolution_text,
                    "dissent": [
                        {"person": self.pk(d.person_id), "text": d.text} for d in dissent.get(it.id or -1, [])
                    ],
                }
            return {
                "title": it.title,
                "body": it.body,
                "resolution": resolution,
                "certifies": self.meeting_ref.get(it.certifies_meeting_id or -1),
                "items": [item(c) for c in children.get(it.id, [])],
            }

        def line(a: Attendance) -> dict[str, Any]:
            out: dict[str, Any] = {}
            if a.kind != AttendanceKind.PARTICIPANT:
                out["seat"] = self.seat_no.get(a.seat_id) if a.seat_id is not None else None
            out["person"] = self.pk(a.person_id)
            out["position_text"] = a.position_text
            if a.kind == AttendanceKind.ABSENT:
                out["reason"] = a.absence_reason
                out["substitute"] = self.pk(a.substitute_person_id)
            else:
                out["online"] = a.online
            out["note"] = a.note
            return out

        def signer(person_id: int | None, position: str) -> dict[str, Any] | None:
            return None if person_id is None else {"person": self.pk(person_id), "position": position}

        return {
            "number": m.number,
            "year_be": m.year_be,
            "date": m.date.isoformat(),
            "start_time": m.start_time.strftime("%H:%M") if m.start_time else None,
            "end_time": m.end_time.strftime("%H:%M") if m.end_time else None,
            "place": m.place,
            "status": m.status.value,
            "opening_text": m.opening_text,
            "recorder": signer(m.recorder_person_id, m.recorder_position),
            "reviewer": signer(m.reviewer_person_id, m.reviewer_position),
            "attendance": {
                "present": [line(a) for a in lines if a.kind == AttendanceKind.PRESENT],
                "absent": [line(a) for a in lines if a.kind == AttendanceKind.ABSENT],
                "participants": [line(a) for a in lines if a.kind == AttendanceKind.PARTICIPANT],
            },
            "agenda": [item(it) for it in children.get(None, [])],
            **self.certification(m),
        }

    def certification(self, m: Meeting) -> dict[str, Any]:
        """When the minutes were certified and their frozen records (written only when there are some,
        so exports of files without certified minutes are as before)."""
        out: dict[str, Any] = {}
        if m.certified_on is not None:
            out["certified_on"] = m.certified_on.isoformat()
        records = self.s.exec(
            select(MinutesRecord).where(MinutesRecord.meeting_id == m.id).order_by(col(MinutesRecord.id))
        ).all()
        if records:
            out["records"] = [
                {
                    "taken_at": r.taken_at.replace(tzinfo=None).isoformat(timespec="seconds"),
                    "reason": r.reason,
                    "sha256": r.sha256,
                    "snapshot": r.snapshot,
                }
                for r in records
            ]
        return out
