"""Ballot entry without the UI: rounds, reconciliation, two tellers, agreement, result, lock."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from models.audit import AuditEvent
from models.ballot import BallotRound, LockedRoundError
from models.ballot_entry import EntryBallot, EntryMode
from models.database import Database
from models.enums import Level, MemberStatus, SubjectKind
from models.meeting import Meeting
from services.ballot.compare import agree, compare_sheets
from services.ballot.outcome import record_decision, round_outcome
from services.ballot.reconciliation import save_reconciliation
from services.ballot.rounds import (
    lock_round,
    open_follow_up_round,
    open_round,
    reopen_round,
    set_double_entry,
)
from services.ballot.sheets import (
    finish_ballot,
    open_ballot,
    resume_ballot,
    round_subjects,
    set_mark,
    set_total,
    sheet_totals,
    start_sheet,
    void_ballot,
)
from services.ballot.stored import stored_round_result
from services.integrity.audit import verify
from services.meeting_file.format import meeting_file_json, result_json
from services.meeting_file.store import import_meeting, import_rounds, stored_meeting_file
from services.rules.types import RefusedError
from tests.helpers import EXPECTED, SEED_MEETING
from tests.helpers.piles import (
    act,
    approve_tellers,
    call_the_roll,
    key_pile,
    miskeyed,
    pile,
    seed_counts,
)

RECONCILED = {"issued": "10", "returned": "10"}


@pytest.fixture
def seed(db: Database) -> tuple[int, list[int]]:
    meeting_id = import_meeting(db, SEED_MEETING)
    call_the_roll(db, meeting_id)
    return meeting_id, approve_tellers(db, meeting_id)


def member_round(db: Database, meeting_id: int) -> int:
    round_id = act(db, open_round, meeting_id, SubjectKind.member)
    assert act(db, save_reconciliation, round_id, RECONCILED) == []
    return round_id


def seed_pile(db: Database, round_id: int) -> list[str]:
    codes = [row.code for row in round_subjects(db, round_id)]
    return pile(seed_counts(), codes)


def test_a_round_freezes_the_rated_members_in_ballot_order_and_the_voters(
        db: Database, seed: tuple[int, list[int]]) -> None:
    meeting_id, _ = seed
    round_id = act(db, open_round, meeting_id, SubjectKind.member)
    rows = round_subjects(db, round_id)
    assert len(rows) == 67
    assert rows[0].name.split()[-1] <= rows[-1].name.split()[-1]  # by given name
    with db.session() as session:
        round_ = session.get_one(BallotRound, round_id)
        assert round_.code == "dang-vien-2"  # the imported round keeps its own code
        assert (round_.electorate_convened, round_.electorate_present) == (10, 10)
        assert round_.rules == session.get_one(Meeting, meeting_id).rules
        session.get_one(Meeting, meeting_id).members[4].status = MemberStatus.exempt
        session.commit()
    assert len(round_subjects(db, act(db, open_round, meeting_id, SubjectKind.member))) == 66
    assert len(round_subjects(db, act(db, open_round, meeting_id, SubjectKind.organisation))) == 8


def test_reconciliation_refusals_and_warnings_name_their_field(
        db: Database, seed: tuple[int, list[int]]) -> None:
    round_id = act(db, open_round, seed[0], SubjectKind.member)
    messages = act(db, save_reconciliation, round_id, {"issued": "11", "returned": "12",
                                                  "not_issued": "x"})
    assert [(m.field, m.refused) for m in messages] == [("not_issued", True)]
    messages = act(db, save_reconciliation, round_id, {"issued": "11", "returned": "12",
                                                  "unreadable": "13"})
    assert [(m.field, m.refused) for m in messages] == [
        ("issued", True), ("returned", True), ("invalid", True)]
    assert "11" in messages[0].message and "10" in messages[0].message
    messages = act(db, save_reconciliation, round_id, {"issued": "10", "returned": "9",
                                                  "added_content": "1"})
    assert [(m.field, m.refused) for m in messages] == [("returned", False)]
    with db.session() as session:
        round_ = session.get_one(BallotRound, round_id)
        assert (round_.issued, round_.returned, round_.invalid, round_.valid) == (10, 9, 1, 8)
        assert round_.invalid_reasons == {"added_content": 1}


def test_two_tellers_per_ballot_give_exactly_the_fixture_result(
        db: Database, seed: tuple[int, list[int]]) -> None:
    meeting_id, tellers = seed
    round_id = member_round(db, meeting_id)
    ballots = seed_pile(db, round_id)
    for teller in tellers[:2]:
        key_pile(db, start_sheet(db, round_id, teller, EntryMode.per_ballot).id, ballots)
    assert compare_sheets(db, round_id).agreed
    agree(db, round_id)
    with db.session() as session:
        result = result_json([stored_round_result(session.get_one(BallotRound, round_id))])
    expected = json.loads(EXPECTED.read_text(encoding="utf-8"))["rounds"][0]
    mine = result["rounds"][0]
    assert {s["id"]: s["level"] for s in mine["subjects"]} == \
        {s["id"]: s["level"] for s in expected["subjects"]}
    assert mine["summary"] == expected["summary"]
    assert mine["quota"] == expected["quota"]


def test_three_wrong_rows_are_listed_side_by_side_and_block_agreement(
        db: Database, seed: tuple[int, list[int]]) -> None:
    meeting_id, tellers = seed
    round_id = member_round(db, meeting_id)
    ballots = seed_pile(db, round_id)
    first = start_sheet(db, round_id, tellers[0], EntryMode.per_ballot).id
    key_pile(db, first, ballots)
    wrong = miskeyed(ballots, [(2, 5), (7, 30), (9, 66)])
    second = start_sheet(db, round_id, tellers[1], EntryMode.per_ballot).id
    key_pile(db, second, wrong)
    codes = [row.code for row in round_subjects(db, round_id)]
    comparison = compare_sheets(db, round_id)
    assert [d.subject.code for d in comparison.differences] == [codes[5], codes[30], codes[66]]
    assert comparison.differences[0].counts[0] != comparison.differences[0].counts[1]
    with pytest.raises(RefusedError):
        agree(db, round_id)
    # Recount: the second teller reopens ballot 3 and corrects row 6; two differences remain.
    reopened = open_ballot(db, second, 3)
    set_mark(db, reopened.id, 5, ballots[2][5])
    assert len(compare_sheets(db, round_id).differences) == 2


def test_totals_entry_and_single_entry_when_switched_off(
        db: Database, seed: tuple[int, list[int]]) -> None:
    meeting_id, tellers = seed
    round_id = act(db, open_round, meeting_id, SubjectKind.organisation)
    act(db, save_reconciliation, round_id, RECONCILED)
    act(db, set_double_entry, round_id, False)
    sheet = start_sheet(db, round_id, tellers[0], EntryMode.totals).id
    with pytest.raises(RefusedError):  # one sheet only when double entry is off
        start_sheet(db, round_id, tellers[1], EntryMode.totals)
    counts = seed_counts("chi-bo")
    rows = round_subjects(db, round_id)
    for row in rows:
        for column, value in enumerate(counts[row.code]):
            if value:
                set_total(db, sheet, row.id, column, value)
    assert sheet_totals(db, sheet)[rows[0].id] == counts[rows[0].code]
    agree(db, round_id)
    outcome = round_outcome(db, round_id)
    assert outcome.result is not None
    assert outcome.result.quota.arithmetic == "20% × 7 chi bộ HTXSNV và HTTNV = 1,4 → tối đa 1"


def test_resume_after_a_crash_opens_the_ballot_being_keyed(
        db: Database, seed: tuple[int, list[int]]) -> None:
    meeting_id, tellers = seed
    round_id = member_round(db, meeting_id)
    sheet = start_sheet(db, round_id, tellers[0], EntryMode.per_ballot).id
    ballots = seed_pile(db, round_id)
    first = resume_ballot(db, sheet)
    assert first is not None
    for index, mark in enumerate(ballots[0]):
        set_mark(db, first.id, index, mark)
    second = finish_ballot(db, first.id)
    assert second is not None and second.number == 2
    set_mark(db, second.id, 0, "2")
    set_mark(db, second.id, 1, "1")
    # "Crash": a new start of the sheet goes back to ballot 2 with its two rows.
    again = start_sheet(db, round_id, tellers[0], EntryMode.per_ballot)
    resumed = resume_ballot(db, again.id)
    assert resumed is not None
    assert (resumed.number, resumed.marks[:3]) == (2, "21.")
    with pytest.raises(RefusedError, match="65 dòng chưa nhập"):
        finish_ballot(db, resumed.id)


def test_a_voided_ballot_does_not_count(db: Database, seed: tuple[int, list[int]]) -> None:
    meeting_id, tellers = seed
    round_id = member_round(db, meeting_id)
    act(db, set_double_entry, round_id, False)
    sheet = start_sheet(db, round_id, tellers[0], EntryMode.per_ballot).id
    ballots = seed_pile(db, round_id)
    key_pile(db, sheet, ballots)
    void_ballot(db, open_ballot(db, sheet, 4).id)
    comparison = compare_sheets(db, round_id)
    assert "đã nhập 9 phiếu, số phiếu hợp lệ là 10" in " ".join(comparison.problems)
    fresh = resume_ballot(db, sheet)
    assert fresh is not None and fresh.number == 11


def agreed_locked_round(db: Database, seed: tuple[int, list[int]]) -> int:
    meeting_id, tellers = seed
    round_id = member_round(db, meeting_id)
    ballots = seed_pile(db, round_id)
    for teller in tellers[:2]:
        key_pile(db, start_sheet(db, round_id, teller, EntryMode.per_ballot).id, ballots)
    agree(db, round_id)
    with pytest.raises(RefusedError, match="Trưởng ban"):
        lock_round(db, round_id, tellers[1])
    lock_round(db, round_id, tellers[0])
    return round_id


def test_a_locked_round_refuses_every_change_and_reopens_as_a_new_revision(
        db: Database, seed: tuple[int, list[int]], tmp_path: Path) -> None:
    round_id = agreed_locked_round(db, seed)
    with db.session() as session:
        sheet_id = session.get_one(BallotRound, round_id).entry_sheets[0].id
        ballot_id = session.scalars(select(EntryBallot.id).where(
            EntryBallot.sheet_id == sheet_id)).first()
        code = session.get_one(BallotRound, round_id).code
    assert ballot_id is not None
    with pytest.raises(LockedRoundError):
        set_mark(db, ballot_id, 0, "4")
    with pytest.raises(LockedRoundError):
        void_ballot(db, ballot_id)
    for change in (lambda: agree(db, round_id),
                   lambda: act(db, save_reconciliation, round_id, RECONCILED),
                   lambda: act(db, set_double_entry, round_id, False)):
        with pytest.raises(RefusedError, match="khóa"):
            change()
    # import: a file holding different counts for the same round is refused, nothing changes
    data = meeting_file_json_with_round(db, seed[0], code)
    path = tmp_path / "counts.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(RefusedError, match="khóa"):
        import_rounds(db, seed[0], path)
    before = round_outcome(db, round_id)
    assert before.locked and before.result is not None
    with pytest.raises(RefusedError):
        reopen_round(db, round_id, "  ")
    new_id = reopen_round(db, round_id, "Kiểm lại phiếu số 4")
    reopened = round_outcome(db, new_id)
    assert (reopened.revision, reopened.locked) == (2, False)
    assert reopened.result is not None
    assert reopened.result.subjects == before.result.subjects
    assert round_outcome(db, round_id).locked
    assert verify(db).intact


def meeting_file_json_with_round(db: Database, meeting_id: int, code: str) -> dict[str, object]:
    with db.session() as session:
        data = meeting_file_json(stored_meeting_file(session.get_one(Meeting, meeting_id)))
    member_round = next(r for r in data["rounds"] if r["id"] == code)
    member_round["subjects"][0]["votes"]["HTXSNV"] += 1
    member_round["subjects"][0]["votes"]["HTTNV"] -= 1
    return data


def test_follow_up_round_and_the_chairs_decision(
        db: Database, seed: tuple[int, list[int]]) -> None:
    meeting_id, tellers = seed
    round_id = member_round(db, meeting_id)
    counts = seed_counts()
    counts["m01"] = (6, 4, 0, 0, 0)  # a 14th excellent, with 6 votes like four others
    counts["m02"] = (2, 1, 1, 1, 5)  # no level gets more than 5 of 10: undecided
    codes = [row.code for row in round_subjects(db, round_id)]
    act(db, set_double_entry, round_id, False)
    key_pile(db, start_sheet(db, round_id, tellers[0], EntryMode.per_ballot).id,
             pile(counts, codes))
    agree(db, round_id)
    outcome = round_outcome(db, round_id)
    assert outcome.result is not None and outcome.committee
    assert outcome.result.quota.arithmetic == (
        "20% × 64 đảng viên HTXSNV và HTTNV = 12,8 → tối đa 12")
    tied = {"m01", "m13", "m17", "m23", "m51"}
    assert set(outcome.result.quota.tied) == tied
    follow_up = act(db, open_follow_up_round, round_id)
    assert {row.code for row in round_subjects(db, follow_up)} == tied | {"m02"}
    m13 = next(s for s in outcome.subjects if s.subject.code == "m13")
    assert m13.needs_decision
    with pytest.raises(RefusedError, match="lý do"):
        act(db, record_decision, m13.subject.id, Level.HTTNV, "")
    m02 = next(s for s in outcome.subjects if s.subject.code == "m02")
    with pytest.raises(RefusedError, match="không ngang phiếu"):
        act(db, record_decision, m02.subject.id, Level.HTTNV, "x")
    act(db, record_decision, m13.subject.id, Level.HTTNV, "Hội nghị biểu quyết lại")
    after = next(s for s in round_outcome(db, round_id).subjects if s.subject.code == "m13")
    assert (after.decision_level, after.decision_reason) == (Level.HTTNV,
                                                             "Hội nghị biểu quyết lại")


def test_ballot_marks_are_not_in_the_audit_log(db: Database,
                                               seed: tuple[int, list[int]]) -> None:
    meeting_id, tellers = seed
    round_id = member_round(db, meeting_id)
    sheet = start_sheet(db, round_id, tellers[0], EntryMode.per_ballot).id
    ballot = resume_ballot(db, sheet)
    assert ballot is not None
    set_mark(db, ballot.id, 0, "1")
    with db.session() as session:
        tables = set(session.scalars(select(AuditEvent.table_name)))
    assert "entry_sheet" in tables and "entry_ballot" not in tables


def test_no_figures_are_compared_while_a_teller_is_still_keying(
        db: Database, seed: tuple[int, list[int]]) -> None:
    meeting_id, tellers = seed
    round_id = member_round(db, meeting_id)
    ballots = seed_pile(db, round_id)
    key_pile(db, start_sheet(db, round_id, tellers[0], EntryMode.per_ballot).id, ballots)
    second = start_sheet(db, round_id, tellers[1], EntryMode.per_ballot).id
    ballot = resume_ballot(db, second)
    assert ballot is not None
    set_mark(db, ballot.id, 0, "4")
    comparison = compare_sheets(db, round_id)
    assert comparison.differences == ()
    assert any("đang nhập dở" in problem for problem in comparison.problems)
