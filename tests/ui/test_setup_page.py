"""The set-up page, driven as the chair drives it; the database is checked afterwards."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QDialog, QTableView
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from models.database import Database
from models.enums import BodyKind, Level, MemberStatus, Period
from models.meeting import Meeting
from models.roster import Member
from services.documents.catalogue import DocumentKind, DocumentSpec, write_document
from services.meeting.assessments import self_total
from services.meeting.setup import MemberData, create_meeting
from services.meeting_file.store import import_meeting
from tests.helpers import SEED_MEETING
from tests.helpers.builders import build_meeting, write_csv
from tests.helpers.documents import flat, pdf_pages
from tests.helpers.ui import Boxes, fill, open_window
from ui import msgbox
from ui.agenda import SETUP
from ui.context import MeetingContext, MeetingEvents
from ui.dialogs.member import MemberDialog
from ui.dialogs.roster_import import ImportPreviewDialog, ImportPreviewModel
from ui.pages.setup import SetupPage
from ui.tables.roster import RosterModel

NAMES = [("Trần Văn Ẩn", MemberStatus.official), ("Nguyễn Thị Thu Hà", MemberStatus.official),
         ("Lê Văn An", MemberStatus.probationary), ("Phạm Văn Ân", MemberStatus.official),
         ("Đỗ Thị Ánh", MemberStatus.official), ("Võ Văn Bình", MemberStatus.official)]


def make_page(qtbot: QtBot, db: Database, meeting_id: int) -> SetupPage:
    page = SetupPage(MeetingContext(db, meeting_id, MeetingEvents(), "chair"))
    qtbot.addWidget(page)
    return page


def meeting(db: Database, meeting_id: int) -> Meeting:
    with db.session() as s:
        found = s.get(Meeting, meeting_id)
        assert found is not None
        found.party_unit  # noqa: B018  (loaded before the session closes)
        return found


def roster(db: Database) -> dict[str, Member]:
    with db.session() as s:
        return {m.code: m for m in s.scalars(select(Member)
                                             .options(selectinload(Member.assessment)))}


def test_each_detail_is_written_when_the_chair_leaves_the_field(qtbot: QtBot,
                                                                db: Database) -> None:
    meeting_id = build_meeting(db, NAMES)
    page = make_page(qtbot, db, meeting_id)
    page.unit.selectAll()
    page.unit.insert("Chi bộ Phòng Tổ chức")  # as an input method types it (keyClicks is ASCII)
    qtbot.keyClick(page.unit, Qt.Key.Key_Return)
    page.venue.setText("Hội trường tầng 2")
    page.venue.editingFinished.emit()
    page.body_kind.setCurrentIndex(page.body_kind.findData(BodyKind.dang_uy))
    page.body_kind.activated.emit(page.body_kind.currentIndex())
    page.review_year.setValue(2025)
    qtbot.keyClicks(page.date.edit, "9/1/2026")
    qtbot.keyClick(page.date.edit, Qt.Key.Key_Return)
    stored = meeting(db, meeting_id)
    assert stored.party_unit.name == "Chi bộ Phòng Tổ chức"
    assert (stored.venue, stored.body_kind, stored.review_year, stored.date) == (
        "Hội trường tầng 2", BodyKind.dang_uy, 2025, dt.date(2026, 1, 9))


def test_editing_a_detail_keeps_the_meetings_quarter(qtbot: QtBot, db: Database) -> None:
    meeting_id = build_meeting(db, NAMES, year=2025)
    with db.session() as s, s.begin():
        s.get_one(Meeting, meeting_id).period = Period.Q3
    page = make_page(qtbot, db, meeting_id)
    page.venue.setText("Hội trường tầng 2")
    page.venue.editingFinished.emit()
    stored = meeting(db, meeting_id)
    assert (stored.venue, stored.period) == ("Hội trường tầng 2", Period.Q3)


def test_a_bad_detail_is_refused_with_a_message_and_the_field_restored(
        qtbot: QtBot, db: Database, boxes: Boxes) -> None:
    meeting_id = build_meeting(db, NAMES)
    page = make_page(qtbot, db, meeting_id)
    page.unit.setText("   ")
    page.unit.editingFinished.emit()
    assert boxes.texts() == ["Tên tổ chức đảng không được để trống."]
    assert page.unit.text() == "Chi bộ Thử nghiệm"
    assert meeting(db, meeting_id).party_unit.name == "Chi bộ Thử nghiệm"


def test_the_roster_is_listed_by_given_name(qtbot: QtBot, db: Database, qtmodeltester) -> None:
    page = make_page(qtbot, db, build_meeting(db, NAMES))
    qtmodeltester.check(page.roster)
    shown = [page.roster.index(row, RosterModel.NAME).data()
             for row in range(page.roster.rowCount())]
    # a < â in the alphabet before tones count: An, Ánh, Ân, Ẩn
    assert shown == ["Lê Văn An", "Đỗ Thị Ánh", "Phạm Văn Ân", "Trần Văn Ẩn", "Võ Văn Bình",
                     "Nguyễn Thị Thu Hà"]
    assert page.roster_box.title() == "Danh sách đảng viên (6 người, xếp theo tên)"


def test_the_search_ignores_case_and_diacritics(qtbot: QtBot, db: Database, qtmodeltester) -> None:
    page = make_page(qtbot, db, build_meeting(db, NAMES))
    page.search.setText("van a")
    qtmodeltester.check(page.shown)
    shown = [page.shown.index(row, RosterModel.NAME).data() for row in range(page.shown.rowCount())]
    assert shown == ["Lê Văn An", "Phạm Văn Ân", "Trần Văn Ẩn"]
    page.search.setText("ĐO THI")
    assert page.shown.rowCount() == 1
    page.table.selectRow(0)
    assert page.selected_member() == page.roster.rows[1].member_id  # Đỗ Thị Ánh
    page.search.clear()
    assert page.shown.rowCount() == 6


def test_add_edit_and_remove_members(qtbot: QtBot, db: Database, boxes: Boxes) -> None:
    meeting_id = build_meeting(db, NAMES)
    page = make_page(qtbot, db, meeting_id)
    boxes.answers = [fill(full_name="Hồ  Thị Xuân", status=MemberStatus.probationary, score=81,
                          rating=Level.HTTNV)]
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    added = roster(db)["m07"]
    assert (added.full_name, added.status, self_total(added), added.self_rating) == (
        "Hồ Thị Xuân", MemberStatus.probationary, 81, Level.HTTNV)
    assert page.selected_member() == added.id

    # a duplicate code is refused with a message and the dialog comes back
    boxes.answers = [fill(code="m01"), fill(code="m07", position="Phó Bí thư")]
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    assert "Mã đảng viên “m01” đã có trong danh sách." in boxes.texts()
    assert roster(db)["m07"].position == "Phó Bí thư"

    boxes.answers = [True]
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    assert "m07" not in roster(db)
    assert page.roster.rowCount() == 6


def test_cancelled_dialogs_change_nothing(qtbot: QtBot, db: Database, boxes: Boxes) -> None:
    page = make_page(qtbot, db, build_meeting(db, NAMES))
    page.table.selectRow(0)
    boxes.answers = [lambda _d: QDialog.DialogCode.Rejected, False]
    assert not page.add_member()
    assert not page.remove_selected()
    assert len(roster(db)) == 6


def test_import_a_csv_after_the_preview(qtbot: QtBot, db: Database, boxes: Boxes,
                                        tmp_path: Path, qtmodeltester,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    meeting_id = build_meeting(db, NAMES)
    page = make_page(qtbot, db, meeting_id)
    path = tmp_path / "danh-sach.csv"
    with path.open("w", encoding="utf-8", newline="") as out:
        csv.writer(out).writerows([["Mã", "Họ và tên", "Chức vụ", "Tự xếp loại"],
                                   ["m01", "Trần Văn Ẩn", "Bí thư", "HTXSNV"],
                                   ["", "Mai Thị Yến", "", ""],
                                   ["m09", "", "", ""]])
    previews: list[ImportPreviewDialog] = []

    def accept(dialog: QDialog) -> int:
        assert isinstance(dialog, ImportPreviewDialog)
        qtmodeltester.check(dialog.model)
        previews.append(dialog)
        return QDialog.DialogCode.Accepted

    boxes.answers = [accept]
    monkeypatch.setattr(msgbox, "choose_file", lambda *_args: path)
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    assert previews[0].summary.text().startswith("1 mới, 1 thay đổi, 0 không đổi, 1 bị từ chối.")
    assert previews[0].apply_button.text() == "Ghi 2 dòng vào danh sách"
    table = previews[0].findChild(QTableView)
    assert not table.isColumnHidden(ImportPreviewModel.CODE)  # the file's own codes
    members = roster(db)
    assert (members["m01"].position, members["m01"].self_rating) == ("Bí thư", Level.HTXSNV)
    assert members["m07"].full_name == "Mai Thị Yến"
    assert page.roster.rowCount() == 7


def test_a_bad_file_is_explained_and_nothing_is_written(
        qtbot: QtBot, db: Database, boxes: Boxes, tmp_path: Path) -> None:
    page = make_page(qtbot, db, build_meeting(db, NAMES))
    path = tmp_path / "danh-sach.xlsx"
    path.write_bytes(b"not a workbook")
    assert not page.import_roster(path)
    assert boxes.texts() == [
        "“danh-sach.xlsx” không phải bảng tính .xlsx đọc được (tệp hỏng hoặc sai loại)."]
    assert len(roster(db)) == 6


def test_the_member_dialog_gives_back_what_was_typed(qtbot: QtBot) -> None:
    dialog = MemberDialog(MemberData(code="m01", full_name="Lê Văn An"), [(5, "Chi bộ 1")],
                          adding=False)
    qtbot.addWidget(dialog)
    dialog.organisation.setCurrentIndex(1)
    dialog.in_body.setChecked(False)
    assert dialog.data() == MemberData(code="m01", full_name="Lê Văn An", organisation_id=5,
                                       in_body=False)


def test_the_admission_date_is_checked_and_kept_when_other_fields_change(
        qtbot: QtBot, db: Database, boxes: Boxes) -> None:
    meeting_id = build_meeting(db, NAMES)
    page = make_page(qtbot, db, meeting_id)
    page.table.selectRow(0)
    code = page.roster.rows[0].code

    def type_date(dialog: QDialog) -> int:
        assert isinstance(dialog, MemberDialog)
        dialog.admitted.setText("31/02/2021")
        dialog.accept()  # refused: the dialog stays, the reason beside the field
        assert dialog.result() != QDialog.DialogCode.Accepted
        assert "không có thật" in dialog.admitted_error.text()
        dialog.admitted.setText("8/9/2021")
        dialog.accept()
        return dialog.result()

    boxes.answers = [type_date]
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    assert roster(db)[code].admitted_on == dt.date(2021, 9, 8)

    def shown_then_moved(dialog: QDialog) -> int:
        assert isinstance(dialog, MemberDialog)
        assert dialog.admitted.text() == "08/09/2021"
        return fill(position="Phó Bí thư")(dialog)

    boxes.answers = [shown_then_moved]
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    member = roster(db)[code]
    assert (member.position, member.admitted_on) == ("Phó Bí thư", dt.date(2021, 9, 8))


def test_the_date_is_typed_or_picked_on_a_calendar_at_the_right_month(
        qtbot: QtBot, db: Database, boxes: Boxes) -> None:
    meeting_id = build_meeting(db, NAMES)
    page = make_page(qtbot, db, meeting_id)
    assert page.date.edit.text() == ""
    qtbot.mouseClick(page.date.pick, Qt.MouseButton.LeftButton)  # no date yet: today's month
    assert page.date.calendar.selectedDate() == QDate.currentDate()
    assert page.date.calendar.monthShown() == QDate.currentDate().month()
    page.date.calendar.hide()

    qtbot.keyClicks(page.date.edit, "31/02/2026")
    qtbot.keyClick(page.date.edit, Qt.Key.Key_Return)
    assert boxes.texts() == ["Ngày họp: ngày “31/02/2026” không có thật."]
    assert meeting(db, meeting_id).date is None and page.date.edit.text() == ""

    qtbot.keyClicks(page.date.edit, "15.12.2025")
    qtbot.keyClick(page.date.edit, Qt.Key.Key_Return)
    assert meeting(db, meeting_id).date == dt.date(2025, 12, 15)
    qtbot.mouseClick(page.date.pick, Qt.MouseButton.LeftButton)  # opens at the meeting's date
    calendar = page.date.calendar
    assert (calendar.yearShown(), calendar.monthShown()) == (2025, 12)
    calendar.clicked.emit(QDate(2025, 12, 20))
    assert not calendar.isVisible() and page.date.edit.text() == "20/12/2025"
    assert meeting(db, meeting_id).date == dt.date(2025, 12, 20)


def test_the_title_follows_the_year_and_the_quarter_until_the_chair_writes_one(
        qtbot: QtBot, db: Database, boxes: Boxes) -> None:
    meeting_id = build_meeting(db, NAMES, year=2026)
    window = open_window(qtbot, db)
    window.go_to(SETUP)
    page = window.stack.currentWidget()
    assert isinstance(page, SetupPage)
    start = "Hội nghị kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng và đảng viên "
    assert page.title.text() == start + "năm 2026"
    page.review_year.setValue(2025)
    assert page.title.text() == start + "năm 2025"
    page.period.setCurrentIndex(page.period.findText("Quý III"))
    page.period.activated.emit(page.period.currentIndex())
    assert page.title.text() == start + "quý III năm 2025"
    assert (meeting(db, meeting_id).title, meeting(db, meeting_id).period) == (
        start + "quý III năm 2025", Period.Q3)
    window.go_next()  # step 1: the chair's script says the quarter
    qtbot.waitUntil(lambda: "đảng viên quý III năm 2025." in window.script_panel.view
                    .toPlainText())

    window.go_to(SETUP)
    page.title.setText("Hội nghị kiểm điểm quý III của Chi bộ")
    page.title.editingFinished.emit()
    page.review_year.setValue(2024)
    assert page.title.text() == "Hội nghị kiểm điểm quý III của Chi bộ"
    assert meeting(db, meeting_id).title == "Hội nghị kiểm điểm quý III của Chi bộ"


def test_several_members_go_in_one_removal_and_the_search_finds_a_cell(
        qtbot: QtBot, db: Database, boxes: Boxes, tmp_path: Path) -> None:
    meeting_id = build_meeting(db, NAMES, body_kind=BodyKind.dang_uy)
    page = make_page(qtbot, db, meeting_id)
    path = tmp_path / "chi-bo.csv"
    path.write_text("Mã,Họ và tên,Chi bộ\nm01,Trần Văn Ẩn,Chi bộ Văn phòng\n"
                    "m02,Nguyễn Thị Thu Hà,Chi bộ Văn phòng\nm07,Hồ Thị Xuân,Chi bộ Kế toán\n",
                    encoding="utf-8")
    offered: list[int] = []

    def accept(dialog: QDialog) -> int:
        assert isinstance(dialog, ImportPreviewDialog)
        offered.append(dialog.cell.count())
        return QDialog.DialogCode.Accepted

    boxes.answers = [accept]
    assert page.import_roster(path)
    assert offered == [0]  # a committee keeps every member's cell: no cell to choose
    page.search.setText("van phong")
    assert sorted(page.shown.index(r, RosterModel.NAME).data()
                  for r in range(page.shown.rowCount())) == ["Nguyễn Thị Thu Hà", "Trần Văn Ẩn"]
    page.search.clear()

    page.table.selectRow(0)
    for row in (1, 2):
        qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton,
                         Qt.KeyboardModifier.ControlModifier,
                         page.table.visualRect(page.shown.index(row, 0)).center())
    boxes.answers = [True]
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    assert boxes.texts()[-1] == ("Xóa 3 người khỏi danh sách đảng viên của hội nghị: Lê Văn An, "
                                 "Đỗ Thị Ánh, Phạm Văn Ân? Điểm danh của họ cũng bị xóa.")
    assert sorted(m.full_name for m in roster(db).values()) == [
        "Hồ Thị Xuân", "Nguyễn Thị Thu Hà", "Trần Văn Ẩn", "Võ Văn Bình"]
    assert page.roster_box.title() == "Danh sách đảng viên (4 người, xếp theo tên)"


BIG_ROSTER = [["Mã", "Họ và tên", "Chức vụ", "Chi bộ"],
              ["m01", "Nguyễn Công Việt", "Bí thư Đảng ủy", "Chi bộ Văn phòng"],
              ["m02", "Thái Thanh Yến", "Phó Bí thư Đảng ủy, Chi bộ Phòng Nghiệp vụ - Tổng hợp",
               "Chi bộ Phòng Nghiệp vụ - Tổng hợp"],
              ["m03", "Võ Văn An", "Bí thư Chi bộ Phòng Nghiệp vụ - Tổng hợp",
               "Chi bộ Phòng Nghiệp vụ - Tổng hợp"],
              ["m04", "Lê Thị Mai", "", "Chi bộ Phòng Nghiệp vụ - Tổng hợp"],
              ["m05", "Bùi Văn Toàn", "Đảng ủy viên", "Chi bộ Đội Quản lý thị trường số 1"]]


def test_a_cell_keeps_only_its_rows_of_a_bigger_roster(
        qtbot: QtBot, db: Database, boxes: Boxes, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    with db.session("test") as s, s.begin():
        meeting_id = create_meeting(s, "Chi bộ Phòng Nghiệp vụ - Tổng hợp", 2025).id
    page = make_page(qtbot, db, meeting_id)
    path = tmp_path / "dang-bo.tsv"
    path.write_text("\n".join("\t".join(row) for row in BIG_ROSTER), encoding="utf-8")
    filters: list[str] = []
    monkeypatch.setattr(msgbox, "choose_file",
                        lambda _parent, _title, kinds: filters.append(kinds) or path)
    seen: list[tuple[str, str, str]] = []

    def look_then_accept(dialog: QDialog) -> int:
        assert isinstance(dialog, ImportPreviewDialog)
        seen.append((dialog.cell.currentText(), dialog.summary.text(),
                     dialog.apply_button.text()))
        dialog.cell.setCurrentIndex(0)  # every cell of the file...
        seen.append((dialog.cell.currentText(), dialog.summary.text(),
                     dialog.apply_button.text()))
        dialog.cell.setCurrentIndex(dialog.cell.findText("Chi bộ Phòng Nghiệp vụ - Tổng hợp"))
        return QDialog.DialogCode.Accepted  # ...then this cell's again

    boxes.answers = [look_then_accept]
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    assert filters == ["Bảng tính hoặc CSV (*.xlsx *.csv *.tsv *.txt);;Tất cả các tệp (*)"]
    assert seen[0][0] == "Chi bộ Phòng Nghiệp vụ - Tổng hợp"  # the meeting's own cell, chosen
    assert seen[0][1].startswith("3 mới, 0 thay đổi, 0 không đổi, 0 bị từ chối. Bỏ qua 2 dòng "
                                 "của các chi bộ khác.")
    assert seen[1][0] == "Mọi chi bộ trong tệp (3)" and seen[1][2] == "Ghi 5 dòng vào danh sách"
    members = {m.full_name: m for m in roster(db).values()}
    assert sorted(members) == ["Lê Thị Mai", "Thái Thanh Yến", "Võ Văn An"]
    assert [(members[n].position, members[n].organisation_id) for n in sorted(members)] == [
        ("", None), ("Phó Bí thư Đảng ủy", None), ("Bí thư", None)]


def test_a_committee_whose_standing_committee_signs_says_so_on_its_papers(
        qtbot: QtBot, db: Database, tmp_path: Path) -> None:
    meeting_id = import_meeting(db, SEED_MEETING)  # a committee (đảng ủy)
    page = make_page(qtbot, db, meeting_id)
    box = page.standing_committee
    assert box.isEnabled() and not box.isChecked()
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton,
                     pos=box.rect().bottomLeft() + QPoint(8, -box.height() // 2))
    assert meeting(db, meeting_id).standing_committee_signs
    spec = DocumentSpec(DocumentKind.result_sheet)
    write_document(db, meeting_id, spec, tmp_path / "ket-qua.pdf")
    last = flat(pdf_pages(tmp_path / "ket-qua.pdf", raw=True)[-1])
    assert "T/M BAN THƯỜNG VỤ BÍ THƯ" in last and "T/M ĐẢNG ỦY" not in last

    page.body_kind.setCurrentIndex(page.body_kind.findData(BodyKind.chi_bo))
    page.body_kind.activated.emit(page.body_kind.currentIndex())
    assert not box.isEnabled() and not box.isChecked()  # a cell has no standing committee
    assert not meeting(db, meeting_id).standing_committee_signs
def test_the_body_follows_the_units_name_until_the_chair_writes_one(qtbot: QtBot,
                                                                    db: Database) -> None:
    """A newcomer typed the cell's name; "Nơi họp" stayed "Chi bộ mới" for every paper."""
    with db.session("chair") as s, s.begin():
        meeting_id = create_meeting(s, "Chi bộ mới", 2026).id
    page = make_page(qtbot, db, meeting_id)
    assert page.body.text() == "Chi bộ mới"
    page.unit.selectAll()
    page.unit.insert("Chi bộ Phòng Kế hoạch - Tài chính")
    qtbot.keyClick(page.unit, Qt.Key.Key_Return)
    assert page.body.text() == "Chi bộ Phòng Kế hoạch - Tài chính"
    assert meeting(db, meeting_id).body == "Chi bộ Phòng Kế hoạch - Tài chính"
    page.body.setText("Đảng ủy Sở Tài chính")  # written by the chair: it stays
    page.body.editingFinished.emit()
    page.unit.setText("Đảng bộ Sở Tài chính")
    page.unit.editingFinished.emit()
    assert page.body.text() == "Đảng ủy Sở Tài chính"
    assert meeting(db, meeting_id).body == "Đảng ủy Sở Tài chính"


