"""The read side: finding a committee, a meeting or a plan version, and loading the snapshot that a
document prints (``ethicsdesk.domain.snapshots``).

Every printed document reads the records through here; the documents themselves never see a workspace.
A meeting or a plan is named by committee, number and year: a workspace may hold several committees that
each have a meeting 1/2565 and a plan for 2566, so a look-up without the committee that matches more than
one is refused with the committees it could mean.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlmodel import Session, col, select

from ethicsdesk.domain.enums import SEAT_ROLE_LABELS, AttendanceKind, BudgetKind, VirtueKind
from ethicsdesk.domain.models import (
    ActionPlan,
    Activity,
    AgendaItem,
    AppointmentOrder,
    Attendance,
    Committee,
    DissentingOpinion,
    Duty,
    Meeting,
    Milestone,
    Organisation,
    Person,
    PlanVersion,
    Seat,
    TargetVirtue,
)
from ethicsdesk.domain.people import full_name
from ethicsdesk.domain.snapshots import (
    ActivitySnap,
    ApproachSnap,
    AttendanceLine,
    BudgetNote,
    Dissent,
    DutiesBlock,
    ItemSnap,
    MinutesSnapshot,
    NumberedText,
    PlanBlock,
    PlanSnap,
    ReportBlock,
    RosterBlock,
    RosterLine,
    Signer,
    VirtuesBlock,
)
from ethicsdesk.errors import ValidationError
from ethicsdesk.thai import to_arabic_digits

# -- committees ------------------------------------------------------------------------------------------


def committee_label(c: Committee) -> str:
    """How a message names a committee: its id, short name if any, and name."""
    short = f" «{c.short_name}»" if c.short_name else ""
    return f"{c.id}{short} {c.name}"


def find_committee(s: Session, text: str) -> Committee:
    """A committee named on the command line: its id, its short name, or a part of its name that only
    it has."""
    key = to_arabic_digits(text or "").strip()
    committees = list(s.exec(select(Committee).order_by(col(Committee.id))).all())
    if key.isdigit():
        found = [c for c in committees if c.id == int(key)]
    else:
        folded = key.casefold()
        found = [c for c in committees if folded and folded in (c.short_name.casefold(), c.name.casefold())]
        if not found:
            found = [
                c
                for c in committees
                if folded and (folded in c.name.casefold() or folded in c.name_en.casefold())
            ]
    if len(found) == 1:
        return found[0]
    known = "; ".join(committee_label(c) for c in (found or committees))
    if not found:
        raise ValidationError(
            f"ไม่พบคณะกรรมการ «{text}» (มี: {known})", f"No committee «{text}» (there are: {known})"
        )
    raise ValidationError(
        f"«{text}» ตรงกับคณะกรรมการมากกว่าหนึ่งคณะ: {known}", f"«{text}» matches several committees: {known}"
    )


class AmbiguousNumber(ValidationError):
    """A meeting or plan number that several committees have, named without ``--committee``."""


def _one(found: list[Any], committees: dict[int, Committee], what_th: str, what_en: str) -> Any:
    if len(found) == 1:
        return found[0]
    names = "; ".join(committee_label(committees[x.committee_id]) for x in found)
    raise AmbiguousNumber(
        f"{what_th} มีในคณะกรรมการมากกว่าหนึ่งคณะ ให้ระบุ --committee ด้วย: {names}",
        f"{what_en} exists in several committees; name one with --committee: {names}",
    )


def find_meeting(s: Session, number: int, year_be: int, committee: str | int | None = None) -> Meeting:
    """Meeting ``number``/``year_be`` of a committee (id or name; needed only when several have it)."""
    q = select(Meeting).where(Meeting.number == number, Meeting.year_be == year_be)
    cmt = _committee_of(s, committee)
    if cmt is not None:
        q = q.where(Meeting.committee_id == cmt.id)
    found = list(s.exec(q.order_by(col(Meeting.committee_id), col(Meeting.id))).all())
    if not found:
        where_th = f" ของ{cmt.name}" if cmt else ""
        where_en = f" of {cmt.name}" if cmt else ""
        raise ValidationError(
            f"ไม่มีการประชุมครั้งที่ {number}/{year_be}{where_th}",
            f"There is no meeting {number}/{year_be}{where_en}",
        )
    committees = {c.id or 0: c for c in s.exec(select(Committee)).all()}
    return _one(found, committees, f"การประชุมครั้งที่ {number}/{year_be}", f"Meeting {number}/{year_be}")


def find_plan_version(
    s: Session, fiscal_year: int, number: int | None = None, committee: str | int | None = None
) -> PlanVersion:
    """Version ``number`` (the newest when None) of a committee's plan of ``fiscal_year``."""
    q = select(ActionPlan).where(ActionPlan.fiscal_year == fiscal_year)
    cmt = _committee_of(s, committee)
    if cmt is not None:
        q = q.where(ActionPlan.committee_id == cmt.id)
    plans = list(s.exec(q.order_by(col(ActionPlan.committee_id), col(ActionPlan.id))).all())
    if not plans:
        raise ValidationError(
            f"ไม่มีแผนปฏิบัติการของปีงบประมาณ {fiscal_year}",
            f"There is no action plan for fiscal year {fiscal_year}",
        )
    committees = {c.id or 0: c for c in s.exec(select(Committee)).all()}
    plan: ActionPlan = _one(plans, committees, f"แผนปีงบประมาณ {fiscal_year}", f"The plan of {fiscal_year}")
    vq = select(PlanVersion).where(PlanVersion.plan_id == plan.id)
    vq = vq.where(PlanVersion.number == number) if number is not None else vq
    found = s.exec(vq.order_by(col(PlanVersion.number).desc())).first()
    if found is None:
        raise ValidationError(
            f"ไม่มีแผนปีงบประมาณ {fiscal_year} ฉบับที่ {number}", f"Plan {fiscal_year} has no version {number}"
        )
    return found


