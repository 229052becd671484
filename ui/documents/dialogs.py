"""The documents window's modal questions: where to save, which printer. Both run through
`ui.msgbox.run_modal`, so tests answer them like every other modal."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from ui import msgbox


def choose_save_path(parent: QWidget | None, title: str, folder: Path, suggested: str,
                     suffix: str) -> Path | None:
    """A file to write (`suffix` ".pdf" or ".docx" added when missing), or None."""
    kinds = {".pdf": QCoreApplication.translate("Documents", "Tài liệu PDF (*.pdf)"),
             ".docx": QCoreApplication.translate("Documents", "Văn bản Word (*.docx)")}
    dialog = QFileDialog(parent, title, str(folder / suggested), kinds[suffix])
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setDefaultSuffix(suffix.lstrip("."))
    if msgbox.run_modal(dialog) != QDialog.DialogCode.Accepted or not dialog.selectedFiles():
        return None
    path = Path(dialog.selectedFiles()[0])
    return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)


def choose_printer(parent: QWidget | None) -> QPrinter | None:
    """The system print dialog; the printer set up as the chair chose, or None."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("Documents", "In tài liệu"))
    if msgbox.run_modal(dialog) != QDialog.DialogCode.Accepted:
        return None
    return printer
