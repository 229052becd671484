"""The secretary's score sheet (one row a member): the preview says what changes and refuses a bad
row naming its row and column; nothing changes until the preview is applied."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from models.database import Database
from models.enums import Level
from services.meeting.assessments import Conditions, Score, assessment_of
from services.meeting.roster_import import RosterImportError, Verdict
from services.meeting.score_import import apply_scores, preview_scores
from tests.helpers.builders import TWELVE_OFFICIAL, build_meeting, write_csv

HEADER = ["STT", "Họ và tên", "Tiêu chí chung (/30)", "Kết quả thực hiện nhiệm vụ (/70)",
          "Tổng", "Tự xếp loại", "Hoàn thành 100% đúng tiến độ", "Vượt 30%"]


def member_ids(db: Database, meeting_id: int) -> dict[str, int]:
    from sqlalchemy import select

    from models.roster import Member
    with db.session() as s:
        return {m.full_name: m.id for m in s.scalars(select(Member).where(
            Member.meeting_id == meeting_id))}


def test_a_sheet_is_previewed_then_written(db: Database, tmp_path: Path) -> None:
    meeting_id = build_meeting(db, TWELVE_OFFICIAL, year=2025)
    sheet = write_csv(tmp_path / "diem.csv", [
        HEADER,
        ["1", "Nguyễn Văn An", "27", "64", "91", "HTXSNV", "x", "có"],
        ["2", "Trần Thị Bình", "25", "55", "", "Hoàn thành tốt nhiệm vụ", "", "không"],
        ["3", "Lê Văn Cường", "35", "60", "", "", "", ""],
        ["4", "Phạm Thị Dung", "20", "50", "75", "HTTNV", "", ""],
        ["5", "Người Lạ Mặt", "20", "50", "", "", "", ""],
        ["6", "Hoàng Văn Đức", "", "", "", "", "", "có lẽ"],
    ], "utf-8-sig")
    with db.session() as s:
        preview = preview_scores(s, meeting_id, sheet)
    verdicts = {row.full_name: row for row in preview.rows}
    assert verdicts["Nguyễn Văn An"].verdict is Verdict.changed
    assert "27/30 + 64/70" in verdicts["Nguyễn Văn An"].reason
    assert verdicts["Trần Thị Bình"].verdict is Verdict.changed
    refused = {row.line: row.reason for row in preview.rows if row.verdict is Verdict.rejected}
    assert refused[4] == "cột “Tiêu chí chung (/30)”: “35” phải là số nguyên từ 0 đến 30"
    assert refused[5] == "cột “Tổng”: 75 khác 20 + 50 = 70"
    assert "không có “Người Lạ Mặt”" in refused[6]
    assert refused[7] == "cột “Vượt 30%”: “có lẽ” phải là “có” hoặc “không”"
    ids = member_ids(db, meeting_id)
    with db.session() as s:  # the preview wrote nothing
        assert assessment_of(s, member_id=ids["Nguyễn Văn An"]).self_score is None

    with db.session("secretary") as s, s.begin():
        assert apply_scores(s, preview) == 2
    with db.session() as s:
        an = assessment_of(s, member_id=ids["Nguyễn Văn An"])
        binh = assessment_of(s, member_id=ids["Trần Thị Bình"])
        cuong = assessment_of(s, member_id=ids["Lê Văn Cường"])
    assert (an.self_score, an.self_level) == (Score(27, 64), Level.HTXSNV)
    assert an.conditions == Conditions(all_tasks_on_time=True, exceeded_30pct=True)
    assert (binh.self_score, binh.self_level) == (Score(25, 55), Level.HTTNV)
    assert binh.conditions == Conditions(exceeded_30pct=False)
    assert cuong.self_score is None  # refused rows change nothing

    with db.session() as s:  # the same sheet again: nothing left to change
        again = preview_scores(s, meeting_id, sheet)
    assert again.count(Verdict.changed) == 0 and again.count(Verdict.unchanged) == 2


def test_an_xlsx_sheet_matched_by_code(db: Database, tmp_path: Path) -> None:
    meeting_id = build_meeting(db, TWELVE_OFFICIAL, year=2025)
    book = Workbook()
    book.active.append(["Mã", "Họ tên", "Điểm chung", "Điểm nhiệm vụ", "Mức tự xếp loại"])
    book.active.append(["m03", "Lê Văn Cường", 28, 63, "HTXSNV"])
    book.active.append(["m99", "Ai Đó", 28, 63, "HTXSNV"])
    path = tmp_path / "diem.xlsx"
    book.save(path)
    with db.session() as s:
        preview = preview_scores(s, meeting_id, path)
    assert [(r.line, r.verdict) for r in preview.rows] == [(2, Verdict.changed),
                                                          (3, Verdict.rejected)]
    assert "mã “m99”" in preview.rows[1].reason
    with db.session("secretary") as s, s.begin():
        apply_scores(s, preview)
    with db.session() as s:
        cuong = assessment_of(s, member_id=member_ids(db, meeting_id)["Lê Văn Cường"])
    assert cuong.self_score == Score(28, 63) and cuong.total == 91


def test_a_sheet_without_score_columns_is_refused(db: Database, tmp_path: Path) -> None:
    meeting_id = build_meeting(db, TWELVE_OFFICIAL, year=2025)
    sheet = write_csv(tmp_path / "x.csv", [["Họ và tên", "Ghi chú"], ["Nguyễn Văn An", ""]],
                      "utf-8")
    with db.session() as s, pytest.raises(RosterImportError, match="Tiêu chí chung"):
        preview_scores(s, meeting_id, sheet)
