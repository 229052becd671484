"""The cell holding the meeting as the subject of its own vote (step 7 at a cell meeting).

rules.md step 7: a cell votes on its own level, a committee on its cells' levels. The cell itself
is stored as an ordinary `Organisation` row of the meeting with the reserved code `OWN_UNIT_CODE`,
created when its first round opens, so that the rules engine, the documents, the meeting file
and the room screen treat it like any cell. Its self-rating, shown beside the result, is the
collective review's proposed level (step 4), or the band of its self-score when no level was
proposed; it is brought up to date each time a round on it opens.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.enums import BodyKind, Level
from models.meeting import Meeting
from models.review import CollectiveReview
from models.roster import Organisation
from services.meeting.setup import OWN_UNIT_CODE
from services.review.reviews import score_band, total_score


def is_own_unit(organisation: Organisation) -> bool:
    return organisation.code == OWN_UNIT_CODE


def collective_self_rating(session: Session, meeting_id: int) -> Level | None:
    """The collective's proposed level, or its self-score's band, or None (not given yet)."""
    review = session.scalars(select(CollectiveReview)
                             .where(CollectiveReview.meeting_id == meeting_id)).first()
    if review is None:
        return None
    total = total_score(review)
    return review.proposed_level or (score_band(total) if total is not None else None)


def own_unit(session: Session, meeting: Meeting) -> Organisation:
    """The row standing for the unit holding the meeting, created on first use, its
    self-rating taken from the collective review."""
    unit = _stored_own_unit(meeting)
    if unit is None:
        unit = Organisation(code=OWN_UNIT_CODE, name=meeting.body or meeting.party_unit.name,
                            sort_order=len(meeting.organisations))
        meeting.organisations.append(unit)
    rating = collective_self_rating(session, meeting.id)
    if unit.self_rating != rating:
        unit.self_rating = rating
    return unit


def _stored_own_unit(meeting: Meeting) -> Organisation | None:
    return next((o for o in meeting.organisations if is_own_unit(o)), None)


def rated_organisation_names(meeting: Meeting) -> list[str]:
    """The names a round on organisations will list, read without writing (the blank ballot
    printed before the round opens)."""
    if meeting.body_kind is BodyKind.chi_bo:
        unit = _stored_own_unit(meeting)
        return [unit.name if unit is not None else meeting.body or meeting.party_unit.name]
    return [o.name for o in meeting.organisations if not is_own_unit(o)]


def rated_organisations(session: Session, meeting: Meeting) -> list[Organisation]:
    """The subjects of a round on organisations: the cell itself at a cell meeting, the
    subordinate cells at a committee meeting."""
    if meeting.body_kind is BodyKind.chi_bo:
        return [own_unit(session, meeting)]
    return [o for o in meeting.organisations if not is_own_unit(o)]

