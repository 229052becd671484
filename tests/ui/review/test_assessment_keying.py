"""Under QĐ 366 the individual reviews key, by keyboard, the member's 30 + 70 self-assessment, the
score the meeting accepts (with the reason of a change) and the conditions; the collective review
the same for the collective. Older meetings keep their single self-score."""

from __future__ import annotations

import json
import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QStyle,
    QStyleOptionComboBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from models.database import Database
from models.enums import Level
from services.documents.catalogue import DocumentKind, DocumentSpec, write_document
from services.meeting.assessments import Conditions, Score, assessment_of
from services.meeting_file.store import import_meeting
from tests.helpers import SEED_MEETING
from tests.helpers.builders import write_csv
from tests.helpers.documents import pdf_text, proposal_row
from tests.helpers.ui import Boxes
from ui.context import MeetingContext, MeetingEvents
from ui.dialogs.roster_import import ImportPreviewDialog
from ui.pages.individual_reviews import IndividualReviewsPage


def meeting_of_year(db: Database, folder: Path, year: int) -> int:
    """The demo meeting (a committee of 10 reviewing itself) held for `year`."""
    data = json.loads(SEED_MEETING.read_text(encoding="utf-8"))
    data["meeting"]["review_year"] = year
    path = folder / f"hoi-nghi-{year}.meeting.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return import_meeting(db, path)


def shown_page(qtbot: QtBot, db: Database, meeting_id: int) -> IndividualReviewsPage:
    page = IndividualReviewsPage(MeetingContext(db, meeting_id, MeetingEvents(),
                                                actor="secretary"))
    qtbot.addWidget(page)
    page.resize(1100, 640)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    return page


