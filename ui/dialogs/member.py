"""Adding or editing one member of the roster."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from models.enums import LEVELS, Level, MemberStatus
from services.common.errors import Refusal
from services.common.numbers import parse_date, short_date
from services.meeting.setup import MemberData
from ui.labels import label

NO_SCORE = -1


class MemberDialog(QDialog):
    def __init__(self, data: MemberData, organisations: list[tuple[int, str]],
                 parent: QWidget | None = None, *, adding: bool) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Thêm đảng viên") if adding else self.tr("Sửa đảng viên"))
        self.setMinimumWidth(480)
        form = QFormLayout(self)
        self.code = QLineEdit(data.code)
        self.full_name = QLineEdit(data.full_name)
        self.full_name.setPlaceholderText(self.tr("Họ, tên đệm và tên, ví dụ Nguyễn Thị Thu Hà"))
        self.status = QComboBox()
        for status in MemberStatus:
            self.status.addItem(label(status), status)
        self.status.setCurrentIndex(list(MemberStatus).index(data.status))
        self.position = QLineEdit(data.position)
        self.organisation = QComboBox()
        self.organisation.addItem("—", None)
        for org_id, name in organisations:
            self.organisation.addItem(name, org_id)
        self.organisation.setCurrentIndex(max(0, self.organisation.findData(data.organisation_id)))
        self.in_body = QCheckBox(self.tr("Thuộc thành phần được triệu tập (có tên trong danh "
                                         "sách điểm danh)"))
        self.in_body.setChecked(data.in_body)
        self.score = QSpinBox()
        self.score.setRange(NO_SCORE, 100)
        self.score.setSpecialValueText("—")
        self.score.setValue(NO_SCORE if data.self_score is None else data.self_score)
        self.rating = QComboBox()
        self.rating.addItem("—", None)
        for level in LEVELS:
            self.rating.addItem(f"{level.value} — {label(level)}", level)
        self.rating.setCurrentIndex(max(0, self.rating.findData(data.self_rating)))
        self.admitted = QLineEdit(short_date(data.admitted_on) if data.admitted_on else "")
        self.admitted.setPlaceholderText(self.tr("ngày/tháng/năm, ví dụ 08/09/2021; vào Đảng "
                                                 "chưa đủ 6 tháng thì không xếp loại"))
        self.admitted_error = QLabel()
        self.admitted_error.setStyleSheet("color: #b00020;")
        self.admitted_error.hide()
        # The name first, where the keys go when the dialog opens; the code (the app gives one,
        # an office's own may replace it) last: a newcomer typed the name into "Mã".
        form.addRow(self.tr("Họ và tên"), self.full_name)
        form.addRow(self.tr("Tình trạng"), self.status)
        form.addRow(self.tr("Chức vụ"), self.position)
        form.addRow(self.tr("Chi bộ"), self.organisation)
        form.addRow(self.tr("Tự chấm điểm"), self.score)
        form.addRow(self.tr("Tự xếp loại"), self.rating)
        form.addRow(self.tr("Ngày vào Đảng"), self.admitted)
        form.addRow("", self.admitted_error)
        form.addRow(self.in_body)
        form.addRow(self.tr("Mã"), self.code)
        self.full_name.setFocus()
        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("Lưu"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Hủy"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def admitted_on(self) -> dt.date | None:
        """The admission date typed (blank: not known); a Refusal when it is not a date."""
        text = self.admitted.text().strip()
        return parse_date(text) if text else None

    def accept(self) -> None:
        try:
            self.admitted_on()
        except Refusal as exc:
            self.admitted_error.setText(self.tr("Ngày vào Đảng: {0}").format(exc))
            self.admitted_error.show()
            self.admitted.setFocus()
            return
        super().accept()

    def data(self) -> MemberData:
        rating = self.rating.currentData()
        return MemberData(
            code=self.code.text(), full_name=self.full_name.text(),
            status=MemberStatus(self.status.currentData()), position=self.position.text(),
            organisation_id=self.organisation.currentData(),
            self_score=None if self.score.value() == NO_SCORE else self.score.value(),
            self_rating=Level(rating) if rating else None, in_body=self.in_body.isChecked(),
            admitted_on=self.admitted_on())
