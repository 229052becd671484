"""The comments digest (*tổng hợp ý kiến góp ý*) of one draft as plain typed data: every comment,
grouped by the paragraph it was made on, with speaker, kind and handling. The .docx writer
(docx_output.py) and the PDF forms (documents issue) both render this, with the same wording
(`DigestSection.title`, `DigestComment.line()`)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from sqlalchemy.orm import Session

from models.enums import CommentKind, Handling
from models.meeting import Meeting
from models.review import Comment, Draft
from services.common.labels import COMMENT_KIND_NAMES, handling_name
from services.review.drafts.comments import draft_comments, speaker_label
from services.review.drafts.errors import DraftError


@dataclass(frozen=True)
class DigestComment:
    seq: int
    speaker: str
    kind: CommentKind
    text: str
    quoted: str
    proposed: str
    handling: Handling | None
    handling_note: str
    by_committee: bool = False  # the committee's own remark; `speaker` is then "Cấp ủy (…)"

    def line(self) -> str:
        """The comment as one line, as the digest prints it: who, what kind, what, and how it
        was handled ("3. Võ Văn An – Đề nghị sửa về “4,2 tỷ”: … Xử lý: Tiếp thu – …")."""
        parts = [f"{self.seq}. {self.speaker} – {COMMENT_KIND_NAMES[self.kind]}"]
        if self.quoted:
            parts.append(f" về “{self.quoted}”")
        parts.append(f": {self.text}" if self.text else ".")
        if self.proposed:
            parts.append(f" Đề nghị sửa thành: “{self.proposed}”.")
        note = f" – {self.handling_note}" if self.handling_note else ""
        parts.append(f" Xử lý: {handling_name(self.handling)}{note}.")
        return "".join(parts)


@dataclass(frozen=True)
class DigestSection:
    """The comments on one paragraph of one version; `paragraph_number` None: on the draft as a
    whole."""

    version_number: int | None
    paragraph_number: int | None
    paragraph_text: str
    heading_level: int
    comments: tuple[DigestComment, ...]

    @property
    def title(self) -> str:
        """"Đoạn 7 (phiên bản 1)", or "Ý kiến chung về dự thảo" for the draft as a whole."""
        if self.paragraph_number is None:
            return "Ý kiến chung về dự thảo"
        return f"Đoạn {self.paragraph_number} (phiên bản {self.version_number})"


@dataclass(frozen=True)
class CommentsDigest:
    meeting_title: str
    body: str
    draft_title: str
    latest_version: int | None
    sections: tuple[DigestSection, ...]
    kinds: dict[CommentKind, int]
    handlings: dict[Handling | None, int]

    @property
    def total(self) -> int:
        return sum(len(section.comments) for section in self.sections)


def _digest_comment(comment: Comment) -> DigestComment:
    return DigestComment(comment.seq, speaker_label(comment), comment.kind, comment.text,
                         comment.quoted, comment.proposed, comment.handling,
                         comment.handling_note, comment.by_committee)


def build_digest(session: Session, draft_id: int) -> CommentsDigest:
    """Sections in reading order: comments on the whole draft first, then by version and
    paragraph number; comments within a section in the order they were recorded."""
    draft = session.get(Draft, draft_id)
    if draft is None:
        raise DraftError("Dự thảo này không còn trong hội nghị (đã bị xóa).")
    meeting = session.get(Meeting, draft.meeting_id)
    comments = draft_comments(session, draft_id)
    groups: dict[tuple[int, int], list[Comment]] = {}
    for comment in comments:
        version = comment.version.number if comment.version else 0
        number = comment.paragraph.number if comment.paragraph else 0
        groups.setdefault((version if number else 0, number), []).append(comment)
    sections = []
    for (version, number), items in sorted(groups.items()):
        paragraph = items[0].paragraph
        sections.append(DigestSection(
            version_number=version or None,
            paragraph_number=number or None,
            paragraph_text=paragraph.text if paragraph else "",
            heading_level=paragraph.heading_level if paragraph else 0,
            comments=tuple(_digest_comment(c) for c in items),
        ))
    return CommentsDigest(
        meeting_title=meeting.title if meeting else "",
        body=meeting.body if meeting else "",
        draft_title=draft.title,
        latest_version=draft.versions[-1].number if draft.versions else None,
        sections=tuple(sections),
        kinds=dict(Counter(c.kind for c in comments)),
        handlings=dict(Counter(c.handling for c in comments)),
    )
