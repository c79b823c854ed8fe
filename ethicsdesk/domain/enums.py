"""Closed vocabularies of the domain, each with its Thai and English label."""

from __future__ import annotations

from enum import StrEnum


class SeatRole(StrEnum):
    """Role of a seat in the committee (ตำแหน่งในคณะกรรมการ)."""

    CHAIR = "chair"
    VICE_CHAIR = "vice_chair"
    MEMBER = "member"
    MEMBER_SECRETARY = "member_secretary"
    MEMBER_ASSISTANT_SECRETARY = "member_assistant_secretary"
    ASSISTANT_SECRETARY = "assistant_secretary"
    WORKING_GROUP = "working_group"
    WORKING_GROUP_ASSISTANT_SECRETARY = "working_group_assistant_secretary"
    ADVISER = "adviser"


SEAT_ROLE_LABELS: dict[SeatRole, tuple[str, str]] = {
    SeatRole.CHAIR: ("ประธานคณะกรรมการ", "Chair"),
    SeatRole.VICE_CHAIR: ("รองประธานคณะกรรมการ", "Vice-chair"),
    SeatRole.MEMBER: ("คณะกรรมการ", "Member"),
    SeatRole.MEMBER_SECRETARY: ("คณะกรรมการและเลขานุการ", "Member and secretary"),
    SeatRole.MEMBER_ASSISTANT_SECRETARY: ("คณะกรรมการและผู้ช่วยเลขานุการ", "Member and assistant secretary"),
    SeatRole.ASSISTANT_SECRETARY: ("ผู้ช่วยเลขานุการ", "Assistant secretary"),
    SeatRole.WORKING_GROUP: ("คณะทำงาน", "Working group"),
    SeatRole.WORKING_GROUP_ASSISTANT_SECRETARY: (
        "คณะทำงานและผู้ช่วยเลขานุการ",
        "Working group and assistant secretary",
    ),
    SeatRole.ADVISER: ("ที่ปรึกษา", "Adviser"),
}


class MeetingStatus(StrEnum):
    """Where the minutes of a meeting stand."""

    DRAFT = "draft"
    CIRCULATED = "circulated"
    CERTIFIED = "certified"


MEETING_STATUS_LABELS: dict[MeetingStatus, tuple[str, str]] = {
    MeetingStatus.DRAFT: ("ร่าง", "Draft"),
    MeetingStatus.CIRCULATED: ("เวียนแล้ว", "Circulated"),
    MeetingStatus.CERTIFIED: ("รับรองแล้ว", "Certified"),
}


class AttendanceKind(StrEnum):
    """ผู้มาประชุม / ผู้ไม่มาประชุม / ผู้เข้าร่วมประชุม."""

    PRESENT = "present"
    ABSENT = "absent"
    PARTICIPANT = "participant"


ATTENDANCE_KIND_LABELS: dict[AttendanceKind, tuple[str, str]] = {
    AttendanceKind.PRESENT: ("ผู้มาประชุม", "Present"),
    AttendanceKind.ABSENT: ("ผู้ไม่มาประชุม", "Absent"),
    AttendanceKind.PARTICIPANT: ("ผู้เข้าร่วมประชุม", "Also attending"),
}


class ResolutionKind(StrEnum):
    """The kind of a resolution (มติ)."""

    ACKNOWLEDGED = "acknowledged"
    APPROVED = "approved"
    APPROVED_IN_PRINCIPLE = "approved_in_principle"
    AUTHORISED = "authorised"
    OTHER = "other"


RESOLUTION_KIND_LABELS: dict[ResolutionKind, tuple[str, str]] = {
    ResolutionKind.ACKNOWLEDGED: ("รับทราบ", "Acknowledged"),
    ResolutionKind.APPROVED: ("เห็นชอบ", "Approved"),
    ResolutionKind.APPROVED_IN_PRINCIPLE: ("เห็นชอบในหลักการ", "Approved in principle"),
    ResolutionKind.AUTHORISED: ("อนุมัติ", "Authorised"),
    ResolutionKind.OTHER: ("อื่น ๆ", "Other"),
}


class BudgetKind(StrEnum):
    """How an activity's budget is given in the plan."""

    AMOUNT = "amount"  # an amount in baht
    NOT_APPLICABLE = "n/a"  # printed "n/a"
    NONE = "-"  # printed "-"
    SHARED = "shared"  # ใช้งบประมาณวงเงินเดียวกับกิจกรรมข้อ N
    UNSPECIFIED = "unspecified"  # left blank in the source


class VirtueKind(StrEnum):
    """คุณธรรมเป้าหมาย: a problem to fix or a good to do."""

    PROBLEM = "problem"  # ปัญหาที่อยากแก้
    GOOD = "good"  # ความดีที่อยากทำ


VIRTUE_KIND_LABELS: dict[VirtueKind, tuple[str, str]] = {
    VirtueKind.PROBLEM: ("ปัญหาที่อยากแก้", "Problems to fix"),
    VirtueKind.GOOD: ("ความดีที่อยากทำ", "Goods to do"),
}


def label(labels: dict, value: object, lang: str = "th") -> str:
    """The Thai (default) or English label of an enum value."""
    th, en = labels[value]
    return en if lang == "en" else th
