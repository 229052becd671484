"""The list of every shortcut of the app (from the guide, F1), Vietnamese first, English
second."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QPushButton
from pytestqt.qtbot import QtBot

from models.database import Database
from services.meeting_file.store import import_meeting
from tests.helpers import SEED_MEETING
from tests.helpers.ui import Boxes, open_window
from ui.agenda import ENTRIES, is_built
from ui.guide import GuideWindow
from ui.shortcuts import SHORTCUTS, ShortcutsDialog, listed_keys


def test_the_guide_lists_the_shortcuts_in_both_languages(qtbot: QtBot, db: Database,
                                                        boxes: Boxes) -> None:
    import_meeting(db, SEED_MEETING)
    window = open_window(qtbot, db)
    shown: list[ShortcutsDialog] = []

    def look(dialog: QDialog) -> int:
        assert isinstance(dialog, ShortcutsDialog)
        shown.append(dialog)
        return QDialog.DialogCode.Rejected

    boxes.answers = [look]
    qtbot.keyClick(window.agenda, Qt.Key.Key_F1)
    guide = window.findChild(GuideWindow)
    assert guide is not None and guide.isVisible()
    button = next(b for b in guide.findChildren(QPushButton) if b.text() == "Phím tắt")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    (dialog,) = shown
    table = dialog.table
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headers[2:] == ["Tiếng Việt", "English"]
    rows = {table.item(r, 0).text(): (table.item(r, 2).text(), table.item(r, 3).text())
            for r in range(table.rowCount())}
    assert rows["F1"][0].startswith("Hướng dẫn sử dụng, mở ở bước đang xem")
    assert rows["F1"][1].startswith("The guide, opened at the step shown")
    assert rows[QKeySequence("Ctrl+Z").toString(QKeySequence.SequenceFormat.NativeText)][1] \
        .startswith("Undo the last recorded action")
    assert table.rowCount() == len(SHORTCUTS)


def test_every_shortcut_of_the_window_and_its_pages_is_listed(qtbot: QtBot,
                                                                db: Database) -> None:
    import_meeting(db, SEED_MEETING)
    window = open_window(qtbot, db)
    for agenda_entry in ENTRIES:
        if is_built(agenda_entry.key):
            window.page(agenda_entry.key)
    defined = {key.toString() for action in window.findChildren(QAction)
               for key in action.shortcuts()}
    defined |= {shortcut.key().toString() for shortcut in window.findChildren(QShortcut)}
    defined.discard("")
    assert {"Ctrl+Z", "Ctrl+Y", "F1", "F5", "Ctrl+L", "F2"} <= defined
    assert defined <= listed_keys(), f"not in the F1 list: {sorted(defined - listed_keys())}"
