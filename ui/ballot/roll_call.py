"""The plain notice that attendance changed since a round opened, with the button that takes the
new figures (services/ballot/roll_call.py): shown above every tab of the ballot page and
in the lock dialog, so that no stale figure goes by unseen."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from models.ballot import BallotRound
from services.ballot.roll_call import RoundFigures, stale_figures, take_roll_call
from ui.context import MeetingContext


def notice_text(figures: RoundFigures) -> str:
    return QCoreApplication.translate(
        "RollCallNotice",
        "Điểm danh đã thay đổi sau khi mở vòng: vòng đang tính số được triệu tập {0}, có quyền "
        "biểu quyết có mặt {1}; theo điểm danh hiện nay là {2} và {3}.").format(
        figures.round_electorate, figures.round_present, figures.now.electorate,
        figures.now.present)


def round_notice(context: MeetingContext, round_id: int) -> str:
    """The notice for a round, or "" when its figures are the attendance list's."""
    with context.session() as session:
        figures = stale_figures(session.get_one(BallotRound, round_id))
    return notice_text(figures) if figures is not None else ""


class RollCallNotice(QFrame):
    """Signals:
        taken(): the round took the attendance list's figures.
    """

    taken = Signal()

    def __init__(self, context: MeetingContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.round_id: int | None = None
        self.setObjectName("roll_call_notice")
        self.setStyleSheet("QFrame#roll_call_notice { background: #fff1d0; "
                           "border: 1px solid #d9a93a; } QLabel { color: #1a1a1a; }")
        layout = QHBoxLayout(self)
        self.text = QLabel()
        self.text.setWordWrap(True)
        layout.addWidget(self.text, 1)
        self.take = QPushButton(self.tr("Lấy số liệu điểm danh mới"))
        self.take.clicked.connect(self.take_figures)
        layout.addWidget(self.take)
        self.hide()

    def load(self, round_id: int | None) -> None:
        self.round_id = round_id
        text = round_notice(self.context, round_id) if round_id is not None else ""
        self.text.setText(text)
        self.setVisible(bool(text))

    def take_figures(self) -> None:
        if self.round_id is None:
            return
        self.context.act(take_roll_call, self.round_id)
        self.taken.emit()
