"""The review steps' own records: the collective's self-assessment (step 4: the assessment of the
unit holding the meeting), each member's turn in the individual reviews (step 5), and the
speaking limit.

Functions take an open session; the caller commits one user action at a time.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.enums import Level
from models.meeting import Meeting
from models.review import DEFAULT_SPEAKING_LIMIT_SECONDS, CollectiveReview, IndividualReview
from models.roster import Member
from services.common.text import fold, name_sort_key
from services.meeting.assessments import SubjectAssessment, assessment_of, set_self_assessment
from services.meeting.rated import rated_members
from services.meeting.setup import own_unit, stored_own_unit
from services.review.drafts.errors import DraftError


def stored_collective_review(session: Session, meeting_id: int) -> CollectiveReview | None:
    """The meeting's collective review record, if one was written yet."""
    return session.scalars(
        select(CollectiveReview).where(CollectiveReview.meeting_id == meeting_id)
    ).first()


def shown_collective_review(session: Session, meeting_id: int) -> CollectiveReview:
    """The stored record, or an unsaved default one to show (nothing written on display)."""
    return stored_collective_review(session, meeting_id) or CollectiveReview(
        meeting_id=meeting_id, speaking_limit_seconds=DEFAULT_SPEAKING_LIMIT_SECONDS)


def collective_review(session: Session, meeting_id: int) -> CollectiveReview:
    """The meeting's collective review record, created on first use."""
    review = stored_collective_review(session, meeting_id)
    if review is None:
        review = CollectiveReview(meeting_id=meeting_id)
        session.add(review)
        session.flush()
    return review


def collective_assessment(session: Session, meeting_id: int) -> SubjectAssessment:
    """The collective's self-assessment and proposed level (nothing written to read it)."""
    unit = stored_own_unit(session.get_one(Meeting, meeting_id))
    if unit is None:
        return SubjectAssessment(None, None, None)
    return assessment_of(session, organisation_id=unit.id)


def set_collective_assessment(session: Session, meeting_id: int, general: int | None,
                              tasks: int | None, level: Level | None) -> None:
    """Record the collective's …/30 + …/70 and proposed level on the unit holding the meeting
    (created on first use); out of range: AssessmentError, nothing changed."""
    unit = own_unit(session.get_one(Meeting, meeting_id))
    session.flush()
    set_self_assessment(session, organisation_id=unit.id, general=general, tasks=tasks,
                        level=level)


def set_speaking_limit(review: CollectiveReview, seconds: int) -> None:
    if not 30 <= seconds <= 60 * 60:
        raise DraftError("Thời gian phát biểu phải từ 30 giây đến 60 phút.")
    review.speaking_limit_seconds = seconds


def regulation_rank(position: str) -> int:
    """Order of the individual reviews by position: the head (bí thư) 0, deputies (phó bí thư)
    1, committee members (… ủy viên, thường vụ) 2, other members 3."""
    folded = fold(position)
    if "pho bi thu" in folded:
        return 1
    if "bi thu" in folded:
        return 0
    if "uy vien" in folded or "thuong vu" in folded:
        return 2
    return 3


def reviewed_members(session: Session, meeting_id: int) -> list[Member]:
    """The members who review themselves at this meeting: those of the convened body who are
    rated (services/meeting/rated.py: official and probationary, not admitted less than 6 months
    before the meeting), in regulation order, then by name."""
    meeting = session.get_one(Meeting, meeting_id)
    members = session.scalars(select(Member).where(
        Member.meeting_id == meeting_id, Member.in_body.is_(True)))
    return sorted(rated_members(members, meeting.date),
                  key=lambda m: (regulation_rank(m.position), name_sort_key(m.full_name)))


def individual_reviews(session: Session, meeting_id: int) -> list[IndividualReview]:
    """The individual reviews in their order, adding any reviewed member still missing at the
    end of their rank's place (regulation order)."""
    existing = {r.member_id: r for r in session.scalars(
        select(IndividualReview).where(IndividualReview.meeting_id == meeting_id))}
    members = reviewed_members(session, meeting_id)
    if any(m.id not in existing for m in members):
        ordered = sorted(existing.values(), key=lambda r: r.sort_order)
        for member in members:
            if member.id not in existing:
                review = IndividualReview(meeting_id=meeting_id, member=member)
                session.add(review)
                existing[member.id] = review
                rank = regulation_rank(member.position)
                place = next((i for i, r in enumerate(ordered)
                              if regulation_rank(r.member.position) > rank), len(ordered))
                ordered.insert(place, review)
        for number, review in enumerate(ordered, 1):
            review.sort_order = number
        session.flush()
    # A member no longer reviewed (made exempt after the list was made) keeps his row, unshown.
    shown = {m.id for m in members}
    return sorted((r for r in existing.values() if r.member_id in shown),
                  key=lambda r: r.sort_order)


def move_review(session: Session, review: IndividualReview, delta: int) -> None:
    """Move a member up (delta < 0) or down in the order of the reviews."""
    reviews = individual_reviews(session, review.meeting_id)
    index = reviews.index(review)
    target = max(0, min(len(reviews) - 1, index + delta))
    if target == index:
        return
    reviews.insert(target, reviews.pop(index))
    for number, item in enumerate(reviews, 1):
        if item.sort_order != number:
            item.sort_order = number
    session.flush()

