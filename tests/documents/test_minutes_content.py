"""The minutes' content in the official form, before any rendering."""

from __future__ import annotations

import datetime as dt

from ethicsdesk.documents.minutes import NONE_TEXT
from ethicsdesk.documents.model import PeopleList, PlanTable, Roster, Rule, Signature, Text
from ethicsdesk.domain.enums import AttendanceKind
from ethicsdesk.printing import minutes_document
from ethicsdesk.services import Services


def _meeting(services: Services) -> int:
    cid = services.roster.committees()[0].id or 0
    m = services.meetings.find(cid, 1, 2565)
    assert m is not None
    return m.id or 0


def test_parts_in_the_official_order(services: Services) -> None:
    doc = minutes_document(services.workspace, _meeting(services))[0]
    kinds = []
    for b in doc.blocks:
        if isinstance(b, Text) and b.role == "title":
            kind = "title"
        elif isinstance(b, PeopleList):
            kind = b.heading
        elif isinstance(b, Text) and b.markup.startswith(("เริ่มประชุมเวลา", "เลิกประชุมเวลา")):
            kind = b.markup.split()[0]
        elif isinstance(b, Text) and b.markup.startswith("ระเบียบวาระที่"):
            kind = "agenda"
        elif isinstance(b, Signature):
            kind = b.role
        else:
            continue
        if not kinds or kinds[-1] != kind:
            kinds.append(kind)
    assert kinds == [
        "title",
        "ผู้มาประชุม",
        "ผู้ไม่มาประชุม",
        "ผู้เข้าร่วมประชุม",
        "เริ่มประชุมเวลา",
        "agenda",
        "เลิกประชุมเวลา",
        "ผู้จดรายงานการประชุม",
        "ผู้ตรวจรายงานการประชุม",  # the form's second signer (blank name when the meeting names none)
    ]
    titles = [b.markup for b in doc.blocks if isinstance(b, Text) and b.role == "title"]
    assert titles[2] == "ครั้งที่ ๑/๒๕๖๕"
    assert titles[3] == "วันพุธที่ ๒๖ ตุลาคม ๒๕๖๕ เวลา ๐๙.๓๐ น."
    assert titles[4].startswith("ณ ห้องประชุม")
    assert any(isinstance(b, Rule) for b in doc.blocks)


def test_attendance_columns_and_substitute(services: Services) -> None:
    doc = minutes_document(services.workspace, _meeting(services))[0]
    lists = {b.heading: b for b in doc.blocks if isinstance(b, PeopleList)}
    assert [len(lists[h].rows) for h in ("ผู้มาประชุม", "ผู้ไม่มาประชุม", "ผู้เข้าร่วมประชุม")] == [10, 3, 5]
    first = lists["ผู้มาประชุม"].rows[0]
    assert (first.number, first.name, first.position, first.role) == (
        "๑.",
        "นางบุญเจือ วงษ์เกษม",
        "ผู้ทรงคุณวุฒิ",
        "ประธานคณะกรรมการ",
    )
    assert lists["ผู้มาประชุม"].rows[9].number == "๑๐."
    assert "(มอบหมายนางสาวโนรี ฐูปูชา)" in lists["ผู้ไม่มาประชุม"].rows[0].name


def test_empty_items_say_none_and_resolutions_are_worded(services: Services) -> None:
    doc = minutes_document(services.workspace, _meeting(services))[0]
    texts = [b for b in doc.blocks if isinstance(b, Text)]
    i2 = next(i for i, t in enumerate(texts) if t.markup.startswith("ระเบียบวาระที่ ๒"))
    assert texts[i2 + 1].markup == NONE_TEXT
    resolutions = [t.markup for t in texts if t.role == "resolution"]
    assert resolutions[0] == "<b>มติที่ประชุม</b> รับทราบ"
    assert sum(r.startswith("<b>มติคณะกรรมการ</b>") for r in resolutions) == 2


def test_tables_of_the_seed(services: Services) -> None:
    doc = minutes_document(services.workspace, _meeting(services))[0]
    rosters = [b for b in doc.blocks if isinstance(b, Roster)]
    assert len(rosters) == 1 and len(rosters[0].rows) == 13
    plans = [b for b in doc.blocks if isinstance(b, PlanTable)]
    assert [p.view for p in plans] == [
        "approaches",
        "approaches",
        "activities",
        "activities",
        "timeline",
        "timeline",
    ]
    amended = plans[3]
    assert amended.total_label == "จำนวน ๑๗ โครงการ/กิจกรรม"
    assert amended.total_budget == "จำนวนงบประมาณทั้งหมด ๑,๒๗๐,๐๐๐ บาท (หนึ่งล้านสองแสนเจ็ดหมื่นบาทถ้วน)"
    assert amended.quarter_labels[0] == "ไตรมาสที่ ๑ (ต.ค. - ธ.ค. ๖๕)"
    acts = [a for ap in amended.approaches for a in ap.activities]
    assert acts[0].budget == "๗๐,๐๐๐"
    assert any(a.budget == "ใช้งบประมาณวงเงินเดียวกับกิจกรรมข้อ ๑๒" for a in acts)
    assert any("๒๕ มี.ค. ๖๖" in a.milestones.get(2, []) for a in acts)


def test_arabic_digit_setting(services: Services) -> None:
    doc = minutes_document(services.workspace, _meeting(services), thai_digits=False)[0]
    titles = [b.markup for b in doc.blocks if isinstance(b, Text) and b.role == "title"]
    assert titles[2] == "ครั้งที่ 1/2565"
    assert not any("๑" in b.markup for b in doc.blocks if isinstance(b, Text))


def test_online_reason_and_dissent_are_printed(services: Services) -> None:
    mid = _meeting(services)
    cid = services.roster.committees()[0].id or 0
    seats = services.roster.seats(cid)
    services.meetings.mark(mid, seats[0].id, AttendanceKind.PRESENT, online=True)
    services.meetings.mark(mid, seats[1].id, AttendanceKind.ABSENT, reason="ติดราชการ")
    item = services.agenda.items(mid)[0]
    services.agenda.add_dissent(item.id, "ไม่เห็นด้วยกับวิธีการ", person_id=seats[2].person_id)
    doc = minutes_document(services.workspace, mid)[0]
    lists = {b.heading: b for b in doc.blocks if isinstance(b, PeopleList)}
    assert lists["ผู้มาประชุม"].rows[0].name.endswith("(ประชุมผ่านสื่ออิเล็กทรอนิกส์)")
    assert any(r.name.endswith("(ติดราชการ)") for r in lists["ผู้ไม่มาประชุม"].rows)
    assert any(
        isinstance(b, Text) and b.role == "dissent" and "ไม่เห็นด้วยกับวิธีการ" in b.markup for b in doc.blocks
    )


def test_an_empty_meeting(services: Services) -> None:
    cid = services.roster.committees()[0].id or 0
    m = services.meetings.create_meeting(cid, dt.date(2023, 1, 10))
    doc = minutes_document(services.workspace, m.id or 0)[0]
    texts = [b.markup for b in doc.blocks if isinstance(b, Text)]
    assert texts.count(NONE_TEXT) == 6 + 2  # six empty items; nobody present, nobody absent
