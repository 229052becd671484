"""Who may do what: a teller station joins with the chair's PIN, and may then key its own pile
and nothing else; whatever it is refused leaves nothing changed, and its events name the
station and the teller."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from models.audit import AuditEvent
from models.ballot import BallotRound
from models.ballot_entry import EntryMode
from models.database import Database
from models.enums import AttendanceStatus
from models.meeting import Meeting
from models.roster import Member
from services.ballot.attendance import set_attendance
from services.ballot.reconciliation import save_reconciliation
from services.ballot.rounds import set_double_entry
from services.ballot.sheets import (
    SheetHeldElsewhere,
    finish_ballot,
    resume_ballot,
    set_mark,
    start_sheet,
)
from services.common.errors import Refusal
from services.integrity.audit import verify
from services.stations.access import StationRefused, admit_station, set_station_pin
from services.stations.names import actor_name
from tests.helpers.piles import act
from tests.services.ballot.test_stations import a_round

STATION = actor_name("teller", "Tổ 2")  # before a teller is chosen at the station


def test_a_station_joins_only_with_the_pin_the_chair_set(db: Database) -> None:
    round_id, _tellers = a_round(db)
    with db.session() as s:
        meeting_id = s.get_one(BallotRound, round_id).meeting_id
    with pytest.raises(StationRefused, match="chưa đặt mã PIN"):
        admit_station(db, meeting_id, "Tổ 2", "1234")
    for bad in ("12", "12a4", "123456789", "١٢٣٤"):
        with pytest.raises(Refusal, match="4 đến 8 chữ số"):
            act(db, set_station_pin, meeting_id, bad)
    act(db, set_station_pin, meeting_id, " 482913 ")
    with db.session() as s:
        stored = s.get_one(Meeting, meeting_id).station_pin
    assert stored is not None and "482913" not in stored  # hashed, salted
    with pytest.raises(StationRefused, match="Mã PIN không đúng: máy “Tổ 2”"):
        admit_station(db, meeting_id, "Tổ 2", "482914")
    admit_station(db, meeting_id, "Tổ 2", "482913")
    # Only the chair's laptop sets it.
    with pytest.raises(StationRefused, match="chỉ máy chủ tọa"):
        act(db, set_station_pin, meeting_id, "111111", actor=STATION)
    admit_station(db, meeting_id, "Tổ 2", "482913")


def test_a_teller_station_may_not_change_attendance_rules_or_the_round(db: Database) -> None:
    round_id, _tellers = a_round(db)
    with db.session() as s:
        round_ = s.get_one(BallotRound, round_id)
        meeting_id, rules = round_.meeting_id, dict(round_.meeting.rules)
        member_id = s.scalars(select(Member.id).where(Member.meeting_id == meeting_id,
                                                      Member.in_body.is_(True))).first()
        assert member_id is not None
        before = s.get_one(Member, member_id).attendance
        assert before is not None and before.status is AttendanceStatus.present
        events = s.query(AuditEvent).count()

    with pytest.raises(StationRefused, match="Máy “Tổ 2” là máy nhập phiếu: chỉ máy chủ tọa "
                       "mới được thay đổi điểm danh"):
        act(db, set_attendance, meeting_id, member_id, AttendanceStatus.absent, actor=STATION)

    def change_rules(session: Session, meeting_id: int) -> None:
        meeting = session.get_one(Meeting, meeting_id)
        meeting.rules = {**meeting.rules, "quota": {"percent": 50}}

    with pytest.raises(StationRefused, match="quy tắc xếp loại"):
        act(db, change_rules, meeting_id, actor=STATION)
    with pytest.raises(StationRefused, match="vòng biểu quyết"):
        act(db, save_reconciliation, round_id, {"issued": "9", "returned": "9"}, actor=STATION)
    with pytest.raises(StationRefused, match="vòng biểu quyết"):
        act(db, set_double_entry, round_id, False, actor=STATION)
    with db.session() as s:  # nothing of it stored
        after = s.get_one(Member, member_id).attendance
        assert after is not None and after.status is AttendanceStatus.present
        assert s.get_one(Meeting, meeting_id).rules == rules
        assert s.get_one(BallotRound, round_id).issued == 10
        assert s.query(AuditEvent).count() == events
    # The chair's laptop may.
    act(db, set_attendance, meeting_id, member_id, AttendanceStatus.absent)
    assert verify(db).intact


def test_a_station_keys_its_own_pile_and_every_event_names_station_and_teller(
        db: Database) -> None:
    round_id, tellers = a_round(db)
    actor = actor_name("teller", "Tổ 2", "Nguyễn Văn A")
    sheet = start_sheet(db, round_id, tellers[0], EntryMode.per_ballot, actor=actor,
                        station="Tổ 2")
    ballot = resume_ballot(db, sheet.id, actor=actor, station="Tổ 2")
    assert ballot is not None
    for row in range(len(ballot.marks)):
        set_mark(db, ballot.id, row, "2", actor=actor, station="Tổ 2")
    finish_ballot(db, ballot.id, actor=actor, station="Tổ 2")
    # Another station cannot touch that pile, nor take it over while Tổ 2 is keying it
    # (on PostgreSQL, where the chair sees who is connected: tests/ui/ballot/test_stations.py).
    other = actor_name("teller", "Tổ 3", "Trần Thị B")
    with pytest.raises(SheetHeldElsewhere, match="máy “Tổ 2”"):
        set_mark(db, ballot.id, 0, "1", actor=other, station="Tổ 3")
    with db.session() as s:
        actors = set(s.scalars(select(AuditEvent.actor).where(AuditEvent.actor.like("%@%"))))
    assert actors == {"teller Nguyễn Văn A @ Tổ 2"}
    assert verify(db).intact
