"""A cell meeting's results as the chair sees them: the members over the quota are referred to
the committee above, in plain words, on the results tab and the announcement; the cell's
rating of itself has no quota line; every share says what it is out of."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from models.database import Database
from services.meeting_file.store import import_meeting
from tests.helpers import CELL_FILE
from tests.helpers.piles import approve_tellers
from tests.helpers.ui import Boxes
from ui.ballot.page import BallotPage, CellsBallotPage, MembersBallotPage
from ui.ballot.tables import ResultModel
from ui.context import MeetingContext, MeetingEvents
from ui.pages.announcement import AnnouncementPage


def result_tab(qtbot: QtBot, page: BallotPage) -> BallotPage:
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    page.tabs.setCurrentIndex(page.RESULT)
    return page


def test_a_cell_meeting_refers_its_decisions_to_the_committee_above(
        qtbot: QtBot, db: Database, boxes: Boxes) -> None:
    meeting_id = import_meeting(db, CELL_FILE)
    approve_tellers(db, meeting_id)
    context = MeetingContext(db, meeting_id, MeetingEvents())
    members = result_tab(qtbot, MembersBallotPage(context))
    view = members.result
    row = next(n for n, s in enumerate(view.model.rows) if s.subject.name == "Trần Thị Cúc")
    assert view.model.cell(row, ResultModel.QUOTA) == "vượt tỷ lệ"
    assert view.model.cell(row, ResultModel.DECISION) == "cấp ủy cấp trên quyết định"
    assert not view.decide_button.isEnabled() and not view.decision_level.isEnabled()
    assert view.decision_note.isVisible()
    assert view.decision_note.text().startswith(
        "Hội nghị chi bộ chỉ đề nghị: với đảng viên bằng phiếu hoặc vượt tỷ lệ, cấp ủy cấp trên "
        "quyết định")
    summary = view.summary.text()
    assert "HTXSNV: 2/6 đảng viên được xếp loại = 33,3%" in summary
    assert "Tỷ lệ HTXSNV: 20% × 5 đảng viên HTXSNV và HTTNV = 1,0 → tối đa 1" in summary
    boxes.answers.append(True)
    view.lock_button.click()

    cell = result_tab(qtbot, CellsBallotPage(context))
    assert cell.result.model.cell(0, ResultModel.LEVEL) == "HTXSNV"
    assert cell.result.model.headerData(1, Qt.Orientation.Horizontal) == "Tổ chức đảng"
    assert cell.result.model.cell(0, ResultModel.QUOTA) == ""  # no quota on itself
    assert "Tỷ lệ HTXSNV" not in cell.result.summary.text()
    assert "vượt tỷ lệ" not in cell.result.summary.text()
    assert not cell.result.decision_note.isVisible()
    boxes.answers.append(True)
    cell.result.lock_button.click()

    page = AnnouncementPage(context)
    qtbot.addWidget(page)
    text = page.view.toPlainText()
    members_part, cell_part = text.split("Xếp loại tổ chức đảng")
    assert ("Hội nghị chi bộ chỉ đề nghị: cấp ủy cấp trên quyết định đối với Trần Thị Cúc (bằng "
            "phiếu hoặc vượt tỷ lệ)") in members_part
    assert "2 đảng viên Hoàn thành xuất sắc nhiệm vụ (chiếm 2/6 đảng viên được xếp loại = " \
        "33,3%)" in members_part
    assert "1 chi bộ Hoàn thành xuất sắc nhiệm vụ (chiếm 1/1 chi bộ được xếp loại = 100%)" \
        in cell_part
    assert "tỷ lệ" not in cell_part.lower()
    assert page.missing() == []
