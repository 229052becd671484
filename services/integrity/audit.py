"""Checking the audit log: the hash chain is whole, and the data is what the events say.

`verify` walks the events in order, recomputing each hash from the previous one (an event
deleted, edited or reordered breaks the chain), and replays them into the rows they describe; every
audited table must then hold exactly those rows (a value edited with raw SQL no longer matches).
Stored values are read raw, so that a hand-typed value no type accepts is named, not a traceback.
A column a migration added after a row was logged counts as NULL for that row: a nullable column
needs nothing more; one filled with another value is put on the record by the migration
(models.audit.record_added_columns).
The ballots as keyed are not logged (for secrecy); those of a locked round must add up to its
locked counts. A `restore` event (services/integrity/backups.py) changes no rows: the restored rows
are accounted for by the events before it.

Out of reach by design: someone who rewrites the whole chain from an edited event on (the hash
has no secret), or deletes the newest events together with the rows they describe. A printed
fingerprint (`verify --fingerprint`) or a backup held elsewhere is the anchor against both.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Column, Dialect, Table, select, text
from sqlalchemy.orm import Session

from models.audit import GENESIS_HASH, AuditEvent, event_hash, row_key, to_plain
from models.ballot import BallotRound, RoundState
from models.ballot_entry import EntryMode
from models.base import Base
from models.database import Database
from services.ballot.reported import round_named
from services.ballot.shared import counts_of
from services.ballot.sheets import sheet_counts

Row = dict[str, Any]


@dataclass(frozen=True)
class VerifyResult:
    """The outcome of a check: `problem` names the first mismatch, or is None when intact."""

    events: int
    rows: int
    problem: str | None

    @property
    def intact(self) -> bool:
        return self.problem is None


def audited_tables() -> list[Table]:
    tables = [
        mapper.local_table
        for mapper in Base.registry.mappers
        if getattr(mapper.class_, "__audited__", False)
    ]
    unique = {table.name: table for table in tables if isinstance(table, Table)}
    return [unique[name] for name in sorted(unique)]


def _replay(session: Session) -> tuple[dict[tuple[str, str], Row], int, str | None]:
    """Rows as the events describe them, the number of events, and the first chain break."""
    state: dict[tuple[str, str], Row] = {}
    previous = GENESIS_HASH
    count = 0
    for event in session.scalars(select(AuditEvent).order_by(AuditEvent.id)):
        count += 1
        where = f"sự kiện nhật ký #{event.id} ({event.table_name} {event.row_id}, {event.action})"
        if event.prev_hash != previous:
            broken = "không nối tiếp sự kiện trước (bị xóa, chèn hoặc đổi thứ tự)"
            return state, count, f"{where}: {broken}"
        expected = event_hash(event.prev_hash, event.at, event.actor, event.table_name,
                              event.row_id, event.action, event.changes, event.change_group)
        if expected != event.hash:
            return state, count, f"{where}: nội dung sự kiện đã bị sửa (mã băm không khớp)"
        previous = event.hash
        key = (event.table_name, event.row_id)
        changes = json.loads(event.changes)
        if event.action == "insert":
            state[key] = dict(changes)
        elif event.action == "update":
            row = state.setdefault(key, {})
            for column, (_old, new) in changes.items():
                row[column] = new
        elif event.action == "delete":
            state.pop(key, None)
    return state, count, None


def _read_value(column: Column[Any], raw: Any, dialect: Dialect) -> Any:
    """A stored value as the ORM would read it, in the log's plain form; raises ValueError when
    the text is not a value of the column's type (an enum code or a date typed in by hand)."""
    processor = column.type.dialect_impl(dialect).result_processor(dialect, None)
    try:
        return to_plain(processor(raw) if processor is not None and raw is not None else raw)
    except (ValueError, LookupError, TypeError) as error:
        raise ValueError(f"{raw!r} không phải giá trị hợp lệ của cột") from error


def _compare(session: Session, state: dict[tuple[str, str], Row],
             tables: list[Table]) -> tuple[int, str | None]:
    """Every row of `tables`, read raw (no type conversion that a hand edit could break), against
    the rows the log describes."""
    rows = 0
    dialect = session.get_bind().dialect
    for table in tables:
        expected = {rid: row for (name, rid), row in state.items() if name == table.name}
        names = ", ".join(f'"{column.name}"' for column in table.columns)
        for raw in session.execute(text(f'SELECT {names} FROM "{table.name}"')):
            rows += 1
            values: Row = {}
            problem = None
            for column, value in zip(table.columns, raw, strict=True):
                try:
                    values[column.name] = _read_value(column, value, dialect)
                except ValueError as error:
                    values[column.name] = value
                    problem = problem or (column.name, str(error))
            rid = row_key(table.primary_key.columns, values)
            where = f"bảng {table.name}, dòng {rid}"
            if problem is not None:
                return rows, f"{where}, cột {problem[0]}: {problem[1]}"
            logged = expected.pop(rid, None)
            if logged is None:
                return rows, f"{where}: có trong dữ liệu nhưng không có trong nhật ký"
            for column_name, value in values.items():
                # A column added by a migration after the row was logged is NULL for it.
                if logged.get(column_name) != value:
                    return rows, (
                        f"{where}, cột {column_name}: dữ liệu là {value!r} "
                        f"nhưng nhật ký ghi {logged.get(column_name)!r}"
                    )
        if expected:
            where = f"bảng {table.name}, dòng {sorted(expected)[0]}"
            return rows, f"{where}: có trong nhật ký nhưng đã bị xóa khỏi dữ liệu"
    return rows, None


def _locked_entries(session: Session) -> str | None:
    """Ballots as keyed are not in the log (secrecy: models/ballot_entry.py); once their round is
    locked, every sheet must still add up to the locked counts, which the log does hold."""
    locked = session.scalars(select(BallotRound).where(BallotRound.state == RoundState.locked)
                             .order_by(BallotRound.id))
    for round_ in locked:
        agreed = {subject.id: counts_of(subject) for subject in round_.subjects}
        for sheet in round_.entry_sheets:
            try:
                intact = sheet_counts(sheet) == agreed
            except (KeyError, ValueError, TypeError, LookupError):
                intact = False  # a mark or a flag no app would write
            if not intact:
                table = "entry_ballot" if sheet.mode is EntryMode.per_ballot else "entry_total"
                named = round_named(round_.subject_kind, round_.title, round_.revision,
                                    round_.meeting.title, round_.meeting.date)
                return (f"bảng {table}, bản nhập #{sheet.id} ({sheet.teller_name}) của {named} "
                        "đã khóa: phiếu đã nhập không còn khớp số phiếu đã thống nhất khi khóa")
    return None


def verify(db: Database, tables: list[Table] | None = None) -> VerifyResult:
    """Check the chain and the data against it; report the first mismatch. `tables`: the
    audited tables as the models describe them (by default), or as a test redefines them."""
    with db.session() as session:
        state, events, problem = _replay(session)
        if problem is not None:
            return VerifyResult(events, 0, problem)
        rows, problem = _compare(session, state, audited_tables() if tables is None else tables)
        if problem is None:
            problem = _locked_entries(session)
        if problem is None and db.file is not None:  # last: a named mismatch says more
            damage = [row[0] for row in session.execute(text("PRAGMA integrity_check"))]
            if damage != ["ok"]:
                problem = f"tệp cơ sở dữ liệu bị hỏng: {'; '.join(damage[:3])}"
        return VerifyResult(events, rows, problem)
