"""Recording attendance: one member's mark per user action, written at once and audited.

Every change carries over to the open rounds not yet keyed (services/ballot/roll_call.py),
so that a round's electorate is the attendance list's."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.enums import AttendanceStatus, MemberStatus
from models.meeting import Attendance
from models.roster import Member
from services.ballot.roll_call import follow_roll_call
from services.common.errors import Refusal
from services.common.text import nfc

_BULK_STATUSES = (MemberStatus.official, MemberStatus.probationary)


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
                   status: AttendanceStatus | None, reason: str | None = None) -> list[str]:
    """Mark one member; `status=None` clears the mark. `reason=None` keeps the reason given
    so far (a reason only stays with absences and exclusions). Returns the titles of the
    rounds whose electorate followed the change."""
    _mark(session, meeting_id, _body_member(session, meeting_id, member_id), status, reason)
    return follow_roll_call(session, meeting_id)


def _mark(session: Session, meeting_id: int, member: Member, status: AttendanceStatus | None,
          reason: str | None) -> None:
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


def mark_unrecorded_present(session: Session, meeting_id: int) -> tuple[int, list[str]]:
    """Mark every official or probationary member of the body not yet on the list as present;
    returns how many, and the rounds whose electorate followed. An exempt member is never
    marked in bulk: whether he came decides whether he counts (services/meeting/electorate.py)."""
    members = session.scalars(
        select(Member).where(Member.meeting_id == meeting_id, Member.in_body.is_(True))
    ).all()
    marked = 0
    for member in members:
        if member.attendance is None and member.status in _BULK_STATUSES:
            _mark(session, meeting_id, member, AttendanceStatus.present, None)
            marked += 1
    return marked, follow_roll_call(session, meeting_id)