def _committee_of(s: Session, committee: str | int | None) -> Committee | None:
    if committee is None or committee == "":
        return None
    if isinstance(committee, int):
        found = s.get(Committee, committee)
        if found is None:
            raise ValidationError(f"ไม่พบคณะกรรมการรหัส {committee}", f"No committee with id {committee}")
        return found
    return find_committee(s, committee)


def committee_version(s: Session, committee_id: int, fiscal_year: int, number: int) -> PlanVersion:
    """Version ``number`` of the plan of ``fiscal_year`` of one committee (a body block's reference)."""
    plan = s.exec(
        select(ActionPlan).where(
            ActionPlan.committee_id == committee_id, ActionPlan.fiscal_year == fiscal_year
        )
    ).first()
    version = (
        None
        if plan is None
        else s.exec(
            select(PlanVersion).where(PlanVersion.plan_id == plan.id, PlanVersion.number == number)
        ).first()
    )
    if version is None:
        raise ValidationError(
            f"ระเบียบวาระอ้างถึงแผนปี {fiscal_year} ฉบับที่ {number} ซึ่งไม่มีอยู่",
            f"An agenda item refers to plan {fiscal_year} version {number}, which does not exist",
        )
    return version


# -- plans -------------------------------------------------------------------------------------------------


def activities_of(s: Session, version_id: int | None) -> list[Activity]:
    """The activities of a plan version in their order."""
    return list(
        s.exec(
            select(Activity)
            .where(Activity.version_id == version_id)
            .order_by(col(Activity.number), col(Activity.id))
        ).all()
    )


def plan_snapshot(s: Session, version_id: int) -> PlanSnap:
    from ethicsdesk.services.budget import summarize

    version = s.get(PlanVersion, version_id)
    if version is None:
        raise ValidationError(f"ไม่พบแผนฉบับรหัส {version_id}", f"No plan version with id {version_id}")
    plan = s.get(ActionPlan, version.plan_id)
    assert plan is not None
    committee = s.get(Committee, plan.committee_id)
    org = s.get(Organisation, committee.organisation_id) if committee else None
    from ethicsdesk.domain.models import Approach

    approaches = list(
        s.exec(
            select(Approach)
            .where(Approach.version_id == version.id)
            .order_by(col(Approach.number), col(Approach.id))
        ).all()
    )
    acts = activities_of(s, version.id)
    number_of = {a.id: a.number for a in acts}
    approach_number = {ap.id: ap.number for ap in approaches}
    milestones: dict[int | None, list[dt.date]] = {}
    if acts:
        for m in s.exec(
            select(Milestone)
            .where(col(Milestone.activity_id).in_([a.id for a in acts]))
            .order_by(col(Milestone.date), col(Milestone.id))
        ).all():
            milestones.setdefault(m.activity_id, []).append(m.date)
    summary = summarize(version, approaches, acts)
    totals = {t.approach_id: t for t in summary.approaches}
    return PlanSnap(
        organisation=org.name if org else "",
        committee=committee.name if committee else "",
        fiscal_year=plan.fiscal_year,
        version_number=version.number,
        title=version.title,
        label=version.label,
        approaches=tuple(
            ApproachSnap(
                ap.number, ap.title, totals[ap.id or 0].activity_count, totals[ap.id or 0].total_satang
            )
            for ap in approaches
        ),
        activities=tuple(
            ActivitySnap(
                number=a.number,
                approach_number=approach_number.get(a.approach_id, 0),
                name=a.name,
                note=a.note,
                objective=a.objective,
                indicators=tuple(a.indicators),
                budget_kind=BudgetKind(a.budget_kind).value,
                budget_satang=a.budget_satang,
                shares_budget_of=number_of.get(a.shares_budget_of_id),
                quarters=a.quarters,
                milestones=tuple(milestones.get(a.id, [])),
                responsible_unit=a.responsible_unit,
            )
            for a in acts
        ),
        total_satang=summary.total_satang,
        warnings=tuple(BudgetNote(w.th, w.en) for w in summary.warnings),
    )


