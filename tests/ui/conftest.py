"""GUI test set-up: every modal window answered by the test, never shown."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from models.database import Database
from ui import msgbox
from ui.app import open_main_window
from ui.main_window import MainWindow

DialogAnswer = Callable[[QDialog], int]


@dataclass
class Boxes:
    """Stands in for ui.msgbox.run_modal. Questions take the next queued yes/no; other dialogs
    the next queued function. Warnings and notes are only recorded. An unexpected question or
    dialog fails the test."""

    answers: list[bool | DialogAnswer] = field(default_factory=list)
    seen: list[tuple[str, str]] = field(default_factory=list)

    def run(self, dialog: QDialog) -> int:
        if isinstance(dialog, QMessageBox):
            self.seen.append((dialog.windowTitle(), dialog.text()))
            roles = {dialog.buttonRole(b): b for b in dialog.buttons()}
            if QMessageBox.ButtonRole.YesRole not in roles:
                return 0  # a warning or a note: nothing to answer
            assert self.answers, f"unexpected question: {dialog.text()}"
            answer = self.answers.pop(0)
            assert isinstance(answer, bool), f"a yes/no was expected for: {dialog.text()}"
            role = QMessageBox.ButtonRole.YesRole if answer else QMessageBox.ButtonRole.NoRole
            roles[role].click()
            return 0
        self.seen.append((dialog.windowTitle(), type(dialog).__name__))
        assert self.answers, f"unexpected dialog: {dialog.windowTitle()}"
        handler = self.answers.pop(0)
        assert callable(handler), f"a dialog handler was expected for {dialog.windowTitle()}"
        return handler(dialog)

    def texts(self) -> list[str]:
        return [text for _title, text in self.seen]


@pytest.fixture(autouse=True)
def boxes(monkeypatch: pytest.MonkeyPatch) -> Iterator[Boxes]:
    answered = Boxes()
    monkeypatch.setattr(msgbox, "run_modal", answered.run)
    yield answered
    assert not answered.answers, f"answers never asked for: {answered.answers}"


def open_window(qtbot: QtBot, db: Database, language: str | None = None) -> MainWindow:
    """The main window as the app opens it (the meeting last open, or the first-start offer)."""
    window = open_main_window(db, language)
    qtbot.addWidget(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # shortcuts reach the active window only
    return window
