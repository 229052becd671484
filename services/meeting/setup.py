"""Setting a meeting up: its details (unit, body, year, date, place, venue) and its roster.

Each function is one user action inside the caller's transaction; every change goes through ORM
objects so that the audit log records it. Bad input raises `SetupError` with a message naming
the problem, before anything is changed.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, fields

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from models.ballot import RoundSubject
from models.enums import BodyKind, Level, MemberStatus, Period
from models.meeting import Meeting, PartyUnit
from models.roster import Member, Organisation
from services.common.errors import Refusal
from services.common.text import name_sort_key, nfc
from services.meeting.agenda import ensure_agenda
from services.meeting.assessments import record_self_total, self_total

# The reserved id of the meeting's own cell when it is rated as a subject (rules.md step 7).
OWN_UNIT_CODE = "tap-the"


def is_own_unit(organisation: Organisation) -> bool:
    return organisation.code == OWN_UNIT_CODE


def own_unit(meeting: Meeting) -> Organisation:
    """The row standing for the unit holding the meeting, created on first use."""
    unit = stored_own_unit(meeting)
    if unit is None:
        unit = Organisation(code=OWN_UNIT_CODE, name=meeting.body or meeting.party_unit.name,
                            sort_order=len(meeting.organisations))
        meeting.organisations.append(unit)
    return unit


def stored_own_unit(meeting: Meeting) -> Organisation | None:
    return next((o for o in meeting.organisations if is_own_unit(o)), None)


MIN_YEAR, MAX_YEAR = 2000, 2100


class SetupError(Refusal):
    """Input the meeting set-up refuses, with a message saying what is wrong."""


@dataclass(frozen=True)
class MeetingDetails:
    """What the set-up page edits about the meeting and its party unit."""

    unit: str
    superior: str
    title: str
    body: str
    body_kind: BodyKind
    review_year: int
    date: dt.date | None
    place: str
    venue: str
    period: Period = Period.year
    # A committee's standing committee signs its papers (a cell has none: always False there).
    standing_committee_signs: bool = False


@dataclass(frozen=True)
class MemberData:
    """One roster entry as the member dialog and the roster import give it."""

    code: str
    full_name: str
    status: MemberStatus = MemberStatus.official
    position: str = ""
    organisation_id: int | None = None
    self_score: int | None = None  # one figure (the subject's assessment: self_total)
    self_rating: Level | None = None
    in_body: bool = True
    admitted_on: dt.date | None = None  # admission to the Party (services/meeting/rated.py)


QUARTER_NUMERALS = {Period.Q1: "I", Period.Q2: "II", Period.Q3: "III", Period.Q4: "IV"}


def period_words(year: int, period: Period = Period.year) -> str:
    """What a meeting reviews, as titles and papers say it: "năm 2025", "quý III năm 2025"."""
    if period is Period.year:
        return f"năm {year}"
    return f"quý {QUARTER_NUMERALS[period]} năm {year}"


def default_title(year: int, period: Period = Period.year) -> str:
    return ("Hội nghị kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng và đảng viên "
            + period_words(year, period))


def create_meeting(session: Session, unit: str, review_year: int) -> Meeting:
    """A new, empty meeting of a new party unit, with its nine agenda steps."""
    _check_year(review_year)
    party_unit = PartyUnit(name=nfc(unit.strip()), superior="")
    meeting = Meeting(party_unit=party_unit, review_year=review_year,
                      title=default_title(review_year), body=party_unit.name,
                      body_kind=BodyKind.chi_bo, current_step=1, rules={})
    session.add(meeting)
    session.flush()
    ensure_agenda(session, meeting)
    return meeting


def meeting_details(meeting: Meeting) -> MeetingDetails:
    return MeetingDetails(
        unit=meeting.party_unit.name, superior=meeting.party_unit.superior, title=meeting.title,
        body=meeting.body, body_kind=meeting.body_kind, review_year=meeting.review_year,
        date=meeting.date, place=meeting.place, venue=meeting.venue, period=meeting.period,
        standing_committee_signs=meeting.standing_committee_signs,
    )


def _check_year(year: int) -> None:
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise SetupError(f"Năm đánh giá {year} không hợp lệ (từ {MIN_YEAR} đến {MAX_YEAR}).")


def save_meeting_details(session: Session, meeting_id: int, details: MeetingDetails) -> None:
    """Write the details; only the fields that differ are changed (and audited)."""
    meeting = _meeting(session, meeting_id)
    _check_year(details.review_year)
    if not details.unit.strip():
        raise SetupError("Tên tổ chức đảng không được để trống.")
    clean = {f.name: _clean(getattr(details, f.name)) for f in fields(MeetingDetails)}
    if clean["title"] == meeting.title == default_title(meeting.review_year, meeting.period):
        # the title the app wrote follows the year and the period; one the chair wrote stays
        clean["title"] = default_title(details.review_year, details.period)
    clean["standing_committee_signs"] = (details.standing_committee_signs
                                         and details.body_kind is BodyKind.dang_uy)
    if clean["body"] == meeting.body == meeting.party_unit.name:
        # the convened body the app wrote (the unit's name: a cell meets as itself) follows
        # the unit's name; a newcomer's cell met as "Chi bộ mới" on every paper
        clean["body"] = clean["unit"]
    for key in ("unit", "superior"):
        target = "name" if key == "unit" else key
        if getattr(meeting.party_unit, target) != clean[key]:
            setattr(meeting.party_unit, target, clean[key])
    for key, value in clean.items():
        if key not in ("unit", "superior") and getattr(meeting, key) != value:
            setattr(meeting, key, value)


def _clean(value: object) -> object:
    return nfc(value.strip()) if isinstance(value, str) else value


def _meeting(session: Session, meeting_id: int) -> Meeting:
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        raise SetupError(f"Không có hội nghị #{meeting_id}.")
    return meeting


def check_member(data: MemberData) -> MemberData:
    """The entry cleaned (NFC, trimmed), or SetupError naming what is wrong."""
    name = " ".join(nfc(data.full_name).split())
    code = nfc(data.code.strip())
    if not name:
        raise SetupError("Họ và tên không được để trống.")
    if not code:
        raise SetupError(f"{name}: mã đảng viên không được để trống.")
    if data.self_score is not None and not 0 <= data.self_score <= 100:
        raise SetupError(f"{name}: điểm tự chấm {data.self_score} phải từ 0 đến 100.")
    return MemberData(code=code, full_name=name, status=data.status,
                      position=" ".join(nfc(data.position).split()),
                      organisation_id=data.organisation_id, self_score=data.self_score,
                      self_rating=data.self_rating, in_body=data.in_body,
                      admitted_on=data.admitted_on)


def _check_unique_code(session: Session, meeting_id: int, code: str,
                       member_id: int | None) -> None:
    other = session.scalar(select(Member.id).where(Member.meeting_id == meeting_id,
                                                   Member.code == code))
    if other is not None and other != member_id:
        raise SetupError(f"Mã đảng viên “{code}” đã có trong danh sách.")


def _check_organisation(session: Session, meeting_id: int, organisation_id: int | None) -> None:
    if organisation_id is None:
        return
    org = session.get(Organisation, organisation_id)
    if org is None or org.meeting_id != meeting_id:
        raise SetupError(f"Chi bộ #{organisation_id} không thuộc hội nghị này.")


def _write(member: Member, data: MemberData) -> None:
    for f in fields(MemberData):
        value = getattr(data, f.name)
        if f.name == "self_score":
            record_self_total(member, value)
        elif getattr(member, f.name) != value:
            setattr(member, f.name, value)


def add_member(session: Session, meeting_id: int, data: MemberData) -> Member:
    _meeting(session, meeting_id)
    clean = check_member(data)
    _check_unique_code(session, meeting_id, clean.code, None)
    _check_organisation(session, meeting_id, clean.organisation_id)
    member = Member(meeting_id=meeting_id, code=clean.code, full_name=clean.full_name)
    _write(member, clean)
    session.add(member)
    session.flush()
    return member


def update_member(session: Session, meeting_id: int, member_id: int, data: MemberData) -> None:
    member = session.get(Member, member_id)
    if member is None or member.meeting_id != meeting_id:
        raise SetupError(f"Không có đảng viên #{member_id} trong hội nghị này.")
    clean = check_member(data)
    _check_unique_code(session, meeting_id, clean.code, member_id)
    _check_organisation(session, meeting_id, clean.organisation_id)
    _write(member, clean)


def remove_member(session: Session, meeting_id: int, member_id: int) -> None:
    """Remove a member from the roster; the attendance mark goes too, roles lose the link."""
    member = session.get(Member, member_id)
    if member is None or member.meeting_id != meeting_id:
        raise SetupError(f"Không có đảng viên #{member_id} trong hội nghị này.")
    rounds = sorted({subject.round.title or subject.round.code for subject in session.scalars(
        select(RoundSubject).where(RoundSubject.member_id == member_id))})
    if rounds:
        raise SetupError(f"Không xóa được {member.full_name}: đã có trong vòng biểu quyết "
                         f"“{'”, “'.join(rounds)}” (số phiếu của vòng phải giữ nguyên).")
    for role in list(member.roles):
        role.name = role.name or member.full_name
        role.member = None
    session.delete(member)


def remove_members(session: Session, meeting_id: int, member_ids: list[int]) -> None:
    """Remove several members in one action: all of them, or (SetupError) none."""
    for member_id in member_ids:
        remove_member(session, meeting_id, member_id)
    session.flush()


def next_member_code(session: Session, meeting_id: int) -> str:
    """A free code in the style of the meeting file ("m68" after "m67")."""
    codes = session.scalars(select(Member.code).where(Member.meeting_id == meeting_id)).all()
    numbers = [int(m.group(1)) for c in codes if (m := re.fullmatch(r"m(\d+)", c))]
    return f"m{max(numbers, default=0) + 1:02d}"


def list_meetings(session: Session) -> list[tuple[int, str]]:
    """(id, label) of every meeting, newest review year first."""
    rows = session.execute(
        select(Meeting.id, Meeting.review_year, Meeting.body, PartyUnit.name)
        .join(PartyUnit).order_by(Meeting.review_year.desc(), Meeting.id.desc())
    ).all()
    return [(row.id, f"{row.review_year} · {row.body or row.name}") for row in rows]


def member_detail(member: Member) -> str:
    """"Đảng ủy viên, Chi bộ Văn phòng": what tells two members of the same name apart. At a
    cell's meeting every member is of that cell: the cell a roster copied from a bigger one
    still names is not printed beside them."""
    cell = member.organisation.name if member.organisation else ""
    return detail_words(member.position,
                        "" if member.meeting.body_kind is BodyKind.chi_bo else cell)


def detail_words(position: str, cell: str) -> str:
    """A member's position and cell, as far as they are known, in one phrase."""
    return ", ".join(part for part in (position, cell) if part)


