"""The review pages' tests: a meeting of the Tiền Giang fixture, a page context, no dialogs."""

from __future__ import annotations

from pathlib import Path

import pytest

from models.database import Database
from tests.helpers.review import seed_meeting
from ui.context import MeetingContext, MeetingEvents
from ui.review import dialogs


@pytest.fixture
def context(db: Database) -> MeetingContext:
    return MeetingContext(db, seed_meeting(db), MeetingEvents(), actor="secretary")


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Messages the pages would have shown in a box."""
    shown: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda _parent, _title, text: shown.append(text))
    return shown


@pytest.fixture
def choose(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Files the next "open" dialogs answer, in order."""
    queue: list[Path] = []
    monkeypatch.setattr(dialogs, "choose_draft_file", lambda _parent: queue.pop(0))
    return queue
