"""Helpers for the review tests: a meeting of the Tiền Giang fixture made with the ORM (the meeting
file importer lives elsewhere), and the sample drafts of tests/data/drafts."""

from __future__ import annotations

import json

from models.database import Database
from models.enums import Level, MemberStatus
from models.meeting import Meeting, PartyUnit
from models.roster import Member
from services.meeting.assessments import record_self_total
from tests.helpers import FIXTURE

COMMITTEE_SIZE = 10


def seed_meeting(db: Database, member_count: int = 20) -> int:
    """A committee meeting with the fixture's first `member_count` members; the first ten (the
    committee) form the convened body. Returns the meeting id."""
    data = json.loads(FIXTURE.read_text(encoding="utf-8"))
    info = data["meeting"]
    with db.session("test") as s, s.begin():
        unit = PartyUnit(name=info["party_unit"], superior=info["superior"])
        meeting = Meeting(party_unit=unit, title=info["title"], body=info["body"],
                          review_year=info["review_year"], place=info["place"])
        for index, item in enumerate(data["members"][:member_count]):
            member = Member(
                code=item["id"], full_name=item["name"], status=MemberStatus(item["status"]),
                position=item["position"],
                self_rating=Level(item["self_rating"]) if item.get("self_rating") else None,
                in_body=index < COMMITTEE_SIZE,
            )
            record_self_total(member, item.get("self_score"))
            meeting.members.append(member)
        s.add(meeting)
        s.flush()
        return meeting.id


def add_member(db: Database, meeting_id: int, name: str, position: str = "Đảng viên") -> int:
    with db.session("test") as s, s.begin():
        member = Member(meeting_id=meeting_id, code=f"x{abs(hash(name)) % 10**6}",
                        full_name=name, position=position)
        s.add(member)
        s.flush()
        return member.id
