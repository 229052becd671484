"""Step 5, the individual reviews (*kiểm điểm cá nhân*): the members in the regulation's order
(head, deputies, committee members, the others; reorderable), and for the one selected the
self-review (an imported document or a typed summary), the self-assessment, the comments of
members and of the committee, and a done mark.

Under QĐ 366 the self-assessment is …/30 + …/70 with the score the meeting accepts and the
conditions (ui/review/assessment.py), the self-review form (Mẫu 2A / 2B / 2C) can be chosen, and
the scores the secretary collected can be imported from a spreadsheet; older meetings keep their
single self-score."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
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

from models.meeting import Meeting
from models.review import DEFAULT_SPEAKING_LIMIT_SECONDS, Draft, IndividualReview
from models.roster import Member
from services.common.text import nfc
from services.meeting.assessments import (
    AssessmentError,
    SubjectAssessment,
    assessment_of,
    record_self_total,
)
from services.meeting.roster_import import RosterImportError
from services.meeting.score_import import apply_scores, preview_scores
from services.review.assessment_entry import record_assessment, scored_meeting
from services.review.drafts.errors import DraftError
from services.review.drafts.versions import find_member_draft, member_draft
from services.review.forms import FORM_TITLES, ReviewForm, form_for_position
from services.review.reviews import individual_reviews, move_review, shown_collective_review
from services.rules.types import SCORE_MAX
from ui import msgbox
from ui.context import MeetingContext
from ui.dialogs.roster_import import ImportPreviewDialog
from ui.pages.base import StepPage
from ui.review.assessment import AssessmentEditor
from ui.review.draft_panel import DraftPanel
from ui.review.fields import NO_CHOICE, LevelBox, ScoreBox
from ui.review.models import ReviewListModel, ReviewRow, review_rows
from ui.shortcuts import WIDGET_ONLY, local_shortcut
from ui.tables.accents import give_accents_room
from ui.widgets.reserved import message_label
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
        give_accents_room(self.list)
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
        self.scored = False
        self.assessments: dict[int, SubjectAssessment] = {}
        self.forms: dict[int, tuple[str | None, ReviewForm]] = {}
        self.score = ScoreBox(SCORE_MAX, self)
        self.rating = LevelBox(self)
        self.save_assessment = QPushButton(self.tr("Ghi"), self)
        self.editor = AssessmentEditor(self.tr("Tự xếp loại"), scored=True, parent=self)
        self.form = QComboBox(self)
        self.form.setToolTip(self.tr("Mẫu bản kiểm điểm (Hướng dẫn 43-HD/BTCTW)"))
        self.import_scores = QPushButton(self.tr("Nhập bảng điểm…"), self)
        self.import_scores.setToolTip(self.tr(
            "Nhập điểm tự chấm, mức tự xếp loại và điều kiện của từng đảng viên từ bảng tính "
            ".xlsx / .csv (một dòng một người)"))
        self.done = QCheckBox(self.tr("Đã kiểm điểm xong"), self)
        self.message = message_label(1, self)
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
        left_layout.addWidget(self.import_scores)

        self.single = QWidget(self)  # older meetings: one self-score
        assessment = QHBoxLayout(self.single)
        assessment.setContentsMargins(0, 0, 0, 0)
        assessment.addWidget(QLabel(self.tr("Tự chấm điểm"), self))
        assessment.addWidget(self.score)
        assessment.addWidget(QLabel(self.tr("Tự xếp loại"), self))
        assessment.addWidget(self.rating)
        assessment.addWidget(self.save_assessment)
        assessment.addStretch(1)
        self.form_label = QLabel(self.tr("Mẫu"), self)
        self.form_label.setBuddy(self.form)
        form_row = QHBoxLayout()
        form_row.addWidget(self.form_label)
        form_row.addWidget(self.form, 1)
        turn = QVBoxLayout()
        turn.setSpacing(2)
        turn.addLayout(form_row)
        turn.addWidget(self.save_summary)
        turn.addWidget(self.done)
        summary_row = QHBoxLayout()
        summary_row.addWidget(self.summary, 1)
        summary_row.addLayout(turn)
        details = QVBoxLayout()
        details.addWidget(self.header)
        details.addWidget(self.single)
        details.addWidget(self.editor)
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
        splitter.setSizes([200, 1100])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self.list.selectionModel().currentRowChanged.connect(self._picked)
        self.up.clicked.connect(lambda: self.move_member(-1))
        self.down.clicked.connect(lambda: self.move_member(1))
        local_shortcut("Ctrl+Up", self.list, lambda: self.move_member(-1), WIDGET_ONLY)
        local_shortcut("Ctrl+Down", self.list, lambda: self.move_member(1), WIDGET_ONLY)
        self.save_assessment.clicked.connect(self.record_assessment)
        self.editor.save_requested.connect(self.record_assessment)
        self.form.activated.connect(self.record_form)
        self.import_scores.clicked.connect(self.choose_score_sheet)
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
            reviews = individual_reviews(s, self.context.meeting_id)
            rows = review_rows(reviews)
            limit = shown_collective_review(s, self.context.meeting_id).speaking_limit_seconds
            self.scored = scored_meeting(s.get_one(Meeting, self.context.meeting_id))
            self.assessments = {r.member_id: assessment_of(s, member_id=r.member_id)
                                for r in reviews} if self.scored else {}
            self.forms = {r.member_id: (r.form, form_for_position(r.member.position))
                          for r in reviews}
        for widget in (self.editor, self.form_label, self.form, self.import_scores):
            widget.setVisible(self.scored)
        self.single.setVisible(not self.scored)
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
        for widget in (self.score, self.rating, self.save_assessment, self.editor, self.form,
                       self.done, self.summary, self.save_summary, self.panel):
            widget.setEnabled(row is not None)
        if row is None:
            self.header.setText(self.tr("Không có đảng viên nào cần kiểm điểm."))
            self.panel.refresh()
            return
        number = self.reviews.rows.index(row) + 1
        comrade = self.tr("Đồng chí")  # (outside the f-string: lupdate finds it)
        self.header.setText(f"{number}. {comrade} {row.name} – {row.position}")
        self.score.set_score(row.self_score)
        self.rating.set_level(row.self_rating)
        if self.scored:
            self.editor.show_assessment(self.assessments[row.member_id])
            self._show_form(*self.forms[row.member_id])
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
                if self.scored:
                    record_assessment(s, self.editor.entry(), member_id=row.member_id)
                else:
                    member = s.get_one(Member, row.member_id)
                    record_self_total(member, self.score.score())
                    member.self_rating = self.rating.level()
        except AssessmentError as error:
            self.message.setText(str(error))
            return
        note = self.editor.band_note() if self.scored else ""
        self.refresh()
        self.message.setText(" ".join(filter(None, (
            self.tr("Đã ghi điểm, điều kiện và mức tự xếp loại.") if self.scored
            else self.tr("Đã ghi tự chấm điểm và tự xếp loại."), note))))
        self.context.events.changed.emit("roster")

    def _show_form(self, chosen: str | None, by_position: ReviewForm) -> None:
        """The form chosen, or "by position" (with the form the position points to)."""
        self.form.clear()
        self.form.addItem(self.tr("%1 (theo chức vụ)").replace("%1", by_position.value),
                          NO_CHOICE)
        for form in ReviewForm:
            self.form.addItem(form.value, form.value)
            self.form.setItemData(self.form.count() - 1, FORM_TITLES[form],
                                  Qt.ItemDataRole.ToolTipRole)
        self.form.setCurrentIndex(self.form.findData(chosen) if chosen else 0)

    def record_form(self) -> None:
        self._update_review(form=self.form.currentData() or None)
        self.context.events.changed.emit("reviews")

    def choose_score_sheet(self) -> bool:
        path = msgbox.choose_file(self, self.tr("Chọn bảng điểm tự chấm"),
                                  self.tr("Bảng tính hoặc CSV (*.xlsx *.csv *.txt)"))
        return path is not None and self.import_score_sheet(path)

    def import_score_sheet(self, path: Path) -> bool:
        """Preview the sheet, and write it when the secretary agrees; True when written."""
        try:
            with self.context.session() as s:
                preview = preview_scores(s, self.context.meeting_id, path)
        except RosterImportError as exc:
            msgbox.warn(self, self.tr("Không nhập được"), str(exc))
            return False
        dialog = ImportPreviewDialog(preview, self, scores=True)
        if msgbox.run_modal(dialog) != ImportPreviewDialog.DialogCode.Accepted:
            return False
        try:
            with self.context.session() as s, s.begin():
                written = apply_scores(s, preview)
        except AssessmentError as exc:
            msgbox.warn(self, self.tr("Không nhập được"), str(exc))
            return False
        self.refresh()
        self.message.setText(self.tr("Đã nhập điểm của %1 đồng chí.").replace("%1", str(written)))
        self.context.events.changed.emit("roster")
        return True

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
