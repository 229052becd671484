"""The scan stored as an entry of a round: a wrong key or a row that is not doubtful refused with
nothing changed, a discarded scan gone with its images, images no open round holds swept away,
and nothing stored for a locked round."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from sqlalchemy import select

from models.ballot import BallotRound, RoundState
from models.database import Database
from models.enums import SubjectKind
from models.scan import ScanEntry, ScanPage, scan_folder, scan_root
from services.ballot.reconciliation import save_reconciliation
from services.ballot.rounds import open_round
from services.documents.ballot_layout import ballot_layout
from services.meeting_file.store import import_meeting
from services.rules.types import RefusedError
from services.scan.entry import (
    decide_row,
    discard_scan,
    doubtful_rows,
    expected_for,
    forget_stale_images,
    read_scans,
    scan_state,
    store_scans,
)
from tests.helpers import SEED_MEETING
from tests.helpers.piles import act, call_the_roll
from tests.helpers.scan_papers import ballot_pdf, mark_ballot, rasterise, smudge, write_png

DPI = 150


@pytest.fixture
def scanned(db: Database, tmp_path: Path) -> int:
    """The cells' round open, one ballot scanned with row 1 left doubtful; the round's id."""
    meeting = import_meeting(db, SEED_MEETING)
    call_the_roll(db, meeting)
    round_id = act(db, open_round, meeting, SubjectKind.organisation, True)
    act(db, save_reconciliation, round_id, {"issued": "10", "returned": "10", "invalid": "0"})
    with db.session() as session:
        code = session.get_one(BallotRound, round_id).code
    blank = rasterise(ballot_pdf(db, meeting, code, SubjectKind.organisation), DPI)
    page = mark_ballot(blank, DPI, {i: i % 4 for i in range(8)}, random.Random(4), ("cross",))[0]
    box = ballot_layout(8)[0].rows[1].boxes[3]
    smudge(page.image, (box.x, box.y, box.w), DPI)
    file = write_png(page.image, tmp_path / "ballot.png")
    store_scans(db, round_id, read_scans(expected_for(db, round_id), [file]))
    return round_id


def test_a_wrong_key_or_a_clear_row_is_refused_and_nothing_changes(db: Database, scanned: int):
    [row] = doubtful_rows(db, scanned)
    assert (row.place, row.read) == (2, "?")
    with db.session() as session:
        before = dict(session.scalars(select(ScanEntry)).one().counts)
    with pytest.raises(RefusedError, match="không phải một mức"):
        decide_row(db, row.page_id, row.row, "7")
    with pytest.raises(RefusedError, match="không có dòng chưa rõ này"):
        decide_row(db, row.page_id, 0, "1")  # row 1 was read clearly
    with db.session() as session:
        assert session.scalars(select(ScanEntry)).one().counts == before
    assert before[row.subject.code] == [0, 0, 0, 0, 0, 1]
    decide_row(db, row.page_id, row.row, "2")
    with db.session() as session:
        assert session.scalars(select(ScanEntry)).one().counts[row.subject.code] == [
            0, 1, 0, 0, 0, 0]


def test_a_discarded_scan_goes_with_its_images(db: Database, scanned: int):
    folder = scan_folder(db.url, scanned)
    assert len(list(folder.iterdir())) == 1
    discard_scan(db, scanned)
    assert not folder.exists()
    with db.session() as session:
        assert session.scalars(select(ScanPage)).all() == []
        assert session.scalars(select(ScanEntry)).all() == []
    assert scan_state(db, scanned).pages == 0


def test_images_no_open_round_holds_are_swept_away(db: Database, scanned: int):
    folder = scan_folder(db.url, scanned)
    [held] = list(folder.iterdir())
    stray = folder / ("0" * 64 + ".jpg")  # an import that failed after writing its files
    stray.write_bytes(b"x")
    gone = scan_root(db.url) / "999"  # a round deleted since
    gone.mkdir()
    (gone / "a.jpg").write_bytes(b"x")
    forget_stale_images(db)
    assert list(folder.iterdir()) == [held]
    assert not gone.exists()


def test_a_locked_round_takes_no_scan(db: Database, scanned: int, tmp_path: Path):
    with db.session() as session, session.begin():
        session.get_one(BallotRound, scanned).state = RoundState.locked  # by any path
    assert not scan_folder(db.url, scanned).exists()  # the lock took the images
    with pytest.raises(RefusedError, match="vòng đã khóa"):
        expected_for(db, scanned)
    with pytest.raises(RefusedError, match="vòng đã khóa"):
        store_scans(db, scanned, [])
