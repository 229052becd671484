"""Kết quả xếp loại: the result sheet. Per round and level, the sentence "13 đảng viên Hoàn thành
xuất sắc nhiệm vụ (chiếm 13/67 đảng viên được xếp loại = 19,4%)" and the names, sorted the
Vietnamese way; then the quota line.
Percentages are of all subjects of the round (rules.md, "Percentages and numbers on paper")."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import Flowable
from sqlalchemy.orm import Session

from models.enums import BodyKind, SubjectKind
from services.ballot.reported import (
    CELL_PROPOSES,
    ReportedRound,
    level_groups,
    quota_lines,
    stored_rounds,
)
from services.common.labels import SUBJECT_TITLES
from services.common.numbers import thousands
from services.documents.blocks import (
    ROMAN,
    data_table,
    esc,
    header_block,
    lead_in,
    para,
    signature_block,
    styles,
    title_block,
)
from services.documents.kinds import DocumentKind
from services.documents.marks import PageMarks
from services.documents.meeting_info import MeetingInfo, meeting_info
from services.documents.page import Progress, build_pdf
from services.documents.signatures import signatories
from services.documents.tellers_report import subject_of_rounds

TITLE = "Kết quả đánh giá, xếp loại chất lượng"
CELL_NOTE = CELL_PROPOSES


@dataclass(frozen=True)
class ResultSheetData:
    meeting: MeetingInfo
    rounds: tuple[ReportedRound, ...]

    @property
    def marks(self) -> PageMarks:
        return PageMarks.for_rounds([r.lock for r in self.rounds])

    @property
    def title(self) -> str:
        return f"{TITLE} {subject_of_rounds(self.rounds)} {self.meeting.period}"


def build_result_sheet_data(session: Session, meeting_id: int) -> ResultSheetData:
    """Every ballot round of the meeting (latest revision); RefusedError while a round's counts
    do not add up yet."""
    return ResultSheetData(meeting_info(session, meeting_id), stored_rounds(session, meeting_id))


def _round_section(number: int, reported: ReportedRound) -> list[Flowable]:
    s = styles()
    noun = reported.noun
    flowables: list[Flowable] = [
        para(f"{ROMAN[number]}. {SUBJECT_TITLES[reported.kind].upper()}", s.heading),
        para(f"Tổng số {noun} được đánh giá, xếp loại: "
             f"{thousands(reported.result.summary.total)}, trong đó:", s.body),
    ]
    header = ["TT", "Họ và tên" if reported.kind is SubjectKind.member else "Tổ chức đảng",
              "Chức vụ, đơn vị" if reported.kind is SubjectKind.member else ""]
    for index, (sentence, names) in enumerate(level_groups(reported), start=1):
        flowables += lead_in(esc(f"{index}. {sentence}" + (":" if names else ".")))
        if not names:
            continue
        if reported.kind is SubjectKind.member:
            rows = [[str(n), name, detail] for n, (name, detail) in enumerate(names, start=1)]
            flowables.append(data_table(header, rows, widths=[11 * mm, 62 * mm, 92 * mm],
                                        centred=(0,)))
        else:
            rows = [[str(n), name] for n, (name, _) in enumerate(names, start=1)]
            flowables.append(data_table(header[:2], rows, widths=[11 * mm, 154 * mm],
                                        centred=(0,)))
    flowables += [para(line, s.body) for line in quota_lines(reported)]
    return flowables


def result_sheet_story(data: ResultSheetData) -> list[Flowable]:
    s = styles()
    story: list[Flowable] = [
        header_block(data.meeting.header, kind="BC"),
        *title_block(data.title, data.meeting.party_unit),
    ]
    for number, reported in enumerate(data.rounds):
        story += _round_section(number, reported)
    if data.meeting.body_kind is BodyKind.chi_bo:
        story.append(para(CELL_NOTE, s.body))
    story.append(signature_block(signatories(DocumentKind.result_sheet, data.meeting),
                                 lead=[story.pop()]))
    return story


def render_result_sheet(data: ResultSheetData, target: Path | BinaryIO,
                        progress: Progress | None = None) -> None:
    build_pdf(target, result_sheet_story(data), title=data.title, marks=data.marks,
              progress=progress)
