"""One teller's entry of the pile, per ballot or as totals, saved keystroke by keystroke.

Each function is one short transaction, so a crash loses at most the row being typed; and
`resume_ballot` brings the teller back to the ballot that was being keyed (the first ballot not
yet saved with Enter), so the app reopens on the same ballot.

Several stations may key one round at once (services/stations/names.py). A sheet belongs to the
station that began it: another station choosing the same teller is refused (`SheetHeldElsewhere`)
unless it takes the sheet over, after which the first one is refused. Starting a sheet counts
the round's sheets under the database's write lock, so a round never gets more than it allows;
a new ballot's number ("highest + 1") is unique in its sheet, and a call that loses such a race,
or its connection, runs again (models/write_lock.py): every writer here is idempotent.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.ballot import RoundSubject
from models.ballot_entry import (
    INVALID_ROW,
    LEVEL_OF_MARK,
    UNTYPED,
    EntryBallot,
    EntryLogAction,
    EntryMode,
    EntrySheet,
    EntryTotal,
)
from models.database import Database
from models.enums import Level, RoleKind
from models.meeting import Meeting, RoleAssignment
from models.write_lock import hold_write_lock, retried
from services.ballot.entry_log import TOTALS, record
from services.ballot.reconciliation import reconciliation_of
from services.ballot.shared import (
    COUNT_COLUMNS,
    Counts,
    counts_of,
    load_round,
    load_round_subjects,
    locked_refusal,
    refuse,
    require_open,
)
from services.rules.types import Problem, RefusedError
from services.stations.access import StationRefused
from services.stations.names import HOST_LABEL, connected_stations, station_label

MARKS = frozenset((INVALID_ROW, UNTYPED, *LEVEL_OF_MARK))
MAX_SHEETS = {True: 2, False: 1}  # by double entry on / off


class SheetHeldElsewhere(RefusedError):
    """The teller's sheet is being keyed at another station; it may be taken over."""

    def __init__(self, teller_name: str, station: str | None) -> None:
        self.station = station
        super().__init__([Problem("", (
            f"{teller_name} đang nhập vòng này ở {station_label(station)}: mỗi người nhập "
            "ở một máy. Chọn người nhập khác, hoặc nhận tiếp bản nhập nếu máy đó đã ngừng "
            "(the teller is keying at another station)"))])


@dataclass(frozen=True)
class SubjectRow:
    """A subject as the entry screens list it (TT is `sort_order + 1`)."""

    id: int
    code: str
    name: str
    detail: str
    self_rating: Level | None


@dataclass(frozen=True)
class TellerInfo:
    id: int
    name: str
    is_head: bool


@dataclass(frozen=True)
class SheetInfo:
    id: int
    round_id: int
    teller_id: int | None
    teller_name: str
    mode: EntryMode
    station: str | None = None
    locked_round: str | None = None  # the round's code once it is locked: nothing may change

    def require_open(self) -> None:
        """Refuse a key at once on a locked round's sheet (the window then writes nothing)."""
        if self.locked_round is not None:
            raise locked_refusal(self.locked_round)


@dataclass(frozen=True)
class BallotState:
    """The ballot on screen: `number` is its place in this teller's pile."""

    id: int
    sheet_id: int
    number: int
    marks: str
    complete: bool
    voided: bool


def subject_row(subject: RoundSubject) -> SubjectRow:
    if subject.member is not None:
        member = subject.member
        return SubjectRow(subject.id, member.code, member.full_name,
                          member.organisation.name if member.organisation else "",
                          member.self_rating)
    organisation = subject.organisation
    assert organisation is not None
    return SubjectRow(subject.id, organisation.code, organisation.name, "",
                      organisation.self_rating)


def round_subjects(db: Database, round_id: int) -> list[SubjectRow]:
    with db.session() as session:
        return [subject_row(s) for s in load_round_subjects(session, round_id).subjects]


def subject_order(db: Database, round_id: int) -> dict[int, int]:
    """Each subject's place on the ballot (its TT less one) by subject id: a list of only some
    subjects keeps the ballot's numbers."""
    return {row.id: n for n, row in enumerate(round_subjects(db, round_id))}


def approved_tellers(db: Database, meeting_id: int) -> list[TellerInfo]:
    """The tellers approved by the meeting (step 3), head first."""
    with db.session() as session:
        meeting = session.get_one(Meeting, meeting_id)
        tellers = [r for r in meeting.roles if r.role is RoleKind.teller and r.approved]
        tellers.sort(key=lambda r: (not r.is_head, r.rank))
        return [TellerInfo(r.id, r.name or (r.member.full_name if r.member else ""), r.is_head)
                for r in tellers]


