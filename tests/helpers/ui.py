"""Helpers for window tests: the stand-in for modal dialogs, the main window as the app opens it,
the vote page at the laptop's size with a pile keyed into it, the documents window."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QFileDialog,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from models.database import Database
from services.ballot.sheets import round_subjects
from tests.helpers.piles import pile, seed_counts
from ui.app import open_main_window
from ui.ballot.page import BallotPage, MembersBallotPage
from ui.context import MeetingContext, MeetingEvents
from ui.dialogs.member import MemberDialog
from ui.documents.window import DocumentsWindow
from ui.main_window import MainWindow
from ui.room_screen import RoomScreen

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


def give_pin(pin: str, seen: list[str]) -> DialogAnswer:
    """Answers a teller station's PIN question (ui/stations.py) with `pin`; the question's text
    goes to `seen`."""
    def answer(dialog: QDialog) -> int:
        assert isinstance(dialog, QInputDialog)
        seen.append(dialog.labelText())
        dialog.setTextValue(pin)
        return QDialog.DialogCode.Accepted
    return answer


def open_window(qtbot: QtBot, db: Database, language: str | None = None) -> MainWindow:
    """The main window as the app opens it (the meeting last open, or the first-start offer)."""
    window = open_main_window(db, language)
    qtbot.addWidget(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # shortcuts reach the active window only
    return window


def show_page(qtbot: QtBot, context: MeetingContext) -> BallotPage:
    page = MembersBallotPage(context)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    return page


def open_reconciled_round(page: BallotPage) -> int:
    page.open_button.click()
    assert page.round_id is not None
    form = page.reconciliation
    form.edits["issued"].setText("10")
    form.edits["returned"].setText("10")
    form.save_button.click()
    return page.round_id


def start_teller(qtbot: QtBot, page: BallotPage, teller_row: int) -> None:
    page.tabs.setCurrentIndex(page.ENTRY)
    page.entry.switch_button.click()
    page.entry.tellers.setCurrentIndex(teller_row)
    page.entry.mode.setCurrentIndex(0)  # per ballot
    page.entry.start_button.click()
    assert page.entry.stack.currentWidget() is page.entry.per_ballot


def station(qtbot: QtBot, context: MeetingContext, name: str) -> BallotPage:
    """The members' ballot page as a teller station called NAME shows it."""
    return show_page(qtbot, MeetingContext(context.db, context.meeting_id, MeetingEvents(),
                                           "teller", name))


def choose_teller(page: BallotPage, row: int) -> None:
    page.tabs.setCurrentIndex(page.ENTRY)
    page.entry.tellers.setCurrentIndex(row)
    page.entry.start_button.click()


def hold_the_file(db: Database) -> sqlite3.Connection:
    """Another connection holds the database file locked, as a slow disk or a busy host would:
    the window's writer waits (50 ms at a time) until the holder rolls back."""
    event.listen(db.engine, "connect",
                 lambda connection, _record: connection.execute("PRAGMA busy_timeout=50"))
    db.engine.dispose()
    assert db.file is not None
    holder = sqlite3.connect(db.file)
    holder.execute("BEGIN EXCLUSIVE")
    return holder


def saved(qtbot: QtBot, page: BallotPage) -> None:
    """Until the window's writer acknowledged every key typed, as its status line then says."""
    qtbot.waitUntil(lambda: page.entry.writer.unsaved == 0)
    for status in page.entry.findChildren(QLabel, "save_status"):
        assert status.text() == "Đã lưu mọi phím đã gõ."


def key_ballots(qtbot: QtBot, page: BallotPage, ballots: list[str]) -> None:
    view = page.entry.per_ballot
    for number, marks in enumerate(ballots, start=1):
        assert view.counter.text() == f"Phiếu {number} / {len(ballots)}"
        qtbot.keyClicks(view.table, marks)
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
        saved(qtbot, page)
        assert view.message.text() == ""
    assert view.counter.text() == f"Đã nhập đủ {len(ballots)} / {len(ballots)} phiếu"


def seed_ballots(page: BallotPage) -> list[str]:
    assert page.round_id is not None
    codes = [row.code for row in round_subjects(page.context.db, page.round_id)]
    return pile(seed_counts(), codes)


WAIT_MS = 60_000  # a generous bound for a loaded machine; the documents take well under 1 s


def save_as(path: Path) -> Callable[[QDialog], int]:
    """Answers the save dialog with `path`."""
    def answer(dialog: QDialog) -> int:
        assert isinstance(dialog, QFileDialog)
        dialog.selectFile(str(path))
        return QDialog.DialogCode.Accepted
    return answer


def open_documents(qtbot: QtBot, window: MainWindow) -> DocumentsWindow:
    """Through the button beside the step navigation, as the chair does."""
    text = QCoreApplication.translate("Documents", "Tài liệu…")  # in the window's language
    button = next(b for b in window.findChildren(QPushButton) if b.text() == text)
    button.click()
    documents = window.findChild(DocumentsWindow)
    assert documents is not None and documents.isVisible()
    return documents


def backups_action(window: MainWindow) -> QAction:
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "Sa&o lưu")
    return next(a for a in menu.actions() if a.text() == "&Các bản sao lưu…")


def texts(widget: QWidget) -> str:
    """Every text the widget tree can show: labels, buttons, titles and tooltips."""
    found = [widget.windowTitle(), widget.toolTip()]
    for child in [widget, *widget.findChildren(QWidget)]:
        found.append(child.toolTip())
        if isinstance(child, QLabel | QAbstractButton):
            found.append(child.text())
    return "\n".join(found)


def room_texts(room: RoomScreen) -> list[str]:
    """Every text of the room screen, its results page after page (turned as the chair would),
    back on the first page after."""
    found = [texts(room)]
    for page in range(1, len(room.results.pages)):
        room.results.show_page(page)
        found.append(texts(room))
    room.results.show_page(0)
    return "\n".join(found).split("\n")


def fill(**values: object):
    def answer(dialog: QDialog) -> int:
        assert isinstance(dialog, MemberDialog)
        for name, value in values.items():
            widget = getattr(dialog, name)
            if name in ("status", "rating"):
                widget.setCurrentIndex(widget.findData(value))
            elif name == "score":
                widget.setValue(value)
            else:
                widget.setText(value)
        return QDialog.DialogCode.Accepted
    return answer
