"""The electorate and voters present, derived from the attendance list and explained."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select

from models.database import Database
from models.enums import AttendanceStatus as A
from models.enums import MemberStatus as S
from models.meeting import Meeting
from models.roster import Member
from services.ballot.attendance import set_attendance
from services.meeting.approvals import voters_present
from services.meeting.electorate import (
    Attendee,
    Phrases,
    derive,
    electorate_of,
    meeting_electorate,
)
from tests.helpers.builders import TWELVE_OFFICIAL, build_meeting


def officials(*marks: A | None) -> list[Attendee]:
    return [Attendee(S.official, mark) for mark in marks]


def test_the_example_of_the_issue() -> None:
    result = derive(officials(*[A.present] * 10, A.absent_excused, A.absent))
    assert (result.convened, result.absent_excused, result.electorate, result.present) == (
        12, 1, 11, 10)
    assert result.explanation() == "Triệu tập 12 − vắng có lý do 1 = 11; có mặt 10 ≥ 2/3"
    assert result.warnings() == []


def test_exclusions_and_absent_exempt_members_are_deducted_and_shown() -> None:
    people = officials(A.present, A.present, A.present, A.excluded, A.absent_excused) + [
        Attendee(S.exempt, A.absent_excused), Attendee(S.exempt, None),
        Attendee(S.exempt, A.present), Attendee(S.suspended, None),
        Attendee(S.probationary, A.present),
    ]
    result = derive(people)
    # convened: 5 official + 3 exempt; suspended and probationary are not voters
    assert result.convened == 8
    assert (result.excluded, result.absent_excused, result.exempt_absent) == (1, 1, 2)
    assert result.electorate == 4
    assert result.present == 4  # three official and the exempt member who came
    assert result.explanation() == (
        "Triệu tập 8 − loại trừ 1 − vắng có lý do 1 − miễn sinh hoạt vắng mặt 2 = 4; "
        "có mặt 4 ≥ 2/3")
    # the exempt member without a mark is not yet recorded; the suspended one needs no mark
    assert result.warnings() == ["Còn 1 người chưa điểm danh."]


def test_below_two_thirds_is_a_warning_with_the_number_needed() -> None:
    result = derive(officials(*[A.present] * 7, *[A.absent] * 5))
    assert result.electorate == 12 and result.needed_two_thirds == 8
    assert not result.enough_present and result.majority_possible
    assert result.explanation().endswith("có mặt 7 < 2/3 (cần ít nhất 8)")
    assert result.warnings() == ["Số có mặt dưới 2/3 số được triệu tập."]


def test_exactly_two_thirds_is_enough() -> None:
    result = derive(officials(*[A.present] * 8, *[A.absent] * 4))
    assert result.enough_present


def test_present_at_half_or_less_says_no_level_can_pass() -> None:
    result = derive(officials(*[A.present] * 5, *[A.absent] * 5))
    assert not result.majority_possible
    assert any("không quá một nửa của 10" in w and "không mức xếp loại nào" in w
               for w in result.warnings())


def test_nobody_convened_is_said_plainly() -> None:
    result = derive([Attendee(S.probationary, A.present)])
    assert result.electorate == 0
    assert result.explanation() == "Chưa có đảng viên chính thức nào được triệu tập."
    assert result.warnings() == []
    everyone_excluded = derive(officials(A.excluded))
    assert everyone_excluded.explanation() == (
        "Triệu tập 1 − loại trừ 1 − vắng có lý do 0 = 0; không còn ai có quyền biểu quyết")


def test_translated_phrases_replace_the_words() -> None:
    english = Phrases(convened="Convened {n}", absent_excused="excused {n}",
                      present_enough="present {present} ≥ 2/3")
    result = derive(officials(A.present, A.present, A.absent_excused))
    assert result.explanation(english) == "Convened 3 − excused 1 = 2; present 2 ≥ 2/3"


@given(st.lists(st.tuples(st.sampled_from(list(S)), st.sampled_from([None, *A])), max_size=40))
def test_the_derivation_always_adds_up(people: list[tuple[S, A | None]]) -> None:
    result = derive(Attendee(status, mark) for status, mark in people)
    assert 0 <= result.present <= result.electorate <= result.convened
    voters = [(s, m) for s, m in people if s in (S.official, S.exempt)]
    assert result.convened == len(voters)
    assert result.present == sum(1 for _s, m in voters if m is A.present)


def test_the_meeting_on_the_database_gives_the_same_derivation(db: Database) -> None:
    meeting_id = build_meeting(db, TWELVE_OFFICIAL)
    with db.session("test") as s, s.begin():
        ids = sorted(s.scalars(select(Member.id).where(Member.meeting_id == meeting_id)).all())
        for member_id in ids[:10]:
            set_attendance(s, meeting_id, member_id, A.present)
        set_attendance(s, meeting_id, ids[10], A.absent_excused, "Ốm")
        set_attendance(s, meeting_id, ids[11], A.absent)
    with db.session() as s:
        result = electorate_of(s, meeting_id)
    assert result.explanation() == "Triệu tập 12 − vắng có lý do 1 = 11; có mặt 10 ≥ 2/3"


def test_a_rounds_snapshot_and_the_approvals_use_the_attendance_pages_rule(db: Database) -> None:
    """An exempt member who comes votes; one not yet marked is still convened: the electorate
    a round freezes and the voters the approvals count are the attendance page's figures."""
    members = [*TWELVE_OFFICIAL[:9], ("Dương Văn Minh", S.exempt), ("Lý Thị Ngọc", S.exempt)]
    meeting_id = build_meeting(db, members)
    with db.session("test") as s, s.begin():
        ids = s.scalars(select(Member.id).where(Member.meeting_id == meeting_id)
                        .order_by(Member.code)).all()
        for member_id in ids[:8]:  # m09 (official) is not marked yet
            set_attendance(s, meeting_id, member_id, A.present)
        set_attendance(s, meeting_id, ids[9], A.present)  # the exempt member who came
        set_attendance(s, meeting_id, ids[10], A.absent_excused)  # the one who stayed away
    with db.session() as s:
        shown = electorate_of(s, meeting_id)
        meeting = s.get_one(Meeting, meeting_id)
        assert meeting_electorate(meeting) == shown
        assert (shown.electorate, shown.present) == (10, 9)
        assert voters_present(s, meeting_id) == 9
