"""Phiếu đánh giá, xếp loại: the blank ballot paper for one round's subjects.

A ballot is secret (rules.md, "Secrecy"): every copy is identical. No serial number, no date or
time of printing, no draft mark, nothing that could tell one paper, and so one voter, from another.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph
from sqlalchemy.orm import Session

from models.enums import LEVELS, SubjectKind
from models.meeting import Meeting
from models.roster import Member
from services.ballot.own_unit import rated_organisation_names
from services.ballot.stored import latest_round
from services.common.labels import LEVEL_NAMES, SUBJECT_NOUNS, SUBJECT_TITLES
from services.documents.blocks import (
    DocumentHeader,
    data_table,
    esc,
    header_block,
    markup,
    styles,
    title_block,
)
from services.documents.marks import PageMarks
from services.documents.page import Progress, build_pdf
from services.meeting.rated import rated_members

INSTRUCTION = "đánh dấu (X) vào một ô"


@dataclass(frozen=True)
class BallotSubject:
    name: str
    detail: str = ""  # a member's cell, to tell two members of the same name apart


@dataclass(frozen=True)
class BallotPaperData:
    """The subjects in the order the tellers will key them in (the paper's TT)."""

    header: DocumentHeader
    review_year: int
    unit: str
    subject_kind: SubjectKind
    subjects: tuple[BallotSubject, ...]


def _member_subject(member: Member) -> BallotSubject:
    return BallotSubject(member.full_name, member.organisation.name if member.organisation else "")


def build_ballot_paper_data(session: Session, meeting_id: int, subject_kind: SubjectKind,
                            round_code: str | None = None) -> BallotPaperData:
    """The subjects of the ballot round `round_code` (latest revision; default: the meeting's
    first round of `subject_kind`) in the round's order, which the tellers key in. Before any
    round exists, from the roster: the members to be rated (services/meeting/rated.py) sorted the
    Vietnamese way, or the organisations a round will rate (the cell itself at a cell
    meeting)."""
    meeting = session.get_one(Meeting, meeting_id)
    rounds = sorted((r for r in meeting.rounds if r.subject_kind is subject_kind
                     and (round_code is None or r.code == round_code)),
                    key=lambda r: (r.sort_order, -r.revision))
    if rounds:
        stored = latest_round(meeting, rounds[0].code)
        assert stored is not None
        subjects = tuple(_member_subject(s.member) if s.member is not None
                         else BallotSubject(s.organisation.name if s.organisation else "")
                         for s in stored.subjects)
    elif subject_kind is SubjectKind.member:
        subjects = tuple(_member_subject(m) for m in rated_members(meeting.members,
                                                                    meeting.date))
    else:
        subjects = tuple(BallotSubject(name) for name in rated_organisation_names(meeting))
    return BallotPaperData(
        header=DocumentHeader(superior=meeting.party_unit.superior,
                              issuer=meeting.body or meeting.party_unit.name,
                              body_kind=meeting.body_kind, place=meeting.place, date=None),
        review_year=meeting.review_year, unit=meeting.party_unit.name,
        subject_kind=subject_kind, subjects=subjects,
    )


def ballot_paper_story(data: BallotPaperData) -> list[Flowable]:
    s = styles()
    noun = SUBJECT_NOUNS[data.subject_kind]
    title = (f"Phiếu đánh giá, xếp loại chất lượng {SUBJECT_TITLES[data.subject_kind]} "
             f"năm {data.review_year}")
    rows: list[Sequence[Flowable | str]] = []
    for number, subject in enumerate(data.subjects, start=1):
        text = f"<b>{esc(subject.name)}</b>"
        if subject.detail:
            text += f" <font size=9>({esc(subject.detail)})</font>"
        rows.append([str(number), Paragraph(text, s.cell), "", "", "", ""])
    table = data_table(
        ["TT", "Họ và tên" if data.subject_kind is SubjectKind.member else "Tên tổ chức",
         *(LEVEL_NAMES[level] for level in LEVELS)],
        rows, widths=[11 * mm, 78 * mm] + [19 * mm] * 4, centred=(0,))
    # Rows tall enough to mark an X by hand.
    table.setStyle([("TOPPADDING", (0, 1), (-1, -1), 6), ("BOTTOMPADDING", (0, 1), (-1, -1), 6)])
    return [
        header_block(data.header, kind=None),
        *title_block(title, data.unit),
        markup(f"<i>Cách ghi phiếu: ở mỗi dòng, {INSTRUCTION} tương ứng với mức xếp loại của "
               f"{esc(noun)} đó. Dòng không đánh dấu hoặc đánh dấu từ hai ô trở lên là dòng "
               f"không hợp lệ.</i>", s.body),
        table,
    ]


def render_ballot_paper(data: BallotPaperData, target: Path | BinaryIO,
                        progress: Progress | None = None) -> None:
    build_pdf(target, ballot_paper_story(data), title="Phiếu đánh giá, xếp loại",
              marks=PageMarks(), progress=progress)
