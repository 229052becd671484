"""A small cell meeting with attendance recorded, for the walkthrough's services."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from models.database import Database
from models.enums import AttendanceStatus, MemberStatus
from models.roster import Member
from services.ballot.attendance import set_attendance
from tests.helpers.builders import build_meeting

ROSTER = [("Nguyễn Văn An", MemberStatus.official), ("Trần Thị Bình", MemberStatus.official),
          ("Lê Văn Cường", MemberStatus.official), ("Phạm Thị Dung", MemberStatus.official),
          ("Hoàng Văn Đức", MemberStatus.probationary), ("Võ Thị Hà", MemberStatus.official)]


@pytest.fixture
def meeting_id(db: Database) -> int:
    """Six members: four official present, one probationary present, Võ Thị Hà absent."""
    meeting_id = build_meeting(db, ROSTER)
    with db.session("test") as s, s.begin():
        for member in s.scalars(select(Member).where(Member.meeting_id == meeting_id)):
            status = (AttendanceStatus.absent_excused if member.full_name == "Võ Thị Hà"
                      else AttendanceStatus.present)
            set_attendance(s, meeting_id, member.id, status, "ốm" if status !=
                           AttendanceStatus.present else None)
    return meeting_id


