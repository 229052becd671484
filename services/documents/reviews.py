"""The reviews as the minutes tell them (steps 4 and 5), read from the drafts tables: the
collective's draft report, self-score and proposed level; each member's self-review, self-score,
self-rating and summary; and the comments on each, through the drafts' own digest.

Read-only: unlike the review pages' helpers (which create the collective draft or a missing
member's turn on first use) nothing here adds a row, so a document never changes the meeting.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.enums import DraftKind, Level
from models.review import Draft, IndividualReview
from services.common.labels import handling_name
from services.meeting.assessments import SubjectAssessment, assessment_of, self_score_text
from services.meeting.setup import member_detail
from services.review.drafts.digest import CommentsDigest, DigestComment, build_digest
from services.review.reviews import collective_assessment, reviewed_members

COLLECTIVE_SUBJECT = "Báo cáo kiểm điểm tập thể"


@dataclass(frozen=True)
class ReviewRecord:
    """One review as the minutes tell it: whose (the collective's report, or a member with
    position), what was read (`summary`, one line each), the self-score and the self-rating
    (`rating_word` names it: a member's "tự xếp loại", the collective's "đề xuất xếp loại"), the
    comments, and whether the review was finished at the meeting; `meeting_score`: the score
    the meeting accepted instead of the self-score, with its reason (QĐ 366), else ""."""

    subject: str
    summary: tuple[str, ...] = ()
    self_score: str = ""  # as read: "25/30 + 60/70 = 85/100", or "84 điểm"
    self_rating: Level | None = None
    comments: tuple[DigestComment, ...] = ()
    rating_word: str = "tự xếp loại"
    done: bool = True
    meeting_score: str = ""


def meeting_score_text(assessment: SubjectAssessment) -> str:
    """"26/30 + 60/70 = 86/100 (lý do: …)" when the meeting changed the self-score, else ""."""
    if not assessment.changed or assessment.accepted is None:
        return ""
    return f"{assessment.accepted.text} (lý do: {assessment.change_reason})"


def _comments(digest: CommentsDigest | None) -> tuple[DigestComment, ...]:
    """The draft's comments in the digest's reading order (the draft as a whole first, then by
    paragraph)."""
    if digest is None:
        return ()
    return tuple(comment for section in digest.sections for comment in section.comments)


def _version_title(draft: Draft) -> str:
    return draft.title + (f" (phiên bản {draft.versions[-1].number})" if draft.versions else "")


def _handling_summary(digest: CommentsDigest) -> str:
    """"Hội nghị góp ý 5 ý kiến: tiếp thu 3, chưa xử lý 2."."""
    counts = ", ".join(f"{handling_name(handling).lower()} {count}"
                       for handling, count in sorted(digest.handlings.items(),
                                                     key=lambda item: item[0] is None))
    return f"Hội nghị góp ý {digest.total} ý kiến: {counts}."


def collective_record(session: Session, meeting_id: int) -> ReviewRecord | None:
    """Step 4 as recorded, or None while nothing is (the minutes then leave lines to write in)."""
    draft = session.scalars(select(Draft).where(
        Draft.meeting_id == meeting_id, Draft.kind == DraftKind.collective).order_by(Draft.id)
    ).first()
    assessment = collective_assessment(session, meeting_id)
    score, level = self_score_text(assessment), assessment.self_level
    digest = build_digest(session, draft.id) if draft else None
    if not (draft and draft.versions) and not (digest and digest.total) and not score \
            and level is None:
        return None
    summary = (_handling_summary(digest),) if digest and digest.total else ()
    return ReviewRecord(
        subject=_version_title(draft) if draft and draft.versions else COLLECTIVE_SUBJECT,
        summary=summary, self_score=score, self_rating=level, comments=_comments(digest),
        rating_word="đề xuất xếp loại", meeting_score=meeting_score_text(assessment),
    )


def _lines(text: str) -> tuple[str, ...]:
    return tuple(line.strip() for line in text.splitlines() if line.strip())


def individual_records(session: Session, meeting_id: int) -> tuple[ReviewRecord, ...]:
    """Step 5 as recorded: the members whose turn has a summary, a self-review document or
    comments, or is marked done, in the order of the reviews."""
    reviewed = {m.id for m in reviewed_members(session, meeting_id)}
    turns: Sequence[IndividualReview] = session.scalars(select(IndividualReview).where(
        IndividualReview.meeting_id == meeting_id).order_by(IndividualReview.sort_order)).all()
    drafts = {d.member_id: d for d in session.scalars(select(Draft).where(
        Draft.meeting_id == meeting_id, Draft.kind == DraftKind.individual).order_by(Draft.id))}
    records = []
    for turn in turns:
        if turn.member_id not in reviewed:
            continue
        member = turn.member
        draft = drafts.get(member.id)
        digest = build_digest(session, draft.id) if draft else None
        read = draft is not None and bool(draft.versions)
        if not (turn.done or turn.summary.strip() or read or (digest and digest.total)):
            continue
        detail = member_detail(member)
        assessment = assessment_of(session, member_id=member.id)
        summary = _lines(turn.summary) + ((_version_title(draft) + ".",) if draft and read
                                          else ())
        records.append(ReviewRecord(
            subject=f"Đồng chí {member.full_name}" + (f", {detail}" if detail else ""),
            summary=summary,
            self_score=self_score_text(assessment), self_rating=member.self_rating,
            comments=_comments(digest), done=turn.done,
            meeting_score=meeting_score_text(assessment),
        ))
    return tuple(records)
