"""Closing the meeting: the last step's "Kết thúc hội nghị" finishes it (stored), the agenda says
so, the documents and the archive are offered; earlier steps can be looked at without moving
the meeting; the status bar follows every change."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from models.database import Database
from models.enums import AttendanceStatus, StepState, SubjectKind
from models.meeting import Meeting
from services.ballot.attendance import mark_unrecorded_present, set_attendance
from services.ballot.rounds import open_round
from services.meeting.agenda import is_finished
from tests.helpers.builders import TWELVE_OFFICIAL, build_meeting, member_id
from tests.helpers.piles import act
from tests.helpers.ui import Boxes, open_window
from ui import msgbox
from ui.dialogs.finished import FinishedDialog
from ui.documents.window import DocumentsWindow
from ui.pages.closing import ClosingPage


def finished(db: Database, meeting_id: int) -> bool:
    with db.session() as s:
        return is_finished(s.get_one(Meeting, meeting_id))


def click_in_dialog(button: str):
    def answer(dialog: QDialog) -> int:
        assert isinstance(dialog, FinishedDialog)
        getattr(dialog, button).click()
        return dialog.result()
    return answer


def test_closing_finishes_the_meeting_and_offers_the_archive(
        qtbot: QtBot, db: Database, boxes: Boxes, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    meeting_id = build_meeting(db, TWELVE_OFFICIAL)
    window = open_window(qtbot, db)
    boxes.answers = [True]  # step 1 is not complete: go on anyway
    window.go_to(9)
    assert isinstance(window.stack.currentWidget(), ClosingPage)
    assert window.next_button.text() == "Kết thúc hội nghị" and window.next_button.isEnabled()

    # nothing concluded yet: the chair is asked; "no" leaves the meeting open
    boxes.answers = [False]
    qtbot.mouseClick(window.next_button, Qt.MouseButton.LeftButton)
    assert "Chưa có kết luận của chủ trì." in boxes.texts()[-1]
    assert not finished(db, meeting_id)

    archive = tmp_path / "Chi bộ Thử nghiệm 2024.meeting.json"
    suggested: list[str] = []
    monkeypatch.setattr(msgbox, "choose_save_file",
                        lambda _parent, _title, name, _filters: suggested.append(name) or archive)
    boxes.answers = [True, click_in_dialog("archive_button")]
    qtbot.mouseClick(window.next_button, Qt.MouseButton.LeftButton)
    assert finished(db, meeting_id)
    assert boxes.seen[-2] == ("Hội nghị đã kết thúc", "FinishedDialog")  # then the note
    assert suggested == ["Chi bộ Thử nghiệm 2024.meeting.json"]
    data = json.loads(archive.read_text(encoding="utf-8"))
    assert data["meeting"]["body"] == "Chi bộ Thử nghiệm" and len(data["members"]) == 12
    assert boxes.seen[-1][0] == "Đã xuất tệp lưu trữ" and str(archive) in boxes.texts()[-1]

    # what the chair sees: step 9 done, not "đang làm"; the agenda finished
    assert window.subheading.text() == "Trạng thái: đã xong"
    assert window.agenda.item(9).toolTip().startswith("đã xong")
    assert window.agenda_title.text() == "Chương trình hội nghị — đã kết thúc"
    assert window.next_button.text() == "Hội nghị đã kết thúc"
    assert not window.next_button.isEnabled()
    assert "Hội nghị đã kết thúc." in window.review_note.text()
    with db.session() as s:
        last = s.get_one(Meeting, meeting_id).steps[-1]
        assert last.state is StepState.done and "Chưa ghi giờ bế mạc." in last.overridden_missing

    # an earlier step is looked at; the meeting stays finished
    window.go_to(4)
    assert window.heading.text() == "Bước 4/9. Kiểm điểm tập thể"
    assert finished(db, meeting_id)
    assert window.return_button.text() == "Về bước 9"

    # reopening is an explicit act at the last step
    window.go_to(9)
    assert window.move_back_button.text() == "Mở lại hội nghị…"
    boxes.answers = [True]
    qtbot.mouseClick(window.move_back_button, Qt.MouseButton.LeftButton)
    assert not finished(db, meeting_id)
    assert window.subheading.text() == "Trạng thái: đang làm"
    assert window.next_button.text() == "Kết thúc hội nghị"


def test_the_offer_opens_the_documents(qtbot: QtBot, db: Database, boxes: Boxes) -> None:
    build_meeting(db, TWELVE_OFFICIAL)
    window = open_window(qtbot, db)
    boxes.answers = [True]
    window.go_to(9)
    boxes.answers = [True, click_in_dialog("documents_button")]
    window.go_next()  # Ctrl+PgDown's action at the last step
    documents = window.findChild(DocumentsWindow)
    assert documents is not None and documents.isVisible()


def test_the_status_bar_follows_every_change(qtbot: QtBot, db: Database, boxes: Boxes) -> None:
    meeting_id = build_meeting(db, TWELVE_OFFICIAL)
    window = open_window(qtbot, db)
    assert "Có mặt 0/12 (12 chưa điểm danh)" in window.status.label.text()
    context = window.controller.context
    assert context is not None
    # a change committed through the meeting's sessions that no page announced
    with context.session() as s, s.begin():
        set_attendance(s, meeting_id, member_id(db, "Nguyễn Văn An"), AttendanceStatus.present)
    qtbot.waitUntil(lambda: "Có mặt 1/12 (11 chưa điểm danh)" in window.status.label.text())


def test_a_complete_closing_says_how_to_finish_and_finishes_without_a_question(
        qtbot: QtBot, db: Database, boxes: Boxes) -> None:
    meeting_id = build_meeting(db, TWELVE_OFFICIAL)
    with db.session("test") as s, s.begin():
        mark_unrecorded_present(s, meeting_id)
    window = open_window(qtbot, db)
    boxes.answers = [True]  # step 1 is not complete: go on anyway
    window.go_to(9)
    page = window.stack.currentWidget()
    assert isinstance(page, ClosingPage)
    page.conclusions.setPlainText("Hội nghị đã hoàn thành chương trình.")
    qtbot.mouseClick(page.save_conclusions, Qt.MouseButton.LeftButton)
    assert page.message.text() == "Đã ghi kết luận."
    qtbot.mouseClick(page.unanimous, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.record_vote, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.closed_at.now, Qt.MouseButton.LeftButton)
    assert page.message.text() == (
        "Đã ghi giờ bế mạc. Đã đủ kết luận, biên bản được thông qua và giờ bế mạc: bấm “Kết thúc "
        "hội nghị” (nút bước sau) để kết thúc hội nghị.")

    boxes.answers = [lambda dialog: QDialog.DialogCode.Rejected]  # "Để sau"
    qtbot.keyClick(window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert finished(db, meeting_id)
    assert boxes.seen[-1] == ("Hội nghị đã kết thúc", "FinishedDialog")  # no question before
    qtbot.waitUntil(lambda: window.status.label.text().startswith("Hội nghị đã kết thúc · "))


def test_a_long_status_never_widens_the_window_past_the_laptop(qtbot: QtBot, db: Database,
                                                               boxes: Boxes) -> None:
    """The status line's text set the window's least width: with a few rounds it asked for
    more than the 1366 px of the chair's laptop."""
    meeting_id = build_meeting(db, TWELVE_OFFICIAL)
    with db.session("test") as s, s.begin():
        mark_unrecorded_present(s, meeting_id)
    for kind in (SubjectKind.member, SubjectKind.member, SubjectKind.member,
                 SubjectKind.organisation):
        act(db, open_round, meeting_id, kind, True)
    window = open_window(qtbot, db)
    window.status.refresh()
    text = window.status.label.text()
    assert window.status.label.fontMetrics().horizontalAdvance(text) > 1366
    assert window.minimumSizeHint().width() <= 1366
    assert text in window.status.label.toolTip()  # the whole line, where it is cut
