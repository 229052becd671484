"""Per-ballot entry speed: the seed member round (10 ballots × 67 rows) keyed with QTest.

Prints, against one frame (16 ms): the processing time of one keystroke (the screen changes and
the key is queued for the window's writer; median and worst) beside its floors (a key nobody
handles; one row changed and repainted in a bare Qt table of the page's size), the time from a
key to its acknowledgement (the writer's commit, each key its own transaction with
synchronous=FULL, as in the room), the time from Enter to the next ballot on screen (shown
blank at once while the writer saves the last one) and to the writer's answer (the ballot
saved, the next one opened), and the time to recompute the result after a change (agree the
counts, compute, refill the result table).

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/entry.py
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from functools import partial
from pathlib import Path
from types import MappingProxyType

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QItemSelectionModel, Qt  # noqa: E402
from PySide6.QtGui import QStandardItem, QStandardItemModel  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QTableView, QWidget  # noqa: E402

from models.database import open_database  # noqa: E402
from models.enums import Level  # noqa: E402
from services.ballot.sheets import round_subjects  # noqa: E402
from services.ballot.writer import Report  # noqa: E402
from services.meeting_file.format import parse_meeting  # noqa: E402
from services.meeting_file.store import import_meeting  # noqa: E402
from services.rules.engine import _RATED, _WITH_STATUS, compute_round  # noqa: E402
from tests.helpers import SEED_MEETING  # noqa: E402
from tests.helpers.generated import generated_meeting_file  # noqa: E402
from tests.helpers.piles import approve_tellers, call_the_roll, pile, seed_counts  # noqa: E402
from ui.ballot.page import MembersBallotPage  # noqa: E402
from ui.ballot.saving import KeyWriter  # noqa: E402
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


FRAME_MS = 16.0
PACE_MS = 60  # a fast typist's keys, one ballot's worth


def pause(app: QApplication, milliseconds: float) -> None:
    """Let the window (and its writer) run for a while, as between a person's keys."""
    until = time.perf_counter() + milliseconds / 1000
    while time.perf_counter() < until:
        app.processEvents()
        time.sleep(0.002)


def figures(label: str, samples: list[float]) -> str:
    return (f"{label}: median {statistics.median(samples):.2f} ms, "
            f"worst {max(samples):.2f} ms over {len(samples)} (frame {FRAME_MS:.0f} ms)")


class Acknowledgements:
    """When each key was queued (window's thread) and committed (writer's thread)."""

    def __init__(self, writer: KeyWriter) -> None:
        self.queued: dict[int, float] = {}
        self.committed: dict[int, float] = {}
        self.writer = writer
        writer.submitted.connect(self._queued)
        writer.writer.listeners.append(self._committed)

    def _queued(self) -> None:
        self.queued[max(w.seq for w in self.writer.mine)] = time.perf_counter()

    def _committed(self, report: Report) -> None:
        if not report.waiting:
            self.committed[report.write.seq] = time.perf_counter()

    def latencies(self) -> list[float]:
        return [(self.committed[seq] - at) * 1000 for seq, at in self.queued.items()
                if seq in self.committed]


