"""`ethicsdesk check`: SQLite's integrity check and the domain's consistency rules."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import text
from sqlmodel import Session, col, select

from ethicsdesk.domain.enums import AttendanceKind, BudgetKind
from ethicsdesk.domain.models import (
    ActionPlan,
    Activity,
    AgendaItem,
    Attendance,
    Meeting,
    Milestone,
    Person,
    PlanVersion,
    Seat,
)
from ethicsdesk.services.base import Service
from ethicsdesk.services.plan import fiscal_year_range


@dataclass(frozen=True)
class Finding:
    severity: str  # "error" (the file is damaged) or "warning" (the records disagree)
    th: str
    en: str

    def message(self, lang: str = "th") -> str:
        return self.en if lang == "en" else self.th


_TEXT_FIELDS: dict[type, tuple[str, ...]] = {
    Person: ("title", "first_name", "last_name", "position", "affiliation"),
    Seat: ("ex_officio_position", "ex_officio_affiliation", "note"),
    Meeting: ("place", "opening_text", "recorder_position", "reviewer_position"),
    AgendaItem: ("title", "resolution_text"),
    Activity: ("name", "objective", "responsible_unit"),
}
_WHERE = {
    Person: ("บุคคล", "person"),
    Seat: ("ที่นั่ง", "seat"),
    Meeting: ("การประชุม", "meeting"),
    AgendaItem: ("ระเบียบวาระ", "agenda item"),
    Activity: ("กิจกรรม", "activity"),
}


class CheckService(Service):
    def _text_findings(self, s: Session) -> list[Finding]:
        """Text that clean-up would change or flags: lookalike letters of other scripts, zero-width
        characters, decomposed sara am (pasted from PDFs), doubled marks."""
        from ethicsdesk.domain.blocks import plain_text_of_blocks
        from ethicsdesk.thai import clean_text

        out: list[Finding] = []
        for model, fields in _TEXT_FIELDS.items():
            th_name, en_name = _WHERE[model]
            for row in s.exec(select(model)).all():
                texts = [(f, getattr(row, f)) for f in fields]
                if isinstance(row, AgendaItem):
                    texts += [("body", t) for t in plain_text_of_blocks(row.body)]
                if isinstance(row, Activity):
                    texts += [("indicators", t) for t in row.indicators]
                for field, value in texts:
                    for f in clean_text(value or "").findings:
                        out.append(
                            Finding(
                                "warning",
                                f"{th_name}รหัส {row.id} ช่อง {field}: {f.message_th}",
                                f"{en_name} {row.id}, {field}: {f.message_en}",
                            )
                        )
        return out

    def run(self) -> list[Finding]:
        findings: list[Finding] = []
        # A server checks its own pages and enforces every foreign key on each write: these two checks
        # are for a file only.
        with self.ws.engine.connect() as conn:
            file_checks = conn.dialect.name == "sqlite"
            integrity = conn.execute(text("PRAGMA integrity_check")).all() if file_checks else []
            broken = conn.execute(text("PRAGMA foreign_key_check")).all() if file_checks else []
            for (row,) in integrity:
                if row != "ok":
                    findings.append(Finding("error", f"แฟ้มเสียหาย: {row}", f"The file is damaged: {row}"))
            for row in broken:
                findings.append(
                    Finding(
                        "error",
                        f"การอ้างอิงขาดหาย ในตาราง {row[0]} แถว {row[1]}",
                        f"Broken reference in table {row[0]}, row {row[1]}",
                    )
                )
        if findings:
            return findings
        with self.ws.reading() as s:
            seats = {x.id: x for x in s.exec(select(Seat)).all()}
            seat_count: dict[int, int] = {}
            for seat in seats.values():
                seat_count[seat.committee_id] = seat_count.get(seat.committee_id, 0) + 1
            for m in s.exec(select(Meeting).order_by(col(Meeting.date), col(Meeting.id))).all():
                label = f"{m.number}/{m.year_be}"
                if m.date.year + 543 != m.year_be:
                    findings.append(
                        Finding(
                            "warning",
                            f"การประชุมครั้งที่ {label}: วันที่ประชุม ({m.date.isoformat()}) ไม่อยู่ในปี พ.ศ. {m.year_be}",
                            f"Meeting {label}: its date ({m.date.isoformat()}) is not in the year {m.year_be}",
                        )
                    )
                lines = s.exec(select(Attendance).where(Attendance.meeting_id == m.id)).all()
                seen: set[int] = set()
                for a in lines:
                    if a.seat_id is None:
                        if a.kind != AttendanceKind.PARTICIPANT:
                            findings.append(
                                Finding(
                                    "warning",
                                    f"การประชุมครั้งที่ {label}: มีผู้มาหรือไม่มาประชุมที่ไม่ได้ผูกกับที่นั่งกรรมการ",
                                    f"Meeting {label}: a present or absent line is not tied to a seat",
                                )
                            )
                        continue
                    if a.seat_id in seen:
                        findings.append(
                            Finding(
                                "warning",
                                f"การประชุมครั้งที่ {label}: ที่นั่งลำดับที่ {seats[a.seat_id].position} ถูกบันทึกซ้ำ",
                                f"Meeting {label}: seat {seats[a.seat_id].position} is recorded twice",
                            )
                        )
                    seen.add(a.seat_id)
                    if seats[a.seat_id].committee_id != m.committee_id:
                        findings.append(
                            Finding(
                                "error",
                                f"การประชุมครั้งที่ {label}: อ้างถึงที่นั่งของคณะกรรมการอื่น",
                                f"Meeting {label}: refers to another committee's seat",
                            )
                        )
                members = seat_count.get(m.committee_id, 0)
                if lines and len(seen) < members:
                    findings.append(
                        Finding(
                            "warning",
                            f"การประชุมครั้งที่ {label}: บันทึกการมาประชุมไว้ {len(seen)} จาก {members} ที่นั่ง จึงคำนวณองค์ประชุมได้ไม่ครบ",
                            f"Meeting {label}: attendance covers {len(seen)} of {members} seats, so the quorum cannot be judged",
                        )
                    )
            plans = {p.id: p for p in s.exec(select(ActionPlan)).all()}
            versions = {v.id: v for v in s.exec(select(PlanVersion)).all()}
            acts = {a.id: a for a in s.exec(select(Activity)).all()}
            for a in acts.values():
                v = versions[a.version_id]
                where_th = f"แผนปี {plans[v.plan_id].fiscal_year} ฉบับที่ {v.number} กิจกรรมข้อ {a.number}"
                where_en = f"Plan {plans[v.plan_id].fiscal_year} version {v.number} activity {a.number}"
                if a.budget_kind == BudgetKind.SHARED:
                    target = acts.get(a.shares_budget_of_id)
                    if target is None or target.version_id != a.version_id:
                        findings.append(
                            Finding(
                                "warning",
                                f"{where_th}: ใช้งบประมาณร่วมกับกิจกรรมที่ไม่มีในแผนฉบับนี้",
                                f"{where_en}: shares the budget of an activity not in this version",
                            )
                        )
                    elif target.budget_kind != BudgetKind.AMOUNT:
                        findings.append(
                            Finding(
                                "warning",
                                f"{where_th}: ใช้งบประมาณร่วมกับกิจกรรมข้อ {target.number} ซึ่งไม่มีจำนวนเงิน",
                                f"{where_en}: shares the budget of activity {target.number}, which has no amount",
                            )
                        )
                if a.budget_kind == BudgetKind.AMOUNT and (a.budget_satang is None or a.budget_satang < 0):
                    findings.append(
                        Finding("warning", f"{where_th}: จำนวนเงินไม่ถูกต้อง", f"{where_en}: invalid amount")
                    )
                if a.quarters == 0:
                    findings.append(
                        Finding(
                            "warning", f"{where_th}: ไม่ได้ระบุไตรมาสที่ดำเนินการ", f"{where_en}: no quarter is set"
                        )
                    )
            for ms in s.exec(select(Milestone)).all():
                a = acts[ms.activity_id]
                v = versions[a.version_id]
                fy = plans[v.plan_id].fiscal_year
                first, last = fiscal_year_range(fy)
                if not first <= ms.date <= last:
                    findings.append(
                        Finding(
                            "warning",
                            f"แผนปี {fy} ฉบับที่ {v.number} กิจกรรมข้อ {a.number}: หมุดหมายวันที่ {ms.date.isoformat()} อยู่นอกปีงบประมาณ",
                            f"Plan {fy} version {v.number} activity {a.number}: milestone {ms.date.isoformat()} is outside the fiscal year",
                        )
                    )
            findings.extend(self._text_findings(s))
            for v in versions.values():
                from ethicsdesk.services.budget import BudgetService

                for w in BudgetService(self.ws).summary(v.id or 0).warnings:
                    if w.code in ("declared-total", "declared-count"):
                        findings.append(
                            Finding(
                                "warning",
                                f"แผนปี {plans[v.plan_id].fiscal_year} ฉบับที่ {v.number}: {w.th}",
                                f"Plan {plans[v.plan_id].fiscal_year} version {v.number}: {w.en}",
                            )
                        )
        return findings
