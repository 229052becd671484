"""The append-only, hash-chained audit log, written by the ORM itself.

Every flush that inserts, updates or deletes a row of an audited entity appends one event per row
(who was at the keyboard, what changed, old -> new, when). Each event's hash covers the previous
event's hash, so that an event deleted, edited or reordered breaks the chain; replaying the events
rebuilds every audited row, so that a value edited outside the app no longer matches
(services/integrity/audit.py verifies both).

The events of one committed transaction share a `change_group` (one user action), which the hash
covers too; services/integrity/undo.py reverts and re-applies a group, and records that with a
marker event (`append_marker`) in the undo's own group.

Because the log is written from the ORM's flush, meeting data must be changed through ORM objects
(`session.add`, attribute assignment, `session.delete`), never with bulk Core UPDATE/DELETE.
Likewise every ON DELETE of the schema that reaches an audited row must also be a relationship the
ORM carries out (cascade or nulling a foreign key); the database doing it would go unrecorded.
A migration adding a column to an audited table and filling existing rows with anything but NULL
records those values with `record_added_columns`; a nullable column left NULL, or a new table,
needs nothing (verify reads a column missing from a row's events as NULL).
"""

from __future__ import annotations

import datetime as dt
import enum
import hashlib
import json
import uuid
from typing import Any

from sqlalchemy import Connection, String, Text, event, insert, inspect, select
from sqlalchemy.orm import Mapped, Session, SessionTransaction, UOWTransaction, mapped_column
from sqlalchemy.sql import column as sql_column
from sqlalchemy.sql import table as sql_table

from models.base import Base
from models.write_lock import hold_write_lock

GENESIS_HASH = "0" * 64
ACTOR_KEY = "actor"
DEFAULT_ACTOR = "system"
GROUP_KEY = "change_group"  # session.info: the group of the transaction in hand
WRITTEN_KEY = "change_group_written"  # session.info: the last group that wrote an event


class AuditEvent(Base):
    __tablename__ = "audit_event"
    __audited__ = False

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[str] = mapped_column(String(40))
    actor: Mapped[str] = mapped_column(String(200))
    table_name: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(8))
    changes: Mapped[str] = mapped_column(Text)
    # Unique: two events chained onto the same one would be a fork (models/write_lock.py).
    prev_hash: Mapped[str] = mapped_column(String(64), unique=True, index=True)
    hash: Mapped[str] = mapped_column(String(64))
    # The committed transaction (user action) the event belongs to; None before revision 0005.
    change_group: Mapped[str | None] = mapped_column(String(32), index=True)


def to_plain(value: Any) -> Any:
    """A column value as JSON holds it, identical whether read from an object or a row."""
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    return value


