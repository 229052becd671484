"""Undo and redo in the main window, driven with the keyboard as the chair does: the data comes
back, the page shows it, and the audit log records the undo and stays intact."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from models.audit import AuditEvent
from models.database import Database
from models.enums import AttendanceStatus, MemberStatus
from models.meeting import Attendance
from models.review import Comment, Draft, Paragraph
from models.roster import Member
from services.integrity.audit import verify
from tests.helpers import SAMPLE_MD
from tests.helpers.builders import TWELVE_OFFICIAL, build_meeting
from tests.helpers.review import seed_meeting
from tests.helpers.ui import Boxes, open_window
from ui.agenda import SETUP
from ui.context import MeetingContext, MeetingEvents
from ui.dialogs.member import MemberDialog
from ui.main_window import MainWindow
from ui.pages.attendance import AttendancePage
from ui.pages.collective_review import CollectiveReviewPage
from ui.pages.setup import SetupPage
from ui.review import dialogs
from ui.tables.attendance import AttendanceModel
from ui.undo import LIMIT, UndoHistory

CTRL = Qt.KeyboardModifier.ControlModifier


def names(db: Database) -> dict[str, str]:
    with db.session() as s:
        return {m.code: m.full_name for m in s.scalars(select(Member))}


def marks(db: Database) -> dict[int, AttendanceStatus]:
    with db.session() as s:
        return {a.member_id: a.status for a in s.scalars(select(Attendance))}


def markers(db: Database) -> list[tuple[str, str]]:
    with db.session() as s:
        return [(e.action, e.actor) for e in s.scalars(
            select(AuditEvent).where(AuditEvent.table_name == "change_group")
            .order_by(AuditEvent.id))]


def undo(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClick(window.agenda, Qt.Key.Key_Z, CTRL)


def redo(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClick(window.agenda, Qt.Key.Key_Y, CTRL)


def rename(full_name: str):  # type: ignore[no-untyped-def]
    def answer(dialog: QDialog) -> int:
        assert isinstance(dialog, MemberDialog)
        dialog.full_name.setText(full_name)
        return QDialog.DialogCode.Accepted
    return answer


def test_a_roster_edit_is_undone_and_redone_on_the_setup_page(
        qtbot: QtBot, db: Database, boxes: Boxes) -> None:
    build_meeting(db, TWELVE_OFFICIAL)
    window = open_window(qtbot, db)
    window.go_to(SETUP)
    page = window.stack.currentWidget()
    assert isinstance(page, SetupPage)
    assert not window.history.stack.canUndo()

    page.table.selectRow(0)
    code = page.roster.rows[0].code
    before = names(db)[code]
    boxes.answers = [rename("Nguyễn Văn Ân")]
    assert page.edit_selected()
    assert names(db)[code] == "Nguyễn Văn Ân"
    assert window.history.stack.undoText() == "sửa đảng viên"

    undo(qtbot, window)
    assert names(db)[code] == before
    assert before in [e.full_name for e in page.roster.rows]  # the page shows it again
    assert window.history.stack.redoText() == "sửa đảng viên"
    redo(qtbot, window)
    assert names(db)[code] == "Nguyễn Văn Ân"
    assert "Nguyễn Văn Ân" in [e.full_name for e in page.roster.rows]

    assert markers(db) == [("undo", "chair"), ("redo", "chair")]
    result = verify(db)
    assert result.intact, result.problem
    assert window.undo_action.text() == "Hoàn tác sửa đảng viên"
    assert not window.redo_action.isEnabled()


def test_an_added_member_is_taken_back_and_the_undo_is_in_the_log(
        qtbot: QtBot, db: Database, boxes: Boxes) -> None:
    build_meeting(db, TWELVE_OFFICIAL)
    window = open_window(qtbot, db)
    window.go_to(SETUP)
    page = window.stack.currentWidget()
    assert isinstance(page, SetupPage)
    boxes.answers = [rename("Mai Thị Yến")]
    assert page.add_member()
    assert "Mai Thị Yến" in names(db).values()

    undo(qtbot, window)
    assert "Mai Thị Yến" not in names(db).values()
    assert page.roster.rowCount() == 12
    with db.session() as s:
        undone = s.scalars(select(AuditEvent).where(AuditEvent.action == "delete")).one()
        assert (undone.table_name, undone.actor) == ("member", "chair")
        marker = s.scalars(select(AuditEvent).where(AuditEvent.action == "undo")).one()
        assert marker.change_group == undone.change_group
    assert verify(db).intact


def test_attendance_marks_are_undone_one_action_at_a_time(
        qtbot: QtBot, db: Database, boxes: Boxes) -> None:
    build_meeting(db, TWELVE_OFFICIAL)
    window = open_window(qtbot, db)
    boxes.answers.append(True)  # step 1 is not complete (no opening recorded): go on anyway
    window.go_to(2)
    page = window.stack.currentWidget()
    assert isinstance(page, AttendancePage)
    model = page.model
    first = model.rows[0].member_id
    assert model.setData(model.index(0, AttendanceModel.PRESENT), Qt.CheckState.Checked.value,
                         Qt.ItemDataRole.CheckStateRole)
    qtbot.mouseClick(page.all_present, Qt.MouseButton.LeftButton)
    assert len(marks(db)) == 12
    assert window.history.stack.undoText() == "thêm điểm danh (11)"

    undo(qtbot, window)  # "mark the rest present" goes as a whole
    assert marks(db) == {first: AttendanceStatus.present}
    assert page.electorate is not None and page.electorate.unrecorded == 11
    undo(qtbot, window)
    assert marks(db) == {}
    assert model.rows[0].mark is None
    assert page.all_present.isEnabled()
    redo(qtbot, window)
    redo(qtbot, window)
    assert len(marks(db)) == 12
    assert verify(db).intact


def test_an_undo_that_is_no_longer_possible_says_why_and_leaves_the_stack(
        qtbot: QtBot, db: Database, boxes: Boxes) -> None:
    meeting_id = build_meeting(db, TWELVE_OFFICIAL)
    window = open_window(qtbot, db)
    window.go_to(SETUP)
    page = window.stack.currentWidget()
    assert isinstance(page, SetupPage)
    page.table.selectRow(0)
    code = page.roster.rows[0].code
    boxes.answers = [rename("Nguyễn Văn Ân")]
    page.edit_selected()
    with db.session("secretary") as s, s.begin():  # changed since, by another path
        member = s.scalars(select(Member).where(Member.meeting_id == meeting_id,
                                                Member.code == code)).one()
        member.full_name = "Nguyễn Văn Ấn"

    undo(qtbot, window)
    assert names(db)[code] == "Nguyễn Văn Ấn"
    assert boxes.seen[-1][0] == "Không hoàn tác được"
    assert "đã thay đổi sau thao tác này" in boxes.seen[-1][1]
    assert window.history.stack.count() == 0
    assert verify(db).intact


def test_only_committed_changes_of_the_open_meeting_reach_the_stack(
        qtbot: QtBot, db: Database, boxes: Boxes) -> None:
    build_meeting(db, [("Nguyễn Văn An", MemberStatus.official)])
    window = open_window(qtbot, db)
    boxes.answers.append(True)  # step 1 is not complete (no opening recorded): go on anyway
    window.go_next()  # moving along the agenda is not an edit
    window.go_to(SETUP)  # showing and reading pages neither
    assert window.history.stack.count() == 0
    assert window.history.stack.undoLimit() == LIMIT
    window.controller.new_meeting()  # another meeting: the previous one's actions are gone
    assert window.history.context is window.controller.context
    assert window.history.stack.count() == 0


def test_a_draft_import_and_a_comment_are_undone_in_turn(
        qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    context = MeetingContext(db, seed_meeting(db), MeetingEvents(), actor="secretary")
    history = UndoHistory()
    history.attach(context)
    page = CollectiveReviewPage(context)
    qtbot.addWidget(page)
    monkeypatch.setattr(dialogs, "choose_draft_file", lambda _parent: SAMPLE_MD)
    page.panel.import_file()
    page.panel.form.paragraph.setValue(3)
    page.panel.form.speaker.setText("Nguyễn Văn Hùng")
    page.panel.form.text.setText("Nên nêu rõ số liệu.")
    page.panel.record_comment()
    assert (counts(db), history.stack.undoText()) == ((1, 26, 1), "thêm ý kiến")

    history.stack.undo()
    assert counts(db) == (1, 26, 0)
    assert history.stack.undoText() == "thêm đoạn dự thảo (26)"
    history.stack.undo()
    assert counts(db) == (0, 0, 0)
    history.stack.redo()
    history.stack.redo()
    assert counts(db) == (1, 26, 1)
    result = verify(db)
    assert result.intact, result.problem


def counts(db: Database) -> tuple[int, int, int]:
    """(drafts, paragraphs, comments) in the database."""
    with db.session() as s:
        return tuple(len(s.scalars(select(entity)).all())  # type: ignore[return-value]
                     for entity in (Draft, Paragraph, Comment))