def _sheet_info(sheet: EntrySheet) -> SheetInfo:
    return SheetInfo(sheet.id, sheet.round_id, sheet.teller_id, sheet.teller_name, sheet.mode,
                     sheet.station, sheet.round.code if sheet.round.locked else None)


def round_sheets(db: Database, round_id: int) -> list[SheetInfo]:
    with db.session() as session:
        return [_sheet_info(s) for s in load_round(session, round_id).entry_sheets]


@retried
def start_sheet(db: Database, round_id: int, teller_id: int, mode: EntryMode,
                actor: str = "teller", station: str | None = None,
                take_over: bool = False) -> SheetInfo:
    """The teller's sheet for this round at `station`: a new one, or the one the teller already
    began (in whatever mode it was begun; of a locked round too, to be seen, not changed).

    Refused with SheetHeldElsewhere when another station keys the teller's sheet, unless
    `take_over` (that station stopped): the sheet then belongs to this one."""
    with db.session(actor) as session, session.begin():
        hold_write_lock(session.connection())  # the sheets counted below stay the round's
        round_ = load_round(session, round_id)
        teller = session.get(RoleAssignment, teller_id)
        if (teller is None or teller.meeting_id != round_.meeting_id
                or teller.role is not RoleKind.teller or not teller.approved):
            raise refuse("chỉ thành viên Ban kiểm phiếu đã được biểu quyết mới được nhập phiếu "
                         "(only an approved teller may enter ballots)", round_.code)
        for sheet in round_.entry_sheets:
            if sheet.teller_id == teller_id:
                if sheet.station != station and not round_.locked:
                    if not take_over:
                        raise SheetHeldElsewhere(sheet.teller_name, sheet.station)
                    _may_take_over(db, sheet, station)
                    record(sheet, EntryLogAction.took_over, actor,
                           detail=station_label(sheet.station))
                    sheet.station = station
                return _sheet_info(sheet)
        require_open(round_)
        if len(round_.entry_sheets) >= MAX_SHEETS[round_.double_entry]:
            raise refuse(f"vòng này đã có đủ {len(round_.entry_sheets)} bản nhập "
                         "(the round already has its entries)", round_.code)
        sheet = EntrySheet(teller=teller, mode=mode, station=station,
                           teller_name=teller.name or (teller.member.full_name
                                                       if teller.member else ""))
        if mode is EntryMode.totals:
            sheet.totals = [EntryTotal(subject=subject) for subject in round_.subjects]
        round_.entry_sheets.append(sheet)
        record(sheet, EntryLogAction.began, actor,
               detail=TOTALS if mode is EntryMode.totals else "")
        session.flush()
        return _sheet_info(sheet)


def _may_take_over(db: Database, sheet: EntrySheet, station: str | None) -> None:
    """A teller station takes over a sheet only from a station that stopped: one still
    connected keeps its pile (the chair's laptop may take over any, e.g. a frozen one)."""
    holder = sheet.station or HOST_LABEL
    if station is not None and holder in connected_stations(db):
        raise StationRefused(
            f"{station_label(sheet.station)} vẫn đang kết nối và giữ bản nhập của "
            f"{sheet.teller_name}: chỉ nhận tiếp khi máy đó đã ngừng, hoặc nhờ chủ tọa "
            "(the station holding this pile is still connected)", sheet.teller_name)


def _ballot_state(ballot: EntryBallot) -> BallotState:
    return BallotState(ballot.id, ballot.sheet_id, ballot.number, ballot.marks, ballot.complete,
                       ballot.voided)


def _sheet(session: Session, sheet_id: int) -> EntrySheet:
    sheet = session.get(EntrySheet, sheet_id)
    if sheet is None:
        raise refuse(f"không có bản nhập số {sheet_id} (no entry sheet {sheet_id})")
    return sheet


def _held(sheet: EntrySheet, station: str | None) -> EntrySheet:
    """`sheet`, which `station` is about to change: refused when another station holds it
    (a locked round's sheets may be seen anywhere; the lock refuses any change)."""
    if sheet.station != station and not sheet.round.locked:
        raise SheetHeldElsewhere(sheet.teller_name, sheet.station)
    return sheet


def _ballot(session: Session, ballot_id: int, station: str | None) -> EntryBallot:
    ballot = session.get(EntryBallot, ballot_id)
    if ballot is None:
        raise refuse(f"không có phiếu số {ballot_id} (no ballot {ballot_id})")
    _held(ballot.sheet, station)
    return ballot


