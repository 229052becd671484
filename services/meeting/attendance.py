"""Recording attendance: one member's mark per user action, written at once and audited."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.enums import AttendanceStatus, MemberStatus
from models.meeting import Attendance
from models.roster import Member
from services.common.errors import Refusal
from services.common.text import nfc


class AttendanceError(Refusal):
    """A mark that cannot be recorded (a member not of this meeting's convened body)."""


def _body_member(session: Session, meeting_id: int, member_id: int) -> Member:
    member = session.get(Member, member_id)
    if member is None or member.meeting_id != meeting_id or not member.in_body:
        raise AttendanceError(
            f"Đảng viên #{member_id} không thuộc danh sách triệu tập của hội nghị này."
        )
    return member


def set_attendance(session: Session, meeting_id: int, member_id: int,
                   status: AttendanceStatus | None, reason: str | None = None) -> None:
    """Mark one member; `status=None` clears the mark. `reason=None` keeps the reason given
    so far (a reason only stays with absences and exclusions)."""
    member = _body_member(session, meeting_id, member_id)
    row = member.attendance
    if status is None:
        if row is not None:
            session.delete(row)
            member.attendance = None
        return
    if row is None:
        row = Attendance(meeting_id=meeting_id, member_id=member.id, status=status, reason="")
        member.attendance = row
        session.add(row)
    row.status = status
    if reason is not None:
        row.reason = nfc(reason.strip())
    if status is AttendanceStatus.present and row.reason:
        row.reason = ""


def mark_unrecorded_present(session: Session, meeting_id: int) -> int:
    """Mark every member of the body not yet on the list as present; returns how many."""
    members = session.scalars(
        select(Member).where(Member.meeting_id == meeting_id, Member.in_body.is_(True))
    ).all()
    marked = 0
    for member in members:
        if member.attendance is None and member.status is not MemberStatus.suspended:
            set_attendance(session, meeting_id, member.id, AttendanceStatus.present)
            marked += 1
    return marked
