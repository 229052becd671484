"""The list of the app's keyboard shortcuts (Help menu, and the guide's button), Vietnamese
first, English second.

Each row is written in both languages here rather than translated, so that the list reads the
same whichever language the window is in. A test checks that every shortcut the window and its
pages define is in the list; a page adding a shortcut adds its row to `SHORTCUTS`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.tables.accents import give_accents_room

HELP_KEYS = (QKeySequence("F1"),)


WIDGET_ONLY = Qt.ShortcutContext.WidgetShortcut
WITH_CHILDREN = Qt.ShortcutContext.WidgetWithChildrenShortcut


def local_shortcut(keys: str | QKeySequence, parent: QWidget, slot: Callable[[], object],
                   context: Qt.ShortcutContext) -> QShortcut:
    """A shortcut limited to `parent` (WidgetShortcut) or to it and its children. Set here
    because PySide6's QShortcut constructor drops its `context` argument and leaves the
    shortcut window-wide: Delete in any field would delete a comment, and two forms' Ctrl+Enter
    would be ambiguous, so that neither fires."""
    shortcut = QShortcut(QKeySequence(keys), parent)
    shortcut.setContext(context)
    shortcut.activated.connect(slot)
    return shortcut


@dataclass(frozen=True)
class Shortcut:
    keys: tuple[str, ...]  # portable key texts, e.g. "Ctrl+PgDown"
    where: tuple[str, str]  # (Vietnamese, English)
    what: tuple[str, str]


EVERYWHERE = ("Mọi trang", "Everywhere")
REVIEWS = ("Kiểm điểm (bước 4, 5)", "Reviews (steps 4, 5)")
COMMENT_FORM = ("Ô ghi ý kiến", "Comment form")
ASSESSMENT = ("Ô chấm điểm (bước 4, 5)", "Score fields (steps 4, 5)")
COMMENT_LIST = ("Danh sách ý kiến", "Comment list")
MEMBER_LIST = ("Danh sách người tự kiểm điểm (bước 5)", "Self-review list (step 5)")
ROOM = ("Màn hình phòng họp", "Room screen")
BALLOT = ("Nhập phiếu (bước 6, 7)", "Ballot entry (steps 6, 7)")

SHORTCUTS: tuple[Shortcut, ...] = (
    Shortcut(("F1",), EVERYWHERE, ("Hướng dẫn sử dụng, mở ở bước đang xem (nút “Phím tắt” "
                                   "trong đó: danh sách này)", "The guide, opened at the step "
                                   "shown (its “Shortcuts” button: this list)")),
    Shortcut(("Ctrl+PgDown", "Alt+Right"), EVERYWHERE, ("Bước sau", "Next step")),
    Shortcut(("Ctrl+PgUp", "Alt+Left"), EVERYWHERE, ("Bước trước", "Previous step")),
    Shortcut(("Ctrl+Z",), EVERYWHERE, (
        "Hoàn tác thao tác vừa ghi (trong ô đang gõ: hoàn tác chữ vừa gõ)",
        "Undo the last recorded action (in a field being typed: undo the typing)")),
    Shortcut(("Ctrl+Y", "Ctrl+Shift+Z"), EVERYWHERE, ("Làm lại thao tác vừa hoàn tác",
                                                       "Redo the action just undone")),
    Shortcut(("F5",), EVERYWHERE, ("Mở hoặc đóng màn hình phòng họp",
                                   "Show or hide the room screen")),
    Shortcut(("Ctrl+Shift+P",), EVERYWHERE, ("Xem, in và lưu tài liệu",
                                            "View, print and save the documents")),
    Shortcut(("Ctrl+Q",), EVERYWHERE, ("Thoát", "Quit")),
    Shortcut(("Ctrl+L",), REVIEWS, ("Đến ô số đoạn để ghi ý kiến",
                                    "Go to the paragraph number to record a comment")),
    Shortcut(("Ctrl+Return", "Ctrl+Enter"), ASSESSMENT, (
        "Ghi điểm tự chấm, điểm hội nghị thống nhất, điều kiện và mức xếp loại",
        "Record the self-assessment, the accepted score, the conditions and the level")),
    Shortcut(("C", "K"), ASSESSMENT, ("Ở ô điều kiện: Có, Không", "In a condition: yes, no")),
    Shortcut(("Enter",), COMMENT_FORM, ("Sang ô tiếp theo; ở ô nội dung: ghi ý kiến",
                                        "Next field; in the text field: record the comment")),
    Shortcut(("1", "2", "3", "4"), COMMENT_FORM, ("Ở ô loại ý kiến: chọn loại",
                                                  "In the kind field: choose the kind")),
    Shortcut(("Ctrl+Return", "Ctrl+Enter"), COMMENT_FORM, ("Ghi ý kiến", "Record the comment")),
    Shortcut(("Esc",), COMMENT_FORM, ("Xóa trắng ô ghi ý kiến", "Clear the comment form")),
    Shortcut(("F2",), COMMENT_LIST, ("Sửa ý kiến đang chọn", "Edit the selected comment")),
    Shortcut(("Del",), COMMENT_LIST, ("Xóa ý kiến đang chọn", "Delete the selected comment")),
    Shortcut(("Ctrl+Up", "Ctrl+Down"), MEMBER_LIST, ("Đổi thứ tự tự kiểm điểm",
                                                     "Move the member up or down the order")),
    Shortcut(("1", "2", "3", "4"), BALLOT, (
        "Mức của dòng: 1 HTXSNV, 2 HTTNV, 3 HTNV, 4 KHTNV",
        "The row's level: 1 excellent, 2 good, 3 completed, 4 not completed")),
    Shortcut(("0",), BALLOT, ("Dòng không hợp lệ", "Invalid row")),
    Shortcut(("Backspace", "Del"), BALLOT, ("Xóa dấu của dòng", "Clear the row's mark")),
    Shortcut(("Enter",), BALLOT, ("Ghi phiếu", "Save the ballot")),
    Shortcut(("Esc",), ROOM, ("Đóng màn hình phòng họp (khi nó đang được chọn)",
                              "Close the room screen (when it has the focus)")),
)


def listed_keys() -> set[str]:
    """Every key combination in the list, in Qt's portable text."""
    return {QKeySequence(key).toString() for s in SHORTCUTS for key in s.keys}


def native(key: str) -> str:
    return QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText) or key


class ShortcutsDialog(QDialog):
    """The table of shortcuts: keys, where, what in Vietnamese, what in English."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Phím tắt — Keyboard shortcuts")
        self.table = QTableWidget(len(SHORTCUTS), 4, self)
        self.table.setHorizontalHeaderLabels(["Phím / Keys", "Ở đâu / Where", "Tiếng Việt",
                                              "English"])
        for row, shortcut in enumerate(SHORTCUTS):
            cells = (", ".join(native(k) for k in shortcut.keys),
                     f"{shortcut.where[0]}\n{shortcut.where[1]}", shortcut.what[0],
                     shortcut.what[1])
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.table.setItem(row, column, item)
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        give_accents_room(self.table)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(self)
        buttons.addButton("Đóng / Close", QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("Phím tắt của Hội nghị — Keyboard shortcuts of Hội nghị", self))
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(960, 560)
