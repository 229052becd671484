"""Steps 1 and 9 on screen: what the chair records is stored at once and the gaps are named."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from models.database import Database
from services.proceedings.opening_closing import guests_of, stored_proceedings
from tests.helpers import PROJECT_ROOT
from ui import msgbox
from ui.context import MeetingContext
from ui.i18n import Translations
from ui.pages.closing import ClosingPage
from ui.pages.opening import OpeningPage


def test_the_opening_records_time_purpose_and_guests(qtbot: QtBot, db: Database,
                                                     context: MeetingContext) -> None:
    page = OpeningPage(context)
    qtbot.addWidget(page)
    assert page.missing() == ["Chưa ghi giờ khai mạc.", "Chưa ghi mục đích, yêu cầu của hội nghị."]
    assert page.purpose.toPlainText().startswith("Kiểm điểm, đánh giá, xếp loại")  # suggested
    page.opened_at.edit.setText("7h30")
    page.opened_at.edit.editingFinished.emit()
    page.guest_name.setText("Lê Văn Tám")  # QTest types ASCII only
    page.guest_position.setText("Phó Bí thư Đảng ủy Khối")
    qtbot.mouseClick(page.add, Qt.MouseButton.LeftButton)
    page.guest_name.setText("Lê Văn Tám")
    qtbot.keyClick(page.guest_name, Qt.Key.Key_Return)
    assert "đã có trong danh sách" in page.message.text()
    page.guest_name.clear()
    page.guest_name.setText("Trần Văn Chín")
    page.add_guest()
    assert page.guests.rowCount() == 2
    page.guests.selectRow(1)
    page.remove_guest()
    assert page.missing() == []
    with db.session() as s:
        record = stored_proceedings(s, context.meeting_id)
        assert record is not None and record.opened_at == dt.time(7, 30)
        assert [(g.name, g.position) for g in guests_of(s, context.meeting_id)] == [
            ("Lê Văn Tám", "Phó Bí thư Đảng ủy Khối")]


def test_adding_a_guest_keeps_the_opening_button_where_it_was(qtbot: QtBot,
                                                             context: MeetingContext) -> None:
    """A newcomer's click on "Ghi khai mạc" just after adding a guest landed in the purpose: the
    first guest made the opening box 44 px taller."""
    page = OpeningPage(context)
    qtbot.addWidget(page)
    page.resize(1088, 640)  # the page's room in the 1366×768 window
    page.show()
    qtbot.waitExposed(page)
    before = page.save.mapTo(page, QPoint(0, 0))
    qtbot.mouseClick(page.opened_at.now, Qt.MouseButton.LeftButton)  # "Bây giờ"
    page.guest_name.setText("Nguyen Thi Kim Ngan")
    page.guest_position.setText("Pho Bi thu Dang uy So Tai chinh")
    qtbot.mouseClick(page.add, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.guests.rowCount() == 1)
    QApplication.processEvents()
    assert page.save.mapTo(page, QPoint(0, 0)) == before


def test_a_bad_opening_time_is_refused_and_nothing_saved(qtbot: QtBot, db: Database,
                                                         context: MeetingContext) -> None:
    page = OpeningPage(context)
    qtbot.addWidget(page)
    page.opened_at.edit.setText("7:61")
    page.record_opening()
    assert "không hợp lệ" in page.message.text()
    with db.session() as s:
        assert stored_proceedings(s, context.meeting_id) is None


def test_closing_imports_conclusions_records_the_vote_and_the_time(
        qtbot: QtBot, db: Database, context: MeetingContext,
        monkeypatch: pytest.MonkeyPatch) -> None:
    page = ClosingPage(context)
    qtbot.addWidget(page)
    assert page.missing() == ["Chưa có kết luận của chủ trì.",
                              "Biên bản hội nghị chưa được biểu quyết thông qua.",
                              "Chưa ghi giờ bế mạc."]
    source = PROJECT_ROOT / "tests" / "data" / "drafts" / "bao-cao-kiem-diem.docx"
    monkeypatch.setattr(msgbox, "choose_file", lambda *_args: source)
    page.import_conclusions()
    assert page.source.text() == "Từ tệp: bao-cao-kiem-diem.docx"
    broken = PROJECT_ROOT / "tests" / "data" / "drafts" / "hong.docx"
    monkeypatch.setattr(msgbox, "choose_file", lambda *_args: broken)
    page.import_conclusions()
    assert page.message.text() and page.source.text().endswith("bao-cao-kiem-diem.docx")
    page.commitments.setPlainText("Khắc phục trong quý I")
    page.record_conclusions()
    qtbot.mouseClick(page.unanimous, Qt.MouseButton.LeftButton)
    assert page.votes_for.value() == 10
    qtbot.mouseClick(page.record_vote, Qt.MouseButton.LeftButton)
    assert page.vote_result.text() == ("Biên bản đã được thông qua: 10/10 tán thành, 0 không "
                                       "tán thành: thông qua (quá bán)")
    english = Translations()
    english.install("en")  # the English window read "12/12 tán thành … thông qua (quá bán)"
    try:
        page.refresh()
        assert page.vote_result.text() == ("The minutes are adopted: 10/10 for, 0 against: "
                                           "adopted (more than half)")
    finally:
        english.install("vi")
    page.closed_at.edit.setText("11:05")
    page.closed_at.edit.editingFinished.emit()
    assert page.missing() == []
    with db.session() as s:
        record = stored_proceedings(s, context.meeting_id)
        assert record is not None
        assert record.conclusions_source == "bao-cao-kiem-diem.docx"
        assert record.commitments == "Khắc phục trong quý I"
        assert (record.minutes_votes_for, record.minutes_votes_against) == (10, 0)
        assert record.minutes_adopted and record.closed_at == dt.time(11, 5)


def test_typed_conclusions_are_kept_when_the_chair_leaves_the_field(
        qtbot: QtBot, db: Database, context: MeetingContext) -> None:
    page = ClosingPage(context)
    qtbot.addWidget(page)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)  # focus events reach the active window only
    page.conclusions.setFocus()
    page.conclusions.setPlainText("Kết luận chưa bấm ghi.")
    page.conclusions.document().setModified(True)  # as typing does
    page.unanimous.setFocus()  # the chair goes to the vote without pressing "Ghi kết luận"
    qtbot.mouseClick(page.record_vote, Qt.MouseButton.LeftButton)
    assert page.conclusions.toPlainText() == "Kết luận chưa bấm ghi."
    with db.session() as s:
        record = stored_proceedings(s, context.meeting_id)
        assert record is not None and record.conclusions == "Kết luận chưa bấm ghi."
        assert record.minutes_votes_for == 0
