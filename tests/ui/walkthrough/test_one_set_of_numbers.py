"""Issue 11's end-to-end check: one set of numbers from the roll call to the signed paper.

The demo meeting as the app opens it (no round before the roll call); on the set-up page one
committee member becomes exempt (miễn sinh hoạt); at the roll call another is excused absent and
the exempt one comes: 10 − 1 = 9 convened, 9 present. Nine ballots are keyed by two tellers
(blind double entry), agreed and locked, for the members and for the cells. Every figure is then
read where the chair sees it — the ballot page, the status bar, the script, the results tab, the
announcement, the room screen and every printed document (PDF text) — and compared with `tally`
run on the meeting file the app exports.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from models.database import Database
from models.enums import LEVELS, AttendanceStatus, Level, MemberStatus
from models.roster import Member
from services.ballot.sheets import round_subjects
from services.common.labels import LEVEL_NAMES
from services.meeting_file.store import export_meeting
from tests.helpers import PROJECT_ROOT
from tests.helpers.piles import pile, seed_counts
from tests.helpers.ui import (
    WAIT_MS,
    Boxes,
    fill,
    key_ballots,
    open_documents,
    open_window,
    room_texts,
    save_as,
    start_teller,
)
from ui.agenda import SETUP
from ui.ballot.page import BallotPage
from ui.ballot.tables import ResultModel
from ui.main_window import MainWindow
from ui.pages.announcement import AnnouncementPage
from ui.pages.attendance import AttendancePage
from ui.pages.setup import SetupPage
from ui.tables.attendance import MARKS, AttendanceModel

EXCUSED, EXEMPT = "m05", "m07"  # neither holds a role (chair m01, secretary m04, tellers)
VOTERS = 9
RESULT_COLUMN = ResultModel.HEADERS.index("Kết quả")


def go(window: MainWindow, boxes: Boxes, key: int) -> None:
    """To step `key` as the chair does, going on past what the walk leaves undone."""
    current, _states = window.controller.step_states()
    if key != SETUP and key > current and window.missing_of(current):
        boxes.answers.append(True)
    assert window.go_to(key)


def member_row(window: MainWindow, code: str) -> tuple[int, str]:
    assert window.controller.context is not None
    with window.controller.db.session() as s:
        member = s.scalars(select(Member).where(
            Member.meeting_id == window.controller.context.meeting_id,
            Member.code == code)).one()
        return member.id, member.full_name


def nine_ballots(page: BallotPage, round_code: str) -> list[str]:
    """The first nine ballots of the demo's paper pile, rows in the order of the round."""
    assert page.round_id is not None
    codes = [row.code for row in round_subjects(page.context.db, page.round_id)]
    return pile(seed_counts(round_code), codes)[:VOTERS]


def vote(qtbot: QtBot, page: BallotPage, boxes: Boxes, round_code: str, tellers: int) -> None:
    """Open the round, reconcile, key nine ballots by `tellers` tellers, agree, lock."""
    page.open_button.click()
    assert page.round_id is not None and page.message.text() == ""
    ballots = nine_ballots(page, round_code)
    assert page.reconciliation.voters.text().startswith(
        "Vòng này tính theo điểm danh: số được triệu tập 9; có quyền biểu quyết có mặt 9.")
    form = page.reconciliation
    form.edits["issued"].setText("10")  # ten ballots for nine voters present: refused
    form.edits["returned"].setText("9")
    form.save_button.click()
    assert "Phát ra 10 phiếu, nhiều hơn 9 người có quyền biểu quyết có mặt" in \
        form.messages["issued"].text()
    form.edits["issued"].setText("9")
    form.save_button.click()
    assert form.messages["issued"].text() == "" and form.valid.text() == "9"
    if tellers == 1:
        page.double_entry.click()
    for teller in range(tellers):
        start_teller(qtbot, page, teller)
        key_ballots(qtbot, page, ballots)
    page.tabs.setCurrentIndex(page.DIFFERENCES)
    page.differences.agree_button.click()
    page.tabs.setCurrentIndex(page.RESULT)
    assert page.result.lock_button.isEnabled(), page.result.summary.text()
    boxes.answers.append(True)
    page.result.lock_button.click()
    assert "Đã khóa" in page.result.summary.text()
    assert not page.notice.isVisible()  # the round's figures are the roll call's


