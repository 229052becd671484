"""The self-assessments in the shape of Hướng dẫn 43-HD/BTCTW's forms: Mẫu 01 (the collective's
report) and Mẫu 2A / 2B / 2C (a member's self-review), filled from what the meeting recorded.

The body is the text that was read (the draft's latest version, or the typed summary), or the
form's section headings with lines to write in; then the score (…/30 + …/70 = …/100, as the
subject gave it and as the meeting accepted it, with the reason of any change), the conditions
of QĐ 366 as recorded, the level proposed, and the level the vote proposed when a round has
rated the subject. Nothing is computed here: the figures come from the assessment and the rules
engine's result.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from models.enums import Level
from services.common.labels import CONDITION_VALUES, LEVEL_NAMES
from services.documents.blocks import (
    BLANK,
    Signatory,
    data_table,
    esc,
    fill_lines,
    header_block,
    lead_in,
    para,
    signature_block,
    styles,
    title_block,
)
from services.documents.marks import PageMarks
from services.documents.meeting_info import DocumentHeader
from services.documents.page import TEXT_WIDTH, Progress, build_pdf, join_documents
from services.review.drafts.tables import table_rows
from services.rules.types import GENERAL_MAX, TASKS_MAX

SCORE_MAX = GENERAL_MAX + TASKS_MAX
GENERAL_WORDS = ("Tiêu chí chung (tư tưởng chính trị; phẩm chất đạo đức, lối sống; ý thức tổ "
                 "chức kỷ luật; tác phong, lề lối làm việc)")
TASKS_WORDS = "Kết quả thực hiện chức trách, nhiệm vụ được giao"
# The form's own sections, printed with lines to write in when no text was recorded.
MEMBER_SECTIONS = ("I. ƯU ĐIỂM, KẾT QUẢ ĐẠT ĐƯỢC",
                   "II. HẠN CHẾ, KHUYẾT ĐIỂM VÀ NGUYÊN NHÂN",
                   "III. KẾT QUẢ KHẮC PHỤC NHỮNG HẠN CHẾ, KHUYẾT ĐIỂM ĐÃ ĐƯỢC CHỈ RA",
                   "IV. PHƯƠNG HƯỚNG, BIỆN PHÁP KHẮC PHỤC")
COLLECTIVE_SECTIONS = ("I. KẾT QUẢ LÃNH ĐẠO, CHỈ ĐẠO VÀ THỰC HIỆN NHIỆM VỤ",
                       "II. HẠN CHẾ, KHUYẾT ĐIỂM VÀ NGUYÊN NHÂN",
                       "III. KẾT QUẢ KHẮC PHỤC NHỮNG HẠN CHẾ, KHUYẾT ĐIỂM ĐÃ ĐƯỢC CHỈ RA",
                       "IV. PHƯƠNG HƯỚNG, BIỆN PHÁP KHẮC PHỤC")


@dataclass(frozen=True)
class FormScore:
    """A subject's score as recorded: its own parts, the parts the meeting accepted (None: the
    same as its own) and why they differ; the conditions as (words, value); the level it
    proposed for itself; the level the vote proposed, with its explanation ("" when no round
    has rated it yet)."""

    self_general: int | None
    self_tasks: int | None
    accepted_general: int | None
    accepted_tasks: int | None
    change_reason: str
    conditions: tuple[tuple[str, bool | None], ...]
    self_level: Level | None
    proposed: str = ""

    @property
    def changed(self) -> bool:
        return (self.accepted_general, self.accepted_tasks) != (self.self_general,
                                                                self.self_tasks)


@dataclass(frozen=True)
class AssessmentForm:
    """One filled form. `code`: "01", "2A", "2B", "2C"; `title`: "BẢN TỰ KIỂM ĐIỂM CÁ NHÂN";
    `purpose`: the form's "(Dùng cho …)" line; `period`: "Năm 2025"; `identity`: the lines
    naming the subject ("Họ và tên: …"); `body`: (heading level, text) of what was read, empty
    when nothing was; `signatory`: who signs; `year`: the year of the form's code; `kind`: the
    document symbol's kind ("BC": numbered), None for a member's own paper."""

    header: DocumentHeader
    code: str
    year: int
    kind: str | None
    title: str
    purpose: str
    period: str
    identity: tuple[str, ...]
    body: tuple[tuple[int, str], ...]
    sections: tuple[str, ...]
    score: FormScore
    signatories: tuple[Signatory, ...]
    draft: bool = True

    @property
    def code_line(self) -> str:
        return f"Mẫu {self.code}-HD KĐ.ĐG {self.year}"


def score_rows(score: FormScore) -> list[list[str]]:
    """The score table's rows: each part's maximum, own score and accepted score."""
    def shown(value: int | None) -> str:
        return BLANK if value is None else str(value)

    general = score.accepted_general if score.changed else score.self_general
    tasks = score.accepted_tasks if score.changed else score.self_tasks
    total = (None if score.self_general is None or score.self_tasks is None
             else score.self_general + score.self_tasks)
    accepted = None if general is None or tasks is None else general + tasks
    return [[f"1. {GENERAL_WORDS}", str(GENERAL_MAX), shown(score.self_general), shown(general)],
            [f"2. {TASKS_WORDS}", str(TASKS_MAX), shown(score.self_tasks), shown(tasks)],
            ["Tổng số điểm", str(SCORE_MAX), shown(total), shown(accepted)]]


SCORE_HEADER = ("Nội dung", "Điểm tối đa", "Tự chấm", "Hội nghị thống nhất")


def closing_lines(form: AssessmentForm) -> list[str]:
    """The sentences after the tables: the reason of a changed score, the self-proposed level
    and the level the vote proposed."""
    score = form.score
    lines = []
    if score.changed:
        lines.append(f"Hội nghị thống nhất điểm khác điểm tự chấm, lý do: "
                     f"{score.change_reason or BLANK}.")
    level = LEVEL_NAMES[score.self_level] if score.self_level else BLANK
    lines.append(f"Tự nhận mức xếp loại: {level}.")
    lines.append(f"Kết quả biểu quyết, đề nghị xếp loại: {score.proposed or BLANK}.")
    return lines


def _form_story(form: AssessmentForm) -> list[Flowable]:
    s = styles()
    code_style = ParagraphStyle("form-code", parent=s.note, alignment=TA_RIGHT, fontSize=10)
    story: list[Flowable] = [
        Paragraph(esc(form.code_line), code_style),
        header_block(form.header, kind=form.kind, dated=True),
        *title_block(form.title, form.period),
    ]
    if form.purpose:
        story.append(para(f"({form.purpose})", s.italic_centre))
    story += [para(line, s.body_left) for line in form.identity]
    if form.body:
        for level, text in form.body:
            rows = table_rows(text)
            if rows is not None:  # a table of the draft, as a table
                columns = len(rows[0])
                story.append(data_table(rows[0], rows[1:], [TEXT_WIDTH / columns] * columns))
            else:
                story.append(para(text, s.heading if level else s.body))
    else:
        for section in form.sections:
            story += [para(section, s.heading), *fill_lines(3)]
    story.append(para("TỰ ĐÁNH GIÁ, CHẤM ĐIỂM VÀ XẾP LOẠI", s.heading))
    story.append(data_table(SCORE_HEADER, score_rows(form.score),
                            widths=[95 * mm, 20 * mm, 22 * mm, 28 * mm], centred=(1, 2, 3)))
    story += lead_in("<b>Điều kiện xếp loại</b> (Quy định 366-QĐ/TW):")
    story.append(data_table(("Điều kiện", "Ghi nhận"),
                            [[words, CONDITION_VALUES[value]]
                             for words, value in form.score.conditions],
                            widths=[140 * mm, 25 * mm], centred=(1,)))
    lines: list[Flowable] = [Spacer(1, 6), *(para(line, s.body) for line in closing_lines(form))]
    story.append(signature_block(form.signatories, lead=lines))
    return story


def render_forms(forms: Sequence[AssessmentForm], target: Path | BinaryIO,
                 progress: Progress | None = None) -> None:
    """One or more forms in one PDF, each numbered on its own."""
    title = forms[0].title if forms else "Bản kiểm điểm"
    build_pdf(target, join_documents(*(_form_story(form) for form in forms)), title=title,
              marks=PageMarks(draft=any(form.draft for form in forms)), progress=progress)
