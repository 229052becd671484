"""The chair's actions on the vote page reach the undo stack; the tellers' counts never do."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from models.audit import AuditEvent
from models.ballot import RoundSubject
from models.ballot_entry import EntryMode
from models.enums import Level
from services.ballot.sheets import round_subjects, start_sheet
from services.integrity.audit import verify
from tests.helpers.piles import key_pile, pile, seed_counts
from tests.helpers.ui import open_reconciled_round, show_page
from ui.ballot.page import BallotPage
from ui.ballot.tables import ResultModel
from ui.context import MeetingContext
from ui.undo import UndoHistory

CTRL = Qt.KeyboardModifier.ControlModifier


def page_with_undo(qtbot: QtBot, context: MeetingContext) -> tuple[BallotPage, UndoHistory]:
    """The vote page with Ctrl+Z / Ctrl+Y, reloaded after an undo as the main window does."""
    history = UndoHistory()
    history.attach(context)
    page = show_page(qtbot, context)
    page.addActions(list(history.actions(page)))
    history.applied.connect(page.refresh)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)  # shortcuts reach the active window only
    return page, history


def test_a_reconciliation_is_undone_and_the_form_shows_the_figures_before(
        qtbot: QtBot, context: MeetingContext) -> None:
    page, history = page_with_undo(qtbot, context)
    open_reconciled_round(page)
    form = page.reconciliation
    form.edits["returned"].setText("9")
    form.save_button.click()
    assert "không thu lại" in form.messages["returned"].text()
    qtbot.keyClick(form.save_button, Qt.Key.Key_Z, CTRL)
    assert (form.edits["issued"].text(), form.edits["returned"].text()) == ("10", "10")
    assert history.stack.undoText() == "sửa vòng biểu quyết"  # the first reconciliation
    assert verify(context.db).intact


def test_a_decision_is_undone_with_ctrl_z_and_the_log_stays_intact(
        qtbot: QtBot, context: MeetingContext) -> None:
    page, history = page_with_undo(qtbot, context)
    db = context.db

    round_id = open_reconciled_round(page)
    page.double_entry.click()  # off
    counts = seed_counts()
    counts["m01"] = (6, 4, 0, 0, 0)  # a 14th excellent: five tie at 6 votes for 12 places
    codes = [row.code for row in round_subjects(db, round_id)]
    teller = page.entry.tellers.itemData(0)
    key_pile(db, start_sheet(db, round_id, teller, EntryMode.per_ballot).id, pile(counts, codes))
    page.refresh()
    page.tabs.setCurrentIndex(page.DIFFERENCES)
    page.differences.agree_button.click()
    page.tabs.setCurrentIndex(page.RESULT)
    view = page.result
    row = next(n for n, s in enumerate(view.model.rows) if s.subject.code == "m13")
    view.table.selectRow(row)
    view.decision_level.setCurrentIndex(2)  # HTTNV
    view.decision_reason.setText("Hội nghị biểu quyết lại")
    view.decide_button.click()
    assert view.model.cell(row, ResultModel.DECISION) == "HTTNV: Hội nghị biểu quyết lại"
    # The chair's actions are on the stack; the keyed pile and the agreed counts are not.
    assert [history.stack.text(i) for i in range(history.stack.count())] == [
        "thêm đối tượng bỏ phiếu (67)", "sửa vòng biểu quyết", "sửa vòng biểu quyết",
        "sửa quyết định của chủ trì"]

    qtbot.keyClick(view.table, Qt.Key.Key_Z, CTRL)
    assert view.model.cell(row, ResultModel.DECISION) == "cần quyết định"
    with db.session() as s:
        subject = s.scalars(select(RoundSubject).where(
            RoundSubject.round_id == round_id, RoundSubject.id == view.model.rows[row].subject.id
        )).one()
        assert (subject.decision_level, subject.decision_reason) == (None, "")
        assert s.scalars(select(AuditEvent.action).where(
            AuditEvent.table_name == "change_group")).all()[-1] == "undo"
    result = verify(db)
    assert result.intact, result.problem
    qtbot.keyClick(view.table, Qt.Key.Key_Y, CTRL)
    assert view.model.cell(row, ResultModel.DECISION) == "HTTNV: Hội nghị biểu quyết lại"
    with db.session() as s:
        assert s.get_one(RoundSubject, subject.id).decision_level is Level.HTTNV
