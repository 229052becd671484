"""The room screen's and the undo stack's costs on the seed meeting (67 members, both rounds).

Prints the time to rebuild the room screen's content after a data change (the step and the
results of the locked rounds, read and computed again; run at most once per burst of changes),
the time to show a new paragraph (no results recomputed), and the time to undo and redo one
roster edit through the audit log.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/room.py
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtWidgets import QApplication  # noqa: E402
from sqlalchemy import select  # noqa: E402

import ui  # noqa: E402, F401  (keeps None alive for PySide6 on Python 3.11)
from models.audit import GROUP_KEY  # noqa: E402
from models.ballot import BallotRound, RoundState  # noqa: E402
from models.database import open_database  # noqa: E402
from models.roster import Member  # noqa: E402
from services.integrity.undo import redo_group, undo_group  # noqa: E402
from services.meeting_file.store import import_meeting  # noqa: E402
from tests.helpers import SEED_MEETING  # noqa: E402
from ui.context import MeetingContext, MeetingEvents  # noqa: E402
from ui.room_screen import RoomScreen  # noqa: E402

RUNS = 30


def timed(action: Callable[[], object]) -> list[float]:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return times


def report(name: str, times: list[float]) -> None:
    print(f"{name}: median {statistics.median(times):.1f} ms, worst {max(times):.1f} ms")


def main() -> None:
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(Path(folder) / "bench.sqlite")
        meeting = import_meeting(db, SEED_MEETING)
        with db.session("bench") as s, s.begin():
            for round_ in s.scalars(select(BallotRound)):
                round_.state = RoundState.locked
        context = MeetingContext(db, meeting, MeetingEvents())
        screen = RoomScreen(context)
        screen.resize(1920, 1080)
        screen.show()
        app.processEvents()
        report("room screen reload (2 locked rounds, 75 subjects)", timed(screen.reload))
        paragraph = iter(range(1, 10**6))
        report("room screen, new paragraph", timed(lambda: context.events.paragraph_focused.emit(
            next(paragraph), "Đoạn đang thảo luận")))

        with db.session("chair") as s, s.begin():
            member = s.scalars(select(Member).where(Member.meeting_id == meeting)).first()
            assert member is not None
            member.position = "Bí thư Chi bộ"
            group = str(s.info[GROUP_KEY])

        def undo_redo() -> None:
            undo_group(db, group, "chair")
            redo_group(db, group, "chair")

        report("undo + redo of one roster edit", timed(undo_redo))
        screen.close()
        db.dispose()


if __name__ == "__main__":
    main()
