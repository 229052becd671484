"""Biên bản kiểm phiếu: the tellers' report (rules.md, "Documents the meeting produces").

Time and place, the tellers, electorate and presence, the ballots (issued, returned, valid,
invalid with reasons), per subject the self-rating, the votes and percentage for each level, the
invalid rows and the resulting level; the summary per level; the quota with its arithmetic; the
round's warnings; the signatures of every teller.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import Flowable
from sqlalchemy.orm import Session

from models.enums import LEVELS, SubjectKind
from services.ballot.reported import ReportedRound, quota_lines, stored_rounds
from services.common.labels import SUBJECT_TITLES
from services.common.numbers import percent, thousands
from services.documents.blocks import (
    BLANK,
    ROMAN,
    Line,
    data_table,
    esc,
    header_block,
    markup,
    para,
    signature_block,
    styles,
    title_block,
)
from services.documents.kinds import DocumentKind
from services.documents.marks import PageMarks
from services.documents.meeting_info import MeetingInfo, legal_basis, meeting_info
from services.documents.page import Progress, build_pdf
from services.documents.signatures import UNNAMED_TELLERS, signatories
from services.rules.engine import DENOMINATOR_LABEL
from services.rules.types import Denominator, InvalidBallotReason, QuotaStatus

TITLE = "Biên bản kiểm phiếu"
INVALID_REASONS = {
    InvalidBallotReason.not_issued: "không do Ban kiểm phiếu phát ra",
    InvalidBallotReason.added_content: "ghi thêm tên hoặc nội dung khác",
    InvalidBallotReason.unreadable: "rách, không đọc được",
}
DENOMINATOR_NAMES = {
    Denominator.electorate: "số đảng viên được triệu tập",
    Denominator.present: "số đảng viên chính thức có mặt (không theo Điều lệ)",
    Denominator.ballots: "số phiếu hợp lệ (không theo Điều lệ)",
}


@dataclass(frozen=True)
class TellersReportData:
    meeting: MeetingInfo
    rounds: tuple[ReportedRound, ...]

    @property
    def marks(self) -> PageMarks:
        return PageMarks.for_rounds([r.lock for r in self.rounds])


def build_tellers_report_data(session: Session, meeting_id: int) -> TellersReportData:
    """Every ballot round of the meeting (latest revision); RefusedError while a round's counts
    do not add up yet."""
    return TellersReportData(meeting_info(session, meeting_id),
                             stored_rounds(session, meeting_id))


def subject_of_rounds(rounds: Sequence[ReportedRound]) -> str:
    """"đảng viên", "tổ chức đảng" or "tổ chức đảng và đảng viên", for the subtitle."""
    kinds = {r.kind for r in rounds}
    if kinds == {SubjectKind.member, SubjectKind.organisation}:
        return "tổ chức đảng và đảng viên"
    return SUBJECT_TITLES[next(iter(kinds))] if kinds else "đảng viên"


def _opening(data: TellersReportData) -> list[Flowable]:
    s = styles()
    m = data.meeting
    flowables: list[Flowable] = [
        para(f"Hôm nay, hồi {BLANK} giờ {BLANK}, {m.header.date_text}, "
             f"tại {m.venue or BLANK}, {m.title or 'hội nghị'} đã tiến hành bỏ phiếu kín đánh "
             f"giá, xếp loại chất lượng {subject_of_rounds(data.rounds)}.", s.body),
        para("Ban kiểm phiếu do hội nghị bầu gồm các đồng chí:", s.body),
    ]
    tellers = m.tellers or UNNAMED_TELLERS  # lines to write them in
    for number, name in enumerate(tellers, start=1):
        role = "Trưởng ban" if number == 1 else "Thành viên"
        flowables.append(markup(f"{number}. Đồng chí <b>{esc(name or BLANK)}</b> – {role}",
                                s.body))
    if data.rounds:
        basis = legal_basis(data.rounds[0].result.settings.profile)
        basis = f" theo {basis}" if basis else ""
        flowables.append(para(f"Ban kiểm phiếu đã kiểm phiếu{basis}; kết quả như sau:", s.body))
    return flowables


def _ballots(reported: ReportedRound) -> list[Flowable]:
    s = styles()
    r = reported.result.round
    reasons = "; ".join(f"{INVALID_REASONS[reason]}: {thousands(count)}"
                        for reason, count in r.invalid_reasons.items() if count)
    invalid = thousands(r.ballots_invalid) + (f" ({reasons})" if reasons else "")
    flowables = [
        para(f"– Số đảng viên được triệu tập: {thousands(r.electorate_convened)}; số đảng viên "
             f"chính thức có mặt (được bỏ phiếu): {thousands(r.electorate_present)}.", s.body),
        para(f"– Số phiếu phát ra: {thousands(r.ballots_issued)}; số phiếu thu vào: "
             f"{thousands(r.ballots_returned)}; số phiếu hợp lệ: {thousands(r.valid_ballots)}; "
             f"số phiếu không hợp lệ: {invalid}.", s.body),
    ]
    if reported.double_entry is not None:
        flowables.append(para(
            "– Số phiếu được hai thành viên Ban kiểm phiếu nhập độc lập và đối chiếu khớp nhau."
            if reported.double_entry else
            "– Hội nghị quyết định không nhập phiếu hai lần (một thành viên nhập).", s.body))
    return flowables


def _rule_line(reported: ReportedRound) -> Flowable:
    result = reported.result
    settings = result.settings
    thresholds = "; ".join(f"{level.value} {settings.threshold(level).text}" for level in LEVELS)
    cumulative = ("cộng dồn (phiếu cho mức cao hơn được tính cho mức thấp hơn)"
                  if settings.cumulative else "không cộng dồn")
    return para(f"– Cách tính: tỷ lệ phiếu tính trên {DENOMINATOR_NAMES[settings.denominator]} "
                f"({thousands(result.denominator)}); mức được xếp là mức cao nhất có số phiếu "
                f"{cumulative} đạt ngưỡng: {thresholds}.", styles().body)


def _votes_table(reported: ReportedRound) -> Flowable:
    result = reported.result
    self_ratings = {c.subject_id: c.self_rating for c in result.round.subjects}
    rows = []
    for number, subject in enumerate(result.subjects, start=1):
        name = [Line(reported.name(subject.subject_id), bold=True)]
        detail = reported.names[subject.subject_id].detail
        if detail:
            name.append(Line(detail, size=8.5))
        # "5/10" over "50%" (the column says of what)
        out_of = thousands(result.denominator)
        votes = [f"{thousands(subject.votes[level])}/{out_of}\n"
                 f"{percent(subject.votes[level], result.denominator)}" for level in LEVELS]
        outcome = subject.level.value if subject.level else "Chưa đủ quá bán"
        if subject.vote_level is not None and subject.level is not subject.vote_level:
            outcome += f" (phiếu: {subject.vote_level})"  # lowered to the score's cap
        if subject.quota_status is QuotaStatus.over:
            outcome += " (vượt tỷ lệ)"
        elif subject.quota_status is QuotaStatus.tied:
            outcome += " (bằng phiếu)"
        self_rating = self_ratings.get(subject.subject_id)
        rows.append([str(number), name,
                     self_rating.value if self_rating else "", *votes,
                     thousands(subject.invalid_rows), outcome])
    return data_table(
        ["TT", "Họ và tên" if reported.kind is SubjectKind.member else "Tổ chức đảng",
         "Tự xếp loại",
         *(f"{level.value} (phiếu / {DENOMINATOR_LABEL[result.settings.denominator]})"
           for level in LEVELS), "Dòng không hợp lệ",
         "Đề nghị" if reported.proposes else "Kết quả"],
        rows, widths=[10 * mm, 36 * mm, 17 * mm] + [17 * mm] * 4 + [13 * mm, 21 * mm],
        centred=(0, 2, 3, 4, 5, 6, 7, 8), size=10)


def _round_section(number: int, reported: ReportedRound) -> list[Flowable]:
    s = styles()
    title = (f"{ROMAN[number]}. KẾT QUẢ KIỂM PHIẾU ĐÁNH GIÁ, XẾP LOẠI "
             f"{SUBJECT_TITLES[reported.kind].upper()}")
    flowables: list[Flowable] = [para(title, s.heading), *_ballots(reported),
                                 _rule_line(reported), _votes_table(reported),
                                 para("Tổng hợp kết quả đề nghị xếp loại:" if reported.proposes
                                      else "Tổng hợp kết quả:", s.heading)]
    flowables += [para(f"– {reported.level_sentence(level)};", s.body) for level in LEVELS]
    if reported.result.summary.undecided:
        flowables.append(para(f"– {reported.level_sentence(None)};", s.body))
    lowered = reported.lowered_lines
    if lowered:
        flowables.append(para("Mức hạ theo điểm và điều kiện (Quy định 366-QĐ/TW):", s.body))
        flowables += [para(f"– {line}.", s.body) for line in lowered]
    flowables += [para(f"– {line}", s.body) for line in quota_lines(reported)]
    flowables.append(para(reported.who_decides, s.body))
    warnings = reported.printed_warnings
    if warnings:
        flowables.append(para("Lưu ý:", s.heading))
        flowables += [para(f"– {w}.", s.body) for w in warnings]
    return flowables


def tellers_report_story(data: TellersReportData) -> list[Flowable]:
    s = styles()
    story: list[Flowable] = [
        header_block(data.meeting.header, kind="BB"),
        *title_block(TITLE, f"Đánh giá, xếp loại chất lượng {subject_of_rounds(data.rounds)} "
                            f"{data.meeting.period}"),
        *_opening(data),
    ]
    for number, reported in enumerate(data.rounds):
        story += _round_section(number, reported)
    closing = para(f"Biên bản kiểm phiếu lập xong hồi {BLANK} giờ {BLANK} cùng ngày, đã được "
                   "đọc công khai trước hội nghị.", s.body)
    blocks = signatories(DocumentKind.tellers_report, data.meeting)
    story.append(signature_block(blocks, lead=[closing],
                                 per_row=len(blocks) if len(blocks) <= 3 else 2))
    return story


def render_tellers_report(data: TellersReportData, target: Path | BinaryIO,
                          progress: Progress | None = None) -> None:
    build_pdf(target, tellers_report_story(data), title=TITLE, marks=data.marks,
              progress=progress)
