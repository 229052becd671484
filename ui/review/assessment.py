"""The assessment of one subject as the review steps key it: the self-assessment (…/30 + …/70 =
…/100 and the level proposed) and, under QĐ 366, the score the meeting accepts (the same unless
the box is ticked, then with the reason) and the six conditions in the regulation's words, each
"—" (not recorded), "Có" or "Không" — typed C or K, Tab to the next."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models.enums import Level
from services.common.labels import CONDITION_WORDS
from services.meeting.assessments import CONDITION_NAMES, SubjectAssessment
from services.review.assessment_entry import AssessmentEntry
from services.rules.types import GENERAL_MAX, SCORE_MAX, TASKS_MAX, band_of
from ui.i18n import QT_TRANSLATE_NOOP
from ui.labels import label
from ui.review.fields import BLANK, NO_CHOICE, LevelBox, ScoreBox
from ui.shortcuts import WITH_CHILDREN, local_shortcut
from ui.widgets.reserved import reserve_lines

CONTEXT = "AssessmentEditor"
# On screen, short; the paper and the tooltip carry the fuller words (services/common/labels.py).
CONDITION_TEXTS: dict[str, str] = {
    "all_tasks_on_time": QT_TRANSLATE_NOOP(
        "AssessmentEditor", "Hoàn thành 100% nhiệm vụ đúng tiến độ"),
    "exceeded_30pct": QT_TRANSLATE_NOOP(
        "AssessmentEditor", "Có sản phẩm vượt trội, trên 30% vượt mức"),
    "shortcomings_remedied": QT_TRANSLATE_NOOP(
        "AssessmentEditor", "Hạn chế, khuyết điểm đã khắc phục"),
    "failed_over_50pct": QT_TRANSLATE_NOOP(
        "AssessmentEditor", "Trên 50% nhiệm vụ không hoàn thành"),
    "disqualifying_violation": QT_TRANSLATE_NOOP(
        "AssessmentEditor", "Vi phạm (suy thoái, kỷ luật, điều cấm…)"),
    "self_reported_remedied": QT_TRANSLATE_NOOP(
        "AssessmentEditor", "Vi phạm đã tự giác báo cáo, khắc phục"),
}


YES = QT_TRANSLATE_NOOP("AssessmentEditor", "Có")
NO = QT_TRANSLATE_NOOP("AssessmentEditor", "Không")


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class ConditionBox(QComboBox):
    """Not recorded ("—"), yes or no."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.addItem(BLANK, NO_CHOICE)
        self.addItem(_tr(YES), "yes")
        self.addItem(_tr(NO), "no")

    def value(self) -> bool | None:
        data = self.currentData()
        return None if data == NO_CHOICE else data == "yes"

    def set_value(self, value: bool | None) -> None:
        self.setCurrentIndex(0 if value is None else 1 if value else 2)


def total_text(general: int | None, tasks: int | None) -> str:
    """"= 89/100 (HTTNV)": the total and its band, once both parts are given; "= …/100" before."""
    if general is None or tasks is None:
        return f"= …/{SCORE_MAX}"
    total = general + tasks
    return f"= {total}/{SCORE_MAX} ({band_of(total)})"


