"""The electorate (*số được triệu tập*) and the voters present, derived from the attendance list.

rules.md, "Who is reviewed, who votes": the electorate is the official members of the convened
body, minus those excluded (attached elsewhere, prosecuted, ...), those absent for the whole
meeting with an approved reason, absent exempt members and suspended members. Probationary members
attend but do not vote. An exempt member (*miễn sinh hoạt*) who comes anyway counts and votes;
one who stays away is deducted whatever the reason. A member whose attendance is not yet recorded
is still convened and not (yet) present.

The derivation is returned as numbers plus the sentence the chair reads on screen, so that the
arithmetic is always shown, never only its result.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from models.enums import AttendanceStatus, MemberStatus
from models.meeting import Meeting
from models.roster import Member

# Statuses whose holders are convened as voters (an exempt member only when present).
_VOTING_STATUSES = (MemberStatus.official, MemberStatus.exempt)


@dataclass(frozen=True)
class Attendee:
    """One member of the convened body and what the attendance list says (None: not yet)."""

    status: MemberStatus
    attendance: AttendanceStatus | None


@dataclass(frozen=True)
class Phrases:
    """The words of the explanation; Vietnamese by default, the UI passes translated ones."""

    convened: str = "Triệu tập {n}"
    excluded: str = "loại trừ {n}"
    absent_excused: str = "vắng có lý do {n}"
    exempt_absent: str = "miễn sinh hoạt vắng mặt {n}"
    present_enough: str = "có mặt {present} ≥ 2/3"
    present_short: str = "có mặt {present} < 2/3 (cần ít nhất {needed})"
    short_warning: str = "Số có mặt dưới 2/3 số được triệu tập."
    half_or_less: str = (
        "Có mặt {present}, không quá một nửa của {electorate}: theo quy tắc mặc định "
        "(quá bán số được triệu tập) không mức xếp loại nào có thể được thông qua."
    )
    nobody: str = "Chưa có đảng viên chính thức nào được triệu tập."
    nobody_left: str = "không còn ai có quyền biểu quyết"
    unrecorded: str = "Còn {n} người chưa điểm danh."


@dataclass(frozen=True)
class Electorate:
    """The electorate's derivation. `electorate = convened - excluded - absent_excused -
    exempt_absent`; `present` are the voters present (official or exempt members present)."""

    convened: int
    excluded: int
    absent_excused: int
    exempt_absent: int
    present: int
    unrecorded: int

    @property
    def electorate(self) -> int:
        return self.convened - self.excluded - self.absent_excused - self.exempt_absent

    @property
    def needed_two_thirds(self) -> int:
        """The fewest voters present that make at least 2/3 of the electorate."""
        return -(-2 * self.electorate // 3)

    @property
    def enough_present(self) -> bool:
        return self.electorate > 0 and 3 * self.present >= 2 * self.electorate

    @property
    def majority_possible(self) -> bool:
        """More than half of the electorate is present (the default threshold can be reached)."""
        return 2 * self.present > self.electorate

    def explanation(self, phrases: Phrases | None = None) -> str:
        """E.g. "Triệu tập 12 − vắng có lý do 1 = 11; có mặt 10 ≥ 2/3"."""
        p = phrases or Phrases()
        if self.convened == 0:
            return p.nobody
        parts = [p.convened.format(n=self.convened)]
        if self.excluded:
            parts.append(p.excluded.format(n=self.excluded))
        parts.append(p.absent_excused.format(n=self.absent_excused))
        if self.exempt_absent:
            parts.append(p.exempt_absent.format(n=self.exempt_absent))
        text = " − ".join(parts) + f" = {self.electorate}; "
        if self.electorate <= 0:
            text += p.nobody_left
        elif self.enough_present:
            text += p.present_enough.format(present=self.present)
        else:
            text += p.present_short.format(present=self.present, needed=self.needed_two_thirds)
        return text

    def warnings(self, phrases: Phrases | None = None) -> list[str]:
        """What the chair must hear: below 2/3, no majority possible, attendance unfinished."""
        p = phrases or Phrases()
        found: list[str] = []
        if self.electorate > 0 and not self.enough_present:
            found.append(p.short_warning)
        if self.electorate > 0 and not self.majority_possible:
            found.append(p.half_or_less.format(present=self.present, electorate=self.electorate))
        if self.unrecorded:
            found.append(p.unrecorded.format(n=self.unrecorded))
        return found


def derive(attendees: Iterable[Attendee]) -> Electorate:
    """The electorate of the convened body's members as the attendance list stands."""
    convened = excluded = absent_excused = exempt_absent = present = unrecorded = 0
    for person in attendees:
        if person.attendance is None and person.status is not MemberStatus.suspended:
            unrecorded += 1
        if person.status not in _VOTING_STATUSES:
            continue
        convened += 1
        is_present = person.attendance is AttendanceStatus.present
        if person.attendance is AttendanceStatus.excluded:
            excluded += 1
        elif person.status is MemberStatus.exempt and not is_present:
            exempt_absent += 1
        elif person.attendance is AttendanceStatus.absent_excused:
            absent_excused += 1
        elif is_present:
            present += 1
    return Electorate(convened, excluded, absent_excused, exempt_absent, present, unrecorded)


def attendee(member: Member) -> Attendee:
    return Attendee(member.status,
                    member.attendance.status if member.attendance is not None else None)


def body_attendees(session: Session, meeting_id: int) -> list[tuple[Member, Attendee]]:
    """The members of the convened body of a meeting, each with what the list says."""
    members = session.scalars(
        select(Member)
        .where(Member.meeting_id == meeting_id, Member.in_body.is_(True))
        .options(selectinload(Member.attendance))
    ).all()
    return [(m, attendee(m)) for m in members]


def electorate_of(session: Session, meeting_id: int) -> Electorate:
    """The electorate of a meeting as its attendance list stands (the one rule, everywhere)."""
    return derive(person for _member, person in body_attendees(session, meeting_id))


def meeting_electorate(meeting: Meeting) -> Electorate:
    """`electorate_of` for a meeting already loaded (its members in hand)."""
    return derive(attendee(m) for m in meeting.members if m.in_body)


def recorded_figures(meeting: Meeting) -> tuple[int, int]:
    """(electorate, voters present) as the record states them (the meeting file written by
    export, the minutes): derived from the attendance list; a meeting whose roll call has not
    begun keeps what its imported file declared, since there is nothing yet to derive from.
    The live views (attendance page, status bar, script) show the roll call itself."""
    if not meeting.attendance and meeting.declared_convened is not None:
        return meeting.declared_convened, meeting.declared_present or 0
    derived = meeting_electorate(meeting)
    return derived.electorate, derived.present
