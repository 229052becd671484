"""The guide (F1): how to run the meeting, one section per agenda step and per role (chair,
secretary, tellers), offline, in the window's language (resources/guide/guide_LANG.html).

F1 opens it at the section of the page shown; it stays open beside the window (not modal), and
its "Phím tắt" button opens the list of shortcuts (ui/shortcuts.py)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from ui import msgbox
from ui.agenda import SETUP
from ui.shortcuts import ShortcutsDialog

GUIDE_DIR = Path(__file__).resolve().parents[1] / "resources" / "guide"


def guide_file(language: str) -> Path:
    """The guide in `language`, Vietnamese when there is none in it."""
    path = GUIDE_DIR / f"guide_{language}.html"
    return path if path.is_file() else GUIDE_DIR / "guide_vi.html"


def anchor(view: int) -> str:
    """The section of a page: "setup", or "step-N"."""
    return "setup" if view == SETUP else f"step-{view}"


class GuideWindow(QWidget):
    """A window of its own (the chair keeps it beside the meeting), one per main window."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window)  # a window of its own, owned by the chair's
        self.setWindowTitle(self.tr("Hướng dẫn sử dụng"))
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(True)
        self.browser.setOpenExternalLinks(False)
        buttons = QDialogButtonBox(self)
        shortcuts = buttons.addButton(self.tr("Phím tắt"), QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(self.tr("Đóng"), QDialogButtonBox.ButtonRole.RejectRole)
        shortcuts.clicked.connect(lambda: msgbox.run_modal(ShortcutsDialog(self)))
        close.clicked.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(760, 640)
        self.language = ""

    def show_at(self, language: str, view: int) -> None:
        """The guide in `language`, scrolled to the section of page `view`."""
        if language != self.language:
            self.browser.setSource(QUrl.fromLocalFile(str(guide_file(language))))
            self.language = language
        self.browser.scrollToAnchor(anchor(view))
        self.show()
        self.raise_()
        self.activateWindow()
