"""Deletions made through the app never break `verify`: every ON DELETE of the schema that could
touch an audited row is carried out by the ORM (and so logged), not silently by the database."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from models.ballot import BallotRound
from models.database import Database
from models.meeting import Meeting, RoleAssignment
from models.review import Draft
from models.roster import Member, Organisation
from services.integrity.audit import verify
from services.meeting.setup import SetupError, remove_member
from services.meeting_file.store import import_rounds
from tests.helpers import SEED_MEETING
from tests.helpers.integrity import dump, full_meeting


def assert_intact(db: Database) -> None:
    result = verify(db)
    assert result.intact, result.problem


def test_deleting_a_cell_unlinks_its_members_on_the_record(db: Database) -> None:
    full_meeting(db, lock=False)
    with db.session("chair") as s, s.begin():
        cell = s.scalars(select(Organisation).where(Organisation.members.any())).first()
        assert cell is not None
        for subject in list(s.scalars(select(BallotRound)).all()):
            subject.subjects[:] = [x for x in subject.subjects if x.organisation is not cell]
        s.delete(cell)
    assert_intact(db)


def test_removing_a_member_who_spoke_held_a_role_and_was_marked(db: Database) -> None:
    meeting_id = full_meeting(db, lock=False)
    with db.session("chair") as s, s.begin():
        speaker = s.scalars(select(Member).where(Member.comments_spoken.any())).first()  # type: ignore[attr-defined]
        assert speaker is not None
        for round_ in s.scalars(select(BallotRound)).all():
            round_.subjects[:] = [x for x in round_.subjects if x.member is not speaker]
        role = s.scalars(select(RoleAssignment)).first()
        assert role is not None
        role.member = speaker
        s.flush()
        remove_member(s, meeting_id, speaker.id)
    assert_intact(db)


def test_deleting_a_member_with_a_self_review_and_attendance(db: Database) -> None:
    full_meeting(db, lock=False)
    with db.session("chair") as s, s.begin():
        member = s.scalars(select(Draft).where(Draft.member_id.is_not(None))).first().member  # type: ignore[union-attr]
        assert member is not None
        for round_ in s.scalars(select(BallotRound)).all():
            round_.subjects[:] = [x for x in round_.subjects if x.member is not member]
        s.delete(member)
    assert_intact(db)


def test_deleting_a_round_that_a_follow_up_round_points_to(db: Database) -> None:
    meeting_id = full_meeting(db, lock=False)
    with db.session("chair") as s, s.begin():
        meeting = s.get_one(Meeting, meeting_id)
        first = meeting.rounds[0]
        follow_up = BallotRound(code="bo-sung", subject_kind=first.subject_kind, parent=first)
        meeting.rounds.append(follow_up)
    with db.session("chair") as s, s.begin():
        s.delete(s.scalars(select(BallotRound).where(BallotRound.code != "bo-sung")).first())
    assert_intact(db)


def test_deleting_a_draft_and_then_the_meeting_with_its_locked_round(db: Database) -> None:
    meeting_id = full_meeting(db)
    with db.session("chair") as s, s.begin():
        s.delete(s.scalars(select(Draft)).first())
    assert_intact(db)
    with db.session("chair") as s, s.begin():
        s.delete(s.get_one(Meeting, meeting_id))
    assert_intact(db)
    with db.session() as s:
        assert s.scalars(select(Member)).first() is None


def test_importing_rounds_with_fewer_subjects_logs_the_removed_ones(db: Database,
                                                                    tmp_path: Path) -> None:
    """`import --into` replaces an open round's subjects; those dropped are deleted as orphans
    during the flush, and must be on the record all the same."""
    meeting_id = full_meeting(db, lock=False)
    data = json.loads(SEED_MEETING.read_text(encoding="utf-8"))
    for round_ in data["rounds"]:
        round_["subjects"] = round_["subjects"][1:]
    smaller = tmp_path / "fewer.meeting.json"
    smaller.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    import_rounds(db, meeting_id, smaller, actor="import")
    assert_intact(db)


def test_a_member_rated_in_a_round_cannot_be_removed(db: Database) -> None:
    """The round's counts name the member: the removal is refused with a message (it used to
    fail on the foreign key), and nothing changes."""
    meeting_id = full_meeting(db, lock=False)
    assert db.file is not None
    before = dump(db.file)
    with pytest.raises(SetupError, match="đã có trong vòng biểu quyết “Xếp loại đảng viên”"), \
            db.session("chair") as s, s.begin():
        member = s.scalars(select(Member).where(Member.code == "m05")).one()
        remove_member(s, meeting_id, member.id)
    assert dump(db.file) == before
