"""Printing a PDF through the system's printer: each page rendered by QtPdf to an image and
painted onto the QPrinter, fitted to the paper. QPainter may paint on a QPrinter in a worker
thread, so this runs off the GUI thread (the QPdfDocument is made and used in that thread)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

MAX_RENDER_DPI = 300  # enough for text on paper; a 1,200 dpi page image would take 0,5 GB


def print_pdf(path: Path, printer: QPrinter, progress: Callable[[int], None]) -> None:
    """Print every page of the PDF at `path` (the printer's page range is the dialog's: all)."""
    document = QPdfDocument()
    if document.load(str(path)) != QPdfDocument.Error.None_:
        raise OSError(f"cannot read {path.name} to print it")
    printer.setFullPage(True)
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("the printer refused the job")
    try:
        paper = printer.paperRect(QPrinter.Unit.DevicePixel)
        dpi = min(printer.resolution(), MAX_RENDER_DPI)
        for index in range(document.pageCount()):
            if index:
                printer.newPage()
            points = document.pagePointSize(index)
            image = document.render(index, QSize(round(points.width() * dpi / 72),
                                                 round(points.height() * dpi / 72)),
                                    fillColor=Qt.GlobalColor.white)
            scale = min(paper.width() / points.width(), paper.height() / points.height())
            painter.drawImage(QRectF(0, 0, points.width() * scale, points.height() * scale),
                              image)
            progress(index + 1)
    finally:
        painter.end()
        document.close()
