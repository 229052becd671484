"""The vote page driven from the keyboard as the tellers would: two tellers key the seed pile,
the differences, agreement, the result, the lock, reconciliation messages, resuming a crash."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from models.ballot import BallotRound
from models.ballot_entry import EntryBallot, EntryMode
from models.database import Database
from models.enums import AttendanceStatus, Level, SubjectKind
from models.roster import Member
from services.ballot.attendance import set_attendance
from services.ballot.rounds import set_double_entry
from services.ballot.sheets import approved_tellers, round_subjects, sheet_totals, start_sheet
from services.meeting.setup import OWN_UNIT_CODE
from services.meeting_file.store import export_meeting, import_meeting
from services.review.reviews import (
    set_collective_assessment,
)
from tests.helpers import EXPECTED, PROJECT_ROOT
from tests.helpers.builders import cell_meeting_file
from tests.helpers.piles import act, call_the_roll, key_pile, miskeyed, pile, seed_counts
from tests.helpers.ui import (
    Boxes,
    key_ballots,
    open_reconciled_round,
    saved,
    seed_ballots,
    show_page,
    start_teller,
)
from ui.ballot.page import BallotPage, CellsBallotPage, RoundListModel
from ui.ballot.tables import BallotModel, DifferencesModel, ResultModel, TotalsModel
from ui.context import MeetingContext, MeetingEvents


def test_two_tellers_key_the_seed_pile_and_get_exactly_the_fixture_result(
        qtbot: QtBot, page: BallotPage) -> None:
    open_reconciled_round(page)
    ballots = seed_ballots(page)
    start_teller(qtbot, page, 0)
    key_ballots(qtbot, page, ballots)
    start_teller(qtbot, page, 1)
    key_ballots(qtbot, page, ballots)
    page.tabs.setCurrentIndex(page.DIFFERENCES)
    assert page.differences.model.rowCount() == 0
    assert page.differences.agree_button.isEnabled()
    page.differences.agree_button.click()
    page.tabs.setCurrentIndex(page.RESULT)
    view = page.result
    expected = json.loads(EXPECTED.read_text(encoding="utf-8"))["rounds"][0]
    levels = {s["id"]: s["level"] for s in expected["subjects"]}
    shown = {row.subject.code: view.model.cell(n, ResultModel.LEVEL)
             for n, row in enumerate(view.model.rows)}
    assert shown == levels
    assert "20% × 65 đảng viên HTXSNV và HTTNV = 13,0 → tối đa 13" in view.summary.text()
    assert "HTXSNV: 13/67 đảng viên được xếp loại = 19,4%" in view.summary.text()
    assert view.lock_button.isEnabled()
    # Each column fits its longest text whole (widths measured once, not by Qt at each layout).
    metrics, header = view.table.fontMetrics(), view.table.horizontalHeader()
    for column in (1, ResultModel.LEVEL, ResultModel.QUOTA):
        texts = [view.model.cell(n, column) or "" for n in range(view.model.rowCount())]
        assert header.sectionSize(column) > max(map(metrics.horizontalAdvance, texts))


def test_three_wrong_rows_show_exactly_those_three_subjects(
        qtbot: QtBot, page: BallotPage, tmp_path: Path) -> None:
    open_reconciled_round(page)
    ballots = seed_ballots(page)
    start_teller(qtbot, page, 0)
    key_ballots(qtbot, page, ballots)
    start_teller(qtbot, page, 1)
    key_ballots(qtbot, page, miskeyed(ballots, [(0, 3), (4, 40), (9, 66)]))
    page.tabs.setCurrentIndex(page.DIFFERENCES)
    model = page.differences.model
    assert page.round_id is not None
    names = [row.name for row in round_subjects(page.context.db, page.round_id)]
    assert [model.cell(row, 1) for row in range(model.rowCount())] == [
        names[3], names[40], names[66]]
    assert [model.cell(row, 0) for row in range(3)] == ["4", "41", "67"]
    assert not page.differences.agree_button.isEnabled()
    assert "3 đối tượng" in page.differences.summary.text()
    page.differences.grab().save(str(tmp_path / "differences.png"))


def test_a_locked_round_refuses_an_edit_from_the_ui_and_from_import(
        qtbot: QtBot, page: BallotPage, tmp_path: Path, boxes: Boxes) -> None:
    round_id = open_reconciled_round(page)
    ballots = seed_ballots(page)
    for teller in (0, 1):
        start_teller(qtbot, page, teller)
        key_ballots(qtbot, page, ballots)
    page.tabs.setCurrentIndex(page.DIFFERENCES)
    page.differences.agree_button.click()
    page.tabs.setCurrentIndex(page.RESULT)
    head = approved_tellers(page.context.db, page.context.meeting_id)[0]
    assert head.is_head
    boxes.answers = [False]  # the head teller does not sign yet: nothing happens
    page.result.lock_button.click()
    assert boxes.texts() == [f"Trưởng ban kiểm phiếu {head.name} ký biên bản kiểm phiếu vòng "
                             "“Xếp loại đảng viên (vòng 2)”?"]  # the title, never the code
    assert "Đã khóa" not in page.result.summary.text()
    boxes.answers = [True]
    page.result.lock_button.click()
    assert f"Đã khóa (ký biên bản) bởi {head.name}" in page.result.summary.text()
    with page.context.session() as session:
        assert session.get_one(BallotRound, round_id).locked_by == head.name
    # The UI: reopen ballot 1 of the first teller and press a key.
    start_teller(qtbot, page, 0)
    view = page.entry.per_ballot
    view.reopen_number.setValue(1)
    view.reopen_button.click()
    assert view.counter.text() == "Phiếu 1 / 10"
    qtbot.keyClick(view.table, "4")
    saved(qtbot, page)  # the writer's answer: refused, the screen back to what is stored
    assert "đã khóa" in view.message.text()
    assert view.model.marks == ballots[0]
    with page.context.session() as session:
        round_ = session.get_one(BallotRound, round_id)
        stored = [b.marks for b in round_.entry_sheets[0].ballots]
        code = round_.code
    assert stored == ballots
    # Import, by the command line as a user would: refused, exit 2, nothing changed.
    data = export_meeting(page.context.db, page.context.meeting_id)
    member_round = next(r for r in data["rounds"] if r["id"] == code)
    member_round["subjects"][0]["votes"]["HTTNV"] -= 1
    member_round["subjects"][0]["invalid"] += 1
    path = tmp_path / "changed.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    db_file = page.context.db.file
    assert db_file is not None
    page.context.db.dispose()
    done = subprocess.run([sys.executable, str(PROJECT_ROOT / "main.py"), "import", str(path),
                           "--into", str(page.context.meeting_id), "--db", str(db_file)],
                          capture_output=True, text=True, cwd=PROJECT_ROOT, timeout=120,
                          check=False)
    assert done.returncode == 2, done.stderr
    assert "khóa" in done.stderr and "Traceback" not in done.stderr
    assert export_meeting(page.context.db, page.context.meeting_id) != data


def test_reconciliation_errors_appear_beside_their_field(page: BallotPage) -> None:
    page.open_button.click()
    form = page.reconciliation
    form.edits["issued"].setText("12")
    form.edits["returned"].setText("9")
    form.edits["unreadable"].setText("abc")
    form.save_button.click()
    assert "abc" in form.messages["unreadable"].text()
    assert form.messages["issued"].text() == ""  # numbers are checked once all are numbers
    form.edits["unreadable"].setText("10")
    form.save_button.click()
    assert "12" in form.messages["issued"].text()
    assert "nhiều hơn 10 người có quyền biểu quyết có mặt theo điểm danh" in \
        form.messages["issued"].text()
    assert form.messages["returned"].text().startswith("Thu vào ít hơn phát ra")
    assert "nhiều hơn 9 phiếu thu vào" in form.messages["invalid"].text()
    assert form.messages["not_issued"].text() == form.messages["added_content"].text() == ""
    form.edits["issued"].setText("10")
    form.edits["unreadable"].setText("1")
    form.save_button.click()
    assert form.messages["issued"].text() == form.messages["invalid"].text() == ""
    assert "1 phiếu không thu lại" in form.messages["returned"].text()  # a warning, saved
    assert form.valid.text() == "8"


def test_after_a_crash_the_page_reopens_on_the_same_ballot(
        qtbot: QtBot, page: BallotPage, context: MeetingContext) -> None:
    open_reconciled_round(page)
    ballots = seed_ballots(page)
    start_teller(qtbot, page, 0)
    key_ballots_partly = ballots[0]
    view = page.entry.per_ballot
    qtbot.keyClicks(view.table, key_ballots_partly)
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    qtbot.keyClicks(view.table, ballots[1][:20])
    saved(qtbot, page)  # the status line says every key is saved
    page.close()  # then the window goes
    again = show_page(qtbot, context)
    start_teller(qtbot, again, 0)
    view = again.entry.per_ballot
    assert view.counter.text() == "Phiếu 2 / 10"
    assert view.model.marks[:20] == ballots[1][:20] and view.model.marks[20] == "."
    assert view.table.currentIndex().row() == 20


def test_voiding_and_totals_entry(qtbot: QtBot, page: BallotPage) -> None:
    open_reconciled_round(page)
    page.double_entry.click()  # off: one entry is enough
    page.tabs.setCurrentIndex(page.ENTRY)
    page.entry.tellers.setCurrentIndex(0)
    page.entry.mode.setCurrentIndex(1)  # totals
    page.entry.start_button.click()
    view = page.entry.totals
    assert page.entry.stack.currentWidget() is view
    model = view.model
    assert model.setData(model.index(0, 2), 10)
    assert model.cell(0, TotalsModel.CHECK) == "10 ✓"
    assert model.setData(model.index(1, 3), 7)
    assert model.cell(1, TotalsModel.CHECK) == "7 ≠ 10"
    assert not model.setData(model.index(1, 3), -1)
    assert model.cell(1, 3) == "7"


def test_void_takes_a_ballot_out_and_opens_another(qtbot: QtBot, page: BallotPage) -> None:
    open_reconciled_round(page)
    ballots = seed_ballots(page)
    start_teller(qtbot, page, 0)
    view = page.entry.per_ballot
    qtbot.keyClicks(view.table, ballots[0])
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    view.reopen_number.setValue(1)
    view.reopen_button.click()
    view.void_button.click()
    saved(qtbot, page)
    assert view.counter.text() == "Phiếu 2 / 10"
    with page.context.session() as session:
        first = session.get_one(EntryBallot, 1)
        assert first.voided and first.marks == ballots[0]


def test_the_item_models_pass_the_model_tester(qtbot: QtBot, page: BallotPage,
                                               qtmodeltester: object) -> None:
    open_reconciled_round(page)
    ballots = seed_ballots(page)
    start_teller(qtbot, page, 0)
    key_ballots(qtbot, page, ballots)
    start_teller(qtbot, page, 1)
    key_ballots(qtbot, page, miskeyed(ballots, [(1, 1)]))
    page.tabs.setCurrentIndex(page.DIFFERENCES)
    page.tabs.setCurrentIndex(page.RESULT)
    models = [page.rounds, page.entry.per_ballot.model, page.differences.model,
              page.result.model, TotalsModel(page.entry.per_ballot.model.rows,
                                             lambda *_: None)]
    for model in models:
        qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert isinstance(models[0], RoundListModel) and isinstance(models[1], BallotModel)
    assert isinstance(models[2], DifferencesModel) and models[2].rowCount() == 1


def test_the_cells_page_rates_the_cells(qtbot: QtBot, context: MeetingContext) -> None:
    cells = CellsBallotPage(context)
    qtbot.addWidget(cells)
    cells.open_button.click()
    assert cells.round_id is not None
    assert len(round_subjects(context.db, cells.round_id)) == 8
    assert cells.SUBJECT_KIND is SubjectKind.organisation
    assert cells.missing() != []
    for field in ("issued", "returned"):
        cells.reconciliation.edits[field].setText("10")
    cells.reconciliation.save_button.click()
    start_teller(qtbot, cells, 0)  # the ballot names the cells as such
    header = cells.entry.per_ballot.table.horizontalHeader()
    assert [header.model().headerData(n, Qt.Orientation.Horizontal) for n in range(3)] == [
        "TT", "Tổ chức đảng", "1 · HTXSNV"]


def test_the_chair_decides_a_tie_and_orders_a_follow_up_round(
        qtbot: QtBot, page: BallotPage) -> None:
    round_id = open_reconciled_round(page)
    counts = seed_counts()
    counts["m01"] = (6, 4, 0, 0, 0)  # a 14th excellent: five tie at 6 votes for 12 places
    counts["m02"] = (2, 1, 1, 1, 5)  # undecided
    codes = [row.code for row in round_subjects(page.context.db, round_id)]
    act(page.context.db, set_double_entry, round_id, False)
    teller = page.entry.tellers.itemData(0)
    key_pile(page.context.db, start_sheet(page.context.db, round_id, teller,
                                          EntryMode.per_ballot).id, pile(counts, codes))
    page.refresh()
    page.tabs.setCurrentIndex(page.DIFFERENCES)
    page.differences.agree_button.click()
    page.tabs.setCurrentIndex(page.RESULT)
    view = page.result
    row = next(n for n, s in enumerate(view.model.rows) if s.subject.code == "m13")
    assert view.model.cell(row, ResultModel.QUOTA) == "ngang phiếu"
    assert view.model.cell(row, ResultModel.DECISION) == "cần quyết định"
    view.table.selectRow(row)
    view.decision_level.setCurrentIndex(2)  # HTTNV
    view.decision_reason.setText("Hội nghị biểu quyết lại")
    view.decide_button.click()
    assert view.model.cell(row, ResultModel.DECISION) == "HTTNV: Hội nghị biểu quyết lại"
    assert view.follow_up_button.isEnabled()
    view.follow_up_button.click()
    follow_up = page.round_id
    assert follow_up is not None and follow_up != round_id
    assert {r.code for r in round_subjects(page.context.db, follow_up)} == {
        "m01", "m02", "m13", "m17", "m23", "m51"}


def test_at_a_cell_meeting_step_7_rates_the_cell_itself(
        qtbot: QtBot, db: Database, tmp_path: Path, boxes: Boxes) -> None:
    meeting_id = import_meeting(db, cell_meeting_file(tmp_path))
    call_the_roll(db, meeting_id)
    with db.session("chair") as s, s.begin():
        set_collective_assessment(s, meeting_id, 27, 62, Level.HTXSNV)
    cells = CellsBallotPage(MeetingContext(db, meeting_id, MeetingEvents()))
    qtbot.addWidget(cells)
    boxes.answers = [False]  # the members' round is not locked yet: not now
    cells.open_button.click()
    assert cells.round_id is None
    assert "vòng xếp loại đảng viên chưa khóa" in cells.message.text()
    boxes.answers = [True]  # the chair opens it anyway: recorded with the round
    cells.open_button.click()
    round_id = cells.round_id
    assert round_id is not None
    assert "Vòng được mở khi còn thiếu: vòng xếp loại đảng viên chưa khóa" in \
        cells.reconciliation.voters.text()
    cells.tabs.setCurrentIndex(cells.RESULT)
    assert [(r.code, r.name, r.self_rating) for r in round_subjects(db, round_id)] == [
        (OWN_UNIT_CODE, "Chi bộ Văn phòng", Level.HTXSNV)]
    model = cells.result.model
    assert (model.rowCount(), model.cell(0, 1), model.cell(0, 2)) == (
        1, "Chi bộ Văn phòng", "HTXSNV")  # the collective's proposed level beside the result


def test_totals_enter_commits_the_count_and_moves_to_the_next_cell(
        qtbot: QtBot, page: BallotPage) -> None:
    open_reconciled_round(page)
    page.double_entry.click()
    page.tabs.setCurrentIndex(page.ENTRY)
    page.entry.tellers.setCurrentIndex(0)
    page.entry.mode.setCurrentIndex(1)  # totals
    page.entry.start_button.click()
    view = page.entry.totals
    table, model = view.table, view.model
    table.setCurrentIndex(model.index(0, TotalsModel.FIRST_COUNT))

    def type_count(text: str) -> None:
        index = table.currentIndex()
        qtbot.keyClick(table, text[0])  # the first digit opens the editor
        editor = table.indexWidget(index)
        assert editor is not None
        editor.setFocus()
        qtbot.keyClicks(editor, text[1:])
        qtbot.keyClick(editor, Qt.Key.Key_Return)

    type_count("10")
    assert model.cell(0, TotalsModel.FIRST_COUNT) == "10"
    assert (table.currentIndex().row(), table.currentIndex().column()) == (0, 3)
    for _ in range(3):  # Enter without typing keeps the count and moves on
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert (table.currentIndex().row(), table.currentIndex().column()) == (0, 6)
    type_count("0")
    assert (table.currentIndex().row(), table.currentIndex().column()) == (1, 2)
    assert model.cell(0, TotalsModel.CHECK) == "10 ✓"
    saved(qtbot, page)
    assert sheet_totals(page.context.db, page.entry.totals.sheet.id)[  # type: ignore[union-attr]
        model.rows[0].id] == (10, 0, 0, 0, 0)
    type_count("-3")  # refused: the message says why and the cursor stays
    assert view.message.text() != ""
    assert (table.currentIndex().row(), table.currentIndex().column()) == (1, 2)


def test_a_member_admitted_less_than_six_months_before_is_left_out_with_the_reason(
        qtbot: QtBot, context: MeetingContext) -> None:
    with context.db.session("chair") as s, s.begin():
        member = s.scalars(select(Member).where(Member.meeting_id == context.meeting_id,
                                                Member.code == "m67")).one()
        member.admitted_on = dt.date(2021, 9, 1)  # the meeting is on 07/01/2022
        name = member.full_name
    page = show_page(qtbot, context)
    assert page.left_out.text() == (f"Không xếp loại: {name} (vào Đảng ngày 01/09/2021, chưa "
                                    "đủ 6 tháng)")
    round_id = open_reconciled_round(page)
    assert name not in [row.name for row in round_subjects(context.db, round_id)]


def test_attendance_changed_after_keying_shows_a_notice_until_the_new_figures_are_taken(
        qtbot: QtBot, page: BallotPage, boxes: Boxes) -> None:
    open_reconciled_round(page)
    page.double_entry.click()  # one teller is enough here
    start_teller(qtbot, page, 0)
    key_ballots(qtbot, page, seed_ballots(page))
    page.tabs.setCurrentIndex(page.DIFFERENCES)
    page.differences.agree_button.click()
    with page.context.db.session("secretary") as s, s.begin():
        absent = s.scalars(select(Member).where(Member.meeting_id == page.context.meeting_id,
                                                Member.code == "m05")).one()
        assert set_attendance(s, page.context.meeting_id, absent.id,
                              AttendanceStatus.absent_excused, "Ốm") == []
    page.refresh()
    assert page.notice.isVisible()
    assert page.notice.text.text() == (
        "Điểm danh đã thay đổi sau khi mở vòng: vòng đang tính số được triệu tập 10, có quyền "
        "biểu quyết có mặt 10; theo điểm danh hiện nay là 9 và 9.")
    page.tabs.setCurrentIndex(page.RESULT)
    page.grab().save("/tmp/notice.png")
    boxes.answers.append(False)  # the lock dialog says it too; the chair does not lock yet
    page.result.lock_button.click()
    assert "Điểm danh đã thay đổi sau khi mở vòng" in boxes.texts()[-1]
    page.notice.take.click()
    assert not page.notice.isVisible()
    assert page.reconciliation.voters.text().startswith(
        "Vòng này tính theo điểm danh: số được triệu tập 9; có quyền biểu quyết có mặt 9.")
