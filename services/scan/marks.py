"""Each mark box scored and each row read on a straightened page.

Light is evened out first (each pixel against the paper around it), so a photo lit from one side
reads like a scan. A box is found again within 1.6 mm of its place by its printed outline
(paper stretches, phones bend it), then scored by the share of ink inside the outline, where a
cross, a tick or a pencil stroke leaves most of itself even when it runs over the edge.

A box is `marked` only with clearly enough ink, `blank` only with almost none inside and none in
the rest of its cell; anything between, or a box whose outline cannot be found, is `doubtful`.
A row with one mark is that level; no mark or several marks is an invalid row (rules.md); a row
that depends on a doubtful box is doubtful and goes to a person. Never a guess.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

import cv2
import numpy as np

from models.enums import LEVELS, Level
from services.documents import ballot_layout as layout
from services.documents.ballot_layout import PageLayout, Rect
from services.scan.page import PX_PER_MM

DARK_INK = 0.32  # a pixel at least this much darker than its paper is ink
FAINT_INK = 0.14  # ... and this much is a trace of something (a light pencil)
MARKED = 0.06  # share of the box's inside in dark ink: a mark
MARKED_FAINT = 0.12  # ... or with a trace of something (a pencil cross, lightly drawn)
BLANK = 0.012  # share of the inside with any trace at most: an empty box
CELL_TRACE = 0.02  # share of the rest of the cell with dark ink: a mark beside the box
OUTLINE_FOUND = 0.36  # share of the printed outline seen dark where the box is looked for
_PRINT_PERCENTILE = 99.0  # the rules and names: how dark this page's print is
_PALEST_PRINT = 0.3
_MARGINS = ((3.0, 27.0), (197.0, 207.0))  # mm: blank paper left and right of the table
_MAX_NOISE = 0.04
_INSIDE = 1.0  # mm inside the outline left out of the box's inside (its line, a slight offset)
_OUTLINE = 0.35  # mm either side of the outline counted as the outline
_SEARCH = 1.6  # mm the box is looked for around its place


class BoxState(enum.StrEnum):
    marked = "marked"
    blank = "blank"
    doubtful = "doubtful"


class RowState(enum.StrEnum):
    level = "level"
    invalid = "invalid"
    doubtful = "doubtful"


@dataclass(frozen=True)
class BoxScore:
    ink: float  # share of the inside in dark ink
    trace: float  # share of the inside with any trace
    beside: float  # share of the cell outside the box in dark ink
    outline: float  # share of the outline found dark
    state: BoxState


@dataclass(frozen=True)
class RowRead:
    subject: int  # index in the round
    state: RowState
    level: Level | None
    boxes: tuple[BoxScore, ...]


def ink_image(page: np.ndarray) -> np.ndarray:
    """How much darker than the paper around it each pixel is, from 0 (paper) to 1 (as dark as
    the printed text and rules: a pale print or a grey scan reads like a crisp one)."""
    small = cv2.resize(page, None, fx=1 / 16, fy=1 / 16, interpolation=cv2.INTER_AREA)
    paper = cv2.dilate(small, np.ones((7, 7), np.uint8))  # the lightest nearby: the paper
    paper = cv2.GaussianBlur(paper, (5, 5), 0)
    paper = cv2.resize(paper, (page.shape[1], page.shape[0]), interpolation=cv2.INTER_LINEAR)
    ratio = page.astype(np.float32) / np.maximum(paper, 1).astype(np.float32)
    ink = cv2.medianBlur((1 - ratio).astype(np.float32), 3)
    black = float(np.percentile(ink[::3, ::3], _PRINT_PERCENTILE))
    return np.clip(ink / max(black, _PALEST_PRINT), 0, 1)


class _Sums:
    """Sums over rectangles of a 0/1 mask in constant time (an integral image)."""

    def __init__(self, mask: np.ndarray) -> None:
        self.table = cv2.integral(mask.astype(np.uint8), sdepth=cv2.CV_32S)

    def over(self, x0: np.ndarray, y0: np.ndarray, x1: np.ndarray, y1: np.ndarray) -> np.ndarray:
        t = self.table
        return (t[y1, x1] - t[y0, x1] - t[y1, x0] + t[y0, x0]).astype(np.float64)


def _px(value: float) -> int:
    return round(value * PX_PER_MM)


def _square(sums: _Sums, x: np.ndarray, y: np.ndarray, size: int) -> np.ndarray:
    return sums.over(x, y, x + size, y + size)


def _find_box(dark: _Sums, box: Rect) -> tuple[int, int, float]:
    """The box's top-left (px) where its outline is darkest within _SEARCH mm, and the share of
    the outline found dark there."""
    reach, band, size = _px(_SEARCH), _px(_OUTLINE), _px(box.w)
    shifts = np.arange(-reach, reach + 1)
    dx, dy = np.meshgrid(shifts, shifts)
    x, y = _px(box.x) + dx.ravel(), _px(box.y) + dy.ravel()
    outer = _square(dark, x - band, y - band, size + 2 * band)
    inner = _square(dark, x + band, y + band, size - 2 * band)
    area = (size + 2 * band) ** 2 - (size - 2 * band) ** 2
    # The outline is a thin ring; the one nearest its printed place wins a tie.
    score = (outer - inner) / area - 1e-4 * np.hypot(dx.ravel(), dy.ravel())
    best = int(np.argmax(score))
    return int(x[best]), int(y[best]), float((outer[best] - inner[best]) / area)


def _box_state(ink: float, trace: float, beside: float, outline: float,
               noise: float) -> BoxState:
    """The thresholds stand above the page's own specks (`noise`: their share of blank paper)."""
    allowance = 2 * noise
    if outline < OUTLINE_FOUND:
        return BoxState.doubtful
    if ink >= MARKED + allowance or trace >= MARKED_FAINT + allowance:
        return BoxState.marked
    if trace <= BLANK + allowance and beside <= CELL_TRACE + allowance:
        return BoxState.blank
    return BoxState.doubtful


