"""Qt item models of the ballot-entry screens: the ballot, the totals, the differences, the result.

Each model holds plain rows from services.ballot and reports changes with `dataChanged`
for the rows touched, never a reset while keying, so the per-ballot screen costs one row's
repaint per keystroke.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QHeaderView, QStyle, QTableView

from models.ballot_entry import INVALID_ROW, UNTYPED
from models.enums import LEVELS, Level
from services.ballot.compare import Difference
from services.ballot.outcome import SubjectOutcome
from services.ballot.reported import level_words
from services.ballot.shared import Counts
from services.ballot.sheets import SubjectRow
from services.common.errors import Refusal
from services.rules.types import QuotaStatus
from ui.i18n import QT_TRANSLATE_NOOP
from ui.labels import said
from ui.tables.row_model import RowTableModel

Index = QModelIndex | QPersistentModelIndex
DISPLAY = Qt.ItemDataRole.DisplayRole
CENTER = Qt.AlignmentFlag.AlignCenter
WRONG = QBrush(QColor("#f8d7da"))
CURRENT = QBrush(QColor("#fff3cd"))
WIDEST_MEASURED = 8  # the longest texts of a column by characters, measured in pixels
LEVEL_HEADERS = tuple(level.value for level in LEVELS)
INVALID_HEADER = "KHL"  # dòng không hợp lệ


def _tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


ORGANISATION_HEADER = QT_TRANSLATE_NOOP("BallotTables", "Tổ chức đảng")
NUMBER_HEADER = QT_TRANSLATE_NOOP("BallotTables", "TT")
NAME_HEADER = QT_TRANSLATE_NOOP("BallotTables", "Họ và tên")


def fit_columns(view: QTableView, texts: Callable[[int], set[str]], stretch: int) -> None:
    """Each column as wide as its widest text (`texts(column)`), measured once (Qt's
    ResizeToContents asks every cell for every role at each layout and each key: seconds at
    2,000 rows); column `stretch` takes the room left."""
    header = view.horizontalHeader()
    metrics = view.fontMetrics()
    margin = 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin,
                                           None, view) + 1) + view.showGrid()
    for column in range(header.count()):
        if column == stretch:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
            continue
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        longest = sorted(texts(column), key=len)[-WIDEST_MEASURED:]
        widest = max((metrics.horizontalAdvance(text) for text in longest), default=0)
        header.resizeSection(column, max(widest + margin, header.sectionSizeHint(column)))


def _header(context: str, headers: Sequence[object], organisations: bool, section: int) -> str:
    """A column's title in the window's language; a round of party organisations names
    them so in the name column."""
    return _tr(context, ORGANISATION_HEADER if organisations and section == 1
               else str(headers[section]))


class _Table(RowTableModel):
    """Rows and fixed headers (ui/tables/row_model.py); subclasses give `cell` (and optionally
    `brush`, `tooltip`). The views hide the vertical header: the TT column numbers the rows."""

    CONTEXT = "BallotTables"
    LEFT_ALIGNED: frozenset[int] = frozenset((0, 1))
    # The subjects are party organisations (the collective's round): the name column says so.
    organisations = False

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == DISPLAY \
                and 0 <= section < len(self.HEADERS):
            return _header(self.CONTEXT, self.HEADERS, self.organisations, section)
        return super().headerData(section, orientation, role)

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        if role == DISPLAY:
            return self.cell(index.row(), index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() not in self.LEFT_ALIGNED:
            return CENTER
        if role == Qt.ItemDataRole.BackgroundRole:
            return self.brush(index.row(), index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(index.row(), index.column())
        return None

    def cell(self, row: int, column: int) -> str | None:
        raise NotImplementedError

    def fit_columns(self, view: QTableView, stretch: int) -> None:
        fit_columns(view, self.column_texts, stretch)

    def column_texts(self, column: int) -> set[str]:
        """The texts `fit_columns` makes room for: the rows' cells as they are."""
        return {self.cell(row, column) or "" for row in range(len(self.rows))}

    def brush(self, row: int, column: int) -> QBrush | None:
        return None

    def tooltip(self, row: int, column: int) -> str | None:
        return None


