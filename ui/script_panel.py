"""The chair's script beside every step: what to say now, filled in live from the meeting's
data (services/proceedings), reworded for this meeting when the chair wishes, and printed for
the whole meeting as one PDF before it starts."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from services.proceedings.chair_script import StepScript, save_wording, step_script
from services.proceedings.script_facts import PLACEHOLDERS
from services.proceedings.script_templates import TEMPLATES
from services.proceedings.status import record_document
from ui import msgbox
from ui.agenda import SETUP
from ui.documents.warm_up import documents_imported
from ui.main_controller import MainController

REFRESH_DELAY_MS = 150  # many edits in a row (ballot keys) make one refresh


class ScriptPanel(QFrame):
    """Signals:
        document_written(str): the whole script was printed to this PDF (and recorded)."""

    document_written = Signal(str)

    def __init__(self, controller: MainController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scriptPanel")
        self.controller = controller
        self.step: int | None = None
        self.script: StepScript | None = None
        self.heading = QLabel()  # one line: the step's full title is the page's heading
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.view = QTextBrowser()
        font = self.view.font()
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.view.setFont(font)
        self.editor = QPlainTextEdit()
        self.insert = QComboBox()
        self.insert.addItem(self.tr("Chèn dữ liệu…"), "")
        for name, meaning in PLACEHOLDERS.items():
            self.insert.addItem(f"{{{name}}} – {meaning}", name)
        self.edit_button = QPushButton(self.tr("Sửa lời"))
        self.save_button = QPushButton(self.tr("Ghi"))
        self.default_button = QPushButton(self.tr("Mặc định"))
        self.cancel_button = QPushButton(self.tr("Hủy"))
        self.print_button = QPushButton(self.tr("In…"))
        self.print_button.setToolTip(self.tr("Xuất kịch bản của cả hội nghị ra một tệp PDF"))
        self.note = QLabel()
        self.note.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.insert)
        layout.addWidget(self.note)
        buttons = QHBoxLayout()
        for button in (self.edit_button, self.save_button, self.default_button,
                       self.cancel_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        layout.addLayout(buttons)
        self.insert.setMinimumContentsLength(12)
        self.insert.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(REFRESH_DELAY_MS)
        self.timer.timeout.connect(self.refresh)
        self.edit_button.clicked.connect(self.start_editing)
        self.save_button.clicked.connect(self.save)
        self.default_button.clicked.connect(self.use_default)
        self.cancel_button.clicked.connect(self.stop_editing)
        self.print_button.clicked.connect(self.print_script)
        self.insert.activated.connect(self._insert_placeholder)
        controller.view_changed.connect(self.show_step)
        # Bound methods, not lambdas: Qt drops them with the panel (a new language rebuilds it).
        controller.events.changed.connect(self._data_changed)
        self.stop_editing()

    def _data_changed(self, _what: str) -> None:
        self.timer.start()

    @property
    def editing(self) -> bool:
        return not self.editor.isHidden()

    def show_step(self, key: int) -> None:
        if self.editing and key != self.step:
            self.stop_editing()
        self.step = None if key == SETUP else key
        self.refresh()

    def refresh(self) -> None:
        context = self.controller.context
        if context is None or self.step is None:
            self.script = None
            self.heading.setText(self.tr("Kịch bản điều hành"))
            self.view.setPlainText(self.tr(
                "Kịch bản bắt đầu từ bước 1 (khai mạc). Có thể in kịch bản của cả hội nghị "
                "trước khi họp."))
            self.edit_button.setEnabled(False)
            return
        with context.session() as s:
            self.script = step_script(s, context.meeting_id, self.step)
        self.heading.setText(self.tr("Kịch bản điều hành · bước %1").replace("%1", str(self.step))
                             + (self.tr(" (lời của chủ trì)") if self.script.edited else ""))
        self.heading.setToolTip(self.script.title)
        bar = self.view.verticalScrollBar()
        position = bar.value()
        self.view.setPlainText(self.script.text)
        bar.setValue(position)
        self.edit_button.setEnabled(True)
        self.note.setText(self.tr("Tên dữ liệu không có: %1").replace(
            "%1", ", ".join(self.script.unknown)) if self.script.unknown else "")
        self.note.setVisible(bool(self.script.unknown) or self.editing)

    # --- the chair's own wording ------------------------------------------------------------

    def start_editing(self) -> None:
        if self.script is None:
            return
        self.editor.setPlainText(self.script.wording)
        self._set_editing(True)
        self.note.setText(self.tr("Các tên trong ngoặc nhọn, ví dụ {co_mat}, được thay bằng dữ "
                                  "liệu của hội nghị khi hiển thị và khi in."))
        self.note.setVisible(True)
        self.editor.setFocus()

    def stop_editing(self) -> None:
        self._set_editing(False)
        self.refresh()

    def _set_editing(self, on: bool) -> None:
        self.view.setVisible(not on)
        self.edit_button.setVisible(not on)
        for widget in (self.editor, self.insert, self.save_button, self.default_button,
                       self.cancel_button):
            widget.setVisible(on)

    def _insert_placeholder(self, index: int) -> None:
        name = self.insert.itemData(index)
        if name:
            self.editor.insertPlainText(f"{{{name}}}")
        self.insert.setCurrentIndex(0)
        self.editor.setFocus()

    def save(self) -> None:
        self._store(self.editor.toPlainText())

    def use_default(self) -> None:
        if self.step is not None:
            self._store(TEMPLATES[self.step])

    def _store(self, wording: str) -> None:
        context = self.controller.context
        if context is None or self.step is None:
            return
        with context.session() as s, s.begin():
            save_wording(s, context.meeting_id, self.step, wording)
        self.stop_editing()

    # --- printing ---------------------------------------------------------------------------

    def print_script(self) -> Path | None:
        context = self.controller.context
        if context is None:
            return None
        target = msgbox.choose_save_file(self, self.tr("In kịch bản điều hành"),
                                         "kich-ban-dieu-hanh.pdf", self.tr("PDF (*.pdf)"))
        if target is None:
            return None
        # reportlab loads here, not at start-up (about 0.3 s the chair need not wait for)
        documents_imported()
        from services.documents.chair_script import render_chair_script

        try:
            with context.session() as s, s.begin():
                render_chair_script(s, context.meeting_id, target)
                record_document(s, context.meeting_id, "kich-ban", str(target))
        except OSError as error:
            msgbox.warn(self, self.tr("Không ghi được tệp"), str(error))
            return None
        self.document_written.emit(str(target))
        return target

