"""Printing sends the PDF itself to the print system (vector pages) under the document's title;
the command is read as the spooler would receive it, from an `lp` that records its arguments."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrinter

from ui.documents.printing import spool_command


@pytest.fixture
def lp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "bin"
    folder.mkdir()
    script = folder / "lp"
    script.write_text("#!/bin/sh\nexit 0\n")
    script.chmod(script.stat().st_mode | stat.S_IEXEC)
    monkeypatch.setenv("PATH", f"{folder}{os.pathsep}{os.environ['PATH']}")
    return script


def test_the_pdf_goes_to_the_spooler_with_its_title_copies_and_pages(qapp, lp: Path,
                                                                      tmp_path: Path) -> None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setCopyCount(2)
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 3)
    pdf = tmp_path / "bien-ban-kiem-phieu.pdf"
    command = spool_command(pdf, printer, "Biên bản kiểm phiếu")
    assert command is not None
    assert command[0] == str(lp) and command[-2:] == ["--", str(pdf)]
    options = command[1:-2]
    pairs = dict(zip(options[::2], options[1::2], strict=True))
    assert pairs["-t"] == "Biên bản kiểm phiếu"  # the job's name in the printer's queue
    assert "-d" not in pairs  # no printer named here (no print system): the default one
    assert pairs["-n"] == "2" and pairs["-P"] == "2-3"


def test_without_a_spooler_the_pages_are_painted(qapp, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # no lp
    assert spool_command(tmp_path / "x.pdf", QPrinter(), "Biên bản") is None
