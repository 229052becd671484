"""A date that may be blank (not chosen yet), typed day first ("8/9/2025", "08.09.2025") or
picked from a calendar that opens at the date typed, else at the meeting's date, else today.

A line edit rather than QDateEdit: QDateEdit's blank value is a minimum date shown as "—", which
cannot be typed over and makes its calendar open at that minimum (January 2000)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from services.common.errors import Refusal
from services.common.numbers import parse_date, short_date


class DateField(QWidget):
    """Signals:
        changed(): the chair finished typing or picked a day."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(self.tr("ngày/tháng/năm"))
        self.edit.setClearButtonEnabled(True)
        self.pick = QToolButton(self)
        self.pick.setText(self.tr("Lịch…"))
        self.pick.setToolTip(self.tr("Chọn ngày trên lịch"))
        self.calendar = QCalendarWidget(self)  # a popup window of its own, owned here
        self.calendar.setWindowFlags(Qt.WindowType.Popup)
        self.calendar.setGridVisible(True)
        self.calendar.setVerticalHeaderFormat(
            QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.pick)
        # as tall as the field beside it, never shorter than its own text
        self.pick.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Preferred)
        self.edit.editingFinished.connect(self._typed)
        self.pick.clicked.connect(self.open_calendar)
        self._shown = ""  # the text last written or loaded: editingFinished fires twice

    def date(self) -> dt.date | None:
        """The date typed; None when blank. Refusal naming the problem when it is no date."""
        text = self.edit.text().strip()
        return parse_date(text) if text else None

    def set_date(self, value: dt.date | None) -> None:
        self._shown = short_date(value) if value else ""
        self.edit.setText(self._shown)

    def open_calendar(self) -> None:
        try:
            chosen = self.date()
        except Refusal:
            chosen = None
        day = QDate(chosen) if chosen else QDate.currentDate()
        self.calendar.setSelectedDate(day)
        self.calendar.setCurrentPage(day.year(), day.month())
        self.calendar.adjustSize()
        self.calendar.move(self.mapToGlobal(QPoint(0, self.height())))
        self.calendar.show()
        self.calendar.setFocus()

    def _picked(self, day: QDate) -> None:
        self.calendar.hide()
        self.edit.setText(short_date(dt.date(day.year(), day.month(), day.day())))
        self._typed()

    def _typed(self) -> None:
        if self.edit.text().strip() != self._shown:
            self._shown = self.edit.text().strip()
            self.changed.emit()
