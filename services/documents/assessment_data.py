"""The QĐ 366 papers' data read from the database: each member's self-review form (Mẫu 2A / 2B /
2C), the collective's report (Mẫu 01), and the proposal list of a round. Read-only: nothing here
adds a row (the own unit is only read when it exists)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.enums import DraftKind, SubjectKind
from models.meeting import Meeting
from models.review import Draft, IndividualReview
from models.roster import Member
from services.ballot.reported import ReportedRound, stored_rounds
from services.common.labels import CONDITION_WORDS, LEVEL_NAMES
from services.documents.assessment_forms import (
    COLLECTIVE_SECTIONS,
    MEMBER_SECTIONS,
    AssessmentForm,
    FormScore,
)
from services.documents.kinds import DocumentKind
from services.documents.meeting_info import DocumentHeader, meeting_info
from services.documents.proposal_list import ProposalListData
from services.documents.signatures import signatories
from services.meeting.assessments import (
    CONDITION_NAMES,
    SubjectAssessment,
    assessment_of,
    assessments_of_meeting,
)
from services.meeting.setup import OWN_UNIT_CODE, period_words
from services.review.forms import COLLECTIVE_FORM, FORM_TITLES, ReviewForm, form_for_position
from services.review.reviews import reviewed_members

FORM_YEAR = 2025  # the forms are those of HD 43 (2025): "Mẫu 2A-HD KĐ.ĐG 2025"
MEMBER_TITLE = "Bản kiểm điểm cá nhân"
COLLECTIVE_TITLE = "Báo cáo kiểm điểm tập thể"


def _period(meeting: Meeting) -> str:
    words = period_words(meeting.review_year, meeting.period)
    return words[:1].upper() + words[1:]


def _body(session: Session, meeting_id: int, kind: DraftKind,
          member_id: int | None) -> tuple[tuple[int, str], ...]:
    """The latest version of the draft that was read (headings and paragraphs)."""
    query = select(Draft).where(Draft.meeting_id == meeting_id, Draft.kind == kind)
    if member_id is not None:
        query = query.where(Draft.member_id == member_id)
    draft = session.scalars(query.order_by(Draft.id)).first()
    if draft is None or not draft.versions:
        return ()
    return tuple((p.heading_level, p.text) for p in draft.versions[-1].paragraphs)


def _result(rounds: tuple[ReportedRound, ...], kind: SubjectKind,
            code: str) -> tuple[str, bool]:
    """(the level the vote proposed, with the engine's explanation when lowered; whether the
    round is still open), from the latest round rating the subject."""
    for reported in reversed(rounds):
        if reported.kind is not kind or code not in {s.subject_id
                                                     for s in reported.result.subjects}:
            continue
        subject = reported.result.subject(code)
        draft = reported.lock is None
        if subject.level is None:
            return "chưa đủ quá bán", draft
        text = LEVEL_NAMES[subject.level]
        if subject.vote_level is not None and subject.level is not subject.vote_level:
            text += f" ({subject.reason})"
        return text, draft
    return "", True


def _score(assessment: SubjectAssessment, proposed: str) -> FormScore:
    accepted = assessment.accepted if assessment.changed else None
    return FormScore(
        self_general=assessment.self_general, self_tasks=assessment.self_tasks,
        accepted_general=accepted.general if accepted else assessment.self_general,
        accepted_tasks=accepted.tasks if accepted else assessment.self_tasks,
        change_reason=assessment.change_reason,
        conditions=tuple((CONDITION_WORDS[name], getattr(assessment.conditions, name))
                         for name in CONDITION_NAMES),
        self_level=assessment.self_level, proposed=proposed)


def member_form_of(member: Member, chosen: str | None) -> ReviewForm:
    """The form chosen for the member at the reviews, else the one the position points to."""
    return ReviewForm(chosen) if chosen else form_for_position(member.position)


def build_member_forms(session: Session, meeting_id: int,
                       member_id: int | None = None) -> tuple[AssessmentForm, ...]:
    """The self-review form of the member (None: of every member reviewed, in review order)."""
    meeting = session.get_one(Meeting, meeting_id)
    info = meeting_info(session, meeting_id)
    rounds = stored_rounds(session, meeting_id, skip_refused=True)
    turns = {t.member_id: t for t in session.scalars(select(IndividualReview).where(
        IndividualReview.meeting_id == meeting_id))}
    members = [m for m in reviewed_members(session, meeting_id)
               if member_id is None or m.id == member_id]
    if member_id is not None and not members:
        members = [session.get_one(Member, member_id)]
    members.sort(key=lambda m: turns[m.id].sort_order if m.id in turns else 0)
    forms = []
    for member in members:
        turn = turns.get(member.id)
        form = member_form_of(member, turn.form if turn else None)
        body = _body(session, meeting_id, DraftKind.individual, member.id) or tuple(
            (0, line.strip()) for line in (turn.summary if turn else "").splitlines()
            if line.strip())
        cell = member.organisation.name if member.organisation else ""
        identity = [f"Họ và tên: {member.full_name}"]
        if member.position:
            identity.append(f"Chức vụ: {member.position}")
        identity.append(f"Chi bộ: {cell or meeting.body}")
        proposed, draft = _result(rounds, SubjectKind.member, member.code)
        forms.append(AssessmentForm(
            header=DocumentHeader(superior=meeting.party_unit.name, issuer=cell or meeting.body,
                                  body_kind=meeting.body_kind, place=meeting.place,
                                  date=meeting.date),
            code=form.value, year=FORM_YEAR, kind=None, title=MEMBER_TITLE,
            purpose=FORM_TITLES[form], period=_period(meeting), identity=tuple(identity),
            body=body, sections=MEMBER_SECTIONS,
            score=_score(assessment_of(session, member_id=member.id), proposed),
            signatories=tuple(signatories(DocumentKind.member_form, info, member.full_name)),
            draft=draft))
    return tuple(forms)


def build_collective_form(session: Session, meeting_id: int) -> AssessmentForm:
    """Mẫu 01: the collective's report as read, its score and conditions, its proposed level."""
    meeting = session.get_one(Meeting, meeting_id)
    info = meeting_info(session, meeting_id)
    unit = next((o for o in meeting.organisations if o.code == OWN_UNIT_CODE), None)
    assessment = (assessment_of(session, organisation_id=unit.id) if unit is not None
                  else SubjectAssessment(None, None, None))
    proposed, draft = _result(stored_rounds(session, meeting_id, skip_refused=True),
                              SubjectKind.organisation, OWN_UNIT_CODE)
    return AssessmentForm(
        header=info.header, code=COLLECTIVE_FORM, year=FORM_YEAR, kind="BC",
        title=COLLECTIVE_TITLE, purpose="", period=_period(meeting),
        identity=(f"Tập thể: {meeting.body or meeting.party_unit.name}",),
        body=_body(session, meeting_id, DraftKind.collective, None),
        sections=COLLECTIVE_SECTIONS, score=_score(assessment, proposed),
        signatories=tuple(signatories(DocumentKind.collective_form, info)), draft=draft)


def build_proposal_list(session: Session, meeting_id: int, round_code: str) -> ProposalListData:
    """The proposal list of the round (its latest revision); RefusedError while its counts do
    not add up."""
    meeting = session.get_one(Meeting, meeting_id)
    reported = next(r for r in stored_rounds(session, meeting_id)
                    if r.result.round.round_id == round_code)
    members, organisations = assessments_of_meeting(session, meeting_id)
    recorded = members if reported.kind is SubjectKind.member else organisations
    scores = {code: a.accepted for code, a in recorded.items() if a.accepted is not None}
    return ProposalListData(meeting_info(session, meeting_id),
                            period_words(meeting.review_year, meeting.period), reported, scores)
