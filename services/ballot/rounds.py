"""Opening a round (subjects frozen from the roster), a follow-up round, lock and reopen.

The chair's actions (open a round, a follow-up round, double entry on or off) take the caller's
session, so that the page commits them through `MeetingContext.session()` and they reach the
undo stack. Lock and reopen open their own: the tellers' signature and its withdrawal (with a
reason) are recorded, never undone.

A round opened here records what was in force when it opened: the meeting's rule settings, the
electorate and the voters present, and the subjects in the order of the ballot paper (members
sorted the Vietnamese way, cells in their order). An imported round (meeting file) is a round
like any other whose counts came from the file: it may be locked as it is, or entered again.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy.orm import Session

from models.ballot import BallotRound, RoundState, RoundSubject
from models.ballot_entry import EntryBallot, EntrySheet, EntryTotal
from models.database import Database
from models.enums import RoleKind, SubjectKind
from models.meeting import Meeting, RoleAssignment
from services.ballot.compare import sheets_problems
from services.ballot.own_unit import rated_organisations
from services.ballot.reconciliation import check_reconciliation, reconciliation_of
from services.ballot.roll_call import OpeningRefused, opening_gaps, take_attendance
from services.ballot.shared import (
    COUNT_COLUMNS,
    ROUND_ACTION,
    counts_of,
    load_round,
    refuse,
    require_open,
)
from services.ballot.sheets import sheet_counts
from services.ballot.stored import ROUND_TITLES, stored_round_result
from services.meeting.electorate import meeting_electorate
from services.meeting.rated import rated_members
from services.rules.types import Problem, QuotaStatus, RefusedError

ROUND_CODES = {SubjectKind.member: "dang-vien", SubjectKind.organisation: "chi-bo"}


@dataclass(frozen=True)
class RoundInfo:
    """A round as the round list shows it."""

    id: int
    code: str
    title: str
    subject_kind: SubjectKind
    revision: int
    locked: bool
    subjects: int
    double_entry: bool
    reopen_reason: str


def round_infos(db: Database, meeting_id: int, kind: SubjectKind | None = None) -> list[RoundInfo]:
    """Every round (every revision) of the meeting, of one kind of subject when given."""
    with db.session() as session:
        meeting = session.get_one(Meeting, meeting_id)
        return [RoundInfo(r.id, r.code, r.title, r.subject_kind, r.revision, r.locked,
                          len(r.subjects), r.double_entry, r.reopen_reason)
                for r in meeting.rounds if kind is None or r.subject_kind is kind]


def _free_code(meeting: Meeting, base: str) -> str:
    return _unused(base, {r.code for r in meeting.rounds}, lambda n: f"{base}-{n}")


def _free_title(meeting: Meeting, base: str) -> str:
    """A title no other round of the meeting has: people tell the rounds apart by it (the
    code is the meeting file's key and is never shown)."""
    return _unused(base, {r.title for r in meeting.rounds}, lambda n: f"{base} (vòng {n})")


def _unused(base: str, taken: set[str], numbered: Callable[[int], str]) -> str:
    """`base`, else its numbered form from 2 on, the first that is not `taken`."""
    name, number = base, 1
    while name in taken:
        number += 1
        name = numbered(number)
    return name


def _new_round(meeting: Meeting, kind: SubjectKind, code: str, title: str) -> BallotRound:
    round_ = BallotRound(code=code, subject_kind=kind, title=title, rules=dict(meeting.rules),
                         sort_order=len(meeting.rounds))
    take_attendance(round_, meeting_electorate(meeting))
    meeting.rounds.append(round_)
    return round_


def open_round(session: Session, meeting_id: int, kind: SubjectKind,
               override: bool = False) -> int:
    """A new round of every subject of `kind` on the roster (the members to be rated:
    services/meeting/rated.py; or the cells: the meeting's own at a cell meeting, the subordinate
    ones at a committee meeting); returns its id. Raises OpeningRefused while the roll call is
    unfinished (or the cell's own round before the members' round is locked) unless `override`:
    the chair opens it anyway and the gaps are recorded with the round."""
    meeting = session.get_one(Meeting, meeting_id)
    gaps = opening_gaps(meeting, kind)
    if gaps and not override:
        raise OpeningRefused(gaps)
    if kind is SubjectKind.member:
        subjects = [RoundSubject(member=m) for m in rated_members(meeting.members,
                                                                   meeting.date)]
    else:
        subjects = [RoundSubject(organisation=o) for o in rated_organisations(meeting)]
    if not subjects:
        raise refuse("danh sách không có ai để xếp loại (nobody to rate)")
    round_ = _new_round(meeting, kind, _free_code(meeting, ROUND_CODES[kind]),
                        _free_title(meeting, ROUND_TITLES[kind]))
    round_.opened_despite = "\n".join(gaps)
    for order, subject in enumerate(subjects):
        subject.sort_order = order
        round_.subjects.append(subject)
    session.flush()
    return round_.id


def open_follow_up_round(session: Session, round_id: int) -> int:
    """A new round, ordered by the chair, for only the undecided and tied subjects of a round."""
    parent = load_round(session, round_id)
    result = stored_round_result(parent)
    wanted = {s.subject_id for s in result.subjects
              if s.level is None or s.quota_status is QuotaStatus.tied}
    if not wanted:
        raise refuse("không có đối tượng chưa đủ quá bán hay ngang phiếu "
                     "(no undecided or tied subject)", parent.code)
    meeting = parent.meeting
    round_ = _new_round(meeting, parent.subject_kind, _free_code(meeting, parent.code),
                        _free_title(meeting, f"{parent.title} (vòng bổ sung)"))
    round_.parent = parent
    for subject in parent.subjects:
        if subject.code in wanted:
            round_.subjects.append(RoundSubject(member=subject.member,
                                                organisation=subject.organisation,
                                                sort_order=len(round_.subjects)))
    session.flush()
    return round_.id


def set_double_entry(session: Session, round_id: int, on: bool) -> None:
    """Switch double entry on or off for a round (recorded, printed on the tellers' report)."""
    round_ = load_round(session, round_id)
    require_open(round_)
    round_.double_entry = on


def head_tellers(session: Session, meeting_id: int) -> list[RoleAssignment]:
    meeting = session.get_one(Meeting, meeting_id)
    return [r for r in meeting.roles if r.role is RoleKind.teller and r.approved and r.is_head]


def lock_problems(round_: BallotRound, result_problems: list[str] | None = None) -> list[str]:
    """Why the round cannot be locked yet (empty: it can). `result_problems`: what computing
    its result refused, when the caller has computed it already (2,000 subjects: not twice)."""
    problems = [m.message for m in check_reconciliation(reconciliation_of(round_),
                                                        round_.electorate_present) if m.refused]
    if round_.entry_sheets:
        problems += sheets_problems(round_)
        agreed = {s.id: counts_of(s) for s in round_.subjects}
        if not problems and any(sheet_counts(sheet) != agreed for sheet in round_.entry_sheets):
            problems.append("số liệu đã thống nhất khác số liệu đã nhập: bấm Thống nhất lại")
    if not problems and result_problems is None:
        try:
            stored_round_result(round_)
        except RefusedError as error:
            problems += [p.said for p in error.problems]
    elif not problems and result_problems is not None:
        problems += result_problems
    return problems


def lock_round(db: Database, round_id: int, head_teller_id: int,
               actor: str = "head_teller") -> None:
    """The head teller locks the round (*ký biên bản*): its counts are final from then on."""
    with db.session(actor) as session, session.begin():
        round_ = load_round(session, round_id)
        require_open(round_)
        teller = session.get(RoleAssignment, head_teller_id)
        if teller is None or teller not in head_tellers(session, round_.meeting_id):
            raise refuse("chỉ Trưởng ban kiểm phiếu đã được biểu quyết mới khóa được vòng "
                         "(only the approved head teller may lock)", round_.code)
        problems = lock_problems(round_)
        if problems:
            raise RefusedError([Problem(round_.code, p, code=ROUND_ACTION) for p in problems])
        round_.state = RoundState.locked
        round_.locked_at = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        round_.locked_by = teller.name


def reopen_round(db: Database, round_id: int, reason: str, actor: str = "chair") -> int:
    """A new revision of a locked round, open, with the same counts and entries; the locked
    revision stays as it was. Returns the new revision's id."""
    reason = reason.strip()
    with db.session(actor) as session, session.begin():
        old = load_round(session, round_id)
        if not old.locked:
            raise refuse("vòng chưa khóa, không cần mở lại (the round is not locked)", old.code)
        if not reason:
            raise refuse("cần ghi lý do mở lại (a reason is required)", old.code)
        revisions = [r.revision for r in old.meeting.rounds if r.code == old.code]
        if old.revision != max(revisions):
            raise refuse("chỉ mở lại được phiên bản mới nhất (only the latest revision)",
                         old.code)
        new = BallotRound(
            code=old.code, subject_kind=old.subject_kind, title=old.title,
            sort_order=old.sort_order, rules=dict(old.rules), issued=old.issued,
            returned=old.returned, invalid=old.invalid, invalid_reasons=dict(old.invalid_reasons),
            electorate_convened=old.electorate_convened,
            electorate_present=old.electorate_present, opened_despite=old.opened_despite,
            revision=old.revision + 1,
            reopen_reason=reason, parent_id=old.parent_id, double_entry=old.double_entry)
        old.meeting.rounds.append(new)
        subjects = {}
        for subject in old.subjects:
            copy = RoundSubject(member=subject.member, organisation=subject.organisation,
                                sort_order=subject.sort_order,
                                decision_level=subject.decision_level,
                                decision_reason=subject.decision_reason)
            copy.set_votes(subject.votes)
            copy.invalid_rows = subject.invalid_rows
            subjects[subject.id] = copy
            new.subjects.append(copy)
        for sheet in old.entry_sheets:
            new.entry_sheets.append(EntrySheet(
                teller=sheet.teller, teller_name=sheet.teller_name, mode=sheet.mode,
                ballots=[EntryBallot(number=b.number, marks=b.marks, complete=b.complete,
                                     voided=b.voided) for b in sheet.ballots],
                totals=[_copy_total(t, subjects[t.subject_id]) for t in sheet.totals]))
        session.flush()
        return new.id


def _copy_total(total: EntryTotal, subject: RoundSubject) -> EntryTotal:
    copy = EntryTotal(subject=subject)
    for column in COUNT_COLUMNS:
        setattr(copy, column, getattr(total, column))
    return copy
