"""The meeting at a glance: the step in hand, attendance, drafts and comments, the individual
reviews, the ballot rounds and their state, the documents produced. Read-only; one query set per
refresh, cheap enough to run after every change."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.meeting import Meeting
from models.review import Comment, Draft, DraftVersion, IndividualReview
from models.walkthrough import ProducedDocument
from services.ballot.stored import latest_rounds
from services.meeting.agenda import is_finished
from services.meeting.electorate import electorate_of
from services.review.reviews import reviewed_members


@dataclass(frozen=True)
class RoundStatus:
    code: str
    title: str
    revision: int
    locked: bool


@dataclass(frozen=True)
class MeetingStatus:
    step: int
    electorate: int  # as the attendance list gives it (services/meeting/electorate.py)
    present: int  # voters present
    unrecorded: int  # members of the body not yet marked
    drafts: int  # drafts with at least one version
    comments: int
    reviews_done: int
    reviews: int
    rounds: tuple[RoundStatus, ...]
    documents: int
    # Steps the chair left while something was still missing, with what it was.
    overridden: tuple[tuple[int, str], ...] = ()
    finished: bool = False  # closed at its last step (services/meeting/agenda.py)


def meeting_status(session: Session, meeting_id: int) -> MeetingStatus:
    meeting = session.get_one(Meeting, meeting_id)
    electorate = electorate_of(session, meeting_id)
    drafts = session.scalar(select(func.count(func.distinct(Draft.id))).join(DraftVersion)
                            .where(Draft.meeting_id == meeting_id)) or 0
    comments = session.scalar(select(func.count(Comment.id))
                              .where(Comment.meeting_id == meeting_id)) or 0
    done = session.scalar(select(func.count(IndividualReview.id)).where(
        IndividualReview.meeting_id == meeting_id, IndividualReview.done.is_(True))) or 0
    documents = session.scalar(select(func.count(ProducedDocument.id))
                               .where(ProducedDocument.meeting_id == meeting_id)) or 0
    rounds = tuple(RoundStatus(r.code, r.title, r.revision, r.locked)
                   for r in latest_rounds(meeting))
    return MeetingStatus(
        step=meeting.current_step, electorate=electorate.electorate, present=electorate.present,
        unrecorded=electorate.unrecorded,
        drafts=drafts, comments=comments, reviews_done=done,
        reviews=len(reviewed_members(session, meeting_id)), rounds=rounds, documents=documents,
        overridden=tuple((step.number, step.overridden_missing) for step in meeting.steps
                         if step.overridden_missing),
        finished=is_finished(meeting),
    )


def record_document(session: Session, meeting_id: int, kind: str, path: str) -> None:
    """Note that a document of `kind` was written to `path` (counted in the status)."""
    session.add(ProducedDocument(meeting_id=meeting_id, kind=kind, path=path,
                                 produced_at=dt.datetime.now(dt.UTC).replace(tzinfo=None)))
