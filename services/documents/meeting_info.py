"""What every document says about the meeting itself: who issues it, where, when, who presides,
who takes the minutes, who counts. Built from the database or from a meeting file."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from models.enums import BodyKind, RoleKind
from models.meeting import Meeting
from services.common.numbers import document_date
from services.common.text import BLANK, fold
from services.meeting.setup import period_words
from services.meeting_file.format import MeetingFile
from services.review.reviews import regulation_rank
from services.rules.profiles import profile_named
from services.rules.stored import stored_settings as settings_from_rules_json


@dataclass(frozen=True)
class DocumentHeader:
    """Who issues a document and where and when (the HD 36 header blocks).

    `superior`: the superior body ("Đảng bộ Khối cơ quan và doanh nghiệp tỉnh Tiền Giang");
    `issuer`: the body holding the meeting ("Đảng ủy Cục Quản lý thị trường tỉnh Tiền Giang");
    `number`: the document number, blank to be written in by the office.
    """

    superior: str
    issuer: str
    body_kind: BodyKind
    place: str
    date: dt.date | None
    number: str = ""

    @property
    def issuer_symbol(self) -> str:
        """The issuer's abbreviation in the document symbol: "ĐU" (committee) or "CB" (cell)."""
        return "ĐU" if self.body_kind is BodyKind.dang_uy else "CB"

    def symbol(self, kind: str) -> str:
        """"Số 12-BB/ĐU", or "Số      -BB/ĐU" with room to write the number."""
        number = self.number or "\u00a0" * 6
        return f"Số {number}-{kind}/{self.issuer_symbol}"

    @property
    def date_text(self) -> str:
        """"ngày 07 tháng 01 năm 2022", or with dots to fill in when the date is not set."""
        if self.date is None:
            return f"ngày {BLANK} tháng {BLANK} năm {BLANK}"
        return document_date(self.date)

    @property
    def place_and_date(self) -> str:
        """"Tiền Giang, ngày 07 tháng 01 năm 2022"."""
        return f"{self.place or BLANK}, {self.date_text}"


@dataclass(frozen=True)
class MeetingInfo:
    """The meeting as documents name it. Names are full names in Vietnamese order; an empty name
    is printed as a line of dots to be written in. `tellers` has the head teller first;
    `period`: what the meeting reviews ("năm 2025", "quý III năm 2025"); `basis`: the regulation
    and guidance of the meeting's rules profile, as printed."""

    header: DocumentHeader
    title: str
    party_unit: str
    review_year: int
    venue: str
    chair: str
    secretary: str
    tellers: tuple[str, ...]
    head: str
    period: str
    basis: str
    standing_committee_signs: bool = False  # its ban thường vụ signs for the committee

    @property
    def proposes(self) -> bool:
        """A cell proposes the levels (the superior committee decides); a committee decides."""
        return self.body_kind is BodyKind.chi_bo

    @property
    def body_kind(self) -> BodyKind:
        return self.header.body_kind


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
        head=head_of_body(((m.full_name, m.position) for m in meeting.members if m.in_body),
                          meeting.body_kind),
        period=period_words(meeting.review_year, meeting.period),
        basis=legal_basis(settings_from_rules_json(meeting.rules, meeting.review_year).profile),
        standing_committee_signs=meeting.standing_committee_signs,
    )


def meeting_info_from_file(meeting_file: MeetingFile) -> MeetingInfo:
    """The same from a checked meeting file (`services.meeting_file.format.load_meeting_file`)."""
    info = meeting_file.meeting
    names = {m.code: m.name for m in meeting_file.members}
    return MeetingInfo(
        header=DocumentHeader(superior=info.superior, issuer=info.body or info.party_unit,
                              body_kind=info.body_kind, place=info.place, date=info.date),
        title=info.title,
        party_unit=info.party_unit,
        review_year=info.review_year,
        venue=info.venue,
        chair=names.get(info.chair or "", ""),
        secretary=names.get(info.secretary or "", ""),
        tellers=tuple(names.get(code, "") for code in info.tellers),
        head=head_of_body(((m.name, m.position or "") for m in meeting_file.members),
                          info.body_kind),
        period=period_words(info.review_year),
        basis=legal_basis(meeting_file.rules.profile),
        standing_committee_signs=info.standing_committee_signs,
    )


def legal_basis(profile_code: str) -> str:
    """"Quy định 366-QĐ/TW ngày 30/8/2025 và Hướng dẫn 43-HD/BTCTW ngày 31/10/2025": the
    regulation and guidance of a rules profile (rules.md, "Regulations over time")."""
    profile = profile_named(profile_code)
    return f"{profile.regulation} và {profile.guidance}" if profile else ""


def head_of_body(members: Iterable[tuple[str, str]], body_kind: BodyKind) -> str:
    """The body's head (its bí thư) among (name, position) pairs: the one whose position names
    the body ("Bí thư Đảng ủy" at a committee, "Bí thư Chi bộ" at a cell), else a plain
    "Bí thư" (never the other body's: a cell's bí thư does not sign for the committee); "" when
    none, and the name is written in by hand."""
    heads = [(name, fold(position)) for name, position in members
             if regulation_rank(position) == 0]
    own, other = (("bi thu dang uy", "bi thu chi bo") if body_kind is BodyKind.dang_uy
                  else ("bi thu chi bo", "bi thu dang uy"))
    named = [name for name, position in heads if own in position]
    plain = [name for name, position in heads if other not in position]
    return (named or plain or [""])[0]
