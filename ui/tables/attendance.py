"""The attendance list of the convened body as an editable table.

Ticking "present", choosing a mark or typing a reason calls the page's writer, which records it
in the database at once; the row then shows what the database holds.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget
from sqlalchemy.orm import Session

from models.enums import AttendanceStatus, MemberStatus
from services.common.text import name_sort_key
from services.meeting.electorate import body_attendees
from ui.i18n import QT_TRANSLATE_NOOP
from ui.labels import label
from ui.tables.row_model import RowTableModel

Index = QModelIndex | QPersistentModelIndex
MARKS: tuple[AttendanceStatus | None, ...] = (None, *AttendanceStatus)
NEEDS_REASON = (AttendanceStatus.absent_excused, AttendanceStatus.excluded)


@dataclass(frozen=True)
class AttendanceEntry:
    member_id: int
    full_name: str
    status: MemberStatus
    position: str
    mark: AttendanceStatus | None
    reason: str

    @property
    def lacks_reason(self) -> bool:
        return self.mark in NEEDS_REASON and not self.reason


def load_attendance(session: Session, meeting_id: int) -> list[AttendanceEntry]:
    entries = [
        AttendanceEntry(m.id, m.full_name, m.status, m.position, a.attendance,
                        m.attendance.reason if m.attendance else "")
        for m, a in body_attendees(session, meeting_id)
        if m.status is not MemberStatus.suspended
    ]
    return sorted(entries, key=lambda e: name_sort_key(e.full_name))


def _tr(text: str) -> str:
    return QCoreApplication.translate("AttendanceModel", text)


# Writes one member's mark and reason (reason None: keep it); returns the entry as now stored,
# or None when the write was refused (the writer has told the chair why).
Writer = Callable[[int, AttendanceStatus | None, str | None], AttendanceEntry | None]


class AttendanceModel(RowTableModel):
    """Signals:
        marked(): a mark or reason was written (the electorate must be derived again).
    """

    marked = Signal()
    CONTEXT = "AttendanceModel"
    NAME, STATUS, POSITION, PRESENT, MARK, REASON = range(6)
    HEADERS = (
        QT_TRANSLATE_NOOP("AttendanceModel", "Họ và tên"),
        QT_TRANSLATE_NOOP("AttendanceModel", "Đảng viên"),
        QT_TRANSLATE_NOOP("AttendanceModel", "Chức vụ"),
        QT_TRANSLATE_NOOP("AttendanceModel", "Có mặt"),
        QT_TRANSLATE_NOOP("AttendanceModel", "Điểm danh"),
        QT_TRANSLATE_NOOP("AttendanceModel", "Lý do"),
    )

    rows: list[AttendanceEntry]

    def __init__(self, writer: Writer, parent: Any = None) -> None:
        super().__init__(parent)
        self._writer = writer

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.PRESENT:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        if index.column() == self.MARK:
            return base | Qt.ItemFlag.ItemIsEditable
        if index.column() == self.REASON and self.rows[index.row()].mark in NEEDS_REASON:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        e = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            needed = QCoreApplication.translate("AttendanceModel", "cần ghi lý do")
            reason = e.reason or (needed if e.lacks_reason else "")
            return {self.NAME: e.full_name, self.STATUS: label(e.status),
                    self.POSITION: e.position, self.MARK: label(e.mark),
                    self.REASON: reason}.get(column)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.REASON and e.lacks_reason:
            return QBrush(QColor("#b3261e"))
        if role == Qt.ItemDataRole.EditRole:
            if column == self.MARK:
                return MARKS.index(e.mark)
            if column == self.REASON:
                return e.reason
        if role == Qt.ItemDataRole.CheckStateRole and column == self.PRESENT:
            present = e.mark is AttendanceStatus.present
            return Qt.CheckState.Checked if present else Qt.CheckState.Unchecked
        return None

    def setData(self, index: Index, value: Any,  # noqa: N802
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or not self.flags(index) & (
                Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsUserCheckable):
            return False
        e = self.rows[index.row()]
        column = index.column()
        if column == self.PRESENT and role == Qt.ItemDataRole.CheckStateRole:
            checked = Qt.CheckState(value) == Qt.CheckState.Checked
            stored = self._writer(e.member_id, AttendanceStatus.present if checked
                                  else AttendanceStatus.absent, None)
        elif column == self.MARK and role == Qt.ItemDataRole.EditRole:
            stored = self._writer(e.member_id, MARKS[int(value)], None)
        elif column == self.REASON and role == Qt.ItemDataRole.EditRole:
            stored = self._writer(e.member_id, e.mark, str(value))
        else:
            return False
        if stored is None:
            return False
        self.rows[index.row()] = stored
        self.dataChanged.emit(self.index(index.row(), 0),
                              self.index(index.row(), self.columnCount() - 1))
        self.marked.emit()
        return True


class MarkDelegate(QStyledItemDelegate):
    """A drop-down of the marks for the "Điểm danh" column, as wide as its longest mark (the
    column is sized by the delegate, so the open drop-down never cuts "Vắng có lý do")."""

    _editor_size: QSize | None = None

    def editor_size(self) -> QSize:
        if self._editor_size is None:
            combo = QComboBox()
            parent = self.parent()
            if isinstance(parent, QWidget):
                combo.setFont(parent.font())
            combo.addItems([label(mark) for mark in MARKS])
            self._editor_size = combo.sizeHint()
        return self._editor_size

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        return super().sizeHint(option, index).expandedTo(self.editor_size())

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802
                     index: Index) -> QWidget:
        editor = QComboBox(parent)
        editor.addItems([label(mark) for mark in MARKS])
        editor.activated.connect(lambda _i: self.commitData.emit(editor))
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(int(index.data(Qt.ItemDataRole.EditRole)))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        if editor.currentIndex() != index.data(Qt.ItemDataRole.EditRole):
            model.setData(index, editor.currentIndex(), Qt.ItemDataRole.EditRole)
