"""Where everything a machine reads sits on the blank ballot: the four corner markers, the page
code (QR) and each row's four mark boxes, in millimetres from the top-left corner of the A4 page.

Printing (ballot_paper.py) draws from this layout and reading (services/scan) looks at the same
places, so the two cannot drift apart. The layout depends only on the number of subjects: rows
have a fixed height and each page a fixed number of rows. Plain data: no reportlab, no OpenCV.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import quote, unquote

PAGE_WIDTH = 210.0
PAGE_HEIGHT = 297.0


@dataclass(frozen=True)
class Rect:
    """A rectangle on the page: left, top, width, height in mm (y grows downwards)."""

    x: float
    y: float
    w: float
    h: float

    def inset(self, by: float) -> Rect:
        return Rect(self.x + by, self.y + by, self.w - 2 * by, self.h - 2 * by)


# ArUco markers (OpenCV's DICT_4X4_50, ids 0..3) clockwise from the top left. The reader knows
# each corner by its id, so a page fed upside down or sideways is turned back by the same step.
MARKER_SIZE = 10.0
MARKERS = (
    Rect(14.0, 6.0, MARKER_SIZE, MARKER_SIZE),
    Rect(186.0, 6.0, MARKER_SIZE, MARKER_SIZE),
    Rect(186.0, 281.0, MARKER_SIZE, MARKER_SIZE),
    Rect(14.0, 281.0, MARKER_SIZE, MARKER_SIZE),
)
# Each marker: a black border one cell wide around these 4 x 4 cells ("1" black), top row first.
MARKER_BITS = (
    ("0100", "1010", "1100", "1101"),
    ("1111", "0000", "0110", "0101"),
    ("1100", "1100", "1101", "0010"),
    ("0110", "0110", "1011", "1001"),
)
MARKER_CELLS = 6

QR = Rect(30.0, 249.0, 26.0, 26.0)
QR_NOTE_LEFT = 60.0  # the sentence saying what the code is, right of it

TABLE_LEFT = 30.0
COLUMN_WIDTHS = (11.0, 78.0, 19.0, 19.0, 19.0, 19.0)  # TT | Họ và tên | four levels
HEAD_HEIGHT = 17.0
ROW_HEIGHT = 10.0
BOX_SIZE = 7.0
FIRST_TABLE_TOP = 92.0  # page 1 opens with the header, the title and how to mark
LATER_TABLE_TOP = 20.0
TABLE_BOTTOM = 247.0


def _rows_from(top: float) -> int:
    return int((TABLE_BOTTOM - top - HEAD_HEIGHT) // ROW_HEIGHT)


def column_lefts() -> tuple[float, ...]:
    """The x of each column's left edge, then the table's right edge."""
    edges = [TABLE_LEFT]
    for width in COLUMN_WIDTHS:
        edges.append(edges[-1] + width)
    return tuple(edges)


@dataclass(frozen=True)
class RowLayout:
    """One subject's row: `subject` is its index in the round (0-based); `cells` the four level
    cells and `boxes` the printed mark box in each, both in level order (HTXSNV first)."""

    subject: int
    top: float
    cells: tuple[Rect, ...]
    boxes: tuple[Rect, ...]


@dataclass(frozen=True)
class PageLayout:
    number: int  # 1-based
    pages: int
    table_top: float
    rows: tuple[RowLayout, ...]


def _row(subject: int, top: float) -> RowLayout:
    edges = column_lefts()
    cells = tuple(Rect(edges[i], top, COLUMN_WIDTHS[i], ROW_HEIGHT) for i in range(2, 6))
    offset = (COLUMN_WIDTHS[2] - BOX_SIZE) / 2, (ROW_HEIGHT - BOX_SIZE) / 2
    boxes = tuple(Rect(c.x + offset[0], c.y + offset[1], BOX_SIZE, BOX_SIZE) for c in cells)
    return RowLayout(subject, top, cells, boxes)


def ballot_layout(subjects: int) -> tuple[PageLayout, ...]:
    """The pages of a ballot listing `subjects` subjects (at least one page)."""
    spans: list[tuple[float, int, int]] = []  # (table top, first subject, rows)
    start = 0
    while True:
        top = FIRST_TABLE_TOP if not spans else LATER_TABLE_TOP
        count = min(_rows_from(top), subjects - start)
        spans.append((top, start, count))
        start += count
        if start >= subjects:
            break
    pages = len(spans)
    return tuple(
        PageLayout(number, pages, top, tuple(
            _row(first + i, top + HEAD_HEIGHT + i * ROW_HEIGHT) for i in range(count)))
        for number, (top, first, count) in enumerate(spans, start=1))


@dataclass(frozen=True)
class BallotKey:
    """What the page code names: the meeting (its id and a check of its unit and year, so that a
    meeting of the same id in another database is told apart), the round, its revision, and a
    check of the subjects in the paper's order. The same on every copy: it names the paper, never
    the voter."""

    meeting: int
    meeting_check: str
    round_code: str
    revision: int
    subjects_check: str


def _check(parts: Sequence[str], length: int) -> str:
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:length]


def ballot_key(meeting_id: int, unit: str, review_year: int, round_code: str, revision: int,
               subject_codes: Sequence[str]) -> BallotKey:
    return BallotKey(meeting_id, _check([unit, str(review_year)], 4), round_code, revision,
                     _check(subject_codes, 6))


CODE_PREFIX = "HNPHIEU1"


def page_code(key: BallotKey, page: int, pages: int) -> str:
    """The text of a page's QR code: "HNPHIEU1|3.5f0e|dang-vien|1|2/4|a1b2c3"."""
    return "|".join((CODE_PREFIX, f"{key.meeting}.{key.meeting_check}",
                     quote(key.round_code, safe=""), str(key.revision), f"{page}/{pages}",
                     key.subjects_check))


def parse_page_code(text: str) -> tuple[BallotKey, int, int] | None:
    """(key, page, pages) from a page code; None for any other text."""
    parts = text.split("|")
    try:
        prefix, meeting, round_code, revision, numbers, subjects = parts
        meeting_id, meeting_check = meeting.split(".")
        page, pages = (int(n) for n in numbers.split("/"))
        key = BallotKey(int(meeting_id), meeting_check, unquote(round_code), int(revision),
                        subjects)
    except ValueError:
        return None
    if prefix != CODE_PREFIX or not 1 <= page <= pages:
        return None
    return key, page, pages
