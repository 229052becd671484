"""The chair's script filled in from the demo meeting, the announcement of locked rounds, the
status, and the script printed as one document."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import select

from models.ballot import BallotRound, RoundState
from models.database import Database
from models.enums import Level
from models.roster import Member
from services.ballot.rounds import reopen_round
from services.common.text import BLANK
from services.documents.chair_script import render_chair_script
from services.meeting_file.store import import_meeting
from services.proceedings.announcement import announcement_gaps, announcements
from services.proceedings.chair_script import (
    fill,
    save_wording,
    step_script,
    step_scripts,
    unknown_placeholders,
)
from services.proceedings.opening_closing import add_guest
from services.proceedings.script_facts import GROUPS, PLACEHOLDERS, draft_words, script_facts
from services.proceedings.script_templates import TEMPLATES
from services.proceedings.status import meeting_status, record_document
from tests.helpers import SEED_MEETING
from tests.helpers.piles import call_the_roll


@pytest.fixture
def demo(db: Database) -> int:
    """The seed meeting with its roll call done: all ten committee members present."""
    meeting_id = import_meeting(db, SEED_MEETING)
    call_the_roll(db, meeting_id)
    return meeting_id


def lock_all(db: Database, meeting_id: int) -> None:
    with db.session("test") as s, s.begin():
        for stored in s.scalars(select(BallotRound).where(BallotRound.meeting_id == meeting_id)):
            stored.state = RoundState.locked
            stored.locked_at = dt.datetime(2022, 1, 7, 10, 0)


def test_the_script_is_filled_in_from_the_meeting(db: Database, demo: int) -> None:
    with db.session("test") as s, s.begin():
        add_guest(s, demo, "Lê Văn Tám", "Phó Bí thư Đảng ủy Khối")
    with db.session() as s:
        scripts = {script.step: script for script in step_scripts(s, demo)}
    assert scripts[1].text.startswith("Kính thưa đồng chí Lê Văn Tám, Phó Bí thư Đảng ủy Khối!\n"
                                      "Thưa toàn thể các đồng chí!")
    assert "ngày 07 tháng 01 năm 2022, tại Phòng họp Cục Quản lý thị trường" in scripts[1].text
    assert f"khai mạc hội nghị hồi {BLANK}." in scripts[1].text  # not recorded yet: dots
    assert "Hiện diện 10/10 đồng chí ủy viên Ban Chấp hành, đủ điều kiện tiến hành hội nghị." \
        in scripts[2].text
    assert "Ban kiểm phiếu gồm 3 đồng chí: đồng chí Võ Văn An (Trưởng ban), đồng chí Lê Thanh " \
        "Hải, đồng chí Ngô Văn Hiếu." in scripts[3].text
    assert "Trên phiếu có tên 67 đảng viên" in scripts[6].text
    assert "8 chi bộ trực thuộc" in scripts[7].text
    assert not any(script.edited or script.unknown for script in scripts.values())


def test_the_chairs_wording_is_kept_per_meeting_and_unknown_names_show(
        db: Database, demo: int) -> None:
    with db.session("test") as s, s.begin():
        save_wording(s, demo, 2, "Có mặt {co_mat}/{trieu_tap}. {co_mat_x}")
    with db.session("test") as s, s.begin():
        script = step_script(s, demo, 2)
        assert (script.text, script.edited, script.unknown) == (
            "Có mặt 10/10. {co_mat_x}", True, ("co_mat_x",))
        save_wording(s, demo, 2, TEMPLATES[2])  # back to the bundled wording
        assert not step_script(s, demo, 2).edited
    assert fill("{gio_be_mac}", {}) == BLANK
    assert unknown_placeholders(TEMPLATES[9]) == ()


def test_only_locked_rounds_are_announced_with_quota_and_decisions(
        db: Database, demo: int) -> None:
    with db.session() as s:
        gaps = announcement_gaps(s, demo)
        assert gaps[0].startswith("Vòng “Xếp loại đảng viên” chưa khóa")
        assert step_script(s, demo, 8).text.endswith(f"{BLANK}\n\n{BLANK}")
    lock_all(db, demo)
    with db.session() as s:
        members, cells = announcements(s, demo)
        assert members.locked and members.level_lines[0].sentence == (
            "13 đảng viên Hoàn thành xuất sắc nhiệm vụ"
            " (chiếm 13/67 đảng viên được xếp loại = 19,4%)")
        assert members.level_lines[1].level is Level.HTTNV
        assert members.quota_lines[0].startswith("Tỷ lệ Hoàn thành xuất sắc nhiệm vụ: 20% × 65")
        assert cells.level_lines[1].sentence == ("6 chi bộ Hoàn thành tốt nhiệm vụ"
                                                 " (chiếm 6/8 chi bộ được xếp loại = 75%)")
        assert announcement_gaps(s, demo) == []
        text = step_script(s, demo, 8).text
    assert ("– 13 đảng viên Hoàn thành xuất sắc nhiệm vụ"
            " (chiếm 13/67 đảng viên được xếp loại = 19,4%): ") in text
    assert ("– 52 đảng viên Hoàn thành tốt nhiệm vụ"
            " (chiếm 52/67 đảng viên được xếp loại = 77,6%);") in text  # the many: unnamed


def test_status_counts_rounds_and_documents(db: Database, demo: int) -> None:
    with db.session("test") as s, s.begin():
        status = meeting_status(s, demo)
        assert (status.electorate, status.present, status.documents) == (10, 10, 0)
        assert [(r.code, r.locked) for r in status.rounds] == [("dang-vien", False),
                                                              ("chi-bo", False)]
        record_document(s, demo, "kich-ban", "/tmp/kich-ban.pdf")
    with db.session() as s:
        assert meeting_status(s, demo).documents == 1


def test_the_script_prints_as_one_document(db: Database, demo: int, tmp_path: Path) -> None:
    target = tmp_path / "kich-ban.pdf"
    with db.session() as s:
        render_chair_script(s, demo, target)
    text = subprocess.run(["pdftotext", "-layout", str(target), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert "KỊCH BẢN ĐIỀU HÀNH HỘI NGHỊ" in text
    assert "Bước 9. Kết luận, thông qua biên bản, bế mạc" in text
    assert "Hiện diện 10/10 đồng chí ủy viên Ban Chấp hành" in text


def test_every_placeholder_belongs_to_exactly_one_group_of_facts(db: Database, demo: int) -> None:
    grouped = [name for names, _compute in GROUPS for name in names]
    assert sorted(grouped) == sorted(PLACEHOLDERS)
    with db.session() as s:
        assert set(script_facts(s, demo)) == set(PLACEHOLDERS)
        for names, _compute in GROUPS:
            assert set(script_facts(s, demo, names)) == names


def test_the_draft_is_named_as_said_aloud() -> None:
    assert draft_words("Dự thảo báo cáo kiểm điểm tập thể") == \
        "dự thảo báo cáo kiểm điểm tập thể"
    assert draft_words("Báo cáo kiểm điểm năm 2021") == "dự thảo “Báo cáo kiểm điểm năm 2021”"
    assert draft_words("") == "dự thảo báo cáo kiểm điểm tập thể"


def test_the_results_in_the_script_follow_every_change_they_are_read_from(
        db: Database, demo: int) -> None:
    """The script keeps the results' words between changes (it refreshes after every change):
    a renamed member, a reopened round and another database are never answered from them."""
    lock_all(db, demo)
    with db.session() as s:
        before = step_script(s, demo, 8).text
        named = announcements(s, demo)[0].level_lines[0].names[0]
        assert f": {named}" in before or f", {named}" in before
    with db.session("test") as s, s.begin():
        member = s.scalars(select(Member).where(Member.meeting_id == demo,
                                                Member.full_name == named)).one()
        member.full_name = "Trần Thị Mới Đổi Tên"
    with db.session() as s:
        renamed = step_script(s, demo, 8).text
    assert named not in renamed and "Trần Thị Mới Đổi Tên" in renamed
    with db.session() as s:
        rounds = s.scalars(select(BallotRound.id).where(BallotRound.meeting_id == demo)).all()
    for round_id in rounds:
        reopen_round(db, round_id, "đếm lại")
    with db.session() as s:
        assert step_script(s, demo, 8).text.endswith(f"{BLANK}\n\n{BLANK}")
