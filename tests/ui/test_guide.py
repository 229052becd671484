"""The guide (F1): offline, Vietnamese and English, a section per step and per role, opened at
the section of the page shown."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from models.database import Database
from tests.helpers.builders import TWELVE_OFFICIAL, build_meeting
from tests.helpers.ui import Boxes, open_window
from ui.agenda import ENTRIES
from ui.guide import GUIDE_DIR, GuideWindow, anchor

SECTIONS = [anchor(e.key) for e in ENTRIES] + ["chair", "secretary", "teller", "agenda"]


def test_each_language_has_every_section_and_no_link_leads_nowhere() -> None:
    for language in ("vi", "en"):
        text = (GUIDE_DIR / f"guide_{language}.html").read_text(encoding="utf-8")
        names = set(re.findall(r'<a name="([^"]+)">', text))
        assert set(SECTIONS) <= names, (language, set(SECTIONS) - names)
        assert set(re.findall(r'href="#([^"]+)"', text)) <= names
        assert "http" not in text  # offline: nothing to fetch


def shown_top(guide: GuideWindow) -> str:
    """The text at the top of the guide's view: the section it was opened at."""
    browser = guide.browser
    cursor = browser.cursorForPosition(browser.viewport().rect().topLeft())
    return cursor.block().text()


def test_f1_opens_the_guide_at_the_step_shown(qtbot: QtBot, db: Database, boxes: Boxes) -> None:
    build_meeting(db, TWELVE_OFFICIAL)
    window = open_window(qtbot, db)
    window.resize(1366, 768)
    boxes.answers = [True]  # step 1 is not complete: go on anyway
    window.go_to(2)
    qtbot.keyClick(window.agenda, Qt.Key.Key_F1)
    guide = window.findChild(GuideWindow)
    assert guide is not None and guide.isVisible()
    assert guide.windowTitle() == "Hướng dẫn sử dụng"
    qtbot.waitUntil(lambda: shown_top(guide) == "Bước 2. Điểm danh")

    window.go_to(1)  # looking back; F1 follows the page shown
    qtbot.keyClick(window.agenda, Qt.Key.Key_F1)
    assert window.findChildren(GuideWindow) == [guide]
    qtbot.waitUntil(lambda: shown_top(guide) == "Bước 1. Khai mạc")

    window.controller.set_language("en")
    try:
        english = window.show_guide()
        assert english.windowTitle() == "Guide" and window.findChildren(GuideWindow) == [english]
        qtbot.waitUntil(lambda: shown_top(english) == "Step 1. Opening")
        assert "Ctrl+PgDown" in english.browser.toPlainText()
    finally:  # the window installed its translator: take it away for the other tests
        window.controller.set_language("vi")
