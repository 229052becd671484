"""The documents window on real widgets: documents made off the GUI thread, previewed with
QtPdf, printed through the (answered) print dialog, saved as PDF and .docx."""

from __future__ import annotations

import subprocess
import threading
from collections.abc import Callable
from pathlib import Path

import docx
import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from models.database import Database
from services.documents.catalogue import DocumentKind, DocumentSpec
from services.meeting_file.store import import_meeting
from tests.helpers import SEED_MEETING
from tests.helpers.documents import Reviewed, flat, generated_file, pdf_text, record_reviews
from tests.helpers.ui import WAIT_MS, Boxes, open_documents, open_window, save_as
from ui.documents import window as documents_module
from ui.documents.window import DocumentsWindow


def print_to(path: Path) -> Callable[[QDialog], int]:
    """Answers the print dialog with a printer that writes a PDF file."""
    def answer(dialog: QDialog) -> int:
        assert isinstance(dialog, QPrintDialog)
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(path))
        return QDialog.DialogCode.Accepted
    return answer


def pdf_page_count(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True,
                          text=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


@pytest.fixture
def reviewed(db: Database) -> Reviewed:
    meeting_id = import_meeting(db, SEED_MEETING)
    return record_reviews(db, meeting_id)


def spec_of(documents: DocumentsWindow, kind: DocumentKind) -> DocumentSpec:
    return next(spec for spec in documents.specs() if spec.kind is kind)


def test_minutes_made_off_the_gui_thread_previewed_printed_and_saved(
        qtbot: QtBot, db: Database, reviewed: Reviewed, boxes: Boxes, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch):
    threads: list[int] = []
    original = documents_module.write_document

    def recording(*args: object, **kwargs: object) -> None:
        threads.append(threading.get_ident())
        original(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(documents_module, "write_document", recording)
    window = open_window(qtbot, db)
    boxes.answers.append(True)  # step 1 is not complete (no opening recorded): go on anyway
    with qtbot.waitSignal(window.controller.view_changed, timeout=WAIT_MS):
        window.go_to(9)
    documents = open_documents(qtbot, window)
    # Step 9 opens on the minutes; its preview is being made while the window answers.
    assert documents.current_spec() == spec_of(documents, DocumentKind.minutes)
    assert documents.progress.isVisible() and "Đang tạo" in documents.status.text()
    assert not documents.print_button.isEnabled()
    with qtbot.waitSignal(documents.preview_ready, timeout=WAIT_MS) as shown:
        pass
    pages = shown.args[0]
    assert pages > 0 and documents.pdf.pageCount() == pages
    assert threads and all(ident != threading.get_ident() for ident in threads)
    assert f"{pages} trang." in documents.status.text() and not documents.progress.isVisible()

    boxes.answers.append(save_as(tmp_path / "bien-ban"))
    documents.pdf_button.click()
    saved = tmp_path / "bien-ban.pdf"
    text = flat(pdf_text(saved))
    for comments in reviewed.comments.values():
        for comment in comments:
            assert comment in text, comment
    for name in reviewed.reviewed:
        assert f"Đồng chí {name}" in text

    boxes.answers.append(save_as(tmp_path / "bien-ban.docx"))
    with qtbot.waitSignal(documents.job_done, timeout=WAIT_MS):
        documents.docx_button.click()
    body = "\n".join(p.text for p in docx.Document(str(tmp_path / "bien-ban.docx")).paragraphs)
    assert reviewed.comments[0][0] in body and reviewed.reviewed[1] in body

    boxes.answers.append(print_to(tmp_path / "printed.pdf"))
    with qtbot.waitSignal(documents.job_done, timeout=WAIT_MS):
        documents.print_button.click()
    assert pdf_page_count(tmp_path / "printed.pdf") == pages
    # vector pages: the document's own text and rules, not pictures of them
    assert "BIÊN BẢN HỘI NGHỊ" in flat(pdf_text(tmp_path / "printed.pdf"))
    images = subprocess.run(["pdfimages", "-list", str(tmp_path / "printed.pdf")], check=True,
                            capture_output=True, text=True).stdout.splitlines()[2:]
    assert images == []
    assert len(threads) == 2  # the preview and the .docx; the PDF was copied, not made again


class PaintSeen(QObject):
    """Notes when a documents window is first painted."""

    painted = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if isinstance(watched, DocumentsWindow) and event.type() == QEvent.Type.Paint:
            self.painted = True
        return False


def test_the_window_is_painted_before_its_first_document_is_made(
        qtbot: QtBot, db: Database, reviewed: Reviewed, monkeypatch: pytest.MonkeyPatch):
    """A document being made holds Python's lock most of the time: begun before the window's
    first paint, it would keep the chair looking at no window at all."""
    seen = PaintSeen()
    painted_at_start: list[bool] = []
    original = documents_module.write_document

    def recording(*args: object, **kwargs: object) -> None:
        painted_at_start.append(seen.painted)
        original(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(documents_module, "write_document", recording)
    window = open_window(qtbot, db)
    QApplication.instance().installEventFilter(seen)
    try:
        documents = open_documents(qtbot, window)
        assert "Đang tạo: Danh sách đảng viên dự hội nghị" in documents.status.text()
        qtbot.waitSignal(documents.preview_ready, timeout=WAIT_MS).wait()
    finally:
        QApplication.instance().removeEventFilter(seen)
    assert painted_at_start == [True]


def test_every_document_of_the_list_previews(qtbot: QtBot, db: Database, reviewed: Reviewed):
    window = open_window(qtbot, db)
    documents = open_documents(qtbot, window)
    specs = documents.specs()
    assert [s.kind for s in specs].count(DocumentKind.comments_digest) == 2
    assert not documents.docx_button.isEnabled() or documents.current_spec().has_docx
    for spec in specs:
        with qtbot.waitSignal(documents.preview_ready, timeout=WAIT_MS) as shown:
            documents.choose(spec)
        assert shown.args[0] > 0, spec
        assert documents.docx_button.isEnabled() == spec.has_docx


def test_a_change_in_the_meeting_makes_the_preview_stale_until_made_again(
        qtbot: QtBot, db: Database, reviewed: Reviewed):
    window = open_window(qtbot, db)
    documents = open_documents(qtbot, window)
    digest = spec_of(documents, DocumentKind.comments_digest)
    with qtbot.waitSignal(documents.preview_ready, timeout=WAIT_MS):
        documents.choose(digest)
    assert documents.print_button.isEnabled()
    documents.context.events.changed.emit("comments")
    assert not documents.print_button.isEnabled() and not documents.pdf_button.isEnabled()
    assert "Tạo lại" in documents.status.text()
    assert documents.current_spec() == digest  # the choice survives the list being reloaded
    with qtbot.waitSignal(documents.preview_ready, timeout=WAIT_MS):
        documents.remake_button.click()
    assert documents.print_button.isEnabled()


def test_a_failure_is_told_and_the_window_carries_on(qtbot: QtBot, db: Database,
                                                    reviewed: Reviewed, boxes: Boxes,
                                                    monkeypatch: pytest.MonkeyPatch):
    def full_disk(*_args: object, **_kwargs: object) -> None:
        raise OSError("Ổ đĩa đã đầy")

    window = open_window(qtbot, db)
    documents = open_documents(qtbot, window)
    qtbot.waitSignal(documents.preview_ready, timeout=WAIT_MS).wait()
    monkeypatch.setattr(documents_module, "write_document", full_disk)
    with qtbot.waitSignal(documents.job_failed, timeout=WAIT_MS) as failed:
        documents.choose(spec_of(documents, DocumentKind.minutes))
    assert failed.args == ["Ổ đĩa đã đầy"]
    assert ("Không tạo được tài liệu", "Biên bản hội nghị: Ổ đĩa đã đầy") in boxes.seen
    assert not documents.progress.isVisible() and not documents.print_button.isEnabled()


def test_a_long_document_counts_its_pages_while_the_window_keeps_answering(
        qtbot: QtBot, db: Database, tmp_path: Path):
    """The 2,000-member committee's tellers' report (over a hundred pages): each page reaches
    the window's status line while the document is still being made."""
    import_meeting(db, generated_file(tmp_path))
    window = open_window(qtbot, db)
    documents = open_documents(qtbot, window)
    qtbot.waitSignal(documents.preview_ready, timeout=WAIT_MS).wait()
    report = next(s for s in documents.specs()
                  if s.kind is DocumentKind.tellers_report and s.round_code is None)
    pages: list[int] = []
    statuses: list[str] = []
    documents.progressed.connect(pages.append)
    documents.progressed.connect(lambda _page: statuses.append(documents.status.text()))
    with qtbot.waitSignal(documents.preview_ready, timeout=WAIT_MS) as shown:
        documents.choose(report)
    assert shown.args[0] > 100
    assert pages == list(range(1, shown.args[0] + 1))
    assert statuses[-1] == f"Đang tạo: Biên bản kiểm phiếu — trang {shown.args[0]}…"


def test_the_menu_opens_one_window_on_the_document_of_the_step(qtbot: QtBot, db: Database,
                                                                reviewed: Reviewed, boxes: Boxes):
    window = open_window(qtbot, db)
    boxes.answers.append(True)  # step 1 is not complete (no opening recorded): go on anyway
    window.go_to(4)
    action = next(a for a in window.actions() if a.text() == "&Xem, in và lưu tài liệu…")
    action.trigger()
    documents = window.findChild(DocumentsWindow)
    assert documents is not None and documents.isVisible()
    assert documents.current_spec() == spec_of(documents, DocumentKind.comments_digest)
    qtbot.waitSignal(documents.preview_ready, timeout=WAIT_MS).wait()
    window.go_to(2)
    action.trigger()
    assert window.findChildren(DocumentsWindow) == [documents]  # the same window, re-aimed
    assert documents.current_spec() == spec_of(documents, DocumentKind.attendance_list)
