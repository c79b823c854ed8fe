"""A large synthetic workspace for benchmarks: 15 years of monthly meetings, 2,000 people,
15 plans of 60 activities. Deterministic (seeded), written in the interchange format.

    python bench/generate.py -o /tmp/large.json
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
from pathlib import Path
from typing import Any

TITLES = ("นาย", "นาง", "นางสาว")
FIRST = (
    "บุญเจือ",
    "เพทาย",
    "พรพิมล",
    "ณัฐพล",
    "อภิมุข",
    "ประวิทย์",
    "สุพัตรา",
    "พนัส",
    "โนรี",
    "ธนพล",
    "ณัฐธัญญา",
    "นภกานต์",
    "จุฑารัตน์",
)
LAST = (
    "วงษ์เกษม",
    "ล่อใจ",
    "ไพรัตน์",
    "ชุณหากาญจน์",
    "เกียรติศิริกุล",
    "นาคนวน",
    "เกษมจิตต์",
    "ศรีสมบัติ",
    "ฐูปูชา",
    "การุณวงศ์",
)
POSITIONS = (
    "นักวิชาการอุตสาหกรรมชำนาญการพิเศษ",
    "นิติกรปฏิบัติการ",
    "ผู้อำนวยการกลุ่มวินัยและนิติการ",
    "นักทรัพยากรบุคคลชำนาญการ",
)
SENTENCE = (
    "การมีคุณธรรมและจริยธรรมในการปฏิบัติงาน ถือเป็นเรื่องสำคัญเพื่อสร้างภาพลักษณ์ที่ดีให้กรมส่งเสริมอุตสาหกรรม "
    "ในการเป็นองค์การที่มีธรรมาภิบาล (Good Governance) ดังนั้น จึงขอขอบคุณกรรมการทุกคน ที่เข้ามามีส่วนร่วมในการขับเคลื่อนการดำเนินงาน"
)
ROLES = (
    ["chair", "vice_chair"]
    + ["member"] * 19
    + ["member_secretary"]
    + ["working_group_assistant_secretary"] * 3
)


def build(seed: int = 42, years: int = 15, people: int = 2000, activities: int = 60) -> dict[str, Any]:
    rnd = random.Random(seed)
    persons = [
        {
            "key": f"p{i}",
            "title": rnd.choice(TITLES),
            "first_name": f"{rnd.choice(FIRST)}{i}",
            "last_name": rnd.choice(LAST),
            "position": rnd.choice(POSITIONS),
            "affiliation": "สำนักงานเลขานุการกรม",
            "note": "",
        }
        for i in range(1, people + 1)
    ]
    seats = [
        {"role": r, "person": f"p{i}", "ex_officio_position": "", "ex_officio_affiliation": "", "note": ""}
        for i, r in enumerate(ROLES, 1)
    ]
    first_year = 2555
    meetings = []
    for y in range(years):
        for month in range(1, 13):
            date = dt.date(first_year - 543 + y, month, 10 + rnd.randrange(15))
            present, absent = [], []
            for s in range(1, len(seats) + 1):
                if rnd.random() < 0.8:
                    present.append(
                        {
                            "seat": s,
                            "person": f"p{s}",
                            "position_text": "",
                            "online": rnd.random() < 0.2,
                            "note": "",
                        }
                    )
                else:
                    absent.append(
                        {
                            "seat": s,
                            "person": f"p{s}",
                            "position_text": "",
                            "reason": "ติดราชการ",
                            "substitute": None,
                            "note": "",
                        }
                    )
            participants = [
                {"person": f"p{rnd.randrange(30, people)}", "position_text": "", "online": False, "note": ""}
                for _ in range(4)
            ]
            agenda = []
            for n, title in enumerate(
                (
                    "เรื่องที่ประธานแจ้งที่ประชุมทราบ",
                    "เรื่องรับรองรายงานการประชุมครั้งก่อน",
                    "เรื่องสืบเนื่องจากการประชุมครั้งก่อน",
                    "เรื่องเพื่อทราบ",
                    "เรื่องเพื่อพิจารณา",
                    "เรื่องอื่น ๆ (ถ้ามี)",
                ),
                1,
            ):
                subs = [
                    {
                        "title": f"เรื่องย่อยที่ {k}",
                        "body": [
                            {"type": "paragraph", "text": SENTENCE},
                            {
                                "type": "list",
                                "style": "decimal",
                                "items": [{"text": SENTENCE[:80]}, {"text": SENTENCE[80:]}],
                            },
                        ],
                        "resolution": {"kind": "approved", "heading": "", "text": "", "dissent": []},
                        "certifies": None,
                        "items": [],
                    }
                    for k in range(1, 3 if n in (4, 5) else 1)
                ]
                agenda.append(
                    {
                        "title": title,
                        "body": [{"type": "paragraph", "text": SENTENCE}] if n == 1 else [],
                        "resolution": {"kind": "acknowledged", "heading": "", "text": "", "dissent": []}
                        if n in (1, 4)
                        else None,
                        "certifies": None,
                        "items": subs,
                    }
                )
            meetings.append(
                {
                    "number": month,
                    "year_be": first_year + y,
                    "date": date.isoformat(),
                    "start_time": "09:30",
                    "end_time": "12:00",
                    "place": "ห้องประชุม ชั้น ๓",
                    "status": "certified",
                    "opening_text": "ประธานกล่าวเปิดประชุม",
                    "recorder": {"person": "p22", "position": "เลขานุการ"},
                    "reviewer": None,
                    "attendance": {"present": present, "absent": absent, "participants": participants},
                    "agenda": agenda,
                }
            )
    plans = []
    for y in range(years):
        fy = first_year + 1 + y
        approaches = []
        number = 1
        for a in range(1, 4):
            acts = []
            for _ in range(activities // 3):
                budget: dict[str, Any] = rnd.choice(
                    [
                        {"kind": "n/a"},
                        {"kind": "-"},
                        {"kind": "amount", "amount": f"{rnd.randrange(1, 500) * 1000}.00"},
                    ]
                )
                quarters = sorted(rnd.sample([1, 2, 3, 4], rnd.randrange(1, 5)))
                acts.append(
                    {
                        "number": number,
                        "name": f"กิจกรรมส่งเสริมคุณธรรม ลำดับที่ {number}",
                        "note": "",
                        "objective": SENTENCE,
                        "indicators": ["ร้อยละ ๘๐ ของบุคลากรลงนาม", "จัดกิจกรรมไม่น้อยกว่า ๑ ครั้ง ต่อปี"],
                        "budget": budget,
                        "quarters": quarters,
                        "responsible_unit": "ทุกหน่วยงานในสังกัด กสอ.",
                        "milestones": [{"date": dt.date(fy - 543, 3, 25).isoformat(), "label": ""}]
                        if number % 5 == 0
                        else [],
                    }
                )
                number += 1
            approaches.append({"number": a, "title": f"แนวทางการพัฒนาที่ {a}", "activities": acts})
        plans.append(
            {
                "fiscal_year": fy,
                "core_virtues": ["พอเพียง", "วินัย", "สุจริต", "จิตอาสา", "กตัญญู"],
                "versions": [
                    {
                        "number": 1,
                        "label": "",
                        "title": f"แผนปฏิบัติการ ประจำปีงบประมาณ พ.ศ. {fy}",
                        "declared_total": None,
                        "declared_activity_count": None,
                        "note": "",
                        "approaches": approaches,
                    }
                ],
            }
        )
    return {
        "format": "ethicsdesk-workspace",
        "version": 1,
        "organisation": {
            "name": "กรมส่งเสริมอุตสาหกรรม",
            "short_name": "กสอ.",
            "name_en": "Department of Industrial Promotion",
        },
        "people": persons,
        "committees": [
            {
                "name": "คณะกรรมการทดสอบขนาดใหญ่",
                "name_en": "",
                "substitutes_count_for_quorum": True,
                "orders": [],
                "duties": ["หน้าที่"],
                "seats": seats,
                "target_virtues": [],
                "plans": plans,
                "meetings": meetings,
            }
        ],
    }


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("-o", "--output", type=Path, required=True)
    args = ap.parse_args()
    args.output.write_text(json.dumps(build(), ensure_ascii=False), encoding="utf-8")


if __name__ == "__main__":
    main()