class BallotModel(QStandardItemModel):
    """One paper ballot: TT, name, the four level columns and the invalid-row column; an X
    where the row is marked. Its cells and titles are Qt's own items, so that painting a
    ballot calls no Python (the writer's thread runs Python meanwhile: each call back would
    wait for it). `organisations`: the rows are party organisations (the name column says so).
    """

    CONTEXT = _Table.CONTEXT
    HEADERS = (NUMBER_HEADER, NAME_HEADER,
               *(f"{i + 1} · {code}" for i, code in enumerate(LEVEL_HEADERS)),
               f"0 · {INVALID_HEADER}")
    FIRST_MARK = 2
    # Column of each keyed mark: "1" is HTXSNV (column 2) ... "0" the invalid row (column 6).
    COLUMN = {"1": 2, "2": 3, "3": 4, "4": 5, INVALID_ROW: 6}

    def __init__(self, subjects: Sequence[SubjectRow], organisations: bool = False) -> None:
        super().__init__(len(subjects), len(self.HEADERS))
        self.rows = list(subjects)
        self.marks = UNTYPED * len(self.rows)
        self.setHorizontalHeaderLabels([_header(self.CONTEXT, self.HEADERS, organisations, n)
                                        for n in range(len(self.HEADERS))])
        for row in range(len(self.rows)):
            for column in range(len(self.HEADERS)):
                item = QStandardItem(self.cell(row, column))
                item.setFlags(Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled)
                if column >= self.FIRST_MARK:
                    item.setTextAlignment(CENTER)
                self.setItem(row, column, item)

    def cell(self, row: int, column: int) -> str:
        if column == 0:
            return str(row + 1)
        if column == 1:
            return self.rows[row].name
        return "X" if self.COLUMN.get(self.marks[row]) == column else ""

    def column_texts(self, column: int) -> set[str]:
        return {self.cell(row, column) for row in range(len(self.rows))} | {"X"}

    def _show_row(self, row: int, before: str) -> None:
        """Row `row` from the mark `before` to its mark now: only the cells that change (a
        ballot of 2,000 rows shown in a few milliseconds)."""
        mark = self.marks[row]
        if mark == before:
            return
        for column in {self.COLUMN.get(before, 0), self.COLUMN.get(mark, 0)} - {0}:
            self.item(row, column).setText(self.cell(row, column))
        if INVALID_ROW in (before, mark):
            wrong = WRONG if mark == INVALID_ROW else None
            for column in range(self.FIRST_MARK, len(self.HEADERS)):
                self.item(row, column).setData(wrong, Qt.ItemDataRole.BackgroundRole)

    def set_marks(self, marks: str) -> None:
        """Another ballot on screen: every row's marks change at once (the view told once)."""
        before, self.marks = self.marks, marks
        if not self.rows:
            return
        self.blockSignals(True)
        try:
            for row in range(len(self.rows)):
                self._show_row(row, before[row])
        finally:
            self.blockSignals(False)
        self.dataChanged.emit(self.index(0, self.FIRST_MARK),
                              self.index(len(self.rows) - 1, len(self.HEADERS) - 1))

    def set_mark(self, row: int, mark: str) -> None:
        before = self.marks[row]
        self.marks = self.marks[:row] + mark + self.marks[row + 1:]
        self._show_row(row, before)


# Saves one count (subject id, column 0-4, value); raises a Refusal when refused.
TotalSaver = Callable[[int, int, int], None]


