"""The minutes and the result sheet as .docx, for offices that finish them in Word.

Same data records and the same sentences as the PDFs (level sentences, quota lines, comments);
Times New Roman 13 pt, A4 with the HD 36 margins, the header blocks in a borderless table,
"Trang X/Y" as Word fields, "DỰ THẢO" in the page header until the rounds are locked and the lock
lines in the footer after.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import IO

from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from docx.table import Table
from docx.text.paragraph import Paragraph

from models.enums import BodyKind, SubjectKind
from services.ballot.reported import level_groups, quota_lines
from services.common.labels import SUBJECT_TITLES
from services.common.numbers import thousands
from services.common.office_files import word_document
from services.common.text import BLANK, nfc
from services.documents.blocks import ROMAN, Signatory
from services.documents.kinds import DocumentKind
from services.documents.marks import DRAFT_MARK, PageMarks
from services.documents.meeting_info import DocumentHeader
from services.documents.minutes import (
    MinutesData,
    closing_line,
    conclusion_paragraphs,
    opening_lines,
    result_lines,
    review_lines,
)
from services.documents.result_sheet import CELL_NOTE, ResultSheetData
from services.documents.reviews import ReviewRecord
from services.documents.signatures import signatories

FONT = "Times New Roman"
_DOTS = "." * 135  # a line to write in by hand, across the text width


class _Writer:
    """A python-docx document with the few paragraph kinds our documents use."""

    def __init__(self, marks: PageMarks) -> None:
        # Author and title are filled in by `header` and `title`, as the (first) paper names them.
        self.doc = word_document("", "", dt.datetime.now().astimezone())
        normal = self.doc.styles["Normal"]
        normal.font.name = FONT
        normal.font.size = Pt(13)
        normal.element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
        normal.paragraph_format.space_after = Pt(3)
        section = self.doc.sections[0]
        section.page_width, section.page_height = Mm(210), Mm(297)
        section.top_margin, section.bottom_margin = Mm(20), Mm(22)
        section.left_margin, section.right_margin = Mm(30), Mm(15)
        if marks.draft:
            head = section.header.paragraphs[0]
            head.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            head.add_run(DRAFT_MARK).bold = True
        foot = section.footer.paragraphs[0]
        foot.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        foot.add_run("Trang ")
        _field(foot, "PAGE")
        foot.add_run("/")
        _field(foot, "NUMPAGES")
        for lock in marks.locks:
            line = section.footer.add_paragraph()
            line.add_run(lock.text).italic = True

    def para(self, text: str, *, bold: bool = False, italic: bool = False,
             centre: bool = False, indent: bool = True, size: float | None = None) -> Paragraph:
        paragraph = self.doc.add_paragraph()
        run = paragraph.add_run(nfc(text))
        run.bold, run.italic = bold, italic
        if size:
            run.font.size = Pt(size)
        if centre:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        else:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            if indent:
                paragraph.paragraph_format.first_line_indent = Mm(10)
        return paragraph

    def heading(self, text: str) -> None:
        self.para(text, bold=True, indent=False).paragraph_format.keep_with_next = True

    def header(self, header: DocumentHeader, kind: str | None) -> None:
        """The HD 36 header; `kind` None: without a number (a self-review form)."""
        properties = self.doc.core_properties
        properties.author = properties.author or header.issuer[:255]  # the first paper's
        table = self._grid(1, 2, borders=False)
        left, right = table.rows[0].cells
        _cell_lines(left, [(header.superior.upper(), False, False, False),
                           (header.issuer.upper(), True, False, False), ("*", False, False, False)]
                    + ([(header.symbol(kind), False, False, False)] if kind else []))
        _cell_lines(right, [("ĐẢNG CỘNG SẢN VIỆT NAM", True, False, True),
                            ("", False, False, False), (header.place_and_date, False, True, False)])

    def title(self, title: str, subtitle: str) -> None:
        properties = self.doc.core_properties
        properties.title = properties.title or f"{title} – {subtitle}"[:255]
        first = self.para(title.upper(), bold=True, centre=True, size=14)
        first.paragraph_format.space_before = Pt(12)
        self.para(subtitle, bold=True, centre=True)

    def table(self, header: Sequence[str], rows: Sequence[Sequence[str]],
              widths: Sequence[float]) -> None:
        table = self._grid(len(rows) + 1, len(header), borders=True)
        table.autofit = False  # Word and LibreOffice keep the widths only with both set
        for column, width in zip(table.columns, widths, strict=True):
            column.width = Mm(width)
        for row_index, (row, values) in enumerate(zip(table.rows, [list(header), *rows],
                                                      strict=True)):
            for cell, value, width in zip(row.cells, values, widths, strict=True):
                cell.width = Mm(width)
                run = cell.paragraphs[0].add_run(nfc(value))
                run.font.size = Pt(11)
                run.bold = row_index == 0
        _repeat_header(table.rows[0])

    def signatures(self, blocks: Sequence[Signatory]) -> None:
        """Side by side; a single block sits on the right, as on paper (and in the PDF)."""
        table = self._grid(1, max(len(blocks), 2), borders=False)
        cells = table.rows[0].cells[-len(blocks):] if blocks else []
        for cell, signatory in zip(cells, blocks, strict=True):
            lines = [(t.upper(), True, False, False) for t in signatory.titles]
            lines += [("", False, False, False)] * 4 + [(signatory.name or BLANK, True, False,
                                                         False)]
            _cell_lines(cell, lines)

    def _grid(self, rows: int, cols: int, borders: bool) -> Table:
        table = self.doc.add_table(rows=rows, cols=cols)
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        if borders:
            table.style = self.doc.styles["Table Grid"]
        return table

    def save(self, target: Path | IO[bytes]) -> None:
        self.doc.save(str(target) if isinstance(target, Path) else target)


def _cell_lines(cell: object, lines: Sequence[tuple[str, bool, bool, bool]]) -> None:
    """Centred lines in a table cell: (text, bold, italic, underline)."""
    paragraphs = [cell.paragraphs[0]]  # type: ignore[attr-defined]
    for _ in lines[1:]:
        paragraphs.append(cell.add_paragraph())  # type: ignore[attr-defined]
    for paragraph, (text, bold, italic, underline) in zip(paragraphs, lines, strict=True):
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = paragraph.add_run(nfc(text))
        run.bold, run.italic, run.underline = bold, italic, underline


def _field(paragraph: Paragraph, code: str) -> None:
    """A Word field (PAGE, NUMPAGES) that Word fills in when it lays the pages out."""
    run = paragraph.add_run()
    for kind, text in (("begin", None), (None, code), ("end", None)):
        if kind:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        else:
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = text
        run._r.append(element)


def _repeat_header(row: object) -> None:
    properties = row._tr.get_or_add_trPr()  # type: ignore[attr-defined]
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    properties.append(header)


def write_result_sheet_docx(data: ResultSheetData, target: Path | IO[bytes]) -> None:
    w = _Writer(data.marks)
    w.header(data.meeting.header, "BC")
    w.title(data.title, data.meeting.party_unit)
    for number, reported in enumerate(data.rounds):
        w.heading(f"{ROMAN[number]}. {SUBJECT_TITLES[reported.kind].upper()}")
        w.para(f"Tổng số {reported.noun} được đánh giá, xếp loại: "
               f"{thousands(reported.result.summary.total)}, trong đó:")
        for index, (sentence, names) in enumerate(level_groups(reported), start=1):
            w.para(f"{index}. {sentence}" + (":" if names else "."), indent=False)
            if not names:
                continue
            if reported.kind is SubjectKind.member:
                w.table(["TT", "Họ và tên", "Chức vụ, đơn vị"],
                        [[str(n), name, detail] for n, (name, detail) in enumerate(names, 1)],
                        [11, 62, 92])
            else:
                w.table(["TT", "Tổ chức đảng"],
                        [[str(n), name] for n, (name, _) in enumerate(names, 1)], [11, 154])
        for line in quota_lines(reported):
            w.para(line)
    if data.meeting.body_kind is BodyKind.chi_bo:
        w.para(CELL_NOTE)
    w.signatures(signatories(DocumentKind.result_sheet, data.meeting))
    w.save(target)


def _review(w: _Writer, heading: str, record: ReviewRecord | None) -> None:
    w.heading(heading)
    if record is None:
        for _ in range(4):
            w.para(_DOTS, indent=False)
        return
    for line in review_lines(record):
        w.para(line)


def write_minutes_docx(data: MinutesData, target: Path | IO[bytes]) -> None:
    w = _Writer(data.marks)
    m = data.meeting
    w.header(m.header, "BB")
    w.title("Biên bản hội nghị", m.title)
    w.heading("I. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN")
    for line in opening_lines(data):
        w.para(line)
    w.heading("II. NỘI DUNG HỘI NGHỊ")
    if data.collective_review is not None:
        w.heading("1. Kiểm điểm tập thể")
        w.para(data.collective_review.subject, bold=True, indent=False)
        for line in review_lines(data.collective_review):
            w.para(line)
    else:
        _review(w, "1. Kiểm điểm tập thể", None)
    if data.individual_reviews:
        w.heading("2. Kiểm điểm cá nhân")
        for index, record in enumerate(data.individual_reviews, start=1):
            _review(w, f"2.{index}. {record.subject}", record)
    else:
        _review(w, "2. Kiểm điểm cá nhân", None)
    w.heading("3. Kết quả biểu quyết đánh giá, xếp loại")
    for reported in data.rounds:
        for line in result_lines(reported):
            w.para(line)
    w.heading("4. Kết luận của chủ trì hội nghị")
    if data.conclusions:
        for text in conclusion_paragraphs(data):
            w.para(text)
    else:
        for _ in range(4):
            w.para(_DOTS, indent=False)
    w.para(closing_line(data))
    w.signatures(signatories(DocumentKind.minutes, m))
    w.save(target)
