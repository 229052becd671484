"""Issue 13: with blind double entry, the first teller's finished pile tells the second teller
what to do, the chooser then offers the teller who has not keyed, and the results tab names the
missing second entry and the button that starts it."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from services.ballot.sheets import approved_tellers
from tests.helpers.ui import key_ballots, open_reconciled_round, seed_ballots, start_teller
from ui.ballot.page import BallotPage

SECOND_ENTRY = ("Còn thiếu bản nhập của người nhập thứ hai: ở thẻ 2 «Nhập phiếu», bấm «Đổi "
                "người nhập», chọn tên người nhập thứ hai rồi bấm «Bắt đầu nhập» và nhập lại cả "
                "xấp phiếu.")
AGREEMENT = "Chưa thống nhất số liệu: bấm «Thống nhất số liệu» ở thẻ 3 «Chênh lệch»."


def first_pile_keyed(qtbot: QtBot, page: BallotPage) -> list[str]:
    """The seed pile keyed whole by the head teller (the first in the chooser)."""
    open_reconciled_round(page)
    ballots = seed_ballots(page)
    start_teller(qtbot, page, 0)
    key_ballots(qtbot, page, ballots)
    return ballots


def test_the_finished_pile_tells_the_second_teller_which_button_to_press(
        qtbot: QtBot, page: BallotPage) -> None:
    ballots = first_pile_keyed(qtbot, page)
    view = page.entry.per_ballot
    assert view.hint.text() == SECOND_ENTRY
    page.entry.switch_button.click()
    page.entry.start_button.click()  # the teller preselected: the one who has not keyed
    assert view.hint.text().startswith("Phím: 1 = HTXSNV")
    key_ballots(qtbot, page, ballots)
    assert view.hint.text() == AGREEMENT


def test_the_chooser_preselects_the_teller_who_has_not_keyed_this_round(
        qtbot: QtBot, page: BallotPage) -> None:
    first, second = approved_tellers(page.context.db, page.context.meeting_id)[:2]
    open_reconciled_round(page)
    page.tabs.setCurrentIndex(page.ENTRY)
    assert page.entry.tellers.currentText() == f"{first.name} (Trưởng ban)"  # nobody keyed yet
    page.entry.start_button.click()
    key_ballots(qtbot, page, seed_ballots(page))
    page.entry.switch_button.click()
    assert page.entry.tellers.currentText() == second.name
    page.entry.start_button.click()
    assert page.entry.per_ballot.teller.text() == f"Người nhập: {second.name}"
    page.entry.switch_button.click()  # the second leaves half way: both sheets begun,
    assert page.entry.tellers.currentText() == second.name  # the unfinished pile is offered


def test_the_results_tab_names_the_missing_second_entry_and_its_button(
        qtbot: QtBot, page: BallotPage) -> None:
    first_pile_keyed(qtbot, page)
    page.tabs.setCurrentIndex(page.RESULT)
    assert page.result.summary.text() == f"{SECOND_ENTRY}\nChưa tính được kết quả."
