"""Step 8 shows figures only for locked rounds and links to the ballot pages; the chair's script
follows the step shown and the data, keeps the chair's wording and prints; the status bar."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from models.ballot import BallotRound, RoundState
from models.database import Database
from models.walkthrough import ProducedDocument, ScriptText
from services.proceedings.opening_closing import add_guest
from tests.helpers.ui import Boxes, open_window
from ui import msgbox
from ui.context import MeetingContext
from ui.pages.announcement import AnnouncementPage


def lock_rounds(db: Database, meeting_id: int) -> None:
    with db.session("test") as s, s.begin():
        for stored in s.scalars(select(BallotRound).where(BallotRound.meeting_id == meeting_id)):
            stored.state = RoundState.locked
            stored.locked_at = dt.datetime(2022, 1, 7, 10, 0)


def test_figures_appear_only_once_a_round_is_locked(qtbot: QtBot, db: Database,
                                                    context: MeetingContext) -> None:
    page = AnnouncementPage(context)
    qtbot.addWidget(page)
    text = page.view.toPlainText()
    assert "chưa khóa" in text and "19,4%" not in text and "Võ Hữu Ẩn" not in text
    assert page.missing()[0].startswith("Vòng “Xếp loại đảng viên” chưa khóa")
    lock_rounds(db, context.meeting_id)
    page.refresh()
    text = page.view.toPlainText()
    assert ("13 đảng viên Hoàn thành xuất sắc nhiệm vụ"
            " (chiếm 13/67 đảng viên được xếp loại = 19,4%)") in text
    assert ("Tỷ lệ Hoàn thành xuất sắc nhiệm vụ: 20% × 65 đảng viên HTXSNV và HTTNV = 13,0"
            " → tối đa 13") in text
    assert "6 chi bộ Hoàn thành tốt nhiệm vụ (chiếm 6/8 chi bộ được xếp loại = 75%)" in text
    assert page.missing() == []
    with qtbot.waitSignal(page.go_to_step) as asked:
        page.findChildren(QPushButton)[1].click()
    assert asked.args == [7]


def test_the_script_follows_the_step_and_the_data_and_keeps_the_chairs_words(
        qtbot: QtBot, db: Database, demo: int, boxes: Boxes) -> None:
    window = open_window(qtbot, db)
    panel = window.script_panel
    assert panel.heading.text() == "Kịch bản điều hành · bước 1"
    assert "Hội nghị không có đại biểu cấp trên dự." in panel.view.toPlainText()
    with db.session("test") as s, s.begin():
        add_guest(s, demo, "Lê Văn Tám", "Phó Bí thư Đảng ủy Khối")
    window.controller.events.changed.emit("proceedings")
    qtbot.waitUntil(lambda: "Kính thưa đồng chí Lê Văn Tám" in panel.view.toPlainText())

    boxes.answers = [True]  # step 1 not complete (no opening time): go on
    window.go_to(2)
    assert panel.heading.text() == "Kịch bản điều hành · bước 2"
    assert "Hiện diện 10/10 đồng chí ủy viên Ban Chấp hành, đủ điều kiện tiến hành hội nghị." \
        in panel.view.toPlainText()
    panel.start_editing()
    assert panel.editor.isVisibleTo(panel) and not panel.view.isVisibleTo(panel)
    panel.editor.setPlainText("Có mặt {co_mat} trên {trieu_tap}. ")
    panel.editor.moveCursor(QTextCursor.MoveOperation.End)  # where the chair clicked
    panel.insert.setCurrentIndex(panel.insert.findData("vang"))
    panel.insert.activated.emit(panel.insert.currentIndex())
    panel.save()
    assert panel.view.toPlainText() == "Có mặt 10 trên 10. không có đồng chí nào vắng mặt"
    assert panel.heading.text().endswith("(lời của chủ trì)")
    with db.session() as s:
        assert s.scalars(select(ScriptText.text)).all() == [
            "Có mặt {co_mat} trên {trieu_tap}. {vang}"]
    panel.start_editing()
    panel.use_default()
    assert "Hiện diện 10/10" in panel.view.toPlainText()
    with db.session() as s:
        assert s.scalars(select(ScriptText)).all() == []


def test_the_whole_script_prints_and_counts_as_a_document(
        qtbot: QtBot, db: Database, demo: int, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    window = open_window(qtbot, db)
    target = tmp_path / "kich-ban.pdf"
    monkeypatch.setattr(msgbox, "choose_save_file", lambda *_args: target)
    assert window.script_panel.print_script() == target
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "KỊCH BẢN ĐIỀU HÀNH HỘI NGHỊ" in text and "Bước 8. Công bố kết quả" in text
    with db.session() as s:
        assert s.scalars(select(ProducedDocument.kind)).all() == ["kich-ban"]
    assert window.status.label.text() == (
        "Bước 1/9 · Có mặt 10/10 · Dự thảo 0, ý kiến 0 · Kiểm điểm cá nhân 0/10 · Vòng: Xếp loại "
        "đảng viên đang mở; Xếp loại tổ chức đảng đang mở · Tài liệu đã xuất: 1")


def test_the_panels_survive_a_change_of_language(qtbot: QtBot, db: Database, demo: int) -> None:
    window = open_window(qtbot, db)
    try:
        window.controller.set_language("en")
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)  # old panels gone
        window.controller.events.changed.emit("roles")
        window.controller.view_changed.emit(1)
        qtbot.waitUntil(lambda: not window.script_panel.timer.isActive())
        assert window.script_panel.heading.text() == "Chair's script · step 1"
        assert window.status.label.text().startswith("Step 1/9 · Present 10/10")
    finally:
        window.controller.set_language("vi")
