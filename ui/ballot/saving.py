"""The entry screens' link to their writer (services/ballot/writer.py): reports come back on
the window's thread, and one line says whether every key typed is saved."""

from __future__ import annotations

import sys
from queue import Empty, SimpleQueue

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel, QWidget

from services.ballot.writer import Report, Write, Writer
from ui.context import MeetingContext

SWITCH_INTERVAL = 0.001  # seconds
SAVED_STYLE = "color: #1b5e20;"
SAVING_STYLE = "color: #5f6368;"
WAITING_STYLE = "color: #b00020; font-weight: bold;"


class KeyWriter(QObject):
    """The window's writer; `unsaved` counts the keys it has not acknowledged yet. Signals:
        submitted(): a key was queued.
        reported(Report): a key was written, refused, or waits for the database (on the
            window's thread).

    The writer's thread only queues its reports and posts an event (thread-safe); this
    object, on the window's thread, takes them, so no widget is touched from that thread.
    """

    reported = Signal(object)
    submitted = Signal()
    WAKE = QEvent.Type(QEvent.registerEventType())

    def __init__(self, context: MeetingContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # The writer's thread runs Python too: the window's thread, woken by a key, gets the
        # interpreter back within a millisecond rather than the default five.
        sys.setswitchinterval(SWITCH_INTERVAL)
        self._reports: SimpleQueue[Report] = SimpleQueue()
        self.writer = Writer.open(context.db, context.station, self._heard)
        self.mine: set[Write] = set()  # submitted here, not yet acknowledged

    @property
    def unsaved(self) -> int:
        return len(self.mine)

    def submit(self, write: Write) -> Write:
        write = self.writer.submit(write)
        self.mine.add(write)
        self.submitted.emit()
        return write

    def drain(self, timeout: float = 3.0) -> bool:
        """Wait for the writer, then hear what it reported."""
        done = self.writer.drain(timeout)
        self._take()
        return done

    def _heard(self, report: Report) -> None:  # on the writer's thread
        self._reports.put(report)
        QCoreApplication.postEvent(self, QEvent(self.WAKE))

    def event(self, event: QEvent) -> bool:
        if event.type() == self.WAKE:
            self._take()
            return True
        return super().event(event)

    def _take(self) -> None:
        while True:
            try:
                report = self._reports.get_nowait()
            except Empty:
                return
            if report.write in self.mine or report.waiting:
                if not report.waiting:
                    self.mine.discard(report.write)
                self.reported.emit(report)


class SaveStatus(QLabel):
    """"Đã lưu" once the writer acknowledged every key typed; how many are being saved after a
    moment (a key saved within it never changes the text); what waits, and why."""

    SAVING_AFTER_MS = 200

    def __init__(self, writer: KeyWriter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.writer = writer
        self.setObjectName("save_status")
        self.setWordWrap(True)
        self.setMinimumHeight(2 * self.fontMetrics().height())
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(self.SAVING_AFTER_MS)
        self.timer.timeout.connect(self.show_saving)
        writer.reported.connect(self.show_report)
        writer.submitted.connect(self._submitted)
        self.show_report(None)

    def _say(self, style: str, text: str) -> None:
        if self.styleSheet() != style:  # a style sheet set again would be applied again
            self.setStyleSheet(style)
        self.setText(text)

    def _submitted(self) -> None:
        if not self.timer.isActive():
            self.timer.start()

    def show_saving(self) -> None:
        if self.writer.unsaved > 0 and self.styleSheet() != WAITING_STYLE:
            self._say(SAVING_STYLE, self.tr("Đang lưu {0} phím…").format(self.writer.unsaved))

    def show_report(self, report: Report | None) -> None:
        if report is not None and report.waiting:
            self._say(WAITING_STYLE, self.tr(
                "Chưa ghi được vào cơ sở dữ liệu (mất kết nối?): {0} phím đang chờ, được giữ "
                "trong máy này và tự ghi theo đúng thứ tự khi kết nối trở lại.").format(
                max(self.writer.unsaved, 1)))
        elif self.writer.unsaved == 0:
            self._say(SAVED_STYLE, self.tr("Đã lưu mọi phím đã gõ."))
