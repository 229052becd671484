"""A meeting with at least one row in every audited table, made through the app's services, for
the integrity tests (raw edits that `verify` must catch, crash runs, bad input)."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from sqlalchemy import select

from models.ballot_entry import EntryMode
from models.database import Database
from models.enums import AttendanceStatus, CommentKind, Handling, SubjectKind
from models.roster import Member
from services.ballot.attendance import set_attendance
from services.ballot.compare import agree
from services.ballot.reconciliation import save_reconciliation
from services.ballot.rounds import lock_round, open_round
from services.ballot.sheets import round_subjects, set_total, start_sheet
from services.meeting_file.store import import_meeting
from services.proceedings.chair_script import save_wording
from services.proceedings.opening_closing import add_guest, proceedings, set_opening
from services.proceedings.status import record_document
from services.review.drafts.comments import CommentEntry, add_comment, set_handling
from services.review.drafts.reading import read_draft_file
from services.review.drafts.versions import collective_draft, import_version, member_draft
from services.review.reviews import (
    collective_review,
    individual_reviews,
    set_collective_assessment,
    set_speaking_limit,
)
from tests.helpers import SAMPLE_MD, SEED_MEETING
from tests.helpers.piles import approve_tellers, call_the_roll, key_pile, pile, seed_counts
from tests.helpers.scan_papers import scan_into_round


def full_meeting(db: Database, lock: bool = True) -> int:
    """The seed meeting imported, with attendance, a collective draft with comments, a member's
    self-review with a committee remark, the collective's self-score, a round of the cells
    keyed by two tellers (one ballot by ballot, one in totals), agreed and (`lock`) locked, and
    the walkthrough's records: the opening, a guest, the chair's wording, a document produced."""
    meeting_id = import_meeting(db, SEED_MEETING, actor="import")
    call_the_roll(db, meeting_id)
    entered_round(db, meeting_id, lock)  # then attendance changes: the locked round keeps its
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
        set_collective_assessment(s, meeting_id, 27, 65, None)
        set_speaking_limit(collective_review(s, meeting_id), 240)
    with db.session("chair") as s, s.begin():
        record = proceedings(s, meeting_id)
        set_opening(record, "Kiểm điểm, đánh giá, xếp loại năm 2021.", dt.time(8, 0))
        add_guest(s, meeting_id, "Nguyễn Văn Khách", "Ủy viên Ban Thường vụ Đảng ủy Khối")
        save_wording(s, meeting_id, 1, "Thưa các đồng chí, hội nghị bắt đầu.")
        record_document(s, meeting_id, "bien-ban-hoi-nghi", "/tmp/bien-ban.pdf")
    return meeting_id


def entered_round(db: Database, meeting_id: int, lock: bool = True) -> int:
    """A new round of the cells, keyed by two tellers, agreed, and locked if `lock`."""
    tellers = approve_tellers(db, meeting_id)
    with db.session("chair") as s, s.begin():
        round_id = open_round(s, meeting_id, SubjectKind.organisation)
        assert save_reconciliation(s, round_id, {"issued": "10", "returned": "10"}) == []
    rows = round_subjects(db, round_id)
    counts = seed_counts("chi-bo")
    ballots = pile(counts, [row.code for row in rows])
    assert db.file is not None
    scan_into_round(db, round_id, ballots[:1], db.file.parent)  # the scanner's entry too
    key_pile(db, start_sheet(db, round_id, tellers[0], EntryMode.per_ballot).id, ballots)
    totals = start_sheet(db, round_id, tellers[1], EntryMode.totals).id
    for row in rows:
        for column, value in enumerate(counts[row.code]):
            set_total(db, totals, row.id, column, value)
    agree(db, round_id)
    if lock:
        lock_round(db, round_id, tellers[0])
    return round_id


def dump(path: Path) -> list[str]:
    """The whole SQLite file as SQL text: equal dumps, equal databases."""
    connection = sqlite3.connect(path)
    try:
        return list(connection.iterdump())
    finally:
        connection.close()
