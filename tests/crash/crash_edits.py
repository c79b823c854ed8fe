"""The stream of edits the crash test kills: deterministic for a seed and a starting workspace, so the
test can replay it and know exactly what the first N edits must have left in the file."""

from __future__ import annotations

import random
from collections.abc import Iterator

from ethicsdesk.domain.enums import AttendanceKind, MeetingStatus
from ethicsdesk.services import Services

#: Every IMPORT_EVERY-th step imports into the second file instead of editing the workspace.
IMPORT_EVERY = 10


def edits(services: Services, seed: int) -> Iterator[tuple[int, str]]:
    """Perform edit 1, 2, ... (each one committed transaction) and yield (number, kind) after each.

    Steps whose kind is "import" change nothing here: the caller imports into its second file.
    """
    rnd = random.Random(seed)
    committee = services.roster.committees()[0].id or 0
    meeting = next(
        m.id or 0 for m in services.meetings.meetings(committee) if m.status == MeetingStatus.DRAFT
    )
    version = (
        max(
            (v for p in services.plan.plans(committee) for v in services.plan.versions(p.id or 0)),
            key=lambda v: v.id or 0,
        ).id
        or 0
    )
    step = 0
    while True:
        step += 1
        if step % IMPORT_EVERY == 0:
            yield step, "import"
            continue
        kind = rnd.choice(("person", "person", "quarter", "mark", "item", "item", "note", "remove"))
        if kind == "person":
            services.roster.add_person(f"ทดสอบ{step}", f"ล้ม{seed}", position="crash")
        elif kind == "quarter":
            acts = sorted(a.id or 0 for a in services.plan.activities(version))
            services.plan.toggle_quarter(rnd.choice(acts), rnd.randint(1, 4))
        elif kind == "mark":
            seats = [s.id for s in services.roster.seats(committee)]
            seat = rnd.choice(seats)
            if rnd.random() < 0.5:
                services.meetings.mark(meeting, seat, AttendanceKind.PRESENT, online=rnd.random() < 0.5)
            else:
                services.meetings.mark(meeting, seat, AttendanceKind.ABSENT, reason=f"ติดราชการ {step}")
        elif kind == "item":
            items = services.agenda.items(meeting)
            top = [i.id for i in items if i.parent_id is None]
            parent = rnd.choice([None, *top])
            siblings = [i.id for i in items if i.parent_id == parent]
            after = rnd.choice([None, *siblings])
            services.agenda.add_item(meeting, f"crash เรื่อง {step}", parent_id=parent, after_id=after)
        elif kind == "note":
            people = sorted(p.id or 0 for p in services.roster.people())
            services.roster.update_person(rnd.choice(people), note=f"แก้ครั้งที่ {step}")
        else:
            ours = sorted(i.id for i in services.agenda.items(meeting) if i.title.startswith("crash"))
            if ours:
                services.agenda.remove_item(rnd.choice(ours))
            else:
                services.roster.add_person(f"แทน{step}")
        yield step, kind