def test_codes_the_file_does_not_give_are_not_shown(qtbot: QtBot, db: Database, boxes: Boxes,
                                                    tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """A newcomer's roster had no code column; the preview showed "Mã m01…m15", the app's."""
    page = make_page(qtbot, db, build_meeting(db, NAMES))
    path = write_csv(tmp_path / "danh-sach.csv", [["STT", "Họ và tên", "Chức vụ"],
                                                  ["1", "Mai Thị Yến", "Chuyên viên"]], "utf-8")
    shown: list[tuple[bool, list[str]]] = []

    def look(dialog: QDialog) -> int:
        assert isinstance(dialog, ImportPreviewDialog)
        table = dialog.findChild(QTableView)
        model = dialog.model
        shown.append((table.isColumnHidden(ImportPreviewModel.CODE),
                      [model.index(0, c).data() for c in range(model.columnCount())
                       if not table.isColumnHidden(c)]))
        return QDialog.DialogCode.Accepted

    boxes.answers = [look]
    monkeypatch.setattr(msgbox, "choose_file", lambda *_args: path)
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    assert shown == [(True, ["2", "Mới", "Mai Thị Yến", ""])]  # line 2 of the file


def test_the_member_dialog_opens_at_the_name(qtbot: QtBot) -> None:
    """A newcomer's first keys went into "Mã", the first field, focused and filled with m01."""
    dialog = MemberDialog(MemberData(code="m16", full_name=""), [], adding=True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    first = dialog.focusWidget()  # where the keys go once the dialog is the active window
    assert first is not None
    qtbot.keyClicks(first, "Le Van Thanh")
    assert (dialog.full_name.text(), dialog.code.text()) == ("Le Van Thanh", "m16")


def test_the_cell_column_shows_only_when_a_member_is_in_a_cell(qtbot: QtBot,
                                                               db: Database) -> None:
    """At a newcomer's cell meeting the roster kept an empty, wide "Chi bộ" column."""
    alone = make_page(qtbot, db, build_meeting(db, NAMES))
    assert alone.table.isColumnHidden(RosterModel.ORGANISATION)
    committee = make_page(qtbot, db, import_meeting(db, SEED_MEETING))
    assert not committee.table.isColumnHidden(RosterModel.ORGANISATION)
    cells = {committee.roster.index(row, RosterModel.ORGANISATION).data()
             for row in range(committee.roster.rowCount())}
    assert "Chi bộ Văn phòng" in cells
