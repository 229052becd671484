"""`verify` catches a raw SQL edit of any value of any audited table, and any tampering with the
log itself; putting the value back makes the database intact again."""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import JSON, Boolean, Column, Date, DateTime, Enum, Integer

from models.audit import event_hash
from models.database import Database, open_database
from services.integrity.audit import audited_tables, verify
from tests.helpers.integrity import full_meeting

AUDITED = {table.name: table for table in audited_tables()}


@pytest.fixture(scope="module")
def meeting_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    db = open_database(tmp_path_factory.mktemp("verify") / "hoinghi.sqlite")
    full_meeting(db)
    yield db
    db.dispose()


def raw(db: Database) -> sqlite3.Connection:
    """A plain connection, as someone editing the file by hand would open it (no foreign keys,
    no CHECK constraints in the way)."""
    assert db.file is not None
    connection = sqlite3.connect(db.file, isolation_level=None)
    connection.execute("PRAGMA ignore_check_constraints=ON")
    return connection


def other_value(column: Column[Any], value: Any) -> Any:
    """A different value of the column's type, as plausible as an edit could be."""
    kind = column.type
    if isinstance(kind, Enum):
        return next(code for code in kind.enums if code != value)
    if isinstance(kind, Boolean):
        return 0 if value else 1
    if isinstance(kind, Integer):
        return (value or 0) + 1000
    if isinstance(kind, DateTime):
        return "2019-05-04 03:02:01.000000"
    if isinstance(kind, Date):
        return "2019-05-04"
    if isinstance(kind, JSON):
        return json.dumps({"sửa": 1}) if value != json.dumps({"sửa": 1}) else "{}"
    return f"{value or ''}(sửa)"


def test_every_audited_table_has_rows_to_edit(meeting_db: Database) -> None:
    with raw(meeting_db) as connection:
        empty = [name for name in AUDITED
                 if connection.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] == 0]
    assert empty == [], "tests/integrity/support.full_meeting must fill every audited table"


@pytest.mark.parametrize("table_name", sorted(AUDITED))
def test_an_edit_of_any_column_is_named(meeting_db: Database, table_name: str) -> None:
    table = AUDITED[table_name]
    connection = raw(meeting_db)
    rowid, *values = connection.execute(
        f'SELECT rowid, {", ".join(c.name for c in table.columns)} FROM "{table_name}" '
        "ORDER BY rowid DESC LIMIT 1").fetchone()
    for column, value in zip(table.columns, values, strict=True):
        edited = other_value(column, value)
        connection.execute(f'UPDATE "{table_name}" SET "{column.name}" = ? WHERE rowid = ?',
                           (edited, rowid))
        result = verify(meeting_db)
        assert not result.intact, f"{table_name}.{column.name} = {edited!r} went unseen"
        problem = result.problem or ""
        assert f"bảng {table_name}" in problem
        assert f"cột {column.name}" in problem or column.primary_key, problem
        moved = edited if column.primary_key and isinstance(column.type, Integer) else rowid
        connection.execute(f'UPDATE "{table_name}" SET "{column.name}" = ? WHERE rowid = ?',
                           (value, moved))
        assert verify(meeting_db).intact, f"{table_name}.{column.name} put back"
    connection.close()


@pytest.mark.parametrize("table_name", sorted(AUDITED))
def test_a_row_deleted_by_hand_is_named(meeting_db: Database, table_name: str) -> None:
    connection = raw(meeting_db)
    row = connection.execute(f'SELECT * FROM "{table_name}" ORDER BY rowid DESC').fetchone()
    connection.execute(f'DELETE FROM "{table_name}" WHERE rowid = '
                       f'(SELECT max(rowid) FROM "{table_name}")')
    problem = verify(meeting_db).problem or ""
    assert f"bảng {table_name}" in problem and "đã bị xóa khỏi dữ liệu" in problem
    connection.execute(f'INSERT INTO "{table_name}" VALUES ({", ".join("?" * len(row))})', row)
    assert verify(meeting_db).intact
    connection.close()


def test_a_copied_row_is_named(meeting_db: Database) -> None:
    connection = raw(meeting_db)
    connection.execute("CREATE TEMP TABLE copy AS SELECT * FROM member ORDER BY id LIMIT 1")
    connection.execute("UPDATE copy SET id = 9999, code = 'gia'")
    connection.execute("INSERT INTO member SELECT * FROM copy")
    problem = verify(meeting_db).problem or ""
    assert "bảng member, dòng 9999: có trong dữ liệu nhưng không có trong nhật ký" in problem
    connection.execute("DELETE FROM member WHERE id = 9999")
    connection.close()
    assert verify(meeting_db).intact


@pytest.fixture
def fresh_db(tmp_path: Path) -> Iterator[Database]:
    db = open_database(tmp_path / "hoinghi.sqlite")
    full_meeting(db)
    yield db
    db.dispose()


