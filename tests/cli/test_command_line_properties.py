"""Every command on generated meeting files: exit 0 or exit 2 with a message, never a traceback.

The files vary every optional field of shared/spec/meeting-file.md: present, left out, null or
odd (wrong type, empty, huge, control characters, lone surrogates, very long), with duplicate
ids, attendance marks or a declared electorate (agreeing or not), cell and committee meetings.
Each file goes through `tally`, `import`, `result`, `import --into`, `export` (and `tally` of
the export) and `documents`, in-process for speed. Set HOINGHI_CLI_EXAMPLES to run more examples.
"""

from __future__ import annotations

import copy
import json
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

import main

EXAMPLES = int(os.environ.get("HOINGHI_CLI_EXAMPLES", "15"))
LEVELS = ("HTXSNV", "HTTNV", "HTNV", "KHTNV")
ODD: list[Any] = [-1, 1.5, 10**20, True, [], {}, "", "  ", "x", "HTXSNV", "m1", 0,
                  "Nguyễn ❤ 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 中文", "a\u0000b", "\ud800", "Lê " * 300, {"num": 1}]
NAMES = ["Nguyễn Văn An", "Trần Thị Bích", "Lê Hoàng Phương", "Phạm Đức Ửng", "Võ Thị Ánh",
         "Hồ Ngọc Ơn", "Đặng Quốc Việt", "Lê <b>Văn</b> & Dũng"]
DROP = object()  # the field is left out
RARELY = st.sampled_from([False] * 15 + [True])


def put(draw: st.DrawFn, obj: dict[str, Any], key: str, valid: Any) -> None:
    """An optional field: mostly the valid value, else left out or null."""
    value = draw(st.sampled_from([valid] * 4 + [DROP, None]))
    if value is not DROP:
        obj[key] = value


