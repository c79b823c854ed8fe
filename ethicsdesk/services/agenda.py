"""The agenda tree of a meeting: items, their text, moves, resolutions and dissent."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlmodel import Session, col, select

from ethicsdesk.domain.agenda import item_numbers
from ethicsdesk.domain.blocks import validate_blocks
from ethicsdesk.domain.enums import ResolutionKind
from ethicsdesk.domain.models import AgendaItem, DissentingOpinion, Meeting, Person
from ethicsdesk.errors import ValidationError
from ethicsdesk.services.base import Service, check_editable, require_text


@dataclass(frozen=True)
class AgendaNode:
    id: int
    parent_id: int | None
    position: int
    number: str  # Arabic digits: "5.2"
    depth: int
    title: str
    has_body: bool
    resolution_kind: ResolutionKind | None


class AgendaService(Service):
    def items(self, meeting_id: int) -> list[AgendaNode]:
        """The whole tree in reading order (depth first)."""
        with self.ws.reading() as s:
            items = s.exec(select(AgendaItem).where(AgendaItem.meeting_id == meeting_id)).all()
        numbers = item_numbers(items)
        ordered = sorted(items, key=lambda it: [int(x) for x in numbers[it.id or 0].split(".")])
        return [
            AgendaNode(
                it.id or 0,
                it.parent_id,
                it.position,
                numbers[it.id or 0],
                numbers[it.id or 0].count("."),
                it.title,
                bool(it.body),
                it.resolution_kind,
            )
            for it in ordered
        ]

    def item(self, item_id: int) -> AgendaItem:
        with self.ws.reading() as s:
            return self.get(s, AgendaItem, item_id)

    def dissent(self, item_id: int) -> list[DissentingOpinion]:
        with self.ws.reading() as s:
            return list(
                s.exec(
                    select(DissentingOpinion)
                    .where(DissentingOpinion.agenda_item_id == item_id)
                    .order_by(col(DissentingOpinion.position), col(DissentingOpinion.id))
                ).all()
            )

    # -- helpers ----------------------------------------------------------------------------
    def _editable(self, s: Session, meeting_id: int) -> Meeting:
        """The meeting, locked until the transaction ends (a server): edits of its agenda take turns, so
        two items added at once never share a position, and none lands after a certification."""
        m = self.get(s, Meeting, meeting_id, lock=True)
        check_editable(s, m)
        return m

    @staticmethod
    def _siblings(s: Session, meeting_id: int, parent_id: int | None) -> list[AgendaItem]:
        return list(
            s.exec(
                select(AgendaItem)
                .where(AgendaItem.meeting_id == meeting_id, AgendaItem.parent_id == parent_id)
                .order_by(col(AgendaItem.position), col(AgendaItem.id))
            ).all()
        )

    def _renumber(self, s: Session, items: list[AgendaItem], edited: AgendaItem | None = None) -> None:
        """Number ``items`` 1, 2, 3…; those shifted as a side effect are no conflict (``edited`` is)."""
        moved = []
        for i, it in enumerate(items, 1):
            if it.position != i:
                it.position = i
                s.add(it)
                moved.append(it)
        self.shifted(it for it in moved if it is not edited)

    # -- edits ------------------------------------------------------------------------------
    def add_item(
        self, meeting_id: int, title: str, *, parent_id: int | None = None, after_id: int | None = None
    ) -> AgendaItem:
        """A new item (a sub-item when ``parent_id`` is given), after ``after_id`` or at the end."""
        with self.ws.transaction() as s:
            self._editable(s, meeting_id)
            if parent_id is not None and self.get(s, AgendaItem, parent_id).meeting_id != meeting_id:
                raise ValidationError(
                    "ระเบียบวาระหลักอยู่ในการประชุมอื่น", "The parent item belongs to another meeting"
                )
            siblings = self._siblings(s, meeting_id, parent_id)
            at = len(siblings)
            if after_id is not None:
                at = next((i + 1 for i, x in enumerate(siblings) if x.id == after_id), at)
            item = AgendaItem(
                meeting_id=meeting_id,
                parent_id=parent_id,
                position=0,
                title=require_text(title, "ชื่อเรื่อง", "title"),
                body=[],
            )
            s.add(item)
            s.flush()
            siblings.insert(at, item)
            self._renumber(s, siblings)
            return item

    def update_item(
        self, item_id: int, *, title: str | None = None, body: list[dict[str, Any]] | None = None
    ) -> AgendaItem:
        with self.ws.transaction() as s:
            item = self.get(s, AgendaItem, item_id)
            self._editable(s, item.meeting_id)
            if title is not None:
                item.title = require_text(title, "ชื่อเรื่อง", "title")
            if body is not None:
                validate_blocks(body)
                item.body = body
            s.add(item)
            return item

    def remove_item(self, item_id: int) -> None:
        with self.ws.transaction() as s:
            item = self.get(s, AgendaItem, item_id)
            self._editable(s, item.meeting_id)
            siblings = [x for x in self._siblings(s, item.meeting_id, item.parent_id) if x.id != item.id]
            s.delete(item)
            s.flush()
            self._renumber(s, siblings)

    def move(self, item_id: int, delta: int) -> None:
        """Move up (-1) or down (+1) among its siblings; at either end nothing changes."""
        with self.ws.transaction() as s:
            item = self.get(s, AgendaItem, item_id)
            self._editable(s, item.meeting_id)
            siblings = self._siblings(s, item.meeting_id, item.parent_id)
            i = siblings.index(item)
            j = i + delta
            if 0 <= j < len(siblings):
                siblings[i], siblings[j] = siblings[j], siblings[i]
                self._renumber(s, siblings, item)

    def indent(self, item_id: int) -> None:
        """Make the item the last sub-item of the sibling above it."""
        with self.ws.transaction() as s:
            item = self.get(s, AgendaItem, item_id)
            self._editable(s, item.meeting_id)
            siblings = self._siblings(s, item.meeting_id, item.parent_id)
            i = siblings.index(item)
            if i == 0:
                raise ValidationError("ไม่มีเรื่องก่อนหน้าให้ย่อหน้าเข้าไป", "There is no item above to indent under")
            new_parent = siblings[i - 1]
            children = self._siblings(s, item.meeting_id, new_parent.id)
            item.parent_id = new_parent.id
            item.position = len(children) + 1
            s.add(item)
            self._renumber(s, siblings[:i] + siblings[i + 1 :])

    def outdent(self, item_id: int) -> None:
        """Make the item a sibling of its parent, right after it."""
        with self.ws.transaction() as s:
            item = self.get(s, AgendaItem, item_id)
            self._editable(s, item.meeting_id)
            if item.parent_id is None:
                raise ValidationError("ระเบียบวาระหลักเลื่อนออกไม่ได้อีก", "A top-level item cannot be outdented")
            parent = self.get(s, AgendaItem, item.parent_id)
            old = [x for x in self._siblings(s, item.meeting_id, item.parent_id) if x.id != item.id]
            new = self._siblings(s, item.meeting_id, parent.parent_id)
            item.parent_id = parent.parent_id
            s.add(item)
            new.insert(new.index(parent) + 1, item)
            self._renumber(s, old)
            self._renumber(s, new, item)

    def set_resolution(
        self, item_id: int, kind: ResolutionKind | str | None, text: str = "", heading: str = ""
    ) -> AgendaItem:
        """Record the resolution (มติ); ``kind=None`` clears it and its dissent."""
        with self.ws.transaction() as s:
            item = self.get(s, AgendaItem, item_id)
            self._editable(s, item.meeting_id)
            if kind is None:
                item.resolution_kind, item.resolution_text, item.resolution_heading = None, "", ""
                for d in s.exec(
                    select(DissentingOpinion).where(DissentingOpinion.agenda_item_id == item_id)
                ).all():
                    s.delete(d)
            else:
                try:
                    item.resolution_kind = ResolutionKind(kind)
                except ValueError:
                    raise ValidationError(
                        f"ไม่รู้จักชนิดมติ «{kind}»", f"Unknown resolution kind «{kind}»"
                    ) from None
                if item.resolution_kind == ResolutionKind.OTHER and not text.strip():
                    raise ValidationError(
                        "มติชนิด «อื่น ๆ» ต้องมีข้อความมติ", "A resolution of kind «other» needs its text"
                    )
                item.resolution_text, item.resolution_heading = text.strip(), heading.strip()
            s.add(item)
            return item

    def add_dissent(self, item_id: int, text: str, person_id: int | None = None) -> DissentingOpinion:
        with self.ws.transaction() as s:
            item = self.get(s, AgendaItem, item_id)
            self._editable(s, item.meeting_id)
            if item.resolution_kind is None:
                raise ValidationError(
                    "ต้องบันทึกมติก่อนจึงบันทึกความเห็นแย้งได้", "Record the resolution before a dissenting opinion"
                )
            if person_id is not None:
                self.get(s, Person, person_id)
            count = len(
                s.exec(select(DissentingOpinion.id).where(DissentingOpinion.agenda_item_id == item_id)).all()
            )
            d = DissentingOpinion(
                agenda_item_id=item_id,
                position=count + 1,
                person_id=person_id,
                text=require_text(text, "ความเห็นแย้ง", "opinion"),
            )
            s.add(d)
            s.flush()
            return d

    def remove_dissent(self, dissent_id: int) -> None:
        with self.ws.transaction() as s:
            d = self.get(s, DissentingOpinion, dissent_id)
            item = self.get(s, AgendaItem, d.agenda_item_id)
            self._editable(s, item.meeting_id)
            s.delete(d)
            s.flush()
            rest = s.exec(
                select(DissentingOpinion)
                .where(DissentingOpinion.agenda_item_id == item.id)
                .order_by(col(DissentingOpinion.position), col(DissentingOpinion.id))
            ).all()
            for i, x in enumerate(rest, 1):
                x.position = i
                s.add(x)
            self.shifted(rest)
