"""The QĐ 366 papers as .docx, for offices that finish them in Word: the self-assessment forms
(Mẫu 01, 2A / 2B / 2C) and the proposal list. The same rows and sentences as the PDFs
(services/documents/assessment_forms.py, proposal_list.py), in docx_export's writer."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import IO

from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK

from services.ballot.reported import quota_lines
from services.common.labels import CONDITION_VALUES
from services.documents.assessment_forms import (
    SCORE_HEADER,
    AssessmentForm,
    closing_lines,
    score_rows,
)
from services.documents.docx_export import _DOTS, _Writer
from services.documents.kinds import DocumentKind
from services.documents.marks import PageMarks
from services.documents.proposal_list import (
    INTRO,
    WIDTHS_MM,
    ProposalListData,
    proposal_rows,
)
from services.documents.signatures import signatories
from services.review.drafts.tables import table_rows


def _form(w: _Writer, form: AssessmentForm) -> None:
    code = w.para(form.code_line, italic=True, indent=False, size=10)
    code.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    w.header(form.header, form.kind)
    w.title(form.title, form.period)
    if form.purpose:
        w.para(f"({form.purpose})", italic=True, centre=True)
    for line in form.identity:
        w.para(line, indent=False)
    if form.body:
        for level, text in form.body:
            rows = table_rows(text)
            if rows is not None:  # a table of the draft, as a table
                w.table(rows[0], rows[1:], [165 / len(rows[0])] * len(rows[0]))
            elif level:
                w.heading(text)
            else:
                w.para(text)
    else:
        for section in form.sections:
            w.heading(section)
            for _ in range(3):
                w.para(_DOTS, indent=False)
    w.heading("TỰ ĐÁNH GIÁ, CHẤM ĐIỂM VÀ XẾP LOẠI")
    w.table(SCORE_HEADER, score_rows(form.score), [95, 20, 22, 28])
    w.para("Điều kiện xếp loại (Quy định 366-QĐ/TW):", bold=True, indent=False)
    w.table(("Điều kiện", "Ghi nhận"),
            [[words, CONDITION_VALUES[value]] for words, value in form.score.conditions],
            [140, 25])
    for line in closing_lines(form):
        w.para(line)
    w.signatures(form.signatories)


def write_forms_docx(forms: Sequence[AssessmentForm], target: Path | IO[bytes]) -> None:
    """One or more forms, each from a new page."""
    w = _Writer(PageMarks(draft=any(form.draft for form in forms)))
    for index, form in enumerate(forms):
        if index:
            w.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        _form(w, form)
    w.save(target)


def write_proposal_list_docx(data: ProposalListData, target: Path | IO[bytes]) -> None:
    w = _Writer(data.marks)
    w.header(data.meeting.header, "DS")
    w.title(data.title, data.subtitle)
    w.para(INTRO)
    w.table(data.header, [[cell.replace("\n", ", ") for cell in row]
                     for row in proposal_rows(data)], WIDTHS_MM)
    explained = data.round.lowered_lines
    if explained:
        w.heading("Giải thích mức đề nghị thấp hơn kết quả phiếu:")
        for line in explained:
            w.para(f"– {line}.")
    for line in quota_lines(data.round):
        w.para(f"– {line}")
    w.para(data.round.who_decides)
    w.signatures(signatories(DocumentKind.proposal_list, data.meeting))
    w.save(target)
