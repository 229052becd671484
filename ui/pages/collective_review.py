"""Step 4, the collective review (*kiểm điểm tập thể*): the draft report with the comments on it,
the collective's self-score (…/30 + …/70 = …/100) and proposed level, the speaking timer."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from models.review import DEFAULT_SPEAKING_LIMIT_SECONDS, CollectiveReview, Draft
from services.review.drafts.comments import draft_comments
from services.review.drafts.errors import DraftError
from services.review.drafts.versions import collective_draft, find_collective_draft
from services.review.reviews import (
    GENERAL_MAX,
    TASKS_MAX,
    collective_review,
    score_band,
    set_collective_score,
    set_speaking_limit,
    shown_collective_review,
    total_score,
)
from ui.context import MeetingContext
from ui.labels import label
from ui.pages.base import StepPage
from ui.review.draft_panel import DraftPanel
from ui.review.fields import LevelBox, ScoreBox
from ui.widgets.speaking_timer import SpeakingTimer


class CollectiveReviewPage(StepPage):
    def __init__(self, context: MeetingContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.general = ScoreBox(GENERAL_MAX, self)
        self.tasks = ScoreBox(TASKS_MAX, self)
        self.total = QLabel(self)
        self.level = LevelBox(self)
        self.save_score = QPushButton(self.tr("Ghi điểm"), self)
        self.score_message = QLabel(self)
        self.score_message.setWordWrap(True)
        self.limit = QSpinBox(self)
        self.limit.setRange(1, 60)
        self.limit.setSuffix(self.tr(" phút"))
        self.timer = SpeakingTimer(DEFAULT_SPEAKING_LIMIT_SECONDS, parent=self)
        self.panel = DraftPanel(context, self._find_draft, self._make_draft, parent=self)

        score_row = QHBoxLayout()
        score_row.addWidget(QLabel(self.tr("Tiêu chí chung"), self))
        score_row.addWidget(self.general)
        score_row.addWidget(QLabel("+", self))
        score_row.addWidget(QLabel(self.tr("Kết quả nhiệm vụ"), self))
        score_row.addWidget(self.tasks)
        score_row.addWidget(self.total, 1)
        level_row = QHBoxLayout()
        level_row.addWidget(QLabel(self.tr("Mức đề xuất"), self))
        level_row.addWidget(self.level)
        level_row.addWidget(self.save_score)
        level_row.addWidget(self.score_message, 1)
        score_box = QGroupBox(self.tr("Tập thể tự chấm điểm và đề xuất mức xếp loại"), self)
        score_layout = QVBoxLayout(score_box)
        score_layout.addLayout(score_row)
        score_layout.addLayout(level_row)

        timer_box = QGroupBox(self.tr("Thời gian phát biểu"), self)
        timer_layout = QVBoxLayout(timer_box)
        limit_row = QHBoxLayout()
        limit_row.addWidget(QLabel(self.tr("Tối đa mỗi người"), self))
        limit_row.addWidget(self.limit)
        timer_layout.addLayout(limit_row)
        timer_layout.addWidget(self.timer)

        top = QHBoxLayout()
        top.addWidget(score_box, 3, Qt.AlignmentFlag.AlignTop)
        top.addWidget(timer_box, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.panel, 1)

        for box in (self.general, self.tasks):
            box.valueChanged.connect(self._show_total)
        self.save_score.clicked.connect(self.record_score)
        self.limit.editingFinished.connect(self.record_limit)
        self.panel.speaker_chosen.connect(self.timer.follow)
        self.panel.speaker_chosen.connect(
            lambda _name: context.events.speaker_changed.emit(self.timer.clock))
        self.refresh()

    def _find_draft(self, session: Session) -> Draft | None:
        return find_collective_draft(session, self.context.meeting_id)

    def _make_draft(self, session: Session) -> Draft:
        return collective_draft(session, self.context.meeting_id)

    def refresh(self) -> None:
        with self.context.session() as s:
            review = self._review(s)
            self.general.set_score(review.score_general)
            self.tasks.set_score(review.score_tasks)
            self.level.set_level(review.proposed_level)
            self.limit.setValue(max(1, review.speaking_limit_seconds // 60))
            self.timer.set_limit(review.speaking_limit_seconds)
        self._show_total()
        self.panel.refresh()

    def _review(self, session: Session) -> CollectiveReview:
        return shown_collective_review(session, self.context.meeting_id)

    def _show_total(self) -> None:
        general, tasks = self.general.score(), self.tasks.score()
        if general is None or tasks is None:
            self.total.setText(self.tr("= … / 100"))
            return
        total = general + tasks
        self.total.setText(self.tr("= %1 / 100 (khung điểm: %2)").replace("%1", str(total))
                           .replace("%2", label(score_band(total))))

    def record_score(self) -> None:
        try:
            with self.context.session() as s, s.begin():
                review = collective_review(s, self.context.meeting_id)
                set_collective_score(review, self.general.score(), self.tasks.score(),
                                     self.level.level())
                total, level = total_score(review), review.proposed_level
        except DraftError as error:
            self.score_message.setText(str(error))
            return
        message = self.tr("Đã ghi.")
        if total is not None and level is not None and score_band(total) is not level:
            message += " " + self.tr(
                "Lưu ý: mức đề xuất khác khung điểm (%1 điểm thuộc mức %2); chủ trì quyết định."
            ).replace("%1", str(total)).replace("%2", label(score_band(total)))
        self.score_message.setText(message)
        self.context.events.changed.emit("reviews")

    def record_limit(self) -> None:
        seconds = self.limit.value() * 60
        with self.context.session() as s, s.begin():
            review = collective_review(s, self.context.meeting_id)
            if review.speaking_limit_seconds == seconds:
                return
            set_speaking_limit(review, seconds)
        self.timer.set_limit(seconds)
        self.context.events.changed.emit("reviews")

    def missing(self) -> list[str]:
        gaps = []
        with self.context.session() as s:
            draft = self._find_draft(s)
            review = self._review(s)
            if draft is None or not draft.versions:
                gaps.append(self.tr("Chưa nhập dự thảo báo cáo kiểm điểm."))
            else:
                open_comments = sum(1 for c in draft_comments(s, draft.id) if c.handling is None)
                if open_comments:
                    gaps.append(self.tr("Còn %1 ý kiến chưa xử lý.")
                                .replace("%1", str(open_comments)))
            if total_score(review) is None:
                gaps.append(self.tr("Chưa ghi điểm tập thể tự chấm."))
            if review.proposed_level is None:
                gaps.append(self.tr("Chưa có mức xếp loại đề xuất."))
        return gaps
