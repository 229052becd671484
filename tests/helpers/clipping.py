"""Clipped text on screen, found from the widgets' own measures: a label, button or combo box
smaller than its text needs, a header section narrower or lower than its title (with the room
that stacked Vietnamese accents need above the capitals, e.g. "ĐIỂM"), a table cell whose text
is cut to an ellipsis or squeezed to a word per line."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QStyle,
    QTableView,
    QWidget,
)

STACKED = "ĐIỂM ỄỞỸ"  # the tallest Vietnamese capitals: a circumflex with a tilde or hook on top
SLACK = 1  # a pixel of rounding at fractional scales


def ink_height(metrics: QFontMetrics, text: str) -> int:
    """The height the text's glyphs really need (stacked accents rise above the font's ascent)."""
    return max(metrics.height(), metrics.tightBoundingRect(text).height())


def name_of(widget: QWidget) -> str:
    text = ""
    if isinstance(widget, QLabel | QAbstractButton):
        text = widget.text()
    elif isinstance(widget, QComboBox):
        text = widget.currentText()
    return f"{type(widget).__name__}({widget.objectName() or text[:40]!r})"


def _label(label: QLabel) -> str | None:
    if not label.text() or label.pixmap() is not None and not label.pixmap().isNull():
        return None
    size = label.contentsRect().size()
    if label.wordWrap():
        needed = label.heightForWidth(label.width())
        if needed > label.height() + SLACK:
            return f"needs {needed} px of height, has {label.height()}"
        return None
    hint = label.sizeHint()
    if hint.width() > label.width() + SLACK:
        return f"needs {hint.width()} px of width, has {label.width()}"
    if label.fontMetrics().height() > size.height() + SLACK:
        return f"text {label.fontMetrics().height()} px high in {size.height()}"
    return None


def _sized(widget: QWidget) -> str | None:
    hint = widget.sizeHint()
    if hint.width() > widget.width() + SLACK or hint.height() > widget.height() + SLACK:
        return f"needs {hint.toTuple()}, has {widget.size().toTuple()}"
    return None


def _header(header: QHeaderView) -> list[str]:
    model = header.model()
    if model is None or not header.isVisible():
        return []
    found = []
    metrics = header.fontMetrics()
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    horizontal = header.orientation() == Qt.Orientation.Horizontal
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        text = model.headerData(section, header.orientation(), Qt.ItemDataRole.DisplayRole)
        if not text or not horizontal:
            continue
        lines = str(text).split("\n")
        width = max(metrics.horizontalAdvance(line) for line in lines) + 2 * margin
        height = ink_height(metrics, STACKED) * len(lines) + 2 * margin // 2
        if width > header.sectionSize(section) + SLACK:
            found.append(f"header “{text}” needs {width} px, has {header.sectionSize(section)}")
        if height > header.height() + SLACK:
            found.append(f"header “{text}” needs {height} px of height, has {header.height()}")
    return found


def _overshoot(metrics: QFontMetrics, text: str) -> int:
    """How far the text's own glyphs rise above the font's ascent (stacked accents)."""
    return max(0, -metrics.tightBoundingRect(text).top() - metrics.ascent())


def _cell_problem(view: QAbstractItemView, index: QModelIndex, rect: QRect) -> str | None:
    text = index.data(Qt.ItemDataRole.DisplayRole)
    if not isinstance(text, str) or not text.strip():
        return None
    font = index.data(Qt.ItemDataRole.FontRole)
    metrics = QFontMetrics(font) if isinstance(font, QFont) else view.fontMetrics()
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    room = rect.width() - 2 * margin
    if index.data(Qt.ItemDataRole.DecorationRole) is not None or \
            index.data(Qt.ItemDataRole.CheckStateRole) is not None:
        room -= view.iconSize().width() + 4 if view.iconSize().isValid() else 20
    wrap = view.wordWrap() if isinstance(view, QTableView) else \
        getattr(view, "wordWrap", lambda: False)()
    if wrap:
        longest = max(metrics.horizontalAdvance(w) for w in text.split())
        lines = metrics.boundingRect(QRect(0, 0, max(room, 1), 100_000),
                                     Qt.TextFlag.TextWordWrap, text).height()
        first = text.split("\n")[0]
        needed = lines + 2 * _overshoot(metrics, first)
        if longest > room + SLACK:
            return f"a word is wider than its column ({longest} > {room})"
        if needed > rect.height() + SLACK:
            return f"cut at the row's height ({needed} > {rect.height()})"
        return None
    if max(metrics.horizontalAdvance(line) for line in text.split("\n")) > room + SLACK:
        return "cut to an ellipsis"
    needed = metrics.height() * (text.count("\n") + 1) + 2 * _overshoot(metrics, text)
    if needed > rect.height() + SLACK:
        return f"cut at the row's height ({needed} > {rect.height()})"
    return None


def _cells(view: QAbstractItemView) -> list[str]:
    """Cells shown cut: an elided text, a text cut at the row's height (stacked accents
    included) or squeezed to a column narrower than its longest word."""
    model = view.model()
    if model is None:
        return []
    found: list[str] = []
    viewport = view.viewport().rect()
    columns = model.columnCount() if isinstance(view, QTableView) else 1
    for row in range(model.rowCount()):
        if isinstance(view, QTableView) and view.isRowHidden(row):
            continue
        for column in range(columns):
            if isinstance(view, QTableView) and view.isColumnHidden(column):
                continue
            index: QModelIndex = model.index(row, column)
            rect: QRect = view.visualRect(index)
            if not rect.intersects(viewport) or view.indexWidget(index) is not None:
                continue
            problem = _cell_problem(view, index, rect)
            if problem:
                header = model.headerData(column, Qt.Orientation.Horizontal)
                text = str(index.data(Qt.ItemDataRole.DisplayRole))
                found.append(f"cell “{text[:40]}” under “{header}”: {problem}")
            if len(found) > 5:
                return found
    return found


def _line_edit(edit: QLineEdit) -> str | None:
    """A placeholder that says what to type, cut short."""
    text = edit.text() or edit.placeholderText()
    if not text:
        return None
    needed = edit.fontMetrics().horizontalAdvance(text) + 12
    if needed > edit.width() + SLACK and not edit.text():
        return f"placeholder needs {needed} px, has {edit.width()}"
    return None


def clipped(top: QWidget, skip: tuple[QWidget, ...] = ()) -> list[str]:
    """What is clipped among the shown widgets under `top` (itself included), except under
    the widgets of `skip`."""
    found: list[str] = []
    for widget in [top, *top.findChildren(QWidget)]:
        if not widget.isVisible() or widget.width() <= 0:
            continue
        if any(s is widget or s.isAncestorOf(widget) for s in skip):
            continue
        problem: str | None = None
        if isinstance(widget, QLabel):
            problem = _label(widget)
        elif isinstance(widget, QComboBox) or (isinstance(widget, QAbstractButton) and not (
                isinstance(widget.parentWidget(), QLineEdit) and not widget.text())):
            problem = _sized(widget)  # (a field's own clear button is an icon Qt sizes itself)
        elif isinstance(widget, QHeaderView):
            found.extend(f"{name_of(widget.parentWidget())}: {p}" for p in _header(widget))
        elif isinstance(widget, QTableView | QListView):
            found.extend(f"{name_of(widget)}: {p}" for p in _cells(widget))
        elif isinstance(widget, QLineEdit) and not isinstance(widget.parentWidget(),
                                                              QAbstractSpinBox | QComboBox):
            problem = _line_edit(widget)
        if problem:
            found.append(f"{name_of(widget)}: {problem}")
    return found
