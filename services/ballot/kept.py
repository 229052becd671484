"""Results kept between changes. The window refreshes the result tab, the announcement and the
chair's script after every change; on a committee of 2,000 members reading and computing the
rounds takes a large part of a second, reading whether anything they depend on changed takes a
millisecond. Every change is audited (models/audit.py), so the newest audit event of the tables
the results are read from tells: while it is the same, so are the results."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any, TypeVar
from weakref import WeakKeyDictionary

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from models.audit import AuditEvent
from models.meeting import Meeting

T = TypeVar("T")

# What a round's result, its outcome and the announcement are read from, besides the meeting's
# kind and review year (read as they are: the meeting's row changes at every step).
RESULT_TABLES = ("member", "organisation", "assessment", "ballot_round", "round_subject",
                 "entry_sheet", "entry_ballot", "entry_total")

Version = tuple[tuple[int, str] | None, tuple[tuple[Any, ...], ...]]
_kept: WeakKeyDictionary[Engine, dict[Hashable, tuple[Version, Any]]] = WeakKeyDictionary()


def results_version(session: Session) -> Version:
    """The newest audit event of RESULT_TABLES, by number and hash (a restored backup's chain
    reuses the numbers, never the hashes), and each meeting's kind and review year."""
    newest = session.execute(select(AuditEvent.id, AuditEvent.hash)
                             .where(AuditEvent.table_name.in_(RESULT_TABLES))
                             .order_by(AuditEvent.id.desc()).limit(1)).first()
    meetings = session.execute(select(Meeting.id, Meeting.body_kind, Meeting.review_year)
                               .order_by(Meeting.id)).all()
    return ((newest.id, newest.hash) if newest is not None else None,
            tuple(tuple(row) for row in meetings))


def kept(session: Session, key: Hashable, compute: Callable[[], T]) -> T:
    """`compute()`, or what it gave last time for `key` in this database while no table of
    RESULT_TABLES has changed since. What it gives must not be changed by the caller."""
    said = _kept.setdefault(session.get_bind().engine, {})
    version = results_version(session)
    if key in said and said[key][0] == version:
        value: T = said[key][1]
        return value
    value = compute()
    said[key] = (version, value)
    return value
