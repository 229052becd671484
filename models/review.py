"""The review steps: draft reports in frozen versions, the comments on them, the settings of the
collective review and each member's turn in the individual reviews (steps 4 and 5 of rules.md).

A `DraftVersion` is frozen once imported: nothing edits its paragraphs, so a comment always points
at the text it was made on. A later version matches its paragraphs to the previous one and gives an
unchanged (or matched) paragraph the same `stable_id`, so the app can follow it across versions.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, backref, mapped_column, relationship

from models.base import Base, code_enum
from models.enums import CommentKind, DraftKind, Handling

if TYPE_CHECKING:
    from models.meeting import Meeting
    from models.roster import Member

DEFAULT_SPEAKING_LIMIT_SECONDS = 5 * 60


def _owned(name: str) -> str | tuple[str, dict[str, Any]]:
    """A backref on the parent (Meeting, Member, Draft) that deletes these rows through the ORM,
    so that the deletions are audited rather than done silently by the database's ON DELETE."""
    return backref(name, cascade="all, delete-orphan", passive_deletes=False)


class Draft(Base):
    """A document under review: the collective report (*dự thảo báo cáo kiểm điểm*) or one
    member's self-review (*bản tự kiểm điểm*), in one or more frozen versions."""

    __tablename__ = "draft"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[DraftKind] = mapped_column(code_enum(DraftKind))
    # The member reviewing himself or herself; None for the collective report.
    member_id: Mapped[int | None] = mapped_column(
        ForeignKey("member.id", ondelete="CASCADE"), index=True
    )
    title: Mapped[str] = mapped_column(String(500), default="")

    versions: Mapped[list[DraftVersion]] = relationship(
        back_populates="draft", cascade="all, delete-orphan", order_by="DraftVersion.number"
    )
    meeting: Mapped[Meeting] = relationship(backref=_owned("drafts"))
    member: Mapped[Member | None] = relationship(backref=_owned("drafts"))


class DraftVersion(Base):
    """One frozen version of a draft, as imported from a file or pasted text."""

    __tablename__ = "draft_version"
    __table_args__ = (UniqueConstraint("draft_id", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    draft_id: Mapped[int] = mapped_column(ForeignKey("draft.id", ondelete="CASCADE"), index=True)
    number: Mapped[int]
    source_name: Mapped[str] = mapped_column(String(300), default="")
    # "docx", "txt", "md" or "pasted".
    source_format: Mapped[str] = mapped_column(String(16))
    imported_at: Mapped[dt.datetime]

    draft: Mapped[Draft] = relationship(back_populates="versions")
    paragraphs: Mapped[list[Paragraph]] = relationship(
        back_populates="version", cascade="all, delete-orphan", order_by="Paragraph.number"
    )


class Paragraph(Base):
    """A paragraph or heading of a version, numbered from 1 in reading order."""

    __tablename__ = "paragraph"
    __table_args__ = (UniqueConstraint("version_id", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    version_id: Mapped[int] = mapped_column(
        ForeignKey("draft_version.id", ondelete="CASCADE"), index=True
    )
    # Survives into later versions when the text is the same or matched.
    stable_id: Mapped[str] = mapped_column(String(32))
    number: Mapped[int]
    text: Mapped[str] = mapped_column(Text)
    # 0: body text; 1, 2, ...: a heading of that level.
    heading_level: Mapped[int] = mapped_column(default=0)

    version: Mapped[DraftVersion] = relationship(back_populates="paragraphs")

    @property
    def is_heading(self) -> bool:
        return self.heading_level > 0


class Comment(Base):
    """One comment (*ý kiến góp ý*) on a draft: on a paragraph of a version, optionally on a
    selected span of it, or on the draft as a whole (no paragraph)."""

    __tablename__ = "comment"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), index=True
    )
    draft_id: Mapped[int] = mapped_column(ForeignKey("draft.id", ondelete="CASCADE"), index=True)
    # None only while the draft has no version yet (a typed self-review summary).
    version_id: Mapped[int | None] = mapped_column(
        ForeignKey("draft_version.id", ondelete="CASCADE"), index=True
    )
    paragraph_id: Mapped[int | None] = mapped_column(
        ForeignKey("paragraph.id", ondelete="CASCADE"), index=True
    )
    # The selected span within the paragraph text (character offsets) and the text quoted.
    span_start: Mapped[int | None]
    span_end: Mapped[int | None]
    quoted: Mapped[str] = mapped_column(Text, default="")
    # A member of the roster (name copied into `speaker_name`), or a guest known only by name.
    speaker_id: Mapped[int | None] = mapped_column(
        ForeignKey("member.id", ondelete="SET NULL"), index=True
    )
    speaker_name: Mapped[str] = mapped_column(String(200), default="")
    # The committee's own remark on a member (*nhận xét của cấp ủy*).
    by_committee: Mapped[bool] = mapped_column(default=False)
    kind: Mapped[CommentKind] = mapped_column(code_enum(CommentKind))
    text: Mapped[str] = mapped_column(Text, default="")
    # For an amendment (*đề nghị sửa*): the wording proposed instead of the span or paragraph.
    proposed: Mapped[str] = mapped_column(Text, default="")
    handling: Mapped[Handling | None] = mapped_column(code_enum(Handling))
    handling_note: Mapped[str] = mapped_column(Text, default="")
    # Order of recording within the draft, from 1 (the number in the list and the digest).
    seq: Mapped[int]
    created_at: Mapped[dt.datetime]

    draft: Mapped[Draft] = relationship(backref=_owned("comments"))
    version: Mapped[DraftVersion | None] = relationship()
    paragraph: Mapped[Paragraph | None] = relationship()
    # Deleting a member clears the link (audited); `speaker_name` keeps who spoke.
    speaker: Mapped[Member | None] = relationship(backref="comments_spoken")


class CollectiveReview(Base):
    """The settings of the review steps of one meeting. The collective's self-assessment
    (…/30 + …/70 = …/100) is the `Assessment` of the unit holding the meeting, and its proposed
    level that unit's `self_rating` (services/meeting/assessments.py), as for any rated subject."""

    __tablename__ = "collective_review"
    __table_args__ = (UniqueConstraint("meeting_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"))
    speaking_limit_seconds: Mapped[int] = mapped_column(default=DEFAULT_SPEAKING_LIMIT_SECONDS)

    meeting: Mapped[Meeting] = relationship(backref=_owned("collective_reviews"))


class IndividualReview(Base):
    """One member's turn in step 5: place in the regulation order, the typed summary of the
    self-review (or an imported document: the member's `Draft`), and whether it is done.

    The self-rating lives on `Member` and the scores in its `Assessment` (one source each)."""

    __tablename__ = "individual_review"
    __table_args__ = (UniqueConstraint("member_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), index=True
    )
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id", ondelete="CASCADE"))
    sort_order: Mapped[int] = mapped_column(default=0)
    summary: Mapped[str] = mapped_column(Text, default="")
    done: Mapped[bool] = mapped_column(default=False)
    # The self-review form ("2A", "2B", "2C") the secretary chose; None: the one the position
    # points to (services/review/forms.py).
    form: Mapped[str | None] = mapped_column(String(4))

    meeting: Mapped[Meeting] = relationship(backref=_owned("individual_reviews"))
    member: Mapped[Member] = relationship(backref=_owned("individual_reviews"))
