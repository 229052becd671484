"""The meeting and what the chair walks through: agenda steps, roles, attendance."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint, false
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.ballot import BallotRound
from models.base import Base
from models.enums import AttendanceStatus, BodyKind, Period, RoleKind, StepState
from models.roster import Member, Organisation


class PartyUnit(Base):
    """The party organisation holding the meeting (*đảng bộ* or *chi bộ*) and its superior."""

    __tablename__ = "party_unit"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    superior: Mapped[str] = mapped_column(String(300), default="")

    meetings: Mapped[list[Meeting]] = relationship(back_populates="party_unit")


class Meeting(Base):
    """One annual review and rating meeting (*Hội nghị kiểm điểm, đánh giá, xếp loại*)."""

    __tablename__ = "meeting"

    id: Mapped[int] = mapped_column(primary_key=True)
    party_unit_id: Mapped[int] = mapped_column(ForeignKey("party_unit.id"), index=True)
    title: Mapped[str] = mapped_column(String(500), default="")
    body: Mapped[str] = mapped_column(String(300), default="")
    body_kind: Mapped[BodyKind] = mapped_column(default=BodyKind.chi_bo)
    # A committee (đảng ủy) whose standing committee signs for it: "T/M BAN THƯỜNG VỤ / BÍ THƯ"
    # on the papers sent upward instead of "T/M ĐẢNG ỦY" (services/documents/signatures.py).
    standing_committee_signs: Mapped[bool] = mapped_column(default=False,
                                                           server_default=false())
    review_year: Mapped[int]
    period: Mapped[Period] = mapped_column(default=Period.year, server_default=Period.year.value)
    date: Mapped[dt.date | None]
    place: Mapped[str] = mapped_column(String(200), default="")
    venue: Mapped[str] = mapped_column(String(300), default="")
    # The rule profile chosen by review year and the settings in force (meeting-file "rules"
    # object, defaults filled in), so that a result can always be recomputed as it was.
    rule_profile: Mapped[str] = mapped_column(String(32), default="")
    rules: Mapped[dict[str, Any]] = mapped_column(default=dict)
    # Electorate as declared by an imported meeting file; attendance, once recorded, supersedes.
    declared_convened: Mapped[int | None]
    declared_present: Mapped[int | None]
    current_step: Mapped[int] = mapped_column(default=1)
    # The PIN a teller station gives to join (services/stations/access.py), salted and hashed;
    # None until the chair sets one (no station may join before).
    station_pin: Mapped[str | None] = mapped_column(String(200))

    party_unit: Mapped[PartyUnit] = relationship(back_populates="meetings")
    organisations: Mapped[list[Organisation]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", order_by="Organisation.sort_order"
    )
    members: Mapped[list[Member]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", order_by="Member.id"
    )
    steps: Mapped[list[AgendaStep]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", order_by="AgendaStep.number"
    )
    roles: Mapped[list[RoleAssignment]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", order_by="RoleAssignment.rank"
    )
    attendance: Mapped[list[Attendance]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan"
    )
    rounds: Mapped[list[BallotRound]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan",
        order_by="(BallotRound.sort_order, BallotRound.revision)"
    )


class AgendaStep(Base):
    """One of the nine steps of the meeting, with its state and any gap the chair accepted."""

    __tablename__ = "agenda_step"
    __table_args__ = (UniqueConstraint("meeting_id", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"))
    number: Mapped[int]
    state: Mapped[StepState] = mapped_column(default=StepState.pending)
    # What was still missing when the chair chose to move on (recorded, never silent).
    overridden_missing: Mapped[str] = mapped_column(Text, default="")

    meeting: Mapped[Meeting] = relationship(back_populates="steps")


class RoleAssignment(Base):
    """Chair, secretary or teller, proposed and approved by show of hands.

    A role is normally held by a member of the roster; a guest (e.g. from the superior
    committee) has no member id and only a name.
    """

    __tablename__ = "role_assignment"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"))
    role: Mapped[RoleKind]
    member_id: Mapped[int | None] = mapped_column(ForeignKey("member.id", ondelete="SET NULL"))
    name: Mapped[str] = mapped_column(String(200), default="")
    is_head: Mapped[bool] = mapped_column(default=False)
    rank: Mapped[int] = mapped_column(default=0)
    votes_for: Mapped[int | None]
    votes_against: Mapped[int | None]
    approved: Mapped[bool] = mapped_column(default=False)

    meeting: Mapped[Meeting] = relationship(back_populates="roles")
    member: Mapped[Member | None] = relationship(back_populates="roles")


class Attendance(Base):
    """Whether a member of the convened body is present, absent (with or without reason) or
    excluded from the electorate (attached elsewhere, prosecuted, ...) with the reason."""

    __tablename__ = "attendance"
    __table_args__ = (UniqueConstraint("member_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), index=True
    )
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id", ondelete="CASCADE"))
    status: Mapped[AttendanceStatus] = mapped_column(default=AttendanceStatus.present)
    reason: Mapped[str] = mapped_column(Text, default="")

    meeting: Mapped[Meeting] = relationship(back_populates="attendance")
    member: Mapped[Member] = relationship(back_populates="attendance")


class AppSetting(Base):
    """Small key/value facts about the app itself (the meeting last open), not meeting data."""

    __tablename__ = "app_setting"
    __audited__ = False

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")
