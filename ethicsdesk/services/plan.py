"""The action plan: versions, approaches, activities, budgets, quarters, milestones, comparison."""

from __future__ import annotations

import datetime as dt

from sqlmodel import Session, col, select

from ethicsdesk.domain.enums import BudgetKind
from ethicsdesk.domain.models import (
    ActionPlan,
    Activity,
    Approach,
    Committee,
    Milestone,
    PlanVersion,
    ProgressRecord,
)
from ethicsdesk.errors import ValidationError
from ethicsdesk.services.base import Service, require_text
from ethicsdesk.services.plan_compare import Change, compare_activities
from ethicsdesk.thai.dates import check_year

ACTIVITY_TEXT_FIELDS = ("name", "note", "objective", "responsible_unit")


def fiscal_year_range(fiscal_year: int) -> tuple[dt.date, dt.date]:
    """1 October of the year before to 30 September (fiscal year in the Buddhist era)."""
    ce = fiscal_year - 543
    return dt.date(ce - 1, 10, 1), dt.date(ce, 9, 30)


class PlanService(Service):
    # -- reading ----------------------------------------------------------------------------
    def plans(self, committee_id: int) -> list[ActionPlan]:
        with self.ws.reading() as s:
            return list(
                s.exec(
                    select(ActionPlan)
                    .where(ActionPlan.committee_id == committee_id)
                    .order_by(col(ActionPlan.fiscal_year), col(ActionPlan.id))
                ).all()
            )

    def versions(self, plan_id: int) -> list[PlanVersion]:
        with self.ws.reading() as s:
            return list(
                s.exec(
                    select(PlanVersion)
                    .where(PlanVersion.plan_id == plan_id)
                    .order_by(col(PlanVersion.number), col(PlanVersion.id))
                ).all()
            )

    def approaches(self, version_id: int) -> list[Approach]:
        with self.ws.reading() as s:
            return list(
                s.exec(
                    select(Approach)
                    .where(Approach.version_id == version_id)
                    .order_by(col(Approach.number), col(Approach.id))
                ).all()
            )

    def activities(self, version_id: int) -> list[Activity]:
        with self.ws.reading() as s:
            return list(
                s.exec(
                    select(Activity)
                    .where(Activity.version_id == version_id)
                    .order_by(col(Activity.number), col(Activity.id))
                ).all()
            )

    def activity(self, activity_id: int) -> Activity:
        with self.ws.reading() as s:
            return self.get(s, Activity, activity_id)

    def milestones(self, activity_id: int) -> list[Milestone]:
        with self.ws.reading() as s:
            return list(
                s.exec(
                    select(Milestone)
                    .where(Milestone.activity_id == activity_id)
                    .order_by(col(Milestone.date), col(Milestone.id))
                ).all()
            )

    def version_milestones(self, version_id: int) -> dict[int, list[Milestone]]:
        with self.ws.reading() as s:
            rows = s.exec(
                select(Milestone)
                .join(Activity, col(Activity.id) == Milestone.activity_id)
                .where(Activity.version_id == version_id)
                .order_by(col(Milestone.date), col(Milestone.id))
            ).all()
        out: dict[int, list[Milestone]] = {}
        for m in rows:
            out.setdefault(m.activity_id, []).append(m)
        return out

    # -- plans and versions -----------------------------------------------------------------
    def create_plan(self, committee_id: int, fiscal_year: int, title: str) -> PlanVersion:
        """A plan for a fiscal year with its first (empty) version."""
        check_year(fiscal_year)
        with self.ws.transaction() as s:
            self.get(s, Committee, committee_id)
            if s.exec(
                select(ActionPlan).where(
                    ActionPlan.committee_id == committee_id, ActionPlan.fiscal_year == fiscal_year
                )
            ).first():
                raise ValidationError(
                    f"มีแผนของปีงบประมาณ {fiscal_year} อยู่แล้ว",
                    f"A plan for fiscal year {fiscal_year} already exists",
                )
            plan = ActionPlan(committee_id=committee_id, fiscal_year=fiscal_year, core_virtues=[])
            s.add(plan)
            s.flush()
            version = PlanVersion(
                plan_id=plan.id or 0, number=1, label="ร่าง", title=require_text(title, "ชื่อแผน", "plan title")
            )
            s.add(version)
            s.flush()
            return version

    def new_version(self, from_version_id: int, label: str = "") -> PlanVersion:
        """Copy a version (approaches, activities, shares, milestones) as the plan's next version."""
        with self.ws.transaction() as s:
            src = self.get(s, PlanVersion, from_version_id)
            self.get(s, ActionPlan, src.plan_id, lock=True)  # versions are numbered per plan: one at a time
            number = (
                max(s.exec(select(PlanVersion.number).where(PlanVersion.plan_id == src.plan_id)).all()) + 1
            )
            dst = PlanVersion(
                plan_id=src.plan_id,
                number=number,
                label=label.strip(),
                title=src.title,
                declared_total_satang=src.declared_total_satang,
                declared_activity_count=src.declared_activity_count,
                note=src.note,
            )
            s.add(dst)
            s.flush()
            approach_map: dict[int | None, int | None] = {}
            for ap in s.exec(
                select(Approach)
                .where(Approach.version_id == src.id)
                .order_by(col(Approach.number), col(Approach.id))
            ).all():
                copy = Approach(version_id=dst.id or 0, number=ap.number, title=ap.title)
                s.add(copy)
                s.flush()
                approach_map[ap.id] = copy.id
            act_map: dict[int | None, Activity] = {}
            src_acts = s.exec(
                select(Activity)
                .where(Activity.version_id == src.id)
                .order_by(col(Activity.number), col(Activity.id))
            ).all()
            for a in src_acts:
                copy = Activity(
                    version_id=dst.id or 0,
                    approach_id=approach_map[a.approach_id] or 0,
                    number=a.number,
                    name=a.name,
                    note=a.note,
                    objective=a.objective,
                    indicators=list(a.indicators),
                    budget_kind=a.budget_kind,
                    budget_satang=a.budget_satang,
                    quarters=a.quarters,
                    derived_from_id=a.id,
                    responsible_unit=a.responsible_unit,
                )
                s.add(copy)
                s.flush()
                act_map[a.id] = copy
                for m in s.exec(select(Milestone).where(Milestone.activity_id == a.id)).all():
                    s.add(Milestone(activity_id=copy.id or 0, date=m.date, label=m.label))
            for a in src_acts:
                if a.shares_budget_of_id is not None:
                    act_map[a.id].shares_budget_of_id = act_map[a.shares_budget_of_id].id
                    s.add(act_map[a.id])
            return dst

    def update_version(
        self,
        version_id: int,
        *,
        title: str | None = None,
        label: str | None = None,
        declared_total_satang: int | bool | None = False,
        declared_activity_count: int | bool | None = False,
    ) -> PlanVersion:
        with self.ws.transaction() as s:
            v = self.get(s, PlanVersion, version_id)
            if title is not None:
                v.title = require_text(title, "ชื่อแผน", "plan title")
            if label is not None:
                v.label = label.strip()
            if declared_total_satang is not False:
                v.declared_total_satang = declared_total_satang  # type: ignore[assignment]
            if declared_activity_count is not False:
                v.declared_activity_count = declared_activity_count  # type: ignore[assignment]
            s.add(v)
            return v

    def compare(self, version_a_id: int, version_b_id: int) -> list[Change]:
        with self.ws.reading() as s:
            a_acts = list(
                s.exec(
                    select(Activity)
                    .where(Activity.version_id == version_a_id)
                    .order_by(col(Activity.number), col(Activity.id))
                ).all()
            )
            b_acts = list(
                s.exec(
                    select(Activity)
                    .where(Activity.version_id == version_b_id)
                    .order_by(col(Activity.number), col(Activity.id))
                ).all()
            )
            a_ap = {
                x.id: x.number
                for x in s.exec(select(Approach).where(Approach.version_id == version_a_id)).all()
            }
            b_ap = {
                x.id: x.number
                for x in s.exec(select(Approach).where(Approach.version_id == version_b_id)).all()
            }
        return compare_activities(a_acts, b_acts, a_ap, b_ap)

    # -- approaches and activities ----------------------------------------------------------
    def add_approach(self, version_id: int, title: str) -> Approach:
        with self.ws.transaction() as s:
            # the version's numbered lists: one edit at a time
            self.get(s, PlanVersion, version_id, lock=True)
            n = (
                max(s.exec(select(Approach.number).where(Approach.version_id == version_id)).all(), default=0)
                + 1
            )
            ap = Approach(
                version_id=version_id,
                number=n,
                title=require_text(title, "ชื่อแนวทางการพัฒนา", "approach title"),
            )
            s.add(ap)
            s.flush()
            return ap

    def add_activity(self, approach_id: int, name: str, **fields: object) -> Activity:
        """A new activity at the end of its approach; later activities are renumbered after it."""
        with self.ws.transaction() as s:
            ap = self.get(s, Approach, approach_id)
            # the version's numbered lists: one edit at a time
            self.get(s, PlanVersion, ap.version_id, lock=True)
            acts = list(
                s.exec(
                    select(Activity)
                    .where(Activity.version_id == ap.version_id)
                    .order_by(col(Activity.number), col(Activity.id))
                ).all()
            )
            approach_numbers = {
                x.id: x.number
                for x in s.exec(select(Approach).where(Approach.version_id == ap.version_id)).all()
            }
            # numbers read after the lock: another officer may have renumbered the approaches meanwhile
            in_or_before = [a for a in acts if approach_numbers[a.approach_id] <= approach_numbers[ap.id]]
            number = max((a.number for a in in_or_before), default=0) + 1
            for a in reversed(acts):
                if a.number >= number:
                    a.number += 1
                    s.add(a)
            self.shifted(a for a in acts if a.number > number)
            act = Activity(
                version_id=ap.version_id,
                approach_id=approach_id,
                number=number,
                name=require_text(name, "ชื่อกิจกรรม", "activity name"),
                indicators=[],
            )
            s.add(act)
            s.flush()
            self._apply(s, act, fields)
            return act

    def update_activity(self, activity_id: int, **fields: object) -> Activity:
        with self.ws.transaction() as s:
            act = self.get(s, Activity, activity_id)
            self._apply(s, act, fields)
            return act

    def _apply(self, s: Session, act: Activity, fields: dict[str, object]) -> None:
        for key, value in fields.items():
            if key in ACTIVITY_TEXT_FIELDS:
                if not isinstance(value, str):
                    raise TypeError(key)
                setattr(
                    act,
                    key,
                    require_text(value, "ชื่อกิจกรรม", "activity name") if key == "name" else value.strip(),
                )
            elif key == "indicators":
                if not isinstance(value, list) or not all(isinstance(x, str) for x in value):
                    raise TypeError(key)
                act.indicators = [x.strip() for x in value if x.strip()]
            elif key == "quarters":
                if not isinstance(value, list | tuple | set) or not all(
                    isinstance(q, int) and 1 <= q <= 4 for q in value
                ):
                    raise ValidationError("ไตรมาสต้องเป็น ๑ ถึง ๔", "Quarters must be 1 to 4")
                act.quarters = sum(1 << (q - 1) for q in set(value))
            else:
                raise TypeError(f"unknown activity field {key}")
        s.add(act)

    def toggle_quarter(self, activity_id: int, quarter: int) -> Activity:
        if not 1 <= quarter <= 4:
            raise ValidationError("ไตรมาสต้องเป็น ๑ ถึง ๔", "Quarters must be 1 to 4")
        with self.ws.transaction() as s:
            act = self.get(s, Activity, activity_id)
            act.quarters ^= 1 << (quarter - 1)
            s.add(act)
            return act

    def set_budget(
        self,
        activity_id: int,
        kind: BudgetKind | str,
        amount: int | str | None = None,
        shares_number: int | None = None,
    ) -> Activity:
        """Set an activity's budget: an amount (satang, or text such as "70,000" / "๗๐,๐๐๐"), n/a, -, or shared."""
        from ethicsdesk.thai.money import parse_baht

        try:
            kind = BudgetKind(kind)
        except ValueError:
            raise ValidationError(f"ไม่รู้จักชนิดงบประมาณ «{kind}»", f"Unknown budget kind «{kind}»") from None
        with self.ws.transaction() as s:
            act = self.get(s, Activity, activity_id)
            act.budget_satang, act.shares_budget_of_id = None, None
            if kind == BudgetKind.AMOUNT:
                satang = parse_baht(amount) if isinstance(amount, str) else amount
                if satang is None or isinstance(satang, bool) or satang < 0:
                    raise ValidationError(
                        "งบประมาณต้องเป็นจำนวนเงินที่ไม่ติดลบ", "The budget must be an amount that is not negative"
                    )
                act.budget_satang = satang
            elif kind == BudgetKind.SHARED:
                target = s.exec(
                    select(Activity).where(
                        Activity.version_id == act.version_id, Activity.number == shares_number
                    )
                ).first()
                if target is None or target.id == act.id:
                    raise ValidationError(
                        f"ไม่มีกิจกรรมข้อ {shares_number} ให้ใช้งบประมาณร่วม",
                        f"There is no activity {shares_number} to share a budget with",
                    )
                act.shares_budget_of_id = target.id
            act.budget_kind = kind
            s.add(act)
            return act

    def remove_activity(self, activity_id: int) -> None:
        with self.ws.transaction() as s:
            act = self.get(s, Activity, activity_id)
            sharers = s.exec(select(Activity).where(Activity.shares_budget_of_id == activity_id)).all()
            if sharers:
                numbers = ", ".join(str(a.number) for a in sharers)
                raise ValidationError(
                    f"ลบไม่ได้ เพราะกิจกรรมข้อ {numbers} ใช้งบประมาณร่วมกับกิจกรรมนี้",
                    f"Cannot remove: activities {numbers} share this activity's budget",
                )
            _refuse_if_reported(s, [activity_id], f"กิจกรรมข้อ {act.number}", f"activity {act.number}")
            # the version's numbered lists: one edit at a time
            self.get(s, PlanVersion, act.version_id, lock=True)
            later = s.exec(
                select(Activity).where(Activity.version_id == act.version_id, Activity.number > act.number)
            ).all()
            s.delete(act)
            s.flush()
            for a in sorted(later, key=lambda x: x.number):
                a.number -= 1
                s.add(a)
            self.shifted(later)

    def add_milestone(self, activity_id: int, date: dt.date, label: str = "") -> Milestone:
        with self.ws.transaction() as s:
            act = self.get(s, Activity, activity_id)
            version = self.get(s, PlanVersion, act.version_id)
            plan = self.get(s, ActionPlan, version.plan_id)
            first, last = fiscal_year_range(plan.fiscal_year)
            if not first <= date <= last:
                raise ValidationError(
                    f"วันที่ {date.day}/{date.month}/{date.year + 543} อยู่นอกปีงบประมาณ {plan.fiscal_year}",
                    f"{date.isoformat()} is outside fiscal year {plan.fiscal_year}",
                )
            m = Milestone(activity_id=activity_id, date=date, label=label.strip())
            s.add(m)
            s.flush()
            return m

    def remove_version(self, version_id: int) -> None:
        """Remove a version with its approaches, activities and milestones; a plan keeps at least one (added for the GUI)."""
        with self.ws.transaction() as s:
            v = self.get(s, PlanVersion, version_id)
            others = s.exec(
                select(PlanVersion.id).where(PlanVersion.plan_id == v.plan_id, PlanVersion.id != version_id)
            ).all()
            if not others:
                raise ValidationError("ลบฉบับเดียวของแผนไม่ได้", "The only version of a plan cannot be removed")
            _purge_version(s, v)

    def remove_approach(self, approach_id: int) -> None:
        """Remove an approach that holds no activity; later approaches are renumbered (added for the GUI)."""
        with self.ws.transaction() as s:
            ap = self.get(s, Approach, approach_id)
            if s.exec(select(Activity.id).where(Activity.approach_id == approach_id)).first() is not None:
                raise ValidationError(
                    f"ลบแนวทางการพัฒนาที่ {ap.number} ไม่ได้ เพราะยังมีกิจกรรมอยู่",
                    f"Approach {ap.number} still holds activities and cannot be removed",
                )
            # the version's numbered lists: one edit at a time
            self.get(s, PlanVersion, ap.version_id, lock=True)
            later = s.exec(
                select(Approach).where(Approach.version_id == ap.version_id, Approach.number > ap.number)
            ).all()
            s.delete(ap)
            s.flush()
            for other in sorted(later, key=lambda x: x.number):
                other.number -= 1
                s.add(other)
            self.shifted(later)

    def remove_plan(self, plan_id: int) -> None:
        """Remove a plan with every version (added for the GUI, to undo creating a plan)."""
        with self.ws.transaction() as s:
            plan = self.get(s, ActionPlan, plan_id)
            for v in s.exec(select(PlanVersion).where(PlanVersion.plan_id == plan_id)).all():
                _purge_version(s, v)
            s.delete(plan)

    def remove_milestone(self, milestone_id: int) -> None:
        with self.ws.transaction() as s:
            s.delete(self.get(s, Milestone, milestone_id))


