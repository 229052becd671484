"""Reading and checking meeting files: the fixture computes exactly; bad files are refused
with one clear message per problem, never a traceback."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from models.enums import Level
from services.meeting_file.format import (
    MAX_FILE_BYTES,
    decode_meeting_bytes,
    load_meeting_file,
    meeting_file_json,
    parse_meeting,
    result_json,
)
from services.meeting_file.tally import tally_meeting
from services.rules.types import Denominator, QuotaBase, RefusedError, Threshold
from tests.helpers import CELL_FILE, EXPECTED, FIXTURE

SOURCE: dict[str, Any] = json.loads(FIXTURE.read_text(encoding="utf-8"))


def edited(change: Callable[[dict[str, Any]], object]) -> dict[str, Any]:
    data = copy.deepcopy(SOURCE)
    change(data)
    return data


def problems_of(data: Any) -> list[str]:
    with pytest.raises(RefusedError) as refused:
        parse_meeting(data)
    return [str(problem) for problem in refused.value.problems]


def test_the_fixture_gives_exactly_the_expected_result() -> None:
    computed = result_json(tally_meeting(load_meeting_file(FIXTURE)))
    expected = json.loads(EXPECTED.read_text(encoding="utf-8"))
    assert computed["format"] == expected["format"] == "hoinghi.result/1"
    for mine, theirs in zip(computed["rounds"], expected["rounds"], strict=True):
        # Every field of the reference, exactly; additions only under "details" and "warnings".
        assert {key: value for key, value in mine.items()
                if key not in ("details", "warnings")} == theirs
    members, cells = computed["rounds"]
    assert members["details"]["quota"]["arithmetic"] == (
        "20% × 65 đảng viên HTXSNV và HTTNV = 13,0 → tối đa 13")
    assert cells["details"]["quota"]["arithmetic"] == (
        "20% × 7 chi bộ HTXSNV và HTTNV = 1,4 → tối đa 1")
    assert members["details"]["subjects"]["m03"]["explanation"] == [
        "HTXSNV: 4 phiếu trên 10 triệu tập, chưa > 1/2",
        "HTTNV: 4 + 3 = 7 phiếu trên 10 triệu tập > 1/2 (cộng dồn)"]
    assert members["warnings"] == cells["warnings"] == []


def test_an_exempt_member_on_the_ballot_is_a_warning() -> None:
    meeting_file = parse_meeting(edited(lambda d: d["members"][40].update(status="exempt")))
    [members, _] = tally_meeting(meeting_file)
    assert [(w.code, w.subject_id) for w in members.warnings] == [("subject_not_rated", "m41")]


def test_rules_default_when_left_out_and_every_key_is_read() -> None:
    without = parse_meeting(edited(lambda d: d.pop("rules")))
    assert without.rules.denominator is Denominator.electorate and without.rules.cumulative
    assert without.rules.threshold(Level.HTXSNV) == Threshold(1, 2, strict=True)
    rules = {"cumulative": False, "denominator": "ballots",
             "threshold": {"default": {"num": 1, "den": 2, "strict": False},
                           "HTXSNV": {"num": 2, "den": 3, "strict": False}},
             "quota": {"percent": 25, "base": "good_only"}}
    parsed = parse_meeting(edited(lambda d: d.update(rules=rules))).rules
    assert (parsed.cumulative, parsed.denominator) == (False, Denominator.ballots)
    assert parsed.threshold(Level.HTXSNV) == Threshold(2, 3, strict=False)
    assert parsed.threshold(Level.KHTNV) == Threshold(1, 2, strict=False)
    assert (parsed.quota_percent, parsed.quota_base) == (25, QuotaBase.good_only)


def test_missing_votes_and_invalid_rows_count_as_zero() -> None:
    def drop(d: dict[str, Any]) -> None:
        row = d["rounds"][1]["subjects"][2]  # cb3: 0 / 10 / 0 / 0, invalid 0
        row["votes"] = {"HTTNV": 10}
        del row["invalid"]

    parsed = parse_meeting(edited(drop))
    cb3 = parsed.rounds[1].subjects[2]
    assert (dict(cb3.votes), cb3.invalid_rows) == (
        {Level.HTXSNV: 0, Level.HTTNV: 10, Level.HTNV: 0, Level.KHTNV: 0}, 0)


def test_text_is_stored_nfc() -> None:
    decomposed = "Nguye\u0302\u0303n Co\u0302ng Vie\u0323\u0302t"
    parsed = parse_meeting(edited(lambda d: d["members"][0].update(name=decomposed)))
    assert parsed.members[0].name == "Nguyễn Công Việt"


@pytest.mark.parametrize(("change", "expected"), [
    (lambda d: d.pop("rounds"), "rounds: thiếu trường bắt buộc (missing field)"),
    (lambda d: d["meeting"].pop("body_kind"), "meeting.body_kind: thiếu trường"),
    (lambda d: d["rounds"][0].pop("ballots"), "dang-vien.ballots: thiếu trường"),
    (lambda d: d["electorate"].update(convened="10"), "electorate.convened: phải là số nguyên"),
    (lambda d: d["meeting"].update(review_year="2021"), "meeting.review_year: sai kiểu"),
    (lambda d: d["members"][1].update(status="chinh_thuc"), "members[1] (m02).status"),
    (lambda d: d["rounds"][0]["subjects"][0]["votes"].update(HTXSNV=4.5),
     "dang-vien / m01.votes.HTXSNV: phải là số nguyên không âm, có số lẻ 4.5"),
    (lambda d: d["rounds"][0]["subjects"][0]["votes"].update(XS=1),
     'dang-vien / m01.votes.XS: mã mức xếp loại "XS" không tồn tại'),
    (lambda d: d["rounds"][0]["subjects"][0].update(id="m99"),
     "dang-vien / m99: không có trong danh sách"),
    (lambda d: d["rounds"][1]["subjects"][0].update(id="m01"),
     "chi-bo / m01: không có trong danh sách"),
    (lambda d: d["rounds"][0]["subjects"].append(d["rounds"][0]["subjects"][0]),
     "dang-vien / m01: đối tượng có hai lần trong vòng"),
    (lambda d: d["rounds"][0]["subjects"][17]["votes"].update(HTTNV=4),
     "dang-vien / m18: 9 phiếu đánh dấu + 0 dòng không hợp lệ = 9, nhưng số phiếu hợp lệ là 10"),
    (lambda d: d["electorate"].update(present=11), "present > electorate"),
    (lambda d: d["rounds"][0]["ballots"].update(returned=11), "dang-vien: số phiếu thu vào 11"),
    (lambda d: d["rules"].update(denominator="members"), "rules.denominator"),
    (lambda d: d["rules"]["threshold"].update(HTXS={"num": 2, "den": 3}),
     'rules.threshold.HTXS: mã mức xếp loại "HTXS" không tồn tại'),
    (lambda d: d["rules"]["threshold"]["default"].update(num=3), "ngưỡng 3/2 không hợp lệ"),
    (lambda d: d["rules"]["quota"].update(base="good"), "rules.quota.base"),
    (lambda d: d["meeting"].update(chair="m99"), 'meeting.chair: "m99" không có trong danh sách'),
    (lambda d: d["members"].append(d["members"][0]), 'members[67].id: mã "m01" bị trùng'),
    (lambda d: d.update(format="hoinghi.meeting/2"), 'định dạng "hoinghi.meeting/2" không'),
    (lambda d: d.pop("format"), "format: thiếu trường định dạng"),
    (lambda d: d["meeting"].update(body_kind="chi_bo", standing_committee_signs=True),
     "meeting.standing_committee_signs: chi bộ không có ban thường vụ"),
    (lambda d: d["meeting"].update(standing_committee_signs="yes"),
     "meeting.standing_committee_signs: sai kiểu"),
])
def test_each_problem_is_refused_with_a_message_that_names_it(
        change: Callable[[dict[str, Any]], object], expected: str) -> None:
    problems = problems_of(edited(change))
    assert len(problems) == 1, problems
    assert expected in problems[0]


def test_every_problem_is_listed_at_once() -> None:
    def break_three(d: dict[str, Any]) -> None:
        d["rounds"][0]["subjects"][17]["votes"]["HTTNV"] = 4
        d["rounds"][1]["subjects"][7]["invalid"] = -1
        d["members"][5]["self_rating"] = "TOT"

    problems = problems_of(edited(break_three))
    assert len(problems) == 3
    assert any(p.startswith("dang-vien / m18") for p in problems)
    assert any(p.startswith("chi-bo / cb8.invalid") for p in problems)
    assert any(p.startswith("members[5] (m06).self_rating") for p in problems)


@pytest.mark.parametrize(("data", "expected"), [
    (b"", "tệp rỗng (empty file)"),
    (b"  \n", "tệp rỗng"),
    (b"\xef\xbb\xbf" + FIXTURE.read_bytes(), "BOM"),
    (FIXTURE.read_text(encoding="utf-8").encode("utf-16"), "UTF-16"),
    (FIXTURE.read_text(encoding="utf-8").encode("utf-16-le"), "UTF-16"),
    (FIXTURE.read_text(encoding="utf-8").encode("cp1258", errors="replace"), "UTF-8"),
    (b'{"format": "hoinghi.meeting/1",', "không phải JSON hợp lệ: dòng 1"),
    (b"[]", "đối tượng JSON"),
    (b'{"a": NaN}', "NaN"),
    (b'{"a": 1, "a": 2}', 'duplicate key "a"'),
    (b"[" * 100_000, "lồng nhau quá sâu"),
])
def test_bad_bytes_are_refused_clearly(data: bytes, expected: str) -> None:
    with pytest.raises(RefusedError) as refused:
        parse_meeting(decode_meeting_bytes(data))
    assert expected in str(refused.value)


def test_a_file_above_the_size_limit_is_refused_before_reading(tmp_path: Path) -> None:
    big = tmp_path / "big.json"
    with big.open("wb") as handle:  # 50 MB, sparse: never read into memory
        handle.truncate(50 * 1024 * 1024)
    assert big.stat().st_size > MAX_FILE_BYTES
    with pytest.raises(RefusedError, match="tệp quá lớn"):
        load_meeting_file(big)


def test_a_missing_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(RefusedError, match="không đọc được tệp"):
        load_meeting_file(tmp_path / "none.json")


@pytest.mark.parametrize("path", [FIXTURE, CELL_FILE])
def test_the_written_meeting_file_reads_back_the_same(path: Path) -> None:
    parsed = load_meeting_file(path)
    assert parse_meeting(json.loads(json.dumps(meeting_file_json(parsed)))) == parsed


def test_optional_fields_set_to_null_are_left_out() -> None:
    def nulls(d: dict[str, Any]) -> None:
        d["rules"] = {"cumulative": None, "denominator": None, "threshold": None, "quota": None}
        d["meeting"].update(date=None, venue=None, tellers=None, chair=None, secretary=None)
        d["members"][0].update(self_rating=None, self_score=None, position=None, in_body=None,
                               admitted=None, attendance=None, attendance_reason=None)
        d["rounds"][1]["subjects"][2].update(invalid=None, votes={"HTXSNV": None, "HTTNV": 10})
        d["rounds"][0]["ballots"]["invalid_reasons"] = None

    parsed, plain = parse_meeting(edited(nulls)), load_meeting_file(FIXTURE)
    assert parsed.rules == plain.rules  # the defaults, as when left out
    assert parsed.members[0].assessment is None and parsed.meeting.tellers == ()
    assert result_json(tally_meeting(parsed))["rounds"] == result_json(
        tally_meeting(plain))["rounds"]


def _paths(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every path into the fixture (the first three items of each list)."""
    found = [path] if path else []
    if isinstance(value, dict):
        for key, item in value.items():
            found += _paths(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value[:3]):
            found += _paths(item, (*path, index))
    return found


