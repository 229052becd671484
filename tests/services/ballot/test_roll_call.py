"""A round follows the roll call (issue 11): it opens after it (or the chair overrides, recorded),
takes the attendance list's figures, follows it until a ballot is keyed, then keeps them and says
so; ballots issued above the voters present are refused at reconciliation and at lock."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from models.audit import AuditEvent
from models.ballot import BallotRound
from models.ballot_entry import EntryMode
from models.database import Database
from models.enums import AttendanceStatus, MemberStatus, SubjectKind
from models.roster import Member
from services.ballot.attendance import mark_unrecorded_present, set_attendance
from services.ballot.compare import agree
from services.ballot.reconciliation import save_reconciliation
from services.ballot.roll_call import OpeningRefused, stale_figures, take_roll_call
from services.ballot.rounds import lock_problems, lock_round, open_round
from services.ballot.sheets import (
    finish_ballot,
    resume_ballot,
    round_subjects,
    set_mark,
    start_sheet,
)
from services.meeting_file.store import export_meeting, import_meeting
from services.proceedings.chair_script import step_script
from services.proceedings.status import meeting_status
from services.rules.types import RefusedError
from tests.helpers import SEED_MEETING
from tests.helpers.piles import act, approve_tellers, key_pile, pile, seed_counts


@pytest.fixture
def demo(db: Database) -> int:
    """The demo meeting as the app opens it: no round before the roll call."""
    return import_meeting(db, SEED_MEETING, with_rounds=False)


def member(db: Database, meeting_id: int, code: str) -> int:
    with db.session() as s:
        return s.scalars(select(Member.id).where(Member.meeting_id == meeting_id,
                                                 Member.code == code)).one()


def mark(db: Database, meeting_id: int, code: str, status: AttendanceStatus | None,
         reason: str | None = None) -> list[str]:
    return act(db, set_attendance, meeting_id, member(db, meeting_id, code), status, reason)


def figures(db: Database, round_id: int) -> tuple[int, int]:
    with db.session() as s:
        round_ = s.get_one(BallotRound, round_id)
        return round_.electorate_convened, round_.electorate_present


def test_the_demo_starts_with_no_round_and_the_roll_call_speaks_of_those_still_to_call(
        db: Database, demo: int) -> None:
    with db.session() as s:
        status = meeting_status(s, demo)
        assert (status.electorate, status.present, status.unrecorded, status.rounds) == (
            10, 0, 10, ())
    for code in ("m01", "m02", "m03"):
        mark(db, demo, code, AttendanceStatus.present)
    mark(db, demo, "m04", AttendanceStatus.absent_excused, "Ốm")
    with db.session() as s:
        status = meeting_status(s, demo)
        script = step_script(s, demo, 2).text
    # 10 in the committee, 1 excused: 9; 3 present so far, 6 still to be called (never "0/0").
    assert (status.electorate, status.present, status.unrecorded) == (9, 3, 6)
    assert "được triệu tập là 9 đồng chí; có mặt 3 đồng chí; còn 6 đồng chí chưa điểm danh" \
        in script
    assert "Hiện diện 3/9 đồng chí ủy viên Ban Chấp hành, điểm danh chưa xong (còn 6 đồng chí " \
        "chưa điểm danh), chưa xác định được hội nghị đủ điều kiện tiến hành hay chưa." in script
    assert "đủ điều kiện tiến hành hội nghị" not in script.replace("xác định được hội nghị đủ "
                                                                 "điều kiện tiến hành", "")


def test_a_round_opens_after_the_roll_call_or_by_the_chairs_recorded_override(
        db: Database, demo: int) -> None:
    mark(db, demo, "m01", AttendanceStatus.present)
    with pytest.raises(OpeningRefused, match="còn 9 người chưa điểm danh"):
        act(db, open_round, demo, SubjectKind.member)
    round_id = act(db, open_round, demo, SubjectKind.member, True)
    with db.session() as s:
        assert s.get_one(BallotRound, round_id).opened_despite == \
            "điểm danh chưa xong: còn 9 người chưa điểm danh"
        logged = s.scalars(select(AuditEvent.changes).where(
            AuditEvent.table_name == "ballot_round", AuditEvent.action == "insert")).one()
    assert "còn 9 người chưa điểm danh" in json.loads(logged)["opened_despite"]
    assert figures(db, round_id) == (10, 1)
    # Until a ballot is keyed, the round follows the roll call and says which it was.
    with db.session("secretary") as s, s.begin():
        assert mark_unrecorded_present(s, demo) == (9, ["Xếp loại đảng viên"])
    assert figures(db, round_id) == (10, 10)


def test_after_the_first_ballot_the_round_keeps_its_figures_until_the_chair_takes_the_new(
        db: Database, demo: int) -> None:
    with db.session("secretary") as s, s.begin():
        mark_unrecorded_present(s, demo)
    tellers = approve_tellers(db, demo)
    round_id = act(db, open_round, demo, SubjectKind.organisation)
    assert act(db, save_reconciliation, round_id, {"issued": "10", "returned": "10"}) == []
    codes = [row.code for row in round_subjects(db, round_id)]
    sheet = start_sheet(db, round_id, tellers[0], EntryMode.per_ballot).id
    ballot = resume_ballot(db, sheet)
    assert ballot is not None
    for row, mark_ in enumerate(pile(seed_counts("chi-bo"), codes)[0]):
        set_mark(db, ballot.id, row, mark_)
    finish_ballot(db, ballot.id)  # one ballot keyed
    assert mark(db, demo, "m05", AttendanceStatus.absent_excused, "Đi công tác") == []
    assert figures(db, round_id) == (10, 10)  # kept, and the pages say so:
    with db.session() as s:
        stale = stale_figures(s.get_one(BallotRound, round_id))
    assert stale is not None and (stale.round_electorate, stale.round_present,
                                  stale.now.electorate, stale.now.present) == (10, 10, 9, 9)
    act(db, take_roll_call, round_id)
    assert figures(db, round_id) == (9, 9)
    with db.session() as s:
        assert stale_figures(s.get_one(BallotRound, round_id)) is None
        changes = [json.loads(c) for c in s.scalars(select(AuditEvent.changes).where(
            AuditEvent.table_name == "ballot_round", AuditEvent.action == "update"))]
    assert {"electorate_convened": [10, 9], "electorate_present": [10, 9]} in changes
    # Now 10 ballots issued for 9 voters present: refused at the lock, naming both figures.
    with db.session() as s:
        problems = lock_problems(s.get_one(BallotRound, round_id))
    assert "Phát ra 10 phiếu, nhiều hơn 9 người có quyền biểu quyết có mặt theo điểm danh" \
        in problems
    with pytest.raises(RefusedError, match="nhiều hơn 9 người có quyền biểu quyết"):
        lock_round(db, round_id, tellers[0])
    # ... and at reconciliation.
    messages = act(db, save_reconciliation, round_id, {"issued": "10", "returned": "9"})
    assert [(m.field, m.refused) for m in messages][0] == ("issued", True)
    assert "Phát ra 10 phiếu, nhiều hơn 9" in messages[0].message


def test_the_cells_own_round_opens_once_the_members_round_is_locked(
        db: Database, tmp_path: pytest.TempPathFactory) -> None:
    data = json.loads(SEED_MEETING.read_text(encoding="utf-8"))
    data["meeting"].update(body_kind="chi_bo", body="Chi bộ Văn phòng")
    data["members"], data["rounds"] = data["members"][:10], []
    path = tmp_path / "chi-bo.meeting.json"  # type: ignore[operator]
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    meeting_id = import_meeting(db, path)
    with db.session("secretary") as s, s.begin():
        mark_unrecorded_present(s, meeting_id)
    tellers = approve_tellers(db, meeting_id)
    members = act(db, open_round, meeting_id, SubjectKind.member)
    with pytest.raises(OpeningRefused, match="vòng xếp loại đảng viên chưa khóa"):
        act(db, open_round, meeting_id, SubjectKind.organisation)
    act(db, save_reconciliation, members, {"issued": "10", "returned": "10"})
    codes = [row.code for row in round_subjects(db, members)]
    counts = {code: (0, 10, 0, 0, 0) for code in codes}
    for teller in tellers[:2]:
        key_pile(db, start_sheet(db, members, teller, EntryMode.per_ballot).id,
                 pile(counts, codes))
    agree(db, members)
    lock_round(db, members, tellers[0])
    cell = act(db, open_round, meeting_id, SubjectKind.organisation)
    with db.session() as s:
        assert s.get_one(BallotRound, cell).opened_despite == ""


def test_the_bulk_mark_leaves_an_exempt_member_to_the_chair_and_export_writes_the_list(
        db: Database, demo: int) -> None:
    with db.session("chair") as s, s.begin():
        s.scalars(select(Member).where(Member.meeting_id == demo, Member.code == "m07")
                  ).one().status = MemberStatus.exempt
    with db.session("secretary") as s, s.begin():
        assert mark_unrecorded_present(s, demo) == (9, [])
    with db.session() as s:
        status = meeting_status(s, demo)
    # Not called yet, the exempt member is not counted (rules.md: counted only when present).
    assert (status.electorate, status.present, status.unrecorded) == (9, 9, 1)
    mark(db, demo, "m07", AttendanceStatus.absent, "")  # an exempt member away: not counted
    mark(db, demo, "m02", AttendanceStatus.absent_excused, "Ốm")
    assert export_meeting(db, demo)["electorate"] == {"convened": 8, "present": 8}
    mark(db, demo, "m07", AttendanceStatus.present)  # he came after all: counted, votes
    assert export_meeting(db, demo)["electorate"] == {"convened": 9, "present": 9}
