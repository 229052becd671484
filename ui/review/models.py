"""Qt item models of the review pages: a version's paragraphs, the comments, the members to review.

Rows are plain frozen data read in one short session; the models are reset when the page
reloads, never edited in place.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from models.enums import CommentKind, Handling, Level
from models.review import Comment, DraftVersion, IndividualReview
from services.meeting.assessments import self_total
from services.review.drafts.comments import speaker_label
from services.review.drafts.versions import Change, VersionChanges
from ui.labels import handling_label, label
from ui.tables.row_model import RowTableModel

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1
CHANGED_BRUSH = QBrush(QColor("#fff4c2"))
ADDED_BRUSH = QBrush(QColor("#dff3df"))
UNHANDLED_BRUSH = QBrush(QColor("#fdeaea"))


def _tr(context: str, text: object) -> str:
    """Translate a source text marked with QT_TRANSLATE_NOOP (typed as object by the stubs)."""
    return QCoreApplication.translate(context, str(text))


@dataclass(frozen=True)
class ParagraphRow:
    paragraph_id: int
    stable_id: str
    number: int
    text: str
    heading_level: int
    change: Change
    comment_count: int


def comment_counts(comments: Sequence[Comment]) -> Counter[str]:
    """Comments per stable paragraph id (made on any version of the paragraph)."""
    return Counter(c.paragraph.stable_id for c in comments if c.paragraph is not None)


def paragraph_rows(version: DraftVersion | None,
                   changes: VersionChanges | None) -> list[ParagraphRow]:
    """The version's paragraphs with how they changed (comment counts come later)."""
    if version is None:
        return []
    return [
        ParagraphRow(p.id, p.stable_id, p.number, p.text, p.heading_level,
                     changes.changes.get(p.number, Change.same) if changes else Change.same, 0)
        for p in version.paragraphs
    ]


class ParagraphModel(RowTableModel):
    """The paragraphs of the version shown. Headings in bold; edited paragraphs yellow, new
    ones green (against the previous version)."""

    NUMBER, TEXT, COMMENTS = range(3)
    CONTEXT = "ParagraphModel"
    HEADERS = (QT_TRANSLATE_NOOP("ParagraphModel", "Đoạn"),
               QT_TRANSLATE_NOOP("ParagraphModel", "Nội dung"),
               QT_TRANSLATE_NOOP("ParagraphModel", "Ý kiến"))
    CHANGE_TIPS = {
        Change.edited: QT_TRANSLATE_NOOP("ParagraphModel", "Đoạn đã sửa so với phiên bản trước"),
        Change.added: QT_TRANSLATE_NOOP("ParagraphModel", "Đoạn mới so với phiên bản trước"),
    }

    rows: list[ParagraphRow]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NUMBER:
                return str(row.number)
            if column == self.TEXT:
                return row.text
            return str(row.comment_count) if row.comment_count else ""
        if role == ID_ROLE:
            return row.paragraph_id
        if role == Qt.ItemDataRole.FontRole and row.heading_level:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole:
            if row.change is Change.edited:
                return CHANGED_BRUSH
            if row.change is Change.added:
                return ADDED_BRUSH
        if role == Qt.ItemDataRole.ToolTipRole and row.change in self.CHANGE_TIPS:
            return _tr(self.CONTEXT, self.CHANGE_TIPS[row.change])
        if role == Qt.ItemDataRole.TextAlignmentRole and column != self.TEXT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        return None

    def set_counts(self, counts: Counter[str]) -> None:
        """Update the comment count of each paragraph, in one change signal (a view sizing its
        rows to their contents would otherwise measure every row once per change)."""
        changed = []
        for i, row in enumerate(self.rows):
            count = counts.get(row.stable_id, 0)
            if count != row.comment_count:
                self.rows[i] = replace(row, comment_count=count)
                changed.append(i)
        if changed:
            self.dataChanged.emit(self.index(changed[0], self.COMMENTS),
                                  self.index(changed[-1], self.COMMENTS))

    def row_of(self, number: int) -> int | None:
        return next((i for i, row in enumerate(self.rows) if row.number == number), None)


@dataclass(frozen=True)
class CommentRow:
    comment_id: int
    seq: int
    paragraph: str
    speaker: str
    kind: CommentKind
    text: str
    handling: Handling | None
    handling_note: str


def comment_rows(comments: Sequence[Comment], shown_version: int | None) -> list[CommentRow]:
    """Rows of the comment list; a paragraph of another version than the one shown is written
    "7 (pb 1)"."""
    rows = []
    for c in comments:
        if c.paragraph is None:
            where = _tr("CommentModel", "Chung")
        elif c.version is not None and c.version.number != shown_version:
            where = f"{c.paragraph.number} (pb {c.version.number})"
        else:
            where = str(c.paragraph.number)
        text = c.text
        if c.quoted:
            text = f"[“{c.quoted}”] {text}"
        if c.proposed:
            text = f"{text} → “{c.proposed}”"
        rows.append(CommentRow(c.id, c.seq, where, speaker_label(c), c.kind, text.strip(),
                               c.handling, c.handling_note))
    return rows


class CommentModel(RowTableModel):
    """The comments on a draft, in the order recorded; the unhandled ones tinted."""

    SEQ, PARAGRAPH, SPEAKER, KIND, TEXT, HANDLING = range(6)
    CONTEXT = "CommentModel"
    HEADERS = (QT_TRANSLATE_NOOP("CommentModel", "STT"),
               QT_TRANSLATE_NOOP("CommentModel", "Đoạn"),
               QT_TRANSLATE_NOOP("CommentModel", "Người phát biểu"),
               QT_TRANSLATE_NOOP("CommentModel", "Loại"),
               QT_TRANSLATE_NOOP("CommentModel", "Nội dung"),
               QT_TRANSLATE_NOOP("CommentModel", "Xử lý"))

    rows: list[CommentRow]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == self.HANDLING:
                handling = handling_label(row.handling)
                return f"{handling}: {row.handling_note}" if row.handling_note else handling
            return (str(row.seq), row.paragraph, row.speaker, label(row.kind), row.text,
                    "")[column]
        if role == ID_ROLE:
            return row.comment_id
        if role == Qt.ItemDataRole.BackgroundRole and column == self.HANDLING \
                and row.handling is None:
            return UNHANDLED_BRUSH
        return None

    def row_of(self, comment_id: int) -> int | None:
        return next((i for i, row in enumerate(self.rows) if row.comment_id == comment_id), None)


@dataclass(frozen=True)
class ReviewRow:
    review_id: int
    member_id: int
    name: str
    position: str
    self_score: int | None
    self_rating: Level | None
    summary: str
    done: bool


def review_rows(reviews: Sequence[IndividualReview]) -> list[ReviewRow]:
    return [ReviewRow(r.id, r.member_id, r.member.full_name, r.member.position,
                      self_total(r.member), r.member.self_rating, r.summary, r.done)
            for r in reviews]


class ReviewListModel(QAbstractListModel):
    """The members to review, in order: "3. Võ Văn An — Đảng ủy viên", ticked when done."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[ReviewRow] = []

    def set_rows(self, rows: list[ReviewRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            mark = "✓ " if row.done else ""
            return f"{mark}{index.row() + 1}. {row.name}\n      {row.position}"
        if role == ID_ROLE:
            return row.review_id
        if role == Qt.ItemDataRole.ForegroundRole and row.done:
            return QBrush(QColor("#2e7d32"))
        return None
