"""The chair's window on a committee of 2,000 members and 120 cells (40 voters, both rounds
counted, not locked): each figure is the time from the action to the window idle again (the
events it posted handled, the page painted), and the process's peak memory.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/gui_scale.py [--runs N]

Goal: each action within 100 ms after the meeting is loaded, the process under 250 MB. The
meeting is imported into its database by a child process beforehand, as the chair's window opens a
database prepared earlier: the memory measured is the window's (the import's is printed beside
it). The questions a move forward asks (a step still missing something) are answered "yes" without a
dialog; everything else runs as a person's clicks run it.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QEvent  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox  # noqa: E402

from models.database import Database, open_database  # noqa: E402
from models.meeting import Meeting  # noqa: E402
from ui import msgbox  # noqa: E402
from ui.app import create_application, open_main_window  # noqa: E402
from ui.ballot.page import BallotPage  # noqa: E402
from ui.documents.entry import open_documents  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402

if TYPE_CHECKING:  # imported by the app, in the background (ui/app.py), not here
    from ui.documents.window import DocumentsWindow

GOAL_MS = 100


def answer_yes(box: object) -> int:
    """Stands in for a modal dialog: a question is answered yes, a note closed."""
    if isinstance(box, QMessageBox):
        for button in box.buttons():
            if box.buttonRole(button) == QMessageBox.ButtonRole.YesRole:
                button.click()
    return 0


def idle_ms(action: Callable[[], object]) -> float:
    """Milliseconds from `action` until the window has handled what it posted."""
    start = time.perf_counter()
    action()
    QApplication.processEvents()
    QApplication.processEvents()
    return (time.perf_counter() - start) * 1000


def ballot_page(window: MainWindow) -> BallotPage:
    page = window.pages[6]
    assert isinstance(page, BallotPage)
    return page


def page_down_times(page: BallotPage) -> list[float]:
    """The result table paged from top to bottom, as a person pages it: each page's time."""
    bar = page.result.table.verticalScrollBar()
    bar.setValue(0)
    QApplication.processEvents()
    times = []
    while bar.value() < bar.maximum():
        times.append(idle_ms(lambda: bar.setValue(bar.value() + bar.pageStep())))
    return times


def one_run(db: Database, take: Callable[[str, Callable[[], object]], None],
            note: Callable[[str, float], None]) -> None:
    """A person's path through the window, each step timed by `take` (or measured and given to
    `note`)."""
    window: list[MainWindow] = []
    take("open the meeting (window, step 1)", lambda: window.append(open_main_window(db, "vi")))
    shown = window[0]
    take("step 1 → 2 (roll call)", lambda: shown.go_to(2))
    take("step 2 → 6 (members' ballot)", lambda: shown.go_to(6))
    page = ballot_page(shown)
    take("results tab", lambda: page.tabs.setCurrentIndex(BallotPage.RESULT))
    note("result table, one page down (slowest page)", max(page_down_times(page)))
    take("entry tab", lambda: page.tabs.setCurrentIndex(BallotPage.ENTRY))
    take("step 6 → 8 (announcement)", lambda: shown.go_to(8))
    take("step 8 → 6", lambda: shown.go_to(6))
    documents: list[DocumentsWindow | None] = []
    take("documents window", lambda: documents.append(open_documents(shown)))
    if documents[0] is not None:
        documents[0].pool.waitForDone()  # its preview written before it closes
    shown.close()
    shown.deleteLater()  # freed now: a window left for a loop that never returns is never freed
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def prepare(database: Path) -> None:
    """The committee's meeting file written and imported into `database` (the child process)."""
    from services.meeting_file.store import import_meeting
    from tests.helpers.generated import generated_meeting_file

    path = database.with_name("committee.meeting.json")
    path.write_text(json.dumps(generated_meeting_file(), ensure_ascii=False), encoding="utf-8")
    db = open_database(database)
    import_meeting(db, path)
    db.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--prepare", type=Path, help=argparse.SUPPRESS)
    arguments = parser.parse_args()
    if arguments.prepare is not None:
        prepare(arguments.prepare)
        return
    runs = arguments.runs
    app = create_application([sys.argv[0]])
    msgbox.run_modal = answer_yes  # type: ignore[assignment]
    with tempfile.TemporaryDirectory() as folder:
        database = Path(folder) / "bench.sqlite"
        subprocess.run([sys.executable, __file__, "--prepare", str(database)], check=True)
        db = open_database(database)
        figures: dict[str, list[float]] = {}

        def take(name: str, action: Callable[[], object]) -> None:
            figures.setdefault(name, []).append(idle_ms(action))

        for _ in range(runs):
            one_run(db, take, lambda name, ms: figures.setdefault(name, []).append(ms))
            with db.session("bench") as s, s.begin():  # the next run starts where this began
                s.get_one(Meeting, 1).current_step = 1
        db.dispose()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    import_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"the window at 2,000 members and 120 cells, median of {runs} "
          f"(QT_QPA_PLATFORM={app.platformName()}; goal ≤ {GOAL_MS} ms each)")
    for name, times in figures.items():
        median = statistics.median(times)
        print(f"  {name:42} {median:7.0f} ms" + ("" if median <= GOAL_MS else "   over"))
    print(f"  peak memory of the process: {peak_mb:.0f} MB (goal < 250 MB)"
          + ("" if peak_mb < 250 else "   over"))
    print(f"  (the meeting's import, in its own process beforehand: {import_mb:.0f} MB)")


if __name__ == "__main__":
    main()
