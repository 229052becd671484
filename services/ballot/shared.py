"""What the ballot-entry services share: loading a round, field messages, counts of one row."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from models.ballot import BallotRound, RoundSubject
from models.enums import LEVELS
from models.roster import Member
from services.rules.types import Problem, RefusedError

# The four votes (HTXSNV, HTTNV, HTNV, KHTNV) and the invalid rows of one subject.
Counts = tuple[int, int, int, int, int]
ZERO: Counts = (0, 0, 0, 0, 0)
COUNT_COLUMNS = (*(f"votes_{level.value.lower()}" for level in LEVELS), "invalid_rows")


@dataclass(frozen=True)
class FieldMessage:
    """A refusal or warning about one field of a form, in Vietnamese, shown beside it."""

    field: str
    message: str
    refused: bool = True


ROUND_ACTION = "round_action"  # a refused action on a round: `where` holds its id, not shown


def refuse(message: str, where: str = "") -> RefusedError:
    return RefusedError([Problem(where, message, code=ROUND_ACTION)])


def load_round(session: Session, round_id: int) -> BallotRound:
    round_ = session.get(BallotRound, round_id)
    if round_ is None:
        raise refuse(f"không có vòng biểu quyết số {round_id} (no round {round_id})")
    return round_


def load_round_subjects(session: Session, round_id: int) -> BallotRound:
    """The round with its subjects, each one's member or cell and the member's cell, in a
    few queries rather than two per subject (which made 2,000 take seconds). A query, not
    `session.get`: a round the session holds already would be returned as it is, its subjects'
    members still loaded one by one."""
    subjects = selectinload(BallotRound.subjects)
    round_ = session.scalars(select(BallotRound).where(BallotRound.id == round_id).options(
        subjects.selectinload(RoundSubject.member).selectinload(Member.organisation),
        subjects.selectinload(RoundSubject.organisation))).one_or_none()
    if round_ is None:
        raise refuse(f"không có vòng biểu quyết số {round_id} (no round {round_id})")
    return round_


def locked_refusal(code: str) -> RefusedError:
    return refuse("vòng đã khóa (ký biên bản): không thể sửa; mở lại tạo một phiên bản mới "
                  "(the round is locked)", code)


def require_open(round_: BallotRound) -> None:
    if round_.locked:
        raise locked_refusal(round_.code)


def counts_of(row: object) -> Counts:
    """The counts of a RoundSubject or EntryTotal row."""
    a, b, c, d, e = (int(getattr(row, column)) for column in COUNT_COLUMNS)
    return (a, b, c, d, e)
