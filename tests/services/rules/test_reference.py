"""The app against an independent reading of rules.md (tests/helpers/reference/qd366.py) on
generated meeting files: scores (self, parts, changed by the meeting), conditions, ties on score
at the quota boundary, a cell rating itself, a committee rating its cells, and the same votes
under the 2023 rule. The file goes the way `tally` takes it: parsed, computed, written as the
result file."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from services.meeting_file.format import parse_meeting, result_json
from services.meeting_file.tally import tally_meeting
from tests.helpers.reference.qd366 import ORDER, expected_result

CONDITIONS = ("all_tasks_on_time", "exceeded_30pct", "shortcomings_remedied",
              "failed_over_50pct", "disqualifying_violation", "self_reported_remedied")
# Few values, so that equal scores (and equal votes) meet at the quota boundary.
TOTALS = [40, 55, 70, 86, 89, 90, 92, 95]


@st.composite
def assessment(draw: st.DrawFn) -> dict[str, Any]:
    """The QĐ 366 fields of one subject, any of them left out."""
    fields: dict[str, Any] = {}
    form = draw(st.sampled_from(["none", "total", "parts", "changed"]))
    if form == "total":
        fields["self_score"] = draw(st.sampled_from(TOTALS))
    elif form in ("parts", "changed"):
        fields["self_score_parts"] = {"general": draw(st.sampled_from([15, 25, 30])),
                                      "tasks": draw(st.sampled_from([30, 60, 65, 70]))}
    if form == "changed":
        fields["score"] = {"general": draw(st.sampled_from([20, 28])),
                           "tasks": draw(st.sampled_from([50, 62])), "reason": "Hội nghị sửa"}
    recorded = {name: draw(st.sampled_from([True, False, None]))
                for name in CONDITIONS if draw(st.integers(0, 3)) == 0}
    if recorded:
        fields["conditions"] = recorded
    return fields


@st.composite
def votes(draw: st.DrawFn, ballots: int) -> dict[str, Any]:
    """One row of a round: marks for each level and invalid rows adding up to `ballots`."""
    left, marks = ballots, {}
    for level in ORDER:
        marks[level] = draw(st.integers(0, left))
        left -= marks[level]
    return {"votes": marks, "invalid": left}


@st.composite
def meeting_file(draw: st.DrawFn) -> dict[str, Any]:
    year = draw(st.sampled_from([2023, 2025]))
    shape = draw(st.sampled_from(["members", "cells", "own"]))
    electorate = draw(st.integers(3, 15))
    count = 1 if shape == "own" else draw(st.integers(1, 12))
    kind = "member" if shape == "members" else "organisation"
    ids = ["tap-the"] if shape == "own" else [f"s{n:02d}" for n in range(1, count + 1)]
    subjects = [{"id": sid, **draw(votes(electorate))} for sid in ids]
    # Push HTXSNV votes together at times, so that the quota has ties to split.
    if draw(st.booleans()):
        for row in subjects:
            row["votes"] = {"HTXSNV": electorate, "HTTNV": 0, "HTNV": 0, "KHTNV": 0}
            row["invalid"] = 0
    entries = [{"id": sid, "name": f"Tên {sid}", **draw(assessment()),
                "self_rating": draw(st.sampled_from([None, *ORDER]))} for sid in ids]
    members = entries if kind == "member" else [{"id": "m01", "name": "Nguyễn Văn An"}]
    return {
        "format": "hoinghi.meeting/1",
        "meeting": {"title": "Hội nghị", "body": "Đảng ủy",
                    "body_kind": "chi_bo" if shape == "own" else "dang_uy",
                    "review_year": year},
        "members": [{"status": "official", "position": "Đảng viên", **m} for m in members],
        "organisations": entries if kind == "organisation" else [],
        "electorate": {"convened": electorate, "present": electorate},
        "rounds": [{"id": "r1", "subject_kind": kind,
                    "ballots": {"issued": electorate, "returned": electorate, "invalid": 0},
                    "subjects": subjects}],
    }


def tallied(data: dict[str, Any]) -> list[dict[str, Any]]:
    written = result_json(tally_meeting(parse_meeting(data)))
    return [{"id": r["id"], "subjects": r["subjects"], "quota": r["quota"]}
            for r in written["rounds"]]


@settings(max_examples=400, deadline=None)
@given(meeting_file())
def test_tally_agrees_with_the_reference(data: dict[str, Any]) -> None:
    assert tallied(data) == expected_result(data)


@settings(max_examples=100, deadline=None)
@given(meeting_file())
def test_the_same_votes_under_the_2023_rule_follow_the_votes_alone(data: dict[str, Any]) -> None:
    data["meeting"]["review_year"] = 2023
    result = tallied(data)
    assert result == expected_result(data)
    for subject in result[0]["subjects"]:
        assert set(subject) == {"id", "level"}  # no cap before QĐ 366
