"""Start-up time: from process start to the main window's first paint, and to the demo meeting
open and ready for a key (first interaction), against a bare PySide6 window painted in the same
run. The ratios are the figures to watch.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/startup.py [--runs N]

Each start is its own Python process (interpreter and imports included) running the app as
`main.py --db FILE` does; the time runs from just before the process is spawned until it reports
the first paint of its window, then until the meeting's page is shown and the event loop is free
again. The demo meeting is imported into a scratch database once, before timing, so the app
starts as on any day after the first: it opens the meeting last open. The compiled .pyc files are
written (as an installed app has them) and the log goes to a scratch folder.
"""

from __future__ import annotations

import argparse
import logging
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def child(kind: str, database: str) -> None:
    """Start a window, print "painted" at its first paint and "interactive" once the meeting is
    open and the events after it are done (at once for the bare window), then leave."""
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    def interactive() -> None:
        print("interactive", flush=True)
        os._exit(0)

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint and isinstance(watched, QMainWindow):
                print("painted", flush=True)
                QApplication.instance().removeEventFilter(self)  # type: ignore[union-attr]
                if kind == "bare":
                    interactive()
            return False

    class MeetingOpened(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            if record.getMessage().startswith("Opened meeting"):
                QTimer.singleShot(0, interactive)

    spy = FirstPaint()
    if kind == "bare":
        app = QApplication([])
        app.installEventFilter(spy)
        window = QMainWindow()
        window.setCentralWidget(QLabel("Hội nghị"))
        window.resize(1366, 768)
        window.show()
        app.exec()
        return
    from ui.app import create_application

    create_application([sys.argv[0]]).installEventFilter(spy)
    logging.getLogger("ui.main_controller").addHandler(MeetingOpened())
    from main import main

    main(["--db", database])


def time_start(kind: str, database: str, scratch: Path) -> tuple[float, float]:
    """(seconds to the first paint, seconds to the first interaction)."""
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    env.update(QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               XDG_STATE_HOME=str(scratch))
    start = time.perf_counter()
    process = subprocess.Popen([sys.executable, __file__, "--child", kind, database],
                               stdout=subprocess.PIPE, text=True, env=env, cwd=ROOT)
    assert process.stdout is not None
    painted = process.stdout.readline().strip()
    first = time.perf_counter() - start
    ready = process.stdout.readline().strip()
    second = time.perf_counter() - start
    process.wait()
    if (painted, ready) != ("painted", "interactive"):
        raise SystemExit(f"{kind}: the window never got ready (exit {process.returncode})")
    return first, second


def prepare(folder: Path) -> str:
    sys.path.insert(0, str(ROOT))
    from models.database import open_database
    from services.meeting_file.store import import_meeting

    path = folder / "bench.sqlite"
    db = open_database(path)
    import_meeting(db, ROOT / "resources" / "demo" / "tien-giang-2021.meeting.json")
    db.dispose()
    return str(path)


def line(name: str, times: list[float]) -> str:
    return (f"  {name:34} median {statistics.median(times) * 1000:6.0f} ms   "
            f"min {min(times) * 1000:6.0f} ms   max {max(times) * 1000:6.0f} ms")


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
        time_start("app", database, Path(folder))  # warm the disk cache and the .pyc files
        bare: list[float] = []
        app: list[tuple[float, float]] = []
        for _ in range(args.runs):  # in turns: a busy moment of the machine slows both alike
            bare.append(time_start("bare", database, Path(folder))[0])
            app.append(time_start("app", database, Path(folder)))
    painted, ready = [t for t, _ in app], [t for _, t in app]
    print(f"start-up, {args.runs} runs each "
          f"(QT_QPA_PLATFORM={os.environ.get('QT_QPA_PLATFORM', 'offscreen')})")
    print(line("bare PySide6 window, painted", bare))
    print(line("Hội nghị, first paint", painted))
    print(line("Hội nghị, demo meeting interactive", ready))
    floor = statistics.median(bare)
    print(f"  first paint / bare window: {statistics.median(painted) / floor:.2f}   "
          f"(goal ≤ 2)")
    print(f"  interactive / bare window: {statistics.median(ready) / floor:.2f}   "
          f"interactive: {statistics.median(ready):.2f} s (goal ≤ 1.0 s)")


if __name__ == "__main__":
    main()
