"""The preview of an import from a spreadsheet (the roster, or the collected self-assessments):
each row new / changed / unchanged / rejected, with why; nothing is written unless accepted."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Protocol

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from services.meeting.roster_import import ImportRow, Verdict
from ui.i18n import QT_TRANSLATE_NOOP

Index = QModelIndex | QPersistentModelIndex
VERDICT_TEXT = {
    Verdict.new: QT_TRANSLATE_NOOP("ImportPreviewModel", "Mới"),
    Verdict.changed: QT_TRANSLATE_NOOP("ImportPreviewModel", "Thay đổi"),
    Verdict.unchanged: QT_TRANSLATE_NOOP("ImportPreviewModel", "Không đổi"),
    Verdict.rejected: QT_TRANSLATE_NOOP("ImportPreviewModel", "Bị từ chối"),
}
VERDICT_COLOUR = {Verdict.new: "#e3f4e1", Verdict.changed: "#fff4d6",
                  Verdict.rejected: "#fbe3e1"}


class Preview(Protocol):
    """What the dialog shows: services.meeting.roster_import.ImportPreview, or
    services.meeting.score_import's."""

    @property
    def source(self) -> str: ...
    @property
    def rows(self) -> Sequence[ImportRow]: ...
    @property
    def ignored_columns(self) -> Sequence[str]: ...
    @property
    def accepted(self) -> Sequence[ImportRow]: ...
    def count(self, verdict: Verdict) -> int: ...


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportPreviewModel", text)


class ImportPreviewModel(QAbstractTableModel):
    LINE, VERDICT, CODE, NAME, REASON = range(5)
    HEADERS = (
        QT_TRANSLATE_NOOP("ImportPreviewModel", "Dòng"),
        QT_TRANSLATE_NOOP("ImportPreviewModel", "Kết quả"),
        QT_TRANSLATE_NOOP("ImportPreviewModel", "Mã"),
        QT_TRANSLATE_NOOP("ImportPreviewModel", "Họ và tên"),
        QT_TRANSLATE_NOOP("ImportPreviewModel", "Thay đổi / lý do"),
    )

    def __init__(self, preview: Preview, parent: Any = None) -> None:
        super().__init__(parent)
        self.preview = preview

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.preview.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(self.HEADERS)):
            return _tr(self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.preview.rows):
            return None
        row = self.preview.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return {self.LINE: str(row.line), self.VERDICT: _tr(VERDICT_TEXT[row.verdict]),
                    self.CODE: row.code, self.NAME: row.full_name,
                    self.REASON: row.reason}.get(index.column())
        if role == Qt.ItemDataRole.BackgroundRole and row.verdict in VERDICT_COLOUR:
            return QBrush(QColor(VERDICT_COLOUR[row.verdict]))
        if role == Qt.ItemDataRole.ForegroundRole and row.verdict in VERDICT_COLOUR:
            return QBrush(QColor("#1a1a1a"))  # readable on the light row colours in dark mode
        return None


class ImportPreviewDialog(QDialog):
    """`scores`: the preview of a score sheet (it changes members' assessments, never adds).
    `reload(cell)`: the roster's preview again keeping only one cell's rows (None: all); given,
    a file naming several cells offers the choice."""

    def __init__(self, preview: Preview, parent: QWidget | None = None,
                 scores: bool = False,
                 reload: Callable[[str | None], Preview] | None = None) -> None:
        super().__init__(parent)
        self.scores = scores
        self.reload = reload
        title = (self.tr("Nhập bảng tự chấm điểm từ “{file}”") if scores
                 else self.tr("Nhập danh sách từ “{file}”"))
        self.setWindowTitle(title.format(file=preview.source))
        self.resize(980, 560)
        layout = QVBoxLayout(self)
        self.cell = QComboBox()
        cells = tuple(getattr(preview, "cells", ()))
        if reload is not None and len(cells) > 1:
            self.cell.addItem(self.tr("Mọi chi bộ trong tệp ({n})").format(n=len(cells)), None)
            for name in cells:
                self.cell.addItem(name, name)
            self.cell.setCurrentIndex(max(self.cell.findData(getattr(preview, "only_cell", None)),
                                          0))
            self.cell.currentIndexChanged.connect(self._cell_chosen)
            row = QHBoxLayout()
            row.addWidget(QLabel(self.tr("Chỉ nhập đảng viên của:")))
            row.addWidget(self.cell, 1)
            layout.addLayout(row)
            note = QLabel(self.tr(
                "Chọn một chi bộ khi hội nghị là của chi bộ đó: các dòng của chi bộ khác được bỏ "
                "qua; người được nhập không ghi kèm tên chi bộ, và tên chi bộ viết trong chức vụ "
                "được bỏ đi."))
            note.setWordWrap(True)
            layout.addWidget(note)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.model = ImportPreviewModel(preview, self)
        table = QTableView()
        table.setModel(self.model)
        table.setWordWrap(True)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ImportPreviewModel.REASON, QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.verticalHeader().setMinimumSectionSize(self.fontMetrics().height() + 10)
        table.verticalHeader().hide()
        # a code the app gives (m16) is no one's to read: shown only when the file has codes
        table.setColumnHidden(ImportPreviewModel.CODE, not getattr(preview, "codes_given", True))
        layout.addWidget(table)
        buttons = QDialogButtonBox()
        self.apply_button = buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Hủy"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._show(preview)

    @property
    def preview(self) -> Preview:
        """The preview the chair accepts (after any choice of cell)."""
        return self.model.preview

    def _cell_chosen(self) -> None:
        assert self.reload is not None
        self.model.beginResetModel()
        self.model.preview = self.reload(self.cell.currentData())
        self.model.endResetModel()
        self._show(self.model.preview)

    def _show(self, preview: Preview) -> None:
        scores = self.scores
        counts = (self.tr("{changed} thay đổi, {unchanged} không đổi, {rejected} bị từ chối.")
                  if scores else self.tr("{new} mới, {changed} thay đổi, {unchanged} không đổi, "
                                         "{rejected} bị từ chối.")).format(
            new=preview.count(Verdict.new), changed=preview.count(Verdict.changed),
            unchanged=preview.count(Verdict.unchanged),
            rejected=preview.count(Verdict.rejected))
        notes = [counts]
        if skipped := getattr(preview, "skipped", 0):
            notes.append(self.tr("Bỏ qua {n} dòng của các chi bộ khác.").format(n=skipped))
        notes.append(self.tr("Người có trong danh sách nhưng không có trong tệp vẫn được "
                             "giữ nguyên."))
        if scores:
            notes.append(self.tr("Ô để trống không thay đổi gì."))
        if preview.ignored_columns:
            notes.append(self.tr("Bỏ qua các cột: {columns}.").format(
                columns=", ".join(preview.ignored_columns)))
        self.summary.setText(" ".join(notes))
        accepted = len(preview.accepted)
        apply_text = (self.tr("Ghi điểm của {n} đồng chí") if scores
                      else self.tr("Ghi {n} dòng vào danh sách"))
        self.apply_button.setText(apply_text.format(n=accepted))
        self.apply_button.setEnabled(accepted > 0)