def canonical(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def event_hash(prev_hash: str, at: str, actor: str, table: str, row_id: str, action: str,
               changes: str, group: str | None = None) -> str:
    """The event's hash; the group is covered when there is one (older events had none)."""
    fields = [prev_hash, at, actor, table, row_id, action, changes]
    payload = canonical(fields if group is None else [*fields, group])
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def row_key(primary_key: Any, values: dict[str, Any]) -> str:
    """A row's primary key as text (one column: its value; several: a JSON list).

    `primary_key` is a mapper's or a table's primary-key columns; `values` is keyed by column name.
    """
    parts = [to_plain(values[column.name]) for column in primary_key]
    return str(parts[0]) if len(parts) == 1 else canonical(parts)


def _column_values(obj: Any, committed: bool = False) -> dict[str, Any]:
    state = inspect(obj)
    values: dict[str, Any] = {}
    for attr in state.mapper.column_attrs:
        column = attr.columns[0]
        if committed:
            history = state.attrs[attr.key].history
            current = history.deleted[0] if history.deleted else state.attrs[attr.key].loaded_value
            values[column.name] = to_plain(current)
        else:
            values[column.name] = to_plain(getattr(obj, attr.key))
    return values


def _changed_values(obj: Any) -> dict[str, list[Any]]:
    state = inspect(obj)
    changes: dict[str, list[Any]] = {}
    for attr in state.mapper.column_attrs:
        history = state.attrs[attr.key].history
        if not history.has_changes():
            continue
        old = history.deleted[0] if history.deleted else None
        new = history.added[0] if history.added else None
        if to_plain(old) != to_plain(new):
            changes[attr.columns[0].name] = [to_plain(old), to_plain(new)]
    return changes


def _is_audited(obj: Any) -> bool:
    return bool(getattr(obj, "__audited__", False))


@event.listens_for(Session, "after_transaction_create")
def _new_group(session: Session, transaction: SessionTransaction) -> None:
    """Every outermost transaction is one change group (savepoints stay in their parent's)."""
    if transaction.parent is None:
        session.info[GROUP_KEY] = uuid.uuid4().hex


@event.listens_for(Session, "before_flush")
def _lock_before_audited_writes(session: Session, _ctx: UOWTransaction, _instances: Any) -> None:
    """Take the chain's lock before the flush writes an audited row, not after: a writer then
    never holds row locks while it waits for the chain (two such writers would deadlock)."""
    if any(_is_audited(obj) for obj in (*session.new, *session.dirty, *session.deleted)):
        hold_write_lock(session.connection())


@event.listens_for(Session, "after_flush")
def _append_events(session: Session, ctx: UOWTransaction) -> None:
    pending: list[tuple[str, str, str, Any]] = []
    for obj in session.new:
        if _is_audited(obj):
            values = _column_values(obj)
            pending.append((obj.__table__.name, row_key(inspect(obj).mapper.primary_key, values),
                            "insert", values))
    for obj in session.dirty:
        if _is_audited(obj) and session.is_modified(obj, include_collections=False):
            changes = _changed_values(obj)
            if changes:
                values = _column_values(obj)
                pending.append((obj.__table__.name,
                                row_key(inspect(obj).mapper.primary_key, values),
                                "update", changes))
    # The flush's own list of deleted rows: besides `session.deleted` it holds the orphans that
    # a delete-orphan cascade removes during the flush (`round.subjects[:] = keep`).
    deleted = [state.obj() for state, (is_delete, list_only) in ctx.states.items()
               if is_delete and not list_only]
    for obj in deleted:
        if obj is not None and _is_audited(obj):
            values = _column_values(obj, committed=True)
            pending.append((obj.__table__.name, row_key(inspect(obj).mapper.primary_key, values),
                            "delete", values))
    if pending:
        _write(session, pending)


def append_marker(session: Session, action: str, target: str, data: dict[str, Any]) -> None:
    """An event that changes no row but belongs in the chain, e.g. "undo" of group `target`."""
    _write(session, [(GROUP_KEY, target, action, data)])


def _write(session: Session, pending: list[tuple[str, str, str, Any]]) -> None:
    group = str(session.info[GROUP_KEY])
    append_events(session.connection(), str(session.info.get(ACTOR_KEY, DEFAULT_ACTOR)),
                  pending, group)
    session.info[WRITTEN_KEY] = group


def append_events(connection: Connection, actor: str, pending: list[tuple[str, str, str, Any]],
                  group: str | None = None) -> None:
    """Chain `pending` (table, row key, action, data) onto the log, on `connection`'s transaction,
    as one change group (a new one when `group` is None).

    The ORM flush calls this through `_write`; so do a migration that adds columns to an audited
    table (`record_added_columns`) and a restore from a backup (services/integrity/backups.py), so
    that what they do is on the record too. The database's write lock (models/write_lock.py) is
    held from reading the newest hash to the commit, and `prev_hash` is unique: a fork is
    impossible.
    """
    group = group or uuid.uuid4().hex
    hold_write_lock(connection)  # no other writer reads the same head: the chain cannot fork
    prev = connection.execute(
        select(AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1)
    ).scalar_one_or_none() or GENESIS_HASH
    at = dt.datetime.now(dt.UTC).isoformat(timespec="microseconds")
    rows = []
    for table, key, action, data in pending:
        text = canonical(data)
        digest = event_hash(prev, at, actor, table, key, action, text, group)
        rows.append({"at": at, "actor": actor, "table_name": table, "row_id": key,
                     "action": action, "changes": text, "prev_hash": prev, "hash": digest,
                     "change_group": group})
        prev = digest
    connection.execute(insert(AuditEvent), rows)


def record_added_columns(connection: Connection, table_name: str, columns: dict[str, Any],
                         key: tuple[str, ...] = ("id",), actor: str = "migration") -> int:
    """For a migration that adds `columns` (name -> SQLAlchemy type) to audited `table_name`: log
    each existing row's new values as an update (None -> value), so that `verify` still finds
    every column of every row on the record. Returns the number of rows recorded.

    Call it in `upgrade()` after the columns are added and filled:
    `record_added_columns(op.get_bind(), "member", {"nickname": sa.String()})`.
    """
    typed = sql_table(table_name, *(sql_column(name) for name in key),
                      *(sql_column(name, type_) for name, type_ in columns.items()))
    pending: list[tuple[str, str, str, Any]] = []
    for row in connection.execute(select(typed).order_by(*(typed.c[name] for name in key))):
        values = {name: to_plain(value) for name, value in row._mapping.items()}
        pending.append((table_name, row_key([typed.c[name] for name in key], values), "update",
                        {name: [None, values[name]] for name in columns}))
    if pending:
        append_events(connection, actor, pending)
    return len(pending)