def tally(tmp_path: Path, meeting: dict) -> dict:
    """`main.py tally` on the exported meeting file, as anyone outside the app would run it."""
    source, target = tmp_path / "exported.meeting.json", tmp_path / "tally.json"
    source.write_text(json.dumps(meeting, ensure_ascii=False), encoding="utf-8")
    subprocess.run([sys.executable, str(PROJECT_ROOT / "main.py"), "tally", str(source),
                    "--json", str(target)], check=True, cwd=PROJECT_ROOT)
    return json.loads(target.read_text(encoding="utf-8"))


def sentences(result: dict, noun: str) -> list[str]:
    """"13 đảng viên Hoàn thành xuất sắc nhiệm vụ (chiếm 13/67 đảng viên được xếp loại =
    19,4%)" per level with a count."""
    summary = result["summary"]
    total = sum(summary[level.value] for level in LEVELS) + summary["undecided"]
    return [f"{summary[level.value]} {noun} {LEVEL_NAMES[level]} (chiếm {summary[level.value]}/"
            f"{total} {noun} được xếp loại = {summary['percent'][level.value]})"
            for level in LEVELS if summary[level.value]]


def flat(text: str) -> str:
    return " ".join(text.split())


def test_every_screen_and_paper_shows_the_roll_calls_electorate_and_tallys_levels(
        qtbot: QtBot, db: Database, boxes: Boxes, tmp_path: Path) -> None:
    boxes.answers = [True]  # first start: the demo meeting
    window = open_window(qtbot, db)
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.setFixedSize(1366, 768)
    assert window.controller.context is not None
    meeting_id = window.controller.context.meeting_id

    # Set-up: one committee member becomes exempt, through the member dialog.
    go(window, boxes, SETUP)
    setup = window.stack.currentWidget()
    assert isinstance(setup, SetupPage)
    exempt_id, exempt_name = member_row(window, EXEMPT)
    setup.table.selectRow(setup.roster.row_of(exempt_id))
    boxes.answers.append(fill(status=MemberStatus.exempt))
    assert setup.edit_selected()

    # Step 2: one excused absent, everyone else by the bulk mark, which leaves the exempt
    # member to the chair; he is there.
    go(window, boxes, 2)
    attendance = window.stack.currentWidget()
    assert isinstance(attendance, AttendancePage)
    model = attendance.model

    def mark(member_id: int, status: AttendanceStatus) -> None:
        row = next(n for n, e in enumerate(model.rows) if e.member_id == member_id)
        model.setData(model.index(row, AttendanceModel.MARK), MARKS.index(status))

    excused_id, _name = member_row(window, EXCUSED)
    mark(excused_id, AttendanceStatus.absent_excused)
    row = next(n for n, e in enumerate(model.rows) if e.member_id == excused_id)
    model.setData(model.index(row, AttendanceModel.REASON), "Đi công tác")
    window.status.refresh()
    # The exempt member counts once he is there: 10 − 1 excused − 1 exempt not (yet) present.
    assert "Có mặt 0/8 (9 chưa điểm danh)" in window.status.label.text()  # never "0/0"
    window.script_panel.refresh()
    assert "còn 9 đồng chí chưa điểm danh" in window.script_panel.view.toPlainText()
    assert "đủ điều kiện tiến hành hội nghị" not in window.script_panel.view.toPlainText()
    qtbot.mouseClick(attendance.all_present, Qt.MouseButton.LeftButton)
    assert exempt_name in attendance.followed.text()  # not marked in bulk: said so
    assert attendance.missing() == ["Còn 1 người chưa điểm danh."]
    mark(exempt_id, AttendanceStatus.present)
    assert attendance.missing() == []
    assert attendance.derivation.text() == (
        "Triệu tập 10 − vắng có lý do 1 = 9; có mặt 9 ≥ 2/3")
    window.status.refresh()
    assert "Có mặt 9/9 ·" in window.status.label.text()
    window.script_panel.refresh()
    script = flat(window.script_panel.view.toPlainText())
    assert "được triệu tập là 9 đồng chí; có mặt 9 đồng chí" in script
    assert "Hiện diện 9/9 đồng chí ủy viên Ban Chấp hành, đủ điều kiện tiến hành hội nghị." \
        in script

    # Step 3: the approvals by show of hands, out of the nine present.
    go(window, boxes, 3)
    approvals = window.stack.currentWidget()
    qtbot.mouseClick(approvals.unanimous, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    qtbot.mouseClick(approvals.record_all, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert approvals.missing() == []  # type: ignore[attr-defined]

    # Steps 6 and 7: nine ballots, two tellers for the members, one for the cells.
    go(window, boxes, 6)
    members = window.stack.currentWidget()
    assert isinstance(members, BallotPage) and members.round_id is None
    vote(qtbot, members, boxes, "dang-vien", tellers=2)
    go(window, boxes, 7)
    cells = window.stack.currentWidget()
    assert isinstance(cells, BallotPage)
    vote(qtbot, cells, boxes, "chi-bo", tellers=1)

    # The reference: tally on the exported meeting file.
    exported = export_meeting(db, meeting_id)
    assert exported["electorate"] == {"convened": 9, "present": 9}
    reference = {r["id"]: r for r in tally(tmp_path, exported)["rounds"]}
    names = {m["id"]: m["name"] for m in exported["members"]}
    names.update({o["id"]: o["name"] for o in exported["organisations"]})
    member_levels = {names[s["id"]]: s["level"] for s in reference["dang-vien"]["subjects"]}
    cell_levels = {names[s["id"]]: s["level"] for s in reference["chi-bo"]["subjects"]}
    expected = (sentences(reference["dang-vien"], "đảng viên")
                + sentences(reference["chi-bo"], "chi bộ"))
    # The case is in the pile: 5 HTXSNV votes of 9 are more than half of the nine
    # convened, not of ten; over a stale electorate of 10 thirteen members would be rated lower
    # (the file without its attendance marks, which would refuse a declared 10).
    unmarked = [{k: v for k, v in m.items() if k not in ("attendance", "attendance_reason")}
                for m in exported["members"]]
    stale = tally(tmp_path, {**exported, "members": unmarked,
                             "electorate": {"convened": 10, "present": 10}})
    lower = [s["id"] for s in stale["rounds"][0]["subjects"]
             if s["level"] != member_levels[names[s["id"]]]]
    assert len(lower) == 13

    # The results tab shows tally's level for every subject.
    for page, levels in ((members, member_levels), (cells, cell_levels)):
        page.tabs.setCurrentIndex(page.RESULT)
        shown = page.result.model
        assert {shown.cell(r, 1): shown.cell(r, RESULT_COLUMN)
                for r in range(shown.rowCount())} == levels

    # The announcement, the script of step 8, the room screen.
    go(window, boxes, 8)
    announcement = window.stack.currentWidget()
    assert isinstance(announcement, AnnouncementPage)
    text = flat(announcement.view.toPlainText())
    window.script_panel.refresh()
    script = flat(window.script_panel.view.toPlainText())
    room = window.room.open()
    assert room is not None
    room_text = flat("\n".join(room_texts(room)))  # page after page
    for sentence in expected:
        assert sentence in text, sentence
        assert sentence in script, sentence
        assert sentence in room_text, sentence
    window.status.refresh()
    assert "Có mặt 9/9 ·" in window.status.label.text()

    # Every printed document: the electorate 9/9 and the same levels.
    documents = open_documents(qtbot, window)
    printed: dict[str, str] = {}
    with qtbot.waitSignal(documents.preview_ready, timeout=WAIT_MS):
        pass  # the first document's preview, made on opening
    for spec in documents.specs():
        if documents.current_spec() is not spec:
            with qtbot.waitSignal(documents.preview_ready, timeout=WAIT_MS):
                documents.choose(spec)
        path = tmp_path / f"{len(printed)}.pdf"
        boxes.answers.append(save_as(path))
        documents.pdf_button.click()
        qtbot.waitUntil(path.exists, timeout=WAIT_MS)
        printed[f"{spec.title} #{len(printed)}"] = flat(subprocess.run(
            ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True,
            check=True).stdout)
    documents.close()
    reports = [text for title, text in printed.items() if title.startswith("Biên bản kiểm")]
    assert len(reports) >= 2  # one per round (and the group)
    for report in reports:
        assert "Số đảng viên được triệu tập: 9; số đảng viên chính thức có mặt (được bỏ " \
               "phiếu): 9." in report
        assert "Số phiếu phát ra: 9; số phiếu thu vào: 9" in report
    [minutes] = [text for title, text in printed.items() if title.startswith("Biên bản hội")]
    assert "số đảng viên được triệu tập 9; số có quyền biểu quyết có mặt 9" in minutes
    result_sheets = " ".join(text for title, text in printed.items()
                             if title.startswith("Kết quả xếp loại"))
    for sentence in expected:
        assert sentence in minutes, sentence
        assert sentence in result_sheets, sentence
        assert any(sentence in report for report in reports), sentence
    for name, level in member_levels.items():
        if level == Level.HTXSNV.value:
            assert name in result_sheets
    window.room.close()
