"""Step 4, the collective review (*kiểm điểm tập thể*): the draft report with the comments on it,
the collective's self-assessment (…/30 + …/70 = …/100) and proposed level, kept as the assessment
of the unit holding the meeting (one place for the concept, as for any rated subject), with under
QĐ 366 the score the meeting accepts and the conditions; the speaking timer."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from models.meeting import Meeting
from models.review import DEFAULT_SPEAKING_LIMIT_SECONDS, CollectiveReview, Draft
from services.meeting.assessments import AssessmentError
from services.meeting.setup import own_unit
from services.review.assessment_entry import record_assessment, scored_meeting
from services.review.drafts.comments import draft_comments
from services.review.drafts.versions import collective_draft, find_collective_draft
from services.review.reviews import (
    collective_assessment,
    collective_review,
    set_speaking_limit,
    shown_collective_review,
)
from ui.context import MeetingContext
from ui.pages.base import StepPage
from ui.review.assessment import AssessmentEditor
from ui.review.draft_panel import DraftPanel
from ui.widgets.reserved import message_label
from ui.widgets.speaking_timer import SpeakingTimer


class CollectiveReviewPage(StepPage):
    def __init__(self, context: MeetingContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.editor = AssessmentEditor(self.tr("Mức đề xuất"), scored=False, parent=self)
        self.score_message = message_label(1, self)
        self.limit = QSpinBox(self)
        self.limit.setRange(1, 60)
        self.limit.setSuffix(self.tr(" phút"))
        self.timer = SpeakingTimer(DEFAULT_SPEAKING_LIMIT_SECONDS, parent=self)
        self.panel = DraftPanel(context, self._find_draft, self._make_draft, parent=self,
                                status_lines=2)

        score_box = QGroupBox(self.tr("Tập thể tự chấm điểm và đề xuất mức xếp loại"), self)
        score_layout = QVBoxLayout(score_box)
        score_layout.addWidget(self.editor)
        score_layout.addWidget(self.score_message)

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

        self.editor.save_requested.connect(self.record_score)
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
            self.editor.set_scored(scored_meeting(s.get_one(Meeting, self.context.meeting_id)))
            self.editor.show_assessment(collective_assessment(s, self.context.meeting_id))
            self.limit.setValue(max(1, review.speaking_limit_seconds // 60))
            self.timer.set_limit(review.speaking_limit_seconds)
        self.panel.refresh()

    def _review(self, session: Session) -> CollectiveReview:
        return shown_collective_review(session, self.context.meeting_id)

    def record_score(self) -> None:
        try:
            with self.context.session() as s, s.begin():
                unit = own_unit(s.get_one(Meeting, self.context.meeting_id))
                s.flush()
                record_assessment(s, self.editor.entry(), organisation_id=unit.id)
        except AssessmentError as error:
            self.score_message.setText(str(error))
            return
        self.score_message.setText(" ".join(filter(None, (self.tr("Đã ghi."),
                                                          self.editor.band_note()))))
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
            assessment = collective_assessment(s, self.context.meeting_id)
            if draft is None or not draft.versions:
                gaps.append(self.tr("Chưa nhập dự thảo báo cáo kiểm điểm."))
            else:
                open_comments = sum(1 for c in draft_comments(s, draft.id) if c.handling is None)
                if open_comments:
                    gaps.append(self.tr("Còn %1 ý kiến chưa xử lý.")
                                .replace("%1", str(open_comments)))
            if assessment.self_total is None:
                gaps.append(self.tr("Chưa ghi điểm tập thể tự chấm."))
            if assessment.self_level is None:
                gaps.append(self.tr("Chưa có mức xếp loại đề xuất."))
        return gaps
