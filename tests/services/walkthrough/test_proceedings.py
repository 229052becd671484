"""Steps 1 and 9: guests, times, conclusions typed or imported, the minutes adopted."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

import pytest

from models.database import Database
from services.documents.minutes import build_minutes_data, render_minutes
from services.proceedings.opening_closing import (
    ProceedingsError,
    add_guest,
    closing_gaps,
    guests_of,
    opening_gaps,
    proceedings,
    read_conclusions_file,
    record_minutes_vote,
    set_closed_at,
    set_conclusions,
    set_opening,
)
from services.review.drafts.errors import DraftError
from tests.helpers import PROJECT_ROOT

DRAFTS = PROJECT_ROOT / "tests" / "data" / "drafts"


def test_opening_records_purpose_time_and_guests(db: Database, meeting_id: int) -> None:
    with db.session("test") as s, s.begin():
        assert opening_gaps(s, meeting_id) == ["Chưa ghi giờ khai mạc.",
                                               "Chưa ghi mục đích, yêu cầu của hội nghị."]
        set_opening(proceedings(s, meeting_id), "  Kiểm điểm năm 2024 ", dt.time(7, 30))
        add_guest(s, meeting_id, " Lê  Văn   Tám ", "Ủy viên Ban Thường vụ Đảng ủy Khối")
        with pytest.raises(ProceedingsError, match="đã có"):
            add_guest(s, meeting_id, "Lê Văn Tám")
        with pytest.raises(ProceedingsError, match="Ghi họ và tên"):
            add_guest(s, meeting_id, "  ")
        assert opening_gaps(s, meeting_id) == []
    with db.session() as s:
        assert [(g.name, g.position) for g in guests_of(s, meeting_id)] == [
            ("Lê Văn Tám", "Ủy viên Ban Thường vụ Đảng ủy Khối")]
        assert proceedings(s, meeting_id).purpose == "Kiểm điểm năm 2024"


def test_conclusions_come_from_a_file_through_the_draft_reader(tmp_path: Path) -> None:
    text = read_conclusions_file(DRAFTS / "bao-cao-kiem-diem.docx")
    assert "\n\n" in text and len(text) > 200
    assert read_conclusions_file(DRAFTS / "bao-cao-windows-1258.txt") == read_conclusions_file(
        DRAFTS / "bao-cao-utf8.txt")
    with pytest.raises(DraftError):
        read_conclusions_file(DRAFTS / "cu-word-97.doc")


def test_closing_needs_conclusions_the_minutes_adopted_and_the_time(
        db: Database, meeting_id: int) -> None:
    with db.session("test") as s, s.begin():
        record = proceedings(s, meeting_id)
        assert closing_gaps(s, meeting_id) == [
            "Chưa có kết luận của chủ trì.", "Biên bản hội nghị chưa được biểu quyết thông qua.",
            "Chưa ghi giờ bế mạc."]
        set_conclusions(record, "Hội nghị thống nhất…", "Khắc phục hạn chế", source="kl.docx")
        assert not record_minutes_vote(s, record, 2, 0).passed
        assert closing_gaps(s, meeting_id)[0] == \
            "Biên bản hội nghị không được quá bán tán thành."
        with pytest.raises(ProceedingsError, match="nhiều hơn 4"):
            record_minutes_vote(s, record, 5, 0)
        assert record_minutes_vote(s, record, 4, 0).passed
        set_closed_at(record, dt.time(11, 15))
        assert closing_gaps(s, meeting_id) == []
        assert (record.minutes_votes_for, record.minutes_adopted) == (4, True)


def test_the_minutes_name_the_guests_times_and_conclusions(db: Database, meeting_id: int,
                                                           tmp_path: Path) -> None:
    with db.session("test") as s, s.begin():
        record = proceedings(s, meeting_id)
        set_opening(record, "Kiểm điểm năm 2024", dt.time(7, 30))
        add_guest(s, meeting_id, "Lê Văn Tám", "Phó Bí thư Đảng ủy Khối")
        set_conclusions(record, "Chi bộ đoàn kết.\n\nCần khắc phục hạn chế.", "Sửa trong quý I")
        set_closed_at(record, dt.time(11, 5))
    with db.session() as s:
        data = build_minutes_data(s, meeting_id)
    assert data.guests == ("đồng chí Lê Văn Tám, Phó Bí thư Đảng ủy Khối",)
    assert (data.opened_at, data.closed_at) == (dt.time(7, 30), dt.time(11, 5))
    target = tmp_path / "bien-ban.pdf"
    render_minutes(data, target)
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True,
                          check=True).stdout
    for expected in ("bắt đầu hồi 07 giờ 30", "Khách mời: đồng chí Lê Văn Tám",
                     "Chi bộ đoàn kết.", "Cam kết khắc phục: Sửa trong quý I",
                     "kết thúc hồi 11 giờ 05"):
        assert expected in text, expected