def _resume(sheet: EntrySheet) -> EntryBallot | None:
    pending = [b for b in sheet.ballots if not b.complete and not b.voided]
    if pending:
        return pending[0]
    counted = sum(1 for b in sheet.ballots if b.counts)
    if counted >= reconciliation_of(sheet.round).valid:
        return None
    require_open(sheet.round)
    # One mark per subject: as wide as the sheet's ballots (loading the round's subjects
    # would cost each Enter 2,000 rows at 2,000 members), the first as the subjects.
    width = len(sheet.ballots[0].marks) if sheet.ballots else len(sheet.round.subjects)
    ballot = EntryBallot(number=max((b.number for b in sheet.ballots), default=0) + 1,
                         marks=UNTYPED * width)
    sheet.ballots.append(ballot)
    return ballot


@retried
def resume_ballot(db: Database, sheet_id: int, actor: str = "teller",
                  station: str | None = None) -> BallotState | None:
    """The ballot to key now: the first not yet saved, else a new one; None when the sheet
    already holds as many ballots as there are valid ballots."""
    with db.session(actor) as session, session.begin():
        ballot = _resume(_held(_sheet(session, sheet_id), station))
        session.flush()
        return _ballot_state(ballot) if ballot is not None else None


def _set_mark(session: Session, ballot_id: int, index: int, mark: str, actor: str,
              station: str | None) -> None:
    if mark not in MARKS:
        raise refuse(f"phím {mark!r} không phải một ô của phiếu (1-4 or 0)")
    ballot = _ballot(session, ballot_id, station)
    if not 0 <= index < len(ballot.marks):
        raise refuse(f"phiếu không có dòng {index + 1} (no row {index + 1})")
    if ballot.complete and ballot.marks[index] != mark:  # a saved ballot changed: in the log
        record(ballot.sheet, EntryLogAction.corrected, actor, ballot.number)
    ballot.marks = ballot.marks[:index] + mark + ballot.marks[index + 1:]
    if mark == UNTYPED:
        ballot.complete = False


def _set_marks(db: Database, keys: Sequence[tuple[int, int, str]], actor: str,
               station: str | None) -> None:
    with db.session(actor) as session, session.begin():
        for ballot_id, index, mark in keys:
            _set_mark(session, ballot_id, index, mark, actor, station)


@retried
def set_mark(db: Database, ballot_id: int, index: int, mark: str,
             actor: str = "teller", station: str | None = None) -> None:
    """Key one row: "1".."4" a level (HTXSNV first), "0" an invalid row, "." to clear it."""
    _set_marks(db, [(ballot_id, index, mark)], actor, station)


@retried
def set_marks(db: Database, keys: Sequence[tuple[int, int, str]], actor: str = "teller",
              station: str | None = None) -> None:
    """Several rows keyed one after the other (ballot id, row, mark), each as `set_mark`, in
    one transaction: the writer's batch when keys come faster than the disk takes them."""
    _set_marks(db, keys, actor, station)


def _finish(session: Session, ballot_id: int, actor: str,
            station: str | None) -> tuple[EntrySheet, EntryBallot | None]:
    ballot = _ballot(session, ballot_id, station)
    untyped = [str(i + 1) for i, mark in enumerate(ballot.marks) if mark == UNTYPED]
    if untyped:
        shown = ", ".join(untyped[:8]) + (" …" if len(untyped) > 8 else "")
        raise refuse(f"còn {len(untyped)} dòng chưa nhập: TT {shown} (rows not keyed)")
    if not ballot.complete:
        record(ballot.sheet, EntryLogAction.saved, actor, ballot.number)
    ballot.complete = True
    following = _resume(ballot.sheet)
    session.flush()
    return ballot.sheet, following


@retried
def finish_ballot(db: Database, ballot_id: int, actor: str = "teller",
                  station: str | None = None) -> BallotState | None:
    """Enter: save the ballot (every row keyed) and return the next one to key (or None)."""
    with db.session(actor) as session, session.begin():
        following = _finish(session, ballot_id, actor, station)[1]
        return _ballot_state(following) if following is not None else None


@retried
def finish_with_progress(db: Database, ballot_id: int, actor: str = "teller",
                         station: str | None = None) -> tuple[BallotState | None, int, int]:
    """Enter as the window's writer answers it: `finish_ballot` and then `sheet_progress`, in
    one transaction (the window waits for both)."""
    with db.session(actor) as session, session.begin():
        sheet, following = _finish(session, ballot_id, actor, station)
        return (_ballot_state(following) if following is not None else None,
                *_progress(sheet))


