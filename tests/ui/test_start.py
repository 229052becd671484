"""Paint first: the window is on screen, calm and saying it is opening, before the database
layer is imported; the meeting last open appears once it is read. Run as the app runs
(`main.py --db FILE`), in its own process, since this one has the database layer loaded."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from models.database import open_database
from services.meeting_file.store import import_meeting
from tests.helpers import PROJECT_ROOT, SEED_MEETING

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
    database = tmp_path / "hoinghi.sqlite"
    db = open_database(database)
    import_meeting(db, SEED_MEETING)
    db.dispose()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path), XDG_STATE_HOME="")
    shown = subprocess.run([sys.executable, "-c", WATCH, "--db", str(database)],
                           capture_output=True, text=True, cwd=PROJECT_ROOT, env=env,
                           timeout=120)
    assert shown.returncode == 0, shown.stderr
    painted, opened = shown.stdout.splitlines()
    assert painted == "Đang mở hội nghị…|False|False|2. Điểm danh"
    assert opened == "Bước 1/9. Khai mạc|True|True|2. Điểm danh"
