"""The roster as a read-only table, in Vietnamese list order (by given name)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from services.common.text import fold
from services.meeting.setup import RosterEntry
from ui.i18n import QT_TRANSLATE_NOOP
from ui.labels import label
from ui.tables.row_model import RowTableModel

Index = QModelIndex | QPersistentModelIndex
MEMBER_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class RosterModel(RowTableModel):
    CONTEXT = "RosterModel"
    # No code column: a member's code is the meeting file's key, not a word a person reads.
    NAME, STATUS, POSITION, ORGANISATION, IN_BODY, SCORE, RATING = range(7)
    HEADERS = (
        QT_TRANSLATE_NOOP("RosterModel", "Họ và tên"),
        QT_TRANSLATE_NOOP("RosterModel", "Tình trạng"),
        QT_TRANSLATE_NOOP("RosterModel", "Chức vụ"),
        QT_TRANSLATE_NOOP("RosterModel", "Chi bộ"),
        QT_TRANSLATE_NOOP("RosterModel", "Triệu tập"),
        QT_TRANSLATE_NOOP("RosterModel", "Tự chấm điểm"),
        QT_TRANSLATE_NOOP("RosterModel", "Tự xếp loại"),
    )

    rows: list[RosterEntry]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        e = self.rows[index.row()]
        column = index.column()
        if role == MEMBER_ID_ROLE:
            return e.member_id
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                self.NAME: e.full_name, self.STATUS: label(e.status),
                self.POSITION: e.position, self.ORGANISATION: e.organisation,
                self.IN_BODY: None,
                self.SCORE: "" if e.self_score is None else str(e.self_score),
                self.RATING: e.self_rating.value if e.self_rating else "",
            }.get(column)
        if role == Qt.ItemDataRole.CheckStateRole and column == self.IN_BODY:
            return Qt.CheckState.Checked if e.in_body else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole and column == self.RATING and e.self_rating:
            return label(e.self_rating)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.SCORE, self.RATING):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def row_of(self, member_id: int) -> int:
        return next((i for i, e in enumerate(self.rows) if e.member_id == member_id), -1)


class RosterFilter(QSortFilterProxyModel):
    """Rows whose name, code, position or cell contains the query, ignoring case and
    diacritics ("huynh" finds "Huỳnh")."""

    def __init__(self, source: RosterModel, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSourceModel(source)
        self._query = ""

    def set_query(self, text: str) -> None:
        self.beginFilterChange()
        self._query = fold(text.strip())
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        if not self._query:
            return True
        source = self.sourceModel()
        assert isinstance(source, RosterModel)
        e = source.rows[source_row]
        return any(self._query in fold(text) for text in (e.full_name, e.code, e.position,
                                                             e.organisation))