def open_ballot(db: Database, sheet_id: int, number: int) -> BallotState:
    """A saved ballot, by its place in the pile, to correct it."""
    with db.session() as session:
        ballot = session.scalars(select(EntryBallot).where(
            EntryBallot.sheet_id == sheet_id, EntryBallot.number == number)).first()
        if ballot is None:
            raise refuse(f"không có phiếu số {number} trong bản nhập này (no ballot {number})")
        return _ballot_state(ballot)


@retried
def void_ballot(db: Database, ballot_id: int, voided: bool = True,
                actor: str = "teller", station: str | None = None) -> None:
    """Take a keyed ballot out of the count (keyed twice by mistake), or put it back."""
    with db.session(actor) as session, session.begin():
        ballot = _ballot(session, ballot_id, station)
        if ballot.voided != voided:
            record(ballot.sheet, EntryLogAction.voided if voided else EntryLogAction.restored,
                   actor, ballot.number)
        ballot.voided = voided


def pile_done(sheet: EntrySheet) -> int:
    """Per ballot: the ballots saved and counted; totals: the subjects whose counts add up."""
    if sheet.mode is EntryMode.per_ballot:
        return sum(1 for b in sheet.ballots if b.counts)
    valid = reconciliation_of(sheet.round).valid
    return sum(1 for counts in sheet_counts(sheet).values() if sum(counts) == valid)


def _progress(sheet: EntrySheet) -> tuple[int, int]:
    return (pile_done(sheet), reconciliation_of(sheet.round).valid)


def sheet_progress(db: Database, sheet_id: int) -> tuple[int, int]:
    """(ballots saved and counted, valid ballots of the round)."""
    with db.session() as session:
        return _progress(_sheet(session, sheet_id))


@dataclass(frozen=True)
class PileProgress:
    """How far one teller's sheet is: `done` of `of` ballots (per ballot) or subjects (totals)."""

    sheet: SheetInfo
    done: int
    of: int


def round_piles(db: Database, round_id: int) -> list[PileProgress]:
    """Each sheet of the round and how far it is, for the chair to follow the stations."""
    with db.session() as session:
        round_ = load_round(session, round_id)
        valid = reconciliation_of(round_).valid
        return [PileProgress(_sheet_info(sheet), pile_done(sheet),
                             valid if sheet.mode is EntryMode.per_ballot
                             else len(round_.subjects))
                for sheet in round_.entry_sheets]


def check_count(value: int) -> None:
    """A count a teller may type (the window asks before queueing it; set_total again)."""
    if value < 0:
        raise refuse("số phiếu không được âm (negative count)")


@retried
def set_total(db: Database, sheet_id: int, subject_id: int, column: int, value: int,
              actor: str = "teller", station: str | None = None) -> None:
    """Totals mode: one count of one subject (column 0-3 the levels, 4 the invalid rows)."""
    check_count(value)
    with db.session(actor) as session, session.begin():
        total = session.scalars(select(EntryTotal).where(
            EntryTotal.sheet_id == sheet_id, EntryTotal.subject_id == subject_id)).first()
        if total is None:
            raise refuse("đối tượng không có trong bản nhập (subject not on this sheet)")
        _held(total.sheet, station)
        before = getattr(total, COUNT_COLUMNS[column])
        if before != value:
            record(total.sheet, EntryLogAction.corrected if before else EntryLogAction.saved,
                   actor, total.subject.sort_order + 1, TOTALS)
        setattr(total, COUNT_COLUMNS[column], value)


def sheet_counts(sheet: EntrySheet) -> dict[int, Counts]:
    """Each subject's counts on one sheet (by RoundSubject id), in the round's order."""
    subjects = sheet.round.subjects
    if sheet.mode is EntryMode.totals:
        found = {total.subject_id: counts_of(total) for total in sheet.totals}
        return {s.id: found.get(s.id, (0, 0, 0, 0, 0)) for s in subjects}
    tallies = [[0] * 5 for _ in subjects]
    slot = {mark: int(mark) - 1 for mark in LEVEL_OF_MARK} | {INVALID_ROW: 4}
    for ballot in sheet.ballots:
        if ballot.counts:
            for row, mark in zip(tallies, ballot.marks, strict=True):
                row[slot[mark]] += 1
    return {s.id: (t[0], t[1], t[2], t[3], t[4]) for s, t in zip(subjects, tallies, strict=True)}


def sheet_totals(db: Database, sheet_id: int) -> dict[int, Counts]:
    with db.session() as session:
        return sheet_counts(_sheet(session, sheet_id))


