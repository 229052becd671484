"""Qt's own dialogs speak Vietnamese in the Vietnamese window (Qt ships no Vietnamese: the app's
resources/translations/qt_vi.ts), English in the English one; file choosers start in Documents."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
)
from pytestqt.qtbot import QtBot

from tests.ui.test_translations import PLACEHOLDER, messages
from ui import msgbox
from ui.i18n import TRANSLATIONS_DIR, Translations


@pytest.fixture
def translations(qapp) -> Iterator[Translations]:
    installed = Translations()
    installed.install("vi")
    yield installed
    installed.install("vi")  # as the other tests find the app


def button_texts(widget) -> set[str]:
    return {button.text() for button in widget.findChildren(QPushButton)}


def test_every_qt_text_is_translated() -> None:
    found = messages(TRANSLATIONS_DIR / "qt_vi.ts")
    assert len(found) > 250
    for context, source, vietnamese, kind in found:
        assert kind is None and vietnamese, f"{context}: “{source}”"
        assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(vietnamese))
        assert source.count("&") == vietnamese.count("&") or context in (
            "QErrorMessage", "QGnomeTheme"), f"{context}: mnemonic in “{vietnamese}”"


def test_message_boxes_and_buttons_speak_vietnamese(qtbot: QtBot,
                                                    translations: Translations) -> None:
    box = msgbox.message_box(None, QMessageBox.Icon.Warning, "Không lưu được", "Lỗi",
                             details="chi tiết")
    qtbot.addWidget(box)
    box.show()
    assert "Xem chi tiết…" in button_texts(box)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel
                               | QDialogButtonBox.StandardButton.Save)
    qtbot.addWidget(buttons)
    assert {b.text() for b in buttons.buttons()} == {"Đồng ý", "Hủy", "Lưu"}

    edit = QLineEdit()
    qtbot.addWidget(edit)
    menu = edit.createStandardContextMenu()
    assert [a.text().split("\t")[0] for a in menu.actions() if a.text()][:6] == [
        "&Hoàn tác", "&Làm lại", "&Cắt", "&Sao chép", "&Dán", "Xóa"]

    translations.install("en")
    again = msgbox.message_box(None, QMessageBox.Icon.Warning, "x", "y", details="z")
    qtbot.addWidget(again)
    again.show()
    assert "Show Details..." in button_texts(again)


def test_the_file_chooser_speaks_vietnamese(qtbot: QtBot, translations: Translations) -> None:
    dialog = QFileDialog(None, "Lưu tài liệu PDF")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(dialog)
    labels = {label.text() for label in dialog.findChildren(QLabel)}
    assert {"&Tìm trong:", "&Tên tệp:", "&Loại tệp:"} <= labels
    assert "&Lưu" in button_texts(dialog)


def test_file_choosers_start_in_documents(monkeypatch: pytest.MonkeyPatch,
                                          tmp_path: Path) -> None:
    documents = tmp_path / "Tài liệu"
    documents.mkdir()
    monkeypatch.setattr(msgbox.platformdirs, "user_documents_dir", lambda: str(documents))
    asked: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda _p, _t, folder, _f: (asked.append(folder), ("", ""))[1])
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda _p, _t, name, _f: (asked.append(name), ("", ""))[1])
    assert msgbox.choose_file(None, "Chọn", "*.csv") is None
    assert msgbox.choose_save_file(None, "Lưu", "kich-ban.pdf", "*.pdf") is None
    assert asked == [str(documents), str(documents / "kich-ban.pdf")]
