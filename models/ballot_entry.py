"""What each teller keys in for a ballot round (double entry), before the counts are agreed.

An `EntrySheet` is one teller's entry of the whole pile for one revision of a round, either
ballot by ballot (`EntryBallot`) or as totals per subject (`EntryTotal`). Only counts agreed
between the sheets are written into `RoundSubject` (services/ballot/compare.py).

Secrecy (rules.md): an `EntryBallot` holds its marks and nothing else. Its `number` is the
ballot's place in the teller's own pile as keyed (1, 2, ...), needed to reopen a ballot for a
correction and to come back to the same ballot after a crash; the pile is the shuffled content of
the ballot box, so that place says nothing about who voted or where anyone sat. There is no time
stamp on a ballot, and ballot rows are not audited (`__audited__ = False`): an audit event per
keystroke would be a time-stamped trace of each ballot's content in the order keyed. The sheet
(who entered, how), the totals and the agreed counts stay audited.

A locked round freezes its sheets too: the guard below refuses any change to a sheet, ballot or
total of a locked round, by any path.
"""

from __future__ import annotations

import enum
from typing import Any

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint, event, inspect
from sqlalchemy.orm import Mapped, Session, UOWTransaction, backref, mapped_column, relationship

from models.ballot import BallotRound, LockedRoundError, RoundState, RoundSubject
from models.base import Base, code_enum
from models.enums import LEVELS
from models.meeting import RoleAssignment


class EntryMode(enum.StrEnum):
    per_ballot = "per_ballot"  # one ballot at a time, as on paper
    totals = "totals"  # the four counts and the invalid rows of each subject


# One character per subject in `EntryBallot.marks`, in the round's subject order.
UNTYPED = "."
INVALID_ROW = "0"
MARK_OF_LEVEL = {level: str(index + 1) for index, level in enumerate(LEVELS)}  # HTXSNV = "1"
LEVEL_OF_MARK = {mark: level for level, mark in MARK_OF_LEVEL.items()}


