"""After the entry: the differences between the tellers, then the result, the chair's decisions,
the lock by the head teller and a reopening with its reason."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from models.enums import LEVELS, Level
from services.ballot.compare import agree, compare_sheets
from services.ballot.outcome import RoundOutcome, record_decision, round_outcome
from services.ballot.reported import summary_share
from services.ballot.rounds import lock_round, open_follow_up_round, reopen_round
from services.ballot.sheets import approved_tellers, subject_order
from services.rules.types import QuotaStatus
from ui import msgbox
from ui.ballot import result_notes
from ui.ballot.entry import organisations_round
from ui.ballot.result_rows import WrappedColumns
from ui.ballot.roll_call import round_notice
from ui.ballot.scan_check import ScanCheckView
from ui.ballot.tables import DifferencesModel, ResultModel
from ui.context import MeetingContext
from ui.labels import said
from ui.refusals import REFUSALS

ERROR_STYLE = "color: #b00020;"
# Warnings whose subjects the table's quota column already marks one by one.
LISTED_IN_TABLE = frozenset({"quota_over", "quota_tied"})
ERRORS = REFUSALS


def _message_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_STYLE)
    return label


class DifferencesView(QWidget):
    """Every subject whose counts differ between the two entries, side by side.

    Signals:
        agreed(): the agreed counts were written into the round.
    """

    agreed = Signal()

    def __init__(self, context: MeetingContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.round_id: int | None = None
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setObjectName("differences_summary")
        self.summary.setWordWrap(True)
        self.summary.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        layout.addWidget(self.summary)
        self.model = DifferencesModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        layout.addWidget(self.table, 1)
        self.scan = ScanCheckView(context)
        layout.addWidget(self.scan, 2)
        row = QHBoxLayout()
        self.agree_button = QPushButton(self.tr("Thống nhất số liệu"))
        self.agree_button.clicked.connect(self.agree)
        row.addWidget(self.agree_button)
        self.message = _message_label()
        row.addWidget(self.message, 1)
        layout.addLayout(row)

    def load(self, round_id: int) -> None:
        self.round_id = round_id
        comparison = compare_sheets(self.context.db, round_id)
        order = subject_order(self.context.db, round_id)
        self.model.load(comparison.differences, comparison.tellers, order)
        self.model.show_differing(self.table)
        self.model.fit_columns(self.table, stretch=1)
        lines = list(comparison.problems)
        if comparison.differences:
            pulled = sorted({n for d in comparison.differences for n in d.ballots or ()})
            lines.insert(0, self.tr("{0} đối tượng có số liệu khác nhau giữa hai bản nhập: "
                                    "kiểm lại phiếu, sửa bản nhập sai.")
                         .format(len(comparison.differences)))
            if pulled:
                lines.insert(1, self.tr("Rút các phiếu giấy số {0} (số thứ tự khi nhập, cột "
                                        "«Phiếu cần xem lại») để xem lại.")
                             .format(", ".join(str(n) for n in pulled)))
            if any(d.ballots is None for d in comparison.differences):
                lines.insert(1, self.tr("Một bản nhập theo tổng số nên không biết phiếu nào "
                                        "khác: đếm lại cả xấp phiếu cho các dòng này."))
        elif not comparison.problems:
            lines.append(self.tr("Các bản nhập khớp nhau ({0}).")
                         .format(", ".join(comparison.tellers)))
        self.summary.setText("\n".join(lines))
        self.agree_button.setEnabled(comparison.agreed)
        self.scan.load(round_id, not comparison.problems)
        self.message.clear()

    def agree(self) -> None:
        if self.round_id is None or not self.scan.confirm_agreement():
            return
        try:
            agree(self.context.db, self.round_id, actor=self.context.actor)
        except ERRORS as error:
            self.message.setText(str(error))
            return
        self.message.clear()
        self.summary.setText(self.summary.text() + "\n" + self.tr("Đã ghi số liệu thống nhất."))
        self.agreed.emit()


class ResultView(QWidget):
    """Levels with explanations, undecided and tied flagged, the quota arithmetic; the chair's
    decision per tied or over-quota subject; lock, reopen, follow-up round.

    Signals:
        rounds_changed(int): a round was locked, reopened or opened (its id).
    """

    rounds_changed = Signal(int)

    def __init__(self, context: MeetingContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.outcome: RoundOutcome | None = None
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setObjectName("result_summary")
        self.summary.setWordWrap(True)
        # Its wrapped lines always whole: the table below gives up the room.
        self.summary.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        layout.addWidget(self.summary)
        self.model = ResultModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.selectionModel().currentRowChanged.connect(self._show_reasoning)
        self.rows = WrappedColumns(self.table, self.model)
        layout.addWidget(self.table, 1)
        # The selected row's whole reasoning, large enough to read out (the cell has the line
        # that decides).
        self.reasoning = QLabel()
        self.reasoning.setObjectName("result_reasoning")
        self.reasoning.setWordWrap(True)
        self.reasoning.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        layout.addWidget(self.reasoning)
        decision = QHBoxLayout()
        decision.addWidget(QLabel(self.tr("Quyết định của chủ trì cho dòng đang chọn:")))
        self.decision_level = QComboBox()
        self.decision_level.addItem(self.tr("(chưa quyết định)"), None)
        for level in LEVELS:
            self.decision_level.addItem(level.value, level)
        decision.addWidget(self.decision_level)
        self.decision_reason = QLineEdit()
        self.decision_reason.setPlaceholderText(self.tr("Lý do"))
        decision.addWidget(self.decision_reason, 1)
        self.decide_button = QPushButton(self.tr("Ghi quyết định"))
        self.decide_button.clicked.connect(self.decide)
        decision.addWidget(self.decide_button)
        layout.addLayout(decision)
        self.decision_note = QLabel()
        self.decision_note.setObjectName("decision_note")
        self.decision_note.setWordWrap(True)
        layout.addWidget(self.decision_note)
        actions = QHBoxLayout()
        self.lock_button = QPushButton(self.tr("Khóa vòng (ký biên bản)"))
        self.lock_button.clicked.connect(self.lock)
        actions.addWidget(self.lock_button)
        self.reopen_reason = QLineEdit()
        self.reopen_reason.setPlaceholderText(self.tr("Lý do mở lại"))
        for edit in (self.decision_reason, self.reopen_reason):  # the hint whole, in any language
            edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance(edit.placeholderText())
                                 + 4 * edit.style().pixelMetric(
                                     QStyle.PixelMetric.PM_DefaultFrameWidth) + 12)
        follow_up = QHBoxLayout()  # a line of its own: the row above keeps room for the reason
        actions.addWidget(self.reopen_reason, 1)
        self.reopen_button = QPushButton(self.tr("Mở lại (phiên bản mới)"))
        self.reopen_button.clicked.connect(self.reopen)
        actions.addWidget(self.reopen_button)
        self.follow_up_button = QPushButton(self.tr("Vòng bổ sung cho đối tượng chưa đủ "
                                                    "quá bán / ngang phiếu"))
        self.follow_up_button.clicked.connect(self.follow_up)
        follow_up.addWidget(self.follow_up_button)
        follow_up.addStretch(1)
        layout.addLayout(actions)
        layout.addLayout(follow_up)
        self.message = _message_label()
        layout.addWidget(self.message)

    def load(self, round_id: int) -> None:
        outcome = round_outcome(self.context.db, round_id)
        self.outcome = outcome
        self.model.committee = outcome.committee
        self.model.organisations = organisations_round(self.context, round_id)
        self.model.set_rows(outcome.subjects)
        self.rows.fit()
        self._show_reasoning(self.table.currentIndex())
        lines = [result_notes.waiting(outcome)] if outcome.missing is not None else []
        if outcome.result is None:
            lines.append(self.tr("Chưa tính được kết quả."))
            lines += result_notes.problem_lines(outcome)
        else:
            result = outcome.result
            shares = "; ".join(f"{level.value}: {said(summary_share(result, level))}"
                               for level in LEVELS)
            lines.append(shares + self.tr("; chưa đủ quá bán: {0}").format(
                said(summary_share(result, None))))
            if result.quota is not None:
                lines.append(self.tr("Tỷ lệ HTXSNV: {0}").format(said(result.quota.arithmetic)))
            lines += result_notes.warning_lines(outcome, LISTED_IN_TABLE)
        if outcome.locked:
            lines.append(self.tr("Đã khóa (ký biên bản) bởi {0}; phiên bản {1}.")
                         .format(outcome.locked_by, outcome.revision))
        elif outcome.lock_problems and outcome.missing is None:
            lines.append(self.tr("Chưa khóa được: ") + "; ".join(
                said(line) for line in outcome.lock_problems))
        self.summary.setText("\n".join(lines))
        flagged = any(s.needs_decision for s in outcome.subjects)
        deciding = outcome.committee and flagged
        for widget in (self.decision_level, self.decision_reason, self.decide_button):
            widget.setEnabled(deciding)
        self.decision_note.setText(self._decision_note(outcome.committee, flagged)
                                   if outcome.result is not None else "")
        self.decision_note.setVisible(bool(self.decision_note.text()))
        self.lock_button.setEnabled(not outcome.locked and not outcome.lock_problems)
        self.reopen_button.setEnabled(outcome.locked)
        self.reopen_reason.setEnabled(outcome.locked)
        self.follow_up_button.setEnabled(any(
            s.result.level is None or s.result.quota_status is QuotaStatus.tied
            for s in outcome.subjects))
        self.message.clear()

    def _show_reasoning(self, index: QModelIndex) -> None:
        """The current row's subject and every level examined for it."""
        row = index.row()
        if row < 0 or row >= self.model.rowCount():
            self.reasoning.setText(self.tr("Chọn một dòng để xem cách tính mức của đối tượng."))
            return
        self.reasoning.setText(f"{self.model.cell(row, 1)}\n{self.model.explanation(row)}")

    def _act(self, action: Callable[[], object]) -> bool:
        try:
            action()
        except ERRORS as error:
            self.message.setText(str(error))
            return False
        return True

    def _decision_note(self, committee: bool, flagged: bool) -> str:
        """Why the decision controls are greyed, in plain words ("" when they are not)."""
        if committee:
            return "" if flagged else self.tr(
                "Không có đối tượng bằng phiếu hay vượt tỷ lệ: không cần quyết định của chủ trì.")
        return self.tr(
            "Hội nghị chi bộ chỉ đề nghị: với đảng viên bằng phiếu hoặc vượt tỷ lệ, cấp ủy cấp "
            "trên quyết định, chủ trì hội nghị chi bộ không ghi quyết định ở đây. Kết quả và "
            "đề nghị được ghi vào biên bản gửi cấp trên.") if flagged else ""

    def decide(self) -> None:
        outcome, row = self.outcome, self.table.currentIndex().row()
        if outcome is None or row < 0:
            return
        subject = outcome.subjects[row].subject.id
        chosen = self.decision_level.currentData()
        level = Level(chosen) if chosen else None
        if self._act(lambda: self.context.act(record_decision, subject, level,
                                              self.decision_reason.text())):
            self.load(outcome.round_id)
            self.table.selectRow(row)

    def lock(self) -> None:
        outcome = self.outcome
        if outcome is None:
            return
        heads = [t for t in approved_tellers(self.context.db, self.context.meeting_id)
                 if t.is_head]
        if not heads:
            self.message.setText(self.tr("Chưa có Trưởng ban kiểm phiếu được biểu quyết."))
            return
        head = heads[0]
        question = self.tr("Trưởng ban kiểm phiếu {0} ký biên bản kiểm phiếu vòng “{1}”?").format(
            head.name, outcome.title)
        details = self.tr("Sau khi khóa, không sửa được số phiếu; mở lại cần ghi lý do và tạo "
                          "một phiên bản mới.")
        stale = round_notice(self.context, outcome.round_id)
        if stale:
            question += "\n\n" + stale
        if not msgbox.ask(self, self.tr("Khóa vòng biểu quyết"), question, details):
            return
        if self._act(lambda: lock_round(self.context.db, outcome.round_id, head.id,
                                        actor="head_teller")):
            self.rounds_changed.emit(outcome.round_id)

    def reopen(self) -> None:
        outcome = self.outcome
        if outcome is None:
            return
        new: list[int] = []
        if self._act(lambda: new.append(reopen_round(self.context.db, outcome.round_id,
                                                     self.reopen_reason.text(),
                                                     actor=self.context.actor))):
            self.reopen_reason.clear()
            self.rounds_changed.emit(new[0])

    def follow_up(self) -> None:
        outcome = self.outcome
        if outcome is None:
            return
        new: list[int] = []
        if self._act(lambda: new.append(self.context.act(open_follow_up_round,
                                                         outcome.round_id))):
            self.rounds_changed.emit(new[0])
