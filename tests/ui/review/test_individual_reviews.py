"""The individual reviews page: regulation order, reordering, self-assessment, summary or
document, comments of members and of the committee, done mark."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from models.enums import CommentKind, DraftKind, Level
from models.review import Comment, Draft, IndividualReview
from models.roster import Member
from services.meeting.assessments import self_total
from tests.helpers import SAMPLES
from ui.context import MeetingContext
from ui.pages.individual_reviews import IndividualReviewsPage


def make_page(qtbot: QtBot, context: MeetingContext) -> IndividualReviewsPage:
    page = IndividualReviewsPage(context)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    return page


def test_members_are_listed_head_first_and_can_be_reordered_by_keyboard(
        qtbot: QtBot, context: MeetingContext, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    page = make_page(qtbot, context)
    rows = page.reviews.rows
    assert [r.position for r in rows[:3]] == ["Bí thư Đảng ủy", "Phó Bí thư Đảng ủy",
                                             "Đảng ủy viên"]
    assert len(rows) == 10  # the committee; the other members review at their cells
    assert page.header.text().startswith("1. Đồng chí Nguyễn Công Việt")
    qtmodeltester.check(page.reviews)

    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    page.list.setFocus()
    third = rows[2].name
    page.list.setCurrentIndex(page.reviews.index(2))
    qtbot.keyClick(page.list, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert page.reviews.rows[1].name == third
    assert page.header.text().startswith(f"2. Đồng chí {third}")
    with context.session() as s:
        orders = {r.member.full_name: r.sort_order for r in s.scalars(select(IndividualReview))}
    assert orders[third] == 2


def test_self_assessment_summary_and_done_are_saved(qtbot: QtBot,
                                                    context: MeetingContext) -> None:
    page = make_page(qtbot, context)
    page.list.setCurrentIndex(page.reviews.index(1))
    member_id = page.member_id
    page.score.set_score(87)
    page.rating.set_level(Level.HTTNV)
    page.record_assessment()
    page.summary.setPlainText("Ưu điểm: hoàn thành tốt nhiệm vụ được giao.")
    page.record_summary()
    page.done.click()
    with context.session() as s:
        member = s.get(Member, member_id)
        review = s.scalars(select(IndividualReview).where(
            IndividualReview.member_id == member_id)).one()
        assert (self_total(member), member.self_rating) == (87, Level.HTTNV)
        assert (review.summary, review.done) == ("Ưu điểm: hoàn thành tốt nhiệm vụ được giao.",
                                                 True)
    assert page.reviews.rows[1].done
    assert "✓" in page.reviews.data(page.reviews.index(1))
    gaps = page.missing()
    assert len(gaps) == 1 and "Còn 9 đồng chí" in gaps[0]


def test_each_member_has_his_own_document_and_comments(
        qtbot: QtBot, context: MeetingContext, choose: list[Path]) -> None:
    page = make_page(qtbot, context)
    page.list.setCurrentIndex(page.reviews.index(0))
    form = page.panel.form
    assert form.committee.isVisibleTo(page)
    form.committee.setChecked(True)
    form.kind.setCurrentIndex(form.kind.findData(CommentKind.agree))
    form.text.setText("Cấp ủy thống nhất với tự xếp loại.")
    form.save.click()  # a typed-summary review: a comment on the whole, no document needed
    assert page.panel.form_error.text() == ""

    page.list.setCurrentIndex(page.reviews.index(2))
    choose.append(SAMPLES / "bao-cao-utf16.txt")
    page.panel.import_file()
    assert len(page.panel.paragraphs.rows) == 26
    form.paragraph.setValue(5)
    form.speaker.setText("thai thanh hang")
    form.kind.setCurrentIndex(form.kind.findData(CommentKind.supplement))
    form.text.setText("Nêu rõ hơn kết quả phụ trách chi bộ.")
    form.save.click()
    assert page.panel.comments.rowCount() == 1

    page.list.setCurrentIndex(page.reviews.index(0))
    assert page.panel.paragraphs.rowCount() == 0
    assert [r.speaker for r in page.panel.comments.rows] == ["Cấp ủy"]
    with context.session() as s:
        drafts = s.scalars(select(Draft).where(Draft.kind == DraftKind.individual)).all()
        assert len(drafts) == 2
        comments = s.scalars(select(Comment).order_by(Comment.seq)).all()
        assert [(c.by_committee, c.draft.member.full_name) for c in comments] == [
            (True, page.reviews.rows[0].name), (False, page.reviews.rows[2].name)]


def test_a_typed_summary_is_kept_when_another_member_is_chosen(
        qtbot: QtBot, context: MeetingContext) -> None:
    page = make_page(qtbot, context)
    first = page.reviews.rows[0]
    page.summary.setPlainText("Hạn chế: chưa sâu sát cơ sở.")
    page.list.setCurrentIndex(page.reviews.index(1))
    page.list.setCurrentIndex(page.reviews.index(0))
    assert page.summary.toPlainText() == "Hạn chế: chưa sâu sát cơ sở."
    with context.session() as s:
        assert s.get(IndividualReview, first.review_id).summary == "Hạn chế: chưa sâu sát cơ sở."
