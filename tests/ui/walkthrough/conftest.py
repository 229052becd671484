"""The walkthrough pages' tests: the demo meeting with everyone present, and a page context."""

from __future__ import annotations

import pytest

from models.database import Database
from services.ballot.attendance import mark_unrecorded_present
from services.meeting_file.store import import_meeting
from tests.helpers import SEED_MEETING
from ui.context import MeetingContext, MeetingEvents


@pytest.fixture
def demo(db: Database) -> int:
    """The Tiền Giang committee meeting (10 committee members, 67 rated), all 10 present."""
    meeting_id = import_meeting(db, SEED_MEETING)
    with db.session("test") as s, s.begin():
        mark_unrecorded_present(s, meeting_id)
    return meeting_id


@pytest.fixture
def context(db: Database, demo: int) -> MeetingContext:
    return MeetingContext(db, demo, MeetingEvents())
