"""A meeting file into the database and back (shared/spec/meeting-file.md), without loss.

`import_meeting` creates a new meeting (unit, roster, roles, agenda, rounds) in one transaction:
a refused file changes nothing. `import_rounds` brings a file's counts into an existing meeting
and is refused for a locked round. `export_meeting` writes the same format back.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.ballot import BallotRound, LockedRoundError, RoundSubject
from models.database import Database
from models.enums import RoleKind, StepState, SubjectKind
from models.meeting import AgendaStep, Attendance, Meeting, PartyUnit, RoleAssignment
from models.roster import Member, Organisation
from services.ballot.stored import ROUND_TITLES, latest_round, round_input
from services.meeting.assessments import recorded_assessment, store_assessment
from services.meeting.electorate import recorded_figures
from services.meeting_file.format import (
    MeetingFile,
    MeetingInfo,
    MemberEntry,
    OrganisationEntry,
    derived_in_body,
    load_meeting_file,
    meeting_file_json,
)
from services.rules.stored import rules_json, stored_settings
from services.rules.types import (
    Problem,
    RefusedError,
    RoundInput,
)

AGENDA_STEPS = 9


def import_meeting(db: Database, path: Path, actor: str = "system", *,
                   with_rounds: bool = True) -> int:
    """Create a new meeting from the meeting file at `path`; return its id. Without
    `with_rounds` the file's rounds are left out (the demo meeting: its rounds open after its
    roll call, services/ballot/roll_call.py).

    Raises RefusedError (nothing written) when the file is refused.
    """
    meeting_file = load_meeting_file(Path(path))
    if not with_rounds:
        meeting_file = replace(meeting_file, rounds=())
    with db.session(actor) as session, session.begin():
        meeting = _new_meeting(session, meeting_file)
        session.flush()
        return meeting.id


def import_rounds(db: Database, meeting_id: int, path: Path, actor: str = "system") -> list[str]:
    """Bring the rounds of the file at `path` into an existing meeting; return their codes.

    Subjects are matched by code with the meeting's roster. A round of the same code is
    updated in place when open, refused when locked (its counts are final); nothing changes
    unless every round can be taken.
    """
    meeting_file = load_meeting_file(Path(path))
    with db.session(actor) as session, session.begin():
        meeting = _meeting(session, meeting_id)
        members = {m.code: m for m in meeting.members}
        organisations = {o.code: o for o in meeting.organisations}
        problems: list[Problem] = []
        for round_ in meeting_file.rounds:
            roster: dict[str, Any] = (members if round_.subject_kind is SubjectKind.member
                                      else organisations)
            problems += [Problem(f"{round_.round_id} / {s.subject_id}",
                                 "không có trong danh sách của hội nghị (not on the roster)")
                         for s in round_.subjects if s.subject_id not in roster]
            current = latest_round(meeting, round_.round_id)
            if current is not None and current.locked:
                problems.append(Problem(round_.round_id, "vòng đã khóa (ký biên bản): số phiếu "
                                        "không thể thay đổi (round is locked)"))
        if problems:
            raise RefusedError(problems)
        rules = rules_json(meeting_file.rules)
        for order, round_ in enumerate(meeting_file.rounds):
            current = latest_round(meeting, round_.round_id)
            if current is None:
                current = BallotRound(code=round_.round_id, sort_order=len(meeting.rounds) + order)
                meeting.rounds.append(current)
            try:
                _fill_round(current, round_, rules, members, organisations)
                session.flush()
            except LockedRoundError as error:
                raise RefusedError([Problem(round_.round_id, str(error))]) from None
        return [round_.round_id for round_ in meeting_file.rounds]


def export_meeting(db: Database, meeting_id: int) -> dict[str, Any]:
    """The meeting as a meeting-file JSON object (the latest revision of each round)."""
    with db.session() as session:
        return meeting_file_json(stored_meeting_file(_meeting(session, meeting_id)))


def _meeting(session: Session, meeting_id: int) -> Meeting:
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        raise RefusedError([Problem("", f"không có hội nghị số {meeting_id} "
                                    f"(no meeting with id {meeting_id})")])
    return meeting


def _party_unit(session: Session, name: str, superior: str) -> PartyUnit:
    found = session.scalars(select(PartyUnit).where(PartyUnit.name == name,
                                                    PartyUnit.superior == superior)).first()
    return found or PartyUnit(name=name, superior=superior)


def _new_meeting(session: Session, meeting_file: MeetingFile) -> Meeting:
    info = meeting_file.meeting
    meeting = Meeting(
        party_unit=_party_unit(session, info.party_unit, info.superior), title=info.title,
        body=info.body, body_kind=info.body_kind, review_year=info.review_year,
        period=info.period, date=info.date,
        standing_committee_signs=info.standing_committee_signs,
        place=info.place, venue=info.venue, rule_profile=meeting_file.rules.profile,
        rules=rules_json(meeting_file.rules), declared_convened=meeting_file.convened,
        declared_present=meeting_file.present, current_step=1,
    )
    session.add(meeting)
    organisations = {}
    for order, org in enumerate(meeting_file.organisations):
        organisations[org.code] = Organisation(code=org.code, name=org.name,
                                               self_rating=org.self_rating, sort_order=order)
        if org.assessment is not None:
            store_assessment(organisations[org.code], org.assessment)
        meeting.organisations.append(organisations[org.code])
    members = {}
    for entry in meeting_file.members:
        in_body = (entry.in_body if entry.in_body is not None
                   else derived_in_body(info.body_kind, entry.position))
        members[entry.code] = Member(
            code=entry.code, full_name=entry.name, status=entry.status, position=entry.position,
            organisation=organisations.get(entry.organisation or ""),
            self_rating=entry.self_rating, in_body=in_body, admitted_on=entry.admitted,
        )
        if entry.assessment is not None:
            store_assessment(members[entry.code], entry.assessment)
        meeting.members.append(members[entry.code])
        if entry.attendance is not None:
            meeting.attendance.append(Attendance(member=members[entry.code],
                                                 status=entry.attendance,
                                                 reason=entry.attendance_reason))
    roles = [(RoleKind.chair, info.chair), (RoleKind.secretary, info.secretary)]
    roles += [(RoleKind.teller, code) for code in info.tellers]
    for rank, (role, code) in enumerate(roles):
        if code is not None:
            member = members[code]
            meeting.roles.append(RoleAssignment(
                role=role, member=member, name=member.full_name, rank=rank,
                is_head=role is RoleKind.teller and code == info.tellers[0],
            ))
    for number in range(1, AGENDA_STEPS + 1):
        meeting.steps.append(AgendaStep(
            number=number, state=StepState.current if number == 1 else StepState.pending))
    rules = rules_json(meeting_file.rules)
    for order, round_ in enumerate(meeting_file.rounds):
        stored = BallotRound(code=round_.round_id, sort_order=order)
        meeting.rounds.append(stored)
        _fill_round(stored, round_, rules, members, organisations)
    return meeting


def _fill_round(stored: BallotRound, round_: RoundInput, rules: dict[str, Any],
                members: dict[str, Member], organisations: dict[str, Organisation]) -> None:
    """Set a stored round's reconciliation, settings and subjects from a file's round."""
    stored.subject_kind = round_.subject_kind
    stored.title = stored.title or ROUND_TITLES[round_.subject_kind]
    stored.rules = rules
    stored.issued = round_.ballots_issued
    stored.returned = round_.ballots_returned
    stored.invalid = round_.ballots_invalid
    stored.invalid_reasons = {reason.value: count
                              for reason, count in round_.invalid_reasons.items()}
    stored.electorate_convened = round_.electorate_convened
    stored.electorate_present = round_.electorate_present
    existing = {subject.code: subject for subject in stored.subjects}
    keep = []
    for order, counts in enumerate(round_.subjects):
        subject = existing.get(counts.subject_id) or RoundSubject(
            member=members.get(counts.subject_id) if round_.subject_kind is SubjectKind.member
            else None,
            organisation=organisations.get(counts.subject_id)
            if round_.subject_kind is SubjectKind.organisation else None,
        )
        subject.sort_order = order
        subject.set_votes(dict(counts.votes))
        subject.invalid_rows = counts.invalid_rows
        keep.append(subject)
    stored.subjects[:] = keep


def stored_meeting_file(meeting: Meeting) -> MeetingFile:
    """The typed meeting file of a stored meeting (what `export_meeting` writes)."""
    codes = {member.id: member.code for member in meeting.members}
    roles = {kind: [r for r in meeting.roles if r.role is kind] for kind in RoleKind}

    def holder(kind: RoleKind) -> str | None:
        held = [codes.get(r.member_id) for r in roles[kind] if r.member_id is not None]
        return held[0] if held else None

    tellers = sorted(roles[RoleKind.teller], key=lambda r: (not r.is_head, r.rank))
    info = MeetingInfo(
        title=meeting.title, body=meeting.body, body_kind=meeting.body_kind,
        party_unit=meeting.party_unit.name, superior=meeting.party_unit.superior,
        review_year=meeting.review_year, period=meeting.period, date=meeting.date,
        standing_committee_signs=meeting.standing_committee_signs, place=meeting.place,
        venue=meeting.venue, chair=holder(RoleKind.chair), secretary=holder(RoleKind.secretary),
        tellers=tuple(codes[r.member_id] for r in tellers if r.member_id in codes),
    )
    members = tuple(MemberEntry(
        code=m.code, name=m.full_name, status=m.status, position=m.position,
        organisation=m.organisation.code if m.organisation else None, self_rating=m.self_rating,
        in_body=m.in_body, admitted=m.admitted_on, assessment=recorded_assessment(m),
        attendance=m.attendance.status if m.attendance else None,
        attendance_reason=m.attendance.reason if m.attendance else "",
    ) for m in meeting.members)
    organisations = tuple(OrganisationEntry(o.code, o.name, o.self_rating,
                                            recorded_assessment(o))
                          for o in meeting.organisations)
    convened, present = recorded_figures(meeting)
    latest = [r for r in meeting.rounds if latest_round(meeting, r.code) is r]
    return MeetingFile(
        meeting=info, rules=stored_settings(meeting.rules, meeting.review_year),
        members=members, organisations=organisations, convened=convened, present=present,
        rounds=tuple(round_input(r) for r in latest),
    )
