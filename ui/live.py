"""Keeping a window on a server database up to date with the other stations.

Woken by PostgreSQL's NOTIFY (services/stations/live.py) and, as a fallback, by a timer, the window
looks whether anything changed elsewhere; if so it follows the meeting's step when the chair
moved it, and tells the pages (`changed("elsewhere")`) so that what they show is re-read.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

import psycopg
from PySide6.QtCore import QObject, QSocketNotifier, QTimer
from sqlalchemy.exc import DBAPIError

from models.database import Database
from services.stations.live import Listener, Seen, changed_elsewhere, look, send_notifications
from ui.context import MeetingContext

logger = logging.getLogger(__name__)

POLL_MS = 2000  # without notifications
SAFETY_MS = 10000  # with them: in case one is missed


class LiveUpdates(QObject):
    """Watches one open meeting for changes made at other stations; `changed()` is called with
    nothing when they are found (the controller follows the step and tells the pages)."""

    def __init__(self, context: MeetingContext, on_change: Callable[[], None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.on_change = on_change
        self.seen: Seen = look(context.db, context.meeting_id, context.station)
        self.listener: Listener | None = None
        self.notifier: QSocketNotifier | None = None
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        self._listen(context.db)
        self.timer.start(SAFETY_MS if self.listener is not None else POLL_MS)

    def _listen(self, db: Database) -> None:
        if db.engine.dialect.name != "postgresql":
            return
        send_notifications()
        try:
            self.listener = Listener(db.url)
        except psycopg.Error:  # no LISTEN: the timer alone keeps the window up to date
            logger.exception("Cannot listen for changes; polling instead")
            return
        self.notifier = QSocketNotifier(self.listener.fileno(), QSocketNotifier.Type.Read, self)
        self.notifier.activated.connect(self._notified)

    def _notified(self) -> None:
        assert self.listener is not None
        try:
            self.listener.drain()
        except psycopg.Error:  # the connection died: poll from now on
            logger.exception("Lost the change notifications; polling instead")
            self.stop_listening()
            self.timer.start(POLL_MS)
        self.check()

    def check(self) -> None:
        """Look now; call back when another station changed something."""
        context = self.context
        try:
            now = look(context.db, context.meeting_id, context.station)
            if changed_elsewhere(context.db, context.station, self.seen, now):
                self.on_change()
        except DBAPIError:  # the server out of reach for a moment: look again next time
            logger.exception("Could not look for changes")
            return
        self.seen = now

    def stop_listening(self) -> None:
        if self.notifier is not None:
            self.notifier.setEnabled(False)
            self.notifier.deleteLater()
            self.notifier = None
        if self.listener is not None:
            self.listener.close()
            self.listener = None

    def stop(self) -> None:
        self.timer.stop()
        self.stop_listening()
