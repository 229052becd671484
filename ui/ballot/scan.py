"""The scanner's entry of a round: the scans imported (read off the GUI thread), the pages read
and refused, and each row the scanner left doubtful shown with its image, one key to decide.

The scan only checks the tellers (its counts appear on the differences tab); it never agrees by
itself, and its images go when the round is locked (services/scan/entry.py, models/scan.py).
"""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models.ballot_entry import INVALID_ROW, LEVEL_OF_MARK, MARK_OF_LEVEL
from models.database import Database
from models.scan import NO_DECISION
from services.scan.entry import (
    ScannedPage,
    ScannedRow,
    ScanState,
    decide_row,
    discard_scan,
    doubtful_rows,
    expected_for,
    forget_stale_images,
    read_scans,
    row_image,
    scan_state,
    store_scans,
)
from services.scan.read import ExpectedBallot
from ui import msgbox
from ui.context import MeetingContext
from ui.refusals import REFUSALS

ERROR_STYLE = "color: #b00020;"


def mark_text(mark: str) -> str:
    """A row's mark as the screens name it: the level's code, an invalid row, or not clear."""
    if mark == INVALID_ROW:
        return QCoreApplication.translate("ScanPanel", "dòng không hợp lệ")
    if mark in LEVEL_OF_MARK:
        return LEVEL_OF_MARK[mark].value
    return QCoreApplication.translate("ScanPanel", "chưa rõ")


def row_pixmap(db: Database, round_id: int, row: ScannedRow, head: bool = True) -> QPixmap:
    """The row's image as the scanner saw it (services/scan/entry.py row_image)."""
    pixmap = QPixmap()
    pixmap.loadFromData(row_image(db, round_id, row, head))
    return pixmap


class _Reader(QObject):
    """Reads the files on a thread of its own; `done` carries the pages or the exception."""

    progressed = Signal(int)
    done = Signal(object)

    def start(self, expected: ExpectedBallot, paths: Sequence[Path]) -> None:
        def run() -> None:
            try:
                pages = read_scans(expected, paths, progress=self.progressed.emit)
            except Exception as error:  # noqa: BLE001 - handed to the GUI thread, raised there
                self.done.emit(error)
                return
            self.done.emit(pages)

        threading.Thread(target=run, daemon=True, name="scan-reader").start()


class DoubtfulView(QFrame):
    """One doubtful row at a time: its image, its subject, and the keys: 1-4 the level, 0 or
    Delete an invalid row, then the next undecided row; arrows go back and forth.

    Signals:
        decided(): a row was decided (the counts changed).
    """

    decided = Signal()

    def __init__(self, context: MeetingContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.round_id: int | None = None
        self.rows: list[ScannedRow] = []
        self.current = 0
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        self.title = QLabel()
        self.title.setObjectName("doubtful_title")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        self.image = QLabel()
        self.image.setObjectName("doubtful_image")
        self.image.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.image)
        self.decision = QLabel()
        self.decision.setObjectName("doubtful_decision")
        layout.addWidget(self.decision)
        self.hint = QLabel(self.tr("Phím: 1 = HTXSNV · 2 = HTTNV · 3 = HTNV · 4 = KHTNV · "
                                   "0 hoặc Delete = dòng không hợp lệ · ← → dòng trước, "
                                   "dòng sau"))
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.message = QLabel()
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        layout.addWidget(self.message)

    def load(self, round_id: int) -> None:
        self.round_id = round_id
        self.rows = doubtful_rows(self.context.db, round_id)
        undecided = [n for n, row in enumerate(self.rows) if row.decision == NO_DECISION]
        self.show_row(undecided[0] if undecided else 0)

    def show_row(self, index: int) -> None:
        self.message.clear()
        if not self.rows or self.round_id is None:
            self.title.setText(self.tr("Không có dòng nào máy quét chưa đọc rõ."))
            self.image.clear()
            self.decision.clear()
            return
        self.current = max(0, min(index, len(self.rows) - 1))
        row = self.rows[self.current]
        self.title.setText(self.tr("Dòng chưa rõ {0}/{1}: TT {2} · {3}").format(
            self.current + 1, len(self.rows), row.place, row.subject.name))
        try:
            pixmap = row_pixmap(self.context.db, self.round_id, row)
            self.image.setPixmap(pixmap)
            self.image.setMinimumHeight(pixmap.height())
        except REFUSALS as error:
            self.image.setText(str(error))
        undecided = sum(1 for r in self.rows if r.decision == NO_DECISION)
        decided = (self.tr("Đã quyết định: {0}").format(mark_text(row.decision))
                   if row.decision != NO_DECISION else self.tr("Chưa quyết định"))
        self.decision.setText(decided + " · " + self.tr("còn {0} dòng chưa quyết định")
                              .format(undecided))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, text = event.key(), event.text()
        if text and (text in MARK_OF_LEVEL.values() or text == INVALID_ROW):
            self.decide(text)
        elif key == Qt.Key.Key_Delete:
            self.decide(INVALID_ROW)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Up):
            self.show_row(self.current - 1)
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_Down):
            self.show_row(self.current + 1)
        else:
            super().keyPressEvent(event)

    def decide(self, mark: str) -> None:
        """The current row decided, then the next undecided one (after it, else before)."""
        if not self.rows or self.round_id is None:
            return
        row = self.rows[self.current]
        try:
            decide_row(self.context.db, row.page_id, row.row, mark, actor=self.context.actor)
        except REFUSALS as error:
            self.message.setText(str(error))
            return
        self.rows[self.current] = dataclasses.replace(row, decision=mark)
        order = [*range(self.current + 1, len(self.rows)), *range(self.current + 1)]
        following = next((n for n in order if self.rows[n].decision == NO_DECISION),
                         self.current)
        self.show_row(following)
        self.decided.emit()


