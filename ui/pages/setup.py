"""Meeting set-up: the meeting's details and its roster (add, edit, remove, import).

Every field is written when the chair leaves it (or picks a value), in its own short transaction.
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from models.enums import BodyKind, Period
from models.meeting import Meeting
from services.meeting.roster_import import RosterImportError, apply_import, preview_import
from services.meeting.setup import (
    MAX_YEAR,
    MIN_YEAR,
    MeetingDetails,
    MemberData,
    SetupError,
    add_member,
    load_roster,
    meeting_details,
    member_cells,
    next_member_code,
    remove_member,
    save_meeting_details,
    update_member,
)
from ui import msgbox
from ui.context import MeetingContext
from ui.dialogs.member import MemberDialog
from ui.dialogs.roster_import import ImportPreviewDialog
from ui.labels import label
from ui.pages.base import StepPage
from ui.tables.roster import MEMBER_ID_ROLE, RosterFilter, RosterModel

logger = logging.getLogger(__name__)

NO_DATE = QDate(2000, 1, 1)  # the date edit's minimum, shown as "—": no date chosen yet


class SetupPage(StepPage):
    def __init__(self, context: MeetingContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._loading = False
        self._period = Period.year  # no field for it here yet: kept as loaded when saving
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._details_box())
        layout.addWidget(self._roster_box(), 1)
        self.refresh()

    # --- layout ---------------------------------------------------------------------------

    def _details_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Thông tin hội nghị"))
        grid = QGridLayout(box)
        grid.setHorizontalSpacing(12)
        self.unit = QLineEdit()
        self.superior = QLineEdit()
        self.title = QLineEdit()
        self.body = QLineEdit()
        self.body_kind = QComboBox()
        for kind in BodyKind:
            self.body_kind.addItem(label(kind), kind)
        self.review_year = QSpinBox()
        self.review_year.setRange(MIN_YEAR, MAX_YEAR)
        self.review_year.setKeyboardTracking(False)
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd/MM/yyyy")
        self.date.setMinimumDate(NO_DATE)
        self.date.setSpecialValueText("—")
        self.date.setKeyboardTracking(False)
        self.place = QLineEdit()
        self.place.setPlaceholderText(self.tr("ví dụ Tiền Giang (dòng “…, ngày … tháng …”)"))
        self.venue = QLineEdit()
        self.venue.setPlaceholderText(self.tr("phòng họp, hội trường"))
        rows = [
            (self.tr("Tổ chức đảng"), self.unit, None, None),
            (self.tr("Cấp trên"), self.superior, None, None),
            (self.tr("Tiêu đề"), self.title, None, None),
            (self.tr("Nơi họp"), self.body, self.tr("Loại hội nghị"), self.body_kind),
            (self.tr("Năm đánh giá"), self.review_year, self.tr("Ngày họp"), self.date),
            (self.tr("Địa danh"), self.place, self.tr("Địa điểm"), self.venue),
        ]
        for row, (left_label, left, right_label, right) in enumerate(rows):
            grid.addWidget(QLabel(left_label), row, 0)
            if right is None:
                grid.addWidget(left, row, 1, 1, 3)
                continue
            grid.addWidget(left, row, 1)
            grid.addWidget(QLabel(right_label), row, 2)
            grid.addWidget(right, row, 3)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(3, 2)
        for edit in (self.unit, self.superior, self.title, self.body, self.place, self.venue):
            edit.editingFinished.connect(self.save_details)
        self.body_kind.activated.connect(self.save_details)
        self.review_year.valueChanged.connect(self.save_details)
        self.date.dateChanged.connect(self.save_details)
        return box

    def _roster_box(self) -> QGroupBox:
        self.roster_box = QGroupBox()
        layout = QVBoxLayout(self.roster_box)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Thêm…"))
        self.edit_button = QPushButton(self.tr("Sửa…"))
        self.remove_button = QPushButton(self.tr("Xóa"))
        self.import_button = QPushButton(self.tr("Nhập từ tệp .xlsx / .csv…"))
        self.add_button.clicked.connect(self.add_member)
        self.edit_button.clicked.connect(self.edit_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.import_button.clicked.connect(self.choose_import_file)
        for button in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Tìm tên, mã, chức vụ (gõ không dấu cũng được)"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(300)
        buttons.addSpacing(12)
        buttons.addWidget(self.search)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        layout.addLayout(buttons)
        self.roster = RosterModel(self)
        self.shown = RosterFilter(self.roster, self)
        self.search.textChanged.connect(self.shown.set_query)
        self.table = QTableView()
        self.table.setModel(self.shown)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(RosterModel.ORGANISATION, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table)
        return self.roster_box

    # --- loading ----------------------------------------------------------------------------

    def refresh(self) -> None:
        with self.context.session() as s:
            meeting = s.get(Meeting, self.context.meeting_id)
            if meeting is None:
                return
            details = meeting_details(meeting)
            entries = load_roster(s, self.context.meeting_id)
        self._period = details.period
        self._loading = True
        try:
            for edit, value in ((self.unit, details.unit), (self.superior, details.superior),
                                (self.title, details.title), (self.body, details.body),
                                (self.place, details.place), (self.venue, details.venue)):
                edit.setText(value)
                edit.setCursorPosition(0)
            self.body_kind.setCurrentIndex(self.body_kind.findData(details.body_kind))
            self.review_year.setValue(details.review_year)
            self.date.setDate(QDate(details.date) if details.date else NO_DATE)
        finally:
            self._loading = False
        self.roster.set_rows(entries)
        self.roster_box.setTitle(self.tr("Danh sách đảng viên ({n} người, xếp theo tên)")
                                 .format(n=len(entries)))

    def details(self) -> MeetingDetails:
        date = self.date.date()
        return MeetingDetails(
            unit=self.unit.text(), superior=self.superior.text(), title=self.title.text(),
            body=self.body.text(), body_kind=BodyKind(self.body_kind.currentData()),
            review_year=self.review_year.value(),
            date=None if date == NO_DATE else dt.date(date.year(), date.month(), date.day()),
            place=self.place.text(), venue=self.venue.text(), period=self._period)

    # --- actions (each one short transaction) -------------------------------------------------

    def save_details(self) -> None:
        if self._loading:
            return
        try:
            with self.context.session() as s, s.begin():
                save_meeting_details(s, self.context.meeting_id, self.details())
        except SetupError as exc:
            msgbox.warn(self, self.tr("Không lưu được"), str(exc))
            self.refresh()
            return
        self.context.events.changed.emit("meeting")

    def _organisations(self) -> list[tuple[int, str]]:
        with self.context.session() as s:
            return member_cells(s, self.context.meeting_id)

    def _edit_until_saved(self, data: MemberData, member_id: int | None) -> bool:
        """Show the member dialog until it saves or the chair cancels."""
        organisations = self._organisations()
        while True:
            dialog = MemberDialog(data, organisations, self, adding=member_id is None)
            if msgbox.run_modal(dialog) != MemberDialog.DialogCode.Accepted:
                return False
            data = dialog.data()
            try:
                with self.context.session() as s, s.begin():
                    if member_id is None:
                        member_id = add_member(s, self.context.meeting_id, data).id
                    else:
                        update_member(s, self.context.meeting_id, member_id, data)
            except SetupError as exc:
                msgbox.warn(self, self.tr("Không lưu được"), str(exc))
                continue
            self._roster_changed(member_id)
            return True

    def add_member(self) -> bool:
        with self.context.session() as s:
            code = next_member_code(s, self.context.meeting_id)
            meeting = s.get(Meeting, self.context.meeting_id)
            in_body = meeting is None or meeting.body_kind is BodyKind.chi_bo
        return self._edit_until_saved(MemberData(code=code, full_name="", in_body=in_body), None)

    def selected_member(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(MEMBER_ID_ROLE) if rows else None

    def edit_selected(self) -> bool:
        member_id = self.selected_member()
        if member_id is None:
            return False
        e = self.roster.rows[self.roster.row_of(member_id)]
        data = MemberData(code=e.code, full_name=e.full_name, status=e.status,
                          position=e.position, organisation_id=e.organisation_id,
                          self_score=e.self_score, self_rating=e.self_rating, in_body=e.in_body,
                          admitted_on=e.admitted_on)
        return self._edit_until_saved(data, member_id)

    def remove_selected(self) -> bool:
        member_id = self.selected_member()
        if member_id is None:
            return False
        e = self.roster.rows[self.roster.row_of(member_id)]
        who = f"{e.full_name} ({e.position})" if e.position else e.full_name
        if not msgbox.ask(self, self.tr("Xóa khỏi danh sách"), self.tr(
                "Xóa {name} khỏi danh sách đảng viên của hội nghị? Điểm danh của "
                "người này cũng bị xóa.").format(name=who)):
            return False
        try:
            with self.context.session() as s, s.begin():
                remove_member(s, self.context.meeting_id, member_id)
        except SetupError as exc:  # rated in a ballot round: the round's counts must stay
            msgbox.warn(self, self.tr("Không xóa được"), str(exc))
            return False
        self._roster_changed(None)
        return True

    def choose_import_file(self) -> bool:
        path = msgbox.choose_file(self, self.tr("Chọn danh sách đảng viên"),
                                  self.tr("Bảng tính hoặc CSV (*.xlsx *.csv *.txt)"))
        return path is not None and self.import_roster(path)

    def import_roster(self, path: Path) -> bool:
        """Preview the file, and write it when the chair agrees; True when written."""
        try:
            with self.context.session() as s:
                preview = preview_import(s, self.context.meeting_id, path)
        except RosterImportError as exc:
            msgbox.warn(self, self.tr("Không nhập được"), str(exc))
            return False
        dialog = ImportPreviewDialog(preview, self)
        if msgbox.run_modal(dialog) != ImportPreviewDialog.DialogCode.Accepted:
            return False
        try:
            with self.context.session() as s, s.begin():
                written = apply_import(s, self.context.meeting_id, preview)
        except SetupError as exc:  # the roster changed since the preview: nothing written
            msgbox.warn(self, self.tr("Không nhập được"), str(exc))
            return False
        logger.info("Imported %d roster rows from %s", written, path.name)
        self._roster_changed(None)
        return True

    def _roster_changed(self, select_member: int | None) -> None:
        self.refresh()
        if select_member is not None and (row := self.roster.row_of(select_member)) >= 0:
            shown = self.shown.mapFromSource(self.roster.index(row, 0))
            if shown.isValid():
                self.table.selectRow(shown.row())
        self.context.events.changed.emit("roster")
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
