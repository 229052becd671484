"""Help → About tells the version (pyproject.toml's), the build day of a bundle, where the data
and the log are; the crash report starts with the same identity."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from models.database import Database
from services.common import app_info
from tests.helpers import PYPROJECT_VERSION
from tests.helpers.ui import Boxes, open_window
from ui import msgbox
from ui.crash import crash_report


def about_shown(qtbot: QtBot, db: Database, boxes: Boxes,
                monkeypatch: pytest.MonkeyPatch) -> str:
    """Help → Giới thiệu, chosen from the menu bar; the box's title and text as shown."""
    boxes.answers = [False]  # the first-start offer of the demo meeting: no
    window = open_window(qtbot, db)
    shown: list[str] = []

    def read(dialog: QDialog) -> int:
        assert isinstance(dialog, QMessageBox)
        shown.append(f"{dialog.windowTitle()}\n{dialog.text()}\n{dialog.informativeText()}")
        return 0

    monkeypatch.setattr(msgbox, "run_modal", read)
    [help_menu] = [action.menu() for action in window.menuBar().actions()
                   if action.text() == "&Trợ giúp"]
    [about] = [action for action in help_menu.actions()
               if action.text() == "&Giới thiệu Hội nghị"]
    about.trigger()
    [text] = shown
    return text


def test_about_from_the_source_tree(qtbot: QtBot, db: Database, boxes: Boxes,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    text = about_shown(qtbot, db, boxes, monkeypatch)
    assert text.splitlines()[:4] == ["Giới thiệu Hội nghị", "Hội nghị",
                                     f"Phiên bản {PYPROJECT_VERSION}", "Chạy từ mã nguồn"]
    assert f"Dữ liệu: {db.file}" in text and "Nhật ký: " in text and "hoinghi.log" in text


def test_about_in_a_bundle_tells_its_build_day(qtbot: QtBot, db: Database, boxes: Boxes,
                                                 tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    built = tmp_path / "build-date.txt"
    built.write_text("2026-11-30\n", encoding="utf-8")  # as packaging/hoinghi.spec writes it
    monkeypatch.setattr(app_info, "BUILD_DATE_FILE", built)
    assert "\nBản dựng ngày 2026-11-30\n" in about_shown(qtbot, db, boxes, monkeypatch)
    try:
        raise ValueError("x")
    except ValueError:
        report = crash_report(*sys.exc_info(), None)  # type: ignore[arg-type]
    assert report.startswith(f"Hội nghị {PYPROJECT_VERSION}, bản dựng / build 2026-11-30 — ")
