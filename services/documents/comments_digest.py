"""Tổng hợp ý kiến góp ý: every comment on one version of a draft, by paragraph, with speaker,
kind and handling. The drafts part (issue 5) builds `CommentsDigestData` from its tables."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph

from services.documents.blocks import (
    Signatory,
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
from services.documents.comments import CommentRecord
from services.documents.meeting_info import MeetingInfo
from services.documents.page import PageMarks, Progress, build_pdf
from services.numbers import thousands

TITLE = "Tổng hợp ý kiến góp ý"
_EXCERPT_CHARS = 160


@dataclass(frozen=True)
class ParagraphComments:
    """The comments on one paragraph: its visible number ("7", or "" for comments on the draft
    as a whole) and its text, shortened on paper."""

    number: str
    text: str
    comments: tuple[CommentRecord, ...]


@dataclass(frozen=True)
class CommentsDigestData:
    meeting: MeetingInfo
    draft_title: str
    version_label: str  # "bản 2", as the drafts part names its frozen versions
    paragraphs: tuple[ParagraphComments, ...]


def _excerpt(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _EXCERPT_CHARS else text[:_EXCERPT_CHARS].rsplit(" ", 1)[0] + " …"


def comments_digest_story(data: CommentsDigestData) -> list[Flowable]:
    s = styles()
    left, _, _ = cell_styles(10)
    total = sum(len(p.comments) for p in data.paragraphs)
    story: list[Flowable] = [
        header_block(data.meeting.header, kind="BC"),
        *title_block(TITLE, f"{data.draft_title} ({data.version_label})"),
        para(f"Tổng số ý kiến: {thousands(total)}.", s.body_left),
    ]
    for block in data.paragraphs:
        where = f"Đoạn {block.number}" if block.number else "Ý kiến chung về dự thảo"
        story += lead_in(f"<b>{esc(where)}</b>"
                         + (f": <i>{esc(_excerpt(block.text))}</i>" if block.text else ""))
        rows = []
        for number, comment in enumerate(block.comments, start=1):
            content = (f"<i>Về:</i> “{esc(comment.quoted)}”<br/>" if comment.quoted else "")
            content += esc(comment.text)
            if comment.proposed_wording:
                content += f"<br/><i>Đề nghị sửa thành:</i> “{esc(comment.proposed_wording)}”"
            rows.append([str(number), comment.speaker, comment.kind_label,
                         Paragraph(content, left), comment.handling_label])
        story.append(data_table(["TT", "Người góp ý", "Loại ý kiến", "Nội dung", "Xử lý"], rows,
                                widths=[9 * mm, 32 * mm, 22 * mm, 70 * mm, 32 * mm],
                                centred=(0,), size=10))
    story.append(signature_block([Signatory(("Thư ký",), data.meeting.secretary),
                                  Signatory(("Chủ trì hội nghị",), data.meeting.chair)]))
    return story


def render_comments_digest(data: CommentsDigestData, target: Path | BinaryIO,
                           progress: Progress | None = None) -> None:
    build_pdf(target, comments_digest_story(data), title=TITLE, marks=PageMarks(),
              progress=progress)
