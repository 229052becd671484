"""Biên bản hội nghị: the minutes. Time, place, attendance with absentees and reasons, chair and
secretary; the collective review and the comments on it; each individual review with its comments;
the voting results; the conclusions; the closing; signatures of chair and secretary.

The reviews and their comments come from the drafts tables (`services.documents.reviews`).
What the database does not hold yet is printed as dotted lines to be written in by hand, never
invented. The opening and closing (guests, times, the conclusions with the commitments) come from
the walkthrough's records (`services.proceedings.opening_closing.minutes_seams`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from reportlab.platypus import Flowable
from sqlalchemy.orm import Session

from models.enums import LEVELS, AttendanceStatus
from models.meeting import Meeting
from services.ballot.reported import ReportedRound, quota_lines, stored_rounds
from services.common.labels import ATTENDANCE_NAMES, LEVEL_NAMES, SUBJECT_TITLES
from services.common.numbers import thousands
from services.common.text import name_sort_key
from services.documents.blocks import (
    BLANK,
    fill_lines,
    header_block,
    para,
    signature_block,
    styles,
    title_block,
)
from services.documents.comments import comment_sentence
from services.documents.kinds import DocumentKind
from services.documents.marks import PageMarks
from services.documents.meeting_info import MeetingInfo, meeting_info
from services.documents.page import Progress, build_pdf
from services.documents.reviews import ReviewRecord, collective_record, individual_records
from services.documents.signatures import signatories
from services.meeting.electorate import recorded_figures
from services.proceedings.opening_closing import MinutesAdoption, minutes_seams

TITLE = "Biên bản hội nghị"


@dataclass(frozen=True)
class Absence:
    name: str
    status: AttendanceStatus
    reason: str = ""

    @property
    def text(self) -> str:
        note = ATTENDANCE_NAMES[self.status].lower()
        return f"{self.name} ({note}{': ' + self.reason if self.reason else ''})"


@dataclass(frozen=True)
class AttendanceSummary:
    """The electorate and the voters present of record (services/meeting/electorate.py
    `recorded_figures`), and who of the convened body is absent or excluded, and why."""

    convened: int
    present: int
    absences: tuple[Absence, ...]


@dataclass(frozen=True)
class MinutesData:
    meeting: MeetingInfo
    attendance: AttendanceSummary
    rounds: tuple[ReportedRound, ...] = ()
    collective_review: ReviewRecord | None = None
    individual_reviews: tuple[ReviewRecord, ...] = ()
    # Seams for step 9 (conclusions and closing), filled when that step stores them:
    guests: tuple[str, ...] = ()
    conclusions: str = ""
    opened_at: dt.time | None = None
    closed_at: dt.time | None = None
    adoption: MinutesAdoption = MinutesAdoption()

    @property
    def marks(self) -> PageMarks:
        return PageMarks.for_rounds([r.lock for r in self.rounds])


def build_minutes_data(session: Session, meeting_id: int) -> MinutesData:
    """The minutes from what the database holds today: the meeting, roles, attendance, the
    reviews with their comments and the ballot rounds whose counts add up. The guests,
    conclusions and times are step 9's seams (empty here)."""
    meeting = session.get_one(Meeting, meeting_id)
    absences = []
    for member in sorted((m for m in meeting.members if m.in_body),
                         key=lambda m: name_sort_key(m.full_name)):
        record = member.attendance
        if record is not None and record.status is not AttendanceStatus.present:
            absences.append(Absence(member.full_name, record.status, record.reason))
    convened, present = recorded_figures(meeting)
    seams = minutes_seams(session, meeting_id)
    return MinutesData(
        meeting=meeting_info(session, meeting_id),
        attendance=AttendanceSummary(convened, present, tuple(absences)),
        rounds=stored_rounds(session, meeting_id, skip_refused=True),
        collective_review=collective_record(session, meeting_id),
        individual_reviews=individual_records(session, meeting_id),
        guests=seams.guests, conclusions=seams.conclusions, opened_at=seams.opened_at,
        closed_at=seams.closed_at, adoption=seams.adoption,
    )


def _clock(value: dt.time | None) -> str:
    return f"{value.hour:02d} giờ {value.minute:02d}" if value else f"{BLANK} giờ {BLANK}"


# The sentences of the minutes, shared by the PDF and the .docx.

def opening_lines(data: MinutesData) -> list[str]:
    m, a = data.meeting, data.attendance
    absent = ("; vắng hoặc không tính vào số triệu tập: " + "; ".join(x.text for x in a.absences)
              if a.absences else "")
    tellers = ", ".join(f"đồng chí {t}" for t in m.tellers) if m.tellers else BLANK
    head = f" (trưởng ban: đồng chí {m.tellers[0]})" if m.tellers else ""
    lines = [f"Căn cứ {m.basis}, hội nghị kiểm điểm, đánh giá, xếp loại chất lượng "
             f"{m.period}."] if m.basis else []
    lines += [
        f"Thời gian: bắt đầu hồi {_clock(data.opened_at)}, {m.header.date_text}.",
        f"Địa điểm: {m.venue or BLANK}.",
        f"Thành phần: số đảng viên được triệu tập {thousands(a.convened)}; số có quyền biểu "
        f"quyết có mặt {thousands(a.present)}{absent}.",
    ]
    if data.guests:
        lines.append("Khách mời: " + "; ".join(data.guests) + ".")
    lines.append(f"Chủ trì hội nghị: đồng chí {m.chair or BLANK}. Thư ký hội nghị: đồng chí "
                 f"{m.secretary or BLANK}. Ban kiểm phiếu: {tellers}{head}.")
    return lines


