"""The headless commands, run as a user would (subprocess): exit codes, messages, outputs."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import main
from models.database import open_database
from tests.helpers import EXPECTED, FIXTURE, PROJECT_ROOT
from tests.helpers.cli import run

SOURCE: dict[str, Any] = json.loads(FIXTURE.read_text(encoding="utf-8"))


def write(path: Path, data: Any) -> Path:
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_tally_loads_no_qt(tmp_path: Path) -> None:
    """The tally (and its PDF) is the domain's work: no Qt module is loaded for it."""
    out, pdf = tmp_path / "out.json", tmp_path / "out.pdf"
    script = ("import sys, main; code = main.main(sys.argv[1:]); "
              "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', "
              "'ui.')))); sys.exit(code)")
    done = subprocess.run([sys.executable, "-c", script, "tally", str(FIXTURE), "--json",
                           str(out), "--pdf", str(pdf)], capture_output=True, text=True,
                          cwd=PROJECT_ROOT, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]" and pdf.stat().st_size > 0


def test_tally_writes_the_expected_result_and_a_pdf(tmp_path: Path) -> None:
    out, pdf = tmp_path / "out.json", tmp_path / "out.pdf"
    done = run("tally", FIXTURE, "--json", out, "--pdf", pdf)
    assert done.returncode == 0, done.stderr
    result = json.loads(out.read_text(encoding="utf-8"))
    expected = json.loads(EXPECTED.read_text(encoding="utf-8"))
    for mine, theirs in zip(result["rounds"], expected["rounds"], strict=True):
        assert [s["level"] for s in mine["subjects"]] == [s["level"] for s in theirs["subjects"]]
        assert mine["summary"] == theirs["summary"]
        assert {k: mine["quota"][k] for k in theirs["quota"]} == theirs["quota"]
    assert pdf.read_bytes().startswith(b"%PDF")
    assert "Traceback" not in done.stderr
    assert set(tmp_path.iterdir()) == {out, pdf}  # no temporary file left


def test_a_refused_file_exits_2_names_round_and_subject_and_writes_nothing(
        tmp_path: Path) -> None:
    data = copy.deepcopy(SOURCE)
    data["rounds"][0]["subjects"][17]["votes"]["HTTNV"] = 4  # m18: 9 marks, 10 valid ballots
    meeting = write(tmp_path / "bad.json", data)
    out, pdf = tmp_path / "out.json", tmp_path / "out.pdf"
    done = run("tally", meeting, "--json", out, "--pdf", pdf)
    assert done.returncode == 2
    assert "dang-vien / m18" in done.stderr and "9 marks + 0 invalid rows" in done.stderr
    assert "Traceback" not in done.stderr
    assert not out.exists() and not pdf.exists()
    assert set(tmp_path.iterdir()) == {meeting}  # no temporary file left either


