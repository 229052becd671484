"""Start-up time: from process start to the main window painted with the demo meeting, against
a bare PySide6 window painted in the same run. The ratio is the figure to watch.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/startup.py [--runs N]

Each start is its own Python process (interpreter and imports included); the time runs from just
before the process is spawned until it reports the first paint of its window. The demo meeting is
imported into a scratch database once, before timing, so the app starts as on any day after the
first: it opens the meeting last open.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def child(kind: str, database: str) -> None:
    """Start a window, print "painted" at its first paint and leave at once."""
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint and isinstance(watched, QMainWindow):
                print("painted", flush=True)
                os._exit(0)
            return False

    if kind == "bare":
        app = QApplication([])
        spy = FirstPaint()
        app.installEventFilter(spy)
        window = QMainWindow()
        window.setCentralWidget(QLabel("Hội nghị"))
        window.resize(1366, 768)
        window.show()
    else:
        from models.database import open_database
        from ui.app import create_application, open_main_window

        app = create_application([])
        spy = FirstPaint()
        app.installEventFilter(spy)
        window = open_main_window(open_database(database), "vi")
        window.resize(1366, 768)
    app.exec()


def time_start(kind: str, database: str) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    start = time.perf_counter()
    process = subprocess.Popen([sys.executable, __file__, "--child", kind, database],
                               stdout=subprocess.PIPE, text=True, env=env, cwd=ROOT)
    assert process.stdout is not None
    line = process.stdout.readline().strip()
    elapsed = time.perf_counter() - start
    process.wait()
    if line != "painted":
        raise SystemExit(f"{kind}: the window never painted (exit {process.returncode})")
    return elapsed


def prepare(folder: Path) -> str:
    sys.path.insert(0, str(ROOT))
    from models.database import open_database
    from services.meeting_file.store import import_meeting

    path = folder / "bench.sqlite"
    db = open_database(path)
    import_meeting(db, ROOT / "resources" / "demo" / "tien-giang-2021.meeting.json")
    db.dispose()
    return str(path)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--child", nargs=2, metavar=("KIND", "DATABASE"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(*args.child)
        return
    with tempfile.TemporaryDirectory() as folder:
        database = prepare(Path(folder))
        time_start("app", database)  # warm the disk cache and the .pyc files; not counted
        bare = [time_start("bare", database) for _ in range(args.runs)]
        app = [time_start("app", database) for _ in range(args.runs)]
    print(f"start-up to first paint, {args.runs} runs each "
          f"(QT_QPA_PLATFORM={os.environ.get('QT_QPA_PLATFORM', 'offscreen')})")
    for name, times in (("bare PySide6 window", bare), ("Hội nghị, demo meeting", app)):
        print(f"  {name:24} median {statistics.median(times) * 1000:6.0f} ms   "
              f"min {min(times) * 1000:6.0f} ms   max {max(times) * 1000:6.0f} ms")
    print(f"  ratio (median app / median bare): "
          f"{statistics.median(app) / statistics.median(bare):.2f}")


if __name__ == "__main__":
    main()
