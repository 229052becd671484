"""A subject's QĐ 366 assessment: the self-assessment, the score the meeting accepts (a change
needs its reason), the conditions; refused input changes nothing; every change is on the audit
record."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from models.assessment import Assessment
from models.database import Database
from models.enums import Level, MemberStatus
from models.roster import Member
from services.integrity.audit import verify
from services.meeting.assessments import (
    AssessmentError,
    Conditions,
    Score,
    SubjectAssessment,
    accept_score,
    assessment_of,
    assessments_of_meeting,
    self_score_text,
    set_condition,
    set_self_assessment,
)
from services.meeting.setup import remove_member
from services.review.reviews import set_collective_assessment
from tests.helpers.builders import build_meeting

PEOPLE = [("Nguyễn Văn An", MemberStatus.official), ("Trần Thị Bình", MemberStatus.official)]


@pytest.fixture
def meeting(db: Database) -> int:
    return build_meeting(db, PEOPLE, year=2025)


def member_id(db: Database, meeting_id: int, code: str = "m01") -> int:
    with db.session() as s:
        return s.scalars(select(Member.id).where(Member.meeting_id == meeting_id,
                                                 Member.code == code)).one()


def test_the_accepted_score_is_the_self_score_until_the_meeting_changes_it(
        db: Database, meeting: int) -> None:
    who = member_id(db, meeting)
    with db.session("secretary") as s, s.begin():
        set_self_assessment(s, member_id=who, general=27, tasks=65, level=Level.HTXSNV)
    with db.session() as s:
        mine = assessment_of(s, member_id=who)
    assert (mine.self_score, mine.self_level, mine.accepted, mine.total, mine.changed) == (
        Score(27, 65), Level.HTXSNV, Score(27, 65), 92, False)
    assert self_score_text(mine) == "27/30 + 65/70 = 92/100"

    with db.session("secretary") as s, s.begin(), pytest.raises(AssessmentError,
                                                                  match="ghi lý do"):
        accept_score(s, member_id=who, general=25, tasks=61, reason="  ")
    with db.session("secretary") as s, s.begin():
        accept_score(s, member_id=who, general=25, tasks=61,
                     reason="Chưa hoàn thành chỉ tiêu quý IV")
    with db.session() as s:
        mine = assessment_of(s, member_id=who)
    assert (mine.accepted, mine.total, mine.changed, mine.change_reason) == (
        Score(25, 61), 86, True, "Chưa hoàn thành chỉ tiêu quý IV")
    assert mine.self_score == Score(27, 65)

    # Accepting the self score again (or nothing) clears the change and its reason.
    with db.session("secretary") as s, s.begin():
        accept_score(s, member_id=who, general=27, tasks=65)
    with db.session() as s:
        mine = assessment_of(s, member_id=who)
    assert (mine.accepted, mine.changed, mine.change_reason) == (Score(27, 65), False, "")
    assert verify(db).intact


@pytest.mark.parametrize(("general", "tasks", "message"), [
    (31, 60, "tiêu chí chung phải từ 0 đến 30, không phải 31"),
    (20, 71, "kết quả thực hiện nhiệm vụ phải từ 0 đến 70, không phải 71"),
    (-1, 60, "từ 0 đến 30"),
])
def test_a_score_out_of_range_is_refused_and_nothing_changes(
        db: Database, meeting: int, general: int, tasks: int, message: str) -> None:
    who = member_id(db, meeting)
    with db.session() as s, s.begin():
        set_self_assessment(s, member_id=who, general=20, tasks=50, level=Level.HTTNV)
    for setter in (set_self_assessment, accept_score):
        with db.session() as s, s.begin(), pytest.raises(AssessmentError, match=message):
            if setter is accept_score:
                accept_score(s, member_id=who, general=general, tasks=tasks, reason="x")
            else:
                set_self_assessment(s, member_id=who, general=general, tasks=tasks, level=None)
    with db.session() as s:
        mine = assessment_of(s, member_id=who)
    assert (mine.self_score, mine.accepted, mine.self_level) == (
        Score(20, 50), Score(20, 50), Level.HTTNV)


def test_an_accepted_score_needs_both_parts(db: Database, meeting: int) -> None:
    who = member_id(db, meeting)
    with db.session() as s, s.begin(), pytest.raises(AssessmentError, match="cả hai phần"):
        accept_score(s, member_id=who, general=25, tasks=None, reason="x")


def test_conditions_are_recorded_cleared_and_named(db: Database, meeting: int) -> None:
    who = member_id(db, meeting)
    with db.session() as s:
        assert assessment_of(s, member_id=who).conditions == Conditions()
    with db.session() as s, s.begin():
        set_condition(s, member_id=who, name="all_tasks_on_time", value=True)
        set_condition(s, member_id=who, name="disqualifying_violation", value=True)
        set_condition(s, member_id=who, name="self_reported_remedied", value=True)
        set_condition(s, member_id=who, name="all_tasks_on_time", value=None)
    with db.session() as s:
        assert assessment_of(s, member_id=who).conditions == Conditions(
            disqualifying_violation=True, self_reported_remedied=True)
    with db.session() as s, s.begin(), pytest.raises(AssessmentError, match="on_time_ish"):
        set_condition(s, member_id=who, name="on_time_ish", value=True)
    assert verify(db).intact


def test_a_self_score_typed_as_one_figure_and_the_collective_score(
        db: Database, meeting: int) -> None:
    who = member_id(db, meeting, "m02")
    with db.session() as s, s.begin():
        set_self_assessment(s, member_id=who, general=None, tasks=None, level=Level.HTTNV,
                            total=84)
        set_collective_assessment(s, meeting, 26, None, Level.HTTNV)
    with db.session() as s:
        members, organisations = assessments_of_meeting(s, meeting)
    assert (members["m02"].self_score, members["m02"].total) == (None, 84)
    assert self_score_text(members["m02"]) == "84 điểm"
    assert members["m01"] == SubjectAssessment(None, None, None)  # nothing recorded
    [collective] = organisations.values()
    assert (self_score_text(collective), collective.total) == ("26/30 + …/70", None)
    with db.session() as s, s.begin(), pytest.raises(AssessmentError, match="không cả hai"):
        set_self_assessment(s, member_id=who, general=20, tasks=None, level=None, total=84)


def test_removing_a_member_removes_the_assessment_on_the_record(
        db: Database, meeting: int) -> None:
    who = member_id(db, meeting)
    with db.session() as s, s.begin():
        set_self_assessment(s, member_id=who, general=27, tasks=60, level=None)
    with db.session() as s, s.begin():
        remove_member(s, meeting, who)
    with db.session() as s:
        assert s.scalars(select(Assessment)).all() == []
    assert verify(db).intact
