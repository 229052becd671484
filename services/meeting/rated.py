"""Who is rated (rules.md "Who is reviewed"): official and probationary members, except those
admitted to the Party less than 6 months before the meeting.

Applied when a round's subjects are frozen and on the blank ballot paper; the reason a member
is left out is shown to the chair.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.enums import MemberStatus
from models.meeting import Meeting
from models.roster import Member
from services.common.text import name_sort_key

RATED_STATUSES = (MemberStatus.official, MemberStatus.probationary)
MONTHS_BEFORE_RATED = 6


def months_before(day: dt.date, months: int) -> dt.date:
    """The same day `months` earlier (the month's last day when it is shorter)."""
    total = day.year * 12 + day.month - 1 - months
    year, month = divmod(total, 12)
    month += 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def admission_cutoff(meeting_day: dt.date) -> dt.date:
    """Members admitted after this day are not rated at a meeting on `meeting_day`."""
    return months_before(meeting_day, MONTHS_BEFORE_RATED)


def admission_reason(member: Member, meeting_day: dt.date) -> str | None:
    """Why a member admitted less than 6 months before `meeting_day` is not rated; None when
    the admission does not keep the member out (or is not known)."""
    admitted = member.admitted_on
    if admitted is None or admitted <= admission_cutoff(meeting_day):
        return None
    return f"vào Đảng ngày {admitted:%d/%m/%Y}, chưa đủ {MONTHS_BEFORE_RATED} tháng"


def rated_members(members: Iterable[Member], meeting_day: dt.date | None) -> list[Member]:
    """The members to rate, sorted the Vietnamese way (the order of the ballot paper); without
    a meeting date, today's."""
    day = meeting_day or dt.date.today()
    return sorted((m for m in members
                   if m.status in RATED_STATUSES and admission_reason(m, day) is None),
                  key=lambda m: name_sort_key(m.full_name))


def left_out_by_admission(members: Iterable[Member],
                          meeting_day: dt.date | None) -> list[tuple[str, str]]:
    """(name, reason) of each official or probationary member left out for a recent admission
    (the other statuses say why on the roster)."""
    day = meeting_day or dt.date.today()
    return [(m.full_name, reason)
            for m in sorted(members, key=lambda m: name_sort_key(m.full_name))
            if m.status in RATED_STATUSES and (reason := admission_reason(m, day)) is not None]


def recently_admitted(session: Session, meeting: Meeting) -> list[Member]:
    """The meeting's members admitted after the cut-off: those `left_out_by_admission` may
    name, read alone rather than with the whole roster (2,000 members on a committee)."""
    day = meeting.date or dt.date.today()
    return list(session.scalars(select(Member).where(
        Member.meeting_id == meeting.id, Member.admitted_on > admission_cutoff(day))))
