"""The roster of a meeting: its subordinate organisations (cells) and its members.

The roster is a snapshot per meeting: a member's status, position and self-rating (the level the
subject proposes for itself) are those of the review year, and a later meeting of the same unit
keeps its own copy. Scores and conditions are the subject's `Assessment` (models/assessment.py).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base
from models.enums import Level, MemberStatus

if TYPE_CHECKING:
    from models.assessment import Assessment
    from models.meeting import Attendance, Meeting, RoleAssignment


class Organisation(Base):
    """A subordinate organisation (usually a cell, *chi bộ*) of the unit holding the meeting."""

    __tablename__ = "organisation"
    __table_args__ = (UniqueConstraint("meeting_id", "code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), index=True
    )
    code: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(String(300))
    self_rating: Mapped[Level | None]
    sort_order: Mapped[int] = mapped_column(default=0)

    meeting: Mapped[Meeting] = relationship(back_populates="organisations")
    members: Mapped[list[Member]] = relationship(back_populates="organisation")
    assessment: Mapped[Assessment | None] = relationship(
        back_populates="organisation", cascade="all, delete-orphan")


class Member(Base):
    """A party member on the roster (*đảng viên*). Names are stored NFC, as written."""

    __tablename__ = "member"
    __table_args__ = (UniqueConstraint("meeting_id", "code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), index=True
    )
    code: Mapped[str] = mapped_column(String(64))
    full_name: Mapped[str] = mapped_column(String(200))
    status: Mapped[MemberStatus] = mapped_column(default=MemberStatus.official)
    position: Mapped[str] = mapped_column(String(200), default="")
    organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisation.id", ondelete="SET NULL"), index=True
    )
    self_rating: Mapped[Level | None]
    # Admission to the Party (*ngày vào Đảng*): admitted less than 6 months before the meeting,
    # the member is not rated (rules.md "Who is reviewed"). None: not known, rated as usual.
    admitted_on: Mapped[dt.date | None]
    # Member of the convened body: every member at a cell meeting, the committee members in
    # office at a committee meeting. Only they are on the attendance list and may vote.
    in_body: Mapped[bool] = mapped_column(default=True)

    meeting: Mapped[Meeting] = relationship(back_populates="members")
    organisation: Mapped[Organisation | None] = relationship(back_populates="members")
    # Declared here so that deleting a member deletes (and audits) its attendance row and clears
    # its roles through the ORM rather than silently through the database's ON DELETE.
    attendance: Mapped[Attendance | None] = relationship(
        back_populates="member", cascade="all, delete-orphan"
    )
    roles: Mapped[list[RoleAssignment]] = relationship(back_populates="member")
    assessment: Mapped[Assessment | None] = relationship(
        back_populates="member", cascade="all, delete-orphan")