def events(db: Database) -> int:
    with raw(db) as connection:
        return int(connection.execute("SELECT count(*) FROM audit_event").fetchone()[0])


@pytest.mark.parametrize("column", ["at", "actor", "table_name", "row_id", "action", "changes",
                                    "prev_hash", "hash", "change_group"])
@pytest.mark.parametrize("where", ["first", "middle", "last"])
def test_an_edited_event_breaks_the_chain(fresh_db: Database, column: str, where: str) -> None:
    count = events(fresh_db)
    event_id = {"first": 1, "middle": count // 2, "last": count}[where]
    with raw(fresh_db) as connection:
        connection.execute(f"UPDATE audit_event SET {column} = {column} || 'x' WHERE id = ?",
                           (event_id,))
    problem = verify(fresh_db).problem or ""
    assert f"sự kiện nhật ký #{event_id}" in problem or f"#{event_id + 1}" in problem, problem


@pytest.mark.parametrize("where", ["first", "middle"])
def test_a_deleted_event_breaks_the_chain(fresh_db: Database, where: str) -> None:
    count = events(fresh_db)
    event_id = {"first": 1, "middle": count // 2}[where]
    with raw(fresh_db) as connection:
        connection.execute("DELETE FROM audit_event WHERE id = ?", (event_id,))
    assert "không nối tiếp" in (verify(fresh_db).problem or "")


def test_the_last_event_deleted_no_longer_matches_the_data(fresh_db: Database) -> None:
    with raw(fresh_db) as connection:
        table = connection.execute("SELECT table_name FROM audit_event "
                                   "ORDER BY id DESC").fetchone()[0]
        connection.execute("DELETE FROM audit_event WHERE id = (SELECT max(id) FROM audit_event)")
    problem = verify(fresh_db).problem or ""
    assert f"bảng {table}" in problem, problem


def test_swapped_events_break_the_chain(fresh_db: Database) -> None:
    with raw(fresh_db) as connection:
        connection.execute("UPDATE audit_event SET id = -1 WHERE id = 5")
        connection.execute("UPDATE audit_event SET id = 5 WHERE id = 6")
        connection.execute("UPDATE audit_event SET id = 6 WHERE id = -1")
    assert "sự kiện nhật ký #5" in (verify(fresh_db).problem or "")


def test_a_whole_log_deleted_leaves_the_data_unaccounted(fresh_db: Database) -> None:
    with raw(fresh_db) as connection:
        connection.execute("DELETE FROM audit_event")
    assert "không có trong nhật ký" in (verify(fresh_db).problem or "")


def test_an_event_forged_without_the_chain_is_caught(fresh_db: Database) -> None:
    """An event appended by hand with a made-up hash (not recomputed) is caught."""
    with raw(fresh_db) as connection:
        last = connection.execute("SELECT hash FROM audit_event ORDER BY id DESC").fetchone()[0]
        connection.execute(
            "INSERT INTO audit_event (at, actor, table_name, row_id, action, changes, "
            "prev_hash, hash) VALUES ('2022-01-07', 'chair', 'member', '1', 'update', "
            "'{\"position\":[\"\",\"X\"]}', ?, ?)", (last, "f" * 64))
    assert "đã bị sửa" in (verify(fresh_db).problem or "")
    assert event_hash(last, "2022-01-07", "chair", "member", "1", "update",
                      '{"position":["","X"]}') != "f" * 64


@pytest.mark.parametrize("statement", [
    "UPDATE entry_ballot SET marks = replace(marks, '1', '2') WHERE id = 1",
    "UPDATE entry_ballot SET marks = '9' || substr(marks, 2) WHERE id = 2",
    "UPDATE entry_ballot SET marks = substr(marks, 2) WHERE id = 3",
    "UPDATE entry_ballot SET voided = 1 WHERE id = 4",
    "UPDATE entry_ballot SET complete = 0 WHERE id = 5",
    "DELETE FROM entry_ballot WHERE id = 6",
    "INSERT INTO entry_ballot (sheet_id, number, marks, complete, voided) "
    "SELECT sheet_id, 99, marks, 1, 0 FROM entry_ballot WHERE id = 7",
])
def test_a_keyed_ballot_of_a_locked_round_edited_by_hand_is_named(fresh_db: Database,
                                                                   statement: str) -> None:
    """Ballots as keyed are not in the log (secrecy), but those of a locked round must still add
    up to its locked counts."""
    with raw(fresh_db) as connection:
        connection.execute(statement)
    problem = verify(fresh_db).problem or ""
    assert "bảng entry_ballot" in problem, problem
    # The round by its title, with its meeting's (never its code).
    named = "vòng “[^”]+” bản 1 của hội nghị “[^”]+” ngày [0-9/]+ đã khóa"
    assert re.search(named, problem), problem
    assert "chi-bo-2" not in problem
