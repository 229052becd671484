"""The main window: agenda, keyboard navigation, step states, reopening where the chair left,
the demo meeting on first start, placeholders for steps not built."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import select

import ui.agenda
from models.database import Database
from models.enums import StepState
from models.meeting import AgendaStep, Meeting
from models.roster import Member
from tests.helpers.builders import TWELVE_OFFICIAL, build_meeting
from tests.helpers.ui import Boxes, open_window
from ui import msgbox
from ui.agenda import ENTRIES, SETUP, page_class
from ui.ballot.page import CellsBallotPage
from ui.main_window import MainWindow
from ui.pages.announcement import AnnouncementPage
from ui.pages.attendance import AttendancePage
from ui.pages.closing import ClosingPage
from ui.pages.opening import OpeningPage
from ui.pages.placeholder import PlaceholderPage
from ui.pages.setup import SetupPage


def stored_steps(db: Database, meeting_id: int) -> tuple[int, list[StepState]]:
    with db.session() as s:
        meeting = s.get(Meeting, meeting_id)
        assert meeting is not None
        return meeting.current_step, [step.state for step in meeting.steps]


def test_keyboard_moves_along_the_agenda_and_the_states_are_stored(
        qtbot: QtBot, db: Database, boxes: Boxes) -> None:
    meeting_id = build_meeting(db, TWELVE_OFFICIAL)
    window = open_window(qtbot, db)
    assert window.heading.text() == "Bước 1/9. Khai mạc"
    assert isinstance(window.stack.currentWidget(), OpeningPage)

    boxes.answers = [True]  # the opening time is not recorded: go on anyway
    qtbot.keyClick(window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert "Chưa ghi giờ khai mạc." in boxes.texts()[-1]
    assert window.heading.text() == "Bước 2/9. Điểm danh"
    assert isinstance(window.stack.currentWidget(), AttendancePage)
    assert stored_steps(db, meeting_id) == (2, [StepState.done, StepState.current]
                                            + [StepState.pending] * 7)

    # attendance is not finished: moving on asks, "no" stays, "yes" moves and records it
    boxes.answers = [False, True]
    qtbot.keyClick(window, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert stored_steps(db, meeting_id)[0] == 2
    qtbot.keyClick(window, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert "Còn 12 người chưa điểm danh." in boxes.texts()[-1]
    assert stored_steps(db, meeting_id)[0] == 3
    with db.session() as s:
        step2 = s.scalar(select(AgendaStep).where(AgendaStep.number == 2))
        assert step2 is not None and step2.overridden_missing == "Còn 12 người chưa điểm danh."

    # going back only looks at the earlier step: the meeting stays at step 3
    qtbot.keyClick(window, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert window.heading.text() == "Bước 2/9. Điểm danh"
    assert window.subheading.text() == "Trạng thái: đã xong"
    assert window.review_note.text() == "Đang xem lại bước 2; hội nghị vẫn ở bước 3."
    assert stored_steps(db, meeting_id) == (3, [StepState.done, StepState.done,
                                                StepState.current] + [StepState.pending] * 6)
    assert window.agenda.item(3).font().bold()  # the meeting's step stays marked
    assert window.agenda.item(3).toolTip().startswith("đang làm")

    # taking the meeting back is its own button, asked first
    boxes.answers = [False, True]
    qtbot.mouseClick(window.move_back_button, Qt.MouseButton.LeftButton)
    assert stored_steps(db, meeting_id)[0] == 3
    qtbot.mouseClick(window.move_back_button, Qt.MouseButton.LeftButton)
    assert "quay lại bước 2" in boxes.texts()[-1]
    assert stored_steps(db, meeting_id) == (2, [StepState.done, StepState.done]
                                            + [StepState.pending] * 7)
    assert window.subheading.text() == "Trạng thái: đang làm"
    assert window.review_bar.isHidden()


def test_the_agenda_shows_every_step_and_its_state(qtbot: QtBot, db: Database,
                                                   boxes: Boxes) -> None:
    build_meeting(db, TWELVE_OFFICIAL)
    window = open_window(qtbot, db)
    boxes.answers = [True]  # step 1 is not complete: go on anyway
    window.go_to(4)
    texts = [window.agenda.item(row).text() for row in range(window.agenda.count())]
    assert texts[0] == "Chuẩn bị hội nghị" and texts[2] == "2. Điểm danh"
    assert len(texts) == 10
    tips = [window.agenda.item(row).toolTip() for row in range(1, 6)]
    assert [tip.split(" — ")[0] for tip in tips] == [
        "đã xong", "chưa làm", "chưa làm", "đang làm", "chưa làm"]
    assert window.agenda.item(4).font().bold()


def test_reopening_returns_to_the_same_meeting_and_step(qtbot: QtBot, db: Database,
                                                        boxes: Boxes) -> None:
    build_meeting(db, TWELVE_OFFICIAL)
    second = build_meeting(db, TWELVE_OFFICIAL[:2], year=2025)
    window = open_window(qtbot, db)
    window.controller.open_meeting(second)
    boxes.answers = [True]  # step 1 is not complete: go on anyway
    window.go_to(3)
    window.close()
    again = open_window(qtbot, db)
    assert again.controller.context is not None and again.controller.context.meeting_id == second
    assert again.heading.text() == "Bước 3/9. Chủ trì, thư ký, Ban kiểm phiếu"

    again.go_to(SETUP)
    assert isinstance(again.stack.currentWidget(), SetupPage)
    assert not again.back_button.isVisible()
    again.close()
    third = open_window(qtbot, db)
    assert third.heading.text() == "Chuẩn bị hội nghị"
    assert stored_steps(db, second)[0] == 3  # looking at the set-up page moves no step
    third.go_next()
    assert third.heading.text() == "Bước 3/9. Chủ trì, thư ký, Ban kiểm phiếu"


def test_first_start_offers_the_demo_meeting(qtbot: QtBot, db: Database, boxes: Boxes) -> None:
    boxes.answers = [True]
    window = open_window(qtbot, db)
    assert "hội nghị mẫu" in boxes.texts()[0]
    with db.session() as s:
        meeting = s.scalars(select(Meeting)).one()
        assert meeting.body == "Đảng ủy Cục Quản lý thị trường tỉnh Tiền Giang"
        assert len(s.scalars(select(Member)).all()) == 67
    assert window.windowTitle() == "Hội nghị — Đảng ủy Cục Quản lý thị trường tỉnh Tiền Giang " \
        "· 2021"
    boxes.answers = [True]  # step 1 is not complete: go on anyway
    window.go_to(2)
    page = window.stack.currentWidget()
    assert isinstance(page, AttendancePage)
    assert page.model.rowCount() == 10  # the committee members in office
    assert not page.declared.isHidden()
    assert "số được triệu tập 10, có mặt 10" in page.declared.text()


def test_first_start_without_the_demo_opens_an_empty_meeting_on_set_up(
        qtbot: QtBot, db: Database, boxes: Boxes) -> None:
    boxes.answers = [False]
    window = open_window(qtbot, db)
    assert isinstance(window.stack.currentWidget(), SetupPage)
    with db.session() as s:
        assert s.scalars(select(Meeting)).one().party_unit.name == "Chi bộ mới"


def test_the_first_start_question_stands_over_no_blank_buttons(
        qtbot: QtBot, db: Database, boxes: Boxes, monkeypatch: pytest.MonkeyPatch) -> None:
    """A newcomer's first picture: the demo question over two buttons without a word."""
    shown: list[tuple[bool, str, bool]] = []

    def look(dialog: QDialog) -> int:
        window = dialog.parentWidget()
        assert isinstance(window, MainWindow)
        shown.append((window.back_button.isHidden(), window.next_button.text(),
                      window.next_button.isEnabled()))
        return boxes.run(dialog)

    monkeypatch.setattr(msgbox, "run_modal", look)
    boxes.answers = [False]
    window = open_window(qtbot, db)
    assert shown == [(True, "Bước sau →", False)]  # no meeting yet: nothing to go to
    assert (window.next_button.text(), window.next_button.isEnabled()) == ("Bước sau →", True)