class TotalsModel(_Table):
    """Totals entry: per subject the four counts and the invalid rows, editable, with the row
    check (sum = valid ballots) live on each row."""

    HEADERS = (NUMBER_HEADER, NAME_HEADER, *LEVEL_HEADERS, INVALID_HEADER,
               QT_TRANSLATE_NOOP("BallotTables", "Cộng"))
    FIRST_COUNT = 2
    CHECK = 7

    rows: list[SubjectRow]

    def __init__(self, subjects: Sequence[SubjectRow], saver: TotalSaver) -> None:
        super().__init__()
        self.rows = list(subjects)
        self.saver = saver
        self.counts: list[list[int]] = [[0] * 5 for _ in self.rows]
        self.valid = 0

    def load(self, counts: dict[int, Counts], valid: int) -> None:
        self.beginResetModel()
        self.counts = [list(counts.get(s.id, (0, 0, 0, 0, 0))) for s in self.rows]
        self.valid = valid
        self.endResetModel()

    def row_ok(self, row: int) -> bool:
        return sum(self.counts[row]) == self.valid

    def cell(self, row: int, column: int) -> str | None:
        if column == 0:
            return str(row + 1)
        if column == 1:
            return self.rows[row].name
        if column == self.CHECK:
            total = sum(self.counts[row])
            return f"{total} ✓" if self.row_ok(row) else f"{total} ≠ {self.valid}"
        return str(self.counts[row][column - self.FIRST_COUNT])

    def column_texts(self, column: int) -> set[str]:
        """The counts change as they are typed and the columns are measured once: room for the
        widest a row should show (five counts, each up to the valid ballots)."""
        texts = super().column_texts(column)
        if column == self.CHECK:
            texts.add(f"{5 * self.valid} ≠ {self.valid}")
        elif column >= self.FIRST_COUNT:
            texts.add(str(self.valid))
        return texts

    def brush(self, row: int, column: int) -> QBrush | None:
        return WRONG if column == self.CHECK and not self.row_ok(row) else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if self.FIRST_COUNT <= index.column() < self.CHECK:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if role == Qt.ItemDataRole.EditRole and index.isValid():
            return self.counts[index.row()][index.column() - self.FIRST_COUNT]
        return super().data(index, role)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not (self.flags(index)
                                                    & Qt.ItemFlag.ItemIsEditable):
            return False
        try:
            number = int(str(value).strip())
        except ValueError:
            return False  # not a whole number: the cell keeps its count
        try:
            self.saver(self.rows[index.row()].id, index.column() - self.FIRST_COUNT, number)
        except Refusal:
            return False  # the entry said why
        self.counts[index.row()][index.column() - self.FIRST_COUNT] = number
        self.dataChanged.emit(index, self.index(index.row(), self.CHECK))
        return True


class DifferencesModel(_Table):
    """The subjects whose counts differ: the paper ballots to pull, then for each column
    (HTXSNV ... invalid rows) the tellers' figures next to each other, the differing pairs
    marked."""

    BALLOTS = QT_TRANSLATE_NOOP("BallotTables", "Phiếu cần\nxem lại")
    NO_BALLOTS = QT_TRANSLATE_NOOP("BallotTables", "nhập theo tổng số: đếm lại cả xấp")
    PULL = 2  # the ballots' column, beside the name: what the tellers act on
    FIRST_COUNT = 3

    rows: list[Difference]

    def __init__(self) -> None:
        super().__init__()
        self.tellers: tuple[str, ...] = ()
        self.HEADERS = (NUMBER_HEADER, NAME_HEADER, self.BALLOTS)

    def load(self, rows: Sequence[Difference], tellers: Sequence[str], order: dict[int, int]
             ) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.tellers = tuple(tellers)
        self.order = order
        self.HEADERS = (NUMBER_HEADER, NAME_HEADER, self.BALLOTS,
                        *(f"{column}\n{name}" for column in (*LEVEL_HEADERS, INVALID_HEADER)
                          for name in self.tellers))
        self.endResetModel()

    def cell(self, row: int, column: int) -> str | None:
        difference = self.rows[row]
        if column == 0:
            return str(self.order.get(difference.subject.id, 0) + 1)
        if column == 1:
            return difference.subject.name
        if column == self.PULL:
            if difference.ballots is None:
                return _tr(self.CONTEXT, self.NO_BALLOTS)
            return ", ".join(str(number) for number in difference.ballots)
        slot, sheet = self.place(column)
        return str(difference.counts[sheet][slot])

    def place(self, column: int) -> tuple[int, int]:
        """(level slot 0-4, teller) of a count column: each level's tellers side by side."""
        return divmod(column - self.FIRST_COUNT, len(self.tellers))

    def brush(self, row: int, column: int) -> QBrush | None:
        if column < self.FIRST_COUNT:
            return None
        return WRONG if self.place(column)[0] in self.rows[row].differing_columns() else None

    def show_differing(self, table: QTableView) -> None:
        """Only the levels where some row differs keep their columns: with every level for every
        teller, the second teller's differing figure lay off a 1366-pixel screen."""
        differing = {slot for row in self.rows for slot in row.differing_columns()}
        for column in range(self.FIRST_COUNT, len(self.HEADERS)):
            table.setColumnHidden(column, self.place(column)[0] not in differing)


