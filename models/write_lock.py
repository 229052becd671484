"""Serialised writes on any engine: the database's own write lock, and retrying a conflict.

Several stations may write to one database at once (teller stations on one PostgreSQL server,
or several processes on one SQLite file). Whatever reads something and then writes on the
strength of it (the audit chain's newest hash, a round's number of sheets) first takes the lock
the database holds for the rest of the transaction, so that no other writer slips in between:

- PostgreSQL: a transaction-level advisory lock (released at commit or rollback, also when the
  connection dies, so a killed station never leaves it held). The audit chain is one per
  database, so there is one lock per database; READ COMMITTED gives every statement after it a
  fresh snapshot, which holds the previous holder's commit.
- SQLite: its write lock, taken up front with BEGIN IMMEDIATE (the driver otherwise begins only
  at the first write, after the reads it rests on).

`retried` runs a whole service call again after a conflict the database reports instead of
losing data: a unique constraint another station won first (the call reads the winner's row the
second time), a deadlock, a busy file, or a connection that died under it (a station's network,
`pg_terminate_backend`). The service calls it wraps are idempotent, so a commit whose answer was
lost with the connection is harmless to repeat.
"""

from __future__ import annotations

import functools
import random
import time
from collections.abc import Callable
from typing import ParamSpec, TypeVar

from sqlalchemy import Connection, text
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError

P = ParamSpec("P")
T = TypeVar("T")

# Any constant: advisory locks are per database, and this app takes no other.
CHAIN_LOCK_KEY = 0x486F694E676869  # "HoiNghi"
ATTEMPTS = 8  # a conflict: another writer won a race, try again at once
RECONNECTS = 3  # a lost connection: a killed one comes back at once, a dead network will not
_UNIQUE_VIOLATION = "23505"


class Conflicts:
    """How many calls this process ran again after a conflict (the stations bench prints it)."""

    retried = 0


def hold_write_lock(connection: Connection) -> None:
    """Hold the database's write lock until `connection`'s transaction ends."""
    dialect = connection.dialect.name
    if dialect == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": CHAIN_LOCK_KEY})
    elif dialect == "sqlite":
        driver = connection.connection.driver_connection
        # In a transaction already means a row was written: the write lock is held.
        if driver is not None and not getattr(driver, "in_transaction", True):
            connection.exec_driver_sql("BEGIN IMMEDIATE")


def _unique_violation(error: IntegrityError) -> bool:
    original = error.orig
    return (getattr(original, "sqlstate", None) == _UNIQUE_VIOLATION
            or "UNIQUE constraint failed" in str(original))


def transient(error: Exception) -> bool:
    """Whether running the call again may succeed: a conflict, not a mistake in it. SQLite's
    "database is locked" is not: its busy timeout has already waited for the other writer."""
    if isinstance(error, IntegrityError):
        return _unique_violation(error)
    if isinstance(error, DBAPIError) and error.connection_invalidated:
        return True
    return isinstance(error, OperationalError) and "database is locked" not in str(error.orig)


def retried(action: Callable[P, T]) -> Callable[P, T]:
    """`action` run again after a short random pause on a transient conflict (up to ATTEMPTS
    calls, RECONNECTS of them after a lost connection); the last error is raised."""

    @functools.wraps(action)
    def run(*args: P.args, **kwargs: P.kwargs) -> T:
        attempts = reconnects = 0
        while True:
            try:
                return action(*args, **kwargs)
            except DBAPIError as error:
                attempts += 1
                reconnects += error.connection_invalidated
                if (attempts >= ATTEMPTS or reconnects >= RECONNECTS
                        or not transient(error)):
                    raise
                Conflicts.retried += 1
                time.sleep(random.uniform(0, 0.02 * attempts))

    return run
