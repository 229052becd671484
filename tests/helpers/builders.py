"""Small meetings built through the services, for tests that need one on the database."""

from __future__ import annotations

from models.database import Database
from models.enums import BodyKind, MemberStatus
from services.meeting.setup import MemberData, add_member, create_meeting


def build_meeting(db: Database, members: list[tuple[str, MemberStatus]],
                  body_kind: BodyKind = BodyKind.chi_bo, year: int = 2024) -> int:
    """A meeting of "Chi bộ Thử nghiệm" whose roster is `members` (name, status), all in the
    convened body, coded m01, m02, ...; returns its id."""
    with db.session("test") as s, s.begin():
        meeting = create_meeting(s, "Chi bộ Thử nghiệm", year)
        meeting.body_kind = body_kind
        for number, (name, status) in enumerate(members, start=1):
            add_member(s, meeting.id, MemberData(code=f"m{number:02d}", full_name=name,
                                                 status=status))
        return meeting.id


TWELVE_OFFICIAL = [(name, MemberStatus.official) for name in (
    "Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường", "Phạm Thị Dung", "Hoàng Văn Đức",
    "Võ Thị Hà", "Đặng Văn Hải", "Bùi Thị Hằng", "Đỗ Văn Khoa", "Ngô Thị Lan",
    "Dương Văn Minh", "Lý Thị Ngọc")]
