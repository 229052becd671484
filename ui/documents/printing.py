"""Printing a PDF the app made, as vector pages where the system allows it, under the document's
title as the job name.

QtPdf only renders a page to an image (QPdfDocument.render gives a QImage; there is no call that
paints a page's vectors onto a QPainter), so Qt's own print path can only send pictures of the
pages. The PDF itself is therefore handed to the print system:
- the dialog's "print to file" (PDF): the file is the document itself, copied;
- Windows: the program registered to print PDFs (Adobe Acrobat Reader, Foxit, SumatraPDF…)
  through the shell's "printto" verb with the printer chosen (`shell_print`);
- CUPS (Linux, macOS): `lp` receives the PDF with the printer, copies, pages and sides chosen in
  the dialog, and the title as the job's name; CUPS's PDF filters keep text and rules as vectors.
Only a Unix whose Qt prints through libcups but has no `lp` command gets the pages rendered by
QtPdf at the printer's resolution (at most 300 dpi) and painted onto the QPrinter, whose job
still carries the title. QPainter may paint on a QPrinter in a worker thread, so this runs off the
GUI thread (the QPdfDocument is made and used in that thread).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

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
    if sys.platform == "win32":
        shell_print(path, printer, title)
        progress(1)
        return
    command = spool_command(path, printer, title)
    if command is not None:
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            raise OSError(QCoreApplication.translate(
                "Printing", "Hệ thống in từ chối lệnh in: {why}").format(
                why=done.stderr.strip()))
        progress(1)
        return
    _paint_pages(path, printer, progress)


def shell_print(path: Path, printer: QPrinter, title: str) -> None:
    """Windows: the PDF handed to the program registered to print PDFs, which prints its vector
    pages, on the printer chosen ("printto"; "print" when the program knows only the default
    printer and that is the one chosen). The program names the job after the file, so the PDF is
    copied under the document's title; a page range chosen in the dialog is cut out as a PDF of
    those pages (pdfium), and each copy is a job of its own. Sides follow the printer's own
    setting: the shell's verbs take no options."""
    job = _job_file(path, printer, title)
    for _ in range(max(printer.copyCount(), 1)):
        _hand_over(job, printer.printerName())


def _hand_over(job: Path, printer: str) -> None:
    if printer:
        try:
            os.startfile(job, "printto", f'"{printer}"')  # type: ignore[attr-defined]
            return
        except OSError as refused:
            if printer != QPrinterInfo.defaultPrinterName():
                raise OSError(QCoreApplication.translate("Printing",
                    "Chương trình đọc PDF của máy này chỉ in ra máy in mặc định; chọn máy in "
                    "mặc định, hoặc đặt {printer} làm máy in mặc định rồi in lại.").format(
                    printer=printer)) from refused
    try:
        os.startfile(job, "print")  # type: ignore[attr-defined]
    except OSError as refused:
        raise OSError(QCoreApplication.translate("Printing",
            "Máy này chưa có chương trình đọc PDF nhận lệnh in (ví dụ Adobe Acrobat Reader, "
            "Foxit Reader, SumatraPDF). Cài một chương trình như vậy, hoặc lưu tài liệu PDF "
            "rồi mở và in nó. ({why})").format(why=refused.strerror or refused)) from refused


JOB_FOLDER = "hoinghi-in"  # in the temporary folder: files the PDF program reads, later
KEEP_JOB_FILES = 3600  # seconds: the program has long read a file by then


def _job_file(path: Path, printer: QPrinter, title: str) -> Path:
    """The PDF to hand over, named after `title`, with only the pages chosen. The program reads
    it after the call returns, so it stays; files of earlier prints are deleted."""
    folder = Path(tempfile.gettempdir()) / JOB_FOLDER
    folder.mkdir(exist_ok=True)
    for old in folder.glob("*.pdf"):
        if time.time() - old.stat().st_mtime > KEEP_JOB_FILES:
            old.unlink(missing_ok=True)
    name = re.sub(r'[<>:"/\\|?*\x00-\x1f]', "-", title).strip(" .")[:100] or "tai-lieu"
    job = folder / f"{name}.pdf"
    if printer.printRange() is QPrinter.PrintRange.PageRange and printer.fromPage():
        import pypdfium2 as pdfium  # imported when a range is printed, not with the window

        source = pdfium.PdfDocument(path)
        cut = pdfium.PdfDocument.new()
        try:
            last = min(printer.toPage() or printer.fromPage(), len(source))
            cut.import_pages(source, list(range(printer.fromPage() - 1, last)))
            cut.save(job)
        finally:
            cut.close()
            source.close()
    else:
        shutil.copyfile(path, job)
    return job


def spool_command(path: Path, printer: QPrinter, title: str) -> list[str] | None:
    """The `lp` command sending the PDF itself, as the dialog set the printer up; None where no
    CUPS spooler is installed."""
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
        raise OSError(QCoreApplication.translate(
            "Printing", "Không đọc được {file} để in.").format(file=path.name))
    printer.setFullPage(True)
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError(QCoreApplication.translate("Printing", "Máy in từ chối lệnh in."))
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
