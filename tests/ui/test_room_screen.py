"""The room screen shows the step, the speaker with the time, the paragraph under discussion and
the results of locked rounds, and never a figure of a round that is not locked."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontInfo, QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from models.ballot import BallotRound, RoundState
from models.database import Database
from services.ballot.reported import level_groups, stored_rounds
from services.meeting.agenda import go_to_step
from services.meeting_file.store import import_meeting
from services.review.speaking import SpeakingClock
from tests.helpers import SEED_MEETING
from tests.helpers.clipping import clipped
from tests.helpers.ui import open_window, room_texts
from ui.context import MeetingContext, MeetingEvents
from ui.room_screen import RoomScreen


def round_figures(db: Database, meeting_id: int, code: str) -> list[str]:
    """What a round's result would put on a screen: each level's sentence and each name."""
    with db.session() as s:
        (reported,) = [r for r in stored_rounds(s, meeting_id) if r.result.round.round_id == code]
        groups = level_groups(reported)
    return [sentence for sentence, _names in groups] + [
        name for _sentence, names in groups for name, _detail in names]


def lock(db: Database, meeting_id: int, code: str) -> None:
    with db.session("head teller") as s, s.begin():
        round_ = s.scalars(select(BallotRound).where(BallotRound.meeting_id == meeting_id,
                                                     BallotRound.code == code)).one()
        round_.state = RoundState.locked
        round_.locked_at = dt.datetime(2022, 1, 14, 10, 30)
        round_.locked_by = "Trưởng ban kiểm phiếu"


@pytest.fixture
def meeting(db: Database) -> int:
    return import_meeting(db, SEED_MEETING)


def changed(qtbot: QtBot, screen: RoomScreen, what: str) -> None:
    """Data changed: the screen reloads once the burst is over."""
    with qtbot.waitSignal(screen.pending.timeout):
        screen.context.events.changed.emit(what)


def make_screen(qtbot: QtBot, context: MeetingContext) -> RoomScreen:
    screen = RoomScreen(context)
    qtbot.addWidget(screen)
    screen.resize(1280, 720)
    screen.show()
    return screen


def test_an_open_round_never_reaches_the_room_and_a_locked_one_does(
        qtbot: QtBot, db: Database, meeting: int) -> None:
    open_figures = round_figures(db, meeting, "chi-bo")
    locked_figures = round_figures(db, meeting, "dang-vien")
    context = MeetingContext(db, meeting, MeetingEvents())
    screen = make_screen(qtbot, context)
    shown = room_texts(screen)
    for figure in open_figures + locked_figures:
        assert figure not in shown  # neither round is locked yet

    lock(db, meeting, "dang-vien")
    changed(qtbot, screen, "rounds")
    shown = room_texts(screen)
    assert ("13 đảng viên Hoàn thành xuất sắc nhiệm vụ"
            " (chiếm 13/67 đảng viên được xếp loại = 19,4%)") in locked_figures
    for figure in locked_figures:
        assert figure in shown
    for figure in open_figures:
        assert figure not in shown
    assert "chi bộ" not in "\n".join(shown).replace("Chi bộ", "")  # nor the open round's title

    with db.session("chair") as s, s.begin():  # reopened: a new, open revision
        old = s.scalars(select(BallotRound).where(BallotRound.code == "dang-vien")).one()
        s.add(BallotRound(meeting_id=meeting, code="dang-vien", subject_kind=old.subject_kind,
                          rules=old.rules, revision=2, reopen_reason="Nhập nhầm một phiếu"))
    changed(qtbot, screen, "rounds")
    shown = room_texts(screen)
    for figure in open_figures + locked_figures:
        assert figure not in shown


def test_the_speaker_time_and_paragraph_follow_the_chair(
        qtbot: QtBot, db: Database, meeting: int) -> None:
    now = [100.0]
    clock = SpeakingClock(300, lambda: now[0])
    context = MeetingContext(db, meeting, MeetingEvents())
    screen = make_screen(qtbot, context)
    assert not screen.speaker_box.isVisible() and not screen.paragraph.isVisible()
    assert screen.step.text() == "Bước 1/9. Khai mạc"

    clock.start("Võ Hữu Ẩn")
    context.events.speaker_changed.emit(clock)
    context.events.paragraph_focused.emit(3, "Công tác lãnh đạo thực hiện nhiệm vụ chính trị.")
    now[0] += 250
    screen.show_time()
    assert screen.speaker.text() == "Phát biểu: Võ Hữu Ẩn"
    assert screen.time.text() == "04:10 / 05:00"
    assert "#ffb74d" in screen.time.styleSheet()  # amber in the last fifth
    assert screen.paragraph_title.text() == "Đoạn 3 của dự thảo"
    assert screen.paragraph.text() == "Công tác lãnh đạo thực hiện nhiệm vụ chính trị."
    assert screen.speaker_box.isVisible() and screen.paragraph.isVisible()

    context.events.paragraph_focused.emit(0, "")
    assert not screen.paragraph.isVisible()

    context.events.paragraph_focused.emit(4, "1. Về tư tưởng chính trị")
    with db.session("chair") as s, s.begin():  # the meeting moves on: the room forgets them
        go_to_step(s, meeting, 2)
    changed(qtbot, screen, "steps")
    assert screen.step.text() == "Bước 2/9. Điểm danh"
    assert not screen.speaker_box.isVisible() and not screen.paragraph.isVisible()
    assert screen.time.text() == ""


def test_a_room_screen_opened_later_starts_with_what_is_current(
        qtbot: QtBot, db: Database, meeting: int) -> None:
    window = open_window(qtbot, db)
    assert window.controller.context is not None
    window.controller.context.events.paragraph_focused.emit(2, "Thực hiện Kế hoạch của Đảng ủy")
    qtbot.keyClick(window.agenda, Qt.Key.Key_F5)
    room = window.room.room
    assert isinstance(room, RoomScreen) and room.isVisible()
    assert room.context is window.controller.context
    assert room.paragraph.text() == "Thực hiện Kế hoạch của Đảng ủy"
    qtbot.keyClick(window.agenda, Qt.Key.Key_F5)
    assert window.room.room is None


def test_the_screen_menu_lists_the_screens_connected_now(qtbot: QtBot, db: Database,
                                                          meeting: int) -> None:
    window = open_window(qtbot, db)
    menu = window.room.menu(window)
    (choose,) = [a.menu() for a in menu.actions() if a.menu() is not None]
    choose.aboutToShow.emit()
    names = [a.data() for a in choose.actions()]
    assert names == [s.name() for s in QGuiApplication.screens()]
    assert [a.isChecked() for a in choose.actions()] == [
        s is window.room.target_screen() for s in QGuiApplication.screens()]
    window.room.open()
    choose.actions()[0].trigger()
    assert window.room.screen_name == names[0]
    assert window.room.room is not None and window.room.room.screen().name() == names[0]
    window.room.close()


@pytest.mark.parametrize("size", [(1366, 768), (1024, 768), (1920, 1080)])
def test_the_results_are_readable_from_the_back_of_the_room(
        qtbot: QtBot, db: Database, meeting: int, size: tuple[int, int]) -> None:
    """No text under 1/36 of the screen's height, nothing cut, every page within the screen,
    and across the pages each name of both rounds once, under its level."""
    for code in ("dang-vien", "chi-bo"):
        lock(db, meeting, code)
    screen = make_screen(qtbot, MeetingContext(db, meeting, MeetingEvents()))
    screen.resize(*size)
    qtbot.waitUntil(lambda: screen.results.pages and screen.results.height() > 0)
    QApplication.processEvents()  # the layout in the new type sizes
    smallest = size[1] / 36
    names: list[str] = []
    pages = len(screen.results.pages)
    assert pages > 1  # 67 members and 8 cells do not fit one screen at that size
    for page in range(pages):
        if page:
            qtbot.keyClick(screen, Qt.Key.Key_PageDown)  # as the chair turns it
            QApplication.processEvents()
        assert screen.results.page_number.text() == f"Trang {page + 1}/{pages}"
        labels = [label for label in screen.findChildren(QLabel) if label.isVisible()]
        for label in labels:
            assert QFontInfo(label.font()).pixelSize() >= smallest, (label.text(), size)
        qtbot.wait(50)
        assert clipped(screen) == [], (page, size)
        body = screen.results.body
        assert body.geometry().bottom() <= screen.results.page_number.geometry().top()
        names += [label.text() for label in labels if label.objectName() == "names"]
    expected = round_figures(db, meeting, "dang-vien") + round_figures(db, meeting, "chi-bo")
    expected_names = [text for text in expected if "(chiếm" not in text]
    assert sorted(names) == sorted(expected_names)
    qtbot.keyClick(screen, Qt.Key.Key_PageDown)
    assert screen.results.page_number.text() == f"Trang 1/{pages}"  # round again
