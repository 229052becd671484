"""Step 2, attendance: mark each member of the convened body; the electorate and the voters
present are derived live from the marks and the arithmetic is shown
(services/meeting/electorate.py)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from models.enums import AttendanceStatus, MemberStatus
from models.meeting import Meeting
from services.ballot.attendance import AttendanceError, mark_unrecorded_present, set_attendance
from services.meeting.electorate import Electorate, Phrases, electorate_of
from ui import msgbox
from ui.context import MeetingContext
from ui.pages.base import StepPage
from ui.tables.attendance import (
    AttendanceEntry,
    AttendanceModel,
    MarkDelegate,
    load_attendance,
)
from ui.widgets.reserved import message_label, reserve_lines


def panel_style(background: str, border: str) -> str:
    """The electorate panel in one of its colours; dark text, since the colours are light."""
    return (f"QFrame#electorate {{ background: {background}; border: 1px solid {border}; }}"
            " QFrame#electorate QLabel { color: #1a1a1a; }")


OK_STYLE = panel_style("#e6f2e6", "#8bbf8b")
WARN_STYLE = panel_style("#fff1d0", "#d9a93a")
WAITING_STYLE = panel_style("#e8eef6", "#9fb3cc")
ALARM_STYLE = panel_style("#fbe0dd", "#d0675c")


class AttendancePage(StepPage):
    def __init__(self, context: MeetingContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        actions = QHBoxLayout()
        self.all_present = QPushButton(self.tr("Đánh dấu có mặt cho người chưa điểm danh"))
        self.all_present.clicked.connect(self.mark_rest_present)
        hint = QLabel(self.tr("Đánh dấu ô “Có mặt”, hoặc chọn ở cột “Điểm danh”; vắng có lý do "
                              "và loại trừ cần ghi lý do."))
        hint.setWordWrap(True)
        actions.addWidget(hint, 1)
        actions.addWidget(self.all_present)
        layout.addLayout(actions)

        self.model = AttendanceModel(self.write_mark, self)
        self.model.marked.connect(self.show_electorate)
        self.table = QTableView()
        self.table.setModel(self.model)
        delegate = MarkDelegate(self.table)
        self.table.setItemDelegateForColumn(AttendanceModel.MARK, delegate)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setDefaultSectionSize(
            max(self.fontMetrics().height() + 12, delegate.editor_size().height()))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(AttendanceModel.REASON, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)

        # The electorate under the list, as a total under its rows: what it says changes with
        # each mark, and it must never move the rows the chair is clicking. Its lines keep
        # their room whether they say something or not.
        self.panel = QFrame()
        self.panel.setObjectName("electorate")
        panel_layout = QVBoxLayout(self.panel)
        self.derivation = QLabel()
        self.derivation.setObjectName("derivation")
        font = self.derivation.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.derivation.setFont(font)
        self.derivation.setWordWrap(True)
        reserve_lines(self.derivation, 1)
        self.warnings = message_label(1)
        self.rule = QLabel(self.tr(
            "Số được triệu tập = đảng viên chính thức được triệu tập − loại trừ − vắng có lý do "
            "− miễn sinh hoạt vắng mặt. Đảng viên dự bị dự họp nhưng không biểu quyết."))
        self.rule.setWordWrap(True)
        # The figures of the file imported (before any mark), then what the last mark did
        # beyond the list (rounds that followed it, exempt members left): one slot for both.
        self.declared = message_label(1)
        self.followed = message_label(1)
        self.followed.setObjectName("followed")
        for widget in (self.derivation, self.warnings, self.declared, self.followed, self.rule):
            panel_layout.addWidget(widget)
        layout.addWidget(self.panel)
        self.electorate: Electorate | None = None
        self.refresh()

    def phrases(self) -> Phrases:
        return Phrases(
            convened=self.tr("Triệu tập {n}"), excluded=self.tr("loại trừ {n}"),
            absent_excused=self.tr("vắng có lý do {n}"),
            exempt_absent=self.tr("miễn sinh hoạt vắng mặt {n}"),
            present_enough=self.tr("có mặt {present} ≥ 2/3"),
            present_short=self.tr("có mặt {present} < 2/3 (cần ít nhất {needed})"),
            short_warning=self.tr("Số có mặt dưới 2/3 số được triệu tập."),
            half_or_less=self.tr(
                "Có mặt {present}, không quá một nửa của {electorate}: theo quy tắc mặc định "
                "(quá bán số được triệu tập) không mức xếp loại nào có thể được thông qua."),
            nobody=self.tr("Chưa có đảng viên chính thức nào được triệu tập."),
            nobody_left=self.tr("không còn ai có quyền biểu quyết"),
            unrecorded=self.tr("Còn {n} người chưa điểm danh."),
        )

    def refresh(self) -> None:
        with self.context.session() as s:
            entries = load_attendance(s, self.context.meeting_id)
        self.model.set_rows(entries)
        self.show_electorate()

    def show_electorate(self) -> None:
        with self.context.session() as s:
            self.electorate = electorate_of(s, self.context.meeting_id)
            meeting = s.get(Meeting, self.context.meeting_id)
            declared = (meeting.declared_convened, meeting.declared_present) if meeting else None
        marked = any(entry.mark is not None for entry in self.model.rows)
        if declared and declared[0] is not None and not marked:
            self.declared.setText(self.tr(
                "Tệp hội nghị đã nhập ghi: số được triệu tập {convened}, có mặt {present}. "
                "Điểm danh tại đây sẽ thay thế các số này.").format(
                convened=declared[0], present=declared[1] if declared[1] is not None else "—"))
        self.declared.setHidden(not (declared and declared[0] is not None and not marked))
        self.followed.setHidden(not self.declared.isHidden())
        e, phrases = self.electorate, self.phrases()
        self.derivation.setText(e.explanation(phrases))
        # Before the first mark the shortfall is only that nobody is marked yet: say that alone.
        if marked:
            warnings = e.warnings(phrases)
        else:
            warnings = [phrases.unrecorded.format(n=e.unrecorded)] if e.unrecorded else []
        self.warnings.setText("\n".join(warnings))
        if not marked:
            style = WAITING_STYLE
        elif e.electorate > 0 and not e.majority_possible and not e.unrecorded:
            style = ALARM_STYLE
        elif warnings:
            style = WARN_STYLE
        else:
            style = OK_STYLE
        self.panel.setStyleSheet(style)
        self.all_present.setEnabled(e.unrecorded > 0)

    def write_mark(self, member_id: int, mark: AttendanceStatus | None,
                   reason: str | None) -> AttendanceEntry | None:
        try:
            with self.context.session() as s, s.begin():
                rounds = set_attendance(s, self.context.meeting_id, member_id, mark, reason)
        except AttendanceError as exc:
            msgbox.warn(self, self.tr("Không ghi được"), str(exc))
            return None
        self.show_followed(rounds, [])
        self.context.events.changed.emit("attendance")
        with self.context.session() as s:
            entries = load_attendance(s, self.context.meeting_id)
        return next(e for e in entries if e.member_id == member_id)

    def mark_rest_present(self) -> int:
        with self.context.session() as s, s.begin():
            marked, rounds = mark_unrecorded_present(s, self.context.meeting_id)
        self.context.events.changed.emit("attendance")
        self.refresh()
        exempt = [e.full_name for e in self.model.rows
                  if e.mark is None and e.status is MemberStatus.exempt]
        self.show_followed(rounds, exempt)
        return marked

    def show_followed(self, rounds: list[str], exempt: list[str]) -> None:
        """Say which open rounds took the new figures, and who the bulk mark left to call."""
        lines = []
        if rounds:
            with self.context.session() as s:
                figures = electorate_of(s, self.context.meeting_id)
            lines.append(self.tr("Vòng {rounds} chưa nhập phiếu nên cập nhật theo điểm danh: số "
                                 "được triệu tập {electorate}, có quyền biểu quyết có mặt "
                                 "{present}.").format(
                rounds=", ".join(f"“{title}”" for title in rounds),
                electorate=figures.electorate, present=figures.present))
        if exempt:
            lines.append(self.tr("Đảng viên miễn sinh hoạt không được đánh dấu có mặt tự động "
                                 "(có mặt thì được tính vào số triệu tập): {names}.").format(
                names="; ".join(exempt)))
        self.followed.setText("\n".join(lines))
        self.followed.setHidden(not self.declared.isHidden())

    def missing(self) -> list[str]:
        found: list[str] = []
        if self.electorate is not None and self.electorate.unrecorded:
            found.append(self.phrases().unrecorded.format(n=self.electorate.unrecorded))
        found.extend(self.tr("{name}: chưa ghi lý do ({mark}).").format(
            name=e.full_name, mark=self.model.data(self.model.index(row, AttendanceModel.MARK)))
            for row, e in enumerate(self.model.rows) if e.lacks_reason)
        return found
