"""Issue 8's end-to-end check: the chair walks the whole demo meeting in the main window, from
the set-up page to the closing, with qtbot, as it would be done in the room: the opening and a
guest, attendance, the approvals by show of hands, a draft imported and commented, two individual
reviews (the chair goes on past the others, and that is recorded), both ballot rounds keyed by
the tellers and locked, the announcement, the conclusions and the closing. Afterwards the
database holds all of it and the minutes PDF, saved from the documents window, names it."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from models.ballot import BallotRound
from models.database import Database
from models.enums import CommentKind, Handling, Level, RoleKind, StepState
from models.meeting import AgendaStep, Meeting, RoleAssignment
from models.review import Comment, DraftVersion, IndividualReview
from models.walkthrough import Guest, ProducedDocument
from services.ballot_entry.sheets import round_subjects
from services.proceedings import stored_proceedings
from tests.piles import pile, seed_counts
from tests.review_support import SAMPLE_MD
from tests.ui.ballot.test_ballot_page import (
    key_ballots,
    open_reconciled_round,
    seed_ballots,
    start_teller,
)
from tests.ui.conftest import Boxes, open_window
from tests.ui.documents.test_documents_window import WAIT_MS, open_documents, save_as
from ui.agenda import SETUP
from ui.ballot.page import BallotPage, CellsBallotPage, MembersBallotPage
from ui.main_window import MainWindow
from ui.pages.announcement import AnnouncementPage
from ui.pages.approvals import ApprovalsPage
from ui.pages.attendance import AttendancePage
from ui.pages.closing import ClosingPage
from ui.pages.collective_review import CollectiveReviewPage
from ui.pages.individual_reviews import IndividualReviewsPage
from ui.pages.opening import OpeningPage
from ui.pages.setup import SetupPage
from ui.review import dialogs

LEFT = Qt.MouseButton.LeftButton
CONCLUSION = "Hội nghị đánh giá tập thể Đảng ủy đoàn kết, lãnh đạo hoàn thành tốt nhiệm vụ."


def shown(window: MainWindow, kind: type) -> object:
    page = window.stack.currentWidget()
    assert isinstance(page, kind), (type(page).__name__, kind.__name__)
    return page


def screenshot(window: MainWindow, folder: Path) -> None:
    """The window as the chair leaves the step, kept in the test's folder to be looked at."""
    window.script_panel.refresh()
    window.status.refresh()
    window.grab().save(str(folder / f"step-{window.controller.view}.png"))


def next_step(window: MainWindow, boxes: Boxes, number: int, shots: Path) -> None:
    """Ctrl+PgDown to step `number`; the step left must be complete (no question asked)."""
    screenshot(window, shots)
    asked = len(boxes.seen)
    window.go_next()
    assert len(boxes.seen) == asked, boxes.seen[asked:]
    assert window.heading.text().startswith(f"Bước {number}/9.")


def lock_round_by_keying(qtbot: QtBot, page: BallotPage, ballots: list[str],
                         tellers: int, boxes: Boxes) -> None:
    for teller in range(tellers):
        start_teller(qtbot, page, teller)
        key_ballots(qtbot, page, ballots)
    page.tabs.setCurrentIndex(page.DIFFERENCES)
    assert page.differences.agree_button.isEnabled()
    page.differences.agree_button.click()
    page.tabs.setCurrentIndex(page.RESULT)
    assert page.result.lock_button.isEnabled(), page.result.summary.text()
    boxes.answers.append(True)  # the head teller signs the tellers' report
    page.result.lock_button.click()
    assert boxes.texts()[-1].startswith("Trưởng ban kiểm phiếu ")
    assert "Đã khóa" in page.result.summary.text()
    assert page.missing() == []


