"""Enter opens the next ballot on screen at once, before the writer has saved this one: the
keys typed on it show at once and are saved on that ballot, in order, once the writer answers;
a refused Enter puts the ballot back as it was. The rest of the window hears of the ballots
saved once the keys pause. A key changes only its row's cells, an invalid row shaded across."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

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
from ui.ballot.entry import EntryPanel
from ui.context import MeetingContext


def test_the_next_ballot_is_keyed_while_the_last_one_is_being_saved(
        qtbot: QtBot, context: MeetingContext) -> None:
    page = station(qtbot, context, "Tổ 1")
    open_reconciled_round(page)
    first, second = seed_ballots(page)[:2]
    choose_teller(page, 0)
    view = page.entry.per_ballot
    qtbot.keyClicks(view.table, first)
    saved(qtbot, page)
    # The writer cannot answer: another connection holds the file (as a slow disk would).
    holder = hold_the_file(context.db)
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert view.counter.text() == "Phiếu 2 / 10"
    assert set(view.model.marks) == {"."} and view.table.currentIndex().row() == 0
    qtbot.keyClicks(view.table, second[:3])
    assert view.model.marks[:4] == second[:3] + "."
    assert view.table.currentIndex().row() == 3
    assert page.entry.writer.unsaved == 1  # the Enter; the keys after it wait for its answer
    holder.rollback()
    holder.close()
    saved(qtbot, page)
    assert view.counter.text() == "Phiếu 2 / 10" and view.message.text() == ""
    assert view.model.marks[:4] == second[:3] + "."
    with context.db.session() as s:
        ballots = s.scalars(select(EntrySheet)).one().ballots
        assert [(b.number, b.complete) for b in ballots] == [(1, True), (2, False)]
        assert ballots[0].marks == first and ballots[1].marks[:4] == second[:3] + "."


def test_a_refused_enter_puts_the_ballot_back(qtbot: QtBot, context: MeetingContext,
                                              boxes: Boxes) -> None:
    first_station = station(qtbot, context, "Tổ 1")
    open_reconciled_round(first_station)
    marks = seed_ballots(first_station)[0]
    choose_teller(first_station, 0)
    view = first_station.entry.per_ballot
    qtbot.keyClicks(view.table, marks)
    saved(qtbot, first_station)
    boxes.answers.append(True)  # Tổ 1 seemed broken: Tổ 2 takes the sheet over
    choose_teller(station(qtbot, context, "Tổ 2"), 0)
    qtbot.keyClick(view.table, Qt.Key.Key_Return)  # Tổ 1's Enter: refused by the writer
    assert view.counter.text() == "Phiếu 2 / 10"  # shown at once, before the answer
    qtbot.keyClick(view.table, Qt.Key.Key_1)
    saved(qtbot, first_station)
    assert view.counter.text() == "Phiếu 1 / 10"
    assert view.model.marks == marks  # the key typed on the next ballot went with it
    assert "ở máy “Tổ 2”" in view.message.text()
    with context.db.session() as s:
        ballots = s.scalars(select(EntrySheet)).one().ballots
        assert [(b.number, b.complete, b.marks) for b in ballots] == [(1, False, marks)]


def test_the_window_hears_of_a_burst_of_ballots_once_when_the_keys_pause(
        qtbot: QtBot, context: MeetingContext, monkeypatch: pytest.MonkeyPatch) -> None:
    """What follows the entries (status bar, chair's script, documents) reads the meeting:
    one reading for the ballots keyed in a row, after them, not one per ballot."""
    monkeypatch.setattr(EntryPanel, "SETTLE_MS", 2000)  # a pause, whatever the machine's load
    page = station(qtbot, context, "Tổ 1")
    open_reconciled_round(page)
    heard: list[str] = []
    page.context.events.changed.connect(heard.append)
    choose_teller(page, 0)
    view = page.entry.per_ballot
    ballots = seed_ballots(page)
    for marks in ballots[:3]:
        qtbot.keyClicks(view.table, marks)
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    saved(qtbot, page)
    assert view.counter.text() == "Phiếu 4 / 10" and heard == []
    qtbot.waitUntil(lambda: heard != [], timeout=10_000)
    assert heard == ["rounds"]
    qtbot.keyClicks(view.table, ballots[3])  # one more, then the teller leaves the keys:
    qtbot.keyClick(view.table, Qt.Key.Key_Return)  # told at once
    saved(qtbot, page)
    assert heard == ["rounds"]
    page.tabs.setCurrentIndex(page.DIFFERENCES)
    assert heard == ["rounds", "rounds"]


def test_a_row_keyed_invalid_is_marked_across_and_cleared_with_it(
        qtbot: QtBot, context: MeetingContext) -> None:
    page = station(qtbot, context, "Tổ 1")
    open_reconciled_round(page)
    choose_teller(page, 0)
    view = page.entry.per_ballot

    def row(n: int) -> list[tuple[str, bool]]:  # each mark cell: its text, shaded or not
        return [(view.model.item(n, column).text(),
                 view.model.item(n, column).background().style() != Qt.BrushStyle.NoBrush)
                for column in range(2, 7)]

    qtbot.keyClicks(view.table, "20")
    assert row(0) == [("", False), ("X", False), ("", False), ("", False), ("", False)]
    assert row(1) == [("", True)] * 4 + [("X", True)]
    view.table.setCurrentIndex(view.model.index(1, 1))
    qtbot.keyClick(view.table, Qt.Key.Key_Backspace)
    assert row(1) == [("", False)] * 5
    qtbot.keyClick(view.table, Qt.Key.Key_3)
    assert row(1) == [("", False), ("", False), ("X", False), ("", False), ("", False)]
    saved(qtbot, page)
    with context.db.session() as s:
        assert s.scalars(select(EntrySheet)).one().ballots[0].marks[:3] == "23."
