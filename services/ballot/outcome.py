"""The result of a round from its agreed counts, and the chair's decisions on ties and quota.

The levels come from the rules engine under the settings recorded with the round, with their
explanations. At a committee meeting the chair records, for each tied or over-quota subject, the
level decided and the reason; at a cell meeting the quota is a warning for the committee above.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from sqlalchemy.orm import Session

from models.ballot import BallotRound, RoundSubject
from models.database import Database
from models.enums import BodyKind, Level
from services.ballot.compare import comparison_of, pile_problems
from services.ballot.kept import kept
from services.ballot.reconciliation import check_reconciliation, reconciliation_of
from services.ballot.reported import round_label
from services.ballot.rounds import lock_problems
from services.ballot.shared import counts_of, load_round_subjects, refuse
from services.ballot.sheets import SubjectRow, sheet_counts, subject_row
from services.ballot.stored import stored_round_result
from services.rules.types import Problem, QuotaStatus, RefusedError, RoundResult, SubjectResult


class Missing(enum.StrEnum):
    """The step of the round's path not done yet, which the result waits for (the tab that
    does it: 1 reconciliation, 2 entry, 3 differences and agreement)."""

    reconciliation = "reconciliation"  # the ballots issued, returned, invalid
    entry = "entry"  # the tellers' entries, missing or unfinished
    second_entry = "second_entry"  # the first entry keyed whole, the second not begun
    differences = "differences"  # the entries differ
    agreement = "agreement"  # the entries agree; "Thống nhất số liệu" not pressed since


def missing_step(round_: BallotRound, computed: bool) -> Missing | None:
    """What the round's result still waits for; None when nothing (`computed`: the stored
    counts give a result). A round imported with its counts, which nobody keyed, waits for
    nothing."""
    if round_.locked:
        return None
    rec = reconciliation_of(round_)
    if round_.issued == 0 or any(m.refused for m in check_reconciliation(
            rec, round_.electorate_present)):
        return Missing.reconciliation
    if not round_.entry_sheets:
        return None if computed else Missing.entry
    comparison = comparison_of(round_)
    if comparison.problems:  # none from the sheets begun: only the second sheet is short
        return Missing.entry if pile_problems(round_) else Missing.second_entry
    if comparison.differences:
        return Missing.differences
    agreed = {s.id: counts_of(s) for s in round_.subjects}
    return Missing.agreement if sheet_counts(round_.entry_sheets[0]) != agreed else None


@dataclass(frozen=True)
class SubjectOutcome:
    subject: SubjectRow
    result: SubjectResult
    decision_level: Level | None
    decision_reason: str

    @property
    def needs_decision(self) -> bool:
        return self.result.quota_status in (QuotaStatus.tied, QuotaStatus.over)


@dataclass(frozen=True)
class RoundOutcome:
    """`result` is None while the agreed counts cannot be computed (`problems` says why)."""

    round_id: int
    code: str
    title: str  # what people call the round (services/ballot/reported.round_label)
    revision: int
    locked: bool
    locked_by: str
    committee: bool
    result: RoundResult | None
    problems: tuple[Problem, ...]
    subjects: tuple[SubjectOutcome, ...]
    lock_problems: tuple[str, ...]
    missing: Missing | None = None


def round_outcome(db: Database, round_id: int) -> RoundOutcome:
    """Kept between changes to what it is read from (services/ballot/kept.py)."""
    with db.session() as session:
        return kept(session, ("outcome", round_id), lambda: _outcome(session, round_id))


def _outcome(session: Session, round_id: int) -> RoundOutcome:
    round_ = load_round_subjects(session, round_id)
    committee = round_.meeting.body_kind is BodyKind.dang_uy
    refused: list[str] = []  # as the lock names them
    try:
        result: RoundResult | None = stored_round_result(round_)
        problems: tuple[Problem, ...] = ()
    except RefusedError as error:
        result, problems = None, error.problems
        refused = [p.said for p in error.problems]
    subjects: tuple[SubjectOutcome, ...] = ()
    if result is not None:
        subjects = tuple(
            SubjectOutcome(subject_row(s), r, s.decision_level, s.decision_reason)
            for s, r in zip(round_.subjects, result.subjects, strict=True))
    return RoundOutcome(round_.id, round_.code, round_label(round_.subject_kind, round_.title),
                        round_.revision, round_.locked,
                        round_.locked_by, committee, result, problems, subjects,
                        () if round_.locked else tuple(lock_problems(round_, refused)),
                        missing_step(round_, result is not None))


def record_decision(session: Session, round_subject_id: int, level: Level | None,
                    reason: str) -> None:
    """The chair's decision for a tied or over-quota subject, with the reason (committee
    meeting only); `level=None` withdraws it. Allowed after the lock: it changes no count.
    In the caller's session (the page's, so that the decision can be undone)."""
    reason = reason.strip()
    subject = session.get(RoundSubject, round_subject_id)
    if subject is None:
        raise refuse(f"không có đối tượng số {round_subject_id}")
    round_ = subject.round
    if round_.meeting.body_kind is not BodyKind.dang_uy:
        raise refuse("chỉ hội nghị đảng ủy quyết định; ở chi bộ tỷ lệ là cảnh báo cho cấp "
                     "trên (only a committee meeting decides)", round_.code)
    result = stored_round_result(round_).subject(subject.code)
    if result.quota_status not in (QuotaStatus.tied, QuotaStatus.over):
        raise refuse("đối tượng không ngang phiếu, không vượt tỷ lệ (not tied or over the "
                     "quota)", f"{round_.code} / {subject.code}")
    if level is not None and not reason:
        raise refuse("cần ghi lý do quyết định (a reason is required)",
                     f"{round_.code} / {subject.code}")
    subject.decision_level = level
    subject.decision_reason = reason if level is not None else ""
