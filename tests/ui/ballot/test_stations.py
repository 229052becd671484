"""Two teller stations on one database, as two windows: the same teller chosen at the second
is a question and a message, not a crash; taking the sheet over moves it; the log names the
station and the teller."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from models.audit import AuditEvent
from models.ballot_entry import EntrySheet
from tests.helpers.ui import (
    Boxes,
    choose_teller,
    hold_the_file,
    open_reconciled_round,
    saved,
    seed_ballots,
    station,
)
from ui.context import MeetingContext


def test_the_same_teller_at_two_stations(qtbot: QtBot, context: MeetingContext,
                                         boxes: Boxes) -> None:
    first = station(qtbot, context, "Tổ 1")
    open_reconciled_round(first)
    second = station(qtbot, context, "Tổ 2")
    assert second.round_id == first.round_id
    choose_teller(first, 0)
    view = first.entry.per_ballot
    qtbot.keyClicks(view.table, seed_ballots(first)[0][:5])
    assert view.message.text() == ""

    boxes.answers.append(False)  # the second station does not take the sheet over
    choose_teller(second, 0)
    assert boxes.seen[-1][0] == "Người nhập đang ở máy khác"
    assert second.entry.stack.currentIndex() == 0
    assert "đang nhập vòng này ở máy “Tổ 1”" in second.entry.message.text()
    piles = second.entry.piles.text()
    assert "Võ Văn An (máy “Tổ 1”, từng phiếu): 0/10 phiếu" in piles
    qtbot.keyClicks(view.table, seed_ballots(first)[0][5:])
    qtbot.keyClick(view.table, Qt.Key.Key_Return)  # Tổ 1 saves its first ballot
    saved(qtbot, first)
    second.context.events.changed.emit("elsewhere")  # as the live updates tell the page
    assert "Võ Văn An (máy “Tổ 1”, từng phiếu): 1/10 phiếu" in second.entry.piles.text()

    boxes.answers.append(True)  # Tổ 1 broke down: Tổ 2 takes over, on the same ballot
    choose_teller(second, 0)
    taken = second.entry.per_ballot
    assert second.entry.stack.currentWidget() is taken
    assert taken.counter.text() == "Phiếu 2 / 10" and taken.table.currentIndex().row() == 0
    qtbot.keyClick(view.table, Qt.Key.Key_1)  # Tổ 1 comes back: refused, nothing written
    saved(qtbot, first)
    assert view.model.marks[0] == "."  # the screen shows what is stored
    assert "ở máy “Tổ 2”" in view.message.text()
    with context.db.session() as s:
        sheet = s.scalars(select(EntrySheet)).one()
        assert sheet.station == "Tổ 2" and sheet.ballots[1].marks[0] == "."
        teller = sheet.teller_name
        actors = [e.actor for e in s.scalars(select(AuditEvent).where(
            AuditEvent.table_name == "entry_sheet").order_by(AuditEvent.id))]
    assert actors == [f"teller {teller} @ Tổ 1", f"teller {teller} @ Tổ 2"]


def test_a_key_the_database_cannot_take_waits_in_order_and_goes_in_once_it_can(
        qtbot: QtBot, context: MeetingContext) -> None:
    """The database out of reach (here: another writer holding it, as a lost network would):
    the keys stay on screen, the status line says they wait, and they go in by themselves,
    in order, once it can take them."""
    page = station(qtbot, context, "Tổ 1")
    open_reconciled_round(page)
    choose_teller(page, 0)
    view = page.entry.per_ballot
    qtbot.keyClicks(view.table, "12")
    saved(qtbot, page)
    holder = hold_the_file(context.db)
    qtbot.keyClicks(view.table, "34")
    status = page.entry.per_ballot.findChild(QLabel, "save_status")
    qtbot.waitUntil(lambda: "phím đang chờ" in status.text())
    assert "giữ trong máy này" in status.text() and view.message.text() == ""
    assert view.model.marks[:5] == "1234." and view.table.currentIndex().row() == 4
    holder.rollback()
    holder.close()
    saved(qtbot, page)
    with context.db.session() as s:
        assert s.scalars(select(EntrySheet)).one().ballots[0].marks[:5] == "1234."
