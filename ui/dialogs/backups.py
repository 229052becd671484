"""The "Sao lưu" menu and its dialog: the snapshots with time and reason, a snapshot on demand,
and restoring one after the chair confirms (services/integrity/backups.py does the work)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenuBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from models.backup import KEEP_BACKUPS
from services.common.numbers import thousands
from services.integrity.backups import (
    BEFORE_MIGRATION,
    BEFORE_RESTORE,
    MANUAL,
    BackupError,
    Snapshot,
    list_snapshots,
    restore_export,
    restore_snapshot,
    take_snapshot,
)
from ui import msgbox
from ui.main_controller import MainController

logger = logging.getLogger(__name__)


def reason_text(snapshot: Snapshot) -> str:
    translate = QCoreApplication.translate
    if snapshot.step is not None:
        return translate("BackupsDialog", "Chuyển sang bước {step}").format(step=snapshot.step)
    return {
        BEFORE_MIGRATION: translate("BackupsDialog", "Trước khi nâng cấp cơ sở dữ liệu"),
        BEFORE_RESTORE: translate("BackupsDialog", "Trước khi khôi phục (dữ liệu lúc đó)"),
        MANUAL: translate("BackupsDialog", "Sao lưu thủ công"),
    }.get(snapshot.reason, snapshot.reason)


def when_text(snapshot: Snapshot) -> str:
    return snapshot.taken_at.strftime("%d/%m/%Y %H:%M:%S")


class BackupsDialog(QDialog):
    """The list of snapshots, newest first; "Khôi phục" replaces the data after a yes."""

    def __init__(self, controller: MainController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.restored = False
        self.setWindowTitle(self.tr("Sao lưu"))
        self.resize(640, 420)
        layout = QVBoxLayout(self)
        self.server = controller.db.file is None
        note = QLabel((self.tr(
            "Cơ sở dữ liệu trên máy chủ: ứng dụng lưu tệp xuất của hội nghị đang mở (danh sách, "
            "quy tắc, các vòng biểu quyết và kết quả) mỗi khi chuyển bước; giữ {keep} bản gần "
            "nhất. Khôi phục tạo một hội nghị mới từ tệp đó; hội nghị đang mở giữ nguyên."
        ) if self.server else self.tr(
            "Ứng dụng tự sao lưu trước khi nâng cấp cơ sở dữ liệu, mỗi khi chuyển bước và trước "
            "khi khôi phục; giữ {keep} bản gần nhất. Khôi phục đưa toàn bộ dữ liệu về lúc sao "
            "lưu; dữ liệu hiện tại được sao lưu trước, và việc khôi phục được ghi vào nhật ký."
        )).format(keep=KEEP_BACKUPS))
        note.setWordWrap(True)
        layout.addWidget(note)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Thời điểm"), self.tr("Lý do"), self.tr("Dung lượng")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        layout.addWidget(self.table)
        buttons = QHBoxLayout()
        self.snapshot_button = QPushButton(self.tr("&Sao lưu ngay"))
        self.snapshot_button.clicked.connect(self.snapshot_now)
        self.restore_button = QPushButton(self.tr("&Khôi phục bản đã chọn…"))
        self.restore_button.clicked.connect(self.restore_selected)
        close = QPushButton(self.tr("Đóng"))
        close.clicked.connect(self.accept)
        buttons.addWidget(self.snapshot_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.snapshots: list[Snapshot] = []
        self.refresh()

    def refresh(self) -> None:
        self.snapshots = list_snapshots(self.controller.db, self._meeting_id())
        self.table.setRowCount(len(self.snapshots))
        for row, snapshot in enumerate(self.snapshots):
            size = QTableWidgetItem(f"{thousands(max(1, snapshot.size // 1024))} KB")
            size.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            for column, item in enumerate((QTableWidgetItem(when_text(snapshot)),
                                           QTableWidgetItem(reason_text(snapshot)), size)):
                item.setToolTip(str(snapshot.path))
                self.table.setItem(row, column, item)
        if self.snapshots:
            self.table.selectRow(0)
        self._selection_changed()

    def _meeting_id(self) -> int | None:
        context = self.controller.context
        return context.meeting_id if context is not None else None

    def selected(self) -> Snapshot | None:
        rows = self.table.selectionModel().selectedRows()
        return self.snapshots[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        self.restore_button.setEnabled(self.selected() is not None)

    def snapshot_now(self) -> None:
        try:
            take_snapshot(self.controller.db, MANUAL, self._meeting_id())
        except (OSError, SQLAlchemyError) as error:
            msgbox.warn(self, self.tr("Không sao lưu được"), str(error))
        self.refresh()

    def restore_selected(self) -> None:
        snapshot = self.selected()
        if snapshot is not None and snapshot.is_export:
            self.restore_export(snapshot)
            return
        if snapshot is None or not msgbox.ask(self, self.tr("Khôi phục bản sao lưu"), self.tr(
                "Đưa toàn bộ dữ liệu về lúc {when} ({reason})? Mọi thay đổi sau thời điểm đó "
                "sẽ không còn trong dữ liệu đang dùng (dữ liệu hiện tại được sao lưu trước)."
        ).format(when=when_text(snapshot), reason=reason_text(snapshot))):
            return
        try:
            restore_snapshot(self.controller.db, snapshot, self.controller.actor)
        except (BackupError, OSError) as error:
            msgbox.warn(self, self.tr("Không khôi phục được"), str(error))
            return
        logger.info("Restored %s", snapshot.path)
        self.restored = True
        self.refresh()
        self.controller.start(self.parentWidget())


    def restore_export(self, snapshot: Snapshot) -> None:
        """A server database's snapshot: a new meeting from the export file, then opened."""
        if not msgbox.ask(self, self.tr("Khôi phục bản sao lưu"), self.tr(
                "Tạo một hội nghị mới từ bản sao lưu lúc {when} ({reason})? Hội nghị đang mở "
                "giữ nguyên; hội nghị mới được mở sau khi tạo."
        ).format(when=when_text(snapshot), reason=reason_text(snapshot))):
            return
        try:
            meeting_id = restore_export(self.controller.db, snapshot, self.controller.actor)
        except BackupError as error:
            msgbox.warn(self, self.tr("Không khôi phục được"), str(error))
            return
        logger.info("Restored %s as meeting %s", snapshot.path, meeting_id)
        self.restored = True
        self.controller.open_meeting(meeting_id)
        self.refresh()


def open_backups(controller: MainController, parent: QWidget) -> None:
    msgbox.run_modal(BackupsDialog(controller, parent))


def add_backups_menu(bar: QMenuBar, controller: MainController, parent: QWidget) -> None:
    """The "Sao lưu" menu of the main window."""
    menu = bar.addMenu(QCoreApplication.translate("MainWindow", "Sa&o lưu"))
    menu.addAction(QCoreApplication.translate("MainWindow", "&Các bản sao lưu…"),
                   lambda: open_backups(controller, parent))
