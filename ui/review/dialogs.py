"""Every file chooser and message of the review pages, in one place so that tests replace them
(monkeypatch the function) instead of showing anything."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ui import msgbox

CONTEXT = "ReviewDialogs"
DRAFT_FILTER = "Dự thảo (*.docx *.txt *.md);;Tất cả các tệp (*)"
DOCX_FILTER = "Văn bản Word (*.docx)"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def choose_draft_file(parent: QWidget | None) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(parent, _tr("Chọn tệp dự thảo"),
                                          str(msgbox.documents_folder()), DRAFT_FILTER)
    return Path(name) if name else None


def choose_save_path(parent: QWidget | None, title: str, suggested: str) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(parent, title, msgbox.in_documents(suggested),
                                          DOCX_FILTER)
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == ".docx" else path.with_suffix(".docx")


def ask_pasted_text(parent: QWidget | None) -> tuple[str, str] | None:
    """(name, text) of a draft pasted by the secretary, or None when cancelled."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(_tr("Dán văn bản dự thảo"))
    name = QLineEdit(dialog)
    name.setPlaceholderText(_tr("Tên (ví dụ: Dự thảo sửa lần 2)"))
    text = QPlainTextEdit(dialog)
    text.setPlaceholderText(_tr("Dán toàn văn vào đây; các đoạn cách nhau một dòng trống."))
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel, dialog)
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(_tr("Nhập"))
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(_tr("Hủy"))
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    for widget in (name, text, buttons):
        layout.addWidget(widget)
    dialog.resize(700, 500)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return name.text(), text.toPlainText()


def show_error(parent: QWidget | None, title: str, message: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, title, message,
                      QMessageBox.StandardButton.NoButton, parent)
    box.addButton(_tr("Đóng"), QMessageBox.ButtonRole.AcceptRole)
    box.exec()


def confirm(parent: QWidget | None, title: str, question: str) -> bool:
    box = QMessageBox(QMessageBox.Icon.Question, title, question,
                      QMessageBox.StandardButton.NoButton, parent)
    yes = box.addButton(_tr("Có"), QMessageBox.ButtonRole.YesRole)
    no = box.addButton(_tr("Không"), QMessageBox.ButtonRole.NoRole)
    box.setDefaultButton(no)
    box.exec()
    return box.clickedButton() is yes
