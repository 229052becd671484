"""Phiếu đánh giá, xếp loại: the blank ballot paper for one round's subjects, made to be read
by a scanner as well as by the tellers (services/scan).

A ballot is secret (rules.md, "Secrecy"): every copy is identical. No serial number, no date or
time of printing, no draft mark, nothing that could tell one paper, and so one voter, from another.
The page code (QR) names the meeting, round, revision and page only, the same on every copy.

The pages are drawn at the fixed places of ballot_layout.py (corner markers, page code, a mark
box in each level cell), which the reader uses too; the rows have a fixed height, so a name
too long for two lines is set smaller rather than moving the boxes.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Frame, KeepInFrame, Paragraph
from sqlalchemy.orm import Session

from models.enums import LEVELS, SubjectKind
from models.meeting import Meeting
from models.roster import Member
from services.ballot.own_unit import rated_organisation_names
from services.ballot.rounds import ROUND_CODES
from services.ballot.shared import load_round_subjects
from services.ballot.stored import latest_round
from services.common.labels import LEVEL_NAMES, SUBJECT_NOUNS, SUBJECT_TITLES
from services.documents import ballot_layout as layout
from services.documents.ballot_layout import BallotKey, PageLayout, Rect, ballot_key, page_code
from services.documents.blocks import (
    DocumentHeader,
    esc,
    header_block,
    markup,
    styles,
    title_block,
)
from services.documents.fonts import FAMILY, ITALIC
from services.documents.page import TEXT_WIDTH, Progress
from services.meeting.rated import rated_members
from services.meeting.setup import period_words

INSTRUCTION = "đánh dấu (X) vào một ô"


@dataclass(frozen=True)
class BallotSubject:
    code: str  # the member's or organisation's code (the page code's check of the list)
    name: str
    detail: str = ""  # a member's cell, to tell two members of the same name apart


@dataclass(frozen=True)
class BallotPaperData:
    """The subjects in the order the tellers will key them in (the paper's TT)."""

    header: DocumentHeader
    period: str  # "năm 2025", "quý III năm 2025"
    unit: str
    subject_kind: SubjectKind
    subjects: tuple[BallotSubject, ...]
    key: BallotKey


def subjects_key(meeting: Meeting, round_code: str, revision: int,
                 subject_codes: Sequence[str]) -> BallotKey:
    """The key a page code of this meeting's round names (also what a scanned page must name)."""
    return ballot_key(meeting.id, meeting.party_unit.name, meeting.review_year, round_code,
                      revision, subject_codes)


def _member_subject(member: Member) -> BallotSubject:
    return BallotSubject(member.code, member.full_name,
                         member.organisation.name if member.organisation else "")


def build_ballot_paper_data(session: Session, meeting_id: int, subject_kind: SubjectKind,
                            round_code: str | None = None) -> BallotPaperData:
    """The subjects of the ballot round `round_code` (latest revision; default: the meeting's
    first round of `subject_kind`) in the round's order, which the tellers key in. Before any
    round exists, from the roster: the members to be rated (services/meeting/rated.py) sorted the
    Vietnamese way, or the organisations a round will rate (the cell itself at a cell
    meeting), under the code and revision the round will have when it opens."""
    meeting = session.get_one(Meeting, meeting_id)
    rounds = sorted((r for r in meeting.rounds if r.subject_kind is subject_kind
                     and (round_code is None or r.code == round_code)),
                    key=lambda r: (r.sort_order, -r.revision))
    if rounds:
        latest = latest_round(meeting, rounds[0].code)
        assert latest is not None
        stored = load_round_subjects(session, latest.id)  # not a query per member
        subjects = tuple(_member_subject(s.member) if s.member is not None
                         else BallotSubject(s.code, s.organisation.name if s.organisation else "")
                         for s in stored.subjects)
        code, revision = stored.code, stored.revision
    else:
        code, revision = ROUND_CODES[subject_kind], 1
        if subject_kind is SubjectKind.member:
            subjects = tuple(_member_subject(m) for m in rated_members(meeting.members,
                                                                        meeting.date))
        else:
            subjects = tuple(BallotSubject(code, name)
                             for code, name in rated_organisation_names(meeting))
    return BallotPaperData(
        header=DocumentHeader(superior=meeting.party_unit.superior,
                              issuer=meeting.body or meeting.party_unit.name,
                              body_kind=meeting.body_kind, place=meeting.place, date=None),
        period=period_words(meeting.review_year, meeting.period), unit=meeting.party_unit.name,
        subject_kind=subject_kind, subjects=subjects,
        key=subjects_key(meeting, code, revision, [s.code for s in subjects]),
    )


def _pt(x: float, y: float) -> tuple[float, float]:
    """A layout point (mm from the top left) in reportlab's points from the bottom left."""
    return x * mm, (layout.PAGE_HEIGHT - y) * mm


def _rect(canvas: Canvas, rect: Rect, fill: bool = False, stroke: bool = True) -> None:
    x, y = _pt(rect.x, rect.y + rect.h)
    canvas.rect(x, y, rect.w * mm, rect.h * mm, stroke=int(stroke), fill=int(fill))


def _fill(canvas: Canvas, rects: list[Rect]) -> None:
    """Fill the rectangles black as one path: no hairline seams between neighbours."""
    path = canvas.beginPath()
    for rect in rects:
        x, y = _pt(rect.x, rect.y + rect.h)
        path.rect(x, y, rect.w * mm, rect.h * mm)
    canvas.drawPath(path, stroke=0, fill=1)


def _draw_marker(canvas: Canvas, rect: Rect, bits: tuple[str, ...]) -> None:
    """The marker's black border one cell wide around its 4 x 4 pattern."""
    cell = rect.w / layout.MARKER_CELLS
    lines = ["1" * layout.MARKER_CELLS, *(f"1{line}1" for line in bits),
             "1" * layout.MARKER_CELLS]
    _fill(canvas, [Rect(rect.x + column * cell, rect.y + row * cell, cell, cell)
                   for row, line in enumerate(lines)
                   for column, bit in enumerate(line) if bit == "1"])


def _draw_code(canvas: Canvas, text: str) -> None:
    """The page code as a QR code (level M) filling layout.QR with a quiet zone of 3 modules,
    and what it says for a voter who wonders."""
    rect = layout.QR
    code = QrCodeWidget(text, barLevel="M").qr
    code.make()
    module = rect.w / (code.getModuleCount() + 6)
    cells = []
    for row, line in enumerate(code.modules):
        column = 0
        for dark, run in itertools.groupby(bool(m) for m in line):
            length = len(list(run))
            if dark:
                cells.append(Rect(rect.x + (column + 3) * module, rect.y + (row + 3) * module,
                                  length * module, module))
            column += length
    _fill(canvas, cells)
    note = ParagraphStyle("qr_note", fontName=ITALIC, fontSize=9, leading=11)
    _draw_in(canvas, Paragraph(
        "Mã bên cạnh chỉ ghi hội nghị, vòng bỏ phiếu và trang để máy quét đọc phiếu; mọi tờ "
        "phiếu đều in giống hệt nhau.", note),
        Rect(layout.QR_NOTE_LEFT, rect.y, layout.column_lefts()[-1] - layout.QR_NOTE_LEFT,
             rect.h / 2), centred=False)


def _draw_in(canvas: Canvas, paragraph: Paragraph, cell: Rect, centred: bool = True,
             padding: float = 3) -> float:
    """Draw `paragraph` in `cell`, vertically centred (or at the top); return its height."""
    _, height = paragraph.wrap(cell.w * mm - 2 * padding, cell.h * mm)
    x, top = _pt(cell.x, cell.y + (cell.h - height / mm) / 2 if centred else cell.y)
    paragraph.drawOn(canvas, x + padding, top - height)
    return float(height)


def _name_cell(subject: BallotSubject, cell: Rect) -> Paragraph:
    """The subject's name (and cell) at the largest size that fits the row in two lines."""
    base = styles().cell
    text = f"<b>{esc(subject.name)}</b>"
    for size in (11.0, 10.0, 9.0, 8.0, 7.0):
        style = ParagraphStyle(f"name{size}", parent=base, fontSize=size, leading=size * 1.18)
        detail = f" <font size={size - 2:g}>({esc(subject.detail)})</font>" if subject.detail \
            else ""
        paragraph = Paragraph(text + detail, style)
        if paragraph.wrap(cell.w * mm - 6, cell.h * mm)[1] <= cell.h * mm - 2:
            break
    return paragraph


def _draw_table(canvas: Canvas, data: BallotPaperData, page: PageLayout) -> None:
    s = styles()
    edges = layout.column_lefts()
    top, bottom = page.table_top, page.table_top + layout.HEAD_HEIGHT
    canvas.setFillColorRGB(0.933, 0.933, 0.933)
    _rect(canvas, Rect(edges[0], top, edges[-1] - edges[0], layout.HEAD_HEIGHT), fill=True,
          stroke=False)
    canvas.setFillColorRGB(0, 0, 0)
    head = ParagraphStyle("ballot_head", parent=s.cell_head, fontSize=10, leading=11.5)
    names = ["TT", "Họ và tên" if data.subject_kind is SubjectKind.member else "Tên tổ chức",
             *(LEVEL_NAMES[level] for level in LEVELS)]
    for index, name in enumerate(names):
        _draw_in(canvas, Paragraph(esc(name), head),
                 Rect(edges[index], top, edges[index + 1] - edges[index], layout.HEAD_HEIGHT))
    number = ParagraphStyle("ballot_tt", parent=s.cell_centre)
    for row in page.rows:
        bottom = row.top + layout.ROW_HEIGHT
        subject = data.subjects[row.subject]
        _draw_in(canvas, Paragraph(str(row.subject + 1), number),
                 Rect(edges[0], row.top, edges[1] - edges[0], layout.ROW_HEIGHT))
        name_cell = Rect(edges[1], row.top, edges[2] - edges[1], layout.ROW_HEIGHT)
        _draw_in(canvas, _name_cell(subject, name_cell), name_cell)
        canvas.setLineWidth(0.7)
        for box in row.boxes:
            _rect(canvas, box)
    canvas.setLineWidth(0.5)
    for x in edges:
        canvas.line(*_pt(x, top), *_pt(x, bottom))
    for y in [top, page.table_top + layout.HEAD_HEIGHT, *(r.top + layout.ROW_HEIGHT
                                                          for r in page.rows)]:
        canvas.line(*_pt(edges[0], y), *_pt(edges[-1], y))


def _first_page_story(data: BallotPaperData) -> list[Flowable]:
    s = styles()
    noun = SUBJECT_NOUNS[data.subject_kind]
    title = (f"Phiếu đánh giá, xếp loại chất lượng {SUBJECT_TITLES[data.subject_kind]} "
             f"{data.period}")
    return [
        header_block(data.header, kind=None),
        *title_block(title, data.unit),
        markup(f"<i>Cách ghi phiếu: ở mỗi dòng, {INSTRUCTION} tương ứng với mức xếp loại của "
               f"{esc(noun)} đó. Dòng không đánh dấu hoặc đánh dấu từ hai ô trở lên là dòng "
               f"không hợp lệ.</i>", s.body),
    ]


def _draw_first_page_head(canvas: Canvas, data: BallotPaperData) -> None:
    """The header, title and how to mark, shrunk if a long unit name would not fit above the
    table (the table's place is fixed)."""
    top, bottom = 20.0, layout.FIRST_TABLE_TOP - 2
    height = (bottom - top) * mm
    frame = Frame(layout.TABLE_LEFT * mm, (layout.PAGE_HEIGHT - bottom) * mm, TEXT_WIDTH, height,
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    frame.addFromList([KeepInFrame(TEXT_WIDTH, height, _first_page_story(data), mode="shrink",
                                   vAlign="TOP")], canvas)


def render_ballot_paper(data: BallotPaperData, target: Path | BinaryIO,
                        progress: Progress | None = None) -> None:
    """Write the ballot as a PDF, byte for byte the same for the same data."""
    styles()  # registers the fonts
    canvas = Canvas(str(target) if isinstance(target, Path) else target, pagesize=A4,
                    invariant=True, initialFontName=FAMILY)
    canvas.setTitle("Phiếu đánh giá, xếp loại")
    canvas.setAuthor("Hội nghị")
    canvas.setCreator("Hội nghị")
    for page in layout.ballot_layout(len(data.subjects)):
        for rect, bits in zip(layout.MARKERS, layout.MARKER_BITS, strict=True):
            _draw_marker(canvas, rect, bits)
        _draw_code(canvas, page_code(data.key, page.number, page.pages))
        if page.number == 1:
            _draw_first_page_head(canvas, data)
        _draw_table(canvas, data, page)
        canvas.setFont(FAMILY, 11)
        canvas.drawRightString(*_pt(layout.column_lefts()[-1], layout.QR.y + layout.QR.h),
                               f"Trang {page.number}/{page.pages}")
        canvas.showPage()
        if progress is not None:
            progress(page.number)
    canvas.save()
