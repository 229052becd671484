"""Paint first: the window is on screen, calm and saying it is opening, before the database
layer is imported; the meeting last open appears once it is read. Run as the app runs
(`main.py --db FILE`), in its own process, since this one has the database layer loaded."""

from __future__ import annotations

from pathlib import Path

from tests.helpers.process import run_on_the_demo

WATCH = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from ui.app import create_application
from ui.main_window import MainWindow

def say(window):
    print("|".join([window.heading.text(), str("sqlalchemy" in sys.modules),
                    str(window.next_button.isEnabled()), window.agenda.item(2).text()]), flush=True)

class Watch(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and isinstance(watched, MainWindow):
            create_application([]).removeEventFilter(self)
            say(watched)
            def opened():
                if not watched.heading.text().startswith("Bước"):
                    return QTimer.singleShot(20, opened)
                say(watched)
                watched.close()
            opened()
        return False

watch = Watch()
create_application([sys.argv[0]]).installEventFilter(watch)
from main import main
sys.exit(main(sys.argv[1:]))
"""


def test_the_window_paints_before_the_database_layer_then_shows_the_meeting(
        tmp_path: Path) -> None:
    shown = run_on_the_demo(tmp_path, WATCH, "--db", "{db}")
    assert shown.returncode == 0, shown.stderr
    painted, opened = shown.stdout.splitlines()
    assert painted == "Đang mở hội nghị…|False|False|2. Điểm danh"
    assert opened == "Bước 1/9. Khai mạc|True|True|2. Điểm danh"
