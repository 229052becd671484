"""Undo and redo of one committed user action, read back from the audit log.

Every committed transaction's audit events share a change group (models/audit.py). Undoing a
group applies its events backwards through the ORM (an update gets its old values back, an insert
is deleted, a delete is inserted again with the same primary key); redoing applies them forwards
again. Both are ordinary audited transactions, so the log stays a complete, verifiable history,
and each adds a marker event ("undo" / "redo" of the group) to say what it was.

Nothing is overwritten blindly: the rows must still be exactly as the group left them (for a
redo: as the undo left them), the inverse may touch no other row (e.g. a member's attendance
recorded after the member was added), and the usual guards apply (a locked round refuses any
change to its counts). Otherwise `UndoError` says why and nothing is written.

Ballot entry is not undone here: per-ballot marks are deliberately not in the log (secrecy), and
a teller's sheets and totals are corrected on the ballot page itself, where double entry checks
them; `undo_refusal` names such groups so that they never reach the undo stack.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Date, DateTime, Enum, Table, Time, event, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Mapper, Session

from models.audit import GROUP_KEY, WRITTEN_KEY, AuditEvent, append_marker, to_plain
from models.ballot import LockedRoundError
from models.base import Base
from models.database import Database
from services.common.errors import Refusal

Values = dict[str, Any]
DATA_ACTIONS = ("insert", "update", "delete")
# Written keystroke by keystroke by the tellers and checked by double entry on the ballot page;
# the scanner's counts follow its pages, which are not in the log (models/scan.py).
ENTRY_TABLES = frozenset({"entry_sheet", "entry_ballot", "entry_total", "scan_entry"})
ENTRY_COLUMNS = {"round_subject": frozenset({"votes_htxsnv", "votes_httnv", "votes_htnv",
                                             "votes_khtnv", "invalid_rows"})}


class UndoError(Refusal):
    """The group cannot be undone or redone now; the message says why (nothing was written)."""


@dataclass(frozen=True)
class RowChange:
    """What a group did to one row: its values before and after (None: the row did not exist).

    `before` and `after` hold the columns the group touched (all of them for an inserted or
    deleted row)."""

    table: str
    row_id: str
    before: Values | None
    after: Values | None

    def reversed(self) -> RowChange:
        return RowChange(self.table, self.row_id, self.after, self.before)


def group_events(session: Session, group: str) -> list[AuditEvent]:
    """The data events of `group` in the order they were written (markers left out)."""
    return list(session.scalars(
        select(AuditEvent).where(AuditEvent.change_group == group,
                                 AuditEvent.action.in_(DATA_ACTIONS))
        .order_by(AuditEvent.id)))


def net_changes(events: Iterable[AuditEvent]) -> list[RowChange]:
    """One net change per row, in the order the rows were first touched."""
    steps: dict[tuple[str, str], list[tuple[Values | None, Values | None]]] = {}
    for e in events:
        data = json.loads(e.changes)
        if e.action == "insert":
            step: tuple[Values | None, Values | None] = (None, data)
        elif e.action == "delete":
            step = (data, None)
        else:
            step = ({c: old for c, (old, _new) in data.items()},
                    {c: new for c, (_old, new) in data.items()})
        steps.setdefault((e.table_name, e.row_id), []).append(step)
    return [RowChange(table, row_id, *_fold(row_steps))
            for (table, row_id), row_steps in steps.items()]


def _fold(steps: list[tuple[Values | None, Values | None]]) -> tuple[Values | None,
                                                                      Values | None]:
    """The row before the first step and after the last; a column's first known value wins."""
    before: Values = {}
    after: Values | None = None
    written: set[str] = set()
    for old, new in steps:
        for column, value in (old or {}).items():
            if column not in written:
                before.setdefault(column, value)
        if new is None:
            after = None
        else:
            after = dict(new) if old is None or after is None else {**after, **new}
            written |= set(new)
    return (None if steps[0][0] is None else before), (None if steps[-1][1] is None else after)


def undo_refusal(events: Iterable[AuditEvent]) -> str | None:
    """Why a group is kept off the undo stack, or None when it may be undone."""
    for e in events:
        if e.table_name in ENTRY_TABLES:
            return "Phiếu do Ban kiểm phiếu nhập được sửa ngay trên trang kiểm phiếu."
        entry = ENTRY_COLUMNS.get(e.table_name)
        if entry and e.action == "update" and entry & set(json.loads(e.changes)):
            return "Số phiếu thống nhất được sửa ngay trên trang kiểm phiếu."
    return None


def undo_group(db: Database, group: str, actor: str) -> None:
    """Revert what `group` did, as `actor`; recorded as an "undo" of the group."""
    _replay(db, group, actor, "undo")


