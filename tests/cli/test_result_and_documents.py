"""A cell meeting file with attendance marks through every command: its electorate derived by
the one rule, a contradicting declaration refused, the attendance list kept by import and
export, `result` giving what the app announces, `documents` printing what the Documents window
offers, the cell's rating of itself without a quota, every share saying what it is out of."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

import main
from models.ballot import BallotRound, RoundSubject
from models.database import Database
from models.enums import AttendanceStatus
from models.meeting import Attendance
from services.ballot.rounds import lock_round
from services.documents.catalogue import meeting_documents
from services.meeting_file.format import load_meeting_file, parse_meeting
from tests.helpers import CELL_FILE, PROJECT_ROOT
from tests.helpers.documents import pdf_text
from tests.helpers.piles import approve_tellers

SOURCE: dict[str, Any] = json.loads(CELL_FILE.read_text(encoding="utf-8"))


def flat(text: str) -> str:
    return " ".join(text.split())


def run(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main.main([str(arg) for arg in args])
    out, err = capsys.readouterr()
    return code, out, err


def tallied(capsys: pytest.CaptureFixture[str], meeting: Path, out: Path) -> dict[str, Any]:
    assert run(capsys, "tally", meeting, "--json", out)[0] == 0
    return json.loads(out.read_text(encoding="utf-8"))


@pytest.fixture
def stored(db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    """The cell file imported by the command into the test's database file (`db`, at
    tmp_path / "hoinghi.sqlite"); its meeting id."""
    code, out, err = run(capsys, "--db", tmp_path / "hoinghi.sqlite", "import", CELL_FILE)
    assert code == 0, err
    return out.strip()


def test_the_electorate_comes_from_the_attendance_marks(capsys: pytest.CaptureFixture[str],
                                                         tmp_path: Path) -> None:
    # Official a1–a5 and the exempt a7 who came: 6 convened, a5 excused: 5; present 5 (a7 too).
    result = tallied(capsys, CELL_FILE, tmp_path / "out.json")
    for round_ in result["rounds"]:
        assert round_["details"]["electorate"] == {"convened": 5, "present": 5}
    members, cell = result["rounds"]
    assert [s["level"] for s in members["subjects"]] == [
        "HTXSNV", "HTXSNV", "HTTNV", "HTTNV", "HTTNV", "HTNV"]  # a2: 3 of 5 > 1/2
    assert cell["quota"] is None and cell["details"]["quota"] is None  # no quota on itself
    assert [w["code"] for w in cell["warnings"]] == []
    assert members["quota"]["over"] == ["a2"]
    # The same figures declared beside the marks are accepted.
    agreeing = tmp_path / "agreeing.json"
    agreeing.write_text(json.dumps({**SOURCE, "electorate": {"convened": 5, "present": 5}}),
                        encoding="utf-8")
    assert tallied(capsys, agreeing, tmp_path / "again.json")["rounds"] == result["rounds"]


def test_a_declared_electorate_contradicting_the_marks_is_refused_naming_both(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    meeting = tmp_path / "contradicting.json"
    meeting.write_text(json.dumps({**SOURCE, "electorate": {"convened": 6, "present": 5}}),
                       encoding="utf-8")
    out = tmp_path / "out.json"
    code, _, err = run(capsys, "tally", meeting, "--json", out)
    assert code == 2 and not out.exists()
    assert ("electorate: khai convened 6, present 5, nhưng theo danh sách điểm danh: convened 5, "
            "present 5 (Triệu tập 6 − vắng có lý do 1 = 5; có mặt 5 ≥ 2/3)") in err
    code, _, err = run(capsys, "--db", tmp_path / "db.sqlite", "import", meeting)
    assert code == 2 and "convened 6" in err and "convened 5" in err


def test_a_reason_without_an_attendance_mark_is_refused() -> None:
    data = copy.deepcopy(SOURCE)
    del data["members"][4]["attendance"]
    with pytest.raises(Exception, match="members\\[4\\] \\(a5\\).attendance_reason"):
        parse_meeting(data)


def test_import_keeps_the_attendance_list_and_export_writes_it(
        db: Database, stored: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    database = tmp_path / "hoinghi.sqlite"
    with db.session() as session:
        marks = {(a.member.code, a.status, a.reason)
                 for a in session.scalars(select(Attendance)).all()}
    assert ("a5", AttendanceStatus.absent_excused, "Đi học tập trung") in marks
    assert ("a7", AttendanceStatus.present, "") in marks and len(marks) == 7
    exported = tmp_path / "export.json"
    assert run(capsys, "--db", database, "export", stored, exported)[0] == 0
    data = json.loads(exported.read_text(encoding="utf-8"))
    assert data["members"][4]["attendance"] == "absent_excused"
    assert data["members"][4]["attendance_reason"] == "Đi học tập trung"
    assert "attendance_reason" not in data["members"][0]
    assert data["electorate"] == {"convened": 5, "present": 5}
    assert parse_meeting(data) == load_meeting_file(CELL_FILE)  # nothing lost


def test_result_is_what_tally_computed_with_state_revision_and_problems(
        db: Database, stored: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    database = tmp_path / "hoinghi.sqlite"
    expected = tallied(capsys, CELL_FILE, tmp_path / "tally.json")
    out, pdf = tmp_path / "result.json", tmp_path / "result.pdf"
    code, _, err = run(capsys, "--db", database, "result", stored, "--json", out, "--pdf", pdf)
    assert code == 0, err
    result = json.loads(out.read_text(encoding="utf-8"))
    assert [(r["id"], r["state"], r["revision"]) for r in result["rounds"]] == [
        ("dang-vien", "open", 1), ("tap-the", "open", 1)]
    for mine, theirs in zip(result["rounds"], expected["rounds"], strict=True):
        for key in ("subjects", "summary", "quota", "details"):
            assert mine[key] == theirs[key]
    report = flat(pdf_text(pdf))
    assert "BIÊN BẢN KIỂM PHIẾU" in report and "KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI" in report.upper()

    with db.session("test") as session, session.begin():  # a teller's count still wrong
        [round_] = session.scalars(select(BallotRound).where(BallotRound.code == "tap-the"))
        [row] = session.scalars(select(RoundSubject).where(RoundSubject.round_id == round_.id))
        row.votes_httnv = 0  # 4 + 0 marks for 5 valid ballots
        [members] = session.scalars(select(BallotRound).where(BallotRound.code == "dang-vien"))
        members_id = members.id
    lock_round(db, members_id, approve_tellers(db, int(stored))[0])
    code, _, err = run(capsys, "--db", database, "result", stored, "--json", out)
    assert code == 0, err
    members_round, cell = json.loads(out.read_text(encoding="utf-8"))["rounds"]
    assert (members_round["state"], cell["state"]) == ("locked", "open")
    assert cell["subjects"] == [] and cell["summary"] is None
    assert cell["warnings"] == [{"code": "counts_refused", "message": (
        "Chi bộ Văn phòng: 4 phiếu đánh dấu + 0 dòng không hợp lệ = 4, nhưng số phiếu hợp lệ "
        "là 5 (4 marks + 0 invalid rows, but 5 valid ballots)"), "where": "tap-the / tap-the"}]
    # The documents of that round cannot be printed yet; every other one is, and stderr says so.
    folder = tmp_path / "documents"
    code, out_text, err = run(capsys, "--db", database, "documents", stored, folder)
    assert code == 0
    assert "bien-ban-kiem-phieu-to-chuc-dang.pdf" in err and "4 marks" in err
    assert (folder / "bien-ban-kiem-phieu-dang-vien.pdf").exists()
    assert not (folder / "bien-ban-kiem-phieu-to-chuc-dang.pdf").exists()


def test_documents_prints_every_document_the_window_offers(
        db: Database, stored: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    database, folder = tmp_path / "hoinghi.sqlite", tmp_path / "documents"
    code, printed, err = run(capsys, "--db", database, "documents", stored, folder)
    assert code == 0, err
    with db.session() as session:
        specs = meeting_documents(session, int(stored))
    names = [spec.file_name(suffix) for spec in specs
             for suffix in ((".pdf", ".docx") if spec.has_docx else (".pdf",))]
    assert printed.split() == [str(folder / name) for name in names]
    assert sorted(path.name for path in folder.iterdir()) == sorted(names)
    # The cell's rating of itself: no quota line, nothing "over the quota", anywhere.
    for name in ("bien-ban-kiem-phieu-to-chuc-dang.pdf", "ket-qua-xep-loai-to-chuc-dang.pdf"):
        text = flat(pdf_text(folder / name))
        assert "1 chi bộ Hoàn thành xuất sắc nhiệm vụ (chiếm 1/1 chi bộ được xếp loại = 100%)" \
            in text
        assert "vượt tỷ lệ" not in text and "Tỷ lệ Hoàn thành xuất sắc" not in text
    # The members: every share and the quota line say what they are out of.
    report = flat(pdf_text(folder / "bien-ban-kiem-phieu-dang-vien.pdf", raw=True))
    assert "HTXSNV (phiếu / triệu tập)" in report
    assert "Nguyễn Văn Bình Bí thư Chi bộ HTXSNV 5/5 100% 0/5 0%" in report  # of 5 convened
    assert ("2 đảng viên Hoàn thành xuất sắc nhiệm vụ (chiếm 2/6 đảng viên được xếp loại = "
            "33,3%)") in report
    assert ("Tỷ lệ Hoàn thành xuất sắc nhiệm vụ: 20% × 5 đảng viên HTXSNV và HTTNV = 1,0 → "
            "tối đa 1") in report
    minutes = flat(pdf_text(folder / "bien-ban-hoi-nghi.pdf"))
    assert "20% × 5 đảng viên HTXSNV và HTTNV" in minutes
    assert minutes.count("Tỷ lệ Hoàn thành xuất sắc nhiệm vụ") == 1  # the members' round only


def test_tally_and_documents_load_no_qt(stored: str, tmp_path: Path) -> None:
    script = (
        "import sys, main\n"
        f"assert main.main(['tally', {str(CELL_FILE)!r}, '--json', {str(tmp_path / 'o.json')!r},"
        f" '--pdf', {str(tmp_path / 'o.pdf')!r}]) == 0\n"
        f"assert main.main(['--db', {str(tmp_path / 'hoinghi.sqlite')!r}, 'documents', "
        f"{stored!r}, {str(tmp_path / 'docs')!r}]) == 0\n"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken', 'ui'))))\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          cwd=PROJECT_ROOT, timeout=300, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1] == "[]"


def test_a_self_rating_without_a_self_score_is_no_crash(capsys: pytest.CaptureFixture[str],
                                                         tmp_path: Path) -> None:
    data = copy.deepcopy(SOURCE)
    data["meeting"]["review_year"] = 2025  # the score bands are checked from 2025
    for member in data["members"]:
        member.pop("self_score", None)
    meeting = tmp_path / "no-score.json"
    meeting.write_text(json.dumps(data), encoding="utf-8")
    result = tallied(capsys, meeting, tmp_path / "out.json")
    assert [s["level"] for s in result["rounds"][0]["subjects"]][:2] == ["HTXSNV", "HTXSNV"]


def test_members_without_a_mark_beside_marked_ones_are_convened_and_said(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    data = copy.deepcopy(SOURCE)
    del data["members"][3]["attendance"]  # a4 not called yet: convened, not present
    for round_ in data["rounds"]:
        round_["ballots"] = {"issued": 4, "returned": 4, "invalid": 0}
        for row in round_["subjects"]:
            row["votes"] = {"HTTNV": 4}
    meeting = tmp_path / "partial.json"
    meeting.write_text(json.dumps(data), encoding="utf-8")
    result = tallied(capsys, meeting, tmp_path / "out.json")
    members = result["rounds"][0]
    assert members["details"]["electorate"] == {"convened": 5, "present": 4}
    assert {"code": "attendance_unrecorded", "message": "Còn 1 người chưa điểm danh: được tính "
            "là triệu tập, không có mặt"} in members["warnings"]


def test_the_cell_itself_need_not_be_listed_to_rate_itself(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    meeting = tmp_path / "unlisted.json"
    meeting.write_text(json.dumps({**SOURCE, "organisations": []}), encoding="utf-8")
    cell = tallied(capsys, meeting, tmp_path / "out.json")["rounds"][1]
    assert cell["subjects"] == [{"id": "tap-the", "level": "HTXSNV"}] and cell["quota"] is None
    database, exported = tmp_path / "db.sqlite", tmp_path / "export.json"
    code, meeting_id, _ = run(capsys, "--db", database, "import", meeting)
    assert code == 0
    assert run(capsys, "--db", database, "export", meeting_id.strip(), exported)[0] == 0
    assert json.loads(exported.read_text(encoding="utf-8"))["organisations"] == [
        {"id": "tap-the", "name": "Chi bộ Văn phòng", "self_rating": None}]