def paths(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every path into a meeting file."""
    found = [path] if path else []
    if isinstance(value, dict):
        for key, item in value.items():
            found += paths(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += paths(item, (*path, index))
    return found


@st.composite
def damaged(draw: st.DrawFn, data: dict[str, Any]) -> dict[str, Any]:
    """The file with none, one or two fields left out or set to an odd value."""
    for _ in range(draw(st.sampled_from([0, 0, 0, 1, 2]))):
        *way, last = draw(st.sampled_from(paths(data)))
        target: Any = data
        for key in way:
            target = target[key]
        value = draw(st.sampled_from([DROP, *ODD]))
        if value is DROP:
            del target[last]
        else:
            target[last] = copy.deepcopy(value)
    return data


@st.composite
def split(draw: st.DrawFn, total: int, parts: int) -> list[int]:
    """`parts` whole numbers adding up to `total`."""
    cuts = sorted(draw(st.lists(st.integers(0, total), min_size=parts - 1,
                                max_size=parts - 1)))
    return [b - a for a, b in zip([0, *cuts], [*cuts, total], strict=True)]


@st.composite
def ballot_round(draw: st.DrawFn, round_id: str, kind: str, subjects: list[str],
                 voters: int) -> dict[str, Any]:
    issued = draw(st.integers(0, voters))
    returned = draw(st.integers(0, issued))
    invalid = draw(st.integers(0, returned))
    rows = []
    for subject in subjects:
        counts = draw(split(returned - invalid, 5))
        row: dict[str, Any] = {"id": subject, "votes": {}}
        for key, count in zip((*LEVELS, "invalid"), counts, strict=True):
            target = row if key == "invalid" else row["votes"]
            if count:
                target[key] = count
            else:  # a zero may be left out
                put(draw, target, key, 0)
        rows.append(row)
    if rows and draw(RARELY):
        rows.append(rows[0])  # a subject twice
    ballots: dict[str, Any] = {"issued": issued, "returned": returned, "invalid": invalid}
    if invalid:
        put(draw, ballots, "invalid_reasons", {"unreadable": invalid})
    if draw(RARELY):  # arithmetic that does not add up
        ballots[draw(st.sampled_from(["issued", "returned", "invalid"]))] = voters + 1
    return {"id": round_id, "subject_kind": kind, "ballots": ballots, "subjects": rows}


@st.composite
def meeting_files(draw: st.DrawFn) -> dict[str, Any]:
    cell = draw(st.booleans())
    cells = ["tap-the"] if cell else [f"cb{n}" for n in range(1, draw(st.integers(1, 3)) + 1)]
    organisations = []
    for code in cells:
        org: dict[str, Any] = {"id": code, "name": f"Chi bộ {code}"}
        put(draw, org, "self_rating", draw(st.sampled_from(LEVELS)))
        put(draw, org, "score", {"general": 27, "tasks": 64})
        organisations.append(org)
    members = []
    for n in range(1, draw(st.integers(2, 7)) + 1):
        member: dict[str, Any] = {
            "id": f"m{n}", "name": draw(st.sampled_from(NAMES)),
            "status": draw(st.sampled_from(["official"] * 4 + ["probationary", "exempt",
                                                               "suspended"]))}
        if cell:
            put(draw, member, "position", "Chi ủy viên")
        else:  # the committee in office, known by position when `in_body` is left out
            member["position"] = "Đảng ủy viên"
        put(draw, member, "organisation", None if cell else draw(st.sampled_from(cells)))
        put(draw, member, "self_rating", draw(st.sampled_from(LEVELS)))
        put(draw, member, "self_score", draw(st.integers(0, 100)))
        put(draw, member, "in_body", True)
        put(draw, member, "admitted", "2015-03-02")
        put(draw, member, "attendance", draw(st.sampled_from(
            ["present"] * 3 + ["absent", "absent_excused", "excluded"])))
        if member.get("attendance") is not None:
            put(draw, member, "attendance_reason", "Đi công tác")
        put(draw, member, "score", {"general": 25, "tasks": 60})
        put(draw, member, "conditions", {"all_tasks_on_time": True, "exceeded_30pct": False})
        members.append(member)
    if draw(RARELY):
        members.append(dict(members[0]))  # a member twice
    voters = sum(1 for m in members if m.get("attendance") == "present"
                 and m.get("status") in ("official", "exempt"))
    mode = draw(st.sampled_from(["derived", "declared", "both"]))
    if mode == "declared":
        for member in members:
            member.pop("attendance", None)
            member.pop("attendance_reason", None)
        convened = draw(st.integers(0, len(members)))
        voters = draw(st.integers(0, convened))
    ids = [m["id"] for m in members]
    meeting: dict[str, Any] = {"body_kind": "chi_bo" if cell else "dang_uy",
                               "review_year": draw(st.sampled_from([2021, 2025]))}
    for key, value in [("title", "Hội nghị kiểm điểm năm 2021"), ("body", "Chi bộ Văn phòng"),
                       ("party_unit", "Đảng bộ Cục"), ("superior", "Đảng bộ Khối"),
                       ("date", "2022-01-07"), ("place", "Tiền Giang"), ("venue", "Phòng họp"),
                       ("chair", ids[0]), ("secretary", ids[-1]), ("tellers", ids[:2]),
                       ("period", "year")]:
        put(draw, meeting, key, value)
    data: dict[str, Any] = {"format": "hoinghi.meeting/1", "meeting": meeting,
                            "members": members, "organisations": organisations}
    rules: dict[str, Any] = {}
    for key, value in [("profile", draw(st.sampled_from(["qd132", "qd124", "qd366"]))),
                       ("cumulative", draw(st.booleans())),
                       ("denominator", draw(st.sampled_from(["electorate", "present",
                                                             "ballots"]))),
                       ("threshold", {"default": {"num": 1, "den": 2, "strict": True},
                                      "HTXSNV": {"num": 2, "den": 3, "strict": False}}),
                       ("quota", {"percent": draw(st.sampled_from([20, 25])),
                                  "base": draw(st.sampled_from(["good_and_above", "good_only",
                                                                "all_rated"])),
                                  "rank_by": "votes"}),
                       ("score_bands", draw(st.booleans())), ("score_caps_vote", False)]:
        put(draw, rules, key, value)
    put(draw, data, "rules", rules)
    if mode != "derived":
        present = voters if mode == "declared" else voters + draw(st.sampled_from([0, 0, 1]))
        data["electorate"] = {"convened": max(present, len(members) - 1), "present": present}
        if mode == "both":  # optional beside the attendance marks
            put(draw, data, "electorate", data.pop("electorate"))
    rated = [m["id"] for m in members if m.get("status") in ("official", "probationary")]
    rounds = [draw(ballot_round("dang-vien", "member", list(dict.fromkeys(rated)), voters))]
    if draw(st.booleans()):
        rounds.append(draw(ballot_round("tap-the" if cell else "chi-bo", "organisation", cells,
                                        voters)))
    if draw(RARELY):
        rounds.append(rounds[0])  # a round twice
    data["rounds"] = rounds
    return draw(damaged(data))


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    yield tmp_path_factory.mktemp("cli")


def meetings_in(database: Path) -> int:
    if not database.exists():
        return 0
    with sqlite3.connect(database) as connection:
        return int(connection.execute("SELECT count(*) FROM meeting").fetchone()[0])


def run(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    """main.main in-process; exit 0 or 2, and a message on stderr with 2."""
    capsys.readouterr()
    code = main.main([str(arg) for arg in args])
    out, err = capsys.readouterr()
    assert code in (0, 2), (args, code, err)
    assert code == 0 or err.strip(), (args, "exit 2 without a message")
    return code, out, err


def levels(result: dict[str, Any]) -> list[Any]:
    return [(r["id"], r["subjects"], r["summary"], r["quota"]) for r in result["rounds"]]


@settings(max_examples=EXAMPLES, derandomize=True, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                 HealthCheck.data_too_large])
@given(data=meeting_files())
def test_every_command_exits_0_or_2_and_a_refusal_writes_nothing(
        data: dict[str, Any], folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for old in folder.glob("out*"):
        if old.is_file():
            old.unlink()
    meeting = folder / "meeting.json"
    meeting.write_text(json.dumps(data, ensure_ascii=True), encoding="utf-8")
    out, pdf = folder / "out.json", folder / "out.pdf"
    code, _, _ = run(capsys, "tally", meeting, "--json", out, "--pdf", pdf)
    assert out.exists() == pdf.exists() == (code == 0)

    database = folder / "hoinghi.sqlite"
    before = meetings_in(database)
    imported, printed, _ = run(capsys, "--db", database, "import", meeting)
    assert imported == code  # the same file is accepted or refused alike
    assert meetings_in(database) == before + (imported == 0)
    event("refused" if imported else "imported")
    if imported:
        return
    meeting_id = printed.strip()
    tallied = json.loads(out.read_text(encoding="utf-8"))

    stored, stored_pdf = folder / "out-result.json", folder / "out-result.pdf"
    assert run(capsys, "--db", database, "result", meeting_id, "--json", stored,
               "--pdf", stored_pdf)[0] == 0
    result = json.loads(stored.read_text(encoding="utf-8"))
    assert levels(result) == levels(tallied)  # what the app announces is what tally computed
    assert {(r["state"], r["revision"]) for r in result["rounds"]} <= {("open", 1)}
    assert stored_pdf.read_bytes().startswith(b"%PDF")

    # The same file's rounds brought again into the meeting: updated in place, same result.
    assert run(capsys, "--db", database, "import", meeting, "--into", meeting_id)[0] == 0
    assert run(capsys, "--db", database, "result", meeting_id, "--json", stored)[0] == 0
    assert levels(json.loads(stored.read_text(encoding="utf-8"))) == levels(tallied)

    exported, again = folder / "out-export.json", folder / "out-again.json"
    assert run(capsys, "--db", database, "export", meeting_id, exported)[0] == 0
    assert run(capsys, "tally", exported, "--json", again)[0] == 0
    assert levels(json.loads(again.read_text(encoding="utf-8"))) == levels(tallied)

    documents = folder / f"out-documents-{meeting_id}"
    assert run(capsys, "--db", database, "documents", meeting_id, documents)[0] == 0
    written = {path.name for path in documents.iterdir()}
    assert {"danh-sach-du-hoi-nghi.pdf", "bien-ban-hoi-nghi.pdf", "bien-ban-hoi-nghi.docx",
            "bien-ban-kiem-phieu.pdf", "ket-qua-xep-loai.pdf"} <= written
