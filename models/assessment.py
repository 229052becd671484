"""A rated subject's assessment under QĐ 366: its self-assessment, the score the meeting
accepts, and the conditions of each level (rules.md, "Under QĐ 366 ... the score caps the vote").

One row per subject, a member or an organisation (a subordinate cell, or the unit holding the
meeting: services/ballot/own_unit.py). The self-proposed level is not here: it is the
subject's `self_rating` on the roster (one place). The score is 30 points of general criteria plus
70 of task results; a self-score recorded as a single figure (meetings and files from before the
30/70 split) is kept as `self_total`, and then the parts are empty.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import CheckConstraint, ForeignKey, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base

if TYPE_CHECKING:
    from models.roster import Member, Organisation

class Assessment(Base):
    """Self-assessment, accepted score and conditions of one member or one organisation.

    `general` / `tasks` None: the meeting accepts the self-assessment as it is. A condition None:
    not recorded (it caps nothing).
    """

    __tablename__ = "assessment"
    __table_args__ = (
        UniqueConstraint("member_id"),
        UniqueConstraint("organisation_id"),
        CheckConstraint("(member_id IS NULL) <> (organisation_id IS NULL)", name="one_subject"),
        CheckConstraint("self_total IS NULL OR (self_general IS NULL AND self_tasks IS NULL)",
                        name="total_or_parts"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int | None] = mapped_column(ForeignKey("member.id", ondelete="CASCADE"))
    organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisation.id", ondelete="CASCADE"))
    self_general: Mapped[int | None]
    self_tasks: Mapped[int | None]
    self_total: Mapped[int | None]
    general: Mapped[int | None]
    tasks: Mapped[int | None]
    change_reason: Mapped[str] = mapped_column(Text, default="")
    all_tasks_on_time: Mapped[bool | None]
    exceeded_30pct: Mapped[bool | None]
    shortcomings_remedied: Mapped[bool | None]
    failed_over_50pct: Mapped[bool | None]
    disqualifying_violation: Mapped[bool | None]
    self_reported_remedied: Mapped[bool | None]

    member: Mapped[Member | None] = relationship(back_populates="assessment")
    organisation: Mapped[Organisation | None] = relationship(back_populates="assessment")
