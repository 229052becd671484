"""How long the chair's script and the status bar take to refresh (they refresh after every
change, coalesced), for the demo meeting and for a generated committee of 2,000 members and 120
cells, both rounds locked; and the whole script printed as a PDF. Step 8 is timed after a change
the results are not read from (a document noted: the usual refresh) and after one they are (a
member renamed: the results computed anew).

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/walkthrough.py [--runs N]
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import select  # noqa: E402

from models.ballot import BallotRound, RoundState  # noqa: E402
from models.database import Database, open_database  # noqa: E402
from models.roster import Member  # noqa: E402
from services.documents.chair_script import render_chair_script  # noqa: E402
from services.meeting_file.store import import_meeting  # noqa: E402
from services.proceedings.chair_script import step_script  # noqa: E402
from services.proceedings.status import meeting_status, record_document  # noqa: E402
from tests.helpers.generated import generated_meeting_file  # noqa: E402

DEMO = ROOT / "resources" / "demo" / "tien-giang-2021.meeting.json"


def locked_meeting(db: Database, path: Path) -> int:
    meeting_id = import_meeting(db, path)
    with db.session("bench") as s, s.begin():
        for stored in s.scalars(select(BallotRound).where(BallotRound.meeting_id == meeting_id)):
            stored.state = RoundState.locked
            stored.locked_at = dt.datetime(2022, 1, 7, 10, 0)
    return meeting_id


def median_ms(action: Callable[[], object], runs: int,
              before: Callable[[int], object] | None = None) -> float:
    """The median time of `action`; `before(run)` (a change to the meeting) is not counted."""
    times = []
    for run in range(runs):
        if before is not None:
            before(run)
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def measure(db: Database, meeting_id: int, label: str, runs: int) -> None:
    def script(step: int) -> Callable[[], object]:
        def run() -> object:
            with db.session() as s:
                return step_script(s, meeting_id, step)
        return run

    def status() -> object:
        with db.session() as s:
            return meeting_status(s, meeting_id)

    def pdf() -> object:
        with db.session() as s:
            render_chair_script(s, meeting_id, io.BytesIO())
        return None

    def document_noted(run: int) -> None:  # a change the results are not read from
        with db.session("bench") as s, s.begin():
            record_document(s, meeting_id, "bench", f"/tmp/{run}.pdf")

    def member_renamed(run: int) -> None:  # a change they are read from: computed anew
        with db.session("bench") as s, s.begin():
            member = s.scalars(select(Member).where(Member.meeting_id == meeting_id)
                               .order_by(Member.id)).first()
            assert member is not None
            member.full_name = member.full_name.rstrip(" I") + " I" * (run % 2)

    print(f"{label}: script step 2 {median_ms(script(2), runs):.1f} ms, step 6 "
          f"{median_ms(script(6), runs):.1f} ms, step 8 (results) "
          f"{median_ms(script(8), runs, document_noted):.1f} ms after another change, "
          f"{median_ms(script(8), max(1, runs // 4), member_renamed):.0f} ms after a change "
          f"to what the results read, status {median_ms(status, runs):.1f} ms, "
          f"whole script PDF {median_ms(pdf, max(1, runs // 5)):.0f} ms (median of {runs}; "
          f"goal for a refresh: ≤ 16 ms, one frame)")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=20)
    runs = parser.parse_args().runs
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(Path(folder) / "bench.sqlite")
        measure(db, locked_meeting(db, DEMO), "demo (10 voters, 67 members, 8 cells)", runs)
        big = Path(folder) / "big.meeting.json"
        big.write_text(json.dumps(generated_meeting_file(), ensure_ascii=False), encoding="utf-8")
        measure(db, locked_meeting(db, big), "generated (40 voters, 2,000 members, 120 cells)",
                runs)
        db.dispose()


if __name__ == "__main__":
    main()
