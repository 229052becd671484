"""Undo and redo of committed actions from the audit log: the data comes back exactly, the log
stays verifiable and says what happened, and a conflicting undo is refused with nothing written."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.audit import GROUP_KEY, WRITTEN_KEY, AuditEvent
from models.ballot import BallotRound, RoundState, RoundSubject
from models.database import Database
from models.enums import AttendanceStatus, MemberStatus, SubjectKind
from models.meeting import Attendance, Meeting
from models.roster import Member
from services.ballot.attendance import set_attendance
from services.integrity.audit import verify
from services.integrity.undo import (
    UndoError,
    group_events,
    net_changes,
    redo_group,
    undo_group,
    undo_refusal,
    watch_commits,
)
from services.meeting.setup import MemberData, add_member, remove_member, update_member
from tests.helpers.builders import build_meeting

NAMES = [("Nguyễn Văn An", MemberStatus.official), ("Trần Thị Bình", MemberStatus.official),
         ("Lê Văn Cường", MemberStatus.probationary)]


def committed(db: Database, action) -> str:  # type: ignore[no-untyped-def]
    """Run `action(session)` as the chair in one transaction; the group it was recorded as."""
    with db.session("chair") as s, s.begin():
        action(s)
        return str(s.info[GROUP_KEY])


def snapshot(db: Database) -> dict[str, list[tuple]]:  # type: ignore[type-arg]
    with db.session() as s:
        return {
            "member": [(m.id, m.code, m.full_name, m.status, m.position) for m in
                       s.scalars(select(Member).order_by(Member.id))],
            "attendance": [(a.id, a.member_id, a.status, a.reason) for a in
                           s.scalars(select(Attendance).order_by(Attendance.id))],
        }


def event_count(db: Database) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(AuditEvent)) or 0


def member_id(db: Database, code: str) -> int:
    with db.session() as s:
        return s.scalars(select(Member.id).where(Member.code == code)).one()


@pytest.fixture
def meeting(db: Database) -> int:
    return build_meeting(db, NAMES)


def test_an_edit_is_undone_and_redone_and_both_are_recorded(db: Database, meeting: int) -> None:
    before = snapshot(db)
    m02 = member_id(db, "m02")
    group = committed(db, lambda s: update_member(s, meeting, m02, MemberData(
        code="m02", full_name="Trần Thị Bích", position="Bí thư")))
    after = snapshot(db)

    undo_group(db, group, "chair")
    assert snapshot(db) == before
    redo_group(db, group, "secretary")
    assert snapshot(db) == after
    result = verify(db)
    assert result.intact, result.problem
    with db.session() as s:
        markers = s.scalars(select(AuditEvent).where(AuditEvent.table_name == "change_group")
                            .order_by(AuditEvent.id)).all()
        assert [(e.action, e.row_id, e.actor) for e in markers] == [
            ("undo", group, "chair"), ("redo", group, "secretary")]
        undo_events = s.scalars(select(AuditEvent).where(
            AuditEvent.change_group == markers[0].change_group,
            AuditEvent.action == "update")).all()
        assert [json.loads(e.changes) for e in undo_events] == [
            {"full_name": ["Trần Thị Bích", "Trần Thị Bình"], "position": ["Bí thư", ""]}]


def test_an_added_member_goes_and_comes_back_with_the_same_id(db: Database,
                                                              meeting: int) -> None:
    before = snapshot(db)
    group = committed(db, lambda s: add_member(s, meeting, MemberData(
        code="m04", full_name="Phạm Thị Dung")))
    added = member_id(db, "m04")
    undo_group(db, group, "chair")
    assert snapshot(db) == before
    redo_group(db, group, "chair")
    assert member_id(db, "m04") == added
    assert verify(db).intact


def test_a_removed_member_comes_back_with_the_attendance_mark(db: Database,
                                                              meeting: int) -> None:
    m01 = member_id(db, "m01")
    committed(db, lambda s: set_attendance(s, meeting, m01, AttendanceStatus.absent_excused,
                                           "Đi công tác"))
    before = snapshot(db)
    group = committed(db, lambda s: remove_member(s, meeting, m01))
    assert len(snapshot(db)["attendance"]) == 0

    undo_group(db, group, "chair")
    assert snapshot(db) == before
    result = verify(db)
    assert result.intact, result.problem


def test_an_undo_is_refused_when_the_row_changed_since(db: Database, meeting: int) -> None:
    m02 = member_id(db, "m02")
    group = committed(db, lambda s: update_member(s, meeting, m02, MemberData(
        code="m02", full_name="Trần Thị Bích")))
    committed(db, lambda s: update_member(s, meeting, m02, MemberData(
        code="m02", full_name="Trần Thị Bạch")))
    state, events = snapshot(db), event_count(db)
    with pytest.raises(UndoError, match="đã thay đổi sau thao tác này"):
        undo_group(db, group, "chair")
    assert (snapshot(db), event_count(db)) == (state, events)


def test_an_undo_that_would_take_later_data_with_it_is_refused(db: Database,
                                                              meeting: int) -> None:
    group = committed(db, lambda s: add_member(s, meeting, MemberData(
        code="m04", full_name="Phạm Thị Dung")))
    m04 = member_id(db, "m04")
    committed(db, lambda s: set_attendance(s, meeting, m04, AttendanceStatus.present))
    state, events = snapshot(db), event_count(db)
    with pytest.raises(UndoError, match="bảng attendance"):
        undo_group(db, group, "chair")
    assert (snapshot(db), event_count(db)) == (state, events)


def test_a_redo_is_refused_once_the_undone_state_was_changed(db: Database,
                                                            meeting: int) -> None:
    m02 = member_id(db, "m02")
    group = committed(db, lambda s: update_member(s, meeting, m02, MemberData(
        code="m02", full_name="Trần Thị Bích")))
    undo_group(db, group, "chair")
    committed(db, lambda s: update_member(s, meeting, m02, MemberData(
        code="m02", full_name="Trần Bình")))
    with pytest.raises(UndoError):
        redo_group(db, group, "chair")


def test_a_locked_round_refuses_the_undo_of_its_counts(db: Database, meeting: int) -> None:
    m01 = member_id(db, "m01")

    def open_round(s: Session) -> None:
        s.add(BallotRound(meeting_id=meeting, code="dang-vien", subject_kind=SubjectKind.member,
                          subjects=[RoundSubject(member_id=m01)]))

    committed(db, open_round)

    def count(s: Session) -> None:
        round_ = s.scalars(select(BallotRound)).one()
        round_.issued = round_.returned = 3

    group = committed(db, count)
    committed(db, lambda s: setattr(s.scalars(select(BallotRound)).one(), "state",
                                    RoundState.locked))
    with pytest.raises(UndoError, match="đã khóa"):
        undo_group(db, group, "chair")
    with db.session() as s:
        assert s.scalars(select(BallotRound.issued)).one() == 3


def test_ballot_entry_is_kept_off_the_undo_stack(db: Database, meeting: int) -> None:
    keyed = [AuditEvent(table_name="entry_total", row_id="1", action="update",
                        changes=json.dumps({"votes_httnv": [2, 3]}))]
    agreed = [AuditEvent(table_name="round_subject", row_id="1", action="update",
                         changes=json.dumps({"votes_httnv": [0, 3]}))]
    decided = [AuditEvent(table_name="round_subject", row_id="1", action="update",
                          changes=json.dumps({"decision_reason": ["", "Chủ trì quyết định"]}))]
    assert undo_refusal(keyed) and undo_refusal(agreed)
    assert undo_refusal(decided) is None


def test_commits_are_reported_with_their_group_only_when_something_was_written(
        db: Database, meeting: int) -> None:
    seen: list[str] = []
    with watch_commits(db.session("chair"), seen.append) as s:
        with s.begin():
            s.get(Meeting, meeting)  # a read: nothing written, nothing reported
        with s.begin():
            member = s.scalars(select(Member).where(Member.code == "m01")).one()
            member.position = "Chi ủy viên"
            group = str(s.info[GROUP_KEY])
    assert seen == [group]
    with db.session() as s:
        assert [e.table_name for e in group_events(s, group)] == ["member"]


def test_several_edits_of_one_row_in_one_action_fold_into_one_change(db: Database,
                                                                    meeting: int) -> None:
    def add_then_edit(s: Session) -> None:
        member = add_member(s, meeting, MemberData(code="m04", full_name="Phạm Dung"))
        member.full_name = "Phạm Thị Dung"
        s.flush()
        member.position = "Đảng viên"

    group = committed(db, add_then_edit)
    with db.session() as s:
        (change,) = net_changes(group_events(s, group))
    assert change.before is None and change.after is not None
    assert (change.after["full_name"], change.after["position"]) == ("Phạm Thị Dung",
                                                                     "Đảng viên")


EDITS = st.lists(st.tuples(st.sampled_from(["m01", "m02", "m03"]),
                           st.sampled_from(["full_name", "position", "mark", "remove"]),
                           st.sampled_from(["Bí thư", "Ngô Thị Ánh", "Vắng có lý do"])),
                 min_size=1, max_size=6)


@settings(max_examples=15, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(edits=EDITS)
def test_undoing_every_action_in_reverse_order_restores_the_start(
        db: Database, edits: list[tuple[str, str, str]]) -> None:
    meeting = build_meeting(db, NAMES)
    start = snapshot(db)
    groups = []
    for code, what, value in edits:
        with db.session("chair") as s, s.begin():
            member = s.scalars(select(Member).where(Member.meeting_id == meeting,
                                                    Member.code == code)).one_or_none()
            if member is None:
                continue
            if what == "remove":
                remove_member(s, meeting, member.id)
            elif what == "mark":
                set_attendance(s, meeting, member.id, AttendanceStatus.absent_excused, value)
            else:
                setattr(member, what, value)
            s.flush()
            if s.info.get(WRITTEN_KEY) == s.info[GROUP_KEY]:  # not an edit to the same value
                groups.append(str(s.info[GROUP_KEY]))
    end = snapshot(db)
    for group in reversed(groups):
        undo_group(db, group, "chair")
    assert snapshot(db) == start
    for group in groups:
        redo_group(db, group, "chair")
    assert snapshot(db) == end
    result = verify(db)
    assert result.intact, result.problem


def test_the_hash_chain_covers_the_change_group(db: Database, meeting: int) -> None:
    m02 = member_id(db, "m02")
    committed(db, lambda s: update_member(s, meeting, m02, MemberData(
        code="m02", full_name="Trần Thị Bích")))
    with db.engine.begin() as connection:  # moved into another action, outside the app
        connection.exec_driver_sql(
            "UPDATE audit_event SET change_group = 'x' WHERE id = (SELECT max(id) FROM "
            "audit_event)")
    result = verify(db)
    assert result.problem is not None and "đã bị sửa" in result.problem
