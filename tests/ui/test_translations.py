"""The English translation: complete, placeholders kept, compiled, and up to date with the code."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from pytestqt.qtbot import QtBot

from models.database import Database
from models.enums import CommentKind, MemberStatus
from services.common.labels import COMMENT_KIND_NAMES
from tests.helpers.builders import TWELVE_OFFICIAL, build_meeting
from tests.helpers.ui import Boxes, open_window
from ui.i18n import TRANSLATIONS_DIR, Translations
from ui.labels import handling_label, label

TS = TRANSLATIONS_DIR / "hoinghi_en.ts"
PLACEHOLDER = re.compile(r"\{[a-z_]*\}|%\d")  # str.format names and QString.arg numbers


def messages(path: Path) -> list[tuple[str, str, str, str | None]]:
    """(context, source, translation, translation type) of every message."""
    found = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            found.append((name, message.findtext("source", ""), translation.text or "",
                          translation.get("type")))
    return found


def test_every_text_is_translated_with_its_placeholders_and_mnemonics() -> None:
    for context, source, english, kind in messages(TS):
        assert kind is None and english, f"{context}: “{source}” is not translated"
        assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(english)), \
            f"{context}: placeholders differ in “{english}”"
        assert source.count("&") == english.count("&"), f"{context}: mnemonic in “{english}”"


def test_the_compiled_file_holds_the_translations_of_the_ts(qapp) -> None:
    translator = QTranslator()
    assert translator.load("hoinghi_en", str(TRANSLATIONS_DIR))
    for context, source, english, _kind in messages(TS):
        assert translator.translate(context, source) == english


def test_the_ts_file_has_every_text_of_the_code(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    # The window's texts, and the services' texts marked for it (services/common/said.py).
    sources = [*sorted(str(p) for p in Path("ui").rglob("*.py")),
               *sorted(str(p) for p in Path("services").rglob("*.py")
                       if 'QT_TRANSLATE_NOOP("' in p.read_text(encoding="utf-8"))]
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    if not lupdate.exists():
        pytest.skip("pyside6-lupdate is not installed beside this Python")
    subprocess.run([str(lupdate), *sources, "-source-language", "vi", "-target-language", "en",
                    "-ts", str(fresh)], check=True, capture_output=True)
    in_code = {(c, s) for c, s, _t, _k in messages(fresh)}
    in_file = {(c, s) for c, s, _t, _k in messages(TS)}
    # The file may hold more (texts of pages on a branch not merged yet), never fewer.
    assert in_code <= in_file, (
        f"not in {TS.name}: {sorted(in_code - in_file)}; run `make translations` and translate")


def test_the_language_switches_in_the_window_and_is_remembered(qtbot: QtBot, db: Database,
                                                                boxes: Boxes) -> None:
    build_meeting(db, TWELVE_OFFICIAL)
    window = open_window(qtbot, db)
    boxes.answers = [True]  # step 1 is not complete: go on anyway
    window.go_to(2)
    windows = [window]
    try:
        window.controller.set_language("en")
        assert window.heading.text() == "Step 2/9. Attendance"
        assert window.agenda.item(2).text() == "2. Attendance"
        page = window.stack.currentWidget()
        assert page.derivation.text() == (  # type: ignore[attr-defined]
            "Convened 12 − absent with reason 0 = 12; present 0 < 2/3 (at least 8 needed)")
        window.close()
        again = open_window(qtbot, db)
        windows.append(again)
        assert again.controller.translations.language == "en"
        assert again.heading.text() == "Step 2/9. Attendance"
    finally:  # each window installed its own translator: take them all away
        for opened in reversed(windows):
            opened.controller.set_language("vi")
    assert window.heading.text() == "Bước 2/9. Điểm danh"


def test_the_words_of_the_codes_come_from_one_table_translated_once(qapp) -> None:
    """The comment kinds and handlings, the member statuses: the documents' words, shown in
    English in the English window (they used to stay Vietnamese)."""
    translations = Translations()
    translations.install("en")
    try:
        assert [label(kind) for kind in CommentKind] == [
            "Agree", "Supplement", "Amendment", "Disagree", "Question"]
        assert label(MemberStatus.exempt) == "Exempt" and handling_label(None) == "Not handled"
    finally:
        translations.install("vi")
    assert label(CommentKind.amend) == COMMENT_KIND_NAMES[CommentKind.amend] == "Đề nghị sửa"
    assert label(MemberStatus.exempt) == "Miễn công tác và sinh hoạt đảng"
