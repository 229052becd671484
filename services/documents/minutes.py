"""Biên bản hội nghị: the minutes. Time, place, attendance with absentees and reasons, chair and
secretary; the collective review and the comments on it; each individual review with its comments;
the voting results; the conclusions; the closing; signatures of chair and secretary.

What the database does not hold yet (the reviews and comments arrive with the drafts part, the
conclusions and times with the walkthrough) is printed as dotted lines to be written in by hand,
never invented: `MinutesData.collective_review`, `individual_reviews`, `conclusions`,
`opened_at` and `closed_at` are the seams those parts fill.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from reportlab.platypus import Flowable
from sqlalchemy.orm import Session

from models.enums import LEVELS, AttendanceStatus, Level
from models.meeting import Meeting
from services.documents.blocks import (
    BLANK,
    Signatory,
    fill_lines,
    header_block,
    para,
    signature_block,
    styles,
    title_block,
)
from services.documents.comments import CommentRecord
from services.documents.meeting_info import MeetingInfo, meeting_info
from services.documents.page import PageMarks, Progress, build_pdf
from services.documents.rounds import ReportedRound
from services.documents.tellers_report import quota_lines
from services.labels import ATTENDANCE_NAMES, LEVEL_NAMES, SUBJECT_TITLES
from services.numbers import thousands
from services.text import name_sort_key

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
    """The convened body as recorded: how many, how many present, who is not and why."""

    convened: int
    present: int
    absences: tuple[Absence, ...]


@dataclass(frozen=True)
class ReviewRecord:
    """One review as the minutes tell it: whose (the collective, or a member with position),
    what was read (a summary), the self-score and self-rating, and the comments."""

    subject: str
    summary: str = ""
    self_score: str = ""  # as read: "25/30 + 60/70 = 85/100", or "84"
    self_rating: Level | None = None
    comments: tuple[CommentRecord, ...] = ()


@dataclass(frozen=True)
class MinutesData:
    meeting: MeetingInfo
    attendance: AttendanceSummary
    rounds: tuple[ReportedRound, ...] = ()
    guests: tuple[str, ...] = ()
    collective_review: ReviewRecord | None = None
    individual_reviews: tuple[ReviewRecord, ...] = ()
    conclusions: str = ""
    opened_at: dt.time | None = None
    closed_at: dt.time | None = None

    @property
    def marks(self) -> PageMarks:
        return PageMarks.for_rounds([r.lock for r in self.rounds])


def build_minutes_data(session: Session, meeting_id: int,
                       rounds: tuple[ReportedRound, ...] = ()) -> MinutesData:
    """The minutes from what the database holds today: the meeting, roles and attendance, and
    the rounds given (computed and named by `reported_rounds`)."""
    meeting = session.get_one(Meeting, meeting_id)
    body = [m for m in meeting.members if m.in_body]
    absences = []
    for member in sorted(body, key=lambda m: name_sort_key(m.full_name)):
        record = member.attendance
        if record is not None and record.status is not AttendanceStatus.present:
            absences.append(Absence(member.full_name, record.status, record.reason))
    return MinutesData(
        meeting=meeting_info(session, meeting_id),
        attendance=AttendanceSummary(convened=len(body), present=len(body) - len(absences),
                                     absences=tuple(absences)),
        rounds=rounds,
    )


def _clock(value: dt.time | None) -> str:
    return f"{value.hour:02d} giờ {value.minute:02d}" if value else f"{BLANK} giờ {BLANK}"


def _review(heading: str, record: ReviewRecord | None, with_subject: bool) -> list[Flowable]:
    """A review under `heading`; `with_subject`: name whose review it is under the heading."""
    s = styles()
    flowables: list[Flowable] = [para(heading, s.heading)]
    if record is None:
        return flowables + fill_lines(4)
    if with_subject:
        flowables.append(para(record.subject, s.lead_in))
    if record.summary:
        flowables.append(para(record.summary, s.body))
    if record.self_score or record.self_rating:
        rating = LEVEL_NAMES[record.self_rating] if record.self_rating else BLANK
        flowables.append(para(f"Tự chấm điểm: {record.self_score or BLANK}; tự xếp loại: "
                              f"{rating}.", s.body))
    if record.comments:
        flowables.append(para("Ý kiến tham gia:", s.body))
        flowables += [para(f"– {c.sentence}", s.body) for c in record.comments]
    return flowables


def _results(reported: ReportedRound) -> list[Flowable]:
    s = styles()
    r = reported.result.round
    flowables: list[Flowable] = [
        para(f"Kết quả đánh giá, xếp loại {SUBJECT_TITLES[reported.kind]}: phát ra "
             f"{thousands(r.ballots_issued)} phiếu, thu vào {thousands(r.ballots_returned)}, "
             f"hợp lệ {thousands(r.valid_ballots)} (chi tiết tại biên bản kiểm phiếu):", s.body),
    ]
    flowables += [para(f"– {reported.level_sentence(level)};", s.body) for level in LEVELS]
    if reported.result.summary.undecided:
        flowables.append(para(f"– {reported.level_sentence(None)}: "
                              + ", ".join(reported.sorted_names(reported.ids_at(None))) + ";",
                              s.body))
    flowables += [para(f"– {line}", s.body) for line in quota_lines(reported)]
    return flowables


def minutes_story(data: MinutesData) -> list[Flowable]:
    s = styles()
    m = data.meeting
    a = data.attendance
    story: list[Flowable] = [
        header_block(m.header, kind="BB"),
        *title_block(TITLE, m.title),
        para("I. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN", s.heading),
        para(f"Thời gian: bắt đầu hồi {_clock(data.opened_at)}, {m.header.date_text}.", s.body),
        para(f"Địa điểm: {m.venue or BLANK}.", s.body),
        para(f"Thành phần: tổng số đồng chí được triệu tập {thousands(a.convened)}; có mặt "
             f"{thousands(a.present)}; vắng {thousands(len(a.absences))}"
             + (": " + "; ".join(x.text for x in a.absences) if a.absences else "") + ".", s.body),
    ]
    if data.guests:
        story.append(para("Khách mời: " + "; ".join(data.guests) + ".", s.body))
    story += [
        para(f"Chủ trì hội nghị: đồng chí {m.chair or BLANK}. Thư ký hội nghị: đồng chí "
             f"{m.secretary or BLANK}. Ban kiểm phiếu: "
             + (", ".join(f"đồng chí {t}" for t in m.tellers) if m.tellers else BLANK)
             + (" (trưởng ban: đồng chí " + m.tellers[0] + ")." if m.tellers else "."), s.body),
        para("II. NỘI DUNG HỘI NGHỊ", s.heading),
        *_review("1. Kiểm điểm tập thể", data.collective_review, with_subject=True),
        para("2. Kiểm điểm cá nhân", s.heading),
    ]
    if data.individual_reviews:
        for index, record in enumerate(data.individual_reviews, start=1):
            story += _review(f"2.{index}. {record.subject}", record, with_subject=False)
    else:
        story += fill_lines(4)
    story.append(para("3. Kết quả biểu quyết đánh giá, xếp loại", s.heading))
    for reported in data.rounds:
        story += _results(reported)
    if not data.rounds:
        story += fill_lines(3)
    story.append(para("4. Kết luận của chủ trì hội nghị", s.heading))
    story += [para(data.conclusions, s.body)] if data.conclusions else fill_lines(4)
    closing = para(f"Hội nghị kết thúc hồi {_clock(data.closed_at)} cùng ngày. Biên bản đã được "
                   "đọc lại trước hội nghị và được hội nghị nhất trí thông qua.", s.body)
    story.append(signature_block([Signatory(("Thư ký",), m.secretary),
                                  Signatory(("Chủ trì hội nghị",), m.chair)], lead=[closing]))
    return story


def render_minutes(data: MinutesData, target: Path | BinaryIO,
                   progress: Progress | None = None) -> None:
    build_pdf(target, minutes_story(data), title=TITLE, marks=data.marks, progress=progress)