# -- minutes ----------------------------------------------------------------------------------------------


def minutes_snapshot(s: Session, meeting_id: int) -> MinutesSnapshot:
    """The minutes of a meeting as the records stand now."""
    return _MinutesReader(s).read(meeting_id)


class _MinutesReader:
    def __init__(self, s: Session) -> None:
        self.s = s
        self.people: dict[int | None, Person] = {p.id: p for p in s.exec(select(Person)).all()}

    def name(self, person_id: int | None) -> str:
        return full_name(self.people.get(person_id))

    def read(self, meeting_id: int) -> MinutesSnapshot:
        s = self.s
        m = s.get(Meeting, meeting_id)
        if m is None:
            raise ValidationError(f"ไม่พบการประชุมรหัส {meeting_id}", f"No meeting with id {meeting_id}")
        self.meeting = m
        committee = s.get(Committee, m.committee_id)
        assert committee is not None
        self.committee = committee
        org = s.get(Organisation, committee.organisation_id)
        items = list(
            s.exec(
                select(AgendaItem)
                .where(AgendaItem.meeting_id == m.id)
                .order_by(col(AgendaItem.position), col(AgendaItem.id))
            ).all()
        )
        self.children: dict[int | None, list[AgendaItem]] = {}
        for it in items:
            self.children.setdefault(it.parent_id, []).append(it)
        self.dissent: dict[int, list[DissentingOpinion]] = {}
        if items:
            for op in s.exec(
                select(DissentingOpinion)
                .where(col(DissentingOpinion.agenda_item_id).in_([i.id for i in items]))
                .order_by(col(DissentingOpinion.position), col(DissentingOpinion.id))
            ).all():
                self.dissent.setdefault(op.agenda_item_id, []).append(op)
        return MinutesSnapshot(
            organisation=org.name if org else "",
            committee=committee.name,
            number=m.number,
            year_be=m.year_be,
            date=m.date,
            start_time=m.start_time,
            end_time=m.end_time,
            place=m.place,
            opening_text=m.opening_text,
            attendance=self.attendance(),
            items=tuple(self.item(it) for it in self.children.get(None, [])),
            recorder=self.signer(m.recorder_person_id, m.recorder_position),
            reviewer=self.signer(m.reviewer_person_id, m.reviewer_position),
        )

    def signer(self, person_id: int | None, position: str) -> Signer | None:
        return None if person_id is None else Signer(self.name(person_id), position)

    def attendance(self) -> tuple[AttendanceLine, ...]:
        s = self.s
        lines = s.exec(
            select(Attendance)
            .where(Attendance.meeting_id == self.meeting.id)
            .order_by(col(Attendance.position), col(Attendance.id))
        ).all()
        seats = {x.id: x for x in s.exec(select(Seat).where(Seat.committee_id == self.committee.id)).all()}
        out = []
        for a in lines:
            person = self.people.get(a.person_id)
            seat = seats.get(a.seat_id)
            name = self.name(a.person_id) or (seat.ex_officio_position if seat else "")
            out.append(
                AttendanceLine(
                    kind=AttendanceKind(a.kind).value,
                    name=name,
                    position=a.position_text or (person.position if person else ""),
                    role=SEAT_ROLE_LABELS[seat.role][0] if seat else "",
                    substitute=self.name(a.substitute_person_id)
                    if a.substitute_person_id is not None
                    else "",
                    reason=a.absence_reason,
                    online=a.online,
                )
            )
        return tuple(out)

    def item(self, it: AgendaItem) -> ItemSnap:
        return ItemSnap(
            title=it.title,
            body=tuple(self.blocks(it.body)),
            resolution_kind=None if it.resolution_kind is None else str(it.resolution_kind.value),
            resolution_heading=it.resolution_heading,
            resolution_text=it.resolution_text,
            dissent=tuple(
                Dissent(self.name(op.person_id), op.text) for op in self.dissent.get(it.id or 0, [])
            ),
            children=tuple(self.item(c) for c in self.children.get(it.id, [])),
        )

    def blocks(self, blocks: list[dict[str, Any]]) -> list[Any]:
        """Body blocks with every reference to other records replaced by what it shows now."""
        out: list[Any] = []
        for block in blocks:
            kind = block["type"]
            if kind == "list":
                out.append(
                    {
                        **block,
                        "items": [
                            {**entry, "blocks": self.blocks(entry.get("blocks", []))}
                            if entry.get("blocks")
                            else entry
                            for entry in block["items"]
                        ],
                    }
                )
            elif kind == "roster":
                out.append(self.roster(block["order"]))
            elif kind == "duties":
                duties = self.s.exec(
                    select(Duty)
                    .where(Duty.committee_id == self.committee.id)
                    .order_by(col(Duty.position), col(Duty.id))
                ).all()
                out.append(DutiesBlock(tuple(NumberedText(x.position, x.text) for x in duties)))
            elif kind == "virtues":
                out.append(self.virtues(block["fiscal_year"]))
            elif kind == "plan":
                version = committee_version(
                    self.s, self.committee.id or 0, block["fiscal_year"], block["version"]
                )
                out.append(PlanBlock(block["view"], plan_snapshot(self.s, version.id or 0)))
            elif kind == "report":
                out.append(self.report(block))
            else:
                out.append(block)
        return out

    def roster(self, order_number: str) -> RosterBlock:
        order = self.s.exec(
            select(AppointmentOrder).where(
                AppointmentOrder.committee_id == self.committee.id, AppointmentOrder.number == order_number
            )
        ).first()
        if order is None:
            raise ValidationError(f"ไม่พบคำสั่งที่ {order_number}", f"No appointment order {order_number}")
        rows = []
        for seat in self.s.exec(
            select(Seat)
            .where(Seat.committee_id == self.committee.id)
            .order_by(col(Seat.position), col(Seat.id))
        ).all():
            person = self.people.get(seat.person_id)
            if seat.ex_officio_position:
                name, detail = seat.ex_officio_position, seat.note or seat.ex_officio_affiliation
            else:
                name = full_name(person)
                detail = seat.note or (
                    " ".join(x for x in (person.position, person.affiliation) if x)
                    if person and person.affiliation
                    else ""
                )
            rows.append(RosterLine(seat.position, name, detail, SEAT_ROLE_LABELS[seat.role][0]))
        return RosterBlock(order_number, tuple(rows))

    def virtues(self, fiscal_year: int) -> VirtuesBlock:
        virtues = self.s.exec(
            select(TargetVirtue)
            .where(TargetVirtue.committee_id == self.committee.id, TargetVirtue.fiscal_year == fiscal_year)
            .order_by(col(TargetVirtue.position), col(TargetVirtue.id))
        ).all()

        def of(kind: VirtueKind) -> tuple[NumberedText, ...]:
            return tuple(NumberedText(v.position, v.text) for v in virtues if v.kind == kind)

        return VirtuesBlock(fiscal_year, of(VirtueKind.PROBLEM), of(VirtueKind.GOOD))

    def report(self, block: dict[str, Any]) -> ReportBlock:
        """A progress report's summary as of the meeting's date (what is late is judged on that day)."""
        from ethicsdesk.services.progress_period import period, summarize_period
        from ethicsdesk.services.progress_summary import load_snapshot

        try:
            version = committee_version(
                self.s, self.committee.id or 0, block["fiscal_year"], block["version"]
            )
        except ValidationError:
            raise ValidationError(
                f"ระเบียบวาระอ้างถึงรายงานผลของแผนปี {block['fiscal_year']} ฉบับที่ {block['version']} ซึ่งไม่มีอยู่",
                f"An agenda item refers to a report on plan {block['fiscal_year']} version {block['version']}, "
                "which does not exist",
            ) from None
        snap = load_snapshot(self.s, version.id or 0)
        kind, first, last = period(snap.fiscal_year, block["months"], None)
        return ReportBlock(version.title, summarize_period(snap, kind, first, last, self.meeting.date))
