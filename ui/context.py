"""What every page needs to work on the open meeting: the database, the meeting, who is typing."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal
from sqlalchemy.orm import Session

from models.database import Database
from services.integrity.undo import watch_commits

T = TypeVar("T")


class MeetingEvents(QObject):
    """App-level signals shared by the pages of one open meeting.

    Signals:
        changed(str): meeting data changed; the argument names what ("roster", "attendance",
            "roles", "drafts", "comments", "rounds", ..., "undo" after an undo or redo), so that
            other pages refresh.
        speaker_changed(object): the speaking clock (services.review.speaking.SpeakingClock) now
            timing a speaker, for the room screen.
        paragraph_focused(int, str): the draft paragraph under discussion (number, text; 0 and
            "" when none), for the room screen.
    """

    changed = Signal(str)
    speaker_changed = Signal(object)
    paragraph_focused = Signal(int, str)


@dataclass
class MeetingContext:
    """The open meeting as the pages see it. `actor` is the role at the keyboard (audited);
    `station` the teller station this window is (services/stations/names.py), None on the chair's.
    `committed(group)` is told of every transaction of its sessions that changed data (the
    undo stack listens)."""

    db: Database
    meeting_id: int
    events: MeetingEvents
    actor: str = "chair"
    station: str | None = None
    committed: Callable[[str], None] | None = None

    def session(self) -> Session:
        """A short session for one user action: `with ctx.session() as s, s.begin(): ...`."""
        session = self.db.session(self.actor)
        return session if self.committed is None else watch_commits(session, self.committed)

    def act(self, action: Callable[..., T], *args: Any) -> T:
        """`action(session, *args)` as one user action, committed at once (an exception rolls
        it back); its changes reach the undo stack."""
        with self.session() as session, session.begin():
            return action(session, *args)
