"""The database opens, migrates, keeps SQLite's safety settings and backs up before migrating."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic import command
from sqlalchemy import inspect, text

from models.backup import list_backups
from models.database import Database, alembic_config, migrate, open_database, pending_migrations
from models.schema import metadata


def test_empty_database_upgrades_to_the_full_schema(db: Database) -> None:
    tables = set(inspect(db.engine).get_table_names())
    assert set(metadata.tables) <= tables
    assert not pending_migrations(db)


def test_sqlite_runs_with_wal_and_foreign_keys(db: Database) -> None:
    with db.engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert connection.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL


def test_new_database_needs_no_backup(db: Database) -> None:
    assert db.file is not None
    assert list_backups(db.file) == []


def test_database_at_the_baseline_upgrades_and_is_backed_up_first(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    old = open_database(path, upgrade=False)
    config = alembic_config(old.url)
    with old.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
    with old.engine.begin() as connection:
        connection.execute(text("INSERT INTO party_unit (id, name, superior) VALUES (1, 'X', '')"))
    assert pending_migrations(old)
    backup = migrate(old)
    old.dispose()
    assert backup is not None and backup in list_backups(path)
    with sqlite3.connect(backup) as copy:
        assert copy.execute("SELECT name FROM party_unit").fetchall() == [("X",)]
        assert copy.execute("SELECT version_num FROM alembic_version").fetchall() == [("0001",)]
    reopened = open_database(path)
    assert not pending_migrations(reopened)
    with reopened.engine.connect() as connection:
        assert connection.execute(text("SELECT name FROM party_unit")).scalar() == "X"
    reopened.dispose()


def test_models_and_migrations_agree(db: Database) -> None:
    """Autogenerate against the migrated database finds nothing: every model change has a
    migration."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    with db.engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), metadata)
    assert diff == []


def test_a_path_with_vietnamese_letters_spaces_and_brackets_opens(tmp_path: Path) -> None:
    folder = tmp_path / "Tài liệu" / "Tiền Giang (2021) 100%"
    database = open_database(folder / "hội nghị.sqlite")
    assert database.file == folder / "hội nghị.sqlite"
    assert not pending_migrations(database)
    database.dispose()


def test_the_heads_read_from_the_migration_files_are_alembics() -> None:
    from alembic.script import ScriptDirectory

    from models.database import migration_heads, resolve_url

    script = ScriptDirectory.from_config(alembic_config(resolve_url("sqlite://")))
    assert migration_heads() == set(script.get_heads())
    assert len(migration_heads()) >= 1
