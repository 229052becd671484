"""The .docx outputs of the review: the comments digest and the revised draft (python-docx).

Times New Roman 14 pt on A4, as the meeting's papers are. A file is written to a temporary name
beside the target and renamed at the end, so a failed export never leaves half a document.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Sequence
from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_COLOR_INDEX
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from services.common.labels import COMMENT_KIND_NAMES
from services.review.drafts.digest import CommentsDigest
from services.review.drafts.revision import Mark, RevisedParagraph

FONT = "Times New Roman"
FONT_SIZE = Pt(14)
DELETED_COLOUR = RGBColor(0xC0, 0x00, 0x00)
INSERTED_COLOUR = RGBColor(0x00, 0x4C, 0xB0)


def _new_document() -> DocxDocument:
    document = Document()
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
    document = _new_document()
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
                       target: Path) -> Path:
    """The draft with accepted amendments applied: removed text struck through in red, added
    text underlined in blue, and the comments that caused each change named after it."""
    document = _new_document()
    _centered(document, title.upper(), bold=True)
    _centered(document, f"(Bản sửa theo ý kiến góp ý, từ phiên bản {version_number})",
              italic=True)
    for revised in paragraphs:
        paragraph = document.add_paragraph()
        paragraph.paragraph_format.first_line_indent = Cm(0 if revised.heading_level else 1)
        for segment in revised.segments:
            run = paragraph.add_run(segment.text)
            run.bold = bool(revised.heading_level)
            if segment.mark is Mark.deleted:
                run.font.strike = True
                run.font.color.rgb = DELETED_COLOUR
            elif segment.mark is Mark.inserted:
                run.font.underline = True
                run.font.color.rgb = INSERTED_COLOUR
        notes = []
        if revised.applied:
            notes.append("Sửa theo ý kiến " + ", ".join(revised.applied))
        if revised.not_applied:
            notes.append("chưa áp dụng được ý kiến " + ", ".join(revised.not_applied)
                         + " (trùng hoặc chồng lên nhau), thư ký xem lại")
        if notes:
            run = paragraph.add_run(" [" + "; ".join(notes) + "]")
            run.italic = True
            run.font.size = Pt(11)
            run.font.highlight_color = WD_COLOR_INDEX.YELLOW
    return _save(document, target)
