"""The results tab and the announcement in the English window: every cell, the reasoning, the
shares, the quota and the warnings in English (the names stay as they are), while the texts
the documents print stay Vietnamese."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from models.database import Database
from services.ballot.reported import quota_lines, stored_rounds
from services.meeting_file.store import import_meeting
from tests.helpers import CELL_FILE
from tests.helpers.piles import approve_tellers
from tests.helpers.ui import Boxes
from ui.ballot.page import MembersBallotPage
from ui.ballot.tables import ResultModel
from ui.context import MeetingContext, MeetingEvents
from ui.i18n import Translations
from ui.pages.announcement import AnnouncementPage

VIETNAMESE = re.compile("[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]",
                        re.IGNORECASE)


@pytest.fixture
def english(qapp) -> Iterator[None]:
    translations = Translations()
    translations.install("en")
    try:
        yield
    finally:
        translations.install("vi")


def without(text: str, names: list[str]) -> str:
    for name in sorted(names, key=len, reverse=True):
        text = text.replace(name, "")
    return text


def test_the_results_and_the_announcement_speak_english(qtbot: QtBot, db: Database,
                                                        boxes: Boxes, english: None) -> None:
    meeting_id = import_meeting(db, CELL_FILE)
    approve_tellers(db, meeting_id)
    context = MeetingContext(db, meeting_id, MeetingEvents())
    page = MembersBallotPage(context)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    page.tabs.setCurrentIndex(page.RESULT)
    view, model = page.result, page.result.model
    names = [row.subject.name for row in model.rows]
    for row in range(model.rowCount()):
        for column in range(2, model.columnCount()):
            text = model.cell(row, column) or ""
            assert not VIETNAMESE.search(text), (row, column, text)
    row = names.index("Trần Thị Cúc")
    assert model.cell(row, ResultModel.QUOTA) == "over the quota"
    assert model.cell(row, ResultModel.DECISION) == "the committee above decides"
    reason = model.cell(row, ResultModel.EXPLANATION) or ""
    assert reason.startswith("HTXSNV: ") and " votes of " in reason and "convened" in reason
    printed = model.rows[row].result.reason  # what the documents print: Vietnamese
    assert printed.startswith("HTXSNV: ") and " phiếu trên " in printed
    view.table.selectRow(row)
    assert view.reasoning.text().startswith("Trần Thị Cúc\nHTXSNV: ")
    assert not VIETNAMESE.search(without(view.reasoning.text(), names))
    summary = view.summary.text()
    assert "HTXSNV: 2/6 members rated = 33,3%" in summary
    assert "HTXSNV quota: 20% × 5 members HTXSNV and HTTNV = 1,0 → at most 1" in summary
    assert not VIETNAMESE.search(without(summary, names)), summary
    boxes.answers.append(True)
    view.lock_button.click()

    announcement = AnnouncementPage(context)
    qtbot.addWidget(announcement)
    text = announcement.view.toPlainText()
    assert "2 members: Excellent (HTXSNV) (2/6 members rated = 33,3%)" in text, text
    assert "Quota for Excellent (HTXSNV): 20% × 5 members HTXSNV and HTTNV" in text
    titles = [line for line in text.split("\n") if line.startswith("Xếp loại")]  # round titles
    assert not VIETNAMESE.search(without(text, names + titles)), text
    gaps = announcement.missing()  # the cells' round is still open
    assert "Round “Xếp loại tổ chức đảng” is not locked (the tellers' report is not signed): " \
        "it cannot be announced yet." in gaps, gaps
    with db.session() as session:
        members = next(r for r in stored_rounds(session, meeting_id) if r.noun == "đảng viên")
    assert quota_lines(members)[0].startswith("Tỷ lệ Hoàn thành xuất sắc nhiệm vụ: 20% × 5 "
                                              "đảng viên HTXSNV và HTTNV")
