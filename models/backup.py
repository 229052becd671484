"""Snapshots of the SQLite file, taken with SQLite's online backup API (safe while in use)."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

KEEP_BACKUPS = 20


def backups_dir(database: Path) -> Path:
    return database.parent / f"{database.stem}-backups"


def backup_sqlite(database: Path, reason: str) -> Path:
    """Copy `database` to its backups folder, named by time and reason; keep the newest 20."""
    folder = backups_dir(database)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{database.stem}-{stamp}-{reason}.sqlite"
    source = sqlite3.connect(database)
    try:
        copy = sqlite3.connect(target)
        try:
            source.backup(copy)
        finally:
            copy.close()
    finally:
        source.close()
    for old in list_backups(database)[KEEP_BACKUPS:]:
        old.unlink(missing_ok=True)
    return target


def list_backups(database: Path) -> list[Path]:
    """Backups of `database`, newest first."""
    folder = backups_dir(database)
    if not folder.is_dir():
        return []
    return sorted(folder.glob(f"{database.stem}-*.sqlite"), reverse=True)
