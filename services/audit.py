"""Checking the audit log: the hash chain is whole, and the data is what the events say.

`verify` walks the events in order, recomputing each hash from the previous one (an event
deleted, edited or reordered breaks the chain), and replays them into the rows they describe; every
audited table must then hold exactly those rows (a value edited with raw SQL no longer matches).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table, select
from sqlalchemy.orm import Session

from models.audit import GENESIS_HASH, AuditEvent, event_hash, row_key, to_plain
from models.base import Base
from models.database import Database

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


def _compare(session: Session, state: dict[tuple[str, str], Row]) -> tuple[int, str | None]:
    rows = 0
    for table in audited_tables():
        expected = {rid: row for (name, rid), row in state.items() if name == table.name}
        for db_row in session.execute(select(table)).mappings():
            rows += 1
            values = {column.name: to_plain(db_row[column.name]) for column in table.columns}
            rid = row_key(table.primary_key.columns, values)
            where = f"bảng {table.name}, dòng {rid}"
            logged = expected.pop(rid, None)
            if logged is None:
                return rows, f"{where}: có trong dữ liệu nhưng không có trong nhật ký"
            for column, value in values.items():
                if column not in logged or logged[column] != value:
                    return rows, (
                        f"{where}, cột {column}: dữ liệu là {value!r} "
                        f"nhưng nhật ký ghi {logged.get(column)!r}"
                    )
        if expected:
            where = f"bảng {table.name}, dòng {sorted(expected)[0]}"
            return rows, f"{where}: có trong nhật ký nhưng đã bị xóa khỏi dữ liệu"
    return rows, None


def verify(db: Database) -> VerifyResult:
    """Check the chain and the data against it; report the first mismatch."""
    with db.session() as session:
        state, events, problem = _replay(session)
        if problem is not None:
            return VerifyResult(events, 0, problem)
        rows, problem = _compare(session, state)
        return VerifyResult(events, rows, problem)
