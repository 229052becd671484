"""Secret ballot (rules.md): what is stored of the ballots names no voter, carries no time, and
has no order taken from the attendance list.

Stored per ballot: the teller's sheet, the ballot's place in the pile as keyed (the shuffled
content of the ballot box), its marks and two flags; nothing else, and nothing in the audit log.
"""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

from sqlalchemy import Date, DateTime, Time, select

from models.audit import AuditEvent
from models.ballot_entry import EntryBallot, EntryMode
from models.base import Base
from models.database import Database, open_database
from models.enums import AttendanceStatus, SubjectKind
from models.roster import Member
from services.ballot.attendance import set_attendance
from services.ballot.reconciliation import save_reconciliation
from services.ballot.rounds import open_round
from services.ballot.sheets import round_subjects, start_sheet
from services.meeting_file.store import import_meeting
from tests.helpers import SEED_MEETING
from tests.helpers.piles import approve_tellers, key_pile, pile, seed_counts

BALLOT_CONTENT = ("entry_ballot", "entry_total", "round_subject")
PEOPLE = ("member", "attendance")


def test_a_keyed_ballot_holds_its_marks_and_nothing_about_anyone() -> None:
    table = EntryBallot.__table__
    assert {c.name for c in table.columns} == {"id", "sheet_id", "number", "marks", "complete",
                                               "voided"}
    assert not any(isinstance(c.type, DateTime | Date | Time) for c in table.columns)
    assert {fk.column.table.name for fk in table.foreign_keys} == {"entry_sheet"}
    assert EntryBallot.__audited__ is False


def test_no_vote_count_points_at_a_voter() -> None:
    """Counts point at the subject rated (round_subject.member_id) and the sheet; never at the
    attendance list, and no count table but round_subject names a member."""
    tables = Base.metadata.tables
    for name in BALLOT_CONTENT:
        targets = {(fk.parent.name, fk.column.table.name) for fk in tables[name].foreign_keys}
        assert not {t for _c, t in targets} & {"attendance"}, name
        members = {column for column, target in targets if target in PEOPLE}
        assert members == ({"member_id"} if name == "round_subject" else set()), name


def keyed_meeting(path: Path, attendance_order: list[int], pile_seed: int) -> Database:
    """The seed meeting with attendance taken in `attendance_order` (indexes of the body), the
    cells round's pile shuffled by `pile_seed` and keyed by the head teller."""
    db = open_database(path)
    meeting_id = import_meeting(db, SEED_MEETING)
    tellers = approve_tellers(db, meeting_id)
    with db.session("secretary") as s, s.begin():
        body = s.scalars(select(Member.id).where(Member.meeting_id == meeting_id,
                                                 Member.in_body.is_(True))
                         .order_by(Member.id)).all()
        for index in attendance_order:
            set_attendance(s, meeting_id, body[index], AttendanceStatus.present)
    with db.session("chair") as s, s.begin():
        round_id = open_round(s, meeting_id, SubjectKind.organisation)
        assert save_reconciliation(s, round_id, {"issued": "10", "returned": "10"}) == []
    codes = [row.code for row in round_subjects(db, round_id)]
    ballots = pile(seed_counts("chi-bo"), codes)
    random.Random(pile_seed).shuffle(ballots)
    with db.session() as s:
        before = len(s.scalars(select(AuditEvent.id)).all())
    key_pile(db, start_sheet(db, round_id, tellers[0], EntryMode.per_ballot).id, ballots)
    with db.session() as s:
        logged = s.scalars(select(AuditEvent).where(AuditEvent.id > before)).all()
    # Keying left one event (the sheet: who keys, how) and none per ballot: no time, no marks.
    assert [(e.table_name, e.action) for e in logged] == [("entry_sheet", "insert")]
    assert not any(marks in e.changes for e in logged for marks in ballots)
    return db


def ballot_rows(db: Database) -> list[tuple[object, ...]]:
    assert db.file is not None
    with sqlite3.connect(db.file) as connection:
        return connection.execute("SELECT * FROM entry_ballot ORDER BY id").fetchall()


def test_the_stored_ballots_do_not_depend_on_the_attendance_list(tmp_path: Path) -> None:
    """The same pile keyed after attendance taken in two different orders is stored the same,
    row for row: nothing of the attendance list's order reaches the ballots."""
    forward = keyed_meeting(tmp_path / "a.sqlite", list(range(10)), pile_seed=5)
    backward = keyed_meeting(tmp_path / "b.sqlite", list(reversed(range(10))), pile_seed=5)
    try:
        assert ballot_rows(forward) == ballot_rows(backward)
        assert len(ballot_rows(forward)) == 10
    finally:
        forward.dispose()
        backward.dispose()


def test_the_stored_order_is_the_pile_as_keyed(tmp_path: Path) -> None:
    """Shuffle the pile differently and the stored order follows the pile, whatever the order of
    the attendance list: the place of a ballot says how it came out of the box, not who cast it."""
    db = keyed_meeting(tmp_path / "c.sqlite", list(range(10)), pile_seed=11)
    other = keyed_meeting(tmp_path / "d.sqlite", list(range(10)), pile_seed=12)
    try:
        marks = [row[3] for row in ballot_rows(db)]
        assert marks != [row[3] for row in ballot_rows(other)]
        assert sorted(marks) == sorted(row[3] for row in ballot_rows(other))
    finally:
        db.dispose()
        other.dispose()