def test_the_chair_walks_the_demo_meeting_from_setup_to_closing(
        qtbot: QtBot, db: Database, boxes: Boxes, monkeypatch: pytest.MonkeyPatch,
        tmp_path: Path) -> None:
    boxes.answers = [True]  # first start: open the demo meeting
    window = open_window(qtbot, db)
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.setFixedSize(1366, 768)  # the chair's laptop (the offscreen screen is smaller)
    assert window.controller.context is not None
    meeting_id = window.controller.context.meeting_id
    window.go_to(SETUP)
    shown(window, SetupPage)
    next_step(window, boxes, 1, tmp_path)

    # 1. Opening: the time, the purpose (as suggested), a guest from the superior committee.
    opening = shown(window, OpeningPage)
    assert isinstance(opening, OpeningPage)
    opening.opened_at.edit.setText("07:30")
    opening.opened_at.edit.editingFinished.emit()
    opening.guest_name.setText("Lê Văn Tám")
    opening.guest_position.setText("Phó Bí thư Đảng ủy Khối")
    qtbot.mouseClick(opening.add, LEFT)
    assert opening.missing() == []
    window.script_panel.refresh()
    assert "Kính thưa đồng chí Lê Văn Tám" in window.script_panel.view.toPlainText()
    next_step(window, boxes, 2, tmp_path)

    # 2. Attendance: the ten committee members are present.
    attendance = shown(window, AttendancePage)
    assert isinstance(attendance, AttendancePage)
    qtbot.mouseClick(attendance.all_present, LEFT)
    assert attendance.missing() == []
    next_step(window, boxes, 3, tmp_path)

    # 3. Chair, secretary and tellers approved by one show of hands, 10 of 10.
    approvals = shown(window, ApprovalsPage)
    assert isinstance(approvals, ApprovalsPage)
    qtbot.mouseClick(approvals.unanimous, LEFT)
    qtbot.mouseClick(approvals.record_all, LEFT)
    assert approvals.missing() == []
    next_step(window, boxes, 4, tmp_path)

    # 4. Collective review: the draft imported, a comment recorded and handled, the score.
    collective = shown(window, CollectiveReviewPage)
    assert isinstance(collective, CollectiveReviewPage)
    monkeypatch.setattr(dialogs, "choose_draft_file", lambda _parent: SAMPLE_MD)
    collective.panel.import_file()
    form = collective.panel.form
    form.paragraph.setValue(3)
    form.speaker.setText("vo van an")
    form.kind.setCurrentIndex(form.kind.findData(CommentKind.supplement))
    form.text.setText("Đề nghị bổ sung kết quả phát triển đảng viên.")
    form.save.click()
    assert collective.panel.form_error.text() == ""
    panel = collective.panel
    panel.comment_view.setCurrentIndex(panel.comments.index(0, 0))
    panel.handling.setCurrentIndex(panel.handling.findData(Handling.accepted))
    panel.handling_button.click()
    collective.editor.self_general.set_score(26)
    collective.editor.self_tasks.set_score(62)
    collective.editor.level.set_level(Level.HTTNV)
    collective.editor.save.click()
    assert collective.missing() == []
    next_step(window, boxes, 5, tmp_path)

    # 5. Two individual reviews, the head first; the chair goes on past the other eight.
    reviews = shown(window, IndividualReviewsPage)
    assert isinstance(reviews, IndividualReviewsPage)
    for row, summary in enumerate(("Lãnh đạo toàn diện; cần sâu sát cơ sở hơn.",
                                   "Hoàn thành tốt nhiệm vụ được phân công.")):
        reviews.list.setCurrentIndex(reviews.reviews.index(row))
        reviews.summary.setPlainText(summary)
        reviews.save_summary.click()
        reviews.done.click()
    assert reviews.missing()[0].startswith("Còn 8 đồng chí chưa kiểm điểm xong")
    boxes.answers = [True]
    screenshot(window, tmp_path)
    window.go_next()
    assert "Còn 8 đồng chí chưa kiểm điểm xong" in boxes.texts()[-1]

    # 6. The members' round, opened after the roll call (the demo holds none before it): two
    # tellers key the paper pile, agree, the head teller locks.
    members = shown(window, MembersBallotPage)
    assert isinstance(members, MembersBallotPage) and members.round_id is None
    open_reconciled_round(members)
    lock_round_by_keying(qtbot, members, seed_ballots(members), tellers=2, boxes=boxes)
    next_step(window, boxes, 7, tmp_path)

    # 7. The cells' round: one teller keys it (double entry switched off), then the lock.
    cells = shown(window, CellsBallotPage)
    assert isinstance(cells, CellsBallotPage)
    open_reconciled_round(cells)
    assert cells.round_id is not None
    cells.double_entry.click()
    codes = [row.code for row in round_subjects(db, cells.round_id)]
    lock_round_by_keying(qtbot, cells, pile(seed_counts("chi-bo"), codes), tellers=1,
                         boxes=boxes)
    next_step(window, boxes, 8, tmp_path)

    # 8. The announcement: the locked results, the quota check, nothing left to decide.
    announcement = shown(window, AnnouncementPage)
    assert isinstance(announcement, AnnouncementPage)
    text = announcement.view.toPlainText()
    assert ("13 đảng viên Hoàn thành xuất sắc nhiệm vụ"
            " (chiếm 13/67 đảng viên được xếp loại = 19,4%)") in text
    assert "1 chi bộ Hoàn thành xuất sắc nhiệm vụ (chiếm 1/8 chi bộ được xếp loại = 12,5%)" in text
    assert announcement.missing() == []
    window.script_panel.refresh()
    assert "Kết quả đánh giá, xếp loại đảng viên:" in window.script_panel.view.toPlainText()
    next_step(window, boxes, 9, tmp_path)

    # 9. Conclusions typed, the minutes adopted 10 of 10, the closing time.
    closing = shown(window, ClosingPage)
    assert isinstance(closing, ClosingPage)
    closing.conclusions.setPlainText(CONCLUSION)
    closing.commitments.setPlainText("Khắc phục hạn chế trong quý I năm 2022.")
    qtbot.mouseClick(closing.save_conclusions, LEFT)
    qtbot.mouseClick(closing.unanimous, LEFT)
    qtbot.mouseClick(closing.record_vote, LEFT)
    closing.closed_at.edit.setText("11:05")
    closing.closed_at.edit.editingFinished.emit()
    assert closing.missing() == []

    # The minutes, made by the documents window as the chair would, saved as PDF.
    minutes_pdf = tmp_path / "bien-ban-hoi-nghi.pdf"
    documents = open_documents(qtbot, window)
    with qtbot.waitSignal(documents.preview_ready, timeout=WAIT_MS):
        pass
    boxes.answers.append(save_as(minutes_pdf))
    documents.pdf_button.click()
    assert minutes_pdf.exists()
    documents.close()
    window.status.refresh()
    assert window.status.label.text().endswith(
        "Vòng: Xếp loại đảng viên đã khóa; Xếp loại tổ chức đảng đã khóa · Tài liệu đã xuất: 1 "
        "· Chuyển bước khi còn thiếu: bước 5")
    assert "Còn 8 đồng chí chưa kiểm điểm xong" in window.status.label.toolTip()
    screenshot(window, tmp_path)

    # Afterwards the database holds all of it ...
    with db.session() as s:
        meeting = s.get_one(Meeting, meeting_id)
        assert meeting.current_step == 9
        steps = {step.number: step for step in s.scalars(select(AgendaStep))}
        assert [steps[n].state for n in range(1, 10)] == [StepState.done] * 8 + [
            StepState.current]
        assert steps[5].overridden_missing.startswith("Còn 8 đồng chí chưa kiểm điểm xong")
        assert all(steps[n].overridden_missing == "" for n in (1, 2, 3, 4, 6, 7, 8))
        roles = s.scalars(select(RoleAssignment)).all()
        assert len(roles) == 5 and all(r.approved and r.votes_for == 10 for r in roles)
        assert [r.name for r in roles if r.role is RoleKind.teller and r.is_head] == ["Võ Văn An"]
        assert s.scalars(select(Guest.name)).all() == ["Lê Văn Tám"]
        assert len(s.scalars(select(DraftVersion)).all()) == 1
        comment = s.scalars(select(Comment)).one()
        assert (comment.speaker_name, comment.handling) == ("Võ Văn An", Handling.accepted)
        done = s.scalars(select(IndividualReview).where(IndividualReview.done.is_(True))).all()
        assert sorted(r.member.full_name for r in done) == ["Nguyễn Công Việt", "Thái Thanh Yến"]
        rounds = s.scalars(select(BallotRound)).all()
        assert sorted((r.code, r.locked, r.locked_by) for r in rounds) == [
            ("chi-bo", True, "Võ Văn An"), ("dang-vien", True, "Võ Văn An")]
        record = stored_proceedings(s, meeting_id)
        assert record is not None
        assert (record.opened_at, record.closed_at) == (dt.time(7, 30), dt.time(11, 5))
        assert record.conclusions == CONCLUSION and record.minutes_adopted
        assert (record.minutes_votes_for, record.minutes_votes_against) == (10, 0)
        assert s.scalars(select(ProducedDocument.kind)).all() == ["minutes"]

    # ... and the minutes name it.
    minutes = " ".join(subprocess.run(["pdftotext", str(minutes_pdf), "-"], capture_output=True,
                                      text=True, check=True).stdout.split())
    for expected in ("bắt đầu hồi 07 giờ 30", "Khách mời: đồng chí Lê Văn Tám, Phó Bí thư",
                     "Chủ trì hội nghị: đồng chí Nguyễn Công Việt",
                     "Thư ký hội nghị: đồng chí Bùi Văn Toàn",
                     "trưởng ban: đồng chí Võ Văn An",
                     "Tự chấm điểm: 26/30 + 62/70 = 88/100",
                     "Đồng chí Võ Văn An – bổ sung: Đề nghị bổ sung kết quả phát triển đảng viên.",
                     "2.1. Đồng chí Nguyễn Công Việt", "Lãnh đạo toàn diện; cần sâu sát cơ sở hơn.",
                     "2.2. Đồng chí Thái Thanh Yến", "Hoàn thành tốt nhiệm vụ được phân công.",
                     "13 đảng viên Hoàn thành xuất sắc nhiệm vụ"
                     " (chiếm 13/67 đảng viên được xếp loại = 19,4%)",
                     "1 chi bộ Hoàn thành xuất sắc nhiệm vụ"
                     " (chiếm 1/8 chi bộ được xếp loại = 12,5%)",
                     CONCLUSION, "Cam kết khắc phục: Khắc phục hạn chế trong quý I năm 2022.",
                     "kết thúc hồi 11 giờ 05"):
        assert expected in minutes, expected
    assert "DỰ THẢO" not in minutes  # every round is locked: the minutes are final
