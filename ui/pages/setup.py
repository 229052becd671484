"""Meeting set-up: the meeting's details and its roster (add, edit, remove, import).

Every field is written when the chair leaves it (or picks a value), in its own short transaction.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
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
from services.common.errors import Refusal
from services.common.text import fold
from services.meeting.roster_import import (
    ImportPreview,
    RosterImportError,
    apply_import,
    preview_import,
)
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
    remove_members,
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
from ui.widgets.date_field import DateField

logger = logging.getLogger(__name__)

NAMES_IN_QUESTION = 8  # a removal of more people names these and counts the rest


class SetupPage(StepPage):
    def __init__(self, context: MeetingContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._loading = False
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
        self.standing_committee = QCheckBox(self.tr(
            "Ban Thường vụ ký thay mặt đảng ủy (T/M BAN THƯỜNG VỤ)"))
        self.standing_committee.setToolTip(self.tr(
            "Kết quả xếp loại, danh sách đề nghị và báo cáo kiểm điểm tập thể ký "
            "«T/M BAN THƯỜNG VỤ / BÍ THƯ» thay cho «T/M ĐẢNG ỦY / BÍ THƯ». Chỉ ở đảng ủy "
            "có ban thường vụ."))
        self.review_year = QSpinBox()
        self.review_year.setRange(MIN_YEAR, MAX_YEAR)
        self.review_year.setKeyboardTracking(False)
        self.period = QComboBox()
        self.period.setToolTip(self.tr("Kỳ đánh giá: cả năm, hoặc một quý (đánh giá theo quý, "
                                       "Quy định 366)"))
        for period in Period:
            self.period.addItem(label(period), period)
        year_and_period = QWidget()
        year_row = QHBoxLayout(year_and_period)
        year_row.setContentsMargins(0, 0, 0, 0)
        year_row.addWidget(self.review_year)
        year_row.addWidget(self.period)
        year_row.addStretch(1)
        self.date = DateField()
        self.place = QLineEdit()
        self.place.setPlaceholderText(self.tr("ví dụ Tiền Giang (dòng “…, ngày … tháng …”)"))
        self.venue = QLineEdit()
        self.venue.setPlaceholderText(self.tr("phòng họp, hội trường"))
        rows = [
            (self.tr("Tổ chức đảng"), self.unit, None, None),
            (self.tr("Cấp trên"), self.superior, None, None),
            (self.tr("Tiêu đề"), self.title, None, None),
            (self.tr("Nơi họp"), self.body, self.tr("Loại hội nghị"), self.body_kind),
            (self.tr("Ký thay mặt"), self.standing_committee, None, None),
            (self.tr("Năm, kỳ đánh giá"), year_and_period, self.tr("Ngày họp"), self.date),
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
        self.standing_committee.toggled.connect(self.save_details)
        self.review_year.valueChanged.connect(self.save_details)
        self.period.activated.connect(self.save_details)
        self.date.changed.connect(self.save_details)
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
        self.search.setPlaceholderText(self.tr("Tìm tên, mã, chức vụ, chi bộ (gõ không dấu cũng "
                                               "được)"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(300)
        buttons.addSpacing(12)
        buttons.addWidget(self.search, 1)  # wide enough to read what it searches
        buttons.addSpacing(12)
        buttons.addWidget(self.import_button)
        layout.addLayout(buttons)
        self.roster = RosterModel(self)
        self.shown = RosterFilter(self.roster, self)
        self.search.textChanged.connect(self.shown.set_query)
        self.table = QTableView()
        self.table.setModel(self.shown)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
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
        self._loading = True
        try:
            for edit, value in ((self.unit, details.unit), (self.superior, details.superior),
                                (self.title, details.title), (self.body, details.body),
                                (self.place, details.place), (self.venue, details.venue)):
                edit.setText(value)
                edit.setCursorPosition(0)
            self.body_kind.setCurrentIndex(self.body_kind.findData(details.body_kind))
            self.standing_committee.setChecked(details.standing_committee_signs)
            self.standing_committee.setEnabled(details.body_kind is BodyKind.dang_uy)
            self.review_year.setValue(details.review_year)
            self.period.setCurrentIndex(self.period.findData(details.period))
            self.date.set_date(details.date)
        finally:
            self._loading = False
        self.roster.set_rows(entries)
        self._show_cells(any(e.organisation for e in entries))
        self.roster_box.setTitle(self.tr("Danh sách đảng viên ({n} người, xếp theo tên)")
                                 .format(n=len(entries)))

    def details(self) -> MeetingDetails:
        """What the fields say; Refusal when the date typed is no date."""
        try:
            date = self.date.date()
        except Refusal as exc:
            raise SetupError(self.tr("Ngày họp: {problem}.").format(problem=exc)) from None
        return MeetingDetails(
            unit=self.unit.text(), superior=self.superior.text(), title=self.title.text(),
            body=self.body.text(), body_kind=BodyKind(self.body_kind.currentData()),
            review_year=self.review_year.value(), date=date, place=self.place.text(),
            venue=self.venue.text(), period=Period(self.period.currentData()),
            standing_committee_signs=self.standing_committee.isChecked())

    # --- actions (each one short transaction) -------------------------------------------------

    def save_details(self) -> None:
        if self._loading:
            return
        try:
            with self.context.session() as s, s.begin():
                save_meeting_details(s, self.context.meeting_id, self.details())
                meeting = s.get_one(Meeting, self.context.meeting_id)
                standing = meeting.standing_committee_signs
                followed = ((self.title, meeting.title), (self.body, meeting.body))
        except SetupError as exc:
            msgbox.warn(self, self.tr("Không lưu được"), str(exc))
            self.refresh()
            return
        for edit, stored in followed:  # the app's own title and body follow what they name
            if stored != edit.text():
                edit.setText(stored)
                edit.setCursorPosition(0)
        if self.standing_committee.isChecked() != standing:  # a cell has no standing committee
            with QSignalBlocker(self.standing_committee):
                self.standing_committee.setChecked(standing)
        self.standing_committee.setEnabled(
            BodyKind(self.body_kind.currentData()) is BodyKind.dang_uy)
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
        members = self.selected_members()
        return members[0] if members else None

    def selected_members(self) -> list[int]:
        """The members selected, in the order the table shows them."""
        rows = sorted(self.table.selectionModel().selectedRows(), key=lambda i: i.row())
        return [index.data(MEMBER_ID_ROLE) for index in rows]

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
        """Remove every selected member after one question naming them."""
        member_ids = self.selected_members()
        if not member_ids:
            return False
        names = [self.roster.rows[self.roster.row_of(m)].full_name for m in member_ids]
        if len(names) == 1:
            question = self.tr("Xóa đồng chí {name} khỏi danh sách đảng viên của hội nghị? "
                               "Điểm danh của người này cũng bị xóa.").format(name=names[0])
        else:
            shown = ", ".join(names[:NAMES_IN_QUESTION])
            if len(names) > NAMES_IN_QUESTION:
                shown += self.tr(" và {n} người khác").format(n=len(names) - NAMES_IN_QUESTION)
            question = self.tr("Xóa {n} người khỏi danh sách đảng viên của hội nghị: {names}? "
                               "Điểm danh của họ cũng bị xóa.").format(n=len(names), names=shown)
        if not msgbox.ask(self, self.tr("Xóa khỏi danh sách"), question):
            return False
        try:
            with self.context.session() as s, s.begin():
                remove_members(s, self.context.meeting_id, member_ids)
        except SetupError as exc:  # rated in a ballot round: the round's counts must stay
            msgbox.warn(self, self.tr("Không xóa được"), str(exc))
            return False
        self._roster_changed(None)
        return True

    def choose_import_file(self) -> bool:
        path = msgbox.choose_file(self, self.tr("Chọn danh sách đảng viên"),
                                  self.tr("Bảng tính hoặc CSV (*.xlsx *.csv *.tsv *.txt);;"
                                          "Tất cả các tệp (*)"))
        return path is not None and self.import_roster(path)

    def import_roster(self, path: Path) -> bool:
        """Preview the file, and write it when the chair agrees; True when written."""
        def read(only_cell: str | None) -> ImportPreview:
            with self.context.session() as s:
                return preview_import(s, self.context.meeting_id, path, only_cell)

        with self.context.session() as s:
            meeting = s.get_one(Meeting, self.context.meeting_id)
            cell_meeting = meeting.body_kind is BodyKind.chi_bo
            names = {fold(meeting.body), fold(meeting.party_unit.name)}
        try:
            preview = read(None)
            own = next((cell for cell in preview.cells if fold(cell) in names), None)
            if cell_meeting and own is not None:  # its own rows, unless the chair says all
                preview = read(own)
        except RosterImportError as exc:
            msgbox.warn(self, self.tr("Không nhập được"), str(exc))
            return False
        # Only a cell's meeting is offered one cell's rows: a committee keeps every member's cell.
        dialog = ImportPreviewDialog(preview, self, reload=read if cell_meeting else None)
        if msgbox.run_modal(dialog) != ImportPreviewDialog.DialogCode.Accepted:
            return False
        chosen = dialog.preview
        assert isinstance(chosen, ImportPreview)
        try:
            with self.context.session() as s, s.begin():
                written = apply_import(s, self.context.meeting_id, chosen)
        except SetupError as exc:  # the roster changed since the preview: nothing written
            msgbox.warn(self, self.tr("Không nhập được"), str(exc))
            return False
        logger.info("Imported %d roster rows from %s", written, path.name)
        self._roster_changed(None)
        return True

    def _show_cells(self, shown: bool) -> None:
        """The cell column only when a member is in a cell: at a cell's own meeting it stood
        empty and took the width the positions needed."""
        header = self.table.horizontalHeader()
        self.table.setColumnHidden(RosterModel.ORGANISATION, not shown)
        header.setSectionResizeMode(RosterModel.POSITION, QHeaderView.ResizeMode.ResizeToContents
                                    if shown else QHeaderView.ResizeMode.Stretch)

    def _roster_changed(self, select_member: int | None) -> None:
        self.refresh()
        if select_member is not None and (row := self.roster.row_of(select_member)) >= 0:
            shown = self.shown.mapFromSource(self.roster.index(row, 0))
            if shown.isValid():
                self.table.selectRow(shown.row())
        self.context.events.changed.emit("roster")
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