PATHS = _paths(SOURCE)
ODD_VALUES = [None, "x", -1, 1.5, [], {}, True, 0, 10**20, "HTXSNV", {"num": 1}, [1], "m01"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(PATHS), st.sampled_from(ODD_VALUES), st.booleans()),
                min_size=1, max_size=3))
def test_any_damaged_file_is_computed_or_refused_never_a_crash(
        damage: list[tuple[tuple[Any, ...], Any, bool]]) -> None:
    data = copy.deepcopy(SOURCE)
    for path, value, remove in damage:
        target: Any = data
        try:
            for key in path[:-1]:
                target = target[key]
            if remove and isinstance(target, dict):
                target.pop(path[-1], None)
            else:
                target[path[-1]] = copy.deepcopy(value)
        except (KeyError, IndexError, TypeError):
            continue  # an earlier change removed the way there
    try:
        result_json(tally_meeting(parse_meeting(data)))
    except RefusedError as refused:
        assert refused.problems and all(str(problem) for problem in refused.problems)


def test_text_limits_are_what_the_database_columns_hold() -> None:
    from models.ballot import BallotRound
    from models.meeting import Meeting, PartyUnit
    from models.roster import Member, Organisation
    from services.meeting_file.format import ID_LIMIT, NAME_LIMIT, TEXT_LIMIT, UNIT_LIMIT

    def shortest(*columns: Any) -> int:
        return min(int(column.type.length) for column in columns)

    assert shortest(Member.code, Organisation.code, BallotRound.code) >= ID_LIMIT
    assert shortest(Member.full_name, Member.position, Meeting.place) >= NAME_LIMIT
    assert shortest(Organisation.name, Meeting.body, Meeting.venue, PartyUnit.name,
                    PartyUnit.superior) >= UNIT_LIMIT
    assert shortest(Meeting.title) >= TEXT_LIMIT
    assert problems_of(edited(lambda d: d["members"][0].update(name="Nguyễn " * 40))) == [
        "members[0] (m01).name: dài 280 ký tự, tối đa 200 (text too long)"]
    assert problems_of(edited(lambda d: d["members"][1].update(name="Trần\u0000Yến"))) == [
        "members[1] (m02).name: chứa ký tự không hợp lệ U+0000 (invalid character)"]
