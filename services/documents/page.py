"""The page every document is printed on (Hướng dẫn 36-HD/VPTW): A4, its margins, and what is
drawn on every page besides the content: "Trang 2/5", the "DỰ THẢO" mark until the rounds the
document reports are locked, and after locking the revision and fingerprint of each round.

The page count is only known at the end, so the canvas keeps each page until `save` and then
draws the numbers; one layout pass is enough even for a 2,000-row table.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, PageBreak, SimpleDocTemplate

from services.documents.fonts import BOLD, FAMILY, ITALIC, register_fonts
from services.documents.marks import DRAFT_MARK, PageMarks

# HD 36: top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm.
MARGIN_TOP = 20 * mm
MARGIN_BOTTOM = 22 * mm
MARGIN_LEFT = 30 * mm
MARGIN_RIGHT = 15 * mm
PAGE_WIDTH, PAGE_HEIGHT = A4
TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT

_DRAFT_COLOUR = Color(0.55, 0.55, 0.55, alpha=0.22)
_FOOTER_SIZE = 9

Progress = Callable[[int], None]
"""Called with the number of each page as its layout is finished (for a progress indication)."""


def _draw_marks(canvas: Canvas, marks: PageMarks) -> None:
    """Drawn before the page's content, so the draft mark lies under the text."""
    canvas.saveState()
    if marks.draft:
        canvas.setFillColor(_DRAFT_COLOUR)
        canvas.setFont(BOLD, 96)
        canvas.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2)
        canvas.rotate(50)
        canvas.drawCentredString(0, -30, DRAFT_MARK)
        canvas.rotate(-50)
        canvas.translate(-PAGE_WIDTH / 2, -PAGE_HEIGHT / 2)
        canvas.setFillColorRGB(0.3, 0.3, 0.3)
        canvas.setFont(BOLD, 11)
        canvas.drawRightString(PAGE_WIDTH - MARGIN_RIGHT, PAGE_HEIGHT - 12 * mm, DRAFT_MARK)
    canvas.setFillColorRGB(0, 0, 0)
    canvas.setFont(ITALIC, _FOOTER_SIZE)
    y = 12 * mm
    for lock in marks.locks:
        canvas.drawString(MARGIN_LEFT, y, lock.text)
        y -= _FOOTER_SIZE + 2
    canvas.restoreState()


class _NumberedCanvas(Canvas):
    """A canvas that holds its pages until `save`, then writes "Trang n/N" on each, counting
    each document of the file on its own (see `DocumentStart`)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []
        self.document_part = 0

    def showPage(self) -> None:  # noqa: N802 (reportlab's name)
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        parts = [state["document_part"] for state in self._pages]
        for index, state in enumerate(self._pages):
            part = parts[index]
            self.__dict__.update(state)
            self.setFont(FAMILY, _FOOTER_SIZE + 2)
            self.drawRightString(PAGE_WIDTH - MARGIN_RIGHT, 12 * mm,
                                 f"Trang {parts[:index + 1].count(part)}/{parts.count(part)}")
            super().showPage()
        super().save()


class DocumentStart(Flowable):
    """Where the next document of a multi-document PDF begins: its pages are numbered anew."""

    def wrap(self, _width: float, _height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.canv.document_part += 1


def join_documents(*stories: list[Flowable]) -> list[Flowable]:
    """Several documents' stories as one, each starting on a new page with its own numbering."""
    joined: list[Flowable] = []
    for story in stories:
        if joined:
            joined += [PageBreak(), DocumentStart()]
        joined += story
    return joined


def build_pdf(target: Path | BinaryIO, story: list[Flowable], *, title: str, marks: PageMarks,
              progress: Progress | None = None) -> None:
    """Lay `story` out on A4 pages with the marks and page numbers; write the PDF to `target`.

    The output is byte-for-byte reproducible (no creation time, no random id) for the same input.
    """
    register_fonts()
    doc = SimpleDocTemplate(
        str(target) if isinstance(target, Path) else target,
        pagesize=A4, leftMargin=MARGIN_LEFT, rightMargin=MARGIN_RIGHT,
        topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM,
        title=title, author="Hội nghị", creator="Hội nghị", invariant=True,
        initialFontName=FAMILY,  # else the canvas declares an unembedded Helvetica
    )
    if progress is not None:
        report = progress

        def on_progress(kind: str, value: int) -> None:
            if kind == "PAGE":
                report(value)

        doc.setProgressCallBack(on_progress)

    def decorate(canvas: Canvas, _doc: Any) -> None:
        _draw_marks(canvas, marks)

    doc.build(story, onFirstPage=decorate, onLaterPages=decorate, canvasmaker=_NumberedCanvas)
