"""Undo and redo (Ctrl+Z / Ctrl+Y) of the chair's last actions on every page, with Qt's undo
framework over services/integrity/undo.py.

Every transaction committed through the open meeting's `MeetingContext.session()` becomes one
command on the stack, named after what it changed ("sửa đảng viên"). Undoing or redoing writes an
audited transaction of its own; the pages then reload (`applied`, and `changed("undo")`). A
command that can no longer be undone (changed since, round locked) says why and leaves the
stack. Ballot entry never reaches the stack (services.integrity.undo.undo_refusal), and the stack
keeps the last `LIMIT` actions, so that a long session cannot grow it without bound.

Signals:
    applied(): an undo or redo changed the data; the window reloads the page on screen.
    committed(): any transaction of the meeting changed data (also those never undone: the
        status bar's counts follow every change).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget

from models.audit import AuditEvent
from models.database import Database
from services.integrity.undo import UndoError, group_events, redo_group, undo_group, undo_refusal
from ui import msgbox
from ui.context import MeetingContext
from ui.i18n import QT_TRANSLATE_NOOP

LIMIT = 100
CONTEXT = "UndoNames"
UNDO_KEYS = (QKeySequence("Ctrl+Z"),)
REDO_KEYS = (QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z"))
VERBS = {"insert": QT_TRANSLATE_NOOP("UndoNames", "thêm"),
         "update": QT_TRANSLATE_NOOP("UndoNames", "sửa"),
         "delete": QT_TRANSLATE_NOOP("UndoNames", "xóa")}
NOUNS = {
    "agenda_step": QT_TRANSLATE_NOOP("UndoNames", "bước của chương trình"),
    "attendance": QT_TRANSLATE_NOOP("UndoNames", "điểm danh"),
    "ballot_round": QT_TRANSLATE_NOOP("UndoNames", "vòng biểu quyết"),
    "chair_script": QT_TRANSLATE_NOOP("UndoNames", "lời kịch bản điều hành"),
    "collective_review": QT_TRANSLATE_NOOP("UndoNames", "kiểm điểm tập thể"),
    "comment": QT_TRANSLATE_NOOP("UndoNames", "ý kiến"),
    "draft": QT_TRANSLATE_NOOP("UndoNames", "dự thảo"),
    "draft_version": QT_TRANSLATE_NOOP("UndoNames", "phiên bản dự thảo"),
    "individual_review": QT_TRANSLATE_NOOP("UndoNames", "kiểm điểm cá nhân"),
    "meeting": QT_TRANSLATE_NOOP("UndoNames", "thông tin hội nghị"),
    "meeting_guest": QT_TRANSLATE_NOOP("UndoNames", "đại biểu"),
    "meeting_proceedings": QT_TRANSLATE_NOOP("UndoNames", "khai mạc, kết luận, bế mạc"),
    "member": QT_TRANSLATE_NOOP("UndoNames", "đảng viên"),
    "organisation": QT_TRANSLATE_NOOP("UndoNames", "tổ chức"),
    "paragraph": QT_TRANSLATE_NOOP("UndoNames", "đoạn dự thảo"),
    "party_unit": QT_TRANSLATE_NOOP("UndoNames", "tổ chức đảng"),
    "produced_document": QT_TRANSLATE_NOOP("UndoNames", "tài liệu đã xuất"),
    "role_assignment": QT_TRANSLATE_NOOP("UndoNames", "chủ trì, thư ký, kiểm phiếu"),
    "round_subject": QT_TRANSLATE_NOOP("UndoNames", "đối tượng bỏ phiếu"),
}
# An action named after what it means rather than after its table (the only update of a
# round's subject that reaches the stack is the chair's decision: counts are kept off it).
ACTION_NOUNS = {
    ("round_subject", "update"): QT_TRANSLATE_NOOP("UndoNames", "quyết định của chủ trì"),
}


def describe(events: list[AuditEvent]) -> str:
    """What a group did, in a few words: the table it touched most, how, and how many rows."""
    rows = Counter((e.table_name, e.row_id) for e in events)
    tables = Counter(table for table, _row in rows)
    table = tables.most_common(1)[0][0]
    actions = Counter(e.action for e in events if e.table_name == table)
    action = actions.most_common(1)[0][0]
    verb = QCoreApplication.translate(CONTEXT, VERBS[action])
    noun = QCoreApplication.translate(
        CONTEXT, ACTION_NOUNS.get((table, action)) or NOUNS.get(table, table))
    text = f"{verb} {noun}"
    return text if tables[table] == 1 else f"{text} ({tables[table]})"


class ActionCommand(QUndoCommand):
    """One committed action. Pushing it does nothing: the action is already in the database."""

    def __init__(self, history: UndoHistory, group: str, text: str) -> None:
        super().__init__(text)
        self.history = history
        self.group = group
        self.pushed = False

    def redo(self) -> None:
        if not self.pushed:
            self.pushed = True
            return
        self.history.replay(self, redo_group, QCoreApplication.translate(
            "UndoHistory", "Không làm lại được"))

    def undo(self) -> None:
        self.history.replay(self, undo_group, QCoreApplication.translate(
            "UndoHistory", "Không hoàn tác được"))


class UndoHistory(QObject):
    applied = Signal()
    committed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stack = QUndoStack(self)
        self.stack.setUndoLimit(LIMIT)
        self.context: MeetingContext | None = None
        self.window = parent

    def attach(self, context: MeetingContext | None) -> None:
        """Follow another open meeting; the previous one's actions are forgotten."""
        if self.context is not None:
            self.context.committed = None
        self.stack.clear()
        self.context = context
        if context is not None:
            context.committed = self.record

    def record(self, group: str) -> None:
        assert self.context is not None
        self.committed.emit()
        with self.context.db.session() as s:
            events = group_events(s, group)
            if not events or undo_refusal(events) is not None:
                return
            text = describe(events)
        self.stack.push(ActionCommand(self, group, text))

    def replay(self, command: ActionCommand, apply: Callable[[Database, str, str], None],
               failed_title: str) -> None:
        assert self.context is not None
        try:
            apply(self.context.db, command.group, self.context.actor)
        except UndoError as exc:
            command.setObsolete(True)  # the stack drops it; the data stays as it is
            msgbox.warn(self.window, failed_title, str(exc))
            return
        self.context.events.changed.emit("undo")
        self.applied.emit()

    def actions(self, parent: QWidget) -> tuple[QAction, QAction]:
        """The Edit menu's undo and redo actions, their text naming the action."""
        undo = self.stack.createUndoAction(parent, self.tr("Hoàn tác"))
        undo.setShortcuts(list(UNDO_KEYS))
        redo = self.stack.createRedoAction(parent, self.tr("Làm lại"))
        redo.setShortcuts(list(REDO_KEYS))
        return undo, redo
