"""Tổng hợp ý kiến góp ý: every comment on a draft, by paragraph, with speaker, kind and handling.

The content is the drafts part's digest (`services.review.drafts.digest.build_digest`: the
sections, their titles and the order); this module only lays it out on the meeting's paper."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph
from sqlalchemy.orm import Session

from models.review import Draft
from services.common.labels import COMMENT_KIND_NAMES
from services.common.numbers import thousands
from services.documents.blocks import (
    cell_styles,
    data_table,
    esc,
    header_block,
    lead_in,
    para,
    signature_block,
    styles,
    title_block,
)
from services.documents.comments import handling_text
from services.documents.kinds import DocumentKind
from services.documents.marks import PageMarks
from services.documents.meeting_info import MeetingInfo, meeting_info
from services.documents.page import Progress, build_pdf
from services.documents.signatures import signatories
from services.review.drafts.digest import CommentsDigest, build_digest

TITLE = "Tổng hợp ý kiến góp ý"
_EXCERPT_CHARS = 160


@dataclass(frozen=True)
class CommentsDigestData:
    meeting: MeetingInfo
    digest: CommentsDigest

    @property
    def subtitle(self) -> str:
        """The draft and its latest version: "Dự thảo báo cáo kiểm điểm tập thể (phiên bản 2)"."""
        version = self.digest.latest_version
        return self.digest.draft_title + (f" (phiên bản {version})" if version else "")


def build_comments_digest_data(session: Session, draft_id: int) -> CommentsDigestData:
    """The digest of one draft (a refusal for a draft that no longer exists)."""
    digest = build_digest(session, draft_id)
    return CommentsDigestData(meeting_info(session, session.get_one(Draft, draft_id).meeting_id),
                              digest)


def _excerpt(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _EXCERPT_CHARS else text[:_EXCERPT_CHARS].rsplit(" ", 1)[0] + " …"


def comments_digest_story(data: CommentsDigestData) -> list[Flowable]:
    s = styles()
    left, _, _ = cell_styles(10)
    story: list[Flowable] = [
        header_block(data.meeting.header, kind="BC"),
        *title_block(TITLE, data.subtitle),
        para(f"Tổng số ý kiến: {thousands(data.digest.total)}.", s.body_left),
    ]
    for section in data.digest.sections:
        excerpt = _excerpt(section.paragraph_text)
        story += lead_in(f"<b>{esc(section.title)}</b>"
                         + (f": <i>{esc(excerpt)}</i>" if excerpt else ""))
        rows = []
        for comment in section.comments:
            content = (f"<i>Về:</i> “{esc(comment.quoted)}”<br/>" if comment.quoted else "")
            content += esc(comment.text)
            if comment.proposed:
                content += f"<br/><i>Đề nghị sửa thành:</i> “{esc(comment.proposed)}”"
            rows.append([str(comment.seq), comment.speaker, COMMENT_KIND_NAMES[comment.kind],
                         Paragraph(content, left), handling_text(comment)])
        story.append(data_table(["TT", "Người góp ý", "Loại ý kiến", "Nội dung", "Xử lý"], rows,
                                widths=[9 * mm, 32 * mm, 22 * mm, 70 * mm, 32 * mm],
                                centred=(0,), size=10))
    story.append(signature_block(signatories(DocumentKind.comments_digest, data.meeting)))
    return story


def render_comments_digest(data: CommentsDigestData, target: Path | BinaryIO,
                           progress: Progress | None = None) -> None:
    build_pdf(target, comments_digest_story(data), title=TITLE, marks=PageMarks(),
              progress=progress)
