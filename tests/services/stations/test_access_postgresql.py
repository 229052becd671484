"""On a PostgreSQL server, where the chair sees who is connected: a teller station cannot take
over a pile whose station is still connected, only one that stopped; the chair's laptop can.
Runs when HOINGHI_PG_URL is set (tests/helpers/postgresql.py)."""

from __future__ import annotations

import pytest
from sqlalchemy.engine import make_url

from models.ballot_entry import EntryMode
from models.database import Database, open_database
from services.ballot.sheets import start_sheet
from services.integrity.audit import verify
from services.stations.access import StationRefused
from services.stations.names import actor_name, application_name
from tests.helpers.postgresql import PG_URL, pg  # noqa: F401  (the fixture)
from tests.services.ballot.test_stations import a_round

pytestmark = pytest.mark.skipif(not PG_URL, reason="HOINGHI_PG_URL is not set")


def station_database(name: str) -> Database:
    """A station's own connections, named as the app names them (ui/app.py)."""
    assert PG_URL is not None
    url = make_url(PG_URL).update_query_dict({"application_name": application_name(name)})
    return open_database(url.render_as_string(hide_password=False), upgrade=False)


def test_a_pile_is_taken_over_only_from_a_station_that_stopped(pg: Database) -> None:  # noqa: F811
    round_id, tellers = a_round(pg)
    first = station_database("Tổ 1")
    try:
        with first.engine.connect():  # Tổ 1 is up, keying
            start_sheet(first, round_id, tellers[0], EntryMode.per_ballot,
                        actor=actor_name("teller", "Tổ 1", "A"), station="Tổ 1")
            second = station_database("Tổ 2")
            with pytest.raises(StationRefused, match="máy “Tổ 1” vẫn đang kết nối"):
                start_sheet(second, round_id, tellers[0], EntryMode.per_ballot,
                            actor=actor_name("teller", "Tổ 2", "A"), station="Tổ 2",
                            take_over=True)
        first.dispose()  # Tổ 1 stopped: its connections are gone
        taken = start_sheet(second, round_id, tellers[0], EntryMode.per_ballot,
                            actor=actor_name("teller", "Tổ 2", "A"), station="Tổ 2",
                            take_over=True)
        assert taken.station == "Tổ 2"
        second.dispose()
    finally:
        first.dispose()
    assert verify(pg).intact
