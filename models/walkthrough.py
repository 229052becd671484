"""What the chair's walkthrough records beyond the roster and the votes: the opening (purpose,
guests from the superior committee, opening time), the conclusions and the closing (closing time,
the minutes adopted by show of hands), and the chair's own wording of the script for each step."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, backref, mapped_column, relationship

from models.base import Base

if TYPE_CHECKING:
    from models.meeting import Meeting


def _owned(name: str) -> Any:
    """Deleted with the meeting through the ORM, so that the deletions are audited."""
    return backref(name, cascade="all, delete-orphan", passive_deletes=False)


class Guest(Base):
    """A guest attending the meeting (*đại biểu*), usually from the superior committee."""

    __tablename__ = "meeting_guest"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(200))
    # "Ủy viên Ban Thường vụ Đảng ủy Khối": what the chair reads out when introducing the guest.
    position: Mapped[str] = mapped_column(String(300), default="")
    sort_order: Mapped[int] = mapped_column(default=0)

    meeting: Mapped[Meeting] = relationship(backref=_owned("guests"))


class Proceedings(Base):
    """The opening and the closing of one meeting: purpose, times, the chair's conclusions and
    the commitments, and the show of hands adopting the minutes."""

    __tablename__ = "meeting_proceedings"
    __table_args__ = (UniqueConstraint("meeting_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"))
    purpose: Mapped[str] = mapped_column(Text, default="")
    opened_at: Mapped[dt.time | None]
    closed_at: Mapped[dt.time | None]
    conclusions: Mapped[str] = mapped_column(Text, default="")
    commitments: Mapped[str] = mapped_column(Text, default="")
    # The file the conclusions were imported from, if any ("ket-luan.docx").
    conclusions_source: Mapped[str] = mapped_column(String(300), default="")
    minutes_votes_for: Mapped[int | None]
    minutes_votes_against: Mapped[int | None]
    minutes_adopted: Mapped[bool] = mapped_column(default=False)

    meeting: Mapped[Meeting] = relationship(backref=_owned("proceedings"))


class ScriptText(Base):
    """The chair's own wording of the script of one step (placeholders are filled when shown);
    a step without a row uses the bundled wording."""

    __tablename__ = "chair_script"
    __table_args__ = (UniqueConstraint("meeting_id", "step"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), index=True
    )
    step: Mapped[int]
    text: Mapped[str] = mapped_column(Text)

    meeting: Mapped[Meeting] = relationship(backref=_owned("script_texts"))


class ProducedDocument(Base):
    """A document written to a file for this meeting (what the status panel counts): its kind
    ("bien-ban-hoi-nghi", "kich-ban", ...), the file and when."""

    __tablename__ = "produced_document"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(64))
    path: Mapped[str] = mapped_column(Text, default="")
    produced_at: Mapped[dt.datetime]

    meeting: Mapped[Meeting] = relationship(backref=_owned("produced_documents"))
