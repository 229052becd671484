"""What every page needs to work on the open meeting: the database, the meeting, who is typing."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal
from sqlalchemy.orm import Session

from models.database import Database


class MeetingEvents(QObject):
    """App-level signals shared by the pages of one open meeting.

    Signals:
        changed(str): meeting data changed; the argument names what ("roster", "attendance",
            "roles", "drafts", "comments", "rounds", ...), so that other pages refresh.
    """

    changed = Signal(str)


@dataclass
class MeetingContext:
    """The open meeting as the pages see it. `actor` is the role at the keyboard (audited)."""

    db: Database
    meeting_id: int
    events: MeetingEvents
    actor: str = "chair"

    def session(self) -> Session:
        """A short session for one user action: `with ctx.session() as s, s.begin(): ...`."""
        return self.db.session(self.actor)
