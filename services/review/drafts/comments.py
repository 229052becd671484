"""Recording comments on a draft, handling them, and filtering them.

A comment is made on one paragraph of one frozen version (optionally on a span of it) or on the
draft as a whole. Functions take an open session; the caller wraps one user action in one
transaction so that the audit log records it at once.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.enums import CommentKind, Handling
from models.review import Comment, Draft, Paragraph
from models.roster import Member
from services.common.text import nfc
from services.review.drafts.errors import DraftError
from services.review.drafts.speakers import words_match


@dataclass(frozen=True)
class CommentEntry:
    """What the secretary typed for one comment. `speaker_id` names a member; otherwise
    `speaker_name` is a guest's name. `span` is (start, end) within the paragraph text."""

    kind: CommentKind
    text: str = ""
    speaker_id: int | None = None
    speaker_name: str = ""
    paragraph_id: int | None = None
    span: tuple[int, int] | None = None
    proposed: str = ""
    by_committee: bool = False


def add_comment(session: Session, draft: Draft, entry: CommentEntry) -> Comment:
    """Record a new comment on the paragraph's version (or the draft's latest version)."""
    values = _checked(session, draft, entry)
    comment = Comment(
        meeting_id=draft.meeting_id,
        seq=_next_seq(session, draft),
        created_at=dt.datetime.now().replace(microsecond=0),
        **values,
    )
    comment.draft = draft
    session.add(comment)
    session.flush()
    return comment


def edit_comment(session: Session, comment: Comment, entry: CommentEntry) -> Comment:
    """Change what a comment says (its handling stays)."""
    for name, value in _checked(session, comment.draft, entry).items():
        setattr(comment, name, value)
    session.flush()
    return comment


def set_handling(session: Session, comment: Comment, handling: Handling | None,
                 note: str = "") -> None:
    comment.handling = handling
    comment.handling_note = nfc(note.strip())
    session.flush()


def delete_comment(session: Session, comment: Comment) -> None:
    """Remove a comment recorded by mistake (audited like every change)."""
    session.delete(comment)
    session.flush()


def _next_seq(session: Session, draft: Draft) -> int:
    last = session.scalar(select(func.max(Comment.seq)).where(Comment.draft_id == draft.id))
    return (last or 0) + 1


def _checked(session: Session, draft: Draft, entry: CommentEntry) -> dict[str, Any]:
    """The column values for `entry`, checked; DraftError before anything is touched."""
    text = nfc(entry.text.strip())
    proposed = nfc(entry.proposed.strip())
    speaker = session.get(Member, entry.speaker_id) if entry.speaker_id is not None else None
    if entry.speaker_id is not None and (speaker is None or speaker.meeting_id != draft.meeting_id):
        raise DraftError("Người phát biểu không có trong danh sách đảng viên của hội nghị.")
    speaker_name = speaker.full_name if speaker else nfc(" ".join(entry.speaker_name.split()))
    if not speaker_name and not entry.by_committee:
        raise DraftError("Chưa chọn người phát biểu.")
    if not text and entry.kind is not CommentKind.agree:
        raise DraftError("Chưa ghi nội dung ý kiến.")
    if entry.kind is CommentKind.amend and not proposed:
        raise DraftError("Ý kiến đề nghị sửa cần ghi nội dung đề nghị sửa thành.")
    paragraph = session.get(Paragraph, entry.paragraph_id) if entry.paragraph_id else None
    if entry.paragraph_id is not None and (
        paragraph is None or paragraph.version.draft_id != draft.id
    ):
        raise DraftError("Đoạn được góp ý không thuộc dự thảo này.")
    span_start = span_end = None
    quoted = ""
    if entry.span is not None and entry.span[0] != entry.span[1]:
        if paragraph is None:
            raise DraftError("Chọn một đoạn trước khi chọn câu chữ trong đoạn.")
        span_start, span_end = sorted(entry.span)
        if span_start < 0 or span_end > len(paragraph.text):
            raise DraftError("Phần được chọn nằm ngoài đoạn văn.")
        quoted = paragraph.text[span_start:span_end]
    version = paragraph.version if paragraph else (draft.versions[-1] if draft.versions else None)
    return {
        "version": version, "paragraph": paragraph, "span_start": span_start,
        "span_end": span_end, "quoted": quoted, "speaker": speaker,
        "speaker_name": speaker_name, "by_committee": entry.by_committee, "kind": entry.kind,
        "text": text, "proposed": proposed if entry.kind is CommentKind.amend else "",
    }


def speaker_label(comment: Comment) -> str:
    """Who spoke, as lists and documents show it."""
    if comment.by_committee:
        return f"Cấp ủy ({comment.speaker_name})" if comment.speaker_name else "Cấp ủy"
    if comment.speaker_id is None and comment.speaker_name:
        return f"{comment.speaker_name} (khách mời)"
    return comment.speaker_name


@dataclass(frozen=True)
class CommentFilter:
    """The filters of the comment list. None (or "") lets everything through. `paragraph`
    is a stable paragraph id, so a filter set on version 2 also shows the comments made on the
    same paragraph of version 1. `unhandled_only` keeps comments without a handling."""

    paragraph: str | None = None
    speaker: str = ""
    kind: CommentKind | None = None
    handling: Handling | None = None
    unhandled_only: bool = False

    def matches(self, comment: Comment) -> bool:
        if self.paragraph is not None and (
            comment.paragraph is None or comment.paragraph.stable_id != self.paragraph
        ):
            return False
        if self.speaker and not words_match(self.speaker, speaker_label(comment)):
            return False
        if self.kind is not None and comment.kind is not self.kind:
            return False
        if self.unhandled_only and comment.handling is not None:
            return False
        return self.handling is None or comment.handling is self.handling


def draft_comments(session: Session, draft_id: int) -> list[Comment]:
    """Every comment on the draft, in the order they were recorded."""
    return list(session.scalars(
        select(Comment).where(Comment.draft_id == draft_id).order_by(Comment.seq)
    ))


def filter_comments(comments: Iterable[Comment], condition: CommentFilter) -> list[Comment]:
    return [comment for comment in comments if condition.matches(comment)]
