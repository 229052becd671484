"""Fixtures for the documents: the seed meeting imported into a fresh database with its rounds,
the generated 2,000-member committee as a meeting file, and helpers that read a PDF back with
poppler (pdftotext, pdffonts)."""

from __future__ import annotations

import pytest

from models.database import Database
from services.ballot.reported import stored_rounds
from services.documents.meeting_info import meeting_info
from services.meeting_file.store import import_meeting
from tests.helpers import SEED_MEETING
from tests.helpers.documents import Seed


@pytest.fixture
def seed(db: Database) -> Seed:
    meeting_id = import_meeting(db, SEED_MEETING)
    with db.session() as session:
        return Seed(db, meeting_id, meeting_info(session, meeting_id),
                    stored_rounds(session, meeting_id))