def _refuse_if_reported(s: Session, activity_ids: list[int], what_th: str, what_en: str) -> None:
    """Recorded progress is never removed as a side effect (the database would cascade it away,
    unaudited and beyond undo): it has to be removed first, on its own."""
    reported = s.exec(
        select(ProgressRecord.id).where(col(ProgressRecord.activity_id).in_(activity_ids))
    ).first()
    if reported is not None:
        raise ValidationError(
            f"ลบ{what_th}ไม่ได้ เพราะมีผลการดำเนินงานที่บันทึกไว้ กรุณาลบผลการดำเนินงานก่อน",
            f"Cannot remove {what_en}: progress has been recorded for it; remove the progress first",
        )


def _purge_version(s: Session, v: PlanVersion) -> None:
    """Delete a version and everything in it, inside the caller's transaction."""
    acts = s.exec(select(Activity).where(Activity.version_id == v.id)).all()
    _refuse_if_reported(s, [a.id or 0 for a in acts], f"แผนฉบับที่ {v.number}", f"plan version {v.number}")
    for a in acts:
        a.shares_budget_of_id = None
        s.add(a)
    s.flush()
    for a in acts:
        for m in s.exec(select(Milestone).where(Milestone.activity_id == a.id)).all():
            s.delete(m)
    s.flush()  # milestones first: deleting an activity would cascade to them in SQLite behind the session's back
    for a in acts:
        s.delete(a)
    s.flush()
    for ap in s.exec(select(Approach).where(Approach.version_id == v.id)).all():
        s.delete(ap)
    s.flush()
    s.delete(v)
    s.flush()
