"""The vote (step 6, members) and the cells' vote (step 7): the rounds on the left, and for the
chosen round its reconciliation, the entry, the differences and the result.

Register in ui/agenda.py STEP_PAGES: 6: "ui.ballot.page:MembersBallotPage",
7: "ui.ballot.page:CellsBallotPage".
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSignalBlocker,
    Qt,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from models.ballot import BallotRound
from models.enums import SubjectKind
from models.meeting import Meeting
from services.ballot.reconciliation import reconciliation_of
from services.ballot.roll_call import OpeningRefused
from services.ballot.rounds import RoundInfo, open_round, round_infos, set_double_entry
from services.common.numbers import thousands
from services.meeting.rated import left_out_by_admission, recently_admitted
from services.rules.types import RefusedError
from ui import msgbox
from ui.ballot.entry import EntryPanel
from ui.ballot.reconciliation import ReconciliationForm
from ui.ballot.review import DifferencesView, ResultView
from ui.ballot.roll_call import RollCallNotice
from ui.ballot.scan import ScanPanel
from ui.context import MeetingContext
from ui.pages.base import StepPage
from ui.refusals import REFUSALS

Index = QModelIndex | QPersistentModelIndex


class RoundListModel(QAbstractListModel):
    """The rounds of one kind, every revision, locked ones marked."""

    def __init__(self) -> None:
        super().__init__()
        self.rounds: list[RoundInfo] = []

    def load(self, rounds: list[RoundInfo]) -> None:
        self.beginResetModel()
        self.rounds = rounds
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rounds)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        info = self.rounds[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            state = (QCoreApplication.translate("BallotPage", "[Đã khóa] ")
                     if info.locked else "")
            revision = (QCoreApplication.translate("BallotPage", "phiên bản {0} · ")
                        .format(info.revision) if info.revision > 1 else "")
            subjects = QCoreApplication.translate("BallotPage", "{0} đối tượng").format(
                thousands(info.subjects))
            return f"{state}{info.title}\n{revision}{subjects}"
        if role == Qt.ItemDataRole.UserRole:
            return info.id
        return None

    def row_of(self, round_id: int) -> int:
        return next((n for n, r in enumerate(self.rounds) if r.id == round_id), -1)


class BallotPage(StepPage):
    """Ballot rounds of one kind of subject, from reconciliation to the locked result."""

    SUBJECT_KIND = SubjectKind.member
    RECONCILIATION, ENTRY, SCAN, DIFFERENCES, RESULT = range(5)

    def __init__(self, context: MeetingContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.round_id: int | None = None
        layout = QHBoxLayout(self)
        splitter = QSplitter()
        layout.addWidget(splitter)
        left = QWidget()
        side = QVBoxLayout(left)
        side.addWidget(QLabel(self.tr("Các vòng biểu quyết")))
        self.start_hint = QLabel()  # kept, empty, once a round is open: nothing moves
        self.start_hint.setObjectName("start_hint")
        self.start_hint.setWordWrap(True)
        side.addWidget(self.start_hint)
        self.rounds = RoundListModel()
        self.round_list = QListView()
        self.round_list.setModel(self.rounds)
        self.round_list.setWordWrap(True)
        self.round_list.setSpacing(2)
        self.round_list.selectionModel().currentChanged.connect(self._round_chosen)
        side.addWidget(self.round_list, 1)
        self.open_button = QPushButton(self.tr("Mở vòng mới"))
        self.open_button.clicked.connect(self.open_new_round)
        side.addWidget(self.open_button)
        self.double_entry = QCheckBox(self.tr("Nhập hai lần (hai người nhập độc lập)"))
        self.double_entry.clicked.connect(self._double_entry_clicked)
        side.addWidget(self.double_entry)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        side.addWidget(self.message)
        self.left_out = QLabel()
        self.left_out.setObjectName("left_out")
        self.left_out.setWordWrap(True)
        side.addWidget(self.left_out)
        splitter.addWidget(left)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.notice = RollCallNotice(context)
        self.notice.taken.connect(self._figures_taken)
        right_layout.addWidget(self.notice)
        self.tabs = QTabWidget()
        right_layout.addWidget(self.tabs, 1)
        self.reconciliation = ReconciliationForm(context)
        self.entry = EntryPanel(context)
        self.scan = ScanPanel(context)
        self.differences = DifferencesView(context)
        self.result = ResultView(context)
        self.tabs.addTab(self.reconciliation, self.tr("1. Đối chiếu phiếu"))
        self.tabs.addTab(self.entry, self.tr("2. Nhập phiếu"))
        self.tabs.addTab(self.scan, self.tr("Máy quét (nếu có)"))
        self.tabs.addTab(self.differences, self.tr("3. Chênh lệch"))
        self.tabs.addTab(self.result, self.tr("4. Kết quả"))
        self.tabs.currentChanged.connect(self._tab_shown)
        splitter.addWidget(right)
        splitter.setSizes([260, 1100])
        self.reconciliation.saved.connect(self._round_data_changed)
        self.entry.changed.connect(lambda: self.context.events.changed.emit("rounds"))
        self.differences.agreed.connect(self._round_data_changed)
        self.result.rounds_changed.connect(self._rounds_changed)
        context.events.changed.connect(self._changed_elsewhere)
        self.shown: tuple[object, ...] = ()  # what the rounds looked like when last loaded
        self.refresh()

    # -- rounds ----------------------------------------------------------------------------
    def refresh(self) -> None:
        self.rounds.load(round_infos(self.context.db, self.context.meeting_id,
                                     self.SUBJECT_KIND))
        self._show_left_out()
        if self.rounds.rounds:
            known = self.round_id is not None and self.rounds.row_of(self.round_id) >= 0
            self.select_round(self.round_id if known and self.round_id is not None
                              else self.rounds.rounds[-1].id)
        else:
            self.round_id = None
            self.double_entry.setChecked(False)  # no round to set it on: not another step's
            self.double_entry.setEnabled(False)
        self.start_hint.setText("" if self.rounds.rounds else self.tr(
            "Chưa mở vòng nào: bấm «Mở vòng mới» để bắt đầu."))
        self.tabs.setEnabled(self.round_id is not None)
        if self.round_id is None:
            self.notice.load(None)

    def _show_left_out(self) -> None:
        """Members on the roster a new round leaves out for a recent admission, and why."""
        left: list[tuple[str, str]] = []
        if self.SUBJECT_KIND is SubjectKind.member:
            with self.context.session() as session:
                meeting = session.get_one(Meeting, self.context.meeting_id)
                left = left_out_by_admission(recently_admitted(session, meeting), meeting.date)
        self.left_out.setText(self.tr("Không xếp loại: {0}").format(
            "; ".join(f"{name} ({reason})" for name, reason in left)) if left else "")

    def select_round(self, round_id: int, reload: bool = True) -> None:
        blocker = QSignalBlocker(self.round_list.selectionModel())
        self.round_list.setCurrentIndex(self.rounds.index(self.rounds.row_of(round_id)))
        blocker.unblock()
        if reload:
            self._load_round(round_id)

    def _looks(self) -> tuple[object, ...]:
        """The rounds as listed and the chosen round's figures: what another station may
        change under this page (a new round, a lock, double entry, the reconciliation)."""
        with self.context.session() as session:
            round_ = (session.get(BallotRound, self.round_id) if self.round_id is not None
                      else None)
            return (tuple(self.rounds.rounds),
                    reconciliation_of(round_) if round_ is not None else None)

    def _changed_elsewhere(self, what: str) -> None:
        """Another station changed the meeting: the rounds, the chosen round's figures and lock
        are re-read when they changed, the differences or result on screen always; a pile being
        keyed here is left as it is (its own piles line is live: ui/ballot/entry.py)."""
        if what != "elsewhere":
            return
        self.rounds.load(round_infos(self.context.db, self.context.meeting_id,
                                     self.SUBJECT_KIND))
        if self.round_id is None or self.rounds.row_of(self.round_id) < 0:
            self.refresh()
            return
        self.select_round(self.round_id, reload=False)  # the list was reset: keep the choice
        if self._looks() == self.shown:
            self._tab_shown(self.tabs.currentIndex())
            return
        keying = self.entry.stack.currentIndex() != 0
        locked = self.rounds.rounds[self.rounds.row_of(self.round_id)].locked
        self._load_round(self.round_id, keep_entry=keying and not locked)

    def _round_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and current.data(Qt.ItemDataRole.UserRole) != self.round_id:
            self._load_round(current.data(Qt.ItemDataRole.UserRole))

    def _load_round(self, round_id: int, keep_entry: bool = False) -> None:
        self.round_id = round_id
        with self.context.session() as session:
            round_ = session.get_one(BallotRound, round_id)
            self.reconciliation.load(round_)
            self.double_entry.setChecked(round_.double_entry)
            self.double_entry.setEnabled(not round_.locked)
        if not keep_entry:
            self.entry.load(round_id)
        self.notice.load(round_id)
        self._tab_shown(self.tabs.currentIndex())
        self.shown = self._looks()

    def _tab_shown(self, tab: int) -> None:
        if self.round_id is None:
            return
        if tab == self.SCAN:
            self.scan.load(self.round_id)
        elif tab == self.DIFFERENCES:
            self.differences.load(self.round_id)
        elif tab == self.RESULT:
            self.result.load(self.round_id)

    def open_new_round(self) -> None:
        """Open a round; while something should come first (the roll call, the members'
        round) the chair is asked, and opening anyway is recorded with the round."""
        override = False
        while True:
            try:
                round_id = self.context.act(open_round, self.context.meeting_id,
                                            self.SUBJECT_KIND, override)
                break
            except OpeningRefused as refused:
                if not msgbox.ask(self, self.tr("Chưa nên mở vòng"), self.tr(
                        "Còn thiếu: {0}. Vẫn mở vòng? Điều này được ghi lại cùng vòng.").format(
                        "; ".join(refused.gaps))):
                    self.message.setText("; ".join(refused.gaps))
                    return
                override = True
            except RefusedError as error:
                self.message.setText(str(error))
                return
        self.message.clear()
        self._rounds_changed(round_id)

    def _figures_taken(self) -> None:
        if self.round_id is not None:
            self._load_round(self.round_id)
        self.context.events.changed.emit("rounds")

    def _double_entry_clicked(self, on: bool) -> None:
        if self.round_id is not None:
            try:
                self.context.act(set_double_entry, self.round_id, on)
            except REFUSALS as refused:  # a teller station: the chair's laptop decides
                self.message.setText(str(refused))
                self.double_entry.setChecked(not on)
                return
            self.context.events.changed.emit("rounds")

    def _round_data_changed(self) -> None:
        self.context.events.changed.emit("rounds")

    def _rounds_changed(self, round_id: int) -> None:
        self.round_id = round_id
        self.refresh()
        self.context.events.changed.emit("rounds")

    def missing(self) -> list[str]:
        infos = round_infos(self.context.db, self.context.meeting_id, self.SUBJECT_KIND)
        if not infos:
            return [self.tr("Chưa có vòng biểu quyết nào")]
        latest = {info.code: info for info in infos}  # revisions come in order
        return [self.tr("Vòng “{0}” chưa khóa (chưa ký biên bản kiểm phiếu)").format(info.title)
                for info in latest.values() if not info.locked]


class MembersBallotPage(BallotPage):
    """Step 6: the vote on the members' levels."""

    SUBJECT_KIND = SubjectKind.member


class CellsBallotPage(BallotPage):
    """Step 7: the vote on the cells' levels (committee meeting) or on the cell's own level
    (cell meeting: one subject, the cell itself; services/ballot/own_unit.py)."""

    SUBJECT_KIND = SubjectKind.organisation
