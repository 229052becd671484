"""The result table's two long columns, the name and the reason, share the room the figures
leave and wrap in it; a row is one line high unless one of them wraps, then as high as its
lines. Measured from the texts, each distinct text once (2,000 rows share a few hundred
reasons), and only the rows whose height changes are resized: Qt's resizeRowsToContents asks
every cell of every row for every role."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtWidgets import QHeaderView, QStyle, QTableView

from ui.ballot.tables import WIDEST_MEASURED, ResultModel

STACKED = "ĐIỂM ỄỞỸ"  # the tallest Vietnamese capitals: a circumflex with a tilde or hook on top
KEPT = 50_000  # texts' measures kept (a few meetings of 2,000); they start over beyond
# Measures by (font, text) and (font, text, room): a reload after each decision, or the same
# round in a new window, measures nothing again.
_ADVANCES: dict[tuple[str, str], int] = {}
_HEIGHTS: dict[tuple[str, str, int], int] = {}


class WrappedColumns(QObject):
    """Keeps the result table's columns fitted: `fit()` when the rows change; a change of
    the table's width refits by itself."""

    def __init__(self, table: QTableView, model: ResultModel) -> None:
        super().__init__(table)
        self.table, self.model = table, model
        name, reason = self.name, self.reason = 1, ResultModel.EXPLANATION
        self.wanted = {name: 0, reason: 0}  # each column's width for its widest text
        self.least = {name: 0, reason: 0}  # ... and for its widest word: never narrower
        self.fitting = False  # the columns being measured: their resizes are not the user's
        self.texts: dict[int, list[str]] = {name: [], reason: []}  # as the rows were fitted
        self.width = -1  # the viewport's width the rows were fitted to
        table.viewport().installEventFilter(self)
        # The scroll bar's coming would narrow the columns and make every row measured again.
        table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)

    def _margin(self) -> int:
        return 2 * (self.table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin,
                                                   None, self.table) + 1)

    def _texts(self, column: int) -> list[str]:
        return [self.model.cell(row, column) or "" for row in range(self.model.rowCount())]

    def _widest(self, texts: set[str]) -> int:
        longest = sorted(texts, key=len)[-WIDEST_MEASURED:]
        metrics = self.table.fontMetrics()
        return max((metrics.horizontalAdvance(text) for text in longest), default=0) \
            + self._margin()

    def fit(self) -> None:
        """Every other column as wide as its texts (`fit_columns`), the widths the two long
        columns want and need, then the room shared and the rows sized."""
        header = self.table.horizontalHeader()
        self.fitting = True
        try:
            self.model.fit_columns(self.table, stretch=self.reason)
            # Its width is ours to share (a stretching column would shrink below a word).
            header.setSectionResizeMode(self.reason, QHeaderView.ResizeMode.Interactive)
        finally:
            self.fitting = False
        self.texts = {column: self._texts(column) for column in self.texts}
        for column, texts in self.texts.items():
            distinct = set(texts)
            self.wanted[column] = max(self._widest(distinct), header.sectionSizeHint(column))
            self.least[column] = max(self._widest({w for t in distinct for w in t.split()}),
                                     header.sectionSizeHint(column))
        self.width = -1
        if self.table.viewport().isVisible():  # else when shown: the room is known then
            self._share()
            self._rows()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        """The table's width changed (shown, the window resized): the room is shared again."""
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show) and self.model.rowCount() \
                and not self.fitting and self.table.viewport().width() != self.width:
            self._share()
            self._rows()
        return False

    def _share(self) -> None:
        """The name as wide as it wants and the reason the rest when both fit; else the reason
        keeps half the room (less if it wants less) and the name wraps in the rest; neither
        narrower than its widest word (the table then scrolls sideways)."""
        header = self.table.horizontalHeader()
        others = sum(header.sectionSize(c) for c in range(header.count())
                     if c not in self.wanted and not header.isSectionHidden(c))
        room = self.table.viewport().width() - others
        wanted, least = self.wanted, self.least
        if wanted[self.name] + wanted[self.reason] <= room:
            name = wanted[self.name]
        else:
            keep = max(least[self.reason], min(wanted[self.reason], room // 2))
            name = max(least[self.name], min(wanted[self.name], room - keep))
        reason = max(least[self.reason], room - name)
        for column, width in ((self.name, name), (self.reason, reason)):
            if header.sectionSize(column) != width:
                header.resizeSection(column, width)

    def _height(self, font: str, text: str, room: int, one: int, padding: int) -> int:
        metrics = self.table.fontMetrics()
        advance = _ADVANCES.get((font, text))
        if advance is None:
            advance = _ADVANCES[font, text] = metrics.horizontalAdvance(text)
        if advance <= room:
            return one
        height = _HEIGHTS.get((font, text, room))
        if height is None:
            height = _HEIGHTS[font, text, room] = metrics.boundingRect(
                QRect(0, 0, room, 100_000), Qt.TextFlag.TextWordWrap, text).height()
        return max(one, height + padding)

    def _rows(self) -> None:
        rows = self.table.verticalHeader()
        one = rows.defaultSectionSize()
        metrics = self.table.fontMetrics()
        # Wrapped lines need room only for the accents stacked above the first line's capitals.
        rise = max(0, -metrics.tightBoundingRect(STACKED).top() - metrics.ascent())
        padding = min(max(0, one - metrics.height()), 2 * rise + 4)
        rooms = {c: max(1, self.table.columnWidth(c) - self._margin()) for c in self.wanted}
        self.width = self.table.viewport().width()
        # A column as wide as its widest text wraps none (most meetings): not measured.
        wrapping = [(self.texts[c], rooms[c]) for c in self.wanted
                    if self.table.columnWidth(c) < self.wanted[c]]
        if len(_ADVANCES) + 2 * len(self.texts[self.reason]) > KEPT:
            _ADVANCES.clear()
            _HEIGHTS.clear()
        font = self.table.font().key()
        for row in range(len(self.texts[self.reason])):
            height = max((self._height(font, texts[row], room, one, padding)
                          for texts, room in wrapping), default=one)
            if rows.sectionSize(row) != height:
                rows.resizeSection(row, height)
