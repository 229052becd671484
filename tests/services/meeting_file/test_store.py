"""Import of a meeting file into the database, export back, and the lock on a round."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from models.ballot import BallotRound, LockedRoundError, RoundState
from models.database import Database
from models.enums import LEVELS, BodyKind, RoleKind, StepState
from models.meeting import Meeting
from models.roster import Member
from services.ballot.stored import stored_round_result
from services.integrity.audit import verify
from services.meeting_file.format import derived_in_body, load_meeting_file, meeting_file_json
from services.meeting_file.store import export_meeting, import_meeting, import_rounds
from services.rules.types import RefusedError
from tests.helpers import SEED_MEETING

FIXTURE = SEED_MEETING


def count(db: Database, entity: type) -> int:
    with db.session() as session:
        return int(session.scalar(select(func.count()).select_from(entity)) or 0)


def test_import_creates_the_meeting_with_roster_roles_agenda_and_rounds(db: Database) -> None:
    meeting_id = import_meeting(db, FIXTURE)
    with db.session() as session:
        meeting = session.get(Meeting, meeting_id)
        assert meeting is not None
        assert meeting.party_unit.name == "Đảng bộ Cục Quản lý thị trường tỉnh Tiền Giang"
        assert (meeting.declared_convened, meeting.declared_present) == (10, 10)
        assert meeting.rule_profile == "qd132"  # review year 2021
        assert meeting.rules["quota"] == {"percent": 20, "base": "good_and_above",
                                              "rank_by": "votes"}
        assert len(meeting.members) == 67 and len(meeting.organisations) == 8
        # The committee (the convened body): m01..m10, Bí thư / Phó Bí thư / Đảng ủy viên.
        assert sorted(m.code for m in meeting.members if m.in_body) == [
            f"m{n:02d}" for n in range(1, 11)]
        roles = [(r.role, r.member.code if r.member else None, r.is_head) for r in meeting.roles]
        assert roles == [(RoleKind.chair, "m01", False), (RoleKind.secretary, "m04", False),
                         (RoleKind.teller, "m03", True), (RoleKind.teller, "m06", False),
                         (RoleKind.teller, "m08", False)]
        assert [(s.number, s.state) for s in meeting.steps] == [
            (n, StepState.current if n == 1 else StepState.pending) for n in range(1, 10)]
        rounds = {r.code: r for r in meeting.rounds}
        assert set(rounds) == {"dang-vien", "chi-bo"}
        member_round = rounds["dang-vien"]
        assert (member_round.issued, member_round.returned, member_round.invalid) == (10, 10, 0)
        assert len(member_round.subjects) == 67
        assert member_round.subjects[2].code == "m03"
        assert list(member_round.subjects[2].votes.values()) == [4, 3, 3, 0]
    assert verify(db).intact


def test_import_then_export_gives_the_same_meeting(db: Database) -> None:
    meeting_id = import_meeting(db, FIXTURE)
    exported = export_meeting(db, meeting_id)
    # Semantically equal: the same file read back gives the same typed meeting...
    assert meeting_file_json(load_meeting_file(FIXTURE)) == exported
    # ...and every value of the input is in the export as written.
    original = json.loads(FIXTURE.read_text(encoding="utf-8"))
    for key in ("meeting", "members", "organisations", "electorate", "rounds"):
        assert exported[key] == original[key], key
    for key, value in original["rules"].items():  # the export spells out every setting
        written = exported["rules"][key]
        assert value.items() <= written.items() if isinstance(value, dict) else written == value


def test_a_refused_file_changes_nothing(db: Database, tmp_path: Path) -> None:
    data = json.loads(FIXTURE.read_text(encoding="utf-8"))
    data["rounds"][0]["subjects"][17]["votes"]["HTTNV"] -= 1  # m18 no longer adds up
    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(RefusedError) as refused:
        import_meeting(db, broken)
    # the window names the person; the command line prints the place in the file
    assert str(refused.value).startswith("Võ Thị Hồng Quyên: 9 phiếu đánh dấu")
    assert [p.where for p in refused.value.problems] == ["dang-vien / m18"]
    assert count(db, Meeting) == 0 and count(db, Member) == 0


def test_a_locked_round_refuses_changes_by_import_and_by_the_orm(db: Database,
                                                                 tmp_path: Path) -> None:
    meeting_id = import_meeting(db, FIXTURE)
    with db.session("teller") as session, session.begin():
        round_ = session.scalars(select(BallotRound).where(BallotRound.code == "dang-vien")).one()
        round_.state = RoundState.locked
    data = json.loads(FIXTURE.read_text(encoding="utf-8"))
    data["rounds"][0]["subjects"][0]["votes"] = {"HTXSNV": 6, "HTTNV": 4}
    changed = tmp_path / "changed.json"
    changed.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(RefusedError, match="dang-vien"):
        import_rounds(db, meeting_id, changed)
    with pytest.raises(LockedRoundError), db.session() as session, session.begin():
        round_ = session.scalars(select(BallotRound).where(BallotRound.code == "dang-vien")).one()
        round_.subjects[0].votes_htxsnv = 6
    with pytest.raises(LockedRoundError), db.session() as session, session.begin():
        round_ = session.scalars(select(BallotRound).where(BallotRound.code == "dang-vien")).one()
        round_.state = RoundState.open
    assert export_meeting(db, meeting_id)["rounds"][0]["subjects"][0]["votes"]["HTXSNV"] == 5


def test_import_rounds_updates_an_open_round(db: Database, tmp_path: Path) -> None:
    meeting_id = import_meeting(db, FIXTURE)
    data = json.loads(FIXTURE.read_text(encoding="utf-8"))
    data["rounds"][0]["subjects"][0]["votes"] = {"HTXSNV": 6, "HTTNV": 4}
    changed = tmp_path / "changed.json"
    changed.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert import_rounds(db, meeting_id, changed) == ["dang-vien", "chi-bo"]
    votes = export_meeting(db, meeting_id)["rounds"][0]["subjects"][0]["votes"]
    assert votes == {"HTXSNV": 6, "HTTNV": 4, "HTNV": 0, "KHTNV": 0}
    assert verify(db).intact


def test_export_of_an_unknown_meeting_is_refused(db: Database) -> None:
    with pytest.raises(RefusedError, match="42"):
        export_meeting(db, 42)


def test_a_stored_round_computes_under_its_recorded_settings(db: Database) -> None:
    import_meeting(db, FIXTURE)
    with db.session() as session:
        rounds = session.scalars(select(BallotRound).order_by(BallotRound.sort_order)).all()
        members, cells = (stored_round_result(r) for r in rounds)
    assert [members.summary.counts[lv] for lv in LEVELS] == [13, 52, 1, 1]
    assert [cells.summary.counts[lv] for lv in LEVELS] == [1, 6, 1, 0]
    assert members.quota.within[0] == "m12" and members.quota.limit == 13


def test_deleting_a_whole_meeting_takes_its_locked_rounds_with_it(db: Database) -> None:
    meeting_id = import_meeting(db, FIXTURE)
    with db.session() as session, session.begin():
        for round_ in session.scalars(select(BallotRound)):
            round_.state = RoundState.locked
    with db.session() as session, session.begin():
        session.delete(session.get(Meeting, meeting_id))
    assert count(db, BallotRound) == 0 and count(db, Member) == 0
    assert verify(db).intact


@pytest.mark.parametrize(("position", "in_body"), [
    ("Bí thư Đảng ủy", True), ("Phó Bí thư Đảng ủy", True), ("Đảng ủy viên", True),
    ("Ủy viên Ban Thường vụ Đảng ủy", True), ("Ủy viên Ban Chấp hành", True),
    ("Bí thư Chi bộ", False), ("Chi ủy viên", False), ("Đảng viên", False), ("", False),
])
def test_the_committee_is_known_by_position_at_a_committee_meeting(position: str,
                                                                    in_body: bool) -> None:
    assert derived_in_body(BodyKind.dang_uy, position) is in_body
    assert derived_in_body(BodyKind.chi_bo, position) is True


def test_an_explicit_in_body_is_kept_and_exported(db: Database, tmp_path: Path) -> None:
    data = json.loads(FIXTURE.read_text(encoding="utf-8"))
    data["members"][20]["in_body"] = True  # m21 attends the committee though not a member of it
    source = tmp_path / "m.json"
    source.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    exported = export_meeting(db, import_meeting(db, source))
    assert exported["members"][20]["in_body"] is True
    assert "in_body" not in exported["members"][0]  # derived ones are not written
