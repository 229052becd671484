"""Danh sách đề nghị xếp loại: the proposal list of one round under QĐ 366 (rules.md, "Under QĐ
366"). Each subject's score as the meeting accepted it (…/30 + …/70 = …/100), the level it
proposed for itself, the level the vote reached, the cap of its score and conditions, and the
level proposed; the explanation of every subject whose vote was lowered; the quota; who decides.

Every figure is the rules engine's (the round's result and the score it was computed with):
nothing is recomputed here.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from models.enums import SubjectKind
from services.ballot.reported import ReportedRound, quota_lines
from services.common.labels import SUBJECT_TITLES, UNDECIDED
from services.documents.blocks import (
    Cell,
    Line,
    data_table,
    header_block,
    para,
    signature_block,
    styles,
    title_block,
)
from services.documents.kinds import DocumentKind
from services.documents.marks import PageMarks
from services.documents.meeting_info import MeetingInfo
from services.documents.page import Progress, build_pdf
from services.documents.signatures import signatories
from services.rules.types import (
    GENERAL_MAX,
    SCORE_MAX,
    TASKS_MAX,
    QuotaStatus,
    Score,
    SubjectResult,
)

TITLE = "Danh sách đề nghị xếp loại"
HEADER = ("TT", "Họ và tên", f"Tiêu chí chung (/{GENERAL_MAX})", f"Nhiệm vụ (/{TASKS_MAX})",
          f"Tổng (/{SCORE_MAX})", "Tự xếp loại", "Kết quả phiếu", "Mức tối đa theo điểm, điều "
          "kiện", "Mức đề nghị")
WIDTHS_MM = (8, 41, 15, 15, 14, 15, 22, 17, 18)
INTRO = (f"Điểm là điểm hội nghị thống nhất (…/{GENERAL_MAX} + …/{TASKS_MAX} = …/{SCORE_MAX}); "
         "mức đề nghị là mức theo kết quả phiếu, hạ xuống mức tối đa theo điểm và điều kiện "
         "(Quy định 366-QĐ/TW) khi cao hơn.")


@dataclass(frozen=True)
class ProposalListData:
    """`scores`: each subject's accepted score as recorded (the parts the total the engine
    used is made of), by subject id."""

    meeting: MeetingInfo
    period: str  # "năm 2025", "quý III năm 2025"
    round: ReportedRound
    scores: Mapping[str, Score]

    @property
    def marks(self) -> PageMarks:
        return PageMarks.for_rounds([self.round.lock])

    @property
    def title(self) -> str:
        return f"{TITLE} chất lượng {SUBJECT_TITLES[self.round.kind]}"

    @property
    def subtitle(self) -> str:
        """"Năm 2025", "Quý III năm 2025"."""
        return self.period[:1].upper() + self.period[1:]

    @property
    def header(self) -> list[str]:
        names = "Họ và tên" if self.round.kind is SubjectKind.member else "Tổ chức đảng"
        return [HEADER[0], names, *HEADER[2:]]


def vote_text(reported: ReportedRound, subject: SubjectResult) -> str:
    """"HTXSNV (7/9)": the level the ballots reached with its support, or undecided."""
    level = subject.vote_level if subject.vote_level is not None else subject.level
    if level is None:
        return UNDECIDED
    return f"{level} ({subject.support[level]}/{reported.result.denominator})"


def proposed_text(reported: ReportedRound, subject: SubjectResult) -> str:
    """The level proposed, marked when the quota moves it: "HTXSNV (vượt tỷ lệ: HTTNV)"."""
    if subject.level is None:
        return UNDECIDED
    text = str(subject.level)
    if subject.quota_status is QuotaStatus.over and subject.proposed_level is not None:
        text += f" (vượt tỷ lệ: {subject.proposed_level})"
    elif subject.quota_status is QuotaStatus.tied:
        text += " (bằng nhau tại ngưỡng tỷ lệ)"
    decision = reported.decisions.get(subject.subject_id)
    if decision is not None:
        text += f"; chủ trì quyết định {decision.level}"
    return text


def proposal_rows(data: ProposalListData) -> list[list[str]]:
    """The table's rows as text, in the round's order (the ballot's): the parts of the score as
    recorded, the total the engine rated with."""
    reported = data.round
    counts = {c.subject_id: c for c in reported.result.round.subjects}
    rows = []
    for number, subject in enumerate(reported.result.subjects, start=1):
        counted = counts[subject.subject_id]
        parts = data.scores.get(subject.subject_id)
        name = reported.name(subject.subject_id)
        detail = reported.names[subject.subject_id].detail
        rows.append([
            str(number), f"{name}\n{detail}" if detail else name,
            "" if parts is None else str(parts.general),
            "" if parts is None else str(parts.tasks),
            "" if counted.score is None else str(counted.score),
            counted.self_rating.value if counted.self_rating else "",
            vote_text(reported, subject),
            subject.cap.value if subject.cap else "—",
            proposed_text(reported, subject),
        ])
    return rows


def _table(data: ProposalListData) -> Flowable:
    rows: list[list[Cell]] = []
    for row in proposal_rows(data):
        name, _, detail = row[1].partition("\n")
        lines = [Line(name, bold=True)] + ([Line(detail, size=8)] if detail else [])
        rows.append([row[0], lines, *row[2:]])
    return data_table(data.header, rows, widths=[w * mm for w in WIDTHS_MM],
                      centred=tuple(range(2, 9)) + (0,), size=9.5)


def proposal_list_story(data: ProposalListData) -> list[Flowable]:
    s = styles()
    reported = data.round
    story: list[Flowable] = [
        header_block(data.meeting.header, kind="DS"),
        *title_block(data.title, data.subtitle),
        para(INTRO, s.body),
        _table(data),
    ]
    explained = reported.lowered_lines
    if explained:
        story.append(para("Giải thích mức đề nghị thấp hơn kết quả phiếu:", s.heading))
        story += [para(f"– {line}.", s.body) for line in explained]
    story += [para(f"– {line}", s.body) for line in quota_lines(reported)]
    story.append(signature_block(signatories(DocumentKind.proposal_list, data.meeting),
                                 lead=[para(data.round.who_decides, s.body)]))
    return story


def render_proposal_list(data: ProposalListData, target: Path | BinaryIO,
                         progress: Progress | None = None) -> None:
    build_pdf(target, proposal_list_story(data), title=data.title, marks=data.marks,
              progress=progress)
