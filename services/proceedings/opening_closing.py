"""Steps 1 and 9: the opening (purpose, guests from the superior committee, opening time) and the
closing (the chair's conclusions and the commitments, typed or imported from a file, the closing
time, the minutes read and adopted by show of hands).

Functions take an open session; the caller commits one user action at a time.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.meeting import Meeting
from models.walkthrough import Guest, Proceedings
from services.common.errors import Refusal
from services.common.text import nfc
from services.meeting.approvals import ApprovalError, HandsResult, check_hands, voters_present
from services.meeting.setup import period_words
from services.review.drafts.reading import read_draft_file


class ProceedingsError(Refusal):
    """An entry that cannot be recorded; the message names the problem."""


def stored_proceedings(session: Session, meeting_id: int) -> Proceedings | None:
    return session.scalars(
        select(Proceedings).where(Proceedings.meeting_id == meeting_id)).first()


def proceedings(session: Session, meeting_id: int) -> Proceedings:
    """The meeting's record, created on first use."""
    record = stored_proceedings(session, meeting_id)
    if record is None:
        record = Proceedings(meeting_id=meeting_id)
        session.add(record)
        session.flush()
    return record


def default_purpose(meeting: Meeting) -> str:
    """The purpose as the guidance words it, for the chair to keep or change."""
    return ("Kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng và đảng viên "
            f"{period_words(meeting.review_year, meeting.period)}: tập thể và từng cá nhân tự "
            "phê bình và phê bình, làm rõ ưu điểm, hạn chế, khuyết điểm và nguyên nhân, trách "
            "nhiệm; đề ra phương hướng, biện pháp khắc phục; đánh giá, xếp loại đúng thực chất.")


def set_opening(record: Proceedings, purpose: str, opened_at: dt.time | None) -> None:
    record.purpose = nfc(purpose.strip())
    record.opened_at = opened_at


def guests_of(session: Session, meeting_id: int) -> list[Guest]:
    return list(session.scalars(select(Guest).where(Guest.meeting_id == meeting_id)
                                .order_by(Guest.sort_order, Guest.id)))


def add_guest(session: Session, meeting_id: int, name: str, position: str = "") -> Guest:
    name = nfc(" ".join(name.split()))
    if not name:
        raise ProceedingsError("Ghi họ và tên đại biểu.")
    guests = guests_of(session, meeting_id)
    if any(g.name == name for g in guests):
        raise ProceedingsError(f"Đại biểu {name} đã có trong danh sách.")
    guest = Guest(meeting_id=meeting_id, name=name, position=nfc(position.strip()),
                  sort_order=max((g.sort_order for g in guests), default=0) + 1)
    session.add(guest)
    session.flush()
    return guest


def remove_guest(session: Session, guest: Guest) -> None:
    session.delete(guest)
    session.flush()


def guest_line(guest: Guest) -> str:
    """"đồng chí Lê Văn A, Ủy viên Ban Thường vụ Đảng ủy Khối"."""
    return f"đồng chí {guest.name}" + (f", {guest.position}" if guest.position else "")


def set_conclusions(record: Proceedings, conclusions: str, commitments: str,
                    source: str | None = None) -> None:
    """The chair's conclusions and the commitments; `source` names a file they came from."""
    record.conclusions = nfc(conclusions.strip())
    record.commitments = nfc(commitments.strip())
    if source is not None:
        record.conclusions_source = source


def read_conclusions_file(path: Path) -> str:
    """The text of a .docx/.txt/.md file, paragraphs separated by blank lines (DraftError when
    it cannot be read)."""
    document = read_draft_file(path)
    return "\n\n".join(block.text for block in document.blocks)


def set_closed_at(record: Proceedings, closed_at: dt.time | None) -> None:
    record.closed_at = closed_at


def record_minutes_vote(session: Session, record: Proceedings, votes_for: int,
                        votes_against: int) -> HandsResult:
    """The show of hands adopting the minutes; adopted when more than half present are for."""
    try:
        result = check_hands(votes_for, votes_against, voters_present(session, record.meeting_id))
    except ApprovalError as error:
        raise ProceedingsError(str(error)) from None
    record.minutes_votes_for, record.minutes_votes_against = votes_for, votes_against
    record.minutes_adopted = result.passed
    return result


def minutes_hands(session: Session, record: Proceedings) -> HandsResult | None:
    if record.minutes_votes_for is None or record.minutes_votes_against is None:
        return None
    return HandsResult(record.minutes_votes_for, record.minutes_votes_against,
                       voters_present(session, record.meeting_id))


def opening_gaps(session: Session, meeting_id: int) -> list[str]:
    record = stored_proceedings(session, meeting_id)
    gaps = []
    if record is None or record.opened_at is None:
        gaps.append("Chưa ghi giờ khai mạc.")
    if record is None or not record.purpose:
        gaps.append("Chưa ghi mục đích, yêu cầu của hội nghị.")
    return gaps


def closing_gaps(session: Session, meeting_id: int) -> list[str]:
    record = stored_proceedings(session, meeting_id)
    gaps = []
    if record is None or not record.conclusions:
        gaps.append("Chưa có kết luận của chủ trì.")
    if record is None or record.minutes_votes_for is None:
        gaps.append("Biên bản hội nghị chưa được biểu quyết thông qua.")
    elif not record.minutes_adopted:
        gaps.append("Biên bản hội nghị không được quá bán tán thành.")
    if record is None or record.closed_at is None:
        gaps.append("Chưa ghi giờ bế mạc.")
    return gaps


@dataclass(frozen=True)
class MinutesSeams:
    """What the minutes (services/documents/minutes.py) print of the opening and the closing."""

    guests: tuple[str, ...]
    opened_at: dt.time | None
    closed_at: dt.time | None
    conclusions: str  # with the commitments after them
    adoption: MinutesAdoption


@dataclass(frozen=True)
class MinutesAdoption:
    """The show of hands on the minutes: counts when recorded, and whether they were adopted."""

    votes_for: int | None = None
    votes_against: int | None = None
    adopted: bool = False


def minutes_seams(session: Session, meeting_id: int) -> MinutesSeams:
    record = stored_proceedings(session, meeting_id)
    conclusions = record.conclusions if record else ""
    if record is not None and record.commitments:
        conclusions = (conclusions + "\n\n" if conclusions else "") + \
            f"Cam kết khắc phục: {record.commitments}"
    return MinutesSeams(
        guests=tuple(guest_line(g) for g in guests_of(session, meeting_id)),
        opened_at=record.opened_at if record else None,
        closed_at=record.closed_at if record else None,
        conclusions=conclusions,
        adoption=MinutesAdoption(record.minutes_votes_for, record.minutes_votes_against,
                                 record.minutes_adopted) if record else MinutesAdoption(),
    )
