"""The libraries only some meetings use load when used, not with the steps that could use them:
OpenCV and numpy (the scanner, some 30 MB) not with the ballot step, python-docx (some 15 MB)
not with the documents window. Run in its own process, as the app runs, since this one has them
all loaded by other tests."""

from __future__ import annotations

from pathlib import Path

from tests.helpers.process import run_on_the_demo

WALK = """
import sys
from PySide6.QtWidgets import QApplication, QMessageBox
from models.database import open_database
from ui import msgbox
from ui.app import create_application, open_main_window
from ui.ballot.page import BallotPage
from ui.documents.entry import open_documents
from ui.documents.warm_up import documents_imported

def yes(box):
    if isinstance(box, QMessageBox):
        for button in box.buttons():
            if box.buttonRole(button) == QMessageBox.ButtonRole.YesRole:
                button.click()
    return 0

create_application([sys.argv[0]])
msgbox.run_modal = yes
window = open_main_window(open_database(sys.argv[1]), "vi")
window.go_to(6)
page = window.pages[6]
page.tabs.setCurrentIndex(BallotPage.RESULT)
documents_imported()
documents = open_documents(window)
for _ in range(3):
    QApplication.processEvents()
documents.pool.waitForDone()
QApplication.processEvents()
print(window.controller.view, documents.pdf.pageCount() > 0,
      *(name in sys.modules for name in ("cv2", "numpy", "docx", "reportlab")))
window.close()
"""


def test_the_ballot_step_and_the_documents_window_leave_the_scanner_and_word_unloaded(
        tmp_path: Path) -> None:
    walked = run_on_the_demo(tmp_path, WALK, "{db}")
    assert walked.returncode == 0, walked.stderr
    # step 6 shown, its ballot paper previewed; reportlab loaded, the scanner and Word not
    assert walked.stdout.split() == ["6", "True", "False", "False", "False", "True"]