class ResultModel(_Table):
    """The computed result: votes, level, quota standing, the chair's decision, and the line
    that decides the level (the whole reasoning in the tooltip and under the table), in the
    window's language."""

    HEADERS = (NUMBER_HEADER, NAME_HEADER, QT_TRANSLATE_NOOP("BallotTables", "Tự xếp loại"),
               *LEVEL_HEADERS, INVALID_HEADER, QT_TRANSLATE_NOOP("BallotTables", "Kết quả"),
               QT_TRANSLATE_NOOP("BallotTables", "Tỷ lệ"),
               QT_TRANSLATE_NOOP("BallotTables", "Quyết định"),
               QT_TRANSLATE_NOOP("BallotTables", "Giải thích"))
    LEVEL, QUOTA, DECISION, EXPLANATION = 8, 9, 10, 11
    LEFT_ALIGNED = frozenset((0, 1, DECISION, EXPLANATION))
    QUOTA_TEXT = {QuotaStatus.within: QT_TRANSLATE_NOOP("BallotTables", "trong tỷ lệ"),
                  QuotaStatus.tied: QT_TRANSLATE_NOOP("BallotTables", "ngang phiếu"),
                  QuotaStatus.over: QT_TRANSLATE_NOOP("BallotTables", "vượt tỷ lệ")}
    TO_DECIDE = QT_TRANSLATE_NOOP("BallotTables", "cần quyết định")
    REFERRED = QT_TRANSLATE_NOOP("BallotTables", "cấp ủy cấp trên quyết định")

    rows: list[SubjectOutcome]
    committee = True  # at a cell meeting the committee above decides, not the chair

    def cell(self, row: int, column: int) -> str | None:
        outcome = self.rows[row]
        result = outcome.result
        if column == 0:
            return str(row + 1)
        if column == 1:
            return outcome.subject.name
        if column == 2:
            return _code(outcome.subject.self_rating)
        if 3 <= column < 7:
            return str(result.votes.get(LEVELS[column - 3], 0))
        if column == 7:
            return str(result.invalid_rows)
        if column == self.LEVEL:
            return _code(result.level) or said(level_words(None))
        if column == self.QUOTA:
            return _tr(self.CONTEXT, self.QUOTA_TEXT[result.quota_status]) \
                if result.quota_status else ""
        if column == self.DECISION:
            if outcome.decision_level is None:
                if not outcome.needs_decision:
                    return ""
                return _tr(self.CONTEXT, self.TO_DECIDE if self.committee else self.REFERRED)
            return f"{outcome.decision_level.value}: {outcome.decision_reason}"
        return said(result.reason)

    def brush(self, row: int, column: int) -> QBrush | None:
        outcome = self.rows[row]
        flagged = outcome.result.level is None or (outcome.needs_decision
                                                   and outcome.decision_level is None)
        return CURRENT if flagged and column in (self.LEVEL, self.QUOTA, self.DECISION) else None

    def tooltip(self, row: int, column: int) -> str | None:
        return self.explanation(row) if column == self.EXPLANATION else None

    def explanation(self, row: int) -> str:
        """The whole reasoning of a row, one line per level examined."""
        return "\n".join(said(line) for line in self.rows[row].result.explanation)


def _code(level: Level | None) -> str:
    return level.value if level is not None else ""
