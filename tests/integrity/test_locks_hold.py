"""A locked round cannot change by any path: the ORM (also a list taken apart), every ballot-entry
service, the import command, a second process on the same file (with or without the instance
lock), a restore from a backup taken before the lock, and the vote page. Its printed fingerprint
still matches afterwards."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlalchemy.orm import Session

from models.ballot import BallotRound, LockedRoundError, RoundState
from models.ballot_entry import EntryBallot, EntryMode
from models.database import Database
from models.instance_lock import InstanceLock
from services.ballot.compare import agree
from services.ballot.fingerprint import round_fingerprint
from services.ballot.fingerprint_match import find_fingerprint
from services.ballot.reconciliation import save_reconciliation
from services.ballot.rounds import lock_round, reopen_round, set_double_entry
from services.ballot.sheets import (
    finish_ballot,
    open_ballot,
    set_mark,
    set_total,
    start_sheet,
    void_ballot,
)
from services.ballot.stored import round_input
from services.integrity.audit import verify
from services.integrity.backups import BackupError, list_snapshots, restore_snapshot, take_snapshot
from services.meeting_file.store import export_meeting
from services.rules.types import RefusedError
from tests.helpers import PROJECT_ROOT
from tests.helpers.integrity import dump, full_meeting
from tests.helpers.piles import approve_tellers
from ui.ballot.page import CellsBallotPage
from ui.context import MeetingContext, MeetingEvents

REFUSALS = (RefusedError, LockedRoundError)


def locked_round(db: Database) -> BallotRound:
    with db.session() as s:
        round_ = s.scalars(select(BallotRound).where(BallotRound.state == RoundState.locked)
                           ).one()
        assert round_.entry_sheets
        return round_


def fingerprint(db: Database, round_id: int) -> str:
    with db.session() as s:
        return round_fingerprint(round_input(s.get_one(BallotRound, round_id)))


@pytest.fixture
def locked(db: Database) -> tuple[int, int, str]:
    """(meeting id, locked round id, its fingerprint as printed when it was locked)."""
    meeting_id = full_meeting(db)
    round_id = locked_round(db).id
    return meeting_id, round_id, fingerprint(db, round_id)


def assert_unchanged(db: Database, before: list[str], round_id: int, printed: str) -> None:
    assert db.file is not None
    assert dump(db.file) == before
    assert verify(db).intact
    [match] = find_fingerprint(db, printed)
    assert (match.locked, match.revision) == (True, 1) and fingerprint(db, round_id) == printed


def orm_changes(round_id: int) -> list[Callable[[BallotRound], object]]:
    def drop_subject(r: BallotRound) -> None:
        r.subjects[:] = r.subjects[1:]

    def drop_sheet(r: BallotRound) -> None:
        r.entry_sheets[:] = r.entry_sheets[1:]

    def drop_ballot(r: BallotRound) -> None:
        sheet = next(s for s in r.entry_sheets if s.mode is EntryMode.per_ballot)
        sheet.ballots[:] = sheet.ballots[1:]

    def change_total(r: BallotRound) -> None:
        sheet = next(s for s in r.entry_sheets if s.mode is EntryMode.totals)
        sheet.totals[0].votes_htnv += 1

    def add_ballot(r: BallotRound) -> None:
        sheet = next(s for s in r.entry_sheets if s.mode is EntryMode.per_ballot)
        sheet.ballots.append(EntryBallot(number=99, marks=sheet.ballots[0].marks, complete=True))

    return [
        lambda r: setattr(r.subjects[0], "votes_httnv", r.subjects[0].votes_httnv + 1),
        lambda r: setattr(r, "returned", r.returned - 1),
        lambda r: setattr(r, "state", RoundState.open),
        drop_subject, drop_sheet, drop_ballot, change_total, add_ballot,
    ]


@pytest.mark.parametrize("change", range(8))
def test_the_orm_refuses_any_change(db: Database, locked: tuple[int, int, str],
                                    change: int) -> None:
    _meeting_id, round_id, printed = locked
    assert db.file is not None
    before = dump(db.file)
    with pytest.raises(LockedRoundError), db.session("chair") as s, s.begin():
        orm_changes(round_id)[change](s.get_one(BallotRound, round_id))
    assert_unchanged(db, before, round_id, printed)


def test_every_entry_service_refuses(db: Database, locked: tuple[int, int, str]) -> None:
    meeting_id, round_id, printed = locked
    assert db.file is not None
    before = dump(db.file)
    with db.session() as s:
        round_ = s.get_one(BallotRound, round_id)
        ballots = next(x for x in round_.entry_sheets if x.mode is EntryMode.per_ballot)
        totals = next(x for x in round_.entry_sheets if x.mode is EntryMode.totals)
        ballot_id, subject_id = ballots.ballots[0].id, round_.subjects[0].id
        sheet_id, totals_id = ballots.id, totals.id
    tellers = approve_tellers(db, meeting_id)  # no change: already approved
    def in_session(action: Callable[[Session], object]) -> Callable[[], object]:
        def run() -> None:
            with db.session("chair") as s, s.begin():
                action(s)
        return run

    attempts: list[Callable[[], object]] = [
        in_session(lambda s: save_reconciliation(s, round_id, {"issued": "9", "returned": "9"})),
        lambda: set_total(db, totals_id, subject_id, 2, 7),
        lambda: set_mark(db, ballot_id, 0, "4"),
        lambda: void_ballot(db, ballot_id),
        lambda: agree(db, round_id),
        in_session(lambda s: set_double_entry(s, round_id, False)),
        lambda: start_sheet(db, round_id, tellers[2], EntryMode.totals),
        lambda: lock_round(db, round_id, tellers[0]),
    ]
    for attempt in attempts:
        with pytest.raises(REFUSALS):
            attempt()
    # Looking at a keyed ballot, or pressing Enter on a finished one, writes nothing.
    assert open_ballot(db, sheet_id, 1).id == ballot_id
    assert finish_ballot(db, ballot_id) is None
    assert_unchanged(db, before, round_id, printed)


def test_import_is_refused_for_a_locked_round_and_while_a_window_holds_the_file(
        db: Database, locked: tuple[int, int, str], tmp_path: Path) -> None:
    meeting_id, round_id, printed = locked
    data = export_meeting(db, meeting_id)
    data["rounds"] = [r for r in data["rounds"] if r["id"] == "chi-bo-2"]
    votes = data["rounds"][0]["subjects"][0]["votes"]
    given = next(level for level, count in votes.items() if count)
    votes[given] -= 1  # one mark read as an invalid row instead: a consistent recount
    data["rounds"][0]["subjects"][0]["invalid"] += 1
    data["electorate"] = {"convened": 10, "present": 10}  # as when the round was held,
    for member in data["members"]:  # declared instead of the roll call's marks
        member.pop("attendance", None)
        member.pop("attendance_reason", None)
    changed = tmp_path / "changed.json"
    changed.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert db.file is not None
    before = dump(db.file)
    db.dispose()
    command = [sys.executable, str(PROJECT_ROOT / "main.py"), "--db", str(db.file), "import",
               str(changed), "--into", str(meeting_id)]
    refused = subprocess.run(command, capture_output=True, text=True, cwd=PROJECT_ROOT)
    assert refused.returncode == 2 and "vòng đã khóa" in refused.stderr
    window = InstanceLock(db.file)
    window.acquire()
    try:
        busy = subprocess.run(command[:5] + [str(tmp_path / "nothing.json")],
                              capture_output=True, text=True, cwd=PROJECT_ROOT)
    finally:
        window.release()
    assert busy.returncode == 1
    assert "đang được một cửa sổ Hội nghị khác sử dụng" in busy.stderr
    assert_unchanged(db, before, round_id, printed)


SECOND_PROCESS = textwrap.dedent("""
    import sys
    sys.path.insert(0, sys.argv[2])
    from sqlalchemy import select
    from models.ballot import BallotRound, LockedRoundError, RoundState
    from models.database import open_database
    db = open_database(sys.argv[1])
    try:
        with db.session("other") as s, s.begin():
            round_ = s.scalars(select(BallotRound).where(
                BallotRound.state == RoundState.locked)).one()
            round_.subjects[0].votes_htnv += 5
    except LockedRoundError as error:
        print("refused:", error)
