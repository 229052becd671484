"""The window's writer (services/ballot/writer.py): keys written in order off the window's
thread, a refusal costing no other key, the journal written at the next start, and a station
off the network keeping its keys and catching up, without duplicates, the chain intact."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from models.ballot_entry import EntryBallot, EntryMode
from models.database import Database, open_database
from models.enums import SubjectKind
from services.ballot.reconciliation import save_reconciliation
from services.ballot.rounds import open_round
from services.ballot.sheets import open_ballot, resume_ballot, start_sheet
from services.ballot.writer import Journal, Report, Write, Writer, journal_path
from services.integrity.audit import verify
from services.meeting_file.store import import_meeting
from services.rules.types import RefusedError
from tests.helpers import SEED_MEETING
from tests.helpers.piles import act, approve_tellers, call_the_roll
from tests.helpers.postgresql import PG_URL, Network, pg  # noqa: F401  (a fixture)

MARKS = "1234012340" * 7  # more than the 67 rows: cut to the round's length


def keyed_round(db: Database, station: str | None = None) -> tuple[int, int, int]:
    """(sheet id, first ballot id, rows) of a member round, its first ballot begun."""
    meeting_id = import_meeting(db, SEED_MEETING)
    call_the_roll(db, meeting_id)
    tellers = approve_tellers(db, meeting_id)
    round_id = act(db, open_round, meeting_id, SubjectKind.member)
    act(db, save_reconciliation, round_id, {"issued": "10", "returned": "10"})
    sheet = start_sheet(db, round_id, tellers[0], EntryMode.per_ballot, station=station)
    ballot = resume_ballot(db, sheet.id, station=station)
    assert ballot is not None
    return sheet.id, ballot.id, len(ballot.marks)


def mark(ballot_id: int, row: int, key: str, station: str | None = None) -> Write:
    return Write("mark", (ballot_id, row, key), "teller", station)


def test_keys_are_written_in_order_and_a_refused_key_costs_no_other(db: Database) -> None:
    sheet_id, ballot_id, rows = keyed_round(db)
    reports: list[Report] = []
    writer = Writer.open(db, None, reports.append)
    sent = [writer.submit(mark(ballot_id, 0, "1")), writer.submit(mark(ballot_id, 0, "2")),
            writer.submit(mark(ballot_id + 99, 0, "3"))]  # no such ballot: refused
    sent += [writer.submit(mark(ballot_id, row, MARKS[row])) for row in range(1, rows)]
    assert writer.drain(60)
    assert [r.write for r in reports] == sent  # each key told once, in the order typed
    refused = [r for r in reports if r.error is not None]
    assert [r.write for r in refused] == [sent[2]]
    assert isinstance(refused[0].error, RefusedError)
    assert "không có phiếu" in str(refused[0].error)
    assert open_ballot(db, sheet_id, 1).marks == "2" + MARKS[1:rows]
    assert verify(db).intact


def test_keys_left_in_the_journal_are_written_at_the_next_start(db: Database) -> None:
    """A window killed with keys queued: its journal holds them (the last line cut by the
    kill); the next start writes them, in order, once."""
    sheet_id, ballot_id, rows = keyed_round(db)
    path = journal_path(db, None)
    assert path is not None and path.parent == db.file.parent  # type: ignore[union-attr]
    left = Journal(path)
    for row in range(rows):
        left.add(mark(ballot_id, row, MARKS[row]))
    left.add(Write("finish", (ballot_id, sheet_id), "teller", None))
    with path.open("a", encoding="utf-8") as journal:
        journal.write('{"seq": 999, "kind": "mark", "ar')  # the line the kill cut
    again = open_database(db.file)
    try:
        writer = Writer.open(again, None, lambda _report: None)
        assert writer.drain(60)
        assert open_ballot(again, sheet_id, 1).marks == MARKS[:rows]
        assert open_ballot(again, sheet_id, 1).complete
        assert Journal(path).unwritten == []  # nothing to write at the start after
        with again.session() as s:  # the next ballot begun once
            assert s.scalar(select(func.count()).select_from(EntryBallot)) == 2
        assert verify(again).intact
    finally:
        again.dispose()


def _terminate_station_connections(server: Database, stop: threading.Event) -> None:
    while not stop.is_set():
        with server.engine.connect() as connection:
            connection.execute(text(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE datname = current_database() AND pid <> pg_backend_pid() "
                "AND client_addr = '127.0.0.1'"))
            connection.commit()
        time.sleep(0.05)


@pytest.mark.skipif(PG_URL is None, reason="needs HOINGHI_PG_URL (a PostgreSQL server)")
def test_a_station_off_the_network_keeps_its_keys_and_catches_up(
        pg: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: F811
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))  # the station's data folder
    assert PG_URL is not None
    sheet_id, ballot_id, rows = keyed_round(pg, "Tổ 2")
    network = Network(PG_URL)
    station = open_database(network.url.render_as_string(hide_password=False), upgrade=False)
    reports: list[Report] = []
    try:
        writer = Writer.open(station, "Tổ 2", reports.append)
        for row in range(10):
            writer.submit(mark(ballot_id, row, MARKS[row], "Tổ 2"))
        assert writer.drain(60)
        network.cut()  # the cable pulled: the station keys on
        for row in range(10, rows):
            writer.submit(mark(ballot_id, row, MARKS[row], "Tổ 2"))
        writer.submit(Write("finish", (ballot_id, sheet_id), "teller", "Tổ 2"))
        deadline = time.monotonic() + 30
        while not any(r.waiting for r in reports) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert any(r.waiting for r in reports)  # the window is told it waits
        assert not writer.drain(1)  # nothing lost, nothing dropped: still queued
        assert open_ballot(pg, sheet_id, 1).marks[10:] == "." * (rows - 10)
        network.restore()
        assert writer.drain(120)
        assert open_ballot(pg, sheet_id, 1).marks == MARKS[:rows]
        assert [r for r in reports if r.error is not None and not r.waiting] == []

        # The second ballot keyed while the server ends the station's connections.
        second = open_ballot(pg, sheet_id, 2)
        stop = threading.Event()
        killer = threading.Thread(target=_terminate_station_connections, args=(pg, stop))
        killer.start()
        try:
            for row in range(rows):
                writer.submit(mark(second.id, row, MARKS[rows - 1 - row], "Tổ 2"))
                time.sleep(0.002)
            writer.submit(Write("finish", (second.id, sheet_id), "teller", "Tổ 2"))
        finally:
            stop.set()
            killer.join()
        assert writer.drain(120)
        assert open_ballot(pg, sheet_id, 2).marks == MARKS[:rows][::-1]
        with pg.session() as s:  # no ballot twice: 1 and 2 saved, 3 begun
            numbers = s.scalars(select(EntryBallot.number).order_by(EntryBallot.number)).all()
        assert numbers == [1, 2, 3]
        assert [r for r in reports if r.error is not None and not r.waiting] == []
        result = verify(pg)
        assert result.intact, result.problem
    finally:
        station.dispose()
        network.close()


def test_the_journal_numbers_keys_past_every_key_it_held(tmp_path: Path) -> None:
    """A key's number is never given again after a restart, written or not: the crash drill
    orders the keys typed in a cell by it."""
    path = tmp_path / "journal.jsonl"
    first = Journal(path)
    written = [first.add(mark(1, row, "1")) for row in range(3)]
    first.done_all(written)
    assert Journal(path).next_seq == 4
    assert Journal(path).add(mark(1, 0, "2")).seq == 4
