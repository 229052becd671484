"""The documents window: the meeting's documents on the left (round documents for all rounds and
per round, a comments digest per draft commented on), the chosen one previewed on the right, and
print, save as PDF, save as .docx (minutes, result sheet).

Every document is written on a worker thread (`ui.documents.worker`) into a private temporary
folder, with its pages counted in the status line, so the window stays responsive even for the
123 pages of a 2,000-member tellers' report; printing runs off the GUI thread too. A preview is
kept until the meeting's data changes, then the window says so and "Tạo lại" makes it anew.

A job asked for before the window is first painted waits for that paint: a document being made
holds Python's lock most of the time, and the window would otherwise wait for it to paint.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QPaintEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from services.documents.catalogue import (
    DocumentKind,
    DocumentSpec,
    meeting_documents,
    write_document,
)
from ui import msgbox
from ui.context import MeetingContext
from ui.documents.dialogs import choose_printer, choose_save_path
from ui.documents.printing import print_pdf
from ui.documents.worker import Job, JobSignals

# The document each step of the agenda is about, best first (the window opens on it).
STEP_DOCUMENTS: dict[int, tuple[DocumentKind, ...]] = {
    2: (DocumentKind.attendance_list,),
    3: (DocumentKind.attendance_list,),
    4: (DocumentKind.comments_digest, DocumentKind.collective_form),
    5: (DocumentKind.member_form, DocumentKind.minutes),
    6: (DocumentKind.ballot_paper,),
    7: (DocumentKind.tellers_report, DocumentKind.ballot_paper),
    8: (DocumentKind.proposal_list, DocumentKind.result_sheet),
    9: (DocumentKind.minutes,),
}


@dataclass(frozen=True)
class _Task:
    """What a running job is for: a preview (of `spec`, from data as of `version`), a .docx or
    PDF saved, or a print."""

    purpose: str  # "preview", "save", "print"
    spec: DocumentSpec
    version: int


class DocumentsWindow(QDialog):
    """Signals:
        preview_ready(int): the chosen document is shown; its number of pages.
        progressed(int): a running job finished a page (shown in the status line).
        job_done(str): a save or print finished; the file written or printed from.
        job_failed(str): a job failed; why (also shown to the chair).
    """

    preview_ready = Signal(int)
    progressed = Signal(int)
    job_done = Signal(str)
    job_failed = Signal(str)

    def __init__(self, context: MeetingContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Tài liệu của hội nghị"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)  # one document at a time, in the order asked
        self._folder = tempfile.TemporaryDirectory(prefix="hoinghi-tai-lieu-")
        self._written = 0
        self._version = 0  # goes up whenever the meeting's data changes
        self._ready: dict[DocumentSpec, Path] = {}
        self._tasks: dict[JobSignals, _Task] = {}  # the jobs running
        # Every job stays referenced until the window closes: a job (and its signals) is never
        # freed by Python while the pool's thread may still be returning from it.
        self._jobs: list[Job] = []
        self._waiting: list[Job] | None = []  # asked before the first paint; None once painted
        self._shown: DocumentSpec | None = None
        self._items: dict[DocumentSpec, QTreeWidgetItem] = {}
        self.save_folder = msgbox.documents_folder()
        self._build()
        context.events.changed.connect(self._data_changed)
        self.reload_list()

    # --- building ---------------------------------------------------------------------------

    def _build(self) -> None:
        self.list = QTreeWidget(self)
        self.list.setHeaderHidden(True)
        self.list.setWordWrap(True)
        self.list.setMinimumWidth(300)
        self.list.setRootIsDecorated(False)
        self.list.setIndentation(18)
        self.list.currentItemChanged.connect(self._chosen)
        self.pdf = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.pdf)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)  # a whole page at a time
        self.title = QLabel(self)
        self.title.setStyleSheet("font-weight: bold;")
        self.title.setWordWrap(True)
        self.remake_button = QPushButton(self.tr("Tạo &lại"), self)
        self.print_button = QPushButton(self.tr("&In…"), self)
        self.pdf_button = QPushButton(self.tr("Lưu &PDF…"), self)
        self.docx_button = QPushButton(self.tr("Lưu .&docx…"), self)
        self.remake_button.setToolTip(self.tr("Tạo lại tài liệu từ dữ liệu hiện tại"))
        self.docx_button.setToolTip(self.tr(
            "Biên bản hội nghị, kết quả xếp loại, danh sách đề nghị và các mẫu kiểm điểm có bản "
            "Word để hoàn thiện tiếp"))
        self.remake_button.clicked.connect(self.remake)
        self.print_button.clicked.connect(self.print_document)
        self.pdf_button.clicked.connect(self.save_pdf)
        self.docx_button.clicked.connect(self.save_docx)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)  # busy: a document's page count is known only at its end
        self.progress.setMaximumWidth(160)
        self.progress.setTextVisible(False)
        self.progress.hide()

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(self.tr("Tài liệu"), self))
        left_layout.addWidget(self.list, 1)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        actions = QHBoxLayout()
        actions.addWidget(self.title, 1)
        for button in (self.remake_button, self.print_button, self.pdf_button, self.docx_button):
            actions.addWidget(button)
        right_layout.addLayout(actions)
        right_layout.addWidget(self.view, 1)
        status_row = QHBoxLayout()
        status_row.addWidget(self.progress)
        status_row.addWidget(self.status, 1)
        right_layout.addLayout(status_row)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([320, 1000])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.resize(1280, 720)
        self._update_buttons()

    # --- the list ---------------------------------------------------------------------------

    def reload_list(self) -> None:
        """The meeting's documents as the database has them now, one line each; a kind with
        several (per round, per draft) is a heading over them. The choice is kept."""
        with self.context.db.session() as session:
            specs = meeting_documents(session, self.context.meeting_id)
        chosen = self.current_spec()
        self.list.blockSignals(True)
        self.list.clear()
        self._items = {}
        for kind in dict.fromkeys(spec.kind for spec in specs):
            group = [spec for spec in specs if spec.kind is kind]
            if len(group) == 1 and not group[0].detail:
                self._items[group[0]] = QTreeWidgetItem(self.list, [group[0].title])
                continue
            parent = QTreeWidgetItem(self.list, [group[0].title])
            parent.setFlags(Qt.ItemFlag.ItemIsEnabled)  # a heading, not a document
            font = parent.font(0)
            font.setBold(True)
            parent.setFont(0, font)
            parent.setExpanded(True)
            for spec in group:
                self._items[spec] = QTreeWidgetItem(parent, [spec.detail])
        for spec, item in self._items.items():
            item.setData(0, Qt.ItemDataRole.UserRole, spec)
            item.setToolTip(0, spec.title + (f" — {spec.detail}" if spec.detail else ""))
        self.list.expandAll()
        if chosen in self._items:  # kept quietly: a change in the data does not remake the preview
            self.list.setCurrentItem(self._items[chosen])
        self.list.blockSignals(False)

    def specs(self) -> list[DocumentSpec]:
        return list(self._items)

    def current_spec(self) -> DocumentSpec | None:
        item = self.list.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None

    def choose(self, spec: DocumentSpec) -> None:
        self.list.setCurrentItem(self._items[spec])

    def choose_for_step(self, step: int) -> None:
        """Open on the document of the step in hand (the first of the list for other steps)."""
        specs = self.specs()
        for kind in STEP_DOCUMENTS.get(step, ()):
            found = next((spec for spec in specs if spec.kind is kind), None)
            if found is not None:
                self.choose(found)
                return
        if specs and self.current_spec() is None:
            self.choose(specs[0])

    def _chosen(self, item: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        spec = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        if spec is None:
            return
        self.title.setText(spec.title + (f" — {spec.detail}" if spec.detail else ""))
        if spec in self._ready:
            self._show(spec)
        else:
            self._preview(spec)

    # --- jobs -------------------------------------------------------------------------------

    def _temporary_path(self, spec: DocumentSpec) -> Path:
        self._written += 1
        return Path(self._folder.name) / f"{self._written}-{spec.file_name('.pdf')}"

    def _preview(self, spec: DocumentSpec) -> None:
        if any(task.purpose == "preview" and task.spec == spec and task.version == self._version
               for task in self._tasks.values()):
            return  # already being made
        self._shown = None
        self.pdf.close()
        path = self._temporary_path(spec)
        db, meeting_id = self.context.db, self.context.meeting_id
        self._start(Job(lambda report: write_document(db, meeting_id, spec, path,
                                                      progress=report), path),
                    _Task("preview", spec, self._version))

    def _start(self, job: Job, task: _Task) -> None:
        job.signals.progress.connect(self._job_progress)
        job.signals.finished.connect(self._job_finished)
        job.signals.failed.connect(self._job_failed)
        job.signals.crashed.connect(self._job_crashed)
        self._tasks[job.signals] = task
        self._jobs.append(job)
        self._report(task, 0)
        self.progress.show()
        self._update_buttons()
        if self._waiting is None:
            self.pool.start(job)
        else:
            self._waiting.append(job)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        super().paintEvent(event)
        if self._waiting is not None:
            QTimer.singleShot(0, self._start_waiting)

    def _start_waiting(self) -> None:
        """The window is on screen: the jobs asked meanwhile begin, in the order asked."""
        waiting, self._waiting = self._waiting or [], None
        for job in waiting:
            self.pool.start(job)

    def _task_of_sender(self) -> _Task | None:
        sender = self.sender()
        return self._tasks.get(sender) if isinstance(sender, JobSignals) else None

    def _end(self, signals: JobSignals) -> None:
        self._tasks.pop(signals, None)
        if not self._tasks:
            self.progress.hide()
        self._update_buttons()

    def _report(self, task: _Task, page: int) -> None:
        doing = {"preview": self.tr("Đang tạo"), "save": self.tr("Đang lưu"),
                 "print": self.tr("Đang in")}[task.purpose]
        text = f"{doing}: {task.spec.title}"
        if page:
            text += " — " + self.tr("trang {page}").format(page=page)
        self.status.setText(text + "…")

    def _job_progress(self, page: int) -> None:
        task = self._task_of_sender()
        if task is not None:
            self._report(task, page)
            self.progressed.emit(page)

    def _job_finished(self, path: str) -> None:
        sender = self.sender()
        task = self._task_of_sender()
        if task is None or not isinstance(sender, JobSignals):
            return  # the window was closed meanwhile
        self._end(sender)
        if task.purpose == "preview":
            if task.version == self._version:
                self._ready[task.spec] = Path(path)
            if task.spec == self.current_spec():
                self._show(task.spec, Path(path))
            return
        words = {"save": self.tr("Đã lưu {file}."), "print": self.tr("Đã gửi {file} tới máy in.")}
        name = Path(path).name if task.purpose == "save" else task.spec.title
        self.status.setText(words[task.purpose].format(file=name))
        self.job_done.emit(path)

    def _job_failed(self, message: str) -> None:
        sender = self.sender()
        task = self._task_of_sender()
        if task is None or not isinstance(sender, JobSignals):
            return  # the window was closed meanwhile
        self._end(sender)
        title = {"preview": self.tr("Không tạo được tài liệu"),
                 "save": self.tr("Không lưu được tài liệu"),
                 "print": self.tr("Không in được tài liệu")}[task.purpose]
        self.status.setText(f"{title}: {message}")
        self.job_failed.emit(message)
        msgbox.warn(self, title, f"{task.spec.title}: {message}")

    def _job_crashed(self, info: tuple[type[BaseException], BaseException, Any]) -> None:
        """A bug in a job: the task ends, and the crash dialog (logged) says what happened."""
        sender = self.sender()
        if isinstance(sender, JobSignals) and sender in self._tasks:
            self._end(sender)
            self.status.clear()
        sys.excepthook(*info)

    # --- preview ----------------------------------------------------------------------------

    def _show(self, spec: DocumentSpec, path: Path | None = None) -> None:
        path = path or self._ready[spec]
        self.pdf.close()
        if self.pdf.load(str(path)) != QPdfDocument.Error.None_:
            self.status.setText(self.tr("Không đọc được bản xem trước."))
            return
        self._shown = spec
        pages = self.pdf.pageCount()
        stale = spec not in self._ready
        self.status.setText(self.tr("{pages} trang.").format(pages=pages) + (
            " " + self.tr("Dữ liệu đã thay đổi; bấm “Tạo lại” để cập nhật.") if stale else ""))
        self._update_buttons()
        self.preview_ready.emit(pages)

    def _update_buttons(self) -> None:
        spec = self.current_spec()
        shown = self._shown_path() is not None
        self.print_button.setEnabled(shown)
        self.pdf_button.setEnabled(shown)
        self.docx_button.setEnabled(spec is not None and spec.has_docx)
        self.remake_button.setEnabled(spec is not None)

    def _data_changed(self, _what: str) -> None:
        """Previews made before are out of date; the list may have new drafts or rounds."""
        self._version += 1
        self._ready.clear()
        self.reload_list()
        if self._shown is not None:
            self.status.setText(self.tr("Dữ liệu đã thay đổi; bấm “Tạo lại” để cập nhật."))
        self._update_buttons()

    def remake(self) -> None:
        spec = self.current_spec()
        if spec is not None:
            self._ready.pop(spec, None)
            self._preview(spec)

    # --- print and save ---------------------------------------------------------------------

    def _shown_path(self) -> tuple[DocumentSpec, Path] | None:
        """The document shown, when it is the one chosen and up to date."""
        spec = self._shown
        if spec is None or spec != self.current_spec() or spec not in self._ready:
            return None
        return spec, self._ready[spec]

    def print_document(self) -> None:
        shown = self._shown_path()
        if shown is None:
            return
        spec, path = shown
        printer = choose_printer(self)
        if printer is None:
            return
        self._start(Job(lambda report: print_pdf(path, printer, report, spec.title), path),
                    _Task("print", spec, self._version))

    def save_pdf(self) -> None:
        shown = self._shown_path()
        if shown is None:
            return
        spec, path = shown
        target = choose_save_path(self, self.tr("Lưu tài liệu PDF"), self.save_folder,
                                  spec.file_name(".pdf"), ".pdf")
        if target is None:
            return
        try:
            shutil.copyfile(path, target)
        except OSError as exc:
            msgbox.warn(self, self.tr("Không lưu được tài liệu"), str(exc))
            return
        self.save_folder = target.parent
        self.status.setText(self.tr("Đã lưu {file}.").format(file=target.name))
        self.job_done.emit(str(target))

    def save_docx(self) -> None:
        spec = self.current_spec()
        if spec is None or not spec.has_docx:
            return
        target = choose_save_path(self, self.tr("Lưu văn bản Word"), self.save_folder,
                                  spec.file_name(".docx"), ".docx")
        if target is None:
            return
        self.save_folder = target.parent
        db, meeting_id = self.context.db, self.context.meeting_id
        self._start(Job(lambda report: write_document(db, meeting_id, spec, target, docx=True,
                                                      progress=report), target),
                    _Task("save", spec, self._version))

    # --- closing ----------------------------------------------------------------------------

    def done(self, result: int) -> None:
        """Closing (the window's X, Escape): let a running job end first."""
        self.finish()
        super().done(result)

    def finish(self) -> None:
        """Wait for a job still running (a document is never left half written), then drop the
        temporary previews."""
        self.pool.waitForDone()
        self._jobs.clear()
        self.pdf.close()
        self._folder.cleanup()
