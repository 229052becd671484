"""The collective review page: import, versions, keyboard comments, handling, filters, outputs."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from models.enums import CommentKind, Handling, Level
from models.review import CollectiveReview, Comment, DraftVersion
from services.review.drafts.reading import read_draft_file
from services.review.reviews import collective_assessment
from services.rules.types import Score
from tests.helpers import SAMPLE_MD, SAMPLES
from tests.helpers.office_draft import office_draft
from tests.helpers.review import add_member
from ui.context import MeetingContext
from ui.i18n import Translations
from ui.pages.collective_review import CollectiveReviewPage
from ui.review import dialogs
from ui.review.models import CommentModel, ParagraphModel
from ui.review.table_cells import TableCellDelegate

KIND_KEYS = {CommentKind.agree: "1", CommentKind.supplement: "2", CommentKind.amend: "3",
             CommentKind.disagree: "4", CommentKind.question: "5"}


@pytest.fixture
def page(qtbot: QtBot, context: MeetingContext, choose: list[Path],
         errors: list[str]) -> CollectiveReviewPage:
    widget = CollectiveReviewPage(context)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    choose.append(SAMPLE_MD)
    widget.panel.import_file()
    return widget


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def type_keys(qtbot: QtBot, text: str) -> None:
    """Type into the focused widget. QTest only maps ASCII to keys; other characters arrive as
    a key event carrying the text, as a Vietnamese keyboard layout sends them."""
    for char in text:
        if char.isascii():
            qtbot.keyClick(focused(), char)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(focused(), QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier,
                                                            char))


def enter(qtbot: QtBot) -> None:
    qtbot.keyClick(focused(), Qt.Key.Key_Return)


def test_thirty_comments_recorded_with_the_keyboard_only(
        qtbot: QtBot, page: CollectiveReviewPage, context: MeetingContext) -> None:
    add_member(context.db, context.meeting_id, "Huỳnh Thị Ngọc Bích")
    page.refresh()
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    form = page.panel.form
    page.panel.comment_view.setFocus()
    qtbot.keyClick(focused(), Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert focused() is form.paragraph.lineEdit() or focused() is form.paragraph
    speakers = ["huynh", "thai thanh yen", "vo van an", "bui van toan", "hoang ngoc phong",
                "le thanh hai"]
    names = ["Huỳnh Thị Ngọc Bích", "Thái Thanh Yến", "Võ Văn An", "Bùi Văn Toàn",
             "Hoàng Ngọc Phong", "Lê Thanh Hải"]
    expected = []
    for n in range(30):
        paragraph = (n * 7) % 26 + 1
        kind = list(CommentKind)[n % 5]
        type_keys(qtbot, str(paragraph))
        enter(qtbot)
        assert focused() is form.speaker
        type_keys(qtbot, speakers[n % 6])
        if n % 3 == 0:  # pick from the completer's list
            qtbot.waitUntil(form.speaker.popup_visible)
            qtbot.keyClick(form.speaker.completer().popup(), Qt.Key.Key_Down)
            qtbot.keyClick(form.speaker.completer().popup(), Qt.Key.Key_Return)
            assert focused() is form.speaker  # the name taken; the next Enter goes on
            assert form.speaker.text() == names[n % 6]
        enter(qtbot)
        assert focused() is form.kind
        type_keys(qtbot, KIND_KEYS[kind])
        enter(qtbot)
        assert focused() is form.text
        type_keys(qtbot, f"Ý kiến thứ {n + 1}: đề nghị làm rõ số liệu")
        enter(qtbot)
        if kind is CommentKind.amend:
            assert focused() is form.proposed
            type_keys(qtbot, f"Câu chữ sửa {n + 1}")
            enter(qtbot)
        assert page.panel.form_error.text() == ""
        expected.append((n + 1, paragraph, names[n % 6], kind))

    with context.session() as s:
        comments = s.scalars(select(Comment).order_by(Comment.seq)).all()
        recorded = [(c.seq, c.paragraph.number, c.speaker_name, c.kind) for c in comments]
        assert recorded == expected
        assert all(c.speaker_id is not None for c in comments)
        assert comments[2].proposed == "Câu chữ sửa 3"
        assert comments[0].text == "Ý kiến thứ 1: đề nghị làm rõ số liệu"
    assert page.panel.comments.rowCount() == 30


def test_a_comment_on_a_selected_span_quotes_it(
        qtbot: QtBot, page: CollectiveReviewPage, context: MeetingContext) -> None:
    form = page.panel.form
    form.paragraph.setValue(13)
    viewer = page.panel.paragraph_text
    text = viewer.toPlainText()
    start = text.index("4,2 tỷ đồng")
    cursor = viewer.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(start + len("4,2 tỷ đồng"), QTextCursor.MoveMode.KeepAnchor)
    viewer.setTextCursor(cursor)
    assert "4,2 tỷ đồng" in form.span_label.text()
    form.speaker.setText("ngo van hieu")
    form.kind.setCurrentIndex(form.kind.findData(CommentKind.amend))
    assert form.proposed.isEnabled()
    form.text.setText("Theo số quyết toán.")
    form.proposed.setText("4,25 tỷ đồng")
    form.save.click()
    with context.session() as s:
        comment = s.scalars(select(Comment)).one()
        assert (comment.quoted, comment.proposed, comment.speaker_name) == (
            "4,2 tỷ đồng", "4,25 tỷ đồng", "Ngô Văn Hiếu")
        assert comment.paragraph.text[comment.span_start:comment.span_end] == "4,2 tỷ đồng"


def test_a_guest_and_an_ambiguous_name(page: CollectiveReviewPage,
                                       context: MeetingContext) -> None:
    form = page.panel.form
    form.speaker.setText("dat")  # Bùi Ngọc Đạt, Võ Đức Đạt
    form.text.setText("Ý kiến")
    form.kind.setCurrentIndex(1)
    form.save.click()
    assert "nhiều người" in page.panel.form_error.text()
    form.speaker.setText("Đ/c Lê Văn Hòa, Đảng ủy Khối")
    form.save.click()
    assert page.panel.form_error.text() == ""
    assert page.panel.comments.rows[0].speaker == "Đ/c Lê Văn Hòa, Đảng ủy Khối (khách mời)"
    assert page.panel.comments.rows[0].paragraph == "Chung"


def test_new_version_keeps_comments_and_shows_what_changed(
        qtbot: QtBot, page: CollectiveReviewPage, context: MeetingContext, choose: list[Path],
        tmp_path: Path) -> None:
    form = page.panel.form
    form.paragraph.setValue(7)
    form.speaker.setText("vo van an")
    form.kind.setCurrentIndex(form.kind.findData(CommentKind.supplement))
    form.text.setText("Bổ sung phần đạo đức.")
    form.save.click()
    lines = SAMPLE_MD.read_text(encoding="utf-8").split("\n\n")
    lines.insert(3, "Đoạn mở đầu mới của phiên bản 2.")
    second = tmp_path / "du-thao-2.md"
    second.write_text("\n\n".join(lines), encoding="utf-8")
    choose.append(second)
    page.panel.import_file()
    panel = page.panel
    assert panel.version.count() == 2 and panel.version.currentData() == 2
    assert "1 đoạn mới" in panel.status.text() and "Đã nhập phiên bản 2" in panel.status.text()
    assert panel.comments.rows[0].paragraph == "7 (pb 1)"
    eighth = panel.paragraphs.rows[7]
    assert eighth.comment_count == 1 and eighth.text.startswith("2. Về phẩm chất")
    assert panel.paragraphs.data(panel.paragraphs.index(3, ParagraphModel.TEXT),
                                 Qt.ItemDataRole.BackgroundRole) is not None
    panel.version.setCurrentIndex(0)
    panel.version.activated.emit(0)
    assert panel.comments.rows[0].paragraph == "7"
    with context.session() as s:
        comment = s.scalars(select(Comment)).one()
        assert (comment.version.number, comment.paragraph.number) == (1, 7)


@pytest.mark.parametrize("name", ["cu-word-97.doc", "hong.docx", "trong.txt"])
def test_bad_files_show_a_message_and_store_nothing(
        qtbot: QtBot, context: MeetingContext, choose: list[Path], errors: list[str],
        name: str) -> None:
    page = CollectiveReviewPage(context)
    qtbot.addWidget(page)
    choose.append(SAMPLES / name)
    page.panel.import_file()
    assert len(errors) == 1 and name in errors[0]
    with context.session() as s:
        assert s.scalars(select(DraftVersion)).all() == []
    assert "Chưa nhập dự thảo báo cáo kiểm điểm." in page.missing()


def test_handling_filters_and_outputs(
        page: CollectiveReviewPage, context: MeetingContext, monkeypatch: pytest.MonkeyPatch,
        tmp_path: Path) -> None:
    panel = page.panel
    form = panel.form
    for number, typed, kind in ((5, "thai thanh yen", CommentKind.agree),
                                (8, "vo van an", CommentKind.question),
                                (8, "le thanh hai", CommentKind.supplement)):
        form.paragraph.setValue(number)
        form.speaker.setText(typed)
        form.kind.setCurrentIndex(form.kind.findData(kind))
        form.text.setText(f"Ý kiến về đoạn {number}")
        form.save.click()
    panel.comment_view.setCurrentIndex(panel.comments.index(1, CommentModel.TEXT))
    panel.handling.setCurrentIndex(panel.handling.findData(Handling.noted))
    panel.handling_note.setText("Trả lời tại hội nghị")
    panel.handling_note.returnPressed.emit()
    assert panel.comments.rows[1].handling is Handling.noted
    assert "Còn 2 ý kiến chưa xử lý." in page.missing()

    panel.kind_filter.setCurrentIndex(panel.kind_filter.findData(CommentKind.question))
    assert [r.seq for r in panel.comments.rows] == [2]
    panel.kind_filter.setCurrentIndex(0)
    panel.handling_filter.setCurrentIndex(panel.handling_filter.findData("unhandled"))
    assert [r.seq for r in panel.comments.rows] == [1, 3]
    panel.handling_filter.setCurrentIndex(0)
    panel.speaker_filter.setText("hai")
    assert [r.seq for r in panel.comments.rows] == [3]
    panel.speaker_filter.clear()
    form.paragraph.setValue(8)
    panel.only_paragraph.setChecked(True)
    assert [r.seq for r in panel.comments.rows] == [2, 3]
    panel.only_paragraph.setChecked(False)

    targets = iter([tmp_path / "tong-hop", tmp_path / "sua.docx"])
    monkeypatch.setattr(dialogs, "choose_save_path", lambda *_args: next(targets))
    panel.export_digest()
    lines = [p.text for p in docx.Document(str(tmp_path / "tong-hop")).paragraphs]
    assert "Đoạn 8 (phiên bản 1)" in lines
    assert any(line.startswith("2. Võ Văn An – Câu hỏi") for line in lines)
    panel.export_revised()
    assert (tmp_path / "sua.docx").exists()


def test_the_collective_score_is_recorded_and_checked(
        page: CollectiveReviewPage, context: MeetingContext) -> None:
    page.editor.self_general.set_score(27)
    page.editor.self_tasks.set_score(55)
    assert page.editor.self_total.text() == "= 82/100 (HTTNV)"
    page.editor.level.set_level(Level.HTXSNV)
    page.record_score()
    assert "cao hơn khung điểm (82 điểm thuộc mức Hoàn thành tốt nhiệm vụ)" in \
        page.score_message.text()
    page.limit.setValue(3)
    page.record_limit()
    with context.session() as s:
        review = s.scalars(select(CollectiveReview)).one()
        assessment = collective_assessment(s, context.meeting_id)
        assert (assessment.self_score, assessment.self_level,
                review.speaking_limit_seconds) == (Score(27, 55), Level.HTXSNV, 180)
    assert page.timer.clock.limit_seconds == 180
    assert not any("điểm" in gap for gap in page.missing())


def test_models_pass_the_model_tester(qtmodeltester, page: CollectiveReviewPage) -> None:  # type: ignore[no-untyped-def]
    page.panel.form.speaker.setText("vo van an")
    page.panel.form.text.setText("Ý kiến")
    page.panel.form.kind.setCurrentIndex(2)
    page.panel.form.save.click()
    qtmodeltester.check(page.panel.paragraphs)
    qtmodeltester.check(page.panel.comments)


def test_the_sample_draft_is_what_the_page_shows(page: CollectiveReviewPage) -> None:
    blocks = read_draft_file(SAMPLE_MD).blocks
    assert [r.text for r in page.panel.paragraphs.rows] == [b.text for b in blocks]


def test_a_word_draft_keeps_its_list_numbers_and_shows_its_table_as_a_table(
        qtbot: QtBot, context: MeetingContext, choose: list[Path], tmp_path: Path) -> None:
    page = CollectiveReviewPage(context)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    choose.append(office_draft(tmp_path / "bao-cao.docx"))
    page.panel.import_file()
    panel = page.panel
    texts = [row.text for row in panel.paragraphs.rows]
    assert texts[1:4] == ["1. Công tác chính trị tư tưởng được quan tâm.",
                          "a) Tổ chức học tập nghị quyết đầy đủ.",
                          "b) Sinh hoạt chuyên đề hằng quý."]
    page.show()
    view = panel.paragraph_view
    table, plain = panel.paragraphs.index(6, ParagraphModel.TEXT), panel.paragraphs.index(
        7, ParagraphModel.TEXT)
    # three rows of ruled cells, so the row is three lines high, where a paragraph is one
    assert view.rowHeight(6) >= 3 * view.rowHeight(7) - 4
    delegate = view.itemDelegateForColumn(ParagraphModel.TEXT)
    assert isinstance(delegate, TableCellDelegate)
    assert table.data().split("\n")[1].split("\t") == ["Thu ngân sách (tỷ đồng)", "4,2", "4,5"]
    assert "\t" not in plain.data()
    view.scrollTo(table)
    view.grab().save(str(tmp_path / "bang.png"))
    panel.form.paragraph.setValue(7)  # the table in full below, cells in tab-separated columns
    assert panel.paragraph_text.toPlainText() == table.data()
def test_yen_offers_the_given_name_first_and_enter_takes_it_without_going_on(
        qtbot: QtBot, page: CollectiveReviewPage, context: MeetingContext) -> None:
    """Issue 13: "yen" ranked Võ Thị Hồng Quyên first, and Enter in the suggestions also jumped
    on, so that the next keys landed in other fields (a comment "2" was saved)."""
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    form = page.panel.form
    form.speaker.setFocus()
    type_keys(qtbot, "yen")
    qtbot.waitUntil(form.speaker.popup_visible)
    popup = form.speaker.completer().popup()
    offered = [popup.model().index(row, 0).data() for row in range(popup.model().rowCount())]
    assert offered[0].startswith("Thái Thanh Yến")
    assert any(name.startswith("Võ Thị Hồng Quyên") for name in offered[1:])
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert focused() is form.speaker and form.speaker.text() == "Thái Thanh Yến"
    assert not form.speaker.popup_visible()
    type_keys(qtbot, "2")  # a quick key after the Enter stays in the speaker field
    enter(qtbot)
    assert focused() is form.kind and form.text.text() == ""
    with context.session() as s:
        assert s.scalars(select(Comment)).all() == []


def test_the_draft_is_named_in_the_windows_language(page: CollectiveReviewPage) -> None:
    """The English window named the draft "Dự thảo báo cáo kiểm điểm tập thể" (its stored
    title, which the papers print)."""
    assert page.panel.title.text() == "Dự thảo báo cáo kiểm điểm tập thể"
    english = Translations()
    english.install("en")
    try:
        page.panel.refresh()
        assert page.panel.title.text() == "Draft collective review report"
    finally:
        english.install("vi")


def test_importing_versions_keeps_the_paragraphs_where_they_were(
        qtbot: QtBot, context: MeetingContext, choose: list[Path], tmp_path: Path) -> None:
    """After a newcomer's second version the two-line "So với phiên bản 1: …" pushed the
    paragraphs and the comment form 14 px down."""
    page = CollectiveReviewPage(context)
    qtbot.addWidget(page)
    page.resize(1104, 660)
    page.show()
    qtbot.waitExposed(page)

    def where() -> tuple[QPoint, QPoint]:
        QApplication.processEvents()
        return (page.panel.paragraph_view.mapTo(page, QPoint(0, 0)),
                page.panel.form.save.mapTo(page, QPoint(0, 0)))

    before = where()
    choose.append(SAMPLE_MD)
    page.panel.import_file()
    second = tmp_path / "du-thao-2.md"
    second.write_text(SAMPLE_MD.read_text(encoding="utf-8") + "\n\nMột đoạn mới.",
                      encoding="utf-8")
    choose.append(second)
    page.panel.import_file()
    assert "So với phiên bản 1" in page.panel.status.text()
    assert where() == before
