"""Ballot rounds (*vòng biểu quyết*) and the agreed counts of each subject.

A round rates one kind of subject (members or cells) under the rule settings recorded with it.
Only aggregate counts are stored here: nothing identifies a voter, a seat or the order in which
ballots were collected. Per-teller entries (double entry) live in their own tables on top of these.

A locked round (*ký biên bản*) is final: the `before_flush` guard below refuses any change to its
counts, reconciliation or settings by any path (UI, import, CLI). Reopening makes a new revision
(a new row with the same code and `revision + 1`); both stay.
"""

from __future__ import annotations

import datetime as dt
import enum
from typing import TYPE_CHECKING, Any

from sqlalchemy import CheckConstraint, ForeignKey, String, Text, UniqueConstraint, event, inspect
from sqlalchemy.orm import Mapped, Session, UOWTransaction, mapped_column, relationship

from models.base import Base, code_enum
from models.enums import LEVELS, Level, SubjectKind

if TYPE_CHECKING:
    from models.ballot_entry import EntrySheet
    from models.meeting import Meeting
    from models.roster import Member, Organisation


class RoundState(enum.StrEnum):
    open = "open"
    locked = "locked"


class LockedRoundError(Exception):
    """A change to a locked round was attempted; the session must be rolled back."""


class BallotRound(Base):
    """One round of secret ballot: its reconciliation, settings, electorate and state."""

    __tablename__ = "ballot_round"
    __table_args__ = (UniqueConstraint("meeting_id", "code", "revision"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"),
                                            index=True)
    code: Mapped[str] = mapped_column(String(64))  # the meeting file's round id, "dang-vien"
    subject_kind: Mapped[SubjectKind]
    title: Mapped[str] = mapped_column(String(300), default="")
    sort_order: Mapped[int] = mapped_column(default=0)
    # The rule settings in force (meeting-file "rules" object, every key filled in).
    rules: Mapped[dict[str, Any]] = mapped_column(default=dict)
    issued: Mapped[int] = mapped_column(default=0)
    returned: Mapped[int] = mapped_column(default=0)
    invalid: Mapped[int] = mapped_column(default=0)
    # Invalid whole ballots per reason code (services.rules.types.InvalidBallotReason).
    invalid_reasons: Mapped[dict[str, Any]] = mapped_column(default=dict)
    # The electorate and voters present from the attendance list (services/ballot/
    # roll_call.py): taken when the round opens, followed until a ballot is keyed, then kept
    # unless the chair takes the new figures.
    electorate_convened: Mapped[int] = mapped_column(default=0)
    electorate_present: Mapped[int] = mapped_column(default=0)
    # What was missing when the chair opened the round anyway (roll call unfinished, the
    # members' round not locked), one gap a line; empty when nothing was.
    opened_despite: Mapped[str] = mapped_column(Text, default="", server_default="")
    state: Mapped[RoundState] = mapped_column(code_enum(RoundState), default=RoundState.open)
    revision: Mapped[int] = mapped_column(default=1)
    reopen_reason: Mapped[str] = mapped_column(Text, default="")
    locked_at: Mapped[dt.datetime | None]
    locked_by: Mapped[str] = mapped_column(String(200), default="")
    # A new round for only the undecided or tied subjects of `parent`.
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("ballot_round.id", ondelete="SET NULL"))
    double_entry: Mapped[bool] = mapped_column(default=True)

    meeting: Mapped[Meeting] = relationship(back_populates="rounds")
    # The backref makes the ORM clear `parent_id` of the follow-ups (audited) when a parent goes,
    # rather than the database's ON DELETE SET NULL doing it unseen.
    parent: Mapped[BallotRound | None] = relationship(remote_side=[id], backref="follow_ups")
    subjects: Mapped[list[RoundSubject]] = relationship(
        back_populates="round", cascade="all, delete-orphan", order_by="RoundSubject.sort_order"
    )
    # Each teller's entry of this revision (models/ballot_entry.py).
    entry_sheets: Mapped[list[EntrySheet]] = relationship(
        back_populates="round", cascade="all, delete-orphan", order_by="EntrySheet.id"
    )

    @property
    def locked(self) -> bool:
        return self.state is RoundState.locked

    @property
    def valid(self) -> int:
        return self.returned - self.invalid


