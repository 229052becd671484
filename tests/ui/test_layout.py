"""Every page fits the chair's 1366×768 laptop screen without scrolling, in both languages
(a page larger than the window would scroll rather than be cut off)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QScrollArea
from pytestqt.qtbot import QtBot

from models.database import Database
from services.meeting_file.store import import_meeting
from tests.helpers import SEED_MEETING
from tests.helpers.ui import open_window
from ui.agenda import ENTRIES, is_built
from ui.main_window import DESIGN_SIZE


@pytest.mark.parametrize("language", ["vi", "en"])
@pytest.mark.parametrize("year", [2021, 2025])  # 2025: QĐ 366, the reviews key scores
def test_every_page_fits_1366_by_768(qtbot: QtBot, db: Database, language: str, year: int,
                                     tmp_path: Path) -> None:
    data = json.loads(SEED_MEETING.read_text(encoding="utf-8"))
    data["meeting"]["review_year"] = year
    meeting = tmp_path / "meeting.json"
    meeting.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    import_meeting(db, meeting)
    window = open_window(qtbot, db, language)
    try:
        window.resize(DESIGN_SIZE)
        area = window.stack.parentWidget().parentWidget()
        assert isinstance(area, QScrollArea)
        for agenda_entry in ENTRIES:
            if not is_built(agenda_entry.key):
                continue
            window.controller.view = agenda_entry.key
            window.show_view(agenda_entry.key)
            qtbot.waitUntil(lambda: window.stack.currentWidget().isVisible())
            needed = window.stack.currentWidget().minimumSizeHint()
            room = area.viewport().size()
            assert needed.width() <= room.width() and needed.height() <= room.height(), \
                f"{agenda_entry.tr_title()}: needs {needed.toTuple()}, has {room.toTuple()}"
            assert not area.horizontalScrollBar().isVisible()
    finally:
        window.controller.set_language("vi")
