"""Several stations keying one round: a sheet belongs to its station, the round never gets more
sheets than it allows, conflicts are retried, and the log names the station and the teller."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import func, insert, select
from sqlalchemy.exc import IntegrityError

from models.audit import AuditEvent
from models.ballot import LockedRoundError
from models.ballot_entry import EntryBallot, EntryMode, EntrySheet
from models.database import Database
from models.enums import SubjectKind
from models.write_lock import Conflicts, retried
from services.ballot.reconciliation import save_reconciliation
from services.ballot.rounds import open_round
from services.ballot.sheets import (
    SheetHeldElsewhere,
    open_ballot,
    resume_ballot,
    round_sheets,
    round_subjects,
    set_mark,
    set_total,
    start_sheet,
)
from services.integrity.audit import verify
from services.meeting_file.store import import_meeting
from services.rules.types import RefusedError
from services.stations.names import actor_name
from tests.helpers import SEED_MEETING
from tests.helpers.integrity import entered_round
from tests.helpers.piles import act, approve_tellers, call_the_roll


def a_round(db: Database) -> tuple[int, list[int]]:
    meeting_id = import_meeting(db, SEED_MEETING)
    call_the_roll(db, meeting_id)
    tellers = approve_tellers(db, meeting_id)
    round_id = act(db, open_round, meeting_id, SubjectKind.organisation)
    assert act(db, save_reconciliation, round_id, {"issued": "10", "returned": "10"}) == []
    return round_id, tellers


def test_the_same_teller_at_a_second_station_is_refused_until_taken_over(db: Database) -> None:
    round_id, tellers = a_round(db)
    first = start_sheet(db, round_id, tellers[0], EntryMode.per_ballot, station="Tổ 1")
    ballot = resume_ballot(db, first.id, station="Tổ 1")
    assert ballot is not None
    with pytest.raises(SheetHeldElsewhere) as refused:
        start_sheet(db, round_id, tellers[0], EntryMode.per_ballot, station="Tổ 2")
    assert "ở máy “Tổ 1”" in str(refused.value)
    start_sheet(db, round_id, tellers[1], EntryMode.totals)  # on the chair's laptop
    with pytest.raises(SheetHeldElsewhere, match="máy chủ tọa"):
        start_sheet(db, round_id, tellers[1], EntryMode.totals, station="Tổ 2")
    # Tổ 1 stopped: Tổ 2 takes the sheet over, and Tổ 1 can no longer change it.
    taken = start_sheet(db, round_id, tellers[0], EntryMode.per_ballot, station="Tổ 2",
                        take_over=True)
    assert (taken.id, taken.station) == (first.id, "Tổ 2")
    with pytest.raises(SheetHeldElsewhere, match="Tổ 2"):
        set_mark(db, ballot.id, 0, "1", station="Tổ 1")
    set_mark(db, ballot.id, 0, "1", station="Tổ 2")
    assert verify(db).intact


def test_stations_racing_for_a_round_get_no_more_sheets_than_it_allows(db: Database) -> None:
    round_id, tellers = a_round(db)
    assert len(tellers) >= 3
    barrier = threading.Barrier(3)
    outcomes: list[str] = []

    def station(index: int) -> None:
        barrier.wait()
        try:
            start_sheet(db, round_id, tellers[index], EntryMode.totals, station=f"Tổ {index}")
            outcomes.append("sheet")
        except RefusedError as error:
            outcomes.append(str(error))

    threads = [threading.Thread(target=station, args=(i,)) for i in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert outcomes.count("sheet") == 2
    [refused] = [outcome for outcome in outcomes if outcome != "sheet"]
    assert "đã có đủ 2 bản nhập" in refused
    with db.session() as s:
        assert s.scalar(select(func.count(EntrySheet.id))) == 2
    assert verify(db).intact


def test_the_log_names_the_station_and_the_teller(db: Database) -> None:
    round_id, tellers = a_round(db)
    actor = actor_name("teller", "Tổ 2", "Nguyễn Văn A")
    sheet = start_sheet(db, round_id, tellers[0], EntryMode.totals, actor=actor, station="Tổ 2")
    subject_id = round_subjects(db, round_id)[0].id
    set_total(db, sheet.id, subject_id, 0, 3, actor=actor, station="Tổ 2")
    with db.session() as s:
        last = s.scalars(select(AuditEvent).order_by(AuditEvent.id.desc())).first()
    assert last is not None
    assert (last.table_name, last.actor) == ("entry_total", "teller Nguyễn Văn A @ Tổ 2")
    assert actor_name("chair") == "chair"


def test_a_fork_of_the_chain_cannot_be_stored(db: Database) -> None:
    a_round(db)
    with db.session() as s:
        head = s.scalars(select(AuditEvent).order_by(AuditEvent.id.desc())).first()
    assert head is not None
    fork = {"at": head.at, "actor": "chair", "table_name": "member", "row_id": "1",
            "action": "update", "changes": "{}", "prev_hash": head.prev_hash, "hash": "f" * 64,
            "change_group": "x"}
    with pytest.raises(IntegrityError), db.engine.begin() as connection:
        connection.execute(insert(AuditEvent), [fork])


def test_a_lost_race_for_a_ballot_number_is_run_again(db: Database) -> None:
    round_id, tellers = a_round(db)
    sheet = start_sheet(db, round_id, tellers[0], EntryMode.per_ballot)
    assert resume_ballot(db, sheet.id) is not None  # ballot 1
    attempts: list[int] = []

    @retried
    def add_ballot() -> int:
        """The first attempt takes the number another station just took, as in a race."""
        with db.session() as s, s.begin():
            highest = s.scalar(select(func.max(EntryBallot.number)).where(
                EntryBallot.sheet_id == sheet.id)) or 0
            number = highest + (1 if attempts else 0)
            attempts.append(number)
            s.add(EntryBallot(sheet_id=sheet.id, number=number, marks="."))
            return number

    before = Conflicts.retried
    assert add_ballot() == 2
    assert attempts == [1, 2] and Conflicts.retried == before + 1


def test_a_locked_rounds_sheets_may_be_seen_at_any_station(db: Database) -> None:
    meeting_id = import_meeting(db, SEED_MEETING)
    call_the_roll(db, meeting_id)
    round_id = entered_round(db, meeting_id)  # keyed on the chair's laptop, agreed, locked
    sheet = round_sheets(db, round_id)[0]
    assert start_sheet(db, round_id, sheet.teller_id or 0, sheet.mode, station="Tổ 2") == sheet
    assert resume_ballot(db, sheet.id, station="Tổ 2") is None  # the pile, complete, on view
    with pytest.raises(LockedRoundError, match="đã khóa"):  # seen, never changed
        set_mark(db, open_ballot(db, sheet.id, 1).id, 0, "4", station="Tổ 2")