def test_a_refused_file_does_not_overwrite_an_existing_result(tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    out.write_text("earlier result", encoding="utf-8")
    empty = tmp_path / "empty.json"
    empty.write_bytes(b"")
    done = run("tally", empty, "--json", out)
    assert done.returncode == 2 and "tệp rỗng (empty file)" in done.stderr
    assert out.read_text(encoding="utf-8") == "earlier result"


@pytest.mark.parametrize(("content", "message"), [
    (b"not json", "không phải JSON hợp lệ"),
    (b"\xef\xbb\xbf{}", "BOM"),
    ('{"format": "hoinghi.meeting/1"}'.encode("utf-16"), "UTF-16"),
    (b'{"format": "other/1"}', "unknown format"),
])
def test_bad_files_get_a_clear_message_and_no_traceback(tmp_path: Path, content: bytes,
                                                        message: str) -> None:
    meeting = tmp_path / "m.json"
    meeting.write_bytes(content)
    done = run("tally", meeting, "--json", tmp_path / "out.json")
    assert done.returncode == 2
    assert message in done.stderr and "Traceback" not in done.stderr
    assert not (tmp_path / "out.json").exists()


def test_warnings_go_to_stderr_and_into_the_result(tmp_path: Path) -> None:
    data = copy.deepcopy(SOURCE)
    data["electorate"] = {"convened": 10, "present": 6}  # 6 of 10 < 2/3
    for round_ in data["rounds"]:
        round_["ballots"] = {"issued": 6, "returned": 5, "invalid": 0}
        for row in round_["subjects"]:
            row["votes"] = {"HTTNV": 5}
    out = tmp_path / "out.json"
    done = run("tally", write(tmp_path / "m.json", data), "--json", out)
    assert done.returncode == 0, done.stderr
    assert "attendance_below_two_thirds" in done.stderr
    codes = {w["code"] for w in json.loads(out.read_text(encoding="utf-8"))["rounds"][0]
             ["warnings"]}
    assert {"attendance_below_two_thirds", "ballots_not_returned"} <= codes


def test_import_prints_the_id_and_export_round_trips(tmp_path: Path) -> None:
    database = tmp_path / "db.sqlite"
    done = run("--db", database, "import", FIXTURE)
    assert done.returncode == 0, done.stderr
    meeting_id = int(done.stdout.strip())
    out = tmp_path / "export.json"
    done = run("--db", database, "export", meeting_id, out)
    assert done.returncode == 0, done.stderr
    exported = json.loads(out.read_text(encoding="utf-8"))
    for key in ("format", "meeting", "members", "organisations", "electorate", "rounds"):
        assert exported[key] == SOURCE[key]
    # The export is itself a meeting file that tallies to the same result.
    done = run("tally", out, "--json", tmp_path / "again.json")
    assert done.returncode == 0, done.stderr
    # --db may also follow the command; a second import is a second meeting.
    assert main.main(["import", "--db", str(database), str(FIXTURE)]) == 0
    assert main.main(["export", str(meeting_id + 1), str(tmp_path / "second.json"),
                      "--db", str(database)]) == 0
    assert json.loads((tmp_path / "second.json").read_text(encoding="utf-8")) == exported


def test_import_and_export_refusals(tmp_path: Path) -> None:
    database = tmp_path / "db.sqlite"
    bad = write(tmp_path / "bad.json", {**SOURCE, "format": "x"})
    done = run("--db", database, "import", bad)
    assert done.returncode == 2 and "unknown format" in done.stderr
    done = run("--db", database, "export", "7", tmp_path / "out.json")
    assert done.returncode == 2 and "no meeting with id 7" in done.stderr
    assert not (tmp_path / "out.json").exists()


broken_cases = st.sampled_from([
    ("rounds", 0, "HTTNV", 1), ("rounds", 1, "KHTNV", 2), ("ballots", 0, "returned", 11),
    ("ballots", 1, "invalid", 11), ("ballots", 0, "issued", 12), ("rounds", 0, "HTXSNV", -1),
])


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(case=broken_cases, row=st.integers(0, 7), existing=st.booleans())
def test_refused_input_never_writes(tmp_path_factory: pytest.TempPathFactory,
                                    capsys: pytest.CaptureFixture[str],
                                    case: tuple[str, int, str, int], row: int,
                                    existing: bool) -> None:
    folder = tmp_path_factory.mktemp("refused")
    data = copy.deepcopy(SOURCE)
    what, round_index, key, value = case
    if what == "rounds":
        votes = data["rounds"][round_index]["subjects"][row]["votes"]
        votes[key] = votes.get(key, 0) + value
    else:
        data["rounds"][round_index]["ballots"][key] = value
    meeting = write(folder / "m.json", data)
    out, pdf = folder / "out.json", folder / "out.pdf"
    if existing:
        out.write_text("kept", encoding="utf-8")
    assert main.main(["tally", str(meeting), "--json", str(out), "--pdf", str(pdf)]) == 2
    assert (out.read_text(encoding="utf-8") == "kept") if existing else not out.exists()
    assert not pdf.exists()
    database = folder / "db.sqlite"
    assert main.main(["--db", str(database), "import", str(meeting)]) == 2
    db = open_database(database)
    with db.engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT count(*) FROM meeting").scalar() == 0
        assert connection.exec_driver_sql("SELECT count(*) FROM audit_event").scalar() == 0
    db.dispose()
    assert "Traceback" not in capsys.readouterr().err
