"""Printing a PDF the app made, as vector pages where the system allows it, under the document's
title as the job name.

QtPdf only renders a page to an image (QPdfDocument.render gives a QImage; there is no call that
paints a page's vectors onto a QPainter), so Qt's own print path can only send pictures of the
pages. The PDF itself is therefore handed to the print system whenever it takes one:
- the dialog's "print to file" (PDF): the file is the document itself, copied;
- CUPS (Linux, macOS): `lp` receives the PDF with the printer, copies, pages and sides chosen in
  the dialog, and the title as the job's name; CUPS's PDF filters keep text and rules as vectors.
Only where neither exists (Windows, which spools no PDF without a viewer) are the pages rendered
by QtPdf at the printer's resolution (at most 300 dpi) and painted onto the QPrinter, whose job
still carries the title. QPainter may paint on a QPrinter in a worker thread, so this runs off the
GUI thread (the QPdfDocument is made and used in that thread).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

MAX_RENDER_DPI = 300  # enough for text on paper; a 1,200 dpi page image would take 0,5 GB
SIDES = {QPrinter.DuplexMode.DuplexNone: "one-sided",
         QPrinter.DuplexMode.DuplexLongSide: "two-sided-long-edge",
         QPrinter.DuplexMode.DuplexShortSide: "two-sided-short-edge"}


def print_pdf(path: Path, printer: QPrinter, progress: Callable[[int], None],
              title: str) -> None:
    """Print the PDF at `path` as the print dialog set `printer` up; `title` names the job."""
    printer.setDocName(title)
    if printer.outputFormat() is QPrinter.OutputFormat.PdfFormat:
        shutil.copyfile(path, printer.outputFileName())
        progress(1)
        return
    command = spool_command(path, printer, title)
    if command is not None:
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            raise OSError(f"the print system refused the job: {done.stderr.strip()}")
        progress(1)
        return
    _paint_pages(path, printer, progress)


def spool_command(path: Path, printer: QPrinter, title: str) -> list[str] | None:
    """The `lp` command sending the PDF itself, as the dialog set the printer up; None where no
    CUPS spooler is installed (Windows)."""
    lp = shutil.which("lp")
    if lp is None or sys.platform == "win32":
        return None
    command = [lp, "-t", title, "-n", str(max(printer.copyCount(), 1)),
               "-o", f"sides={SIDES.get(printer.duplex(), 'one-sided')}"]
    if printer.printerName():
        command += ["-d", printer.printerName()]
    if printer.printRange() is QPrinter.PrintRange.PageRange and printer.fromPage():
        command += ["-P", f"{printer.fromPage()}-{printer.toPage() or printer.fromPage()}"]
    if printer.collateCopies():
        command += ["-o", "collate=true"]
    return [*command, "--", str(path)]


def _paint_pages(path: Path, printer: QPrinter, progress: Callable[[int], None]) -> None:
    """Every page rendered by QtPdf and painted onto the printer, fitted to the paper."""
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
