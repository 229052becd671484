"""The revised draft: a version with its accepted amendments (*đề nghị sửa*, *tiếp thu*) applied,
each change kept visible as deleted and inserted text.

An amendment applies to a paragraph of this version, or of an earlier version when the paragraph
carries the same stable id and still has the same text (its span offsets still hold). A span
amendment replaces its span; one on the whole paragraph replaces the paragraph. When several
collide (two whole-paragraph amendments, overlapping spans, a span whose text no longer matches)
the first recorded one applies and the others are listed as not applied, for the secretary.
Partly accepted amendments are not applied: their wording was not taken as proposed.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass

from models.enums import CommentKind, Handling
from models.review import Comment, DraftVersion, Paragraph
from services.review.drafts.comments import speaker_label
from services.review.drafts.reading import list_label


class Mark(enum.StrEnum):
    keep = "keep"
    deleted = "deleted"
    inserted = "inserted"


@dataclass(frozen=True)
class Segment:
    text: str
    mark: Mark = Mark.keep


@dataclass(frozen=True)
class RevisedParagraph:
    number: int
    heading_level: int
    segments: tuple[Segment, ...]
    # "#12 Nguyễn Văn A" for every amendment applied to this paragraph, and those that could not be.
    applied: tuple[str, ...] = ()
    not_applied: tuple[str, ...] = ()

    @property
    def text(self) -> str:
        """The revised text (inserted and kept segments)."""
        return "".join(s.text for s in self.segments if s.mark is not Mark.deleted)


def _label(comment: Comment) -> str:
    return f"#{comment.seq} {speaker_label(comment)}"


def _applies_to(comment: Comment, paragraph: Paragraph) -> bool:
    source = comment.paragraph
    return (
        comment.kind is CommentKind.amend
        and comment.handling is Handling.accepted
        and source is not None
        and source.stable_id == paragraph.stable_id
        and source.text == paragraph.text
    )


def revise_paragraph(paragraph: Paragraph, amendments: list[Comment]) -> RevisedParagraph:
    text = paragraph.text
    applied: list[Comment] = []
    skipped: list[Comment] = []
    whole = [c for c in amendments if c.span_start is None]
    if whole:
        applied, skipped = [whole[0]], [c for c in amendments if c is not whole[0]]
        # The speaker rewords the item, not its place in the list: "a) " stays unless the
        # proposal brings its own label.
        label = "" if list_label(whole[0].proposed) else list_label(text)
        segments = [Segment(label), Segment(text[len(label):], Mark.deleted),
                    Segment(whole[0].proposed, Mark.inserted)]
    else:
        segments = []
        position = 0
        for comment in sorted(amendments, key=lambda c: (c.span_start or 0, c.seq)):
            start, end = comment.span_start or 0, comment.span_end or 0
            if start < position or text[start:end] != comment.quoted:
                skipped.append(comment)
                continue
            segments += [Segment(text[position:start]), Segment(text[start:end], Mark.deleted),
                         Segment(comment.proposed, Mark.inserted)]
            applied.append(comment)
            position = end
        segments.append(Segment(text[position:]))
    return RevisedParagraph(
        number=paragraph.number,
        heading_level=paragraph.heading_level,
        segments=tuple(s for s in segments if s.text),
        applied=tuple(_label(c) for c in sorted(applied, key=lambda c: c.seq)),
        not_applied=tuple(_label(c) for c in sorted(skipped, key=lambda c: c.seq)),
    )


def revise(version: DraftVersion, comments: Iterable[Comment]) -> list[RevisedParagraph]:
    """Every paragraph of `version`, with the accepted amendments that apply to it."""
    comments = sorted(comments, key=lambda c: c.seq)
    return [
        revise_paragraph(paragraph, [c for c in comments if _applies_to(c, paragraph)])
        for paragraph in version.paragraphs
    ]
