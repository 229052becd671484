"""The reconciliation form: ballots issued, returned and invalid by reason, each refusal or
warning shown beside the field it is about."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QPushButton, QWidget

from models.ballot import BallotRound
from services.ballot.reconciliation import (
    INVALID,
    ISSUED,
    RETURNED,
    reconciliation_of,
    save_reconciliation,
)
from services.ballot.shared import FieldMessage
from services.rules.types import InvalidBallotReason
from ui.context import MeetingContext

REFUSED_STYLE = "color: #b00020;"
WARNING_STYLE = "color: #8a6100;"


class ReconciliationForm(QWidget):
    """Signals:
        saved(): the reconciliation was saved (valid ballots may have changed).
    """

    saved = Signal()

    def __init__(self, context: MeetingContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.round_id: int | None = None
        grid = QGridLayout(self)
        self.voters = QLabel()
        self.voters.setObjectName("round_electorate")
        self.voters.setWordWrap(True)
        grid.addWidget(self.voters, 0, 0, 1, 3)
        rows = [
            (ISSUED, self.tr("Số phiếu phát ra")),
            (RETURNED, self.tr("Số phiếu thu vào")),
            (InvalidBallotReason.not_issued.value,
             self.tr("Không hợp lệ: không do Ban kiểm phiếu phát ra")),
            (InvalidBallotReason.added_content.value,
             self.tr("Không hợp lệ: ghi thêm tên hoặc nội dung khác")),
            (InvalidBallotReason.unreadable.value, self.tr("Không hợp lệ: rách, không đọc được")),
        ]
        self.edits: dict[str, QLineEdit] = {}
        self.messages: dict[str, QLabel] = {}
        for line, (field, text) in enumerate(rows, start=1):
            edit = QLineEdit()
            edit.setObjectName(f"reconciliation_{field}")
            edit.setMaximumWidth(90)
            edit.returnPressed.connect(self.save)
            self.edits[field] = edit
            grid.addWidget(QLabel(text), line, 0)
            grid.addWidget(edit, line, 1)
            self.messages[field] = self._message_label(field)
            grid.addWidget(self.messages[field], line, 2)
        line = len(rows) + 1
        self.invalid_total = QLabel()
        grid.addWidget(QLabel(self.tr("Tổng số phiếu không hợp lệ")), line, 0)
        grid.addWidget(self.invalid_total, line, 1)
        self.messages[INVALID] = self._message_label(INVALID)
        grid.addWidget(self.messages[INVALID], line, 2)
        self.valid = QLabel()
        grid.addWidget(QLabel(self.tr("Số phiếu hợp lệ")), line + 1, 0)
        grid.addWidget(self.valid, line + 1, 1)
        self.save_button = QPushButton(self.tr("Lưu đối chiếu"))
        self.save_button.clicked.connect(self.save)
        grid.addWidget(self.save_button, line + 2, 1)
        self.status = QLabel()
        self.status.setObjectName("reconciliation_status")
        grid.addWidget(self.status, line + 2, 2)
        grid.setColumnStretch(2, 1)
        grid.setRowStretch(line + 3, 1)

    @staticmethod
    def _message_label(field: str) -> QLabel:
        label = QLabel()
        label.setObjectName(f"message_{field}")
        label.setWordWrap(True)
        return label

    def load(self, round_: BallotRound) -> None:
        self.round_id = round_.id
        rec = reconciliation_of(round_)
        self.voters.setText(self.tr("Vòng này tính theo điểm danh: số được triệu tập {0}; có "
                                    "quyền biểu quyết có mặt {1}.")
                            .format(round_.electorate_convened, round_.electorate_present)
                            + (("\n" + self.tr("Vòng được mở khi còn thiếu: {0}").format(
                                round_.opened_despite.replace("\n", "; ")))
                               if round_.opened_despite else ""))
        values = {ISSUED: rec.issued, RETURNED: rec.returned,
                  **{reason.value: count for reason, count in rec.invalid_reasons.items()}}
        for field, edit in self.edits.items():
            edit.setText(str(values[field]))
            edit.setReadOnly(round_.locked)
        self.save_button.setEnabled(not round_.locked)
        self._show_totals(rec.invalid, rec.valid)
        self.show_messages([])
        self.status.setText(self.tr("Đã khóa (ký biên bản)") if round_.locked else "")

    def _show_totals(self, invalid: int, valid: int) -> None:
        self.invalid_total.setText(str(invalid))
        self.valid.setText(str(valid))

    def show_messages(self, messages: list[FieldMessage]) -> None:
        for field, label in self.messages.items():
            mine = [m for m in messages if m.field == field]
            label.setText("\n".join(m.message for m in mine))
            label.setStyleSheet(REFUSED_STYLE if any(m.refused for m in mine) else WARNING_STYLE)

    def save(self) -> None:
        if self.round_id is None:
            return
        texts = {field: edit.text() for field, edit in self.edits.items()}
        messages = self.context.act(save_reconciliation, self.round_id, texts)
        self.show_messages(messages)
        refused = any(m.refused for m in messages)
        self.status.setText(self.tr("Chưa lưu: sửa các ô có thông báo đỏ.") if refused
                            else self.tr("Đã lưu."))
        self.status.setStyleSheet(REFUSED_STYLE if refused else "")
        if not refused:
            with self.context.session() as session:
                rec = reconciliation_of(session.get_one(BallotRound, self.round_id))
            self._show_totals(rec.invalid, rec.valid)
            self.saved.emit()
