"""Attendance marks, the agenda's step states, and the meeting set-up, on the database."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from models.audit import AuditEvent
from models.database import Database
from models.enums import AttendanceStatus, MemberStatus
from models.meeting import AgendaStep, Attendance, Meeting, RoleAssignment
from models.roster import Member
from services.ballot.attendance import AttendanceError, mark_unrecorded_present, set_attendance
from services.meeting.agenda import (
    AgendaError,
    finish_meeting,
    go_to_step,
    is_finished,
    reopen_meeting,
)
from services.meeting.setup import (
    MeetingDetails,
    MemberData,
    SetupError,
    add_member,
    meeting_details,
    next_member_code,
    remove_member,
    save_meeting_details,
    update_member,
)
from tests.helpers.builders import TWELVE_OFFICIAL, build_meeting


def member_ids(db: Database, meeting_id: int) -> list[int]:
    with db.session() as s:
        return list(s.scalars(select(Member.id).where(Member.meeting_id == meeting_id)
                              .order_by(Member.code)))


def states(db: Database, meeting_id: int) -> tuple[int, list[str]]:
    with db.session() as s:
        meeting = s.get(Meeting, meeting_id)
        assert meeting is not None
        return meeting.current_step, [step.state.value for step in meeting.steps]


def test_a_new_meeting_has_nine_steps_the_first_current(db: Database) -> None:
    meeting_id = build_meeting(db, [])
    assert states(db, meeting_id) == (1, ["current"] + ["pending"] * 8)


def test_moving_forward_marks_done_and_records_what_was_accepted_missing(db: Database) -> None:
    meeting_id = build_meeting(db, [])
    with db.session("chair") as s, s.begin():
        go_to_step(s, meeting_id, 2)
    with db.session("chair") as s, s.begin():
        go_to_step(s, meeting_id, 3, accepted_missing=["Còn 2 người chưa điểm danh."])
    current, marks = states(db, meeting_id)
    assert current == 3 and marks[:4] == ["done", "done", "current", "pending"]
    with db.session() as s:
        step2 = s.scalar(select(AgendaStep).where(AgendaStep.meeting_id == meeting_id,
                                                  AgendaStep.number == 2))
        assert step2 is not None and step2.overridden_missing == "Còn 2 người chưa điểm danh."


def test_going_back_leaves_an_unfinished_step_pending_and_a_done_one_done(db: Database) -> None:
    meeting_id = build_meeting(db, [])
    for number in (2, 3, 4, 3, 1):
        with db.session("chair") as s, s.begin():
            go_to_step(s, meeting_id, number)
    current, marks = states(db, meeting_id)
    # 1, 2 and 3 were finished on the way; 4 was left unfinished going back
    assert current == 1 and marks[:5] == ["done", "done", "done", "pending", "pending"]


def test_jumping_forward_does_not_mark_skipped_steps_done(db: Database) -> None:
    meeting_id = build_meeting(db, [])
    with db.session("chair") as s, s.begin():
        go_to_step(s, meeting_id, 5)
    assert states(db, meeting_id)[1][:5] == ["done", "pending", "pending", "pending", "current"]


def test_a_step_that_does_not_exist_is_refused(db: Database) -> None:
    meeting_id = build_meeting(db, [])
    with pytest.raises(AgendaError, match="Không có bước 10"), db.session() as s, s.begin():
        go_to_step(s, meeting_id, 10)
    assert states(db, meeting_id)[0] == 1


def test_closing_finishes_the_meeting_at_its_last_step_only(db: Database) -> None:
    meeting_id = build_meeting(db, [])
    with pytest.raises(AgendaError, match="chỉ kết thúc được ở bước 9"), db.session() as s, \
            s.begin():
        finish_meeting(s, meeting_id)
    with db.session("chair") as s, s.begin():
        go_to_step(s, meeting_id, 9)
        finish_meeting(s, meeting_id, ["Chưa ghi giờ bế mạc."])
    current, marks = states(db, meeting_id)
    assert current == 9 and marks[-1] == "done"
    with db.session() as s:
        assert is_finished(s.get_one(Meeting, meeting_id))
        assert s.scalar(select(AuditEvent).where(AuditEvent.table_name == "agenda_step")
                        .order_by(AuditEvent.id.desc()).limit(1)) is not None
    with db.session("chair") as s, s.begin():  # moving back opens it again
        go_to_step(s, meeting_id, 8)
    assert states(db, meeting_id)[1][-2:] == ["current", "pending"]
    with db.session("chair") as s, s.begin():
        go_to_step(s, meeting_id, 9)
        finish_meeting(s, meeting_id)
        reopen_meeting(s, meeting_id)
    with db.session() as s:
        assert not is_finished(s.get_one(Meeting, meeting_id))
    assert states(db, meeting_id)[1][-1] == "current"


def test_attendance_marks_are_written_and_audited(db: Database) -> None:
    meeting_id = build_meeting(db, TWELVE_OFFICIAL[:3])
    a, b, c = member_ids(db, meeting_id)
    with db.session("chair") as s, s.begin():
        set_attendance(s, meeting_id, a, AttendanceStatus.absent_excused, "  Đi công tác ")
    with db.session("chair") as s, s.begin():
        assert mark_unrecorded_present(s, meeting_id) == (2, [])
    with db.session("chair") as s, s.begin():
        set_attendance(s, meeting_id, b, None)
    with db.session() as s:
        rows = {r.member_id: (r.status, r.reason) for r in s.scalars(select(Attendance))}
        assert rows == {a: (AttendanceStatus.absent_excused, "Đi công tác"),
                        c: (AttendanceStatus.present, "")}
        events = s.scalars(select(AuditEvent).where(AuditEvent.table_name == "attendance")).all()
        assert [(e.actor, e.action) for e in events] == [
            ("chair", "insert"), ("chair", "insert"), ("chair", "insert"), ("chair", "delete")]


def test_a_present_mark_drops_the_absence_reason(db: Database) -> None:
    meeting_id = build_meeting(db, TWELVE_OFFICIAL[:1])
    (a,) = member_ids(db, meeting_id)
    with db.session() as s, s.begin():
        set_attendance(s, meeting_id, a, AttendanceStatus.excluded, "Đang sinh hoạt tạm thời")
        set_attendance(s, meeting_id, a, AttendanceStatus.present)
    with db.session() as s:
        row = s.scalar(select(Attendance))
        assert row is not None and (row.status, row.reason) == (AttendanceStatus.present, "")


def test_a_member_outside_the_body_cannot_be_marked(db: Database) -> None:
    meeting_id = build_meeting(db, TWELVE_OFFICIAL[:1])
    (a,) = member_ids(db, meeting_id)
    with db.session() as s, s.begin():
        member = s.get(Member, a)
        assert member is not None
        member.in_body = False
    with pytest.raises(AttendanceError), db.session() as s, s.begin():
        set_attendance(s, meeting_id, a, AttendanceStatus.present)


def test_meeting_details_are_saved_nfc_and_only_what_changed_is_audited(db: Database) -> None:
    meeting_id = build_meeting(db, [])
    with db.session() as s:
        meeting = s.get(Meeting, meeting_id)
        assert meeting is not None
        details = meeting_details(meeting)
    decomposed_place = "Tie\u0302\u0300n Giang"  # "Tiền Giang" as Windows-1258 writes it
    changed = MeetingDetails(**{**details.__dict__, "place": decomposed_place,
                                "venue": " Hội trường "})
    with db.session("chair") as s, s.begin():
        save_meeting_details(s, meeting_id, changed)
    with db.session() as s:
        meeting = s.get(Meeting, meeting_id)
        assert meeting is not None
        assert (meeting.place, meeting.venue) == ("Tiền Giang", "Hội trường")
        last = s.scalars(select(AuditEvent).order_by(AuditEvent.id.desc())).first()
        assert last is not None and last.table_name == "meeting"
        assert set(json.loads(last.changes)) == {"place", "venue"}


def test_bad_details_are_refused_and_nothing_changes(db: Database) -> None:
    meeting_id = build_meeting(db, [])
    with db.session() as s:
        meeting = s.get(Meeting, meeting_id)
        assert meeting is not None
        details = meeting_details(meeting)
    for bad, message in ((dict(review_year=1900), "Năm đánh giá 1900"),
                         (dict(unit="  "), "không được để trống")):
        with pytest.raises(SetupError, match=message), db.session() as s, s.begin():
            save_meeting_details(s, meeting_id, MeetingDetails(**{**details.__dict__, **bad}))
    with db.session() as s:
        meeting = s.get(Meeting, meeting_id)
        assert meeting is not None and meeting_details(meeting) == details


def test_roster_add_edit_remove(db: Database) -> None:
    meeting_id = build_meeting(db, TWELVE_OFFICIAL[:2])
    with db.session() as s:
        assert next_member_code(s, meeting_id) == "m03"
    with db.session() as s, s.begin():
        new = add_member(s, meeting_id, MemberData(code="m03", full_name=" Trương  Thị  Mai ",
                                                   status=MemberStatus.probationary))
        new_id = new.id
    with pytest.raises(SetupError, match="đã có"), db.session() as s, s.begin():
        add_member(s, meeting_id, MemberData(code="m01", full_name="Người Trùng Mã"))
    with pytest.raises(SetupError, match="từ 0 đến 100"), db.session() as s, s.begin():
        update_member(s, meeting_id, new_id,
                      MemberData(code="m03", full_name="Trương Thị Mai", self_score=101))
    a, b, _ = member_ids(db, meeting_id)
    with db.session() as s, s.begin():
        s.add(RoleAssignment(meeting_id=meeting_id, role="chair", member_id=a))
        set_attendance(s, meeting_id, a, AttendanceStatus.present)
    with db.session("chair") as s, s.begin():
        remove_member(s, meeting_id, a)
    with db.session() as s:
        names = s.scalars(select(Member.full_name).where(Member.meeting_id == meeting_id)
                          .order_by(Member.code)).all()
        assert names == ["Trần Thị Bình", "Trương Thị Mai"]
        role = s.scalar(select(RoleAssignment))
        assert role is not None and (role.member_id, role.name) == (None, "Nguyễn Văn An")
        assert s.scalar(select(Attendance)) is None
    assert b in member_ids(db, meeting_id)
