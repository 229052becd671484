"""A table of an imported draft, kept as one paragraph of rows and cells
(services/review/drafts/tables.py), drawn in the list of paragraphs as a table: ruled cells in
rows, as in the Word file, rather than its text on one line."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize
from PySide6.QtGui import QPainter, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyle,
    QStyleOptionViewItem,
)

from services.review.drafts.tables import table_rows
from ui.tables.accents import AccentRoomDelegate

Index = QModelIndex | QPersistentModelIndex


def table_html(rows: list[list[str]]) -> str:
    body = "".join("<tr>" + "".join(f"<td>{escape(cell)}</td>" for cell in row) + "</tr>"
                   for row in rows)
    return f'<table border="1" cellspacing="0" cellpadding="3">{body}</table>'


class TableCellDelegate(AccentRoomDelegate):
    """Ordinary paragraphs as the view draws them; a table paragraph as a table."""

    def _document(self, option: QStyleOptionViewItem, index: Index) -> QTextDocument | None:
        rows = table_rows(str(index.data() or ""))
        if rows is None:
            return None
        document = QTextDocument()
        document.setDefaultFont(option.font)  # type: ignore[attr-defined]
        document.setHtml(table_html(rows))
        view = self.parent()
        width = (view.columnWidth(index.column()) if isinstance(view, QAbstractItemView)
                 and hasattr(view, "columnWidth") else option.rect.width())  # type: ignore[attr-defined]
        document.setTextWidth(max(width, 80))
        return document

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        document = self._document(option, index)
        if document is None:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        option.text = ""  # type: ignore[attr-defined]
        style = option.widget.style() if option.widget else None  # type: ignore[attr-defined]
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter,
                              option.widget)  # type: ignore[attr-defined]
        painter.save()
        painter.translate(option.rect.topLeft())  # type: ignore[attr-defined]
        document.drawContents(painter)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        document = self._document(option, index)
        if document is None:
            return super().sizeHint(option, index)
        return QSize(round(document.idealWidth()), round(document.size().height()))
