"""What every document says about the meeting itself: who issues it, where, when, who presides,
who takes the minutes, who counts. Built from the database or from a meeting file."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from models.enums import BodyKind, RoleKind
from models.meeting import Meeting
from models.roster import Member
from services.documents.blocks import DocumentHeader


@dataclass(frozen=True)
class MeetingInfo:
    """The meeting as documents name it. Names are full names in Vietnamese order; an empty name
    is printed as a line of dots to be written in. `tellers` has the head teller first."""

    header: DocumentHeader
    title: str
    party_unit: str
    review_year: int
    venue: str
    chair: str
    secretary: str
    tellers: tuple[str, ...]

    @property
    def body_kind(self) -> BodyKind:
        return self.header.body_kind


def member_detail(member: Member) -> str:
    """"Đảng ủy viên, Chi bộ Văn phòng": what tells two members of the same name apart."""
    parts = [member.position, member.organisation.name if member.organisation else ""]
    return ", ".join(part for part in parts if part)


def meeting_info(session: Session, meeting_id: int) -> MeetingInfo:
    """The meeting's identity and roles as stored (roles in their approval order)."""
    meeting = session.get_one(Meeting, meeting_id)
    roles = {kind: [r for r in meeting.roles if r.role is kind] for kind in RoleKind}

    def name(role: Any) -> str:
        return role.member.full_name if role.member is not None else role.name

    tellers = sorted(roles[RoleKind.teller], key=lambda r: (not r.is_head, r.rank))
    return MeetingInfo(
        header=DocumentHeader(
            superior=meeting.party_unit.superior, issuer=meeting.body or meeting.party_unit.name,
            body_kind=meeting.body_kind, place=meeting.place, date=meeting.date,
        ),
        title=meeting.title,
        party_unit=meeting.party_unit.name,
        review_year=meeting.review_year,
        venue=meeting.venue,
        chair=name(roles[RoleKind.chair][0]) if roles[RoleKind.chair] else "",
        secretary=name(roles[RoleKind.secretary][0]) if roles[RoleKind.secretary] else "",
        tellers=tuple(name(r) for r in tellers),
    )


def meeting_info_from_file(document: Mapping[str, Any]) -> MeetingInfo:
    """The same from a meeting file (shared/spec/meeting-file.md), already checked by its parser."""
    meeting = document["meeting"]
    names = {m["id"]: m["name"] for m in document.get("members", [])}
    date = meeting.get("date")
    return MeetingInfo(
        header=DocumentHeader(
            superior=meeting.get("superior", ""),
            issuer=meeting.get("body") or meeting.get("party_unit", ""),
            body_kind=BodyKind(meeting.get("body_kind", BodyKind.chi_bo)),
            place=meeting.get("place", ""),
            date=dt.date.fromisoformat(date) if date else None,
        ),
        title=meeting.get("title", ""),
        party_unit=meeting.get("party_unit", ""),
        review_year=int(meeting["review_year"]),
        venue=meeting.get("venue", ""),
        chair=names.get(meeting.get("chair", ""), ""),
        secretary=names.get(meeting.get("secretary", ""), ""),
        tellers=tuple(names.get(code, "") for code in meeting.get("tellers", [])),
    )
