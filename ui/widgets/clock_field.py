"""A time of day that may be blank (not recorded yet), typed as hh:mm or taken from the clock."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QRegularExpression, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QWidget

PATTERN = QRegularExpression(r"^([01]?\d|2[0-3])[:hg. ]?([0-5]\d)?$")


def parse_clock(text: str) -> dt.time | None:
    """"7:30", "07.30", "7h30", "730" → 07:30; blank → None; anything else: ValueError."""
    digits = "".join(ch for ch in text if ch.isdigit())
    if not digits:
        return None
    if len(digits) <= 2:
        hour, minute = int(digits), 0
    else:
        hour, minute = int(digits[:-2]), int(digits[-2:])
    return dt.time(hour, minute)  # raises ValueError when out of range


class ClockField(QWidget):
    """Signals:
        changed(): the chair finished editing or pressed "now"."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(self.tr("hh:mm"))
        self.edit.setValidator(QRegularExpressionValidator(PATTERN, self.edit))
        self.edit.setMaximumWidth(80)
        self.now = QPushButton(self.tr("Bây giờ"), self)
        self.now.setToolTip(self.tr("Ghi giờ hiện tại"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addWidget(self.now)
        layout.addStretch(1)
        self.edit.editingFinished.connect(self.changed)
        self.now.clicked.connect(self.set_now)

    def set_now(self) -> None:
        self.set_time(dt.datetime.now().time().replace(second=0, microsecond=0))
        self.changed.emit()

    def time(self) -> dt.time | None:
        try:
            return parse_clock(self.edit.text())
        except ValueError:
            return None

    def set_time(self, value: dt.time | None) -> None:
        self.edit.setText(f"{value.hour:02d}:{value.minute:02d}" if value else "")
