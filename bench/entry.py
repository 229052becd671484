"""Per-ballot entry speed: the seed member round (10 ballots × 67 rows) keyed with QTest.

Prints the processing time of one keystroke (median and worst, each key written to the database
in its own transaction, as in the room), the time of Enter (save the ballot, open the next),
and the time to recompute the result after a change (agree the counts, compute, refill the
result table).

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/entry.py
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from models.database import open_database  # noqa: E402
from services.ballot.sheets import round_subjects  # noqa: E402
from services.meeting_file.store import import_meeting  # noqa: E402
from tests.helpers import SEED_MEETING  # noqa: E402
from tests.helpers.piles import approve_tellers, call_the_roll, pile, seed_counts  # noqa: E402
from ui.ballot.page import MembersBallotPage  # noqa: E402
from ui.context import MeetingContext, MeetingEvents  # noqa: E402


def key_time(app: QApplication, widget: QWidget, key: str | Qt.Key) -> float:
    """Milliseconds from the key to the screen updated: the handler (database write, model
    change) and the event loop's repaint that follows."""
    start = time.perf_counter()
    if isinstance(key, str):
        QTest.keyClicks(widget, key)  # one character: one key press and release
    else:
        QTest.keyClick(widget, key)
    app.processEvents()
    return (time.perf_counter() - start) * 1000


def timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return (time.perf_counter() - start) * 1000


def figures(label: str, samples: list[float]) -> str:
    return (f"{label}: median {statistics.median(samples):.2f} ms, "
            f"worst {max(samples):.2f} ms over {len(samples)}")


def main() -> None:
    app = QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(Path(folder) / "bench.sqlite")
        meeting_id = import_meeting(db, SEED_MEETING)
        call_the_roll(db, meeting_id)  # a round opens after the roll call
        tellers = approve_tellers(db, meeting_id)
        page = MembersBallotPage(MeetingContext(db, meeting_id, MeetingEvents()))
        page.resize(1366, 768)
        page.show()
        page.open_button.click()
        form = page.reconciliation
        form.edits["issued"].setText("10")
        form.edits["returned"].setText("10")
        form.save_button.click()
        assert page.round_id is not None
        ballots = pile(seed_counts(), [r.code for r in round_subjects(db, page.round_id)])
        keys: list[float] = []
        enters: list[float] = []
        for teller in range(2):
            page.tabs.setCurrentIndex(page.ENTRY)
            page.entry.switch_button.click()
            page.entry.tellers.setCurrentIndex(teller)
            page.entry.start_button.click()
            table = page.entry.per_ballot.table
            for marks in ballots:
                keys += [key_time(app, table, mark) for mark in marks]
                enters.append(key_time(app, table, Qt.Key.Key_Return))
        assert page.entry.per_ballot.counter.text() == "Đã nhập đủ 10 / 10 phiếu"
        print(f"per-ballot entry, {len(ballots)} ballots × {len(ballots[0])} rows, "
              f"two tellers ({len(tellers[:2])}), SQLite file, synchronous=FULL")
        print(figures("keystroke (write, one row changed, repaint)", keys))
        print(figures("Enter (save ballot, open next)", enters))

        page.tabs.setCurrentIndex(page.DIFFERENCES)
        page.differences.agree_button.click()
        page.tabs.setCurrentIndex(page.RESULT)
        recompute: list[float] = []
        view = page.entry.per_ballot
        for round_trip in range(5):
            mark = "1" if round_trip % 2 == 0 else ballots[0][0]
            for teller in range(2):  # the same correction by both tellers
                page.tabs.setCurrentIndex(page.ENTRY)
                page.entry.switch_button.click()
                page.entry.tellers.setCurrentIndex(teller)
                page.entry.start_button.click()
                view.reopen(1)
                QTest.keyClicks(view.table, mark)

            def agree_and_show() -> None:
                page.tabs.setCurrentIndex(page.DIFFERENCES)
                page.differences.agree_button.click()
                page.tabs.setCurrentIndex(page.RESULT)

            recompute.append(timed(agree_and_show))
        print(figures("recompute after a change (compare, agree, compute, show result)",
                      recompute))
        page.close()
        page.deleteLater()
        app.processEvents()
        db.dispose()


if __name__ == "__main__":
    main()
