"""Three station processes key the same round at once (bench/stations_harness.py), with random
pauses, killed connections and killed stations: the chain stays whole and unforked, nothing
acknowledged is lost, no round gets more sheets than it allows, the agreed counts are the file's.

On PostgreSQL when HOINGHI_PG_URL names a throw-away database (CI's), and on one SQLite file.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from bench.stations_harness import Figures, check, drill, prepare, reset_postgresql
from models.ballot_entry import EntryMode
from models.database import open_database
from services.ballot.sheets import approved_tellers, round_subjects, set_total, start_sheet
from tests.helpers.piles import seed_counts

PG_URL = os.environ.get("HOINGHI_PG_URL")


def assert_clean(figures: Figures) -> None:
    assert figures.problems == [] and figures.lost == 0 and figures.forks == 0
    assert figures.sheets == 2 and figures.refusals >= 1
    assert figures.keystrokes > 0 and figures.attendance_marks > 0


@pytest.mark.skipif(not PG_URL, reason="HOINGHI_PG_URL is not set")
def test_three_stations_on_postgresql(tmp_path: Path) -> None:
    assert PG_URL is not None
    reset_postgresql(PG_URL)
    figures = drill(PG_URL, tmp_path, sigkills=2, connection_kills=5, seed=3)
    assert_clean(figures)
    assert figures.sigkills == 2 and figures.connection_kills >= 1


def test_three_stations_on_one_sqlite_file(tmp_path: Path) -> None:
    figures = drill(f"sqlite:///{tmp_path / 'stations.sqlite'}", tmp_path, sigkills=2, seed=5)
    assert_clean(figures)
    assert figures.sigkills == 2


def test_the_check_notices_a_lost_keystroke(tmp_path: Path) -> None:
    """The drill's check is not blind: an acknowledged count the database lacks is lost, and
    counts short of the file's are named."""
    url = f"sqlite:///{tmp_path / 'check.sqlite'}"
    round_id = prepare(url)
    db = open_database(url)
    try:
        teller = approved_tellers(db, 1)[0]
        sheet = start_sheet(db, round_id, teller.id, EntryMode.totals).id
        subject = round_subjects(db, round_id)[0]
        value = seed_counts("dang-vien")[subject.code][0]
        set_total(db, sheet, subject.id, 0, value)
    finally:
        db.dispose()
    (tmp_path / "station-1.log").write_text(
        f"TOTAL {sheet} {subject.id} 0 {value}\nTOTAL {sheet} {subject.id} 1 7\n",
        encoding="utf-8")
    figures = Figures()
    check(url, round_id, tmp_path, figures)
    assert (figures.keystrokes, figures.lost, figures.forks) == (2, 1, 0)
    assert len(figures.problems) == 1 and "cần 2 bản nhập" in figures.problems[0]
