"""Issue 13: before "Thống nhất số liệu" the results tab says in one sentence what is missing and
which button does it; the differences name the paper ballots to pull; at 2,000 members the
warnings are grouped and the table keeps its rows."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from models.database import Database
from services.ballot.sheets import round_subjects
from services.meeting_file.store import import_meeting
from tests.helpers.generated import generated_meeting_file
from tests.helpers.piles import approve_tellers, call_the_roll, miskeyed
from tests.helpers.review import seed_meeting
from tests.helpers.ui import (
    key_ballots,
    open_reconciled_round,
    seed_ballots,
    show_page,
    start_teller,
)
from ui.ballot.page import BallotPage
from ui.ballot.tables import INVALID_HEADER, LEVEL_HEADERS
from ui.context import MeetingContext, MeetingEvents

WAITING_AGREEMENT = "Chưa thống nhất số liệu: bấm «Thống nhất số liệu» ở thẻ 3 «Chênh lệch»."


def keyed_twice(qtbot: QtBot, page: BallotPage,
                spots: list[tuple[int, int]] | None = None) -> None:
    """The seed pile keyed by two tellers, the second one wrong at (ballot, row) `spots`."""
    open_reconciled_round(page)
    ballots = seed_ballots(page)
    start_teller(qtbot, page, 0)
    key_ballots(qtbot, page, ballots)
    start_teller(qtbot, page, 1)
    key_ballots(qtbot, page, miskeyed(ballots, spots or []))


def test_the_differences_name_the_ballots_to_pull_and_the_result_waits_for_them(
        qtbot: QtBot, page: BallotPage) -> None:
    keyed_twice(qtbot, page, [(0, 3), (4, 40), (4, 66), (9, 66)])
    page.tabs.setCurrentIndex(page.DIFFERENCES)
    model = page.differences.model
    assert page.round_id is not None
    names = [row.name for row in round_subjects(page.context.db, page.round_id)]
    last = model.PULL
    assert model.headerData(last, Qt.Orientation.Horizontal) == "Phiếu cần\nxem lại"
    pulled = {model.cell(row, 1): model.cell(row, last) for row in range(model.rowCount())}
    assert pulled == {names[3]: "1", names[40]: "5", names[66]: "5, 10"}
    assert ("Rút các phiếu giấy số 1, 5, 10 (số thứ tự khi nhập, cột «Phiếu cần xem lại») để "
            "xem lại.") in page.differences.summary.text()
    page.tabs.setCurrentIndex(page.RESULT)
    assert page.result.summary.text() == (
        "Hai bản nhập còn khác nhau: xem thẻ 3 «Chênh lệch», kiểm lại các phiếu giấy ghi ở đó "
        "và sửa bản nhập sai.\nChưa tính được kết quả.")


def test_keyed_alike_the_result_says_press_agree_on_tab_3_then_shows_the_levels(
        qtbot: QtBot, page: BallotPage) -> None:
    keyed_twice(qtbot, page)
    page.tabs.setCurrentIndex(page.RESULT)
    view = page.result
    assert view.summary.text() == f"{WAITING_AGREEMENT}\nChưa tính được kết quả."
    assert not view.lock_button.isEnabled()
    page.tabs.setCurrentIndex(page.DIFFERENCES)
    page.differences.agree_button.click()
    page.tabs.setCurrentIndex(page.RESULT)
    assert WAITING_AGREEMENT not in view.summary.text()
    assert "HTXSNV: 13/67 đảng viên được xếp loại = 19,4%" in view.summary.text()
    assert view.lock_button.isEnabled()


def test_totals_entry_says_it_knows_no_ballot_numbers(qtbot: QtBot, page: BallotPage) -> None:
    open_reconciled_round(page)
    ballots = seed_ballots(page)
    start_teller(qtbot, page, 0)
    key_ballots(qtbot, page, ballots)
    page.entry.switch_button.click()
    page.entry.tellers.setCurrentIndex(1)
    page.entry.mode.setCurrentIndex(1)  # totals
    page.entry.start_button.click()
    page.tabs.setCurrentIndex(page.DIFFERENCES)
    assert page.differences.model.rowCount() > 0  # totals all zero: every row differs
    last = page.differences.model.PULL
    assert page.differences.model.cell(0, last) == "nhập theo tổng số: đếm lại cả xấp"
    assert ("Một bản nhập theo tổng số nên không biết phiếu nào khác: đếm lại cả xấp phiếu "
            "cho các dòng này.") in page.differences.summary.text()


def test_at_two_thousand_members_the_warnings_are_grouped_and_the_table_keeps_its_rows(
        qtbot: QtBot, db: Database, tmp_path: Path) -> None:
    path = tmp_path / "generated.meeting.json"
    path.write_text(json.dumps(generated_meeting_file(), ensure_ascii=False), encoding="utf-8")
    meeting_id = import_meeting(db, path)
    call_the_roll(db, meeting_id)
    approve_tellers(db, meeting_id)
    page = show_page(qtbot, MeetingContext(db, meeting_id, MeetingEvents()))
    page.round_list.setCurrentIndex(page.rounds.index(0))
    page.tabs.setCurrentIndex(page.RESULT)
    QApplication.processEvents()
    view = page.result
    lines = view.summary.text().split("\n")
    gap = next(line for line in lines if "cách mức tự xếp loại" in line)
    assert gap.startswith(tuple(f"{n} đối tượng" for n in range(2, 2001)))
    assert gap.count(",") <= 5 and "người khác" in gap  # the first names, the rest counted
    assert len(lines) <= 8
    rows = view.table.viewport().height() // view.table.rowHeight(0)
    assert rows >= 10, rows
    page.grab().save(str(tmp_path / "results-2000.png"))


def test_a_slip_shows_only_its_levels_columns_and_the_table_fits_the_laptop(
        qtbot: QtBot, page: BallotPage) -> None:
    """A newcomer's second teller slipped on ballot 7: the differing figure lay off the screen,
    past every level's column for both tellers."""
    keyed_twice(qtbot, page, [(6, 3)])
    page.resize(1000, 600)  # the page's share of a 1366×768 window beside the agenda
    page.tabs.setCurrentIndex(page.DIFFERENCES)
    table, model = page.differences.table, page.differences.model
    (difference,) = model.rows
    shown = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())
             if not table.isColumnHidden(c)]
    levels = (*LEVEL_HEADERS, INVALID_HEADER)
    differing = [levels[slot] for slot in difference.differing_columns()]
    assert len(differing) == 2  # one mark moved from one level to another
    assert shown[3:] == [f"{level}\n{teller}" for level in differing
                         for teller in page.differences.model.tellers]
    assert model.cell(0, model.PULL) == "7"
    QApplication.processEvents()
    assert table.horizontalScrollBar().maximum() == 0  # nothing to scroll sideways to


def test_before_any_round_the_page_says_to_open_one_and_sets_nothing(
        qtbot: QtBot, db: Database) -> None:
    """A newcomer found step 7 all grey with nothing pointing to «Mở vòng mới», and the members'
    «Nhập hai lần» ticked there, on no round."""
    meeting_id = seed_meeting(db)  # no rounds yet
    call_the_roll(db, meeting_id)
    approve_tellers(db, meeting_id)
    page = show_page(qtbot, MeetingContext(db, meeting_id, MeetingEvents()))
    assert page.start_hint.text() == "Chưa mở vòng nào: bấm «Mở vòng mới» để bắt đầu."
    assert not page.tabs.isEnabled()
    assert not page.double_entry.isEnabled() and not page.double_entry.isChecked()
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    assert page.round_id is not None and page.tabs.isEnabled()
    assert page.start_hint.text() == "" and page.double_entry.isEnabled()
