"""Start-up pieces: the crash dialog, the Vietnamese font, logging with Qt's messages."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import qInstallMessageHandler, qWarning
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from models.instance_lock import InstanceLock
from tests.helpers import PYPROJECT_VERSION
from tests.helpers.ui import Boxes
from ui.crash import CrashDialog, make_excepthook
from ui.fonts import BUNDLED_FAMILY, choose_family, register_bundled_fonts
from ui.logsetup import route_qt_messages, setup_logging


def test_an_uncaught_exception_shows_a_copyable_report_and_the_app_goes_on(
        qtbot: QtBot, boxes: Boxes, tmp_path: Path) -> None:
    shown: list[str] = []

    def read_and_copy(dialog: QDialog) -> int:
        assert isinstance(dialog, CrashDialog)
        qtbot.addWidget(dialog)
        dialog.copy_report()
        shown.append(dialog.report.toPlainText())
        return QDialog.DialogCode.Accepted

    boxes.answers = [read_and_copy]
    hook = make_excepthook(tmp_path / "hoinghi.log")
    try:
        raise ZeroDivisionError("chia cho 0 trong một trình xử lý")
    except ZeroDivisionError:
        hook(*sys.exc_info())  # type: ignore[arg-type]
    report = shown[0]
    assert report.startswith(f"Hội nghị {PYPROJECT_VERSION}, mã nguồn / source — "
                             "ZeroDivisionError: chia cho 0 trong một trình xử lý")
    assert "Traceback (most recent call last)" in report and "test_app.py" in report
    assert str(tmp_path / "hoinghi.log") in report
    assert QApplication.clipboard().text() == report


def test_the_font_is_kept_when_it_covers_vietnamese_else_a_preferred_else_bundled() -> None:
    assert choose_family("DejaVu Sans", {"DejaVu Sans", "Arial"}) is None
    assert choose_family("Bitstream Vera", {"Noto Sans", "DejaVu Sans"}) == "Noto Sans"
    assert choose_family("Bitstream Vera", {"Some Symbol Font"}) == ""


def test_the_bundled_font_registers_and_covers_vietnamese(qapp) -> None:
    from PySide6.QtGui import QFontDatabase

    assert BUNDLED_FAMILY in register_bundled_fonts()
    assert QFontDatabase.WritingSystem.Vietnamese in QFontDatabase.writingSystems(BUNDLED_FAMILY)


def test_logging_goes_to_the_file_with_qt_warnings(qapp, tmp_path: Path) -> None:
    root = logging.getLogger()
    before = list(root.handlers)
    path = setup_logging(tmp_path / "logs" / "hoinghi.log")
    previous = route_qt_messages()
    try:
        logging.getLogger("ui.test").info("Mở hội nghị %s", 7)
        qWarning("một cảnh báo của Qt")
    finally:
        qInstallMessageHandler(previous)
        for handler in root.handlers:
            if handler not in before:
                handler.close()
                root.removeHandler(handler)
    text = path.read_text(encoding="utf-8")
    assert "INFO    ui.test: Mở hội nghị 7" in text
    assert "WARNING qt: một cảnh báo của Qt" in text


def test_a_second_window_on_the_same_database_is_refused_with_a_message(
        qapp, boxes: Boxes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import ui.app

    monkeypatch.setattr(ui.app, "setup_logging", lambda: tmp_path / "hoinghi.log")
    monkeypatch.setattr(ui.app, "route_qt_messages", lambda: None)
    monkeypatch.setattr(ui.app, "install_excepthook", lambda _log: None)
    database = tmp_path / "hoinghi.sqlite"
    first = InstanceLock(database)
    first.acquire()
    try:
        assert ui.app.run_app(db_target=str(database)) == 1
    finally:
        first.release()
    assert "đang được một cửa sổ Hội nghị khác sử dụng" in boxes.texts()[0]
    assert not database.exists()  # refused before anything was created or migrated
