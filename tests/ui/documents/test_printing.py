"""Printing sends the PDF itself to the print system (vector pages) under the document's title;
the command is read as the spooler would receive it, from an `lp` that records its arguments.
On Windows (faked here: the platform, the shell's `os.startfile` and the printer the dialog set
up) the PDF goes to the program registered to print PDFs."""

from __future__ import annotations

import os
import stat
import sys
import tempfile
from pathlib import Path

import pypdfium2  # noqa: F401 - loaded before the platform is faked: it picks its library by it
import pytest
from PySide6.QtPrintSupport import QPrinter
from reportlab.pdfgen.canvas import Canvas

from services.documents.fonts import register_fonts
from tests.helpers.documents import pdf_fonts, pdf_pages
from ui.documents import printing
from ui.documents.printing import print_pdf, spool_command

TITLE = "Biên bản kiểm phiếu: xếp loại đảng viên"


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


class ChosenPrinter(QPrinter):
    """A printer as the Windows print dialog leaves it: a real printer (no print system here, so
    Qt's own would stay a PDF writer without a name), the copies and the pages chosen."""

    def __init__(self, name: str, copies: int = 1, pages: tuple[int, int] | None = None) -> None:
        super().__init__(QPrinter.PrinterMode.HighResolution)
        self.name = name
        self.setCopyCount(copies)
        if pages:
            self.setPrintRange(QPrinter.PrintRange.PageRange)
            self.setFromTo(*pages)

    def printerName(self) -> str:  # noqa: N802 (Qt's name)
        return self.name

    def outputFormat(self) -> QPrinter.OutputFormat:  # noqa: N802
        return QPrinter.OutputFormat.NativeFormat


class Shell:
    """`os.startfile` as Windows answers it: each verb the PDF program registered, or the
    refusal a missing association gives (WinError 1155)."""

    def __init__(self, verbs: tuple[str, ...]) -> None:
        self.verbs = verbs
        self.calls: list[tuple[Path, str, tuple[str, ...], list[str]]] = []

    def __call__(self, path: Path, operation: str, *arguments: str) -> None:
        if operation not in self.verbs:
            raise OSError(22, "No application is associated with the specified file for this "
                          "operation")
        pages = [page.strip() for page in pdf_pages(Path(path))]  # read as the program would
        self.calls.append((Path(path), operation, arguments, pages))


@pytest.fixture
def windows(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lp: Path) -> Path:
    """Windows, with an `lp` on the PATH that must not be used; the temporary folder in tmp."""
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    lp.write_text(f"#!/bin/sh\ntouch {tmp_path / 'lp-was-called'}\n")
    pdf = tmp_path / "bien-ban.pdf"
    canvas = Canvas(str(pdf))
    font = register_fonts()  # the app's own face, embedded: text pdftotext reads back
    for page in range(1, 5):
        canvas.setFont(font, 14)
        canvas.drawString(72, 720, f"Trang {page} của biên bản")
        canvas.showPage()
    canvas.save()
    return pdf


def shell(monkeypatch: pytest.MonkeyPatch, verbs: tuple[str, ...]) -> Shell:
    started = Shell(verbs)
    monkeypatch.setattr(os, "startfile", started, raising=False)
    return started


def test_on_windows_the_pdf_goes_to_the_pdf_program_with_the_printer_chosen(
        qapp, windows: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    started = shell(monkeypatch, ("print", "printto"))
    done: list[int] = []
    print_pdf(windows, ChosenPrinter("Máy in phòng họp", copies=2), done.append, TITLE)
    assert done == [1]
    assert [(c[1], c[2]) for c in started.calls] == [("printto", ('"Máy in phòng họp"',))] * 2
    job = started.calls[0][0]
    # named after the title (the program names the job after the file), ":" not allowed there
    assert job.name == "Biên bản kiểm phiếu- xếp loại đảng viên.pdf"
    assert job.read_bytes() == windows.read_bytes()  # the document itself: its vector pages
    assert started.calls[0][3] == [f"Trang {n} của biên bản" for n in range(1, 5)]
    assert not (tmp_path / "lp-was-called").exists()


def test_a_page_range_is_cut_out_as_a_pdf_of_those_pages(
        qapp, windows: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    started = shell(monkeypatch, ("print", "printto"))
    print_pdf(windows, ChosenPrinter("Máy in phòng họp", pages=(2, 3)), lambda _: None, TITLE)
    [(job, _verb, _arguments, pages)] = started.calls
    assert pages == ["Trang 2 của biên bản", "Trang 3 của biên bản"]
    assert pdf_fonts(job) == pdf_fonts(windows)  # text, not pictures of it


def test_a_program_that_prints_only_to_the_default_printer(
        qapp, windows: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    started = shell(monkeypatch, ("print",))
    print_pdf(windows, ChosenPrinter(""), lambda _: None, TITLE)  # the default printer
    assert [c[1] for c in started.calls] == ["print"]
    with pytest.raises(OSError, match="chỉ in ra máy in mặc định.*Máy in phòng họp"):
        print_pdf(windows, ChosenPrinter("Máy in phòng họp"), lambda _: None, TITLE)
    assert len(started.calls) == 1  # nothing sent to another printer than the one chosen


def test_without_a_pdf_program_the_chair_is_told_what_to_do(
        qapp, windows: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shell(monkeypatch, ())
    with pytest.raises(OSError, match="chưa có chương trình đọc PDF nhận lệnh in") as refused:
        print_pdf(windows, ChosenPrinter(""), lambda _: None, TITLE)
    assert "lưu tài liệu PDF" in str(refused.value)


def test_files_of_earlier_prints_are_cleared(qapp, windows: Path, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / printing.JOB_FOLDER
    folder.mkdir()
    old, recent = folder / "cũ.pdf", folder / "vừa in.pdf"
    for path, age in ((old, printing.KEEP_JOB_FILES + 60), (recent, 60)):
        path.write_bytes(b"%PDF")
        os.utime(path, (path.stat().st_atime - age, path.stat().st_mtime - age))
    shell(monkeypatch, ("printto",))
    print_pdf(windows, ChosenPrinter("Máy in phòng họp"), lambda _: None, TITLE)
    assert not old.exists() and recent.exists()
