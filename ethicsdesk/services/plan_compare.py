"""What changed between two versions of a plan, in the words agenda ๕.๒ of the seed uses."""

from __future__ import annotations

import difflib
from dataclasses import dataclass

from ethicsdesk.domain.enums import BudgetKind
from ethicsdesk.domain.models import Activity


def quarter_list(mask: int) -> list[int]:
    return [q for q in range(1, 5) if mask & (1 << (q - 1))]


@dataclass(frozen=True)
class Change:
    """One difference between two plan versions, in words as agenda ๕.๒ lists them."""

    kind: str  # added, removed, renamed, renumbered, moved, field
    number_a: int | None
    number_b: int | None
    field: str
    old: str
    new: str
    th: str
    en: str


def _budget_text(a: Activity, number_of: dict[int | None, int]) -> str:
    if a.budget_kind == BudgetKind.AMOUNT:
        return f"{(a.budget_satang or 0) / 100:,.2f}"
    if a.budget_kind == BudgetKind.SHARED:
        return f"ใช้งบประมาณวงเงินเดียวกับกิจกรรมข้อ {number_of.get(a.shares_budget_of_id, '?')}"
    return {"n/a": "n/a", "-": "-"}.get(a.budget_kind.value, "")


_FIELD_NAMES = {
    "objective": ("วัตถุประสงค์", "objective"),
    "indicators": ("ตัวชี้วัด", "indicators"),
    "budget": ("งบประมาณ", "budget"),
    "quarters": ("ระยะเวลาดำเนินงาน", "quarters"),
    "responsible_unit": ("หน่วยงานที่รับผิดชอบ", "responsible unit"),
    "approach": ("แนวทางการพัฒนา", "approach"),
}


def compare_activities(
    a_acts: list[Activity],
    b_acts: list[Activity],
    a_approach: dict[int | None, int],
    b_approach: dict[int | None, int],
) -> list[Change]:
    """Pair each activity with the one it continues (``derived_from``), else by name (exactly, then the
    most similar above 0.6), and list what changed."""
    changes: list[Change] = []
    unmatched_b = list(b_acts)
    pairs: list[tuple[Activity, Activity]] = []
    rest_a: list[Activity] = []
    by_id = {a.id: a for a in a_acts}
    for b in list(unmatched_b):
        origin = by_id.get(b.derived_from_id)
        if origin is not None and origin not in [p[0] for p in pairs]:
            pairs.append((origin, b))
            unmatched_b.remove(b)
    paired_a = {id(p[0]) for p in pairs}
    for a in a_acts:
        if id(a) in paired_a:
            continue
        same = next((b for b in unmatched_b if b.name.split() == a.name.split()), None)
        if same is not None:
            pairs.append((a, same))
            unmatched_b.remove(same)
        else:
            rest_a.append(a)
    for a in list(rest_a):
        scored = [(difflib.SequenceMatcher(None, a.name, b.name).ratio(), b) for b in unmatched_b]
        if scored:
            ratio, best = max(scored, key=lambda x: x[0])
            if ratio >= 0.6:
                pairs.append((a, best))
                unmatched_b.remove(best)
                rest_a.remove(a)
    a_num = {x.id: x.number for x in a_acts}
    b_num = {x.id: x.number for x in b_acts}
    for a in rest_a:
        changes.append(
            Change(
                "removed",
                a.number,
                None,
                "",
                a.name,
                "",
                f"ตัดกิจกรรมข้อ {a.number} {a.name}",
                f"Removed activity {a.number} {a.name}",
            )
        )
    for a, b in sorted(pairs, key=lambda p: p[1].number):
        if a.name != b.name:
            changes.append(
                Change(
                    "renamed",
                    a.number,
                    b.number,
                    "name",
                    a.name,
                    b.name,
                    f"แก้ไขชื่อกิจกรรมข้อ {b.number} จาก “{a.name}” เป็น “{b.name}”",
                    f"Renamed activity {b.number} from “{a.name}” to “{b.name}”",
                )
            )
        if a.number != b.number:
            changes.append(
                Change(
                    "renumbered",
                    a.number,
                    b.number,
                    "number",
                    str(a.number),
                    str(b.number),
                    f"กิจกรรมข้อ {a.number} เป็นข้อ {b.number}",
                    f"Activity {a.number} is now {b.number}",
                )
            )
        old_new = {
            "objective": (a.objective, b.objective),
            "indicators": ("\n".join(a.indicators), "\n".join(b.indicators)),
            "budget": (_budget_text(a, a_num), _budget_text(b, b_num)),
            "quarters": (
                ",".join(map(str, quarter_list(a.quarters))),
                ",".join(map(str, quarter_list(b.quarters))),
            ),
            "responsible_unit": (a.responsible_unit, b.responsible_unit),
            "approach": (str(a_approach.get(a.approach_id, "")), str(b_approach.get(b.approach_id, ""))),
        }
        for key, (old, new) in old_new.items():
            if old.split() != new.split():
                th, en = _FIELD_NAMES[key]
                changes.append(
                    Change(
                        "field",
                        a.number,
                        b.number,
                        key,
                        old,
                        new,
                        f"แก้ไข{th}ของกิจกรรมข้อ {b.number} จาก “{old}” เป็น “{new}”",
                        f"Changed the {en} of activity {b.number} from “{old}” to “{new}”",
                    )
                )
    for b in sorted(unmatched_b, key=lambda x: x.number):
        changes.append(
            Change(
                "added",
                None,
                b.number,
                "",
                "",
                b.name,
                f"เพิ่มกิจกรรมข้อ {b.number} {b.name}",
                f"Added activity {b.number} {b.name}",
            )
        )
    return changes