class AssessmentEditor(QWidget):
    """`scored`: QĐ 366 (the accepted score and the conditions are shown and keyed);
    `level_word`: what the level beside the score is called ("Tự xếp loại", "Mức đề xuất").

    Signal `save_requested`: the "Ghi" button or Ctrl+Enter in a field."""

    save_requested = Signal()

    def __init__(self, level_word: str, scored: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scored = scored
        self.single_total: int | None = None
        self.self_general = ScoreBox(GENERAL_MAX, self)
        self.self_tasks = ScoreBox(TASKS_MAX, self)
        self.self_total = QLabel(self)
        self.level = LevelBox(self)
        # as wide as its longest level: "Hoàn thành xuất sắc nhiệm vụ" is read whole
        self.level.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.changed = QCheckBox(self.tr("Hội nghị chấm khác:"), self)
        self.changed.setToolTip(self.tr("Hội nghị thống nhất điểm khác điểm tự chấm (ghi lý do)"))
        self.general = ScoreBox(GENERAL_MAX, self)
        self.tasks = ScoreBox(TASKS_MAX, self)
        self.accepted_total = QLabel(self)
        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText(self.tr("Lý do hội nghị thay đổi điểm"))
        self.conditions = {name: ConditionBox(self) for name in CONDITION_NAMES}
        self.save = QPushButton(self.tr("Ghi"), self)
        self.save.setToolTip("Ctrl+Enter")
        for box in (self.self_general, self.self_tasks, self.general, self.tasks):
            box.setMinimumWidth(72)  # four of them beside the timer, at 1366 px
        # Each total keeps the room of its widest text, the band under the figure: typed, the
        # score "= 90/100 (HTXSNV)" moved the level beside it under the pointer.
        single, _, unsplit = self.tr("= %1/100 (chưa chia)").replace("%1", "100").partition(" (")
        lines = ("= 100/100", "= …/100", single, f"({unsplit}",
                 *(f"({level.value})" for level in Level))
        for total in (self.self_total, self.accepted_total):
            total.setWordWrap(True)
            total.setFixedWidth(max(total.fontMetrics().horizontalAdvance(f"{line} ")
                                    for line in lines))
            reserve_lines(total, 2)

        own = QHBoxLayout()
        own.addWidget(QLabel(self.tr("Tự chấm"), self))
        own.addWidget(self.self_general)
        own.addWidget(QLabel("+", self))
        own.addWidget(self.self_tasks)
        own.addWidget(self.self_total)
        own.addSpacing(8)
        own.addWidget(QLabel(level_word, self))
        own.addWidget(self.level)
        own.addWidget(self.save)
        own.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        layout.addLayout(own)
        self.meeting_part = QWidget(self)
        part = QVBoxLayout(self.meeting_part)
        part.setContentsMargins(0, 0, 0, 0)
        part.setSpacing(3)
        accepted = QHBoxLayout()
        accepted.addWidget(self.changed)
        accepted.addWidget(self.general)
        accepted.addWidget(QLabel("+", self))
        accepted.addWidget(self.tasks)
        accepted.addWidget(self.accepted_total)
        accepted.addWidget(self.reason, 1)
        part.addLayout(accepted)
        grid = QGridLayout()
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(2)
        for index, name in enumerate(CONDITION_NAMES):
            row, column = divmod(index, 2)
            words = QLabel(_tr(CONDITION_TEXTS[name]), self)
            words.setBuddy(self.conditions[name])
            words.setWordWrap(True)
            words.setToolTip(CONDITION_WORDS[name])
            self.conditions[name].setToolTip(CONDITION_WORDS[name])
            grid.addWidget(self.conditions[name], row, column * 2)
            grid.addWidget(words, row, column * 2 + 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        part.addLayout(grid)
        layout.addWidget(self.meeting_part)
        self.set_scored(scored)

        for box in (self.self_general, self.self_tasks, self.general, self.tasks):
            box.valueChanged.connect(self._show_totals)
        self.changed.toggled.connect(self._show_accepted)
        self.save.clicked.connect(self.save_requested)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            local_shortcut(keys, self, self.save_requested.emit, WITH_CHILDREN)
        self._show_accepted(False)

    def set_scored(self, scored: bool) -> None:
        """QĐ 366 or not: the accepted score and the conditions are shown only under it."""
        self.scored = scored
        self.meeting_part.setVisible(scored)

    def _show_totals(self) -> None:
        general, tasks = self.self_general.score(), self.self_tasks.score()
        if not self.changed.isChecked():  # the meeting's score follows the self-assessment
            self.general.set_score(general)
            self.tasks.set_score(tasks)
        if general is None and tasks is None and self.single_total is not None:
            self.self_total.setText(self.tr("= %1/100 (chưa chia)").replace(
                "%1", str(self.single_total)))
            self.self_total.setToolTip(self.tr(
                "Điểm tự chấm đã ghi một con số, chưa chia tiêu chí chung (…/30) và kết quả "
                "thực hiện nhiệm vụ (…/70)"))
        else:
            self.self_total.setText(total_text(general, tasks))
            self.self_total.setToolTip(self.tr("Tổng điểm và khung điểm của mức xếp loại"))
        self.accepted_total.setText(total_text(self.general.score(), self.tasks.score()))

    def _show_accepted(self, changed: bool) -> None:
        """Unticked, the meeting's score follows the self-assessment."""
        for widget in (self.general, self.tasks, self.reason):
            widget.setEnabled(changed)
        if not changed:
            self.reason.clear()
        self._show_totals()

    def show_assessment(self, assessment: SubjectAssessment) -> None:
        # A self-score recorded as one figure before the 30/70 split, shown until split.
        self.single_total = (assessment.self_total if assessment.self_general is None
                             and assessment.self_tasks is None else None)
        self.self_general.set_score(assessment.self_general)
        self.self_tasks.set_score(assessment.self_tasks)
        self.level.set_level(assessment.self_level)
        self.changed.setChecked(assessment.changed)
        if assessment.changed and assessment.accepted is not None:
            self.general.set_score(assessment.accepted.general)
            self.tasks.set_score(assessment.accepted.tasks)
            self.reason.setText(assessment.change_reason)
        self._show_accepted(assessment.changed)
        for name, box in self.conditions.items():
            box.set_value(getattr(assessment.conditions, name))

    def entry(self) -> AssessmentEntry:
        accepted = ((self.general.score(), self.tasks.score())
                    if self.scored and self.changed.isChecked() else None)
        return AssessmentEntry(
            general=self.self_general.score(), tasks=self.self_tasks.score(),
            level=self.level.level(), accepted=accepted, reason=self.reason.text(),
            conditions={name: box.value() for name, box in self.conditions.items()}
            if self.scored else None)

    def band_note(self) -> str:
        """A hint when the level proposed is above the band of the score (the chair decides)."""
        general, tasks, level = (self.self_general.score(), self.self_tasks.score(),
                                 self.level.level())
        if general is None or tasks is None or level is None:
            return ""
        band = band_of(general + tasks)
        if level.rank >= band.rank:
            return ""
        return self.tr("Lưu ý: mức %1 cao hơn khung điểm (%2 điểm thuộc mức %3).") \
            .replace("%1", label(level)).replace("%2", str(general + tasks)) \
            .replace("%3", label(band))
