"""Step 7 at a cell meeting: the cell votes on its own level, a round like any other."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from models.ballot import BallotRound
from models.ballot_entry import EntryMode
from models.database import Database, open_database
from models.enums import Level, SubjectKind
from models.meeting import Meeting
from services.ballot.compare import agree
from services.ballot.outcome import record_decision, round_outcome
from services.ballot.reconciliation import save_reconciliation
from services.ballot.reported import level_groups
from services.ballot.roll_call import OpeningRefused
from services.ballot.rounds import lock_round, open_round, set_double_entry
from services.ballot.sheets import round_subjects, start_sheet
from services.ballot.stored import stored_round_result
from services.documents.result_sheet import build_result_sheet_data
from services.documents.tellers_report import build_tellers_report_data
from services.meeting.setup import OWN_UNIT_CODE
from services.meeting_file.store import export_meeting, import_meeting
from services.proceedings.room import locked_results
from services.review.reviews import set_collective_assessment
from services.rules.types import RefusedError
from tests.helpers import SEED_MEETING
from tests.helpers.builders import CELL, cell_meeting_file
from tests.helpers.piles import act, approve_tellers, call_the_roll, key_pile, pile


@pytest.fixture
def cell(db: Database, tmp_path: Path) -> tuple[int, list[int]]:
    meeting_id = import_meeting(db, cell_meeting_file(tmp_path))
    with db.session("chair") as s, s.begin():
        set_collective_assessment(s, meeting_id, 25, 60, Level.HTTNV)
    call_the_roll(db, meeting_id)
    return meeting_id, approve_tellers(db, meeting_id)


def open_own_round(db: Database, meeting_id: int) -> int:
    """The cell's own round, opened by the chair before any members' round (recorded)."""
    with pytest.raises(OpeningRefused, match="vòng xếp loại đảng viên chưa khóa"):
        act(db, open_round, meeting_id, SubjectKind.organisation)
    round_id = act(db, open_round, meeting_id, SubjectKind.organisation, True)
    with db.session() as s:
        assert "vòng xếp loại đảng viên chưa khóa" in \
            s.get_one(BallotRound, round_id).opened_despite
    return round_id


def vote_on_the_cell(db: Database, meeting_id: int, tellers: list[int],
                     counts: tuple[int, int, int, int, int]) -> int:
    """Open the cell's round, reconcile 10 ballots, one teller keys them, agree."""
    round_id = open_own_round(db, meeting_id)
    assert act(db, save_reconciliation, round_id, {"issued": "10", "returned": "10"}) == []
    act(db, set_double_entry, round_id, False)
    sheet = start_sheet(db, round_id, tellers[0], EntryMode.per_ballot)
    key_pile(db, sheet.id, pile({OWN_UNIT_CODE: counts}, [OWN_UNIT_CODE]))
    agree(db, round_id)
    return round_id


def test_the_cell_is_the_single_subject_with_the_collective_self_rating(
        db: Database, cell: tuple[int, list[int]]) -> None:
    meeting_id, _ = cell
    round_id = open_own_round(db, meeting_id)
    [row] = round_subjects(db, round_id)
    assert (row.code, row.name, row.self_rating) == (OWN_UNIT_CODE, CELL, Level.HTTNV)
    # The collective's proposed level is the cell's self-rating: a change shows in a new round.
    with db.session("chair") as s, s.begin():
        set_collective_assessment(s, meeting_id, 25, 60, Level.HTXSNV)
    second = open_own_round(db, meeting_id)
    assert [r.self_rating for r in round_subjects(db, second)] == [Level.HTXSNV]
    with db.session() as s:
        meeting = s.get_one(Meeting, meeting_id)
        assert [o.code for o in meeting.organisations].count(OWN_UNIT_CODE) == 1


def test_the_cells_own_result_reaches_the_documents_the_file_and_the_room(
        db: Database, cell: tuple[int, list[int]], tmp_path: Path) -> None:
    meeting_id, tellers = cell
    round_id = vote_on_the_cell(db, meeting_id, tellers, (3, 6, 1, 0, 0))
    outcome = round_outcome(db, round_id)
    assert outcome.result is not None and not outcome.committee
    [subject] = outcome.subjects
    assert subject.result.level is Level.HTTNV and subject.subject.self_rating is Level.HTTNV
    lock_round(db, round_id, tellers[0])
    with db.session() as s:
        [report] = build_tellers_report_data(s, meeting_id).rounds
        assert report.name(OWN_UNIT_CODE) == CELL and report.locked_revision == 1
        [sheet] = build_result_sheet_data(s, meeting_id).rounds
        groups = dict(level_groups(sheet))
        assert groups["1 chi bộ Hoàn thành tốt nhiệm vụ"
                      " (chiếm 1/1 chi bộ được xếp loại = 100%)"] == [(CELL, "")]
        [room] = locked_results(s, meeting_id)
        assert [line.names for line in room.lines if line.names] == [(CELL,)]
    # The meeting file carries the cell as an organisation and its round; it reads back as is.
    data = export_meeting(db, meeting_id)
    assert {"id": OWN_UNIT_CODE, "name": CELL, "self_rating": "HTTNV", "self_score": 85,
            "self_score_parts": {"general": 25, "tasks": 60}} in data["organisations"]
    path = tmp_path / "again.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    other = open_database(tmp_path / "other.db")
    try:
        copy = import_meeting(other, path)
        with other.session() as s:
            [stored] = [r for r in s.get_one(Meeting, copy).rounds
                        if r.subject_kind is SubjectKind.organisation]
            assert stored_round_result(stored).subject(OWN_UNIT_CODE).level is Level.HTTNV
        assert export_meeting(other, copy)["organisations"] == data["organisations"]
    finally:
        other.dispose()


def test_the_cells_rating_of_itself_has_no_quota_and_is_not_decided_here(
        db: Database, cell: tuple[int, list[int]]) -> None:
    # rules.md: the quota compares comparable subjects; the committee above applies it across
    # its cells. One excellent cell out of one is not "over 20% × 1".
    meeting_id, tellers = cell
    round_id = vote_on_the_cell(db, meeting_id, tellers, (10, 0, 0, 0, 0))
    outcome = round_outcome(db, round_id)
    [subject] = outcome.subjects
    assert subject.result.level is Level.HTXSNV
    # rules.md: a cell's rating of itself has no quota check (the committee above compares
    # its cells); an HTXSNV cell is never "over the quota" of its own single subject.
    assert subject.result.quota_status is None and not subject.needs_decision
    assert outcome.result is not None and outcome.result.quota is None
    assert outcome.result.warnings == ()
    with pytest.raises(RefusedError, match="chỉ hội nghị đảng ủy"):
        act(db, record_decision, subject.subject.id, Level.HTTNV, "theo tỷ lệ")
    assert outcome.lock_problems == ()


def test_a_committee_round_on_cells_leaves_a_stray_own_unit_row_out(db: Database) -> None:
    meeting_id = import_meeting(db, SEED_MEETING)
    call_the_roll(db, meeting_id)
    round_id = act(db, open_round, meeting_id, SubjectKind.organisation)
    codes = [row.code for row in round_subjects(db, round_id)]
    assert len(codes) == 8 and OWN_UNIT_CODE not in codes
