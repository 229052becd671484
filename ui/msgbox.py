"""Every modal question, message, file chooser and dialog goes through this module.

`run_modal` is the one place a modal window is executed; tests replace it (and `choose_file`)
with a function that answers without showing anything. Qt's standard button texts come without a
Vietnamese translation, so the buttons are labelled here (and resources/translations/qt_vi.ts
translates the rest of Qt's own dialogs). File choosers open in the user's Documents folder,
never in the program's.
"""

from __future__ import annotations

from pathlib import Path

import platformdirs
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox, QWidget


def run_modal(dialog: QDialog) -> int:
    """Show `dialog` modally; returns its result (QDialog.Accepted, or a QMessageBox button)."""
    return dialog.exec()


def message_box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str,
                details: str = "") -> QMessageBox:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    if details:
        box.setDetailedText(details)
    return box


def ask(parent: QWidget | None, title: str, text: str, details: str = "", *,
        default_yes: bool = False) -> bool:
    """A yes/no question; True for yes. Enter answers "no" unless `default_yes` (for questions
    whose "yes" loses nothing)."""
    box = message_box(parent, QMessageBox.Icon.Question, title, text, details)
    yes = box.addButton(QCoreApplication.translate("Messages", "Có"),
                        QMessageBox.ButtonRole.YesRole)
    no = box.addButton(QCoreApplication.translate("Messages", "Không"),
                       QMessageBox.ButtonRole.NoRole)
    box.setDefaultButton(yes if default_yes else no)
    box.setEscapeButton(no)
    run_modal(box)
    return box.clickedButton() is yes


def warn(parent: QWidget | None, title: str, text: str, details: str = "") -> None:
    box = message_box(parent, QMessageBox.Icon.Warning, title, text, details)
    box.addButton(QCoreApplication.translate("Messages", "Đóng"),
                  QMessageBox.ButtonRole.AcceptRole)
    run_modal(box)


def note(parent: QWidget | None, title: str, text: str) -> None:
    box = message_box(parent, QMessageBox.Icon.Information, title, text)
    box.addButton(QCoreApplication.translate("Messages", "Đóng"),
                  QMessageBox.ButtonRole.AcceptRole)
    run_modal(box)


def documents_folder() -> Path:
    """Where file choosers start: the user's Documents folder (their home if it is missing)."""
    folder = Path(platformdirs.user_documents_dir())
    return folder if folder.is_dir() else Path.home()


def in_documents(suggested: str) -> str:
    """A suggested file name placed in the Documents folder (a path with a folder kept)."""
    path = Path(suggested)
    return suggested if path.is_absolute() else str(documents_folder() / path)


def choose_file(parent: QWidget | None, title: str, filters: str) -> Path | None:
    """A file to open, or None when the chair cancels."""
    name, _filter = QFileDialog.getOpenFileName(parent, title, str(documents_folder()), filters)
    return Path(name) if name else None


def choose_files(parent: QWidget | None, title: str, filters: str) -> list[Path]:
    """Files to open (none when the chair cancels)."""
    names, _filter = QFileDialog.getOpenFileNames(parent, title, str(documents_folder()), filters)
    return [Path(name) for name in names]


def choose_item(parent: QWidget | None, title: str, prompt: str, items: list[str]) -> int | None:
    """The index of the item chosen from a list, or None."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(prompt)
    dialog.setComboBoxItems(items)
    dialog.setComboBoxEditable(False)
    dialog.setOkButtonText(QCoreApplication.translate("Messages", "Mở"))
    dialog.setCancelButtonText(QCoreApplication.translate("Messages", "Hủy"))
    if run_modal(dialog) != QDialog.DialogCode.Accepted:
        return None
    chosen = dialog.textValue()
    return items.index(chosen) if chosen in items else None


def choose_save_file(parent: QWidget | None, title: str, suggested: str,
                     filters: str) -> Path | None:
    """Where to write a file, or None when the chair cancels."""
    name, _filter = QFileDialog.getSaveFileName(parent, title, in_documents(suggested), filters)
    return Path(name) if name else None