class RoundSubject(Base):
    """One subject on a round's ballot (a member or a cell) with the agreed counts.

    `decision_level` and `decision_reason` record what the chair (committee meeting) decided for
    a tied or over-quota subject; they may be set after the round is locked.
    """

    __tablename__ = "round_subject"
    __table_args__ = (
        UniqueConstraint("round_id", "member_id", name="uq_round_subject_member"),
        UniqueConstraint("round_id", "organisation_id", name="uq_round_subject_organisation"),
        CheckConstraint("(member_id IS NULL) <> (organisation_id IS NULL)", name="one_subject"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("ballot_round.id", ondelete="CASCADE"),
                                          index=True)
    member_id: Mapped[int | None] = mapped_column(ForeignKey("member.id"))
    organisation_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id"))
    sort_order: Mapped[int] = mapped_column(default=0)
    votes_htxsnv: Mapped[int] = mapped_column(default=0)
    votes_httnv: Mapped[int] = mapped_column(default=0)
    votes_htnv: Mapped[int] = mapped_column(default=0)
    votes_khtnv: Mapped[int] = mapped_column(default=0)
    invalid_rows: Mapped[int] = mapped_column(default=0)
    decision_level: Mapped[Level | None]
    decision_reason: Mapped[str] = mapped_column(Text, default="")

    round: Mapped[BallotRound] = relationship(back_populates="subjects")
    member: Mapped[Member | None] = relationship()
    organisation: Mapped[Organisation | None] = relationship()

    @property
    def votes(self) -> dict[Level, int]:
        return {level: getattr(self, VOTE_COLUMN[level]) for level in LEVELS}

    def set_votes(self, votes: dict[Level, int]) -> None:
        for level in LEVELS:
            setattr(self, VOTE_COLUMN[level], votes.get(level, 0))

    @property
    def code(self) -> str:
        """The subject's id in meeting files (member or organisation code)."""
        subject = self.member or self.organisation
        return subject.code if subject is not None else ""

    @property
    def name(self) -> str:
        """What people call the subject: the member's full name or the cell's name."""
        if self.member is not None:
            return self.member.full_name
        return self.organisation.name if self.organisation is not None else ""


VOTE_COLUMN = {Level.HTXSNV: "votes_htxsnv", Level.HTTNV: "votes_httnv",
               Level.HTNV: "votes_htnv", Level.KHTNV: "votes_khtnv"}

# What a lock freezes; everything else (title, the chair's decisions) may still be recorded.
FROZEN_ROUND = {"code", "subject_kind", "rules", "issued", "returned", "invalid",
                "invalid_reasons", "electorate_convened", "electorate_present", "revision",
                "meeting_id", "locked_at", "locked_by", "double_entry", "parent_id"}
FROZEN_SUBJECT = {"round_id", "member_id", "organisation_id", *VOTE_COLUMN.values(),
                  "invalid_rows"}


def _changed(obj: Any, names: set[str]) -> list[str]:
    state = inspect(obj)
    return [name for name in names if state.attrs[name].history.has_changes()]


def _was_locked(round_: BallotRound) -> bool:
    history = inspect(round_).attrs["state"].history
    before = history.deleted[0] if history.deleted else round_.state
    return before is RoundState.locked


def _subject_rounds(session: Session, subject: RoundSubject) -> list[BallotRound]:
    """The round a subject is in, and the one it was just taken out of: such a subject has no
    round any more and is about to be deleted as an orphan, which must not escape the lock."""
    history = inspect(subject).attrs["round"].history
    rounds = [r for r in (*history.deleted, subject.round) if r is not None]
    if subject.round_id is not None:
        stored = session.get(BallotRound, subject.round_id)
        if stored is not None and stored not in rounds:
            rounds.append(stored)
    return rounds


@event.listens_for(Session, "before_flush")
def _refuse_changes_to_locked_rounds(session: Session, _ctx: UOWTransaction,
                                     _instances: Any) -> None:
    for obj in list(session.dirty) + list(session.deleted):
        if isinstance(obj, BallotRound) and _was_locked(obj):
            if obj in session.deleted and obj.meeting not in session.deleted:
                raise LockedRoundError(f"Vòng {obj.code} đã khóa: không thể xóa")
            if obj.state is not RoundState.locked or _changed(obj, FROZEN_ROUND):
                raise LockedRoundError(f"Vòng {obj.code} đã khóa (ký biên bản): không thể sửa; "
                                       "mở lại tạo một phiên bản mới")
        elif isinstance(obj, RoundSubject):
            for round_ in _subject_rounds(session, obj):
                if not _was_locked(round_) or round_ in session.deleted:
                    continue  # (a deleted round goes with its meeting, checked above)
                if obj in session.deleted or obj.round is not round_ \
                        or _changed(obj, FROZEN_SUBJECT):
                    raise LockedRoundError(f"Vòng {round_.code} đã khóa (ký biên bản): không thể "
                                           "sửa số phiếu")
    for obj in session.new:
        if isinstance(obj, RoundSubject) and obj.round is not None and obj.round.id is not None \
                and _was_locked(obj.round) and obj.round not in session.new:
            raise LockedRoundError(f"Vòng {obj.round.code} đã khóa: không thể thêm đối tượng")
