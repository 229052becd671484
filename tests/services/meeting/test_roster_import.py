"""Roster import from .xlsx and CSV: encodings as Excel writes them, the preview, bad files."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import select

from models.database import Database
from models.enums import BodyKind, Level, MemberStatus
from models.roster import Member, Organisation
from services.meeting.assessments import self_total
from services.meeting.roster_import import (
    RosterImportError,
    Verdict,
    apply_import,
    preview_import,
    read_table,
    without_cells,
)
from tests.helpers.builders import build_meeting, windows_1258, write_csv

HEADER = ["STT", "Mã", "Họ và tên", "Tình trạng", "Chức vụ", "Tự chấm điểm", "Tự xếp loại"]
ROWS = [
    ["1", "m01", "Nguyễn Thị Thu Hà", "Chính thức", "Bí thư chi bộ", "92", "HTXSNV"],
    ["2", "m02", "Trần Văn Ẩn", "Dự bị", "Đảng viên", "75", "Hoàn thành tốt nhiệm vụ"],
    ["3", "m03", "Huỳnh Ngọc Phượng", "chính thức", "", "", ""],
]


def names_in(table: list[list[str]]) -> list[str]:
    return [row[2] for row in table[1:]]


@pytest.mark.parametrize(("encoding", "delimiter"), [
    ("utf-8", ","), ("utf-8-sig", ";"), ("utf-16", "\t"), ("cp1258", ","),
])
def test_every_excel_csv_encoding_reads_as_the_same_nfc_text(
        tmp_path: Path, encoding: str, delimiter: str) -> None:
    path = write_csv(tmp_path / "ds.csv", [HEADER, *ROWS], encoding, delimiter)
    table = read_table(path)
    assert table[0] == HEADER
    assert names_in(table) == ["Nguyễn Thị Thu Hà", "Trần Văn Ẩn", "Huỳnh Ngọc Phượng"]
    assert all(unicodedata.is_normalized("NFC", cell) for row in table for cell in row)


def test_windows_1258_really_carries_combining_tones() -> None:
    raw = windows_1258("Nguyễn")
    assert raw.decode("cp1258") != "Nguyễn"  # ê + combining tilde until normalised
    assert unicodedata.normalize("NFC", raw.decode("cp1258")) == "Nguyễn"


def test_xlsx_with_a_title_row_numbers_and_a_formula(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["DANH SÁCH ĐẢNG VIÊN CHI BỘ"])
    sheet.append(HEADER)
    sheet.append([1, "m01", "Nguyễn Thị Thu Hà", "Chính thức", "Bí thư", 92, "HTXSNV"])
    sheet.append([2, "m02", "=HYPERLINK(\"http://x\",\"Bấm\")", "Chính thức", "=1+1", 80.0,
                  "HTTNV"])
    path = tmp_path / "ds.xlsx"
    book.save(path)
    table = read_table(path)
    assert table[1] == HEADER
    assert table[2] == ["1", "m01", "Nguyễn Thị Thu Hà", "Chính thức", "Bí thư", "92", "HTXSNV"]
    # formulas stay their text, never a computed value
    assert table[3][2] == "=HYPERLINK(\"http://x\",\"Bấm\")" and table[3][4] == "=1+1"


def test_preview_marks_new_changed_unchanged_and_rejected(db: Database, tmp_path: Path) -> None:
    meeting_id = build_meeting(db, [("Nguyễn Thị Thu Hà", MemberStatus.official),
                                    ("Trần Văn Ẩn", MemberStatus.official)])
    rows = [
        HEADER,
        ["1", "m01", "Nguyễn Thị Thu Hà", "Chính thức", "", "", ""],          # unchanged
        ["2", "m02", "Trần Văn Ẩn", "Dự bị", "Đảng viên", "75", "HTTNV"],     # changed
        ["3", "", "Huỳnh Ngọc Phượng", "", "", "88", ""],                   # new, code made
        ["4", "m04", "", "Chính thức", "", "", ""],                          # no name
        ["5", "m05", "Lê Văn Bốn", "Chính thức", "", "8,5", ""],             # bad score
        ["6", "m06", "Phan Văn Sáu", "Tạm nghỉ", "", "", ""],                # bad status
        ["7", "m02", "Trần Văn Ẩn", "", "", "", ""],                         # duplicate code
        ["8", "m08", "=cmd|' /C calc'!A0", "", "", "", ""],                   # formula-like name
        ["9", "m09", "Hà", "", "", "", "Giỏi"],                             # one word, bad level
    ]
    path = write_csv(tmp_path / "ds.csv", rows, "utf-8")
    with db.session() as s:
        preview = preview_import(s, meeting_id, path)
    verdicts = {row.line: (row.verdict, row.reason) for row in preview.rows}
    assert verdicts[2] == (Verdict.unchanged, "")
    assert verdicts[3] == (Verdict.changed, "tình trạng: chính thức → dự bị; "
                           "chức vụ: — → Đảng viên; tự chấm điểm: — → 75; tự xếp loại: — → HTTNV")
    assert verdicts[4] == (Verdict.new, "")
    assert preview.rows[2].code == "m03"
    assert verdicts[5] == (Verdict.rejected, "thiếu họ và tên")
    assert "điểm tự chấm “8,5”" in verdicts[6][1]
    assert "tình trạng “Tạm nghỉ” không rõ" in verdicts[7][1]
    assert verdicts[8] == (Verdict.rejected, "mã “m02” đã có ở dòng trên")
    assert "có thể là công thức" in verdicts[9][1]
    assert "chỉ có một từ" in verdicts[10][1] and "“Giỏi” không rõ" in verdicts[10][1]
    assert (preview.count(Verdict.new), preview.count(Verdict.changed),
            preview.count(Verdict.rejected)) == (1, 1, 6)

    with db.session("chair") as s, s.begin():
        assert apply_import(s, meeting_id, preview) == 2
    with db.session() as s:
        roster = {m.code: m for m in s.scalars(select(Member))}
        assert set(roster) == {"m01", "m02", "m03"}
        assert (roster["m02"].status, self_total(roster["m02"]), roster["m02"].self_rating) == (
            MemberStatus.probationary, 75, Level.HTTNV)
        assert (roster["m03"].full_name, self_total(roster["m03"])) == ("Huỳnh Ngọc Phượng", 88)


def test_unknown_organisations_are_created_and_committee_newcomers_are_not_convened(
        db: Database, tmp_path: Path) -> None:
    meeting_id = build_meeting(db, [], body_kind=BodyKind.dang_uy)
    rows = [["Họ và tên", "Chi bộ", "Triệu tập"],
            ["Nguyễn Văn Một", "Chi bộ Văn phòng", "x"],
            ["Trần Văn Hai", "chi bo van phong", ""],
            ["Lê Thị Ba", "Chi bộ Đội số 1", ""]]
    path = write_csv(tmp_path / "ds.csv", rows, "utf-8-sig")
    with db.session() as s:
        preview = preview_import(s, meeting_id, path)
    assert [r.reason for r in preview.rows] == [
        "chi bộ mới “Chi bộ Văn phòng”", "chi bộ mới “chi bo van phong”",
        "chi bộ mới “Chi bộ Đội số 1”"]
    with db.session() as s, s.begin():
        apply_import(s, meeting_id, preview)
    with db.session() as s:
        orgs = s.scalars(select(Organisation).order_by(Organisation.sort_order)).all()
        assert [(o.code, o.name) for o in orgs] == [("cb1", "Chi bộ Văn phòng"),
                                                    ("cb2", "Chi bộ Đội số 1")]
        members = {m.full_name: m for m in s.scalars(select(Member))}
        assert members["Nguyễn Văn Một"].in_body and not members["Trần Văn Hai"].in_body
        assert members["Trần Văn Hai"].organisation_id == orgs[0].id


def test_rows_without_codes_match_existing_members_by_name(db: Database, tmp_path: Path) -> None:
    meeting_id = build_meeting(db, [("Nguyễn Thị Thu Hà", MemberStatus.official)])
    path = write_csv(tmp_path / "ds.csv", [["Họ và tên", "Chức vụ"],
                                           ["Nguyễn Thị Thu Hà", "Phó Bí thư"],
                                           ["Nguyễn Thị Thu Hà", "Bí thư"]], "utf-8")
    with db.session() as s:
        preview = preview_import(s, meeting_id, path)
    assert [(r.verdict, r.code) for r in preview.rows] == [
        (Verdict.changed, "m01"), (Verdict.rejected, "")]
    assert "trùng tên" in preview.rows[1].reason


@pytest.mark.parametrize(("name", "content", "message"), [
    ("ds.csv", b"", "không có dòng nào"),
    ("ds.csv", "Mã,Chức vụ\r\nm01,Bí thư\r\n".encode(), "Không thấy dòng tiêu đề"),
    ("ds.xlsx", b"PK\x03\x04 this is not a workbook", "không phải bảng tính .xlsx"),
    ("ds.xlsx", "Họ và tên\nA B\n".encode(), "không phải bảng tính .xlsx"),
    ("ds.xls", b"\xd0\xcf\x11\xe0", "Excel 97–2003"),
    ("ds.pdf", b"%PDF-1.4", "chỉ nhận bảng tính .xlsx hoặc tệp .csv"),
    ("ds.csv", b"\x81\x8d\x8f\x90\x9d", "Không nhận ra bảng mã"),
    ("ds.csv", b"\xef\xbb\xbfH\xe1 T\xe0i", "Không nhận ra bảng mã"),
])
def test_bad_files_give_a_clear_message(db: Database, tmp_path: Path, name: str,
                                        content: bytes, message: str) -> None:
    meeting_id = build_meeting(db, [])
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(RosterImportError, match=message), db.session() as s:
        preview_import(s, meeting_id, path)


def test_a_missing_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(RosterImportError, match="Không tìm thấy tệp “khong-co.csv”"):
        read_table(tmp_path / "khong-co.csv")


@pytest.mark.parametrize(("position", "expected"), [
    ("Phó Bí thư Đảng ủy, Chi bộ Phòng Nghiệp vụ - Tổng hợp", "Phó Bí thư Đảng ủy"),
    ("Bí thư chi bộ phòng nghiệp vụ - tổng hợp", "Bí thư"),
    ("Chi bộ Văn phòng", ""),
    ("Đảng ủy viên", "Đảng ủy viên"),
])
def test_a_cells_name_is_taken_out_of_a_position(position: str, expected: str) -> None:
    cells = ("Chi bộ Văn phòng", "Chi bộ Phòng Nghiệp vụ - Tổng hợp")
    assert without_cells(position, cells) == expected
