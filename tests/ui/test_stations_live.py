"""Two windows on one PostgreSQL meeting, as the chair's laptop and a teller station: when the
chair moves the meeting on, the station's window follows without anyone touching it (woken by
NOTIFY). Runs when HOINGHI_PG_URL is set (see tests/models/test_postgresql.py)."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from models.database import Database, open_database
from services.stations.access import set_station_pin
from tests.helpers.builders import TWELVE_OFFICIAL, build_meeting
from tests.helpers.piles import act
from tests.helpers.postgresql import PG_URL, pg  # noqa: F401  (the fixture)
from tests.helpers.ui import Boxes, give_pin, open_window
from ui.app import open_main_window

pytestmark = pytest.mark.skipif(not PG_URL, reason="HOINGHI_PG_URL is not set")


def test_a_station_follows_the_chair_to_the_next_step(
        qtbot: QtBot, pg: Database, boxes: Boxes) -> None:  # noqa: F811
    assert PG_URL is not None
    meeting_id = build_meeting(pg, TWELVE_OFFICIAL)
    chair = open_window(qtbot, pg)
    act(pg, set_station_pin, meeting_id, "482913")
    laptop = open_database(PG_URL)  # the station's own connection to the server
    try:
        boxes.answers.append(give_pin("482913", []))
        station = open_main_window(laptop, None, "Tổ 2")
        qtbot.addWidget(station)
        assert station.controller.live is not None and station.controller.live.listener
        assert station.heading.text() == chair.heading.text() == "Bước 1/9. Khai mạc"
        boxes.answers.append(True)  # the chair moves on although the opening is not recorded
        assert chair.go_to(2)
        qtbot.waitUntil(lambda: station.heading.text() == "Bước 2/9. Điểm danh", timeout=15000)
        assert station.controller.view == 2
        station.close()
    finally:
        laptop.dispose()