def type_into(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Focus `widget` as Tab would, select what it holds and type."""
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(widget, text)


def test_a_member_is_scored_by_keyboard(qtbot: QtBot, db: Database, tmp_path: Path) -> None:
    meeting_id = meeting_of_year(db, tmp_path, 2025)
    page = shown_page(qtbot, db, meeting_id)
    editor = page.editor
    assert editor.isVisible() and not page.single.isVisible()
    assert page.header.text().startswith("1. Đồng chí Nguyễn Công Việt")
    assert page.form.currentText() == "2B (theo chức vụ)"  # Bí thư Đảng ủy: a leader's form
    # The demo file gives one figure (92); until split it is shown as such.
    assert editor.self_total.text() == "= 92/100 (chưa chia)"

    type_into(qtbot, editor.self_general, "27")
    qtbot.keyClick(editor.self_general, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is editor.self_tasks
    qtbot.keyClicks(editor.self_tasks, "62")
    assert editor.self_total.text() == "= 89/100 (HTTNV)"
    editor.level.setFocus()
    qtbot.keyClick(editor.level, Qt.Key.Key_Home)
    qtbot.keyClick(editor.level, Qt.Key.Key_Down)  # "—" → Hoàn thành xuất sắc nhiệm vụ
    editor.changed.setFocus()
    qtbot.keyClick(editor.changed, Qt.Key.Key_Space)
    assert editor.general.isEnabled() and editor.general.score() == 27
    type_into(qtbot, editor.general, "26")
    type_into(qtbot, editor.tasks, "60")
    editor.reason.setFocus()
    editor.reason.insert("chưa có sản phẩm vượt trội")  # Vietnamese comes through the IME
    for name, key in (("all_tasks_on_time", Qt.Key.Key_C), ("exceeded_30pct", Qt.Key.Key_K),
                      ("disqualifying_violation", Qt.Key.Key_K)):
        editor.conditions[name].setFocus()
        qtbot.keyClick(editor.conditions[name], key)
    qtbot.keyClick(editor.reason, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    assert page.message.text().startswith("Đã ghi điểm, điều kiện và mức tự xếp loại.")
    assert "cao hơn khung điểm (89 điểm thuộc mức Hoàn thành tốt nhiệm vụ)" in \
        page.message.text()
    with db.session() as s:
        member_id = page.member_id
        recorded = assessment_of(s, member_id=member_id)
    assert (recorded.self_score, recorded.self_level) == (Score(27, 62), Level.HTXSNV)
    assert (recorded.accepted, recorded.change_reason) == (Score(26, 60),
                                                          "chưa có sản phẩm vượt trội")
    assert recorded.conditions == Conditions(all_tasks_on_time=True, exceeded_30pct=False,
                                             disqualifying_violation=False)
    # Shown again as recorded after moving away and back.
    page.list.setCurrentIndex(page.reviews.index(1))
    page.list.setCurrentIndex(page.reviews.index(0))
    assert (editor.general.score(), editor.reason.text()) == (26, "chưa có sản phẩm vượt trội")
    assert editor.conditions["exceeded_30pct"].currentText() == "Không"

    # The proposal list prints what was keyed, with the vote, the cap and the level proposed.
    row = proposal_list_row(db, meeting_id, tmp_path, "Nguyễn Công Việt")
    assert re.search(r"26 60 86 HTXSNV HTTNV \(\d+/\d+\) HTTNV HTTNV", row), row


def proposal_list_row(db: Database, meeting_id: int, folder: Path, name: str) -> str:
    target = folder / "de-nghi.pdf"
    write_document(db, meeting_id, DocumentSpec(DocumentKind.proposal_list,
                                                round_code="dang-vien"), target)
    return proposal_row(pdf_text(target, raw=True), name)


def test_a_score_sheet_reaches_the_proposal_list(qtbot: QtBot, db: Database, tmp_path: Path,
                                                 boxes: Boxes) -> None:
    meeting_id = meeting_of_year(db, tmp_path, 2025)
    page = shown_page(qtbot, db, meeting_id)
    sheet = write_csv(tmp_path / "bang-diem.csv", [
        ["Mã", "Họ và tên", "Tiêu chí chung", "Kết quả thực hiện nhiệm vụ", "Tự xếp loại",
         "Hoàn thành 100% đúng tiến độ"],
        ["m12", "Châu Thanh Dung", "25", "55", "HTXSNV", "có"],
        ["m99", "Người Không Có", "25", "55", "HTXSNV", ""],
    ], "utf-8-sig")
    shown: list[str] = []

    def accept(dialog: QDialog) -> int:
        assert isinstance(dialog, ImportPreviewDialog)
        shown.append(dialog.summary.text())
        return QDialog.DialogCode.Accepted

    boxes.answers.append(accept)
    assert page.import_score_sheet(sheet)
    assert shown[0].startswith("1 thay đổi, 0 không đổi, 1 bị từ chối.")
    assert page.message.text() == "Đã nhập điểm của 1 đồng chí."
    row = proposal_list_row(db, meeting_id, tmp_path, "Châu Thanh Dung")
    assert re.search(r"25 55 80 HTXSNV HTXSNV \(\d+/\d+\) HTTNV HTTNV", row), row


def test_a_changed_score_needs_its_reason(qtbot: QtBot, db: Database, tmp_path: Path) -> None:
    meeting_id = meeting_of_year(db, tmp_path, 2025)
    page = shown_page(qtbot, db, meeting_id)
    editor = page.editor
    editor.self_general.set_score(25)
    editor.self_tasks.set_score(60)
    editor.changed.setChecked(True)
    editor.general.set_score(20)
    editor.tasks.set_score(60)
    editor.save.click()
    assert page.message.text() == ("Điểm 20/30 + 60/70 = 80/100 khác điểm tự chấm: ghi lý do "
                                   "hội nghị thay đổi điểm.")
    with db.session() as s:  # nothing written, not even the self-assessment
        assert assessment_of(s, member_id=page.member_id).self_general is None


def test_the_form_can_be_chosen(qtbot: QtBot, db: Database, tmp_path: Path) -> None:
    meeting_id = meeting_of_year(db, tmp_path, 2025)
    page = shown_page(qtbot, db, meeting_id)
    page.list.setCurrentIndex(page.reviews.index(2))  # Đảng ủy viên: 2B by position
    assert page.form.currentText() == "2B (theo chức vụ)"
    page.form.setFocus()
    qtbot.keyClick(page.form, Qt.Key.Key_Down)  # 2A
    page.form.activated.emit(page.form.currentIndex())
    assert page.form.currentText() == "2A"
    page.list.setCurrentIndex(page.reviews.index(0))
    page.list.setCurrentIndex(page.reviews.index(2))
    assert page.form.currentText() == "2A"


def test_an_older_meeting_keeps_its_single_self_score(qtbot: QtBot, db: Database,
                                                      tmp_path: Path) -> None:
    meeting_id = meeting_of_year(db, tmp_path, 2024)
    page = shown_page(qtbot, db, meeting_id)
    assert page.single.isVisible() and not page.editor.isVisible()
    assert not page.form.isVisible() and not page.import_scores.isVisible()
    assert page.score.score() == 92


def shown_text_room(combo: QComboBox) -> tuple[int, int]:
    """What the combo's chosen text needs and the room its edit field gives it, in pixels
    (its size hint says nothing when it adjusts to a minimum contents length)."""
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                         QStyle.SubControl.SC_ComboBoxEditField, combo)
    return combo.fontMetrics().horizontalAdvance(combo.currentText()), field.width()


def test_the_longest_level_is_read_whole_beside_the_score(qtbot: QtBot, db: Database,
                                                          tmp_path: Path) -> None:
    """A newcomer run read "Hoàn thành xuất sắc nhiệm" (its "vụ" cut) at 1366×768."""
    page = shown_page(qtbot, db, meeting_of_year(db, tmp_path, 2025))
    page.resize(1104, 660)  # the page's room in the 1366×768 window
    for level in Level:
        page.editor.level.set_level(level)
        qtbot.wait(10)
        needed, room = shown_text_room(page.editor.level)
        assert needed <= room, f"{page.editor.level.currentText()}: {needed} px in {room}"


def test_the_level_stays_where_it_was_while_the_score_is_typed(qtbot: QtBot, db: Database,
                                                               tmp_path: Path) -> None:
    """A newcomer aimed at the level just after typing the score: "= 90/100 (HTXSNV)" had
    pushed it 66 px to the right."""
    page = shown_page(qtbot, db, meeting_of_year(db, tmp_path, 2025))
    page.resize(1104, 660)
    editor = page.editor
    qtbot.wait(10)
    where = [editor.level.mapTo(page, editor.level.rect().topLeft())]
    type_into(qtbot, editor.self_general, "28")
    qtbot.keyClick(editor.self_general, Qt.Key.Key_Tab)
    qtbot.keyClicks(editor.self_tasks, "64")
    assert editor.self_total.text() == "= 92/100 (HTXSNV)"
    qtbot.wait(10)
    where.append(editor.level.mapTo(page, editor.level.rect().topLeft()))
    assert where[0] == where[1]
    assert editor.self_total.heightForWidth(editor.self_total.width()) <= \
        editor.self_total.height()  # the band under the figure, not cut
