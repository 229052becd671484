"""The same database code on PostgreSQL (any SQLAlchemy URL must work, not only SQLite).

Runs when HOINGHI_PG_URL names an empty PostgreSQL database the test may reset (CI starts one;
see .ci/run); skipped elsewhere.
"""

from __future__ import annotations

import json

import pytest
from sqlalchemy import text

from models.database import Database, pending_migrations
from models.meeting import Meeting
from services.ballot.stored import latest_round, stored_round_result
from services.integrity.audit import verify
from services.meeting_file.store import export_meeting, import_meeting
from tests.helpers import SEED_MEETING
from tests.helpers.postgresql import PG_URL, pg  # noqa: F401  (the fixture)

pytestmark = pytest.mark.skipif(not PG_URL, reason="HOINGHI_PG_URL is not set")


def test_migrations_import_verify_and_export_on_postgresql(pg: Database) -> None:  # noqa: F811
    assert not pending_migrations(pg)
    assert pg.engine.dialect.name == "postgresql"
    meeting_id = import_meeting(pg, SEED_MEETING)
    assert verify(pg).intact
    exported = export_meeting(pg, meeting_id)
    original = json.loads(SEED_MEETING.read_text(encoding="utf-8"))
    assert exported["members"] == original["members"]
    assert exported["rounds"] == original["rounds"]
    with pg.session() as session:
        stored = latest_round(session.get_one(Meeting, meeting_id), "dang-vien")
        assert stored is not None
        summary = stored_round_result(stored).summary
    assert [summary.counts[level] for level in summary.counts] == [13, 52, 1, 1]


def test_verify_catches_a_raw_edit_on_postgresql(pg: Database) -> None:  # noqa: F811
    import_meeting(pg, SEED_MEETING)
    with pg.engine.begin() as connection:
        connection.execute(text("UPDATE member SET full_name = 'Giả Mạo' WHERE code = 'm05'"))
    result = verify(pg)
    assert not result.intact and "full_name" in (result.problem or "")