def redo_group(db: Database, group: str, actor: str) -> None:
    """Apply `group` again after it was undone, as `actor`; recorded as a "redo"."""
    _replay(db, group, actor, "redo")


def watch_commits(session: Session, committed: Callable[[str], None]) -> Session:
    """Call `committed(group)` after each transaction of `session` that wrote audit events."""

    def after_commit(s: Session) -> None:
        group = s.info.get(GROUP_KEY)
        if group is not None and s.info.get(WRITTEN_KEY) == group:
            committed(str(group))

    event.listen(session, "after_commit", after_commit)
    return session


# --- applying -------------------------------------------------------------------------------

def _replay(db: Database, group: str, actor: str, action: str) -> None:
    try:
        with db.session(actor) as s, s.begin():
            changes = net_changes(group_events(s, group))
            if not changes:
                raise UndoError("Không tìm thấy thao tác này trong nhật ký.")
            if action == "undo":
                changes = [change.reversed() for change in reversed(changes)]
            _apply(s, changes)
            _refuse_side_effects(s, changes)
            append_marker(s, action, group, {"rows": len(changes)})
    except LockedRoundError as exc:
        raise UndoError(f"Không thể {_verb(action)}: {exc}.") from exc
    except IntegrityError as exc:
        raise UndoError(f"Không thể {_verb(action)}: dữ liệu hiện tại không cho phép "
                        f"({exc.orig}).") from exc


def _verb(action: str) -> str:
    return "hoàn tác" if action == "undo" else "làm lại"


def _apply(session: Session, changes: list[RowChange]) -> None:
    """Check every row first, then write: inserts and updates, then deletes (so that a row is
    deleted only once nothing points at it any more)."""
    found = [(change, _mapper(change.table), _current(session, change)) for change in changes]
    for change, mapper, obj in found:
        if change.before is None:
            if obj is not None:
                raise UndoError(_changed_since(change))
        elif obj is None or any(to_plain(getattr(obj, _key(mapper, c))) != v
                                for c, v in change.before.items()):
            raise UndoError(_changed_since(change))
    for change, mapper, obj in found:
        if change.after is None:
            continue
        if obj is None:
            obj = mapper.class_()
            session.add(obj)
        for column, value in change.after.items():
            setattr(obj, _key(mapper, column), from_plain(mapper.local_table.c[column], value))
    session.flush()
    for change, _unused, obj in found:
        if change.after is None and obj is not None:
            session.delete(obj)
    session.flush()


def _refuse_side_effects(session: Session, changes: list[RowChange]) -> None:
    """The inverse may touch only the group's rows (no cascade, no foreign key cleared)."""
    expected = {(c.table, c.row_id) for c in changes}
    touched = session.execute(select(AuditEvent.table_name, AuditEvent.row_id).where(
        AuditEvent.change_group == session.info[GROUP_KEY])).all()
    extra = sorted({(table, row) for table, row in touched} - expected)
    if extra:
        table, row = extra[0]
        raise UndoError("Không thể thực hiện: dữ liệu đã thay đổi sau thao tác này "
                        f"(còn liên quan đến bảng {table}, dòng {row}).")


def _changed_since(change: RowChange) -> str:
    return ("Dữ liệu đã thay đổi sau thao tác này "
            f"(bảng {change.table}, dòng {change.row_id}); không thể thực hiện.")


def _mapper(table: str) -> Mapper[Any]:
    for mapper in Base.registry.mappers:
        if isinstance(mapper.local_table, Table) and mapper.local_table.name == table:
            return mapper
    raise UndoError(f"Không biết bảng {table}.")


def _key(mapper: Mapper[Any], column: str) -> str:
    return mapper.get_property_by_column(mapper.local_table.c[column]).key


def _current(session: Session, change: RowChange) -> Any:
    mapper = _mapper(change.table)
    columns = list(mapper.primary_key)
    parts = [change.row_id] if len(columns) == 1 else json.loads(change.row_id)
    identity = tuple(from_plain(column, part) for column, part in zip(columns, parts, strict=True))
    return session.get(mapper.class_, identity)


def from_plain(column: ColumnElement[Any], value: Any) -> Any:
    """A value as the audit log holds it (models.audit.to_plain) back in the column's type."""
    if value is None:
        return None
    kind = column.type
    if isinstance(kind, Enum) and kind.enum_class is not None:
        return kind.enum_class(value)
    if isinstance(kind, DateTime):
        return dt.datetime.fromisoformat(value)
    if isinstance(kind, Date):
        return dt.date.fromisoformat(value)
    if isinstance(kind, Time):
        return dt.time.fromisoformat(value)
    python_type = _python_type(column)
    if python_type in (int, float) and isinstance(value, str):
        return python_type(value)
    return value


def _python_type(column: ColumnElement[Any]) -> type | None:
    try:
        return column.type.python_type
    except NotImplementedError:
        return None
