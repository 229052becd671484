"""The entry tables: a locked round's sheets are frozen for any ORM change; a meeting still
deletes with them; ballot rows hold marks only."""

from __future__ import annotations

import pytest
from sqlalchemy import inspect

from models.ballot import BallotRound, LockedRoundError, RoundState
from models.ballot_entry import EntryBallot, EntryMode, EntrySheet, EntryTotal
from models.database import Database
from models.meeting import Meeting
from services.integrity.audit import verify
from services.meeting_file.store import import_meeting
from tests.helpers import SEED_MEETING


def locked_round_with_sheets(db: Database) -> tuple[int, int]:
    meeting_id = import_meeting(db, SEED_MEETING)
    with db.session() as session, session.begin():
        round_ = session.get_one(Meeting, meeting_id).rounds[0]
        round_.entry_sheets.append(EntrySheet(teller_name="A", mode=EntryMode.per_ballot,
                                              ballots=[EntryBallot(number=1, marks="12")]))
        round_.entry_sheets.append(EntrySheet(teller_name="B", mode=EntryMode.totals,
                                              totals=[EntryTotal(subject=round_.subjects[0])]))
        session.flush()
        round_.state = RoundState.locked
        return meeting_id, round_.id


def test_a_locked_rounds_entries_refuse_every_orm_change(db: Database) -> None:
    _, round_id = locked_round_with_sheets(db)
    changes = [
        lambda r: setattr(r.entry_sheets[0].ballots[0], "marks", "44"),
        lambda r: setattr(r.entry_sheets[0].ballots[0], "voided", True),
        lambda r: r.entry_sheets[0].ballots.append(EntryBallot(number=2, marks="11")),
        lambda r: setattr(r.entry_sheets[1].totals[0], "votes_htxsnv", 3),
        lambda r: r.entry_sheets.pop(),
    ]
    for change in changes:
        with db.session() as session:
            change(session.get_one(BallotRound, round_id))
            with pytest.raises(LockedRoundError):
                session.commit()


def test_a_meeting_deletes_with_its_locked_rounds_entries_and_the_audit_holds(
        db: Database) -> None:
    meeting_id, _ = locked_round_with_sheets(db)
    with db.session() as session, session.begin():
        session.delete(session.get_one(Meeting, meeting_id))
    with db.session() as session:
        assert session.get(EntrySheet, 1) is None
    assert verify(db).intact


def test_a_ballot_row_holds_its_marks_and_nothing_that_orders_or_names() -> None:
    columns = {c.name for c in inspect(EntryBallot).columns}
    assert columns == {"id", "sheet_id", "number", "marks", "complete", "voided"}
    assert EntryBallot.__audited__ is False