def bare_table_floor(app: QApplication, rows: int, columns: int) -> list[float]:
    """A key's floor: one X set in a bare Qt table (Qt's own model, no Python per cell) of
    the page's size, the cursor moved down and the screen repainted, at the typist's pace."""
    model = QStandardItemModel(rows, columns)
    for row in range(rows):
        for column in range(columns):
            model.setItem(row, column, QStandardItem(str(row + 1) if column == 0 else ""))
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    table.resize(1366, 768)
    table.show()
    pause(app, 100)
    samples = []
    for row in range(rows - 1):
        pause(app, PACE_MS)
        start = time.perf_counter()
        model.item(row, 2 + row % (columns - 2)).setText("X")
        table.selectionModel().setCurrentIndex(
            model.index(row + 1, 1), QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        app.processEvents()
        samples.append((time.perf_counter() - start) * 1000)
    table.close()
    return samples


def engine_figures(members: int = 2000) -> str:
    """The rules engine alone at 2,000 subjects: a round computed afresh, and computed again
    after one changed count (one vote moved on a different subject each time)."""
    meeting = parse_meeting(generated_meeting_file(members=members))
    round_ = max(meeting.rounds, key=lambda r: len(r.subjects))
    fresh: list[float] = []
    again: list[float] = []
    for n in range(5):
        _RATED.clear()
        _WITH_STATUS.clear()
        fresh.append(timed(lambda: compute_round(round_, meeting.rules)))
        subjects = list(round_.subjects)
        moved = next(k for k in range(n, len(subjects)) if subjects[k].votes_for(Level.HTTNV))
        votes = dict(subjects[moved].votes)
        votes[Level.HTTNV] -= 1
        votes[Level.HTNV] = votes.get(Level.HTNV, 0) + 1
        subjects[moved] = replace(subjects[moved], votes=MappingProxyType(votes))
        changed = replace(round_, subjects=tuple(subjects))
        again.append(timed(partial(compute_round, changed, meeting.rules)))
    return (figures(f"rules engine, {len(round_.subjects)} subjects, computed afresh", fresh)
            + "\n" + figures("  computed again after one changed count", again))


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
        shown: list[float] = []
        answered: list[float] = []
        paced: list[float] = []
        acks = Acknowledgements(page.entry.writer)
        for teller in range(2):
            page.tabs.setCurrentIndex(page.ENTRY)
            page.entry.switch_button.click()
            page.entry.tellers.setCurrentIndex(teller)
            page.entry.start_button.click()
            table = page.entry.per_ballot.table
            view = page.entry.per_ballot
            for number, marks in enumerate(ballots):
                if teller == 0 and number == 0:  # a fast typist: the writer keeps up
                    for mark in marks:
                        pause(app, PACE_MS)
                        paced.append(key_time(app, table, mark))
                else:  # back to back: the writer always behind, sharing the interpreter
                    keys += [key_time(app, table, mark) for mark in marks]
                start = time.perf_counter()
                before = view.counter.text()
                QTest.keyClick(table, Qt.Key.Key_Return)
                while view.counter.text() == before:
                    app.processEvents()
                app.processEvents()  # painted
                shown.append((time.perf_counter() - start) * 1000)
                while view.awaited is not None:
                    app.processEvents()
                answered.append((time.perf_counter() - start) * 1000)
            page.entry.writer.drain()
        assert page.entry.per_ballot.counter.text() == "Đã nhập đủ 10 / 10 phiếu"
        print(f"per-ballot entry, {len(ballots)} ballots × {len(ballots[0])} rows, "
              f"two tellers ({len(tellers[:2])}), SQLite file, synchronous=FULL")
        idle = QWidget()  # the floor at that pace: a key nobody handles, nothing repainted
        floor = []
        for _ in paced:
            pause(app, PACE_MS)
            floor.append(key_time(app, idle, Qt.Key.Key_F13))
        print(figures(f"keystroke at one key per {PACE_MS} ms (row changed, key queued, "
                      "repaint)", paced))
        print(figures("  floor at that pace (a key nobody handles: this machine's wake-up)",
                      floor))
        print(figures("  floor: one row changed in a bare Qt table of the page's size, "
                      "repainted", bare_table_floor(app, len(ballots[0]), 7)))
        print(figures("keystroke, keys back to back", keys))
        print(figures("key → acknowledged (committed by the writer)", acks.latencies()))
        print(figures("Enter → next ballot on screen", shown))
        print(figures("Enter → the writer's answer (ballot saved, next one opened)",
                      answered))

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
                page.entry.writer.drain()

            def agree_and_show() -> None:
                page.tabs.setCurrentIndex(page.DIFFERENCES)
                page.differences.agree_button.click()
                page.tabs.setCurrentIndex(page.RESULT)

            recompute.append(timed(agree_and_show))
        print(figures("recompute after a change (compare, agree, compute, show result)",
                      recompute))
        print(engine_figures())
        page.entry.writer.drain()
        page.close()
        page.deleteLater()
        app.processEvents()
        db.dispose()


if __name__ == "__main__":
    main()
