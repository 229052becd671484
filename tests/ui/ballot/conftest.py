"""The seed meeting with its roll call done and its tellers approved, and the vote page on it,
at 1366×768."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from models.database import Database
from services.meeting_file.store import import_meeting
from tests.helpers import SEED_MEETING
from tests.helpers.piles import approve_tellers, call_the_roll
from tests.helpers.ui import show_page
from ui.ballot.page import BallotPage
from ui.context import MeetingContext, MeetingEvents


@pytest.fixture
def context(db: Database) -> MeetingContext:
    meeting_id = import_meeting(db, SEED_MEETING)
    call_the_roll(db, meeting_id)
    approve_tellers(db, meeting_id)
    return MeetingContext(db, meeting_id, MeetingEvents())


@pytest.fixture
def page(qtbot: QtBot, context: MeetingContext) -> BallotPage:
    return show_page(qtbot, context)
