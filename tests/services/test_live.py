"""Live updates between stations (services/live.py): a window learns of what another station
changed, not of its own changes; on PostgreSQL a commit wakes the listeners."""

from __future__ import annotations

import select as sockets
from collections.abc import Iterator

import pytest
from sqlalchemy import make_url, select, text

from models.ballot_entry import EntryMode
from models.database import Database, open_database
from models.enums import AttendanceStatus, SubjectKind
from models.roster import Member
from services.attendance import set_attendance
from services.ballot_entry.reconciliation import save_reconciliation
from services.ballot_entry.rounds import open_round
from services.ballot_entry.sheets import finish_ballot, resume_ballot, set_mark, start_sheet
from services.live import Listener, changed_elsewhere, look, send_notifications
from services.meeting_store import import_meeting
from services.stations import actor_name, application_name, connected_stations
from tests.models.test_postgresql import PG_URL, pg  # noqa: F401  (the fixture)
from tests.piles import SEED_MEETING, act, approve_tellers, call_the_roll


def mark_first_member(db: Database, meeting_id: int, actor: str,
                      status: AttendanceStatus = AttendanceStatus.present) -> None:
    with db.session(actor) as s, s.begin():
        member = s.scalars(select(Member).where(Member.meeting_id == meeting_id,
                                                Member.in_body.is_(True))).first()
        assert member is not None
        set_attendance(s, meeting_id, member.id, status)


def test_a_window_learns_of_changes_at_other_stations_only(db: Database) -> None:
    meeting_id = import_meeting(db, SEED_MEETING)
    tellers = approve_tellers(db, meeting_id)
    # The roll call is done with the first member absent, so marking him present later is a
    # change the other station must hear of.
    call_the_roll(db, meeting_id)
    mark_first_member(db, meeting_id, "secretary", AttendanceStatus.absent)
    round_id = act(db, open_round, meeting_id, SubjectKind.organisation)
    assert act(db, save_reconciliation, round_id, {"issued": "9", "returned": "9"}) == []
    chair = look(db, meeting_id, None)
    station = look(db, meeting_id, "Tổ 2")

    mark_first_member(db, meeting_id, actor_name("chair"))  # the chair's own change
    assert not changed_elsewhere(db, None, chair, now := look(db, meeting_id, None))
    chair = now
    assert changed_elsewhere(db, "Tổ 2", station, now := look(db, meeting_id, "Tổ 2"))
    station = now

    teller = actor_name("teller", "Tổ 2", "Võ Văn An")
    sheet = start_sheet(db, round_id, tellers[0], EntryMode.per_ballot, actor=teller,
                        station="Tổ 2")
    assert changed_elsewhere(db, None, chair, now := look(db, meeting_id, None))
    chair = now
    assert not changed_elsewhere(db, "Tổ 2", station, now := look(db, meeting_id, "Tổ 2"))
    station = now

    ballot = resume_ballot(db, sheet.id, actor=teller, station="Tổ 2")
    assert ballot is not None
    for row in range(len(ballot.marks)):
        set_mark(db, ballot.id, row, "2", actor=teller, station="Tổ 2")
    assert not changed_elsewhere(db, None, chair, look(db, meeting_id, None))  # being keyed
    finish_ballot(db, ballot.id, actor=teller, station="Tổ 2")
    assert changed_elsewhere(db, None, chair, look(db, meeting_id, None))  # a ballot saved
    assert not changed_elsewhere(db, "Tổ 2", station, look(db, meeting_id, "Tổ 2"))


@pytest.fixture
def listener(pg: Database) -> Iterator[Listener]:  # noqa: F811
    send_notifications()
    listening = Listener(pg.url)
    yield listening
    listening.close()


def woken(listener: Listener, seconds: float) -> int:
    """The notifications that arrive within `seconds` (delivery follows the commit closely,
    not at once)."""
    ready, _, _ = sockets.select([listener.fileno()], [], [], seconds)
    return listener.drain() if ready else 0


@pytest.mark.skipif(not PG_URL, reason="HOINGHI_PG_URL is not set")
def test_a_commit_on_postgresql_wakes_the_listeners(pg: Database,  # noqa: F811
                                                   listener: Listener) -> None:
    meeting_id = import_meeting(pg, SEED_MEETING)
    assert woken(listener, 30) == 1  # the import's commit
    with pg.session() as s, s.begin():  # reading writes nothing, wakes nobody
        s.execute(text("SELECT 1"))
    mark_first_member(pg, meeting_id, actor_name("chair"))
    assert woken(listener, 30) == 1  # one commit, one notification (the read sent none)


@pytest.mark.skipif(not PG_URL, reason="HOINGHI_PG_URL is not set")
def test_the_chair_sees_which_stations_are_connected(pg: Database) -> None:  # noqa: F811
    assert PG_URL is not None
    assert connected_stations(pg) == []
    url = make_url(PG_URL).update_query_dict({"application_name": application_name("Tổ 2")})
    station = open_database(url.render_as_string(hide_password=False))
    try:
        with station.session() as s:
            s.execute(text("SELECT 1"))
            assert connected_stations(pg) == ["Tổ 2"]
    finally:
        station.dispose()
    assert application_name("Tổ 2").isascii() and application_name(None) == "hoinghi:-"
