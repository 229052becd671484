"""A meeting with at least one row in every audited table, made through the app's services, for
the integrity tests (raw edits that `verify` must catch, crash runs, bad input)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import select

from models.database import Database
from models.enums import AttendanceStatus, CommentKind, Handling
from models.roster import Member
from services.attendance import set_attendance
from services.drafts.comments import CommentEntry, add_comment, set_handling
from services.drafts.reading import read_draft_file
from services.drafts.versions import collective_draft, import_version, member_draft
from services.meeting_store import import_meeting
from services.reviews import collective_review, individual_reviews
from tests.conftest import SEED_MEETING
from tests.review_support import SAMPLE_MD


def full_meeting(db: Database) -> int:
    """The seed meeting imported, with attendance, a collective draft with comments, a member's
    self-review with a committee remark, the collective's self-score."""
    meeting_id = import_meeting(db, SEED_MEETING, actor="import")
    with db.session("secretary") as s, s.begin():
        members = s.scalars(select(Member).where(Member.meeting_id == meeting_id,
                                                 Member.in_body.is_(True))).all()
        set_attendance(s, meeting_id, members[0].id, AttendanceStatus.present)
        set_attendance(s, meeting_id, members[1].id, AttendanceStatus.absent_excused, "Ốm")
        draft = collective_draft(s, meeting_id)
        version = import_version(s, draft, read_draft_file(SAMPLE_MD))
        comment = add_comment(s, draft, CommentEntry(
            CommentKind.amend, "Sửa số liệu", speaker_id=members[2].id,
            paragraph_id=version.paragraphs[3].id, span=(0, 4), proposed="Thay"))
        set_handling(s, comment, Handling.accepted, "Đã sửa")
        reviews = individual_reviews(s, meeting_id)
        add_comment(s, member_draft(s, reviews[0].member),
                    CommentEntry(CommentKind.agree, "Nhất trí", by_committee=True))
        review = collective_review(s, meeting_id)
        review.score_general, review.score_tasks = 27, 65
    return meeting_id


def dump(path: Path) -> list[str]:
    """The whole SQLite file as SQL text: equal dumps, equal databases."""
    connection = sqlite3.connect(path)
    try:
        return list(connection.iterdump())
    finally:
        connection.close()
