"""A stored ballot round as the rules engine sees it: its input (counts and its own electorate
snapshot) and its result under the settings recorded with it. Every figure shown or printed about
a stored round is computed here, from the same counts, the same way.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from types import MappingProxyType

from sqlalchemy import select
from sqlalchemy.orm import object_session, selectinload

from models.ballot import BallotRound
from models.enums import Level, SubjectKind
from models.meeting import Meeting
from models.roster import Member, Organisation
from services.meeting.assessments import recorded_assessment
from services.rules.engine import compute_round
from services.rules.stored import stored_settings
from services.rules.types import (
    Conditions,
    InvalidBallotReason,
    RoundInput,
    RoundResult,
    SubjectAssessment,
    SubjectCounts,
)

ROUND_TITLES = {SubjectKind.member: "Xếp loại đảng viên",
                SubjectKind.organisation: "Xếp loại tổ chức đảng"}


def latest_round(meeting: Meeting, code: str) -> BallotRound | None:
    revisions = [r for r in meeting.rounds if r.code == code]
    return max(revisions, key=lambda r: r.revision) if revisions else None


def latest_rounds(meeting: Meeting) -> list[BallotRound]:
    """The latest revision of each of the meeting's rounds, in the agenda's order."""
    newest: dict[str, BallotRound] = {}
    for round_ in meeting.rounds:
        if round_.code not in newest or round_.revision > newest[round_.code].revision:
            newest[round_.code] = round_
    return sorted(newest.values(), key=lambda r: (r.sort_order, r.code))


def subject_counts(code: str, votes: Mapping[Level, int], invalid_rows: int,
                   rating: Level | None, assessment: SubjectAssessment | None,
                   name: str) -> SubjectCounts:
    """A subject's counts with what the rules read beside them: the self-rating, the score the
    meeting accepts and the conditions (the meeting file and the stored rounds alike), and the
    name the warnings say."""
    return SubjectCounts(code, MappingProxyType(dict(votes)), invalid_rows, rating,
                         assessment.total if assessment else None,
                         assessment.conditions if assessment else Conditions(), name)


def _roster(stored: BallotRound) -> Sequence[Member | Organisation]:
    """The round's roster with each one's assessment, in one query each (not one per
    subject: 2,000 of them made a result take seconds)."""
    session = object_session(stored)
    members = stored.subject_kind is SubjectKind.member
    if session is None:  # a round not in a session (built in memory): as it is
        return stored.meeting.members if members else stored.meeting.organisations
    if members:
        return session.scalars(select(Member).where(Member.meeting_id == stored.meeting_id)
                               .options(selectinload(Member.assessment))).all()
    return session.scalars(select(Organisation).where(
        Organisation.meeting_id == stored.meeting_id)
        .options(selectinload(Organisation.assessment))).all()


def round_input(stored: BallotRound) -> RoundInput:
    """The rules engine's input for a stored round (its own electorate snapshot)."""
    meeting = stored.meeting
    # By row id, not through each subject's member (a query per subject once it is forgotten).
    selves = {s.id: (s.code, s.self_rating, recorded_assessment(s),
                     s.full_name if isinstance(s, Member) else s.name) for s in _roster(stored)}
    subjects = []
    members = stored.subject_kind is SubjectKind.member
    for subject in stored.subjects:
        row_id = subject.member_id if members else subject.organisation_id
        assert row_id is not None, "a stored subject is a row of the roster"
        code, rating, assessment, name = selves[row_id]
        subjects.append(subject_counts(code, subject.votes, subject.invalid_rows,
                                       rating, assessment, name))
    return RoundInput(
        round_id=stored.code, subject_kind=stored.subject_kind, ballots_issued=stored.issued,
        ballots_returned=stored.returned, ballots_invalid=stored.invalid,
        subjects=tuple(subjects), electorate_convened=stored.electorate_convened,
        electorate_present=stored.electorate_present, body_kind=meeting.body_kind,
        invalid_reasons={InvalidBallotReason(k): v for k, v in stored.invalid_reasons.items()},
    )


def stored_round_result(stored: BallotRound) -> RoundResult:
    """The result of a stored round under the settings recorded with it (recomputable as it
    was); raises RefusedError while its counts do not add up."""
    settings = stored_settings(stored.rules, stored.meeting.review_year)
    return compute_round(round_input(stored), settings)
