"""Room for stacked Vietnamese capitals. A circumflex with a hook or tilde above it (Ể, Ễ, Ỗ…)
rises above most fonts' ascent, so a row or header sized to the font's height cuts "ĐIỂM" to
"ĐIÊM". Rows and headers that are sized to their text get that much more above and below (the
text is centred)."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QStyledItemDelegate, QStyleOptionViewItem

STACKED = "ỂỄẪỖỞỠỸẨẬ"


@lru_cache(maxsize=32)
def _overshoot(key: str, font: QFont) -> int:
    metrics = QFontMetrics(font)
    return max(0, -metrics.tightBoundingRect(STACKED).top() - metrics.ascent())


def accent_overshoot(font: QFont) -> int:
    """Pixels by which the tallest stacked capitals rise above the font's ascent."""
    return _overshoot(font.key(), font)


class AccentRoomDelegate(QStyledItemDelegate):
    """The default delegate, with the stacked accents' room in each row's height."""

    def sizeHint(self, option: QStyleOptionViewItem,  # noqa: N802 (Qt's name)
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        font = index.data(Qt.ItemDataRole.FontRole)
        extra = accent_overshoot(font if isinstance(font, QFont) else option.font)
        return QSize(size.width(), size.height() + 2 * extra)


def give_accents_room(view: QAbstractItemView) -> None:
    """Rows and the column header of `view` with room for the stacked accents."""
    view.setItemDelegate(AccentRoomDelegate(view))
    header = getattr(view, "horizontalHeader", None)
    if header is not None:
        bar = header()
        bar.setMinimumHeight(bar.sizeHint().height() + 2 * accent_overshoot(bar.font()))