def test_steps_without_a_page_say_so_and_show_no_data(qtbot: QtBot, db: Database,
                                                      boxes: Boxes,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delitem(ui.agenda.STEP_PAGES, 9)  # every step has a page now: take one away
    build_meeting(db, TWELVE_OFFICIAL)
    window = open_window(qtbot, db)
    boxes.answers = [True]  # step 1 is not complete: go on anyway
    window.go_to(9)
    page = window.stack.currentWidget()
    assert isinstance(page, PlaceholderPage)
    label = page.findChild(type(window.heading), "notBuilt")
    assert label is not None and "chưa được xây dựng" in label.text()


def test_the_registry_names_a_page_or_nothing() -> None:
    assert [entry.key for entry in ENTRIES] == list(range(10))
    assert page_class(2) is AttendancePage and page_class(SETUP) is SetupPage
    assert page_class(7) is CellsBallotPage
    assert page_class(8) is AnnouncementPage and page_class(9) is ClosingPage
    assert all(page_class(entry.key) is not None for entry in ENTRIES)


def test_every_page_fits_the_chairs_1366_by_768_screen(qtbot: QtBot, db: Database,
                                                        boxes: Boxes) -> None:
    # the demo meeting (67 members, long names); then go on past each step's gaps (1 and 3
    # are only looked back at)
    boxes.answers = [True] * 8
    window = open_window(qtbot, db)
    for key in (SETUP, 2, 4, 5, 6, 7, 1, 3, 8, 9):
        window.go_to(key)
        needed = window.minimumSizeHint()
        # the title bar and a task bar take about 70 pixels of the 768
        assert needed.width() <= 1366 and needed.height() <= 700, (key, needed)


def test_a_refused_demo_file_is_explained_and_an_empty_meeting_opens(
        qtbot: QtBot, db: Database, boxes: Boxes, tmp_path, monkeypatch) -> None:
    import ui.main_controller

    broken = tmp_path / "demo.meeting.json"
    broken.write_text('{"format": "hoinghi.meeting/1"}', encoding="utf-8")
    monkeypatch.setattr(ui.main_controller, "DEMO_MEETING", broken)
    boxes.answers = [True]
    window = open_window(qtbot, db)
    assert boxes.seen[-1][0] == "Không mở được hội nghị mẫu"
    assert isinstance(window.stack.currentWidget(), SetupPage)
    with db.session() as s:
        assert s.scalars(select(Meeting)).one().party_unit.name == "Chi bộ mới"


@pytest.mark.parametrize("language", ["vi", "en"])
def test_the_current_step_in_bold_keeps_one_line(qtbot: QtBot, db: Database, boxes: Boxes,
                                                 language: str) -> None:
    """Step 3 in bold wrapped to two lines and moved the steps below it by 10 px."""
    build_meeting(db, TWELVE_OFFICIAL)
    window = open_window(qtbot, db, language)
    try:
        window.resize(1366, 768)
        agenda = window.agenda
        for current in range(1, agenda.count()):
            window._paint_agenda(current, current, {})  # noqa: SLF001 (the painting itself)
            QApplication.processEvents()
            heights = {agenda.visualItemRect(agenda.item(row)).height()
                       for row in range(agenda.count())}
            assert len(heights) == 1, f"step {current}: rows of {sorted(heights)} px"
    finally:
        window.controller.set_language("vi")
