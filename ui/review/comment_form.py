"""The comment form, laid out for speed: paragraph, speaker, kind, text (and proposed wording for
an amendment); Enter moves to the next field and records on the last one.

    7 ⏎  huynh ⏎  2 ⏎  Bổ sung số liệu… ⏎        (paragraph 7, Huỳnh …, bổ sung, text)

Signals:
    submitted(): the secretary asked to record what is in the form.
    speaker_chosen(str): the speaker field was left with a name (the speaking timer follows).
    paragraph_changed(int): the paragraph number changed (0: the draft as a whole).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from models.enums import CommentKind
from ui.labels import label
from ui.review.speaker_picker import SpeakerPicker
from ui.shortcuts import WITH_CHILDREN, local_shortcut

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class CommentForm(QWidget):
    submitted = Signal()
    speaker_chosen = Signal(str)
    paragraph_changed = Signal(int)

    def __init__(self, with_committee: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editing_id: int | None = None
        self.paragraph = QSpinBox(self)
        self.paragraph.setRange(0, 0)
        self.paragraph.setSpecialValueText(self.tr("Chung (cả dự thảo)"))
        self.paragraph.setToolTip(self.tr("Số đoạn được góp ý; 0: ý kiến chung (Ctrl+L)"))
        self.span_label = QLabel(self)
        self.span_label.setWordWrap(True)
        self.speaker = SpeakerPicker(self)
        self.committee = QCheckBox(self.tr("Ý kiến của cấp ủy"), self)
        self.committee.setVisible(with_committee)
        self.kind = QComboBox(self)
        for number, kind in enumerate(CommentKind, 1):
            self.kind.addItem(f"{number} – {label(kind)}", kind)
        self.kind.setToolTip(self.tr("Gõ số 1–5 để chọn loại ý kiến"))
        self.text = QLineEdit(self)
        self.text.setPlaceholderText(self.tr("Nội dung ý kiến"))
        self.proposed = QLineEdit(self)
        self.proposed.setPlaceholderText(self.tr("Đề nghị sửa thành…"))
        self.save = QPushButton(self.tr("Ghi ý kiến"), self)
        self.save.setToolTip(self.tr("Enter ở ô cuối, hoặc Ctrl+Enter"))
        self.cancel = QPushButton(self.tr("Thôi sửa"), self)
        self.cancel.setVisible(False)

        speaker_row = QHBoxLayout()
        speaker_row.addWidget(self.speaker, 1)
        speaker_row.addWidget(self.committee)
        buttons = QHBoxLayout()
        buttons.addWidget(self.span_label, 1)
        buttons.addWidget(self.cancel)
        buttons.addWidget(self.save)
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addRow(self.tr("Đoạn"), self.paragraph)
        layout.addRow(self.tr("Người phát biểu"), speaker_row)
        layout.addRow(self.tr("Loại ý kiến"), self.kind)
        layout.addRow(self.tr("Nội dung"), self.text)
        layout.addRow(self.tr("Sửa thành"), self.proposed)
        layout.addRow(buttons)

        self.paragraph.installEventFilter(self)
        self.kind.installEventFilter(self)
        self.paragraph.valueChanged.connect(self.paragraph_changed)
        self.speaker.returnPressed.connect(self._speaker_entered)
        self.speaker.editingFinished.connect(self._announce_speaker)
        self.text.returnPressed.connect(self._text_entered)
        self.proposed.returnPressed.connect(self.submitted)
        self.save.clicked.connect(self.submitted)
        self.cancel.clicked.connect(self.clear)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            local_shortcut(keys, self, self.submitted.emit, WITH_CHILDREN)
        local_shortcut("Escape", self, self.clear, WITH_CHILDREN)
        self._kind_changed()
        self.set_span("")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent) \
                or event.modifiers() not in (Qt.KeyboardModifier.NoModifier,
                                             Qt.KeyboardModifier.KeypadModifier):
            return super().eventFilter(watched, event)
        if watched is self.kind and event.text().isdigit() \
                and 1 <= int(event.text()) <= self.kind.count():
            # The digit picks the kind at once (the combo's own search would join quick keys).
            self.kind.setCurrentIndex(int(event.text()) - 1)
            return True
        if event.key() in ENTER_KEYS:
            if watched is self.paragraph:
                self.paragraph.interpretText()
                self.speaker.setFocus()
                self.speaker.selectAll()
                return True
            if watched is self.kind:
                self.text.setFocus()
                return True
        return super().eventFilter(watched, event)

    def _speaker_entered(self) -> None:
        self.kind.setFocus()

    def _announce_speaker(self) -> None:
        name = self.speaker.text().strip()
        if name:
            self.speaker_chosen.emit(name)

    def _text_entered(self) -> None:
        if self.current_kind() is CommentKind.amend:
            self.proposed.setFocus()
        else:
            self.submitted.emit()

    def _kind_changed(self) -> None:
        self.proposed.setEnabled(self.current_kind() is CommentKind.amend)

    def current_kind(self) -> CommentKind:
        return CommentKind(self.kind.currentData())

    def set_paragraph_count(self, count: int) -> None:
        self.paragraph.setRange(0, count)

    def set_span(self, quoted: str) -> None:
        """Show the text selected in the paragraph (the comment will be on that span)."""
        if quoted:
            short = quoted if len(quoted) <= 60 else quoted[:57] + "…"
            self.span_label.setText(self.tr("Góp ý vào: “%1”").replace("%1", short))
            if self.current_kind() is CommentKind.amend and not self.proposed.text():
                self.proposed.setText(quoted)
        else:
            self.span_label.setText(self.tr("Chọn câu chữ trong đoạn để góp ý vào đúng chỗ đó."))

    def start_editing(self, comment_id: int, speaker: str, kind: CommentKind, text: str,
                      proposed: str, by_committee: bool) -> None:
        self.editing_id = comment_id
        self.speaker.setText(speaker)
        self.kind.setCurrentIndex(self.kind.findData(kind))
        self.text.setText(text)
        self.proposed.setText(proposed)
        self.committee.setChecked(by_committee)
        self.paragraph.setEnabled(False)
        self.save.setText(self.tr("Ghi sửa đổi"))
        self.cancel.setVisible(True)
        self.text.setFocus()

    def clear(self) -> None:
        """Ready for the next comment: same paragraph, focus on the paragraph number."""
        self.editing_id = None
        self.speaker.clear()
        self.text.clear()
        self.proposed.clear()
        self.committee.setChecked(False)
        self.kind.setCurrentIndex(0)
        self.paragraph.setEnabled(True)
        self.save.setText(self.tr("Ghi ý kiến"))
        self.cancel.setVisible(False)
        self.focus_paragraph()

    def focus_paragraph(self) -> None:
        self.paragraph.setFocus()
        self.paragraph.selectAll()