class EntrySheet(Base):
    """One teller's entry of the pile of one round revision."""

    __tablename__ = "entry_sheet"
    __table_args__ = (UniqueConstraint("round_id", "teller_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("ballot_round.id", ondelete="CASCADE"),
                                          index=True)
    # The approved teller (RoleAssignment, role teller) who keyed this sheet, and the name as it
    # was then (the role may be edited later).
    teller_id: Mapped[int | None] = mapped_column(
        ForeignKey("role_assignment.id", ondelete="SET NULL"))
    teller_name: Mapped[str] = mapped_column(String(200), default="")
    mode: Mapped[EntryMode] = mapped_column(code_enum(EntryMode))
    # The station keying this sheet (services/stations/names.py); None: the chair's own laptop. Only
    # that station writes to it, until another one takes it over.
    station: Mapped[str | None] = mapped_column(String(200))

    round: Mapped[BallotRound] = relationship(back_populates="entry_sheets")
    teller: Mapped[RoleAssignment | None] = relationship()
    ballots: Mapped[list[EntryBallot]] = relationship(
        back_populates="sheet", cascade="all, delete-orphan", order_by="EntryBallot.number")
    totals: Mapped[list[EntryTotal]] = relationship(
        back_populates="sheet", cascade="all, delete-orphan")
    log: Mapped[list[EntryLog]] = relationship(
        back_populates="sheet", cascade="all, delete-orphan", order_by="EntryLog.id")


class EntryBallot(Base):
    """One paper ballot as keyed: a mark per subject (see UNTYPED, INVALID_ROW, MARK_OF_LEVEL).

    `complete` once the teller pressed Enter with every row keyed; `voided` when the entry must
    not count (keyed twice by mistake); a voided ballot is kept, not deleted.
    """

    __tablename__ = "entry_ballot"
    __table_args__ = (UniqueConstraint("sheet_id", "number"),)
    __audited__ = False

    id: Mapped[int] = mapped_column(primary_key=True)
    sheet_id: Mapped[int] = mapped_column(ForeignKey("entry_sheet.id", ondelete="CASCADE"),
                                          index=True)
    number: Mapped[int]
    marks: Mapped[str] = mapped_column(Text, default="")
    complete: Mapped[bool] = mapped_column(default=False)
    voided: Mapped[bool] = mapped_column(default=False)

    sheet: Mapped[EntrySheet] = relationship(back_populates="ballots")

    @property
    def counts(self) -> bool:
        """Whether this ballot goes into the sheet's counts."""
        return self.complete and not self.voided


class EntryLogAction(enum.StrEnum):
    began = "began"  # the sheet begun
    took_over = "took_over"  # the sheet taken over from another station
    saved = "saved"  # a run of ballots saved with Enter (or of totals keyed)
    corrected = "corrected"  # a saved ballot (a keyed total) changed
    voided = "voided"
    restored = "restored"  # a voided ballot put back into the count


class EntryLog(Base):
    """What one teller did on one sheet, and when, for the printed entry log
    (services/ballot/entry_log.py). Saving ballots is one row per uninterrupted run
    (`first`..`last` ballot number, `count` of them, `at`..`until`), never a time per ballot;
    no row holds a mark. Not audited, like the ballots (secrecy, above)."""

    __tablename__ = "entry_log"
    __audited__ = False

    id: Mapped[int] = mapped_column(primary_key=True)
    sheet_id: Mapped[int] = mapped_column(ForeignKey("entry_sheet.id", ondelete="CASCADE"),
                                          index=True)
    action: Mapped[EntryLogAction] = mapped_column(code_enum(EntryLogAction))
    at: Mapped[str] = mapped_column(String(40))
    until: Mapped[str] = mapped_column(String(40))
    actor: Mapped[str] = mapped_column(String(200))  # names teller and station (stations/names)
    first: Mapped[int | None]  # ballot number (per ballot) or subject TT (totals)
    last: Mapped[int | None]
    count: Mapped[int] = mapped_column(default=0)
    detail: Mapped[str] = mapped_column(String(200), default="")

    sheet: Mapped[EntrySheet] = relationship(back_populates="log")


class EntryTotal(Base):
    """One subject's counts as keyed in totals mode."""

    __tablename__ = "entry_total"
    __table_args__ = (UniqueConstraint("sheet_id", "subject_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    sheet_id: Mapped[int] = mapped_column(ForeignKey("entry_sheet.id", ondelete="CASCADE"),
                                          index=True)
    subject_id: Mapped[int] = mapped_column(ForeignKey("round_subject.id", ondelete="CASCADE"))
    votes_htxsnv: Mapped[int] = mapped_column(default=0)
    votes_httnv: Mapped[int] = mapped_column(default=0)
    votes_htnv: Mapped[int] = mapped_column(default=0)
    votes_khtnv: Mapped[int] = mapped_column(default=0)
    invalid_rows: Mapped[int] = mapped_column(default=0)

    sheet: Mapped[EntrySheet] = relationship(back_populates="totals")
    subject: Mapped[RoundSubject] = relationship(
        backref=backref("entry_totals", cascade="all, delete-orphan"))


def _round_of(session: Session, obj: Any) -> BallotRound | None:
    """The round an entry row belongs to, also for a row just taken out of its collection."""
    if isinstance(obj, EntrySheet):
        sheet: EntrySheet | None = obj
    else:
        sheet = obj.sheet or (session.get(EntrySheet, obj.sheet_id) if obj.sheet_id else None)
    if sheet is None:
        return None
    return sheet.round or (session.get(BallotRound, sheet.round_id) if sheet.round_id else None)


def _round_was_locked(round_: BallotRound) -> bool:
    history = inspect(round_).attrs["state"].history
    before = history.deleted[0] if history.deleted else round_.state
    return bool(before is RoundState.locked)


@event.listens_for(Session, "before_flush")
def _refuse_entry_changes_in_locked_rounds(session: Session, _ctx: UOWTransaction,
                                           _instances: Any) -> None:
    changed = [*session.new, *session.dirty, *session.deleted]
    for obj in changed:
        if not isinstance(obj, EntrySheet | EntryBallot | EntryTotal | EntryLog):
            continue
        if obj in session.dirty and not session.is_modified(obj, include_collections=False):
            continue
        round_ = _round_of(session, obj)
        if round_ is None or round_ in session.deleted or round_ in session.new:
            continue
        if _round_was_locked(round_):
            raise LockedRoundError(f"Vòng {round_.code} đã khóa (ký biên bản): không thể sửa "
                                   "phiếu đã nhập; mở lại tạo một phiên bản mới")