class ScanPanel(QWidget):
    """The scan tab: import scans for the round, what was read and refused, the doubtful rows."""

    def __init__(self, context: MeetingContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.round_id: int | None = None
        self.reading_for: int | None = None  # the round whose files are being read
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Máy quét là một bản nhập độc lập để kiểm tra bản nhập của Ban kiểm phiếu: số "
            "liệu của máy quét được so với các bản nhập ở thẻ “3. Chênh lệch”; thống nhất số "
            "liệu vẫn là việc của Ban kiểm phiếu. Chỉ quét các phiếu hợp lệ: phiếu Ban kiểm "
            "phiếu đã để riêng là không hợp lệ thì không quét. Ảnh quét chỉ được giữ đến khi "
            "khóa vòng, rồi bị xóa."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        buttons = QHBoxLayout()
        self.import_button = QPushButton(self.tr("Nhập bản quét (PDF hoặc ảnh)…"))
        self.import_button.clicked.connect(self.choose_files)
        buttons.addWidget(self.import_button)
        self.discard_button = QPushButton(self.tr("Bỏ bản quét của vòng này"))
        self.discard_button.clicked.connect(self.discard)
        buttons.addWidget(self.discard_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.status = QLabel()
        self.status.setObjectName("scan_status")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.report = QLabel()  # what the last import read
        self.report.setWordWrap(True)
        layout.addWidget(self.report)
        self.message = QLabel()
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.doubtful = DoubtfulView(context)
        self.doubtful.decided.connect(self._decided)
        layout.addWidget(self.doubtful)
        self.refused_title = QLabel(self.tr("Trang không đọc được (không tính):"))
        layout.addWidget(self.refused_title)
        self.refused = QListWidget()
        self.refused.setObjectName("refused_pages")
        self.refused.setMaximumHeight(160)
        layout.addWidget(self.refused)
        layout.addStretch(1)
        self.reader = _Reader()
        self.reader.progressed.connect(self._progressed)
        self.reader.done.connect(self._read)

    def load(self, round_id: int) -> None:
        self.round_id = round_id
        forget_stale_images(self.context.db)
        self.report.clear()
        self.message.clear()
        self.refresh()
        if self.doubtful.isVisibleTo(self):
            self.doubtful.setFocus()

    def refresh(self) -> None:
        if self.round_id is None:
            return
        state = scan_state(self.context.db, self.round_id)
        self.status.setText(self.status_text(state))
        self.refused.clear()
        self.refused.addItems([f"{source}: {reason}" for source, reason in state.refused])
        self.refused_title.setVisible(bool(state.refused))
        self.refused.setVisible(bool(state.refused))
        self.doubtful.setVisible(state.doubtful > 0)
        self.doubtful.load(self.round_id)
        reading = self.reading_for is not None
        self.import_button.setEnabled(not reading and not state.locked)
        self.discard_button.setEnabled(not reading and bool(state.pages or state.refused))

    def status_text(self, state: ScanState) -> str:
        if state.locked:
            return self.tr("Vòng đã khóa: các trang quét và ảnh của chúng đã bị xóa.") + (
                " " + self.tr("Số liệu của máy quét (từ {0} trang) vẫn được giữ.").format(
                    state.counted) if state.counted else "")
        if not state.pages and not state.refused:
            return self.tr("Chưa có bản quét nào cho vòng này.")
        lines = [self.tr("Đã đọc {0} trang; mỗi phiếu có {1} trang; số phiếu hợp lệ: {2}.")
                 .format(state.pages, len(state.copies), state.valid)]
        short = {n: c for n, c in state.copies.items() if c != state.valid}
        if short:
            lines.append(self.tr("Số bản quét khác số phiếu hợp lệ: {0}. Còn phiếu chưa quét, "
                                 "trang bị từ chối, hoặc một phiếu quét hai lần?").format(
                "; ".join(self.tr("trang {0}: {1} bản").format(n, c)
                          for n, c in short.items())))
        else:
            lines.append(self.tr("Đủ {0} bản của mỗi trang.").format(state.valid))
        if state.doubtful:
            lines.append(self.tr("{0} dòng máy quét chưa đọc rõ, còn {1} dòng chờ người quyết "
                                 "định (bên dưới).").format(state.doubtful, state.undecided))
        return "\n".join(lines)

    # -- import ----------------------------------------------------------------------------
    def choose_files(self) -> None:
        paths = msgbox.choose_files(self, self.tr("Chọn bản quét phiếu"), self.tr(
            "Bản quét (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.bmp *.webp)"))
        if paths:
            self.import_files(paths)

    def import_files(self, paths: Sequence[Path]) -> None:
        """Read the files off the GUI thread; `_read` stores what was read."""
        if self.round_id is None or self.reading_for is not None:
            return
        self.message.clear()
        try:
            expected = expected_for(self.context.db, self.round_id)
        except REFUSALS as error:
            self.message.setText(str(error))
            return
        self.reading_for = self.round_id
        self.report.clear()
        self.import_button.setEnabled(False)
        self.discard_button.setEnabled(False)
        self.status.setText(self.tr("Đang đọc bản quét…"))
        self.reader.start(expected, list(paths))

    def _progressed(self, pages: int) -> None:
        self.status.setText(self.tr("Đang đọc bản quét… {0} trang").format(pages))

    def _read(self, outcome: object) -> None:
        round_id, self.reading_for = self.reading_for, None
        if isinstance(outcome, REFUSALS):
            self.message.setText(str(outcome))
        elif isinstance(outcome, BaseException):
            raise outcome
        elif round_id is not None:
            pages: list[ScannedPage] = outcome  # type: ignore[assignment]
            try:
                report = store_scans(self.context.db, round_id, pages, actor=self.context.actor)
            except REFUSALS as error:
                self.message.setText(str(error))
            else:
                self.report.setText(self.tr(
                    "Vừa đọc {0} trang mới, {1} trang không đọc được, {2} trang đã nhập trước "
                    "đó (không tính lại).").format(report.read, report.refused, report.repeated))
        self.refresh()
        if self.doubtful.isVisible():
            self.doubtful.setFocus()

    # -- decisions and discarding ----------------------------------------------------------
    def _decided(self) -> None:
        if self.round_id is not None:
            self.status.setText(self.status_text(scan_state(self.context.db, self.round_id)))

    def discard(self) -> None:
        if self.round_id is None or not msgbox.ask(
                self, self.tr("Bỏ bản quét"),
                self.tr("Bỏ mọi trang đã quét của vòng này (cả ảnh và các dòng đã quyết định) "
                        "để quét lại?")):
            return
        try:
            discard_scan(self.context.db, self.round_id, actor=self.context.actor)
        except REFUSALS as error:
            self.message.setText(str(error))
            return
        self.refresh()
