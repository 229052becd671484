"""Keying the pile: the teller says who they are, then enters ballot by ballot or as totals.

Per ballot, one key per row (1 = HTXSNV, 2 = HTTNV, 3 = HTNV, 4 = KHTNV, 0 = invalid row,
Backspace clears), the cursor moves down by itself, Enter saves the ballot and opens the next.
As totals, Enter commits a count and moves to the next one (then to the next row).
A key changes one row of the screen's model at once (nothing is rebuilt) and goes to the
window's writer (ui/ballot/saving.py), which saves it in order off the window's thread; keys
typed after Enter, before the next ballot is on screen, wait for it and are then applied to it.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QHideEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import DBAPIError

from models.ballot import BallotRound
from models.ballot_entry import INVALID_ROW, LEVEL_OF_MARK, UNTYPED, EntryMode
from models.enums import SubjectKind
from services.ballot.outcome import round_outcome
from services.ballot.sheets import (
    MAX_SHEETS,
    BallotState,
    PileProgress,
    SheetHeldElsewhere,
    SheetInfo,
    approved_tellers,
    check_count,
    open_ballot,
    resume_ballot,
    round_piles,
    round_subjects,
    sheet_progress,
    sheet_totals,
    start_sheet,
)
from services.ballot.writer import Report, Shown, Write
from services.rules.types import RefusedError
from services.stations.names import actor_name, connected_stations, station_label
from ui import msgbox
from ui.ballot.result_notes import waiting
from ui.ballot.saving import KeyWriter, SaveStatus
from ui.ballot.tables import BallotModel, TotalsModel, fit_columns
from ui.context import MeetingContext
from ui.refusals import REFUSALS

MARK_KEYS = frozenset((INVALID_ROW, *LEVEL_OF_MARK))
ENTER = "\n"  # in the keys that wait for the next ballot
ERROR_STYLE = "color: #b00020;"
# A database that cannot be reached (a station's network, the host stopped) after the
# services' retries is a message too: the key was not saved, what was saved stays.
ENTRY_ERRORS: tuple[type[Exception], ...] = (*REFUSALS, DBAPIError)


def entry_message(error: Exception) -> str:
    if isinstance(error, DBAPIError):
        return QCoreApplication.translate(
            "EntryPanel", "Không ghi được vào cơ sở dữ liệu (mất kết nối tới máy chủ?): phím "
            "vừa gõ chưa được lưu. Gõ lại khi kết nối trở lại; những gì đã lưu vẫn còn.")
    return str(error)


class BallotTable(QTableView):
    """The ballot on screen. Signals:
        keyed(str): a mark key (or UNTYPED for Backspace/Delete) on the current row.
        entered(): Enter, save the ballot.
    """

    keyed = Signal(str)
    entered = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if event.text() in MARK_KEYS and event.text():
            self.keyed.emit(event.text())
        elif key in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete):
            self.keyed.emit(UNTYPED)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.entered.emit()
        else:
            super().keyPressEvent(event)


class TotalsTable(QTableView):
    """The totals on screen; Enter in a count (typing or not) commits it and `entered` asks
    the view to move on, as the per-ballot screen moves down by itself."""

    entered = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setItemDelegate(CountDelegate(self))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.entered.emit()
        else:
            super().keyPressEvent(event)


class CountDelegate(QStyledItemDelegate):
    """Enter in a count's editor commits the count and closes the editor (Qt would stay on
    the cell); then the table's `entered` moves on."""

    def __init__(self, table: TotalsTable) -> None:
        super().__init__(table)
        self.table = table

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:
        if (isinstance(editor, QWidget) and isinstance(event, QKeyEvent)
                and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            self.commitData.emit(editor)
            self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            self.table.entered.emit()
            return True
        return super().eventFilter(editor, event)


def organisations_round(context: MeetingContext, round_id: int) -> bool:
    with context.session() as s:
        return s.get_one(BallotRound, round_id).subject_kind is SubjectKind.organisation


def _table_look(view: QTableView) -> None:
    # Cut names keep their end, which tells them apart ("…thị trường số 3", "…Thanh Yến").
    view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(24)
    # The marks' columns as wide as their headers, the names all the rest: measured once per
    # sheet (Qt's ResizeToContents would ask every cell again at each key).
    model = view.model()
    assert isinstance(model, BallotModel | TotalsModel)
    fit_columns(view, model.column_texts, stretch=1)


class PerBallotView(QWidget):
    """One ballot as on paper, with "Phiếu 7 / 10" always in view.

    Signals:
        changed(): a ballot was saved or voided (the differences may have changed).
    """

    changed = Signal()

    def __init__(self, context: MeetingContext, writer: KeyWriter,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.writer = writer
        writer.reported.connect(self._reported)
        self.sheet: SheetInfo | None = None
        self.actor = context.actor  # the teller at the keyboard, once chosen (EntryPanel)
        self.ballot: BallotState | None = None
        self.counted = self.valid = 0
        self.awaited: Write | None = None  # Enter or void sent: the next ballot is coming
        self.early: list[str] = []  # keys typed meanwhile, for the next ballot
        # While awaited: the saved ballot's marks and counter, the next one shown in their place.
        self.previewed: tuple[str, str] | None = None
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.counter = QLabel()
        self.counter.setObjectName("ballot_counter")
        font = QFont(self.counter.font())
        font.setPointSize(font.pointSize() + 6)
        font.setBold(True)
        self.counter.setFont(font)
        self.teller = QLabel()
        top.addWidget(self.counter)
        top.addStretch(1)
        top.addWidget(self.teller)
        layout.addLayout(top)
        self.model = BallotModel([])
        self.table = BallotTable()
        self.table.setModel(self.model)
        _table_look(self.table)
        self.table.keyed.connect(self.key_mark)
        self.table.entered.connect(self.save_ballot)
        layout.addWidget(self.table, 1)
        self.keys = self.tr("Phím: 1 = HTXSNV · 2 = HTTNV · 3 = HTNV · 4 = KHTNV · "
                            "0 = dòng không hợp lệ · Backspace = xóa · Enter = lưu "
                            "phiếu, sang phiếu sau")
        self.hint = QLabel(self.keys)  # the keys; the round's next step once the pile is whole
        self.hint.setWordWrap(True)  # the page must fit 1366 px beside the agenda
        layout.addWidget(self.hint)
        bottom = QHBoxLayout()
        bottom.addWidget(QLabel(self.tr("Mở lại phiếu số")))
        self.reopen_number = QSpinBox()
        self.reopen_number.setMinimum(1)
        self.reopen_number.setMaximum(9999)
        bottom.addWidget(self.reopen_number)
        self.reopen_button = QPushButton(self.tr("Mở lại"))
        self.reopen_button.clicked.connect(lambda: self.reopen(self.reopen_number.value()))
        bottom.addWidget(self.reopen_button)
        self.void_button = QPushButton(self.tr("Hủy phiếu này"))
        self.void_button.clicked.connect(self.void)
        bottom.addWidget(self.void_button)
        self.message = QLabel()
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        bottom.addWidget(self.message, 1)
        layout.addLayout(bottom)
        layout.addWidget(SaveStatus(writer))

    def _write(self, kind: str, *args: object) -> Write:
        return self.writer.submit(Write(kind, args, self.actor, self.context.station))

    def start(self, sheet: SheetInfo) -> None:
        """Show the teller's sheet on the ballot being keyed (after a crash too), once the
        keys still queued are written."""
        self.sheet = sheet
        self.awaited, self.early, self.previewed = None, [], None
        subjects = round_subjects(self.context.db, sheet.round_id)
        self.model = BallotModel(subjects, organisations_round(self.context, sheet.round_id))
        self.table.setModel(self.model)
        _table_look(self.table)
        self.teller.setText(self.tr("Người nhập: {0}").format(sheet.teller_name))
        self.writer.drain()
        self._run(lambda: self._show(Shown(resume_ballot(
            self.context.db, sheet.id, actor=self.actor, station=self.context.station),
            *sheet_progress(self.context.db, sheet.id))))

    def _show(self, shown: Shown) -> None:
        assert self.sheet is not None
        ballot, self.counted, self.valid = shown.ballot, shown.counted, shown.valid
        self.ballot = ballot
        if ballot is None:
            self.model.set_marks(UNTYPED * len(self.model.rows))
            self.counter.setText(self.tr("Đã nhập đủ {0} / {1} phiếu").format(self.counted,
                                                                              self.valid))
            self.table.setEnabled(False)
            self._hint(waiting(round_outcome(self.context.db, self.sheet.round_id)))
            return
        self._hint("")
        self.table.setEnabled(True)
        self.model.set_marks(ballot.marks)
        state = self.tr(" (đã hủy)") if ballot.voided else ""
        self.counter.setText(self.tr("Phiếu {0} / {1}").format(ballot.number, self.valid)
                             + state)
        first = ballot.marks.find(UNTYPED)
        self._go_to(first if first >= 0 else 0)
        self.table.setFocus()

    def _hint(self, next_step: str) -> None:
        """The round's next step in bold once the pile is whole, else the keys."""
        self.hint.setText(next_step or self.keys)
        self.hint.setStyleSheet("font-weight: bold" if next_step else "")

    def _go_to(self, row: int) -> None:
        index = self.model.index(row, 1)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)

    def _run(self, action: Callable[[], object]) -> bool:
        if self.message.text():  # clearing an empty label would still lay the page out again
            self.message.clear()
        try:
            action()
        except ENTRY_ERRORS as error:
            self.message.setText(entry_message(error))
            return False
        return True

    def key_mark(self, mark: str) -> None:
        """The mark on screen at once, the cursor down; the writer saves it."""
        row = self.table.currentIndex().row()
        if self.awaited is not None:
            self.early.append(mark)
            if self.previewed is not None and row >= 0:
                self._mark_on_screen(row, mark)
            return
        ballot, sheet = self.ballot, self.sheet
        if ballot is None or sheet is None or row < 0 or not self._run(sheet.require_open):
            return
        self._write("mark", ballot.id, row, mark)
        self._mark_on_screen(row, mark)

    def _mark_on_screen(self, row: int, mark: str) -> None:
        self.model.set_mark(row, mark)
        if mark != UNTYPED and row + 1 < len(self.model.rows):
            self._go_to(row + 1)

    def save_ballot(self) -> None:
        """Enter: the writer saves the ballot after its marks; the next one shows when it
        answers (a refusal names the rows not keyed)."""
        if self.awaited is not None:
            self.early.append(ENTER)
            return
        ballot, sheet = self.ballot, self.sheet
        if ballot is None or sheet is None or not self._run(sheet.require_open):
            return
        self.awaited = self._write("finish", ballot.id, sheet.id)
        self._preview(ballot)

    def _preview(self, saved: BallotState) -> None:
        """The next ballot, blank, on screen at once while the writer saves this one, when it
        can only be a new one: this one keyed afresh, every row typed, more ballots to come.
        Keys typed on it show at once and wait for the writer's answer, which shows the
        ballot it really opened (the same, nearly always) and then saves them, in order."""
        if (saved.complete or saved.voided or UNTYPED in self.model.marks
                or self.counted + 1 >= self.valid):
            return
        self.previewed = (self.model.marks, self.counter.text())
        self.model.set_marks(UNTYPED * len(self.model.rows))
        self.counter.setText(self.tr("Phiếu {0} / {1}").format(saved.number + 1, self.valid))
        self._go_to(0)

    def _reported(self, report: Report) -> None:
        write = report.write
        if report.waiting or write.kind not in ("mark", "finish", "void"):
            return
        if report.error is not None:
            self._refused(report)
        elif write == self.awaited and report.result is not None:
            self._show(report.result)
            self.changed.emit()
        if write == self.awaited:
            self.awaited, self.previewed = None, None
            early, self.early = self.early, []
            for key in early:
                self.save_ballot() if key == ENTER else self.key_mark(key)

    def _refused(self, report: Report) -> None:
        """A key the writer could not save: say why; the screen shows what is saved."""
        assert report.error is not None
        if not isinstance(report.error, ENTRY_ERRORS):
            raise report.error  # a bug, for the crash dialog
        self.message.setText(entry_message(report.error))
        if self.previewed is not None:  # the refused ballot back as it was, the next one
            marks, counter = self.previewed  # gone with the keys typed on it
            self.model.set_marks(marks)
            self.counter.setText(counter)
            self.early = []
        if report.write.kind == "finish":
            first = self.model.marks.find(UNTYPED)
            if first >= 0:
                self._go_to(first)
        elif self.ballot is not None and self.sheet is not None \
                and report.write.args[0] == self.ballot.id:
            stored = open_ballot(self.context.db, self.sheet.id, self.ballot.number)
            self.model.set_marks(stored.marks)

    def reopen(self, number: int) -> None:
        if self.sheet is not None:
            sheet_id = self.sheet.id
            self.writer.drain()
            self._run(lambda: self._show(Shown(open_ballot(self.context.db, sheet_id, number),
                                               *sheet_progress(self.context.db, sheet_id))))

    def void(self) -> None:
        ballot, sheet = self.ballot, self.sheet
        if (ballot is None or sheet is None or self.awaited is not None
                or not self._run(sheet.require_open)):
            return
        self.awaited = self._write("void", ballot.id, sheet.id, not ballot.voided)


class TotalsView(QWidget):
    """Totals entry: type each subject's four counts and invalid rows; the last column checks
    the row against the valid ballots as you type.

    Signals:
        changed(): a count was saved.
    """

    changed = Signal()

    def __init__(self, context: MeetingContext, writer: KeyWriter,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.writer = writer
        writer.reported.connect(self._reported)
        layout = QVBoxLayout(self)
        self.teller = QLabel()
        layout.addWidget(self.teller)
        self.table = TotalsTable()
        self.model = TotalsModel([], self._save)
        self.table.setModel(self.model)
        self.table.entered.connect(self.move_on)
        layout.addWidget(self.table, 1)
        self.message = QLabel()
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        layout.addWidget(SaveStatus(writer))
        self.sheet: SheetInfo | None = None
        self.actor = context.actor  # the teller at the keyboard, once chosen (EntryPanel)
        self.refused = False  # the last count typed was refused: stay on its cell

    def start(self, sheet: SheetInfo) -> None:
        self.sheet = sheet
        self.teller.setText(self.tr("Người nhập: {0} (nhập tổng số)").format(sheet.teller_name))
        self.model = TotalsModel(round_subjects(self.context.db, sheet.round_id), self._save)
        self.writer.drain()
        self.model.organisations = organisations_round(self.context, sheet.round_id)
        self.model.load(sheet_totals(self.context.db, sheet.id),
                        sheet_progress(self.context.db, sheet.id)[1])
        self.table.setModel(self.model)
        _table_look(self.table)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                                   | QAbstractItemView.EditTrigger.DoubleClicked)
        self.table.setFocus()

    def move_on(self) -> None:
        """To the next count of the row, then to the first count of the next row; not after a
        refused count (the message says why, the teller corrects it)."""
        index = self.table.currentIndex()
        if self.refused or not index.isValid():
            self.refused = False
            return
        row, column = index.row(), max(index.column() + 1, TotalsModel.FIRST_COUNT)
        if column >= TotalsModel.CHECK:
            row, column = row + 1, TotalsModel.FIRST_COUNT
        if row < self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(row, column))

    def _save(self, subject_id: int, column: int, value: int) -> None:
        """The count on screen at once (a refused one is not); the writer saves it."""
        assert self.sheet is not None
        self.message.clear()
        self.refused = True
        try:
            self.sheet.require_open()
            check_count(value)
        except RefusedError as error:
            self.message.setText(str(error))
            raise
        self.refused = False
        self.writer.submit(Write("total", (self.sheet.id, subject_id, column, value),
                                 self.actor, self.context.station))

    def _reported(self, report: Report) -> None:
        if report.waiting or report.write.kind != "total" or self.sheet is None:
            return
        if report.error is None:
            self.changed.emit()
            return
        if not isinstance(report.error, ENTRY_ERRORS):
            raise report.error  # a bug, for the crash dialog
        self.message.setText(entry_message(report.error))
        self.model.load(sheet_totals(self.context.db, self.sheet.id), self.model.valid)


