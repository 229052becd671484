"""Step 5, the individual reviews (*kiểm điểm cá nhân*): the members in the regulation's order
(head, deputies, committee members, the others; reorderable), and for the one selected the
self-review (an imported document or a typed summary), self-score and self-rating, the comments
of members and of the committee, and a done mark."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from models.review import DEFAULT_SPEAKING_LIMIT_SECONDS, Draft, IndividualReview
from models.roster import Member
from services.common.text import nfc
from services.review.drafts.errors import DraftError
from services.review.drafts.versions import find_member_draft, member_draft
from services.review.reviews import (
    SCORE_MAX,
    individual_reviews,
    move_review,
    set_self_assessment,
    shown_collective_review,
)
from ui.context import MeetingContext
from ui.pages.base import StepPage
from ui.review.draft_panel import DraftPanel
from ui.review.fields import LevelBox, ScoreBox
from ui.review.models import ReviewListModel, ReviewRow, review_rows
from ui.widgets.speaking_timer import SpeakingTimer


class IndividualReviewsPage(StepPage):
    def __init__(self, context: MeetingContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.member_id: int | None = None
        self.reviews = ReviewListModel()
        self.list = QListView(self)
        self.list.setModel(self.reviews)
        self.list.setMinimumWidth(180)  # the page fits 1366 px beside the agenda
        self.list.setWordWrap(True)
        self.list.setSpacing(1)
        self.up = QPushButton(self.tr("▲ Lên"), self)
        self.up.setToolTip("Ctrl+↑")
        self.down = QPushButton(self.tr("▼ Xuống"), self)
        self.down.setToolTip("Ctrl+↓")

        self.header = QLabel(self)
        font = self.header.font()
        font.setPointSize(font.pointSize() + 3)
        font.setBold(True)
        self.header.setFont(font)
        self.header.setWordWrap(True)
        self.score = ScoreBox(SCORE_MAX, self)
        self.rating = LevelBox(self)
        self.save_assessment = QPushButton(self.tr("Ghi"), self)
        self.done = QCheckBox(self.tr("Đã kiểm điểm xong"), self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.summary = QPlainTextEdit(self)
        self.summary.setPlaceholderText(self.tr(
            "Tóm tắt bản tự kiểm điểm (khi không có tệp): ưu điểm, hạn chế, hướng khắc phục…"))
        self.summary.setMaximumHeight(70)
        self.save_summary = QPushButton(self.tr("Ghi tóm tắt"), self)
        self.timer = SpeakingTimer(DEFAULT_SPEAKING_LIMIT_SECONDS, parent=self)
        self.panel = DraftPanel(context, self._find_draft, self._make_draft, with_committee=True,
                                parent=self)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(self.tr("Thứ tự kiểm điểm"), left))
        left_layout.addWidget(self.list, 1)
        move_row = QHBoxLayout()
        move_row.addWidget(self.up)
        move_row.addWidget(self.down)
        left_layout.addLayout(move_row)

        assessment = QHBoxLayout()
        assessment.addWidget(QLabel(self.tr("Tự chấm điểm"), self))
        assessment.addWidget(self.score)
        assessment.addWidget(QLabel(self.tr("Tự xếp loại"), self))
        assessment.addWidget(self.rating)
        assessment.addWidget(self.save_assessment)
        assessment.addWidget(self.done)
        assessment.addStretch(1)
        summary_row = QHBoxLayout()
        summary_row.addWidget(self.summary, 1)
        summary_row.addWidget(self.save_summary)
        details = QVBoxLayout()
        details.addWidget(self.header)
        details.addLayout(assessment)
        details.addWidget(self.message)
        details.addLayout(summary_row)
        head = QHBoxLayout()
        head.addLayout(details, 1)
        head.addWidget(self.timer)

        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(head)
        right_layout.addWidget(self.panel, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([240, 1100])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self.list.selectionModel().currentRowChanged.connect(self._picked)
        self.up.clicked.connect(lambda: self.move_member(-1))
        self.down.clicked.connect(lambda: self.move_member(1))
        QShortcut(QKeySequence("Ctrl+Up"), self.list, lambda: self.move_member(-1),
                  context=Qt.ShortcutContext.WidgetShortcut)
        QShortcut(QKeySequence("Ctrl+Down"), self.list, lambda: self.move_member(1),
                  context=Qt.ShortcutContext.WidgetShortcut)
        self.save_assessment.clicked.connect(self.record_assessment)
        self.done.clicked.connect(self.record_done)
        self.save_summary.clicked.connect(self.record_summary)
        self.panel.speaker_chosen.connect(self.timer.follow)
        self.panel.speaker_chosen.connect(
            lambda _name: context.events.speaker_changed.emit(self.timer.clock))
        self.refresh()

    # --- the member's draft -----------------------------------------------------------------

    def _find_draft(self, session: Session) -> Draft | None:
        return find_member_draft(session, self.member_id)

    def _make_draft(self, session: Session) -> Draft:
        member = session.get(Member, self.member_id) if self.member_id is not None else None
        if member is None:
            raise DraftError(self.tr("Chọn một đồng chí trong danh sách trước."))
        return member_draft(session, member)

    # --- loading ----------------------------------------------------------------------------

    def refresh(self) -> None:
        with self.context.session() as s, s.begin():
            rows = review_rows(individual_reviews(s, self.context.meeting_id))
            limit = shown_collective_review(s, self.context.meeting_id).speaking_limit_seconds
        self.timer.set_limit(limit)
        self.reviews.set_rows(rows)
        member_ids = [row.member_id for row in rows]
        if self.member_id not in member_ids:
            self.member_id = member_ids[0] if member_ids else None
        if self.member_id is not None:
            self._select_row(member_ids.index(self.member_id))
        self._show_current()

    def _select_row(self, row: int) -> None:
        selection = self.list.selectionModel()
        selection.blockSignals(True)
        selection.setCurrentIndex(self.reviews.index(row),
                                  QItemSelectionModel.SelectionFlag.ClearAndSelect)
        selection.blockSignals(False)

    def current_row(self) -> ReviewRow | None:
        return next((r for r in self.reviews.rows if r.member_id == self.member_id), None)

    def _picked(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self._keep_typed_summary()
            self.member_id = self.reviews.rows[current.row()].member_id
            self.message.clear()
            self._show_current()

    def _show_current(self) -> None:
        row = self.current_row()
        for widget in (self.score, self.rating, self.save_assessment, self.done, self.summary,
                       self.save_summary, self.panel):
            widget.setEnabled(row is not None)
        if row is None:
            self.header.setText(self.tr("Không có đảng viên nào cần kiểm điểm."))
            self.panel.refresh()
            return
        number = self.reviews.rows.index(row) + 1
        self.header.setText(f"{number}. {self.tr('Đồng chí')} {row.name} – {row.position}")
        self.score.set_score(row.self_score)
        self.rating.set_level(row.self_rating)
        self.done.setChecked(row.done)
        self.summary.setPlainText(row.summary)
        self.panel.shown_version = None
        self.panel.refresh()

    # --- actions ----------------------------------------------------------------------------

    def move_member(self, delta: int) -> None:
        if self._change_current_review(lambda s, review: move_review(s, review, delta)):
            self.list.setFocus()
        self.context.events.changed.emit("reviews")

    def record_assessment(self) -> None:
        row = self.current_row()
        if row is None:
            return
        try:
            with self.context.session() as s, s.begin():
                member = s.get(Member, row.member_id)
                if member is not None:
                    set_self_assessment(member, self.score.score(), self.rating.level())
        except DraftError as error:
            self.message.setText(str(error))
            return
        self.message.setText(self.tr("Đã ghi tự chấm điểm và tự xếp loại."))
        self.refresh()
        self.context.events.changed.emit("roster")

    def record_done(self) -> None:
        self._update_review(done=self.done.isChecked())

    def _keep_typed_summary(self) -> None:
        """A summary typed but not yet recorded is recorded before another member is shown."""
        row = self.current_row()
        typed = nfc(self.summary.toPlainText().strip())
        if row is None or typed == row.summary:
            return
        with self.context.session() as s, s.begin():
            review = s.get(IndividualReview, row.review_id)
            if review is not None:
                review.summary = typed
        self.reviews.rows[self.reviews.rows.index(row)] = replace(row, summary=typed)
        self.context.events.changed.emit("reviews")

    def record_summary(self) -> None:
        self._update_review(summary=nfc(self.summary.toPlainText().strip()))
        self.message.setText(self.tr("Đã ghi tóm tắt."))

    def _update_review(self, **values: object) -> None:
        def assign(_s: Session, review: IndividualReview) -> None:
            for name, value in values.items():
                setattr(review, name, value)

        self._change_current_review(assign)

    def _change_current_review(self, change: Callable[[Session, IndividualReview], object]) -> bool:
        """Apply `change` to the selected member's review in one transaction, then reload;
        False when no member is selected."""
        row = self.current_row()
        if row is None:
            return False
        with self.context.session() as s, s.begin():
            review = s.get(IndividualReview, row.review_id)
            if review is not None:
                change(s, review)
        self.refresh()
        return True
        self.context.events.changed.emit("reviews")

    def missing(self) -> list[str]:
        not_done = [row.name for row in self.reviews.rows if not row.done]
        if not not_done:
            return []
        return [self.tr("Còn %1 đồng chí chưa kiểm điểm xong: %2.")
                .replace("%1", str(len(not_done))).replace("%2", ", ".join(not_done))]
