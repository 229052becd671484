"""A migration that adds a column to an audited table records the new values of existing rows
(`record_added_columns`), so `verify` keeps holding across schema upgrades."""

from __future__ import annotations

from sqlalchemy import Column, MetaData, String, Table, text

from models.audit import record_added_columns
from models.database import Database
from services.integrity.audit import audited_tables, verify
from tests.helpers.integrity import full_meeting


def tables_with_nickname() -> list[Table]:
    """The audited tables as the models would describe them after the migration."""
    metadata = MetaData()
    tables = [table.to_metadata(metadata) for table in audited_tables()]
    member = metadata.tables["member"]
    member.append_column(Column("nickname", String(50)))
    return tables


def add_nickname(db: Database) -> None:
    with db.engine.begin() as connection:
        connection.execute(text("ALTER TABLE member ADD COLUMN nickname VARCHAR(50) "
                                "DEFAULT 'chưa có'"))


def test_a_new_column_filled_without_a_record_is_named(db: Database) -> None:
    full_meeting(db)
    add_nickname(db)
    problem = verify(db, tables_with_nickname()).problem or ""
    assert "bảng member" in problem and "cột nickname" in problem


def test_a_new_column_recorded_by_the_migration_keeps_verify_intact(db: Database) -> None:
    full_meeting(db)
    add_nickname(db)
    with db.engine.begin() as connection:
        recorded = record_added_columns(connection, "member", {"nickname": String(50)})
    assert recorded == 67
    result = verify(db, tables_with_nickname())
    assert result.intact, result.problem
    with db.engine.begin() as connection:
        connection.execute(text("UPDATE member SET nickname = 'Ba' WHERE id = 3"))
    assert "cột nickname" in (verify(db, tables_with_nickname()).problem or "")


def test_a_new_nullable_column_left_null_needs_no_record(db: Database) -> None:
    """As migration 0007 adds member.admitted_on: existing rows hold NULL, which verify reads
    for a column their events do not mention; an edit of it is still caught."""
    full_meeting(db)
    with db.engine.begin() as connection:
        connection.execute(text("ALTER TABLE member ADD COLUMN nickname VARCHAR(50)"))
    assert verify(db, tables_with_nickname()).intact
    with db.engine.begin() as connection:
        connection.execute(text("UPDATE member SET nickname = 'Ba' WHERE id = 3"))
    assert "cột nickname" in (verify(db, tables_with_nickname()).problem or "")