@dataclass(frozen=True)
class RosterEntry:
    """One member as the roster table shows them."""

    member_id: int
    code: str
    full_name: str
    status: MemberStatus
    position: str
    organisation_id: int | None
    organisation: str
    in_body: bool
    self_score: int | None
    self_rating: Level | None
    admitted_on: dt.date | None = None


def load_roster(session: Session, meeting_id: int) -> list[RosterEntry]:
    """The roster as the set-up page lists it, in Vietnamese list order (by given name)."""
    members = session.scalars(select(Member).where(Member.meeting_id == meeting_id)
                              .options(selectinload(Member.organisation),
                                       selectinload(Member.assessment))).all()
    entries = [RosterEntry(m.id, m.code, m.full_name, m.status, m.position, m.organisation_id,
                           m.organisation.name if m.organisation else "", m.in_body,
                           self_total(m), m.self_rating, m.admitted_on) for m in members]
    return sorted(entries, key=lambda e: (name_sort_key(e.full_name), e.code))


def member_cells(session: Session, meeting_id: int) -> list[tuple[int, str]]:
    """(id, name) of the cells a member may belong to, in their order (not the meeting's own
    unit when it is rated as a subject)."""
    cells = session.scalars(select(Organisation)
                            .where(Organisation.meeting_id == meeting_id,
                                   Organisation.code != OWN_UNIT_CODE)
                            .order_by(Organisation.sort_order)).all()
    return [(cell.id, cell.name) for cell in cells]


def meeting_to_open(session: Session, last_id: int | None) -> int | None:
    """The meeting the window opens on: the one last open while it still exists, else the
    newest; None on an empty database."""
    if last_id is not None and session.get(Meeting, last_id) is not None:
        return last_id
    return session.scalar(select(Meeting.id).order_by(Meeting.id.desc()).limit(1))
