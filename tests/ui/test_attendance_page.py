"""The attendance page, driven as the chair drives it; the database is checked afterwards."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from models.database import Database
from models.enums import AttendanceStatus, MemberStatus
from models.meeting import Attendance
from models.roster import Member
from tests.helpers.builders import TWELVE_OFFICIAL, build_meeting
from ui.context import MeetingContext, MeetingEvents
from ui.pages.attendance import AttendancePage
from ui.tables.attendance import MARKS, AttendanceModel


def make_page(qtbot: QtBot, db: Database, meeting_id: int) -> AttendancePage:
    page = AttendancePage(MeetingContext(db, meeting_id, MeetingEvents(), "chair"))
    qtbot.addWidget(page)
    page.resize(1000, 600)
    page.show()
    return page


def marks(db: Database) -> dict[str, tuple[AttendanceStatus, str]]:
    with db.session() as s:
        rows = s.execute(select(Member.full_name, Attendance.status, Attendance.reason)
                         .join(Attendance, Attendance.member_id == Member.id)).all()
        return {name: (status, reason) for name, status, reason in rows}


def row_of(page: AttendancePage, name: str) -> int:
    return next(i for i, e in enumerate(page.model.rows) if e.full_name == name)


def test_ticking_choosing_and_typing_are_written_and_the_electorate_follows(
        qtbot: QtBot, db: Database, qtmodeltester) -> None:
    meeting_id = build_meeting(db, TWELVE_OFFICIAL)
    page = make_page(qtbot, db, meeting_id)
    model = page.model
    qtmodeltester.check(model)
    assert page.derivation.text() == "Triệu tập 12 − vắng có lý do 0 = 12; có mặt 0 < 2/3 " \
        "(cần ít nhất 8)"

    # the chair ticks "present" for one member...
    row = row_of(page, "Nguyễn Văn An")
    assert model.setData(model.index(row, AttendanceModel.PRESENT), Qt.CheckState.Checked.value,
                         Qt.ItemDataRole.CheckStateRole)
    # ...picks "absent with reason" in the drop-down for another and types the reason
    row = row_of(page, "Lý Thị Ngọc")
    index = model.index(row, AttendanceModel.MARK)
    page.table.edit(index)
    combo = page.table.findChild(QComboBox)
    assert combo is not None
    combo.setCurrentIndex(MARKS.index(AttendanceStatus.absent_excused))
    combo.activated.emit(combo.currentIndex())
    assert model.rows[row].lacks_reason
    assert "Lý Thị Ngọc: chưa ghi lý do (Vắng có lý do)." in page.missing()
    assert model.setData(model.index(row, AttendanceModel.REASON), "Ốm, nằm viện")
    # ...and marks everyone else present with the button
    qtbot.mouseClick(page.all_present, Qt.MouseButton.LeftButton)

    stored = marks(db)
    assert stored["Nguyễn Văn An"] == (AttendanceStatus.present, "")
    assert stored["Lý Thị Ngọc"] == (AttendanceStatus.absent_excused, "Ốm, nằm viện")
    assert sum(1 for status, _ in stored.values() if status is AttendanceStatus.present) == 11
    assert page.derivation.text() == "Triệu tập 12 − vắng có lý do 1 = 11; có mặt 11 ≥ 2/3"
    assert page.warnings.text() == "" and not page.all_present.isEnabled()
    assert page.missing() == []

    # unticking makes an absence without reason, and the derivation follows at once
    row = row_of(page, "Nguyễn Văn An")
    model.setData(model.index(row, AttendanceModel.PRESENT), Qt.CheckState.Unchecked.value,
                  Qt.ItemDataRole.CheckStateRole)
    assert marks(db)["Nguyễn Văn An"] == (AttendanceStatus.absent, "")
    assert page.derivation.text().endswith("có mặt 10 ≥ 2/3")


def test_low_attendance_is_warned_and_half_or_less_said_plainly(qtbot: QtBot,
                                                                db: Database) -> None:
    meeting_id = build_meeting(db, TWELVE_OFFICIAL)
    page = make_page(qtbot, db, meeting_id)
    model = page.model
    for row in range(6):
        model.setData(model.index(row, AttendanceModel.PRESENT), Qt.CheckState.Checked.value,
                      Qt.ItemDataRole.CheckStateRole)
    for row in range(6, 12):
        model.setData(model.index(row, AttendanceModel.MARK),
                      MARKS.index(AttendanceStatus.absent))
    assert page.derivation.text().endswith("có mặt 6 < 2/3 (cần ít nhất 8)")
    text = page.warnings.text()
    assert "Số có mặt dưới 2/3 số được triệu tập." in text
    assert "Có mặt 6, không quá một nửa của 12" in text
    assert not page.warnings.isHidden()


def test_only_the_convened_body_is_listed_and_probationary_members_do_not_count(
        qtbot: QtBot, db: Database) -> None:
    meeting_id = build_meeting(db, [*TWELVE_OFFICIAL[:3], ("Mai Văn Dự", MemberStatus.probationary),
                                    ("Tô Văn Treo", MemberStatus.suspended)])
    with db.session() as s, s.begin():
        outside = s.scalar(select(Member).where(Member.full_name == "Nguyễn Văn An"))
        assert outside is not None
        outside.in_body = False
    page = make_page(qtbot, db, meeting_id)
    assert [e.full_name for e in page.model.rows] == [
        "Trần Thị Bình", "Lê Văn Cường", "Mai Văn Dự"]
    page.mark_rest_present()
    assert page.derivation.text() == "Triệu tập 2 − vắng có lý do 0 = 2; có mặt 2 ≥ 2/3"
    assert set(marks(db)) == {"Trần Thị Bình", "Lê Văn Cường", "Mai Văn Dự"}


def test_the_reason_is_editable_only_for_absences_with_reason_and_exclusions(
        qtbot: QtBot, db: Database) -> None:
    page = make_page(qtbot, db, build_meeting(db, TWELVE_OFFICIAL[:1]))
    model = page.model
    reason = model.index(0, AttendanceModel.REASON)
    assert not model.setData(reason, "không cần")
    model.setData(model.index(0, AttendanceModel.MARK), MARKS.index(AttendanceStatus.excluded))
    assert reason.data() == "cần ghi lý do"
    assert model.setData(reason, "Sinh hoạt tạm thời nơi khác")
    assert marks(db)["Nguyễn Văn An"] == (AttendanceStatus.excluded,
                                          "Sinh hoạt tạm thời nơi khác")
    assert page.derivation.text() == (
        "Triệu tập 1 − loại trừ 1 − vắng có lý do 0 = 0; không còn ai có quyền biểu quyết")