class EntryPanel(QWidget):
    """Teller identification, then the teller's own sheet (never the other teller's figures).

    Signals:
        changed(): the entries changed; told once the keys pause for SETTLE_MS, or the
            teller leaves the keys (what follows it, the status bar, the chair's script, the
            documents, reads the meeting: once per burst of keys, not on a key).
    """

    changed = Signal()
    SETTLE_MS = 300

    def __init__(self, context: MeetingContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.round_id: int | None = None
        self.teller_names: dict[int, str] = {}
        layout = QVBoxLayout(self)
        self.stack = QStackedWidget()
        layout.addWidget(self.stack)
        picker = QWidget()
        form = QVBoxLayout(picker)
        form.addWidget(QLabel(self.tr("Người nhập (thành viên Ban kiểm phiếu):")))
        self.tellers = QComboBox()
        form.addWidget(self.tellers)
        form.addWidget(QLabel(self.tr("Cách nhập:")))
        self.mode = QComboBox()
        self.mode.addItem(self.tr("Từng phiếu (như trên giấy)"), EntryMode.per_ballot)
        self.mode.addItem(self.tr("Tổng số từng người"), EntryMode.totals)
        form.addWidget(self.mode)
        self.start_button = QPushButton(self.tr("Bắt đầu nhập"))
        self.start_button.clicked.connect(self.start)
        form.addWidget(self.start_button)
        self.piles = QLabel()  # each sheet's progress and the connected stations, kept live
        self.piles.setObjectName("piles")
        self.piles.setWordWrap(True)
        form.addWidget(self.piles)
        self.message = QLabel()
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        # The message takes the room below (a stretch would leave it one clipped line high).
        self.message.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        form.addWidget(self.message, 1)
        self.stack.addWidget(picker)
        self.writer = KeyWriter(context, self)
        self.settled = QTimer(self)
        self.settled.setSingleShot(True)
        self.settled.setInterval(self.SETTLE_MS)
        self.settled.timeout.connect(self.changed)
        self.writer.submitted.connect(self._keyed)
        self.per_ballot = PerBallotView(context, self.writer)
        self.totals = TotalsView(context, self.writer)
        for view in (self.per_ballot, self.totals):
            view.changed.connect(self.settled.start)
            self.stack.addWidget(view)
        self.switch_button = QPushButton(self.tr("Đổi người nhập"))
        self.switch_button.clicked.connect(self._show_picker)
        context.events.changed.connect(self._data_changed)
        layout.addWidget(self.switch_button, 0, Qt.AlignmentFlag.AlignLeft)

    def _keyed(self) -> None:
        if self.settled.isActive():  # a change waits to be told: after these keys
            self.settled.start()

    def _tell(self) -> None:
        """The change waiting to be told, now: the teller left the keys."""
        if self.settled.isActive():
            self.settled.stop()
            self.changed.emit()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 (Qt's name)
        self._tell()
        super().hideEvent(event)

    def load(self, round_id: int) -> None:
        self.round_id = round_id
        self.tellers.clear()
        tellers = approved_tellers(self.context.db, self.context.meeting_id)
        self.teller_names = {teller.id: teller.name for teller in tellers}
        for teller in tellers:
            head = self.tr(" (Trưởng ban)") if teller.is_head else ""
            self.tellers.addItem(teller.name + head, teller.id)
        self.message.setText("" if self.tellers.count() else self.tr(
            "Chưa có thành viên Ban kiểm phiếu được biểu quyết (bước 3)."))
        self._show_picker()

    def _show_picker(self) -> None:
        self._tell()
        self.stack.setCurrentIndex(0)
        self._preselect(self.show_piles())

    def _preselect(self, piles: list[PileProgress]) -> None:
        """A teller who has not keyed this round yet while a sheet is still needed, else one
        whose pile is not whole: the teller who just finished leaves the keys to the next."""
        if self.round_id is None:
            return
        with self.context.session() as session:
            needed = MAX_SHEETS[session.get_one(BallotRound, self.round_id).double_entry]
        begun = {p.sheet.teller_id for p in piles}
        done = {p.sheet.teller_id for p in piles if p.done >= p.of}
        ids = [self.tellers.itemData(row) for row in range(self.tellers.count())]
        fresh = [i for i in ids if i not in begun] if len(piles) < needed else []
        unfinished = [i for i in ids if i in begun - done]
        for teller_id in (fresh or unfinished)[:1]:
            self.tellers.setCurrentIndex(ids.index(teller_id))

    def _data_changed(self, _what: str) -> None:
        if self.stack.currentIndex() == 0 and self.round_id is not None:
            self.show_piles()

    def show_piles(self) -> list[PileProgress]:
        """Who keys which pile where, and how far each is; the stations connected now."""
        if self.round_id is None:
            return []
        piles = round_piles(self.context.db, self.round_id)
        lines = [(self.tr("{teller} ({station}, từng phiếu): {done}/{of} phiếu")
                  if pile.sheet.mode is EntryMode.per_ballot else
                  self.tr("{teller} ({station}, tổng số): {done}/{of} đối tượng")).format(
            teller=pile.sheet.teller_name, station=station_label(pile.sheet.station),
            done=pile.done, of=pile.of)
            for pile in piles]
        stations = connected_stations(self.context.db)
        if stations:
            lines.append(self.tr("Máy đang kết nối: {0}").format(", ".join(stations)))
        self.piles.setText("\n".join(lines))
        return piles

    def start(self) -> None:
        if self.round_id is None or self.tellers.currentData() is None:
            return
        actor = actor_name("teller", self.context.station,
                           self.teller_names[self.tellers.currentData()])
        begin = partial(start_sheet, self.context.db, self.round_id, self.tellers.currentData(),
                        EntryMode(self.mode.currentData()), actor=actor,
                        station=self.context.station)
        try:
            try:
                sheet = begin()
            except SheetHeldElsewhere as held:
                if not msgbox.ask(self, self.tr("Người nhập đang ở máy khác"), self.tr(
                        "{0}\n\nNhận tiếp bản nhập ở máy này? Chỉ chọn “Có” khi máy kia đã "
                        "ngừng nhập: từ đó máy kia không sửa được bản nhập này nữa.").format(
                        held), default_yes=False):
                    self.message.setText(str(held))
                    self.show_piles()
                    return
                sheet = begin(take_over=True)
        except ENTRY_ERRORS as error:
            self.message.setText(entry_message(error))
            self.show_piles()  # a refusal often says someone else got there first: who
            return
        view = self.per_ballot if sheet.mode is EntryMode.per_ballot else self.totals
        view.actor = actor
        view.start(sheet)
        self.stack.setCurrentWidget(view)
        view.table.setFocus()
