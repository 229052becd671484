"""The ballot page at a teller station re-reads itself when the chair's laptop changes the
round (as the live updates tell it: ui/live.py): double entry, the agreement on the result tab,
the lock; a pile being keyed is never disturbed. What the station may not do is a message."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from services.ballot.compare import agree
from services.ballot.rounds import head_tellers, lock_round
from services.stations.names import actor_name
from tests.helpers.ui import open_reconciled_round, saved, seed_ballots, show_page
from ui.ballot.page import BallotPage
from ui.context import MeetingContext, MeetingEvents


def told(page: BallotPage) -> None:
    page.context.events.changed.emit("elsewhere")  # as ui/live.py tells the station's pages


def test_the_station_sees_what_the_chair_does_without_touching_anything(
        qtbot: QtBot, context: MeetingContext) -> None:
    chair = show_page(qtbot, context)
    round_id = open_reconciled_round(chair)
    station = show_page(qtbot, MeetingContext(context.db, context.meeting_id, MeetingEvents(),
                                              actor_name("teller", "Tổ 2"), "Tổ 2"))
    assert station.round_id == round_id and station.double_entry.isChecked()

    station.tabs.setCurrentIndex(station.ENTRY)
    station.entry.tellers.setCurrentIndex(0)
    station.entry.start_button.click()
    ballots = seed_ballots(station)
    view = station.entry.per_ballot
    qtbot.keyClicks(view.table, ballots[0][:3])  # half a ballot keyed when the chair acts
    chair.double_entry.click()  # one teller's entry is enough
    told(station)
    assert not station.double_entry.isChecked()
    assert station.entry.stack.currentWidget() is view  # the pile stays as it was
    assert view.counter.text() == "Phiếu 1 / 10"
    # What only the chair's laptop does is refused at the station, with a message.
    station.double_entry.click()
    assert not station.double_entry.isChecked()
    assert station.message.text().startswith("Máy “Tổ 2” là máy nhập phiếu: chỉ máy chủ tọa "
                                             "mới được thay đổi vòng biểu quyết")
    qtbot.keyClicks(view.table, ballots[0][3:])
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    saved(qtbot, station)
    for marks in ballots[1:]:
        qtbot.keyClicks(view.table, marks)
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
        saved(qtbot, station)
    assert view.counter.text() == "Đã nhập đủ 10 / 10 phiếu"

    station.tabs.setCurrentIndex(station.RESULT)
    assert station.result.summary.text().split("\n") == [
        "Chưa thống nhất số liệu: bấm «Thống nhất số liệu» ở thẻ 3 «Chênh lệch».",
        "Chưa tính được kết quả."]
    agree(context.db, round_id, actor="chair")
    told(station)
    assert station.result.summary.text().startswith("HTXSNV: ")
    with context.db.session() as s:
        head = head_tellers(s, context.meeting_id)[0].id
    lock_round(context.db, round_id, head)
    told(station)
    listed = station.rounds.index(station.rounds.row_of(round_id))
    assert station.rounds.data(listed).startswith("[Đã khóa] ")
    assert "Đã khóa (ký biên bản) bởi" in station.result.summary.text()
    assert station.entry.stack.currentIndex() == 0  # back to the picker: nothing to key
    assert station.reconciliation.edits["issued"].isReadOnly()