def _noise(faint: _Sums, top: float, bottom: float) -> float:
    """The share of specks on paper nobody writes on: the least of the margins left and right
    of the rows, top and bottom half (a doodle or a punched hole in one does not count)."""
    middle = (top + bottom) / 2
    strips = [(x0, y0, x1, y1) for x0, x1 in _MARGINS for y0, y1 in ((top, middle),
                                                                     (middle, bottom))]
    shares = [faint.over(*(np.array([_px(v)]) for v in strip))[0]
              / max(1, (_px(strip[2]) - _px(strip[0])) * (_px(strip[3]) - _px(strip[1])))
              for strip in strips]
    return min(_MAX_NOISE, float(min(shares)))


def _score(dark: _Sums, faint: _Sums, cell: Rect, box: Rect, noise: float) -> BoxScore:
    x, y, outline = _find_box(dark, box)
    size, inset = _px(box.w), _px(_INSIDE)
    xs, ys = np.array([x + inset]), np.array([y + inset])
    inside = (size - 2 * inset) ** 2
    ink = float(_square(dark, xs, ys, size - 2 * inset)[0]) / inside
    trace = float(_square(faint, xs, ys, size - 2 * inset)[0]) / inside
    # The cell without its ruled edges (moved as its box was found moved), less the box and a
    # margin around it.
    edge, dx, dy = _px(0.9), x - _px(box.x), y - _px(box.y)
    cx0, cy0 = _px(cell.x) + edge + dx, _px(cell.y) + edge + dy
    cx1, cy1 = _px(cell.x + cell.w) - edge + dx, _px(cell.y + cell.h) - edge + dy
    whole = dark.over(np.array([cx0]), np.array([cy0]), np.array([cx1]), np.array([cy1]))[0]
    margin = _px(_INSIDE)
    around = _square(dark, np.array([x - margin]), np.array([y - margin]), size + 2 * margin)[0]
    rest = (cx1 - cx0) * (cy1 - cy0) - (size + 2 * margin) ** 2
    beside = max(0.0, float(whole - around)) / rest
    return BoxScore(ink, trace, beside, outline,
                    _box_state(ink, trace, beside, outline, noise))


def row_state(boxes: tuple[BoxScore, ...]) -> tuple[RowState, Level | None]:
    """rules.md: one mark is that level; none, or two and more, an invalid row. A doubtful box
    leaves the row doubtful unless two clear marks already make it invalid."""
    marked = [i for i, b in enumerate(boxes) if b.state is BoxState.marked]
    doubtful = any(b.state is BoxState.doubtful for b in boxes)
    if len(marked) >= 2:
        return RowState.invalid, None
    if doubtful:
        return RowState.doubtful, None
    if len(marked) == 1:
        return RowState.level, LEVELS[marked[0]]
    return RowState.invalid, None


def read_rows(page: np.ndarray, page_layout: PageLayout) -> list[RowRead]:
    """Every row of a straightened page, read."""
    if not page_layout.rows:
        return []
    # Only the band of the rows is looked at (the rest of the ink image stays 0).
    top = max(0, _px(page_layout.rows[0].top - 10))
    bottom = _px(page_layout.rows[-1].top + layout.ROW_HEIGHT + 10)
    ink = np.zeros(page.shape, np.float32)
    ink[top:bottom] = ink_image(page[top:bottom])
    dark, faint = _Sums(ink >= DARK_INK), _Sums(ink >= FAINT_INK)
    noise = _noise(faint, page_layout.rows[0].top,
                   page_layout.rows[-1].top + layout.ROW_HEIGHT)
    rows = []
    for row in page_layout.rows:
        boxes = tuple(_score(dark, faint, cell, box, noise)
                      for cell, box in zip(row.cells, row.boxes, strict=True))
        state, level = row_state(boxes)
        rows.append(RowRead(row.subject, state, level, boxes))
    return rows

