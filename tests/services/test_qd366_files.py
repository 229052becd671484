"""Meeting files kept aside under QĐ 366 (tests/data/qd366) through `tally`, against the
independent reading of rules.md, and through import, the stored rounds and export: the app,
`tally` and the result of a stored meeting say the same, and the file comes back without loss."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import main
from models.database import Database
from models.enums import Period
from models.meeting import Meeting
from services.commands import tally_meeting
from services.documents.rounds import quota_lines, reported_rounds_from_file
from services.meeting_file import load_meeting_file, result_json
from services.meeting_setup import period_words
from services.meeting_store import export_meeting, import_meeting, stored_round_result
from tests.conftest import PROJECT_ROOT
from tests.reference.qd366 import expected_result

DATA = PROJECT_ROOT / "tests" / "data" / "qd366"
CELL = DATA / "chi-bo-quy-3-2025.meeting.json"
COMMITTEE = DATA / "dang-uy-2025.meeting.json"
SAME_VOTES_2024 = DATA / "dang-uy-2024-cung-phieu.meeting.json"
FILES = sorted(DATA.glob("*.meeting.json"))


def tally(path: Path, tmp_path: Path) -> dict[str, Any]:
    out = tmp_path / "result.json"
    assert main.main(["tally", str(path), "--json", str(out)]) == 0
    return json.loads(out.read_text(encoding="utf-8"))


def by_id(result: dict[str, Any], round_id: str) -> dict[str, Any]:
    return next(r for r in result["rounds"] if r["id"] == round_id)


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_tally_agrees_with_the_reference(path: Path, tmp_path: Path) -> None:
    result = tally(path, tmp_path)
    meeting = json.loads(path.read_text(encoding="utf-8"))
    assert [{"id": r["id"], "subjects": r["subjects"], "quota": r["quota"]}
            for r in result["rounds"]] == expected_result(meeting)


def test_a_cell_quarter_the_score_caps_the_vote_and_the_cell_has_no_quota(
        tmp_path: Path) -> None:
    result = tally(CELL, tmp_path)
    members = by_id(result, "dang-vien")
    levels = {s["id"]: (s["vote_level"], s["level"]) for s in members["subjects"]}
    # 86 points voted HTXSNV: HTTNV. 40 points voted HTXSNV: KHTNV. 92 accepted as 85: HTTNV.
    # 93 points but a task late: HTNV. 91 points and a self-reported violation: HTXSNV.
    assert levels["m02"] == levels["m04"] == ("HTXSNV", "HTTNV")
    assert levels["m03"] == ("HTXSNV", "KHTNV")
    assert levels["m06"] == ("HTTNV", "HTNV")
    assert levels["m07"] == ("HTXSNV", "HTXSNV")
    assert members["details"]["subjects"]["m02"]["explanation"][-1] == (
        "HTTNV: phiếu đạt HTXSNV (7/9) nhưng điểm 86/100 thuộc khung HTTNV (70–89)")
    # The quota counts after capping: 3 HTXSNV + 4 HTTNV → 20% × 7 → 1; by score m08 (94).
    assert (members["quota"]["limit"], members["quota"]["within"],
            members["quota"]["over"]) == (1, ["m08"], ["m01", "m07"])
    grouped = [(w["subject"], w["code"]) for w in members["warnings"] if "subject" in w]
    assert grouped == [
        ("m02", "vote_above_cap"), ("m02", "self_level_above_band"),
        ("m03", "self_rating_gap"), ("m03", "vote_above_cap"), ("m03", "self_level_above_band"),
        ("m04", "vote_above_cap"), ("m04", "self_level_above_band"),
        ("m05", "self_level_above_band"),
        ("m06", "vote_above_cap"),
        ("m07", "excellent_condition_unrecorded"), ("m07", "self_reported_violation")]
    own = by_id(result, "tap-the")
    assert own["quota"] is None and own["subjects"] == [
        {"id": "tap-the", "level": "HTXSNV", "vote_level": "HTXSNV", "cap": "HTXSNV"}]


def test_a_committee_ranks_by_score_then_votes_and_the_2023_rule_by_votes(
        tmp_path: Path) -> None:
    now = tally(COMMITTEE, tmp_path)
    members, cells = by_id(now, "dang-vien"), by_id(now, "chi-bo")
    # m04 (75 points, 9 HTXSNV votes) is capped to HTTNV; m02 and m03 (92 points, 7 votes each)
    # are equal on both at the limit of 2: tied, the chair decides.
    assert (members["quota"]["within"], members["quota"]["tied"]) == (["m01"], ["m02", "m03"])
    # cb4 has no score: it ranks after the scored cells, even with 10 votes.
    assert (cells["quota"]["within"], cells["quota"]["over"]) == (["cb1"], ["cb3", "cb4"])
    before = tally(SAME_VOTES_2024, tmp_path)
    members, cells = by_id(before, "dang-vien"), by_id(before, "chi-bo")
    # The same votes under QĐ 124: no cap, ranked by votes: m04 (9) and m01 (8) within.
    assert all(set(s) == {"id", "level"} for s in members["subjects"] + cells["subjects"])
    assert (members["quota"]["within"], members["quota"]["over"]) == (["m01", "m04"],
                                                                      ["m02", "m03"])
    assert cells["quota"]["within"] == ["cb4"]


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_stored_rounds_say_what_tally_says_and_export_loses_nothing(
        path: Path, db: Database, tmp_path: Path) -> None:
    meeting_id = import_meeting(db, path)
    with db.session() as s:
        meeting = s.get_one(Meeting, meeting_id)
        stored = [stored_round_result(r) for r in meeting.rounds]
        period = meeting.period, period_words(meeting.review_year, meeting.period)
    assert result_json(stored) == tally(path, tmp_path)
    exported = tmp_path / "export.json"
    exported.write_text(json.dumps(export_meeting(db, meeting_id), ensure_ascii=False),
                        encoding="utf-8")
    assert load_meeting_file(exported) == load_meeting_file(path)
    if path == CELL:
        assert period == (Period.Q3, "quý III năm 2025")


def test_the_quota_lines_name_the_tie_on_score_and_votes_and_a_cell_has_none() -> None:
    committee = load_meeting_file(COMMITTEE)
    members, _cells = reported_rounds_from_file(committee, tally_meeting(committee))
    assert ("Bằng điểm và số phiếu tại ngưỡng tỷ lệ (chủ trì quyết định) (2): Trần Thị Bình, "
            "Lê Văn Cường.") in quota_lines(members)
    cell = load_meeting_file(CELL)
    _members, own = reported_rounds_from_file(cell, tally_meeting(cell))
    assert quota_lines(own) == []
