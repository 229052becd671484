"""The .docx outputs of the review: the comments digest and the revised draft (python-docx).

Times New Roman 14 pt on A4, as the meeting's papers are. A file is written to a temporary name
beside the target and renamed at the end, so a failed export never leaves half a document.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import tempfile
from collections.abc import Sequence
from pathlib import Path

from docx.document import Document as DocxDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from docx.text.paragraph import Paragraph as DocxParagraph

from services.common.labels import COMMENT_KIND_NAMES
from services.common.office_files import word_document
from services.review.drafts.digest import CommentsDigest
from services.review.drafts.revision import Mark, RevisedParagraph, Segment
from services.review.drafts.tables import ROW, table_rows

FONT = "Times New Roman"
FONT_SIZE = Pt(14)


def _new_document(title: str, author: str, when: dt.datetime) -> DocxDocument:
    document = word_document(title, author, when)
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin, section.right_margin = Cm(3), Cm(2)
    section.top_margin = section.bottom_margin = Cm(2)
    style = document.styles["Normal"]
    style.font.name = FONT
    style.font.size = FONT_SIZE
    style.element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
    return document


def _centered(document: DocxDocument, text: str, *, bold: bool = False,
              italic: bool = False) -> None:
    paragraph = document.add_paragraph()
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = paragraph.add_run(text)
    run.bold, run.italic = bold, italic


def _save(document: DocxDocument, target: Path) -> Path:
    target = Path(target)
    handle, temporary = tempfile.mkstemp(suffix=".docx", dir=target.parent)
    os.close(handle)
    try:
        document.save(temporary)
        os.replace(temporary, target)
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)
    return target


def write_digest_docx(digest: CommentsDigest, target: Path) -> Path:
    document = _new_document(f"Tổng hợp ý kiến góp ý: {digest.draft_title}", digest.body,
                             dt.datetime.now().astimezone())
    if digest.body:
        _centered(document, digest.body.upper(), bold=True)
    _centered(document, "TỔNG HỢP Ý KIẾN GÓP Ý", bold=True)
    _centered(document, digest.draft_title, italic=True)
    if digest.meeting_title:
        _centered(document, digest.meeting_title, italic=True)
    summary = document.add_paragraph(
        f"Tổng số ý kiến: {digest.total}"
        + "".join(f"; {COMMENT_KIND_NAMES[kind].lower()}: {count}"
                  for kind, count in digest.kinds.items() if count)
        + "."
    )
    summary.paragraph_format.space_before = Pt(12)
    for section in digest.sections:
        heading = document.add_paragraph()
        heading.paragraph_format.space_before = Pt(12)
        heading.paragraph_format.keep_with_next = True
        heading.add_run(section.title).bold = True
        if section.paragraph_text:
            quoted = document.add_paragraph()
            quoted.paragraph_format.left_indent = Cm(1)
            quoted.paragraph_format.keep_with_next = True
            quoted.add_run(section.paragraph_text).italic = True
        for comment in section.comments:
            line = document.add_paragraph(comment.line())
            line.paragraph_format.first_line_indent = Cm(1)
    return _save(document, target)


def write_revised_docx(title: str, version_number: int, paragraphs: Sequence[RevisedParagraph],
                       target: Path, author: str, when: dt.datetime) -> Path:
    """The draft with its accepted amendments as Word tracked changes by `author` (the
    secretary) at `when` (her clock: Word and LibreOffice show the time as written): "Accept
    all" gives the clean revised text, "Reject all" the version's, and each paragraph's
    amendments are named in a Word comment of the same author and time, outside the text. A
    table of the draft is written as a table, its changes tracked within its cells."""
    document = _new_document(title, author, when)
    _centered(document, title.upper(), bold=True)
    _centered(document, f"(Bản sửa theo ý kiến góp ý, từ phiên bản {version_number})",
              italic=True)
    changes = _Changes(author, when)
    for revised in paragraphs:
        if table_rows(revised.text) is not None or any(
                table_rows(segment.text) is not None for segment in revised.segments):
            anchor = _table(document, revised, changes)
        else:
            paragraph = document.add_paragraph()
            paragraph.paragraph_format.first_line_indent = Cm(0 if revised.heading_level else 1)
            for segment in revised.segments:
                changes.run(paragraph, segment, bold=bool(revised.heading_level))
            anchor = paragraph
        notes = []
        if revised.applied:
            notes.append("Sửa theo ý kiến " + ", ".join(revised.applied))
        if revised.not_applied:
            notes.append("chưa áp dụng được ý kiến " + ", ".join(revised.not_applied)
                         + " (trùng hoặc chồng lên nhau), thư ký xem lại")
        if notes:
            comment = document.add_comment(anchor.add_run(), "; ".join(notes), author=author,
                                           initials="TK")
            comment._comment_elm.set(qn("w:date"), changes.date)
    return _save(document, target)


class _Changes:
    """Runs of a revised paragraph: kept text as it is, deleted text inside <w:del>, inserted
    text inside <w:ins>, each change with its own id, the author and the date. The date is the
    wall-clock time with no zone, as in the format's own example: Word and LibreOffice show it as
    written (a UTC time would show 03:15 for a change made at 10:15 in Hà Nội)."""

    def __init__(self, author: str, when: dt.datetime) -> None:
        self.author = author
        self.date = when.strftime("%Y-%m-%dT%H:%M:%S")
        self.next_id = 1

    def run(self, paragraph: DocxParagraph, segment: Segment, bold: bool = False) -> None:
        run = paragraph.add_run(segment.text)
        run.bold = bold or None
        if segment.mark is Mark.keep:
            return
        change = OxmlElement("w:del" if segment.mark is Mark.deleted else "w:ins")
        change.set(qn("w:id"), str(self.next_id))
        change.set(qn("w:author"), self.author)
        change.set(qn("w:date"), self.date)
        self.next_id += 1
        run._r.addprevious(change)
        change.append(run._r)
        if segment.mark is Mark.deleted:
            for text in run._r.iterchildren(qn("w:t")):
                text.tag = qn("w:delText")


def _table(document: DocxDocument, revised: RevisedParagraph, changes: _Changes) -> DocxParagraph:
    """The table's cells as the revised text lays them out (kept and inserted text); deleted
    text is shown, tracked, in the cell where it stood. Returns the cell to anchor a comment."""
    cells: list[list[list[Segment]]] = [[[]]]
    for segment in revised.segments:
        for index, piece in enumerate(re.split(r"(\t|\n)", segment.text)):
            if index % 2 and segment.mark is not Mark.deleted:
                if piece == ROW:
                    cells.append([[]])
                else:
                    cells[-1].append([])
            elif piece and not index % 2:
                cells[-1][-1].append(Segment(piece, segment.mark))
    columns = max(len(row) for row in cells)
    table = document.add_table(rows=len(cells), cols=columns)
    table.style = document.styles["Table Grid"]
    for row, values in zip(table.rows, cells, strict=True):
        for cell, segments in zip(row.cells, values, strict=False):
            for segment in segments:
                changes.run(cell.paragraphs[0], segment)
    return table.rows[0].cells[0].paragraphs[0]
