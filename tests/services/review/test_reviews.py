"""The review steps' records: the collective's score, the individual reviews in regulation
order."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from models.database import Database
from models.enums import Level, MemberStatus
from models.meeting import Meeting
from models.review import IndividualReview
from models.roster import Member
from services.meeting.assessments import AssessmentError
from services.meeting.setup import stored_own_unit
from services.review.drafts.errors import DraftError
from services.review.reviews import (
    collective_assessment,
    collective_review,
    individual_reviews,
    move_review,
    regulation_rank,
    set_collective_assessment,
    set_speaking_limit,
)
from services.rules.types import Score, band_of
from tests.helpers.review import add_member, seed_meeting


@pytest.mark.parametrize(("position", "rank"), [
    ("Bí thư Đảng ủy", 0), ("Bí thư Chi bộ", 0), ("Phó Bí thư Đảng ủy", 1),
    ("Đảng ủy viên", 2), ("Chi ủy viên", 2), ("Ủy viên Ban Thường vụ", 2), ("Đảng viên", 3),
])
def test_regulation_rank(position: str, rank: int) -> None:
    assert regulation_rank(position) == rank


def test_reviews_follow_the_regulation_order_and_can_be_reordered(db: Database) -> None:
    meeting_id = seed_meeting(db, member_count=12)
    with db.session() as s, s.begin():
        s.scalars(select(Member).where(Member.code == "m10")).one().status = MemberStatus.exempt
        s.scalars(select(Member).where(Member.code == "m01")).one().position = "Đảng ủy viên"
        s.scalars(select(Member).where(Member.code == "m05")).one().position = "Bí thư Đảng ủy"
    with db.session() as s, s.begin():
        reviews = individual_reviews(s, meeting_id)
        codes = [r.member.code for r in reviews]
    # head, deputy, then the committee members by given name; exempt m10 and the
    # members outside the convened body (m11, m12) are not reviewed here.
    assert codes[:2] == ["m05", "m02"]
    assert sorted(codes[2:]) == ["m01", "m03", "m04", "m06", "m07", "m08", "m09"]
    assert len(codes) == 9
    with db.session() as s, s.begin():
        reviews = individual_reviews(s, meeting_id)
        move_review(s, reviews[3], -3)
        move_review(s, individual_reviews(s, meeting_id)[0], -1)  # already first: nothing
    with db.session() as s:
        after = [r.member.code for r in individual_reviews(s, meeting_id)]
        assert after[0] == codes[3] and after[1:4] == codes[:3]
        orders = [r.sort_order for r in s.scalars(select(IndividualReview))]
        assert sorted(orders) == list(range(1, 10))


def test_a_member_added_later_takes_his_rank_place(db: Database) -> None:
    meeting_id = seed_meeting(db, member_count=10)
    with db.session() as s, s.begin():
        individual_reviews(s, meeting_id)
    add_member(db, meeting_id, "Huỳnh Văn Bé", position="Phó Bí thư Đảng ủy")
    with db.session() as s, s.begin():
        names = [r.member.full_name for r in individual_reviews(s, meeting_id)]
    assert names[:3] == ["Nguyễn Công Việt", "Thái Thanh Yến", "Huỳnh Văn Bé"]
    assert len(names) == 11


def test_the_collective_score_is_the_assessment_of_the_unit_holding_the_meeting(
        db: Database) -> None:
    meeting_id = seed_meeting(db, member_count=1)
    with db.session() as s, s.begin():
        assert collective_assessment(s, meeting_id).self_total is None
        set_collective_assessment(s, meeting_id, 27, 63, Level.HTXSNV)
        with pytest.raises(AssessmentError, match="từ 0 đến 70"):
            set_collective_assessment(s, meeting_id, 27, 71, Level.HTXSNV)
        with pytest.raises(AssessmentError, match="từ 0 đến 30"):
            set_collective_assessment(s, meeting_id, -1, 60, None)
        set_speaking_limit(collective_review(s, meeting_id), 180)
        with pytest.raises(DraftError):
            set_speaking_limit(collective_review(s, meeting_id), 5)
    with db.session() as s:
        assessment = collective_assessment(s, meeting_id)
        assert (assessment.self_score, assessment.self_total, assessment.self_level) == (
            Score(27, 63), 90, Level.HTXSNV)
        unit = stored_own_unit(s.get_one(Meeting, meeting_id))
        assert unit is not None and unit.self_rating is Level.HTXSNV
        assert collective_review(s, meeting_id).speaking_limit_seconds == 180
    assert [band_of(n) for n in (90, 89, 70, 69, 50, 49)] == [
        Level.HTXSNV, Level.HTTNV, Level.HTTNV, Level.HTNV, Level.HTNV, Level.KHTNV]


def test_a_member_admitted_less_than_six_months_before_is_not_reviewed(db: Database) -> None:
    import datetime as dt

    from models.meeting import Meeting

    meeting_id = seed_meeting(db, member_count=10)
    with db.session() as s, s.begin():
        s.get_one(Meeting, meeting_id).date = dt.date(2022, 1, 7)
        # six months before 07/01/2022 is 07/07/2021: admitted that day counts, a day later not
        for code, admitted in (("m03", dt.date(2021, 7, 7)), ("m04", dt.date(2021, 7, 8))):
            s.scalars(select(Member).where(Member.code == code)).one().admitted_on = admitted
    with db.session() as s, s.begin():
        codes = {r.member.code for r in individual_reviews(s, meeting_id)}
    assert "m03" in codes and "m04" not in codes
    assert len(codes) == 9
