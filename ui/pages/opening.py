"""Step 1, the opening (*khai mạc*): the opening time, the purpose of the meeting and the guests
from the superior committee, each written when the chair records it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.meeting import Meeting
from models.walkthrough import Guest
from services.proceedings.opening_closing import (
    ProceedingsError,
    add_guest,
    default_purpose,
    guests_of,
    opening_gaps,
    proceedings,
    remove_guest,
    set_opening,
    stored_proceedings,
)
from ui.context import MeetingContext
from ui.pages.base import StepPage
from ui.widgets.clock_field import ClockField
from ui.widgets.reserved import message_label


class OpeningPage(StepPage):
    def __init__(self, context: MeetingContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.opened_at = ClockField(self)
        self.purpose = QPlainTextEdit(self)
        self.purpose.setPlaceholderText(self.tr("Mục đích, yêu cầu của hội nghị"))
        self.save = QPushButton(self.tr("Ghi khai mạc"), self)
        self.message = message_label(1, self)
        opening = QGroupBox(self.tr("Khai mạc"), self)
        form = QFormLayout(opening)
        form.addRow(self.tr("Giờ khai mạc"), self.opened_at)
        form.addRow(self.tr("Mục đích, yêu cầu"), self.purpose)
        row = QHBoxLayout()
        row.addWidget(self.save)
        row.addWidget(self.message, 1)
        form.addRow(row)

        self.guests = QTableWidget(0, 2, self)
        self.guests.setHorizontalHeaderLabels([self.tr("Họ và tên"), self.tr("Chức vụ, đơn vị")])
        self.guests.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.guests.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.guests.verticalHeader().setVisible(False)
        self.guests.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents)
        self.guests.horizontalHeader().setStretchLastSection(True)
        self.guest_name = QLineEdit(self)
        self.guest_name.setPlaceholderText(self.tr("Họ và tên đại biểu"))
        self.guest_position = QLineEdit(self)
        self.guest_position.setPlaceholderText(
            self.tr("Chức vụ, đơn vị (ví dụ: Ủy viên Ban Thường vụ Đảng ủy Khối)"))
        self.add = QPushButton(self.tr("Thêm đại biểu"), self)
        self.remove = QPushButton(self.tr("Bỏ đại biểu đã chọn"), self)
        guests_box = QGroupBox(self.tr("Đại biểu cấp trên dự hội nghị"), self)
        guests_layout = QVBoxLayout(guests_box)
        guests_layout.addWidget(self.guests, 1)
        entry = QHBoxLayout()
        entry.addWidget(self.guest_name, 2)
        entry.addWidget(self.guest_position, 3)
        entry.addWidget(self.add)
        guests_layout.addLayout(entry)
        guests_layout.addWidget(self.remove, 0, Qt.AlignmentFlag.AlignLeft)

        # The purpose keeps a height of its own and the guests take the rest: when the two
        # shared the height, the first guest added moved "Ghi khai mạc" under the pointer.
        self.purpose.setFixedHeight(8 * self.purpose.fontMetrics().lineSpacing())
        layout = QVBoxLayout(self)
        layout.addWidget(opening)
        layout.addWidget(guests_box, 1)

        self.save.clicked.connect(self.record_opening)
        self.opened_at.changed.connect(self.record_opening)
        self.add.clicked.connect(self.add_guest)
        self.guest_position.returnPressed.connect(self.add_guest)
        self.guest_name.returnPressed.connect(self.add_guest)
        self.remove.clicked.connect(self.remove_guest)
        self.guest_ids: list[int] = []
        self.purpose.installEventFilter(self)
        self.refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The purpose typed is recorded when the chair leaves the field."""
        if watched is self.purpose and event.type() == QEvent.Type.FocusOut \
                and self.purpose.document().isModified():
            self.record_opening()
        return super().eventFilter(watched, event)

    def refresh(self) -> None:
        with self.context.session() as s:
            meeting = s.get_one(Meeting, self.context.meeting_id)
            record = stored_proceedings(s, self.context.meeting_id)
            self.purpose.setPlainText(record.purpose if record and record.purpose
                                      else default_purpose(meeting))
            self.purpose.document().setModified(False)
            self.opened_at.set_time(record.opened_at if record else None)
            guests = [(g.id, g.name, g.position) for g in guests_of(s, self.context.meeting_id)]
        self.guests.setRowCount(len(guests))
        self.guest_ids = [guest_id for guest_id, _name, _position in guests]
        for row, (_id, name, position) in enumerate(guests):
            self.guests.setItem(row, 0, QTableWidgetItem(name))
            self.guests.setItem(row, 1, QTableWidgetItem(position))

    def record_opening(self) -> None:
        if self.opened_at.edit.text().strip() and self.opened_at.time() is None:
            self.message.setText(self.tr("Giờ khai mạc không hợp lệ (hh:mm)."))
            return
        with self.context.session() as s, s.begin():
            set_opening(proceedings(s, self.context.meeting_id), self.purpose.toPlainText(),
                        self.opened_at.time())
        self.purpose.document().setModified(False)
        self.message.setText(self.tr("Đã ghi."))
        self.context.events.changed.emit("proceedings")

    def add_guest(self) -> None:
        try:
            with self.context.session() as s, s.begin():
                add_guest(s, self.context.meeting_id, self.guest_name.text(),
                          self.guest_position.text())
        except ProceedingsError as error:
            self.message.setText(str(error))
            return
        self.guest_name.clear()
        self.guest_position.clear()
        self.guest_name.setFocus()
        self.message.clear()
        self.refresh()
        self.context.events.changed.emit("proceedings")

    def remove_guest(self) -> None:
        row = self.guests.currentRow()
        if not 0 <= row < len(self.guest_ids):
            return
        with self.context.session() as s, s.begin():
            guest = s.get(Guest, self.guest_ids[row])
            if guest is not None:
                remove_guest(s, guest)
        self.refresh()
        self.context.events.changed.emit("proceedings")

    def missing(self) -> list[str]:
        with self.context.session() as s:
            return opening_gaps(s, self.context.meeting_id)
