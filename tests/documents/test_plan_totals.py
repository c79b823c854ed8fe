"""The plan's totals, built from a snapshot alone (the documents need no workspace)."""

from __future__ import annotations

import datetime as dt

from ethicsdesk.documents.model import Table, Text
from ethicsdesk.documents.plan import build_plan
from ethicsdesk.domain.snapshots import ActivitySnap, ApproachSnap, PlanSnap


def _plan(*budgets: tuple[str, int | None]) -> PlanSnap:
    acts = tuple(
        ActivitySnap(
            number=n,
            approach_number=1,
            name=f"กิจกรรม {n}",
            note="",
            objective="",
            indicators=(),
            budget_kind=kind,
            budget_satang=satang,
            shares_budget_of=None,
            quarters=0b1111,
            milestones=(dt.date(2022, 12, 23),),
            responsible_unit="สล.กสอ.",
        )
        for n, (kind, satang) in enumerate(budgets, 1)
    )
    total = sum(s or 0 for k, s in budgets if k == "amount")
    return PlanSnap(
        organisation="กรมส่งเสริมอุตสาหกรรม",
        committee="คณะกรรมการ",
        fiscal_year=2566,
        version_number=1,
        title="แผนทดสอบ",
        label="",
        approaches=(ApproachSnap(1, "แนวทางแรก", len(acts), total),),
        activities=acts,
        total_satang=total,
    )


def _texts(plan: PlanSnap) -> list[str]:
    doc = build_plan(plan)
    table = next(b for b in doc.blocks if hasattr(b, "total_budget"))
    return [table.total_budget] + [b.markup for b in doc.blocks if isinstance(b, Text)]  # type: ignore[union-attr]


def test_a_plan_without_any_amount_says_so() -> None:
    texts = _texts(_plan(("n/a", None), ("-", None)))
    assert any("ยังไม่ได้กำหนดจำนวนเงิน" in t for t in texts[:1])
    assert any(t.startswith("รวมงบประมาณทั้งสิ้น ยังไม่ได้กำหนดจำนวนเงิน") for t in texts)
    assert not any("ศูนย์บาทถ้วน" in t or "๐ บาท" in t for t in texts)


def test_a_plan_with_amounts_prints_the_total_in_words() -> None:
    texts = _texts(_plan(("amount", 7_000_000), ("n/a", None)))
    assert texts[0] == "จำนวนงบประมาณทั้งหมด ๗๐,๐๐๐ บาท (เจ็ดหมื่นบาทถ้วน)"
    assert "รวมงบประมาณทั้งสิ้น ๗๐,๐๐๐ บาท (เจ็ดหมื่นบาทถ้วน)" in texts


def test_the_summary_table_aligns_amounts_right_and_counts_centred() -> None:
    doc = build_plan(_plan(("amount", 100)))
    table = next(b for b in doc.blocks if isinstance(b, Table))
    assert [table.column_align(c) for c in range(3)] == ["left", "center", "right"]


def test_the_summary_prints_no_total_for_an_approach_without_an_amount() -> None:
    """An approach (or a plan) none of whose activities names an amount shows "-", not a total of ๐."""
    for budgets, expected in (
        ((("n/a", None), ("-", None)), ["-", "<b>-</b>"]),
        ((("amount", 7_000_000), ("n/a", None)), ["๗๐,๐๐๐", "<b>๗๐,๐๐๐</b>"]),
    ):
        doc = build_plan(_plan(*budgets))
        table = next(b for b in doc.blocks if isinstance(b, Table))
        assert [row[2] for row in table.rows] == expected
