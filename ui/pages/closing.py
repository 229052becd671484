"""Step 9, conclusions and closing (*kết luận, bế mạc*): the chair's conclusions and the
commitments (typed, or imported from a .docx/.txt/.md file with the drafts' reader), the minutes
read and adopted by show of hands, and the closing time."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from services.meeting.approvals import voters_present
from services.proceedings.opening_closing import (
    ProceedingsError,
    closing_gaps,
    minutes_hands,
    proceedings,
    read_conclusions_file,
    record_minutes_vote,
    set_closed_at,
    set_conclusions,
    stored_proceedings,
)
from services.review.drafts.errors import DraftError
from ui import msgbox
from ui.context import MeetingContext
from ui.pages.base import StepPage
from ui.widgets.clock_field import ClockField
from ui.widgets.reserved import message_label


class ClosingPage(StepPage):
    def __init__(self, context: MeetingContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.conclusions = QPlainTextEdit(self)
        self.conclusions.setPlaceholderText(self.tr(
            "Kết luận của chủ trì: ưu điểm, hạn chế, khuyết điểm chủ yếu; kết quả đánh giá, xếp "
            "loại; yêu cầu khắc phục…"))
        self.commitments = QPlainTextEdit(self)
        self.commitments.setPlaceholderText(self.tr(
            "Cam kết khắc phục hạn chế, khuyết điểm của tập thể và cá nhân"))
        self.commitments.setMaximumHeight(90)
        self.import_button = QPushButton(self.tr("Nhập kết luận từ tệp…"), self)
        self.save_conclusions = QPushButton(self.tr("Ghi kết luận"), self)
        self.source = QLabel(self)
        conclusions_box = QGroupBox(self.tr("Kết luận của chủ trì hội nghị"), self)
        conclusions_layout = QVBoxLayout(conclusions_box)
        conclusions_layout.addWidget(self.conclusions, 1)
        conclusions_layout.addWidget(QLabel(self.tr("Cam kết"), self))
        conclusions_layout.addWidget(self.commitments)
        buttons = QHBoxLayout()
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.source, 1)
        buttons.addWidget(self.save_conclusions)
        conclusions_layout.addLayout(buttons)

        self.votes_for = QSpinBox(self)
        self.votes_against = QSpinBox(self)
        self.unanimous = QPushButton(self.tr("Nhất trí 100%"), self)
        self.record_vote = QPushButton(self.tr("Ghi biểu quyết"), self)
        self.vote_result = message_label(2, self)  # the vote's outcome; nothing moves
        self.closed_at = ClockField(self)
        minutes_box = QGroupBox(self.tr("Thông qua biên bản và bế mạc"), self)
        form = QFormLayout(minutes_box)
        hands = QHBoxLayout()
        hands.addWidget(QLabel(self.tr("Tán thành"), self))
        hands.addWidget(self.votes_for)
        hands.addWidget(QLabel(self.tr("Không tán thành"), self))
        hands.addWidget(self.votes_against)
        hands.addWidget(self.unanimous)
        hands.addWidget(self.record_vote)
        hands.addStretch(1)
        form.addRow(self.tr("Biểu quyết thông qua biên bản"), hands)
        form.addRow("", self.vote_result)
        form.addRow(self.tr("Giờ bế mạc"), self.closed_at)

        self.message = message_label(1, self)
        layout = QVBoxLayout(self)
        layout.addWidget(conclusions_box, 1)
        layout.addWidget(minutes_box)
        layout.addWidget(self.message)

        self.import_button.clicked.connect(self.import_conclusions)
        self.save_conclusions.clicked.connect(lambda: self.record_conclusions())
        self.unanimous.clicked.connect(self.fill_unanimous)
        self.record_vote.clicked.connect(self.record_minutes_vote)
        self.closed_at.changed.connect(self.record_closing_time)
        for editor in (self.conclusions, self.commitments):
            editor.installEventFilter(self)
        self.refresh()

    def refresh(self) -> None:
        with self.context.session() as s:
            record = stored_proceedings(s, self.context.meeting_id)
            self.conclusions.setPlainText(record.conclusions if record else "")
            self.commitments.setPlainText(record.commitments if record else "")
            self.closed_at.set_time(record.closed_at if record else None)
            source = record.conclusions_source if record else ""
        self.source.setText(self.tr("Từ tệp: %1").replace("%1", source) if source else "")
        for editor in (self.conclusions, self.commitments):
            editor.document().setModified(False)
        self._show_vote()
        self._say()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Conclusions typed are recorded when the chair leaves the field."""
        editors = (self.conclusions, self.commitments)
        if event.type() == QEvent.Type.FocusOut and watched in editors \
                and any(editor.document().isModified() for editor in editors):
            self.record_conclusions()
        return super().eventFilter(watched, event)

    def _show_vote(self) -> None:
        with self.context.session() as s:
            present = voters_present(s, self.context.meeting_id)
            record = stored_proceedings(s, self.context.meeting_id)
            hands = minutes_hands(s, record) if record else None
        for box in (self.votes_for, self.votes_against):
            box.setRange(0, max(present, 0))
        if hands is not None:
            self.votes_for.setValue(hands.votes_for)
            self.votes_against.setValue(hands.votes_against)
            # in the window's language (hands.text is the minutes' Vietnamese)
            said = (self.tr("Biên bản đã được thông qua: %1/%2 tán thành, %3 không tán thành: "
                            "thông qua (quá bán)") if hands.passed else
                    self.tr("Biên bản chưa được thông qua: %1/%2 tán thành, %3 không tán "
                            "thành: không thông qua (không quá bán)"))
            self.vote_result.setText(said.replace("%1", str(hands.votes_for))
                                     .replace("%2", str(hands.present))
                                     .replace("%3", str(hands.votes_against)))
        else:
            self.vote_result.setText(self.tr("Chưa biểu quyết (%1 người có quyền biểu quyết "
                                             "có mặt).").replace("%1", str(present)))

    def record_conclusions(self, source: str | None = None) -> None:
        with self.context.session() as s, s.begin():
            set_conclusions(proceedings(s, self.context.meeting_id),
                            self.conclusions.toPlainText(), self.commitments.toPlainText(),
                            source)
        for editor in (self.conclusions, self.commitments):
            editor.document().setModified(False)
        self._say(self.tr("Đã ghi kết luận."))
        self.context.events.changed.emit("proceedings")

    def import_conclusions(self) -> None:
        path = msgbox.choose_file(self, self.tr("Nhập kết luận"),
                                  self.tr("Văn bản (*.docx *.txt *.md)"))
        if path is None:
            return
        try:
            text = read_conclusions_file(path)
        except DraftError as error:
            self.message.setText(str(error))
            return
        self.conclusions.setPlainText(text)
        self.record_conclusions(source=path.name)
        self.source.setText(self.tr("Từ tệp: %1").replace("%1", path.name))

    def fill_unanimous(self) -> None:
        self.votes_for.setValue(self.votes_for.maximum())
        self.votes_against.setValue(0)

    def record_minutes_vote(self) -> None:
        try:
            with self.context.session() as s, s.begin():
                record_minutes_vote(s, proceedings(s, self.context.meeting_id),
                                    self.votes_for.value(), self.votes_against.value())
        except ProceedingsError as error:
            self.message.setText(str(error))
            return
        self.context.events.changed.emit("proceedings")
        self._show_vote()
        self._say()

    def record_closing_time(self) -> None:
        if self.closed_at.edit.text().strip() and self.closed_at.time() is None:
            self.message.setText(self.tr("Giờ bế mạc không hợp lệ (hh:mm)."))
            return
        with self.context.session() as s, s.begin():
            set_closed_at(proceedings(s, self.context.meeting_id), self.closed_at.time())
        self._say(self.tr("Đã ghi giờ bế mạc."))
        self.context.events.changed.emit("proceedings")

    def _say(self, done: str = "") -> None:
        """What was just recorded, and, once nothing is missing, how the meeting is closed."""
        ready = "" if self.missing() else self.tr(
            "Đã đủ kết luận, biên bản được thông qua và giờ bế mạc: bấm “Kết thúc hội nghị” "
            "(nút bước sau) để kết thúc hội nghị.")
        self.message.setText(" ".join(part for part in (done, ready) if part))

    def missing(self) -> list[str]:
        with self.context.session() as s:
            return closing_gaps(s, self.context.meeting_id)
