"""A short crash drill (the full one is bench/crash.py): the app's write paths killed with
SIGKILL at random moments lose no acknowledged change and leave an intact, verifiable file."""

from __future__ import annotations

from pathlib import Path

from bench.crash_harness import Acknowledged, Figures, check, drill, prepare


def test_killed_at_random_moments_nothing_acknowledged_is_lost(tmp_path: Path) -> None:
    figures = drill(tmp_path, kills=8, seed=7, early_share=0.0, acknowledged_first=20)
    assert figures.problems == []
    assert figures.kills == 8
    assert figures.acknowledged >= 8 * 20
    assert figures.acknowledged_keystrokes > 0 and figures.acknowledged_comments > 0
    assert figures.typed_lost == 0
    assert figures.clean


def test_the_check_notices_a_lost_change(tmp_path: Path) -> None:
    """The drill's check is not blind: acknowledgements with nothing behind them are lost."""
    database = tmp_path / "crash.sqlite"
    prepare(database)
    acked = Acknowledged(attendance={1: (5, "absent")}, comments={42})
    figures = Figures()
    check(database, acked, figures)
    assert figures.lost == 2
    assert figures.integrity_failures == figures.verify_failures == 0
