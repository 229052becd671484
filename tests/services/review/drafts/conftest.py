"""A meeting with members, for the drafts services tests."""

from __future__ import annotations

import pytest

from models.database import Database
from tests.helpers.review import seed_meeting


@pytest.fixture
def meeting_id(db: Database) -> int:
    return seed_meeting(db)
