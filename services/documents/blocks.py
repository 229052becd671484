"""The building blocks every document shares: paragraph styles, safe text, the HD 36 header,
the title, signature blocks and long tables whose header repeats on every page."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TypeAlias
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    LongTable,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from services.common.text import BLANK, nfc
from services.documents.fonts import BOLD, FAMILY, ITALIC, register_fonts
from services.documents.meeting_info import DocumentHeader
from services.documents.page import TEXT_WIDTH

ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")  # section numbers


def esc(text: object) -> str:
    """Any value as paragraph markup: NFC, then XML-escaped, so "<", "&" and combining marks
    from an imported file print as written."""
    return escape(nfc(str(text)))


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    body_left: ParagraphStyle
    lead_in: ParagraphStyle
    heading: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    centre: ParagraphStyle
    centre_bold: ParagraphStyle
    italic_centre: ParagraphStyle
    cell: ParagraphStyle
    cell_centre: ParagraphStyle
    cell_head: ParagraphStyle
    note: ParagraphStyle


@functools.cache
def styles() -> Styles:
    """Times-like 13 pt body, 11 pt tables (HD 36 asks 13–14 pt for text)."""
    register_fonts()
    body = ParagraphStyle("body", fontName=FAMILY, fontSize=13, leading=17, alignment=TA_JUSTIFY,
                          firstLineIndent=10 * mm, spaceAfter=3)
    centre = ParagraphStyle("centre", parent=body, alignment=TA_CENTER, firstLineIndent=0,
                            spaceAfter=0)
    cell = ParagraphStyle("cell", fontName=FAMILY, fontSize=11, leading=13, alignment=TA_LEFT)
    return Styles(
        body=body,
        body_left=ParagraphStyle("body_left", parent=body, firstLineIndent=0, alignment=TA_LEFT),
        lead_in=ParagraphStyle("lead_in", parent=body, firstLineIndent=0, alignment=TA_LEFT,
                               spaceBefore=4),
        heading=ParagraphStyle("heading", parent=body, fontName=BOLD, firstLineIndent=0,
                               spaceBefore=6, spaceAfter=3, alignment=TA_LEFT, keepWithNext=1),
        title=ParagraphStyle("title", parent=centre, fontName=BOLD, fontSize=14, leading=18,
                             spaceBefore=14),
        subtitle=ParagraphStyle("subtitle", parent=centre, fontName=BOLD, spaceAfter=10),
        centre=centre,
        centre_bold=ParagraphStyle("centre_bold", parent=centre, fontName=BOLD),
        italic_centre=ParagraphStyle("italic_centre", parent=centre, fontName=ITALIC),
        cell=cell,
        cell_centre=ParagraphStyle("cell_centre", parent=cell, alignment=TA_CENTER),
        cell_head=ParagraphStyle("cell_head", parent=cell, fontName=BOLD, alignment=TA_CENTER),
        note=ParagraphStyle("note", parent=cell, fontName=ITALIC, spaceBefore=3),
    )


def para(text: str, style: ParagraphStyle | None = None) -> Paragraph:
    """A paragraph of plain text (escaped here)."""
    return Paragraph(esc(text), style or styles().body)


def markup(text: str, style: ParagraphStyle | None = None) -> Paragraph:
    """A paragraph of markup whose variable parts the caller has passed through `esc`."""
    return Paragraph(text, style or styles().body)


def header_block(header: DocumentHeader, kind: str | None, dated: bool = False) -> Flowable:
    """Top left: superior, ISSUER, "*", "Số …-kind/…"; top right: ĐẢNG CỘNG SẢN VIỆT NAM
    underlined, then the place and date in italics. `kind` None: a form without number, and
    without date unless `dated` (the ballot paper has neither, a self-review a date)."""
    s = styles()
    left_style = ParagraphStyle("hl", parent=s.centre, fontSize=13, leading=16)
    left: list[Flowable] = [
        Paragraph(esc(header.superior.upper()), left_style),
        Paragraph(f"<b>{esc(header.issuer.upper())}</b>", left_style),
        Paragraph("*", left_style),
    ]
    right: list[Flowable] = [
        Paragraph("<b><u>ĐẢNG CỘNG SẢN VIỆT NAM</u></b>",
                  ParagraphStyle("hr", parent=s.centre, fontSize=14, leading=17)),
    ]
    if kind is not None:
        left.append(Paragraph(esc(header.symbol(kind)), left_style))
    if kind is not None or dated:
        right += [Spacer(1, 16), Paragraph(f"<i>{esc(header.place_and_date)}</i>", s.centre)]
    table = Table([[left, right]], colWidths=[TEXT_WIDTH * 0.46, TEXT_WIDTH * 0.54])
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONTNAME", (0, 0), (-1, -1), FAMILY),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ]))
    return table


def title_block(title: str, subtitle: str = "") -> list[Flowable]:
    """The title in capitals, centred, with an optional bold subtitle line under it."""
    s = styles()
    flowables: list[Flowable] = [Paragraph(esc(title.upper()), s.title)]
    if subtitle:
        flowables.append(Paragraph(esc(subtitle), s.subtitle))
    else:
        flowables.append(Spacer(1, 10))
    return flowables


@dataclass(frozen=True)
class Signatory:
    """One signature block: its title lines ("T/M BAN KIỂM PHIẾU", "TRƯỞNG BAN") and the name
    typed under the space to sign (blank: a line of dots to write it in)."""

    titles: tuple[str, ...]
    name: str


def signature_block(signatories: Sequence[Signatory], per_row: int = 2,
                    lead: Sequence[Flowable] = ()) -> Flowable:
    """Signature blocks side by side, `per_row` to a row: titles on one line of the table, room
    to sign, then the names, so that names line up whatever the titles' length. `lead` (the
    closing sentence) is kept on the same page: a page holding only signatures is not accepted."""
    s = styles()
    rows: list[list[object]] = []
    heights: list[float | None] = []
    for start in range(0, len(signatories), per_row):
        group: list[Signatory | None] = list(signatories[start:start + per_row])
        if len(group) == 1 and per_row == 2:
            group.insert(0, None)  # a single signature sits on the right, as on paper
        group += [None] * (per_row - len(group))
        rows.append(["" if g is None else Paragraph(
            "<b>" + "<br/>".join(esc(t.upper()) for t in g.titles) + "</b>", s.centre)
            for g in group])
        rows.append([""] * per_row)
        rows.append(["" if g is None else Paragraph(f"<b>{esc(g.name or BLANK)}</b>", s.centre)
                     for g in group])
        heights += [None, 24 * mm, None]
    table = Table(rows, colWidths=[TEXT_WIDTH / per_row] * per_row, rowHeights=heights)
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("FONTNAME", (0, 0), (-1, -1), FAMILY)]))
    return KeepTogether([*lead, Spacer(1, 8), table])


@functools.cache
def cell_styles(size: float) -> tuple[ParagraphStyle, ParagraphStyle, ParagraphStyle]:
    """Table cell styles (left, centred, bold header) at `size` points."""
    s = styles()
    return tuple(ParagraphStyle(f"{base.name}-{size}", parent=base, fontSize=size,
                                leading=size + 2)
                 for base in (s.cell, s.cell_centre, s.cell_head))  # type: ignore[return-value]


PADDING = 3  # left and right of every table cell


@dataclass(frozen=True)
class Line:
    """Text of a table cell that starts on a line of its own and wraps within the column: a
    name in bold, then under it the position in a smaller size (None: the table's size)."""

    text: str
    bold: bool = False
    size: float | None = None


def wrap_words(text: str, font: str, size: float, width: float) -> list[str] | None:
    """`text` broken into lines no wider than `width` points, word by word, as a reportlab
    Paragraph breaks them; a line break in `text` is kept. None when a word is wider than the
    column: a Paragraph cuts such a word, and the cell is left to one."""
    register_fonts()
    lines: list[str] = []
    for part in nfc(text).split("\n"):
        if _width(part, font, size) <= width:  # most cells: one line, one measure
            lines.append(" ".join(part.split()))
            continue
        space = _width(" ", font, size)
        shrink = rl_config.spaceShrinkage * space  # a Paragraph squeezes each space this much
        current: list[str] = []
        used = 0.0
        for word in part.split():
            needed = _width(word, font, size)
            if needed > width:
                return None
            if current and used + space + needed > width + shrink * len(current):
                lines.append(" ".join(current))
                current, used = [], 0.0
            used += needed + (space if current else 0)
            current.append(word)
        lines.append(" ".join(current))
    return lines


@functools.lru_cache(maxsize=65536)
def _width(text: str, font: str, size: float) -> float:
    """Names repeat ("Nguyễn", "Văn", "Chi bộ"): each measured once."""
    return stringWidth(text, font, size)


class CellLines(Flowable):
    """Lines of a table cell in more than one font or size, broken once when the table is
    built: a Paragraph would parse its markup and break its lines again at every layout pass,
    page split and drawing (20,000 times for a 2,000-member report). Laid out as a Paragraph of
    the same leading lays it out, so the page looks the same."""

    def __init__(self, lines: Sequence[tuple[str, str, float]], width: float, size: float,
                 centred: bool) -> None:
        super().__init__()
        self.lines = lines  # (text, font, size), each no wider than `width`
        self.width, self.size, self.centred = width, size, centred
        self.height = (size + 2) * len(self.lines)

    def wrap(self, _width: float, _height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        y = self.height - self.size  # the first baseline, as a Paragraph puts it
        for text, font, size in self.lines:
            self.canv.setFont(font, size)
            if self.centred:
                self.canv.drawCentredString(self.width / 2, y, text)
            else:
                self.canv.drawString(0, y, text)
            y -= self.size + 2


Cell: TypeAlias = Flowable | str | Sequence[Line]
"""A table cell: text (wrapped within its column), lines in several fonts, or any flowable."""


def data_table(header: Sequence[str], rows: Sequence[Sequence[Cell]],
               widths: Sequence[float], centred: Sequence[int] = (), size: float = 11) -> LongTable:
    """A ruled table whose header row repeats on every page; text wraps within its column;
    `centred` columns are centred; text at `size` points.

    Text is broken into lines here, once, with the column widths known, and drawn as plain
    strings: the same lines a Paragraph would give, without its cost at every page split."""
    # A 2,000-row table is one LongTable: reportlab splits it page by page with the header row
    # repeated, measuring each row once per split.
    inner = [width - 2 * PADDING for width in widths]
    left, centre, head = cell_styles(size)

    def cell(value: Cell, column: int, font: str = FAMILY) -> Flowable | str:
        if isinstance(value, Flowable):
            return value
        if isinstance(value, str):
            lines = wrap_words(value, font, size, inner[column])
            if lines is not None:
                return "\n".join(lines)
            if len(value.split()) == 1 and _width(value, font, size) < widths[column]:
                return nfc(value)  # one word ("HTXSNV") into the padding rather than cut
            style = head if font == BOLD else centre if column in centred else left
            return Paragraph(esc(value), style)
        faces = [(line.text, BOLD if line.bold else FAMILY, line.size or size) for line in value]
        broken = [(face, points, wrap_words(text, face, points, inner[column]))
                  for text, face, points in faces]
        if all(lines is not None for *_, lines in broken):
            return CellLines([(text, face, points) for face, points, lines in broken
                              for text in lines or ()], inner[column], size, column in centred)
        return Paragraph("<br/>".join(f"<font name={face} size={points}>{esc(text)}</font>"
                                      for text, face, points in faces),
                         centre if column in centred else left)

    body = [[cell(value, column) for column, value in enumerate(row)] for row in rows]
    table = LongTable([[cell(text, column, BOLD) for column, text in enumerate(header)], *body],
                      colWidths=list(widths), repeatRows=1)
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, "black"),
        ("FONTNAME", (0, 0), (-1, -1), FAMILY),
        ("FONTNAME", (0, 0), (-1, 0), BOLD),
        ("FONTSIZE", (0, 0), (-1, -1), size),
        ("LEADING", (0, 0), (-1, -1), size + 2),
        ("ALIGN", (0, 0), (-1, 0), "CENTER"),
        *(("ALIGN", (column, 0), (column, -1), "CENTER") for column in centred),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("BACKGROUND", (0, 0), (-1, 0), "#eeeeee"),
        ("LEFTPADDING", (0, 0), (-1, -1), PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), PADDING),
    ]))
    return table


def lead_in(text: str) -> list[Flowable]:
    """A line of markup introducing a table, never left alone at the foot of a page: a new page
    when less than room for it and a few rows is left. (keepWithNext would carry a 2,000-row
    table whole to the next page, leaving this one blank.)"""
    return [CondPageBreak(30 * mm), Paragraph(text, styles().lead_in)]


def fill_lines(count: int) -> list[Flowable]:
    """Dotted lines across the text width, where the secretary writes by hand what the database
    does not hold (never invented text)."""
    s = styles()
    dots = "." * int(0.97 * TEXT_WIDTH / stringWidth(".", FAMILY, s.body.fontSize))
    return [Paragraph(dots, s.body_left) for _ in range(count)]
