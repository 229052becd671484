"""A draft beside its comments: the version's numbered paragraphs on the left (the selected one
in full below, where a span can be selected), the comment form, filters, list and handling on the
right; import, new version and the .docx outputs on top.

Both review pages use it: the collective report (step 4) and each member's self-review (step 5).
Every action is one short session, committed at once (audited), then the panel reloads.

Signals:
    speaker_chosen(str): forwarded from the form (the speaking timer follows the speaker).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from models.enums import CommentKind, DraftKind, Handling
from models.review import Comment, Draft
from services.documents.meeting_info import meeting_info
from services.review.drafts.comments import (
    CommentEntry,
    CommentFilter,
    add_comment,
    delete_comment,
    draft_comments,
    edit_comment,
    filter_comments,
    set_handling,
)
from services.review.drafts.digest import build_digest
from services.review.drafts.docx_output import write_digest_docx, write_revised_docx
from services.review.drafts.errors import DraftError
from services.review.drafts.reading import SourceDocument, read_draft_file, read_pasted_text
from services.review.drafts.revision import revise
from services.review.drafts.speakers import meeting_speakers
from services.review.drafts.versions import Change, import_version, version_changes
from ui.context import MeetingContext
from ui.labels import handling_label, label
from ui.review import dialogs
from ui.review.comment_form import CommentForm
from ui.review.fields import NO_CHOICE
from ui.review.models import (
    ID_ROLE,
    CommentModel,
    ParagraphModel,
    comment_counts,
    comment_rows,
    paragraph_rows,
)
from ui.review.table_cells import TableCellDelegate
from ui.shortcuts import WIDGET_ONLY, WITH_CHILDREN, local_shortcut
from ui.tables.accents import give_accents_room
from ui.widgets.reserved import message_label

UNHANDLED = "unhandled"


def python_offset(text: str, utf16_offset: int) -> int:
    """Qt counts positions in UTF-16 units; Python in code points."""
    return len(text.encode("utf-16-le")[: 2 * utf16_offset].decode("utf-16-le", errors="ignore"))


class DraftPanel(QWidget):
    speaker_chosen = Signal(str)

    def __init__(self, context: MeetingContext, find_draft: Callable[[Session], Draft | None],
                 make_draft: Callable[[Session], Draft], with_committee: bool = False,
                 parent: QWidget | None = None, status_lines: int = 1) -> None:
        super().__init__(parent)
        self.context = context
        self.find_draft = find_draft
        self.make_draft = make_draft
        self.shown_version: int | None = None  # None: the latest
        self.latest_version: int | None = None
        self.shown_number: int | None = None  # the version on screen
        self._build(with_committee, status_lines)

    # --- layout -----------------------------------------------------------------------------

    def _build(self, with_committee: bool, status_lines: int) -> None:
        self.title = QLabel(self)
        self.title.setStyleSheet("font-weight: bold;")
        self.version = QComboBox(self)
        self.version.setMinimumContentsLength(24)
        self.version.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.import_button = QPushButton(self.tr("Nhập dự thảo…"), self)
        self.paste_button = QPushButton(self.tr("Dán văn bản…"), self)
        self.digest_button = QPushButton(self.tr("Xuất tổng hợp ý kiến…"), self)
        self.revised_button = QPushButton(self.tr("Xuất dự thảo đã sửa…"), self)
        # "Đã nhập phiên bản 2 …: So với phiên bản 1: …" takes two lines; where the page has
        # the room (`status_lines` 2) they are kept, so that the paragraphs never move down
        self.status = message_label(status_lines, self)

        self.paragraphs = ParagraphModel()
        self.paragraph_view = QTableView(self)
        self.paragraph_view.setModel(self.paragraphs)
        self._table_look(self.paragraph_view, ParagraphModel.TEXT)
        self.paragraph_view.setItemDelegateForColumn(ParagraphModel.TEXT,
                                                     TableCellDelegate(self.paragraph_view))
        for column in (ParagraphModel.NUMBER, ParagraphModel.COMMENTS):
            self.paragraph_view.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents)
        self.paragraph_text = QPlainTextEdit(self)
        self.paragraph_text.setReadOnly(True)
        self.paragraph_text.setMaximumHeight(110)
        self.paragraph_text.setPlaceholderText(
            self.tr("Chọn một đoạn; bôi đen câu chữ để góp ý vào đúng chỗ đó."))

        self.form = CommentForm(with_committee, self)
        self.form_error = message_label(1, self)
        self.form_error.setStyleSheet("color: #b00020;")

        self.only_paragraph = QCheckBox(self.tr("Chỉ đoạn đang chọn"), self)
        self.speaker_filter = QLineEdit(self)
        self.speaker_filter.setPlaceholderText(self.tr("Lọc theo tên"))
        self.kind_filter = QComboBox(self)
        self.kind_filter.addItem(self.tr("Mọi loại"), NO_CHOICE)
        for kind in CommentKind:
            self.kind_filter.addItem(label(kind), kind)
        self.handling_filter = QComboBox(self)
        self.handling_filter.addItem(self.tr("Mọi cách xử lý"), NO_CHOICE)
        self.handling_filter.addItem(handling_label(None), UNHANDLED)
        for handling in Handling:
            self.handling_filter.addItem(label(handling), handling)

        self.comments = CommentModel()
        self.comment_view = QTableView(self)
        self.comment_view.setModel(self.comments)
        self._table_look(self.comment_view, CommentModel.TEXT)
        # The short columns as wide as what they hold, the comment's text all the rest (a
        # fixed 450 px for the others left it a word per line on a narrow panel).
        comment_header = self.comment_view.horizontalHeader()
        for column in (CommentModel.SEQ, CommentModel.PARAGRAPH, CommentModel.SPEAKER,
                       CommentModel.KIND, CommentModel.HANDLING):
            comment_header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

        self.handling = QComboBox(self)
        self.handling.addItem(handling_label(None), NO_CHOICE)
        for number, handling in enumerate(Handling, 1):
            self.handling.addItem(f"{number} – {label(handling)}", handling)
        self.handling_note = QLineEdit(self)
        self.handling_note.setPlaceholderText(self.tr("Ghi chú xử lý"))
        for edit in (self.speaker_filter, self.handling_note):  # what to type, never cut
            edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance(edit.placeholderText())
                                 + 4 * edit.fontMetrics().averageCharWidth())
        self.handling_button = QPushButton(self.tr("Ghi xử lý"), self)
        self.edit_button = QPushButton(self.tr("Sửa"), self)
        self.delete_button = QPushButton(self.tr("Xóa"), self)

        # The draft, its version and what was done on one line, the actions on the next: on
        # one line they pushed the page wider than the laptop's screen in English.
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addWidget(self.version)
        top.addWidget(self.status, 1)
        actions = QHBoxLayout()
        for button in (self.import_button, self.paste_button, self.digest_button,
                       self.revised_button):
            actions.addWidget(button)
        actions.addStretch(1)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.paragraph_view, 1)
        left_layout.addWidget(self.paragraph_text)

        filters = QHBoxLayout()
        filters.addWidget(self.only_paragraph)
        filters.addWidget(self.speaker_filter, 1)
        filters.addWidget(self.kind_filter)
        filters.addWidget(self.handling_filter)
        handling_row = QHBoxLayout()
        handling_row.addWidget(self.handling)
        handling_row.addWidget(self.handling_note, 1)
        handling_row.addWidget(self.handling_button)
        handling_row.addWidget(self.edit_button)
        handling_row.addWidget(self.delete_button)

        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.form)
        right_layout.addWidget(self.form_error)
        right_layout.addLayout(filters)
        right_layout.addWidget(self.comment_view, 1)
        right_layout.addLayout(handling_row)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([500, 640])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(actions)
        layout.addWidget(self.splitter, 1)

        self.version.activated.connect(self._version_chosen)
        self.import_button.clicked.connect(self.import_file)
        self.paste_button.clicked.connect(self.import_pasted)
        self.digest_button.clicked.connect(self.export_digest)
        self.revised_button.clicked.connect(self.export_revised)
        self.paragraph_view.selectionModel().currentRowChanged.connect(self._paragraph_picked)
        self.paragraph_text.selectionChanged.connect(self._span_picked)
        self.form.paragraph_changed.connect(self._paragraph_number_typed)
        self.form.submitted.connect(self.record_comment)
        self.form.speaker_chosen.connect(self.speaker_chosen)
        self.only_paragraph.toggled.connect(self.refresh_comments)
        self.speaker_filter.textChanged.connect(self.refresh_comments)
        self.kind_filter.currentIndexChanged.connect(self.refresh_comments)
        self.handling_filter.currentIndexChanged.connect(self.refresh_comments)
        self.comment_view.selectionModel().currentRowChanged.connect(self._comment_picked)
        self.comment_view.doubleClicked.connect(self.edit_current)
        self.handling_button.clicked.connect(self.record_handling)
        self.handling_note.returnPressed.connect(self.record_handling)
        self.edit_button.clicked.connect(self.edit_current)
        self.delete_button.clicked.connect(self.delete_current)
        local_shortcut("Ctrl+L", self, self.form.focus_paragraph, WITH_CHILDREN)
        local_shortcut("F2", self.comment_view, self.edit_current, WIDGET_ONLY)
        local_shortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.comment_view,
                       self.delete_current, WIDGET_ONLY)

    @staticmethod
    def _table_look(view: QTableView, stretch: int) -> None:
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setWordWrap(True)
        view.setAlternatingRowColors(True)
        give_accents_room(view)
        view.verticalHeader().setVisible(False)
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)

    # --- loading ----------------------------------------------------------------------------

    def current_filter(self) -> CommentFilter:
        handling = self.handling_filter.currentData()
        kind = self.kind_filter.currentData()
        return CommentFilter(
            paragraph=self._current_stable_id() if self.only_paragraph.isChecked() else None,
            speaker=self.speaker_filter.text(),
            kind=CommentKind(kind) if kind else None,
            handling=Handling(handling) if handling and handling != UNHANDLED else None,
            unhandled_only=handling == UNHANDLED,
        )

    def _current_stable_id(self) -> str:
        row = self.form.paragraph.value()
        index = self.paragraphs.row_of(row) if row else None
        return self.paragraphs.rows[index].stable_id if index is not None else ""

    def draft_name(self, draft: Draft | None) -> str:
        """The draft's name in the window's language (its stored title is the papers'
        Vietnamese, which the English window showed as it was)."""
        if draft is None:
            return self.tr("Chưa có dự thảo")
        if draft.kind is DraftKind.collective:
            return self.tr("Dự thảo báo cáo kiểm điểm tập thể")
        if draft.member is not None:
            return self.tr("Bản tự kiểm điểm của đồng chí %1").replace("%1",
                                                                      draft.member.full_name)
        return draft.title

    def refresh(self) -> None:
        """Reload the draft, its versions and comments (filters applied) from the database."""
        with self.context.session() as s:
            draft = self.find_draft(s)
            speakers = meeting_speakers(s, self.context.meeting_id)
            versions = list(draft.versions) if draft else []
            self.latest_version = versions[-1].number if versions else None
            if self.shown_version is not None and self.shown_version > len(versions):
                self.shown_version = None
            shown_number = self.shown_version or self.latest_version
            shown = versions[shown_number - 1] if shown_number else None
            previous = versions[shown_number - 2] if shown_number and shown_number > 1 else None
            changes = version_changes(previous, shown) if shown else None
            self.shown_number = shown_number
            self.title.setText(self.draft_name(draft))
            self.version.clear()
            for v in versions:
                self.version.addItem(self.tr("Phiên bản %1 – %2").replace("%1", str(v.number))
                                     .replace("%2", v.source_name), v.number)
            if shown_number:
                self.version.setCurrentIndex(shown_number - 1)
            self.paragraphs.set_rows(paragraph_rows(shown, changes))
        self.form.speaker.set_speakers(speakers)
        self.version.setVisible(bool(versions))
        self.import_button.setText(self.tr("Nhập phiên bản mới…") if versions
                                   else self.tr("Nhập dự thảo…"))
        for button in (self.digest_button, self.revised_button):
            button.setEnabled(bool(versions))
        if changes is not None and changes.previous_number is not None:
            self.status.setText(self._changes_text(changes.previous_number,
                                                   changes.count(Change.edited),
                                                   changes.count(Change.added),
                                                   changes.removed))
        elif not versions:
            self.status.setText(self.tr(
                "Nhập dự thảo (.docx, .txt, .md) hoặc dán văn bản; có thể ghi ý kiến chung "
                "ngay cả khi chưa có dự thảo."))
        else:
            self.status.clear()
        number = self.form.paragraph.value()
        self.form.set_paragraph_count(len(self.paragraphs.rows))
        self._show_paragraph(min(number, len(self.paragraphs.rows)))
        self.refresh_comments()

    def refresh_comments(self) -> None:
        """Reload the comments only (after a comment is recorded or a filter changes): the
        list, and the count beside each paragraph."""
        selected = self._current_comment_id()
        with self.context.session() as s:
            draft = self.find_draft(s)
            comments = draft_comments(s, draft.id) if draft else []
            self.paragraphs.set_counts(comment_counts(comments))
            shown = filter_comments(comments, self.current_filter())
            self.comments.set_rows(comment_rows(shown, self.shown_number))
        if selected is not None:
            self._select_comment(selected)

    def _changes_text(self, previous: int, edited: int, added: int,
                      removed: tuple[int, ...]) -> str:
        text = self.tr("So với phiên bản %1: %2 đoạn sửa (tô vàng), %3 đoạn mới (tô xanh), "
                       "%4 đoạn bỏ").replace("%1", str(previous)).replace("%2", str(edited)) \
            .replace("%3", str(added)).replace("%4", str(len(removed)))
        if removed:
            text += " (" + self.tr("đoạn") + " " + ", ".join(map(str, removed)) + ")"
        return text + "."

    # --- paragraphs and span ----------------------------------------------------------------

    def _version_chosen(self, index: int) -> None:
        number = self.version.itemData(index)
        self.shown_version = None if number == self.latest_version else number
        self.refresh()

    def _paragraph_picked(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            number = self.paragraphs.rows[current.row()].number
            if self.form.paragraph.value() != number:
                self.form.paragraph.setValue(number)
            self._show_text(current.row())

    def _paragraph_number_typed(self, number: int) -> None:
        self._show_paragraph(number)
        if self.only_paragraph.isChecked():
            self.refresh_comments()

    def _show_paragraph(self, number: int) -> None:
        """Select paragraph `number` in the table (0: none) and show its text."""
        row = self.paragraphs.row_of(number) if number else None
        selection = self.paragraph_view.selectionModel()
        if row is None:
            selection.clearSelection()
            self.paragraph_text.clear()
            self.form.set_span("")
            self._announce_paragraph(0, "")
            return
        index = self.paragraphs.index(row, ParagraphModel.TEXT)
        selection.blockSignals(True)
        selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                  | QItemSelectionModel.SelectionFlag.Rows)
        selection.blockSignals(False)
        self.paragraph_view.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        self._show_text(row)

    def _show_text(self, row: int) -> None:
        text = self.paragraphs.rows[row].text
        if self.paragraph_text.toPlainText() != text:
            self.paragraph_text.setPlainText(text)
        self.form.set_span("")
        self._announce_paragraph(self.paragraphs.rows[row].number, text)

    def _announce_paragraph(self, number: int, text: str) -> None:
        """Tell the room screen, when this panel is the one the chair is looking at."""
        if self.isVisible():
            self.context.events.paragraph_focused.emit(number, text)

    def _span_picked(self) -> None:
        self.form.set_span(self.paragraph_text.textCursor().selectedText())

    def _span(self) -> tuple[int, int] | None:
        cursor = self.paragraph_text.textCursor()
        if not cursor.hasSelection() or not self.form.paragraph.value():
            return None
        text = self.paragraph_text.toPlainText()
        return (python_offset(text, cursor.selectionStart()),
                python_offset(text, cursor.selectionEnd()))

    # --- comments ---------------------------------------------------------------------------

    def _entry(self, paragraph_id: int | None, span: tuple[int, int] | None) -> CommentEntry:
        speaker = self.form.speaker.resolved()
        return CommentEntry(
            kind=self.form.current_kind(),
            text=self.form.text.text(),
            speaker_id=speaker.member_id if speaker else None,
            speaker_name="" if speaker else self.form.speaker.text(),
            paragraph_id=paragraph_id,
            span=span,
            proposed=self.form.proposed.text(),
            by_committee=self.form.committee.isChecked(),
        )

    def record_comment(self) -> None:
        """Record (or, when editing, change) the comment in the form; errors show inline."""
        try:
            with self.context.session() as s, s.begin():
                if self.form.editing_id is not None:
                    comment = s.get(Comment, self.form.editing_id)
                    if comment is None:
                        raise DraftError(self.tr("Ý kiến này không còn nữa."))
                    span = (comment.span_start, comment.span_end) \
                        if comment.span_start is not None and comment.span_end is not None \
                        else None
                    edit_comment(s, comment, self._entry(comment.paragraph_id, span))
                    comment_id = comment.id
                else:
                    number = self.form.paragraph.value()
                    row = self.paragraphs.row_of(number) if number else None
                    paragraph_id = self.paragraphs.rows[row].paragraph_id \
                        if row is not None else None
                    comment = add_comment(s, self.make_draft(s),
                                          self._entry(paragraph_id, self._span()))
                    comment_id = comment.id
        except DraftError as error:
            self.form_error.setText(str(error))
            return
        self.form_error.clear()
        self.paragraph_text.moveCursor(QTextCursor.MoveOperation.Start)
        self.form.clear()
        self.refresh_comments()
        self._select_comment(comment_id, focus=False)
        self.context.events.changed.emit("comments")

    def _current_comment_id(self) -> int | None:
        index = self.comment_view.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def _select_comment(self, comment_id: int, focus: bool = False) -> None:
        row = self.comments.row_of(comment_id)
        if row is None:
            return
        index = self.comments.index(row, CommentModel.TEXT)
        self.comment_view.setCurrentIndex(index)
        self.comment_view.scrollTo(index)
        if focus:
            self.comment_view.setFocus()

    def _comment_picked(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        row = self.comments.rows[current.row()]
        self.handling.setCurrentIndex(
            0 if row.handling is None else self.handling.findData(row.handling))
        self.handling_note.setText(row.handling_note)

    def record_handling(self) -> None:
        comment_id = self._current_comment_id()
        if comment_id is None:
            self.form_error.setText(self.tr("Chọn một ý kiến trong danh sách để ghi xử lý."))
            return
        with self.context.session() as s, s.begin():
            comment = s.get(Comment, comment_id)
            if comment is not None:
                data = self.handling.currentData()
                set_handling(s, comment, Handling(data) if data else None,
                             self.handling_note.text())
        self.form_error.clear()
        self.refresh_comments()
        self.context.events.changed.emit("comments")

    def edit_current(self) -> None:
        comment_id = self._current_comment_id()
        if comment_id is None:
            return
        with self.context.session() as s:
            c = s.get(Comment, comment_id)
            if c is None:
                return
            speaker = c.speaker_name
            self.form.start_editing(c.id, speaker, c.kind, c.text, c.proposed, c.by_committee)

    def delete_current(self) -> None:
        comment_id = self._current_comment_id()
        if comment_id is None or not dialogs.confirm(
                self, self.tr("Xóa ý kiến"), self.tr("Xóa ý kiến đang chọn?")):
            return
        with self.context.session() as s, s.begin():
            comment = s.get(Comment, comment_id)
            if comment is not None:
                delete_comment(s, comment)
        self.refresh_comments()
        self.context.events.changed.emit("comments")

    # --- import and export ------------------------------------------------------------------

    def import_file(self) -> None:
        path = dialogs.choose_draft_file(self)
        if path is None:
            return
        try:
            source = read_draft_file(path)
        except DraftError as error:
            dialogs.show_error(self, self.tr("Không nhập được dự thảo"), str(error))
            return
        self._store(source)

    def import_pasted(self) -> None:
        answer = dialogs.ask_pasted_text(self)
        if answer is None:
            return
        name, text = answer
        try:
            source = read_pasted_text(text, name.strip())
        except DraftError as error:
            dialogs.show_error(self, self.tr("Không nhập được dự thảo"), str(error))
            return
        self._store(source)

    def _store(self, source: SourceDocument) -> None:
        with self.context.session() as s, s.begin():
            version = import_version(s, self.make_draft(s), source)
            number, count = version.number, len(version.paragraphs)
        self.shown_version = None
        self.refresh()
        imported = self.tr("Đã nhập phiên bản %1 (%2): %3 đoạn.").replace("%1", str(number)) \
            .replace("%2", source.source_name).replace("%3", str(count))
        self.status.setText(f"{imported} {self.status.text()}".strip())
        self.context.events.changed.emit("drafts")

    def export_digest(self) -> None:
        target = dialogs.choose_save_path(self, self.tr("Lưu tổng hợp ý kiến góp ý"),
                                          "tong-hop-y-kien-gop-y.docx")
        if target is None:
            return
        with self.context.session() as s:
            draft = self.find_draft(s)
            if draft is None:
                return
            digest = build_digest(s, draft.id)
        self._write(lambda: write_digest_docx(digest, target))

    def export_revised(self) -> None:
        target = dialogs.choose_save_path(self, self.tr("Lưu dự thảo đã sửa"),
                                          "du-thao-da-sua.docx")
        if target is None:
            return
        with self.context.session() as s:
            draft = self.find_draft(s)
            if draft is None or not draft.versions:
                return
            number = self.shown_version or draft.versions[-1].number
            version = draft.versions[number - 1]
            revised = revise(version, draft_comments(s, draft.id))
            title = draft.title
            author = meeting_info(s, draft.meeting_id).secretary or "Thư ký"
        when = dt.datetime.now().astimezone()
        self._write(lambda: write_revised_docx(title, number, revised, target, author, when))

    def _write(self, write: Callable[[], Path]) -> None:
        try:
            path = write()
        except OSError as error:
            dialogs.show_error(self, self.tr("Không lưu được tệp"), str(error))
            return
        self.status.setText(self.tr("Đã lưu %1").replace("%1", str(path)))
