"""Live updates between stations: has anything changed elsewhere since a window last looked?

Every audited change appends an event whose actor names its station (services/stations/names.py), so
the events after the last one seen, from another station, are the changes made elsewhere; the
ballots as keyed are not audited (secrecy), so the saved ballots of sheets held elsewhere are
counted too. A window looks when PostgreSQL tells it that something was committed (LISTEN /
NOTIFY: every transaction that wrote sends one as it commits) and, as a fallback, every few seconds.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, event, func, or_, select, text
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session, UOWTransaction

from models.audit import AuditEvent
from models.ballot import BallotRound
from models.ballot_entry import EntryBallot, EntrySheet
from models.database import Database
from services.stations.names import from_station

CHANNEL = "hoinghi_changes"


@dataclass(frozen=True)
class Seen:
    """What a window last saw: the newest event, and the ballots saved at other stations."""

    event_id: int
    ballots: int


def look(db: Database, meeting_id: int, station: str | None) -> Seen:
    with db.session() as session:
        event_id = session.scalar(select(func.max(AuditEvent.id))) or 0
        elsewhere = (EntrySheet.station.is_not(None) if station is None
                     else or_(EntrySheet.station.is_(None), EntrySheet.station != station))
        ballots = session.scalar(
            select(func.count(EntryBallot.id))
            .join(EntrySheet, EntryBallot.sheet_id == EntrySheet.id)
            .join(BallotRound, EntrySheet.round_id == BallotRound.id)
            .where(and_(BallotRound.meeting_id == meeting_id, elsewhere,
                        or_(EntryBallot.complete.is_(True), EntryBallot.voided.is_(True))))) or 0
    return Seen(event_id, ballots)


def changed_elsewhere(db: Database, station: str | None, before: Seen, now: Seen) -> bool:
    """Whether what changed between `before` and `now` came (also) from another station."""
    if now.ballots != before.ballots:
        return True
    if now.event_id == before.event_id:
        return False
    with db.session() as session:
        actors = session.scalars(select(AuditEvent.actor).distinct().where(
            AuditEvent.id > before.event_id, AuditEvent.id <= now.event_id))
        return any(not from_station(actor, station) for actor in actors)


def _notify(session: Session, _ctx: UOWTransaction) -> None:
    """On PostgreSQL, tell the listening windows when this flush's transaction commits (NOTIFY
    is transactional; the same one twice in a transaction is sent once)."""
    if session.get_bind().dialect.name == "postgresql":
        session.connection().execute(text("SELECT pg_notify(:channel, '')"),
                                     {"channel": CHANNEL})


def send_notifications() -> None:
    """Every session that writes notifies the listeners when it commits (the app calls this
    once, when a window watches a server database)."""
    if not event.contains(Session, "after_flush", _notify):
        event.listen(Session, "after_flush", _notify)


class Listener:
    """A PostgreSQL connection of its own that LISTENs; `fileno()` becomes readable when a
    notification arrives, `drain()` takes them (raises psycopg.Error when the connection died)."""

    def __init__(self, url: URL) -> None:
        import psycopg

        conninfo = url.set(drivername="postgresql").render_as_string(hide_password=False)
        self.connection: Any = psycopg.connect(conninfo, autocommit=True)
        self.connection.execute(f"LISTEN {CHANNEL}")

    def fileno(self) -> int:
        return int(self.connection.fileno())

    def drain(self) -> int:
        return sum(1 for _ in self.connection.notifies(timeout=0))

    def close(self) -> None:
        self.connection.close()
