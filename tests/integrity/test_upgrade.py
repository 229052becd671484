"""A database left by an earlier release opens with today's code: backed up as it was, then
migrated to every head, and its data intact (`verify` exit 0). The files in tests/data/upgrade
are made by make_database.py, one per release; every later schema must open them all."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from models.database import current_revisions, migration_heads, open_database
from services.meeting_file.store import export_meeting
from tests.helpers import PROJECT_ROOT, SEED_MEETING

RELEASES = sorted((PROJECT_ROOT / "tests" / "data" / "upgrade").glob("*.sqlite"))


def dump(path: Path) -> list[str]:
    with sqlite3.connect(path) as connection:
        lines = list(connection.iterdump())
    connection.close()
    return lines


def verify(path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(PROJECT_ROOT / "main.py"), "--db", str(path),
                           "verify"], capture_output=True, text=True, cwd=PROJECT_ROOT)


def open_and_check(path: Path) -> None:
    """Open `path` as the app does and check: a backup holding the file as it was whenever a
    migration ran, every head reached, the demo meeting's members all there, verify exit 0."""
    before = dump(path)
    with sqlite3.connect(path) as connection:
        old_revisions = {row[0] for row in connection.execute("SELECT * FROM alembic_version")}
    connection.close()
    db = open_database(path)
    try:
        assert current_revisions(db) == migration_heads()
        [meeting_id] = [row[0] for row in db.engine.connect().exec_driver_sql(
            "SELECT id FROM meeting")]
        exported = export_meeting(db, meeting_id)
    finally:
        db.dispose()
    backups = list((path.parent / f"{path.stem}-backups").glob("*.sqlite"))
    if old_revisions == migration_heads():
        assert backups == []  # nothing to migrate, nothing copied
    else:
        [backup] = backups
        assert "truoc-nang-cap" in backup.name and dump(backup) == before
    seed = json.loads(SEED_MEETING.read_text(encoding="utf-8"))
    assert [m["name"] for m in exported["members"]] == [m["name"] for m in seed["members"]]
    checked = verify(path)
    assert checked.returncode == 0, checked.stderr
    assert "nguyên vẹn" in checked.stdout


def test_there_is_a_database_of_a_release() -> None:
    assert RELEASES, "run tests/data/upgrade/make_database.py"


@pytest.mark.parametrize("release", RELEASES, ids=[path.stem for path in RELEASES])
def test_a_release_database_opens_backed_up_migrated_and_intact(release: Path,
                                                                 tmp_path: Path) -> None:
    copy = tmp_path / "Nguyễn Văn A" / release.name
    copy.parent.mkdir()
    shutil.copy(release, copy)
    open_and_check(copy)


def test_a_database_from_before_admission_dates_is_backed_up_then_migrated(
        tmp_path: Path) -> None:
    """The newest release's file as a release before migration 0007 (member admission dates)
    would have left it, with every row of the meeting: opening it runs 0007, which copies the
    member table (SQLite's batch mode) under the rows of every table that refers to it; no row
    of any table may be lost."""
    copy = tmp_path / "Tài liệu" / "hoinghi.sqlite"
    copy.parent.mkdir()
    shutil.copy(RELEASES[-1], copy)
    with sqlite3.connect(copy) as connection:
        connection.execute("ALTER TABLE member DROP COLUMN admitted_on")
        connection.execute("DELETE FROM alembic_version WHERE version_num = '0007'")
        counts = table_counts(connection)
    connection.close()
    open_and_check(copy)
    with sqlite3.connect(copy) as connection:
        after = table_counts(connection)
    connection.close()
    # no row lost; a later migration may add rows (and the audit events that record them)
    assert {name: min(after[name], count) for name, count in counts.items()} == counts


def table_counts(connection: sqlite3.Connection) -> dict[str, int]:
    names = [row[0] for row in connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name != 'alembic_version'")]
    return {name: connection.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]
            for name in names}
