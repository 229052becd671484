"""Snapshots of the SQLite file, taken with SQLite's online backup API (safe while in use), and
the naming and pruning every snapshot folder shares (a server database's meetings are kept as
their export files: services/integrity/backups.py)."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

KEEP_BACKUPS = 20
SQLITE_SUFFIX = ".sqlite"


def backups_dir(database: Path) -> Path:
    return database.parent / f"{database.stem}-backups"


def snapshot_path(folder: Path, stem: str, reason: str, suffix: str) -> Path:
    """A new snapshot's name in `folder`: stem, time (to the microsecond) and reason."""
    folder.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    return folder / f"{stem}-{stamp}-{reason}{suffix}"


def snapshots_in(folder: Path, stem: str, suffix: str) -> list[Path]:
    """The snapshots named `stem`-… in `folder`, newest first."""
    if not folder.is_dir():
        return []
    return sorted(folder.glob(f"{stem}-*{suffix}"), reverse=True)


def prune(folder: Path, stem: str, suffix: str) -> None:
    """Keep the newest KEEP_BACKUPS snapshots."""
    for old in snapshots_in(folder, stem, suffix)[KEEP_BACKUPS:]:
        old.unlink(missing_ok=True)


def backup_sqlite(database: Path, reason: str) -> Path:
    """Copy `database` to its backups folder, named by time and reason; keep the newest 20."""
    folder = backups_dir(database)
    target = snapshot_path(folder, database.stem, reason, SQLITE_SUFFIX)
    source = sqlite3.connect(database)
    try:
        copy = sqlite3.connect(target)
        try:
            source.backup(copy)
        finally:
            copy.close()
    finally:
        source.close()
    prune(folder, database.stem, SQLITE_SUFFIX)
    return target


def list_backups(database: Path) -> list[Path]:
    """Backups of `database`, newest first."""
    return snapshots_in(backups_dir(database), database.stem, SQLITE_SUFFIX)