""")


def test_a_second_process_that_skips_the_instance_lock_is_still_refused(
        db: Database, locked: tuple[int, int, str]) -> None:
    _meeting_id, round_id, printed = locked
    assert db.file is not None
    before = dump(db.file)
    run = subprocess.run([sys.executable, "-c", SECOND_PROCESS, str(db.file), str(PROJECT_ROOT)],
                         capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert run.stdout.startswith("refused: Vòng chi-bo-2 đã khóa")
    assert_unchanged(db, before, round_id, printed)


def test_a_restore_never_unlocks_a_round(db: Database) -> None:
    meeting_id = full_meeting(db, lock=False)
    take_snapshot(db, "buoc-6")
    round_id = locked_round_after_lock(db, meeting_id)
    printed = fingerprint(db, round_id)
    assert db.file is not None
    before = dump(db.file)
    with pytest.raises(BackupError, match="vòng “.+” bản 1 của hội nghị “.+” ngày .+ đã khóa") \
            as refused:
        restore_snapshot(db, list_snapshots(db)[0], actor="chair")
    with db.session() as s:
        locked = s.get_one(BallotRound, round_id)
        assert f"vòng “{locked.title}” bản 1 của hội nghị “{locked.meeting.title}”" in \
            str(refused.value)
    assert "chi-bo-2" not in str(refused.value)  # the round's code stays in the database
    assert_unchanged(db, before, round_id, printed)
    take_snapshot(db, "buoc-7")  # taken after the lock: this one may be restored
    restore_snapshot(db, list_snapshots(db)[0], actor="chair")
    assert find_fingerprint(db, printed)[0].locked


def locked_round_after_lock(db: Database, meeting_id: int) -> int:
    with db.session() as s:
        round_id = s.scalars(select(BallotRound.id).where(BallotRound.code == "chi-bo-2")).one()
    lock_round(db, round_id, approve_tellers(db, meeting_id)[0])
    return round_id


def test_the_vote_page_refuses_edits_of_a_locked_round(
        qtbot: QtBot, db: Database, locked: tuple[int, int, str]) -> None:
    meeting_id, round_id, printed = locked
    assert db.file is not None
    before = dump(db.file)
    page = CellsBallotPage(MeetingContext(db, meeting_id, MeetingEvents()))
    qtbot.addWidget(page)
    page.show()
    page.select_round(round_id)
    form = page.reconciliation
    assert all(edit.isReadOnly() for edit in form.edits.values())
    assert not form.save_button.isEnabled() and not page.double_entry.isEnabled()
    page.tabs.setCurrentIndex(page.ENTRY)
    page.entry.tellers.setCurrentIndex(1)  # the teller who keyed totals
    page.entry.start()
    totals = page.entry.totals
    assert page.entry.stack.currentWidget() is totals
    index = totals.model.index(0, totals.model.FIRST_COUNT)
    assert not totals.model.setData(index, "7", Qt.ItemDataRole.EditRole)
    page.tabs.setCurrentIndex(page.RESULT)
    assert not page.result.lock_button.isEnabled()
    assert "Đã khóa" in page.result.summary.text()
    assert_unchanged(db, before, round_id, printed)


def test_a_reopened_round_keeps_the_locked_revision(db: Database) -> None:
    """Reopening is the one way to change signed counts: a new revision; the locked one stays
    and its fingerprint still names it (and the reopened copy, while its counts are the same)."""
    full_meeting(db)
    round_id = locked_round(db).id
    printed = fingerprint(db, round_id)
    reopen_round(db, round_id, "Kiểm lại phiếu theo đề nghị của hội nghị")
    matches = find_fingerprint(db, printed)
    assert [(m.revision, m.locked) for m in matches] == [(1, True), (2, False)]
    assert verify(db).intact
