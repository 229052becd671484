"""The scanner beside the tellers on the differences tab: the subjects whose scanned counts are
not what the tellers keyed, each with the images of its row on every scanned page to look at.

Shown only once every entry needed is finished (a teller still keying never sees the scan's
figures); the tellers agree, the scan never does (services/scan/check.py).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from models.scan import NO_DECISION, UNDECIDED
from services.ballot.compare import Difference
from services.ballot.sheets import subject_order
from services.scan.check import ScanCheck, check_entry
from services.scan.entry import subject_rows
from ui import msgbox
from ui.ballot.scan import mark_text, row_pixmap
from ui.ballot.tables import DifferencesModel
from ui.context import MeetingContext
from ui.refusals import REFUSALS

NAME_WIDTH = 240  # px: the subject's name whole; the figures scroll beside it
GALLERY_SCALE = 0.7  # the rows smaller than on the scan tab: more of them in view at once


class ScanCheckView(QWidget):
    """The scan's differences from the keyed entries, and the row images of the chosen one."""

    def __init__(self, context: MeetingContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.round_id: int | None = None
        self.check: ScanCheck | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.summary = QLabel()
        self.summary.setObjectName("scan_check_summary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        splitter = QSplitter(Qt.Orientation.Vertical)
        self.model = DifferencesModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.selectionModel().currentRowChanged.connect(self._row_chosen)
        splitter.addWidget(self.table)
        self.images = QWidget()
        self.images_layout = QVBoxLayout(self.images)
        self.images_layout.setAlignment(Qt.AlignmentFlag.AlignTop)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.images)
        splitter.addWidget(scroll)
        splitter.setSizes([160, 240])
        layout.addWidget(splitter, 1)
        self.splitter = splitter

    def load(self, round_id: int, entries_finished: bool) -> None:
        """The check of the round's scan; hidden without a scan, figures only once the
        entries are finished."""
        self.round_id = round_id
        self.check = check_entry(self.context.db, round_id)
        self.setVisible(self.check is not None)
        self._clear_images()
        if self.check is None:
            return
        self.splitter.setVisible(entries_finished)
        if not entries_finished:
            self.check = None
            self.summary.setText(self.tr("Có bản quét của máy quét: số liệu của nó được so với "
                                         "các bản nhập khi các bản nhập đã xong."))
            return
        check = self.check
        order = subject_order(self.context.db, round_id)
        self.model.load([Difference(d.subject, (*d.keyed, d.scanned))
                         for d in check.differences], (*check.entries, self.tr("Máy quét")),
                        order)
        self.model.show_differing(self.table)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(1, NAME_WIDTH)
        # the scanner knows no ballot numbers (its pages are kept in no order): the images say it
        self.table.setColumnHidden(DifferencesModel.PULL, True)
        self.table.resizeRowsToContents()
        self.summary.setText(self._summary(check))
        if check.differences:
            self.table.selectRow(0)

    def _summary(self, check: ScanCheck) -> str:
        if not check.differences:
            return self.tr("Máy quét khớp với các bản nhập ({0}).").format(
                ", ".join(check.entries))
        lines = [self.tr("Máy quét khác các bản nhập ở {0} đối tượng: {1}. Chọn một dòng để "
                         "xem ảnh dòng đó trên mọi trang đã quét, rồi kiểm lại phiếu giấy.")
                 .format(len(check.differences),
                         ", ".join(d.subject.name for d in check.differences))]
        waiting = sum(1 for d in check.differences if d.doubtful)
        if waiting:
            lines.append(self.tr("{0} đối tượng còn dòng máy quét chưa đọc rõ chờ người quyết "
                                 "định (thẻ Máy quét).").format(waiting))
        return "\n".join(lines)

    def _clear_images(self) -> None:
        while self.images_layout.count():
            item = self.images_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()

    def _row_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self.check is None or self.round_id is None or not current.isValid():
            return
        self.show_images(self.model.rows[current.row()].subject.id)

    def show_images(self, subject_id: int) -> None:
        """The subject's row on every scanned page, each with what the scanner read."""
        assert self.round_id is not None
        self._clear_images()
        rows = subject_rows(self.context.db, self.round_id, subject_id)
        for number, row in enumerate(rows, start=1):
            if row.read == UNDECIDED:
                read = (self.tr("máy quét chưa rõ, đã quyết định: {0}").format(
                    mark_text(row.decision)) if row.decision != NO_DECISION
                    else self.tr("máy quét chưa rõ, chưa quyết định"))
            else:
                read = self.tr("máy quét đọc: {0}").format(mark_text(row.read))
            caption = QLabel(self.tr("Trang quét {0}/{1} · {2}").format(number, len(rows), read))
            caption.setObjectName("scan_row_caption")
            self.images_layout.addWidget(caption)
            image = QLabel()
            try:
                pixmap = row_pixmap(self.context.db, self.round_id, row, head=number == 1)
                pixmap = pixmap.scaledToWidth(round(pixmap.width() * GALLERY_SCALE),
                                              Qt.TransformationMode.SmoothTransformation)
                image.setPixmap(pixmap)
                image.setMinimumSize(pixmap.size())
            except REFUSALS as error:
                image.setText(str(error))
            self.images_layout.addWidget(image)

    def confirm_agreement(self) -> bool:
        """Before the tellers agree: when the scan differs, they are asked whether they
        checked the paper ballots (their answer decides; the scan never does)."""
        if self.check is None or not self.check.differences:
            return True
        return msgbox.ask(self, self.tr("Máy quét khác bản nhập"), self.tr(
            "Máy quét khác các bản nhập ở {0} đối tượng: {1}.\n\nBan kiểm phiếu đã kiểm lại "
            "phiếu giấy và vẫn thống nhất số liệu của các bản nhập?").format(
            len(self.check.differences),
            ", ".join(d.subject.name for d in self.check.differences)))