def review_lines(record: ReviewRecord) -> list[str]:
    """What was read and said in one review (its subject is the caller's heading)."""
    lines = list(record.summary)
    if record.self_score or record.self_rating:
        rating = LEVEL_NAMES[record.self_rating] if record.self_rating else BLANK
        lines.append(f"Tự chấm điểm: {record.self_score or BLANK}; {record.rating_word}: "
                     f"{rating}.")
    if record.meeting_score:
        lines.append(f"Hội nghị thống nhất điểm: {record.meeting_score}.")
    if record.comments:
        lines.append("Ý kiến tham gia:")
        lines += [f"– {comment_sentence(comment)}" for comment in record.comments]
    if not record.done:
        lines.append("(Chưa kiểm điểm xong tại hội nghị.)")
    return lines


def result_lines(reported: ReportedRound) -> list[str]:
    r = reported.result.round
    heading = "Kết quả biểu quyết đề nghị xếp loại" if reported.proposes else \
        "Kết quả đánh giá, xếp loại"
    lines = [f"{heading} {SUBJECT_TITLES[reported.kind]}: phát ra "
             f"{thousands(r.ballots_issued)} phiếu, thu vào {thousands(r.ballots_returned)}, "
             f"hợp lệ {thousands(r.valid_ballots)} (chi tiết tại biên bản kiểm phiếu):"]
    lines += [f"– {reported.level_sentence(level)};" for level in LEVELS]
    if reported.result.summary.undecided:
        lines.append(f"– {reported.level_sentence(None)}: "
                     + ", ".join(reported.sorted_names(reported.ids_at(None))) + ";")
    lines += [f"– Mức hạ theo điểm và điều kiện: {line};" for line in reported.lowered_lines]
    return lines + [f"– {line}" for line in quota_lines(reported)] + [reported.who_decides]


def conclusion_paragraphs(data: MinutesData) -> list[str]:
    """The conclusions as typed or imported, one paragraph per line."""
    return [line.strip() for line in data.conclusions.splitlines() if line.strip()]


def closing_line(data: MinutesData) -> str:
    """The last sentence: how the minutes were adopted, as the show of hands recorded it (blank
    counts to fill in by hand while it is not recorded; "nhất trí" only when nobody was against)."""
    vote = data.adoption
    adopted = f"Hội nghị kết thúc hồi {_clock(data.closed_at)} cùng ngày. Biên bản đã được đọc " \
        "lại trước hội nghị và được hội nghị"
    if vote.adopted and vote.votes_for is not None and not vote.votes_against:
        return f"{adopted} nhất trí thông qua ({vote.votes_for} đồng chí tán thành)."
    if vote.adopted and vote.votes_for is not None:
        return (f"{adopted} thông qua với {vote.votes_for} đồng chí tán thành, "
                f"{vote.votes_against} đồng chí không tán thành.")
    return (f"{adopted} thông qua với {BLANK} đồng chí tán thành, {BLANK} đồng chí không "
            "tán thành.")


def _review(heading: str, record: ReviewRecord | None, with_subject: bool) -> list[Flowable]:
    """A review under `heading`; `with_subject`: name whose review it is under the heading."""
    s = styles()
    flowables: list[Flowable] = [para(heading, s.heading)]
    if record is None:
        return flowables + fill_lines(4)
    if with_subject:
        flowables.append(para(record.subject, s.lead_in))
    return flowables + [para(line, s.body) for line in review_lines(record)]


def minutes_story(data: MinutesData) -> list[Flowable]:
    s = styles()
    m = data.meeting
    story: list[Flowable] = [
        header_block(m.header, kind="BB"),
        *title_block(TITLE, m.title),
        para("I. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN", s.heading),
        *(para(line, s.body) for line in opening_lines(data)),
        para("II. NỘI DUNG HỘI NGHỊ", s.heading),
        *_review("1. Kiểm điểm tập thể", data.collective_review, with_subject=True),
    ]
    if data.individual_reviews:
        story.append(para("2. Kiểm điểm cá nhân", s.heading))
        for index, record in enumerate(data.individual_reviews, start=1):
            story += _review(f"2.{index}. {record.subject}", record, with_subject=False)
    else:
        story += _review("2. Kiểm điểm cá nhân", None, with_subject=False)
    story.append(para("3. Kết quả biểu quyết đánh giá, xếp loại", s.heading))
    for reported in data.rounds:
        story += [para(line, s.body) for line in result_lines(reported)]
    if not data.rounds:
        story += fill_lines(3)
    story.append(para("4. Kết luận của chủ trì hội nghị", s.heading))
    story += [para(text, s.body) for text in conclusion_paragraphs(data)] or fill_lines(4)
    story.append(signature_block(signatories(DocumentKind.minutes, m),
                                 lead=[para(closing_line(data), s.body)]))
    return story


def render_minutes(data: MinutesData, target: Path | BinaryIO,
                   progress: Progress | None = None) -> None:
    build_pdf(target, minutes_story(data), title=TITLE, marks=data.marks, progress=progress)
