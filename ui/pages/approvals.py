"""Step 3: the meeting approves its chair, secretary and tellers by show of hands. The proposals
in a table with their counts and result; propose, withdraw, choose the head teller, record the
hands for the selected proposal or for every one not yet voted on
(services/meeting/approvals.py). A chair or secretary is chosen as the speakers are: part of a
name typed without accents ("thanh") names the member, anything else is a guest by name."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from models.enums import RoleKind
from models.meeting import RoleAssignment
from models.roster import Member
from services.meeting.approvals import (
    ApprovalError,
    approval_gaps,
    candidates,
    hands_of,
    holder_name,
    make_head_teller,
    other_roles,
    proposal,
    propose,
    record_hands,
    record_hands_for_all,
    roles_of,
    voters_present,
    withdraw,
)
from services.review.drafts.errors import DraftError
from services.review.drafts.speakers import Speaker, resolve_speaker
from ui import msgbox
from ui.context import MeetingContext
from ui.pages.base import StepPage
from ui.review.speaker_picker import FOLD_ROLE, NAME_ROLE, FoldingCompleter
from ui.widgets.reserved import message_label


class ApprovalsPage(StepPage):
    ROLE, NAME, FOR, AGAINST, RESULT = range(5)

    def __init__(self, context: MeetingContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.role_ids: list[int] = []
        self.people: list[Speaker] = []  # who may be proposed for the role chosen
        self.present = QLabel(self)
        font = self.present.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.present.setFont(font)

        self.table = QTableWidget(0, 5, self)
        self.table.setHorizontalHeaderLabels([
            self.tr("Vai trò"), self.tr("Người được đề cử"), self.tr("Tán thành"),
            self.tr("Không tán thành"), self.tr("Kết quả")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.RESULT, QHeaderView.ResizeMode.Stretch)

        self.role = QComboBox(self)
        for kind, text in ((RoleKind.chair, self.tr("Chủ trì")),
                           (RoleKind.secretary, self.tr("Thư ký")),
                           (RoleKind.teller, self.tr("Ban kiểm phiếu"))):
            self.role.addItem(text, kind.value)
        self.person = QComboBox(self)
        self.person.setMinimumWidth(260)
        self.propose_button = QPushButton(self.tr("Đề cử"), self)
        self.head = QPushButton(self.tr("Làm Trưởng ban"), self)
        self.withdraw_button = QPushButton(self.tr("Rút đề cử"), self)
        propose_box = QGroupBox(self.tr("Đề cử"), self)
        propose_row = QHBoxLayout(propose_box)
        propose_row.addWidget(self.role)
        propose_row.addWidget(self.person, 1)
        propose_row.addWidget(self.propose_button)
        propose_row.addSpacing(16)
        propose_row.addWidget(self.head)
        propose_row.addWidget(self.withdraw_button)

        self.votes_for = QSpinBox(self)
        self.votes_against = QSpinBox(self)
        for box in (self.votes_for, self.votes_against):
            box.setRange(0, 100000)
        self.unanimous = QPushButton(self.tr("Nhất trí 100%"), self)
        self.unanimous.setToolTip(self.tr("Tán thành = số có quyền biểu quyết có mặt, không tán "
                                          "thành = 0"))
        self.record_one = QPushButton(self.tr("Ghi cho dòng đã chọn"), self)
        self.record_all = QPushButton(self.tr("Ghi cho mọi đề cử chưa biểu quyết"), self)
        hands_box = QGroupBox(self.tr("Biểu quyết bằng giơ tay"), self)
        hands_row = QHBoxLayout(hands_box)
        hands_row.addWidget(QLabel(self.tr("Tán thành"), self))
        hands_row.addWidget(self.votes_for)
        hands_row.addWidget(QLabel(self.tr("Không tán thành"), self))
        hands_row.addWidget(self.votes_against)
        hands_row.addWidget(self.unanimous)
        hands_row.addStretch(1)
        hands_row.addWidget(self.record_one)
        hands_row.addWidget(self.record_all)

        self.message = message_label(1, self)
        self.message.setObjectName("message")
        rule = QLabel(self.tr(
            "Được thông qua khi số tán thành quá một nửa số người có quyền biểu quyết có mặt. "
            "Ban kiểm phiếu gồm đảng viên chính thức có mặt (thường 3 người, một người làm "
            "Trưởng ban)."), self)
        rule.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addWidget(self.present)
        layout.addWidget(rule)
        layout.addWidget(self.table, 1)
        layout.addWidget(propose_box)
        layout.addWidget(hands_box)
        layout.addWidget(self.message)

        self.role.currentIndexChanged.connect(self._load_people)
        self.propose_button.clicked.connect(self.propose)
        self.head.clicked.connect(self.make_head)
        self.withdraw_button.clicked.connect(self.withdraw)
        self.unanimous.clicked.connect(self.fill_unanimous)
        self.record_one.clicked.connect(self.record_selected)
        self.record_all.clicked.connect(self.record_pending)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.refresh()

    # --- loading ----------------------------------------------------------------------------

    def role_word(self, role: RoleAssignment) -> str:
        if role.role is RoleKind.chair:
            return self.tr("Chủ trì")
        if role.role is RoleKind.secretary:
            return self.tr("Thư ký")
        return self.tr("Trưởng ban kiểm phiếu") if role.is_head \
            else self.tr("Thành viên Ban kiểm phiếu")

    def refresh(self) -> None:
        with self.context.session() as s:
            present = voters_present(s, self.context.meeting_id)
            rows = []
            for role in roles_of(s, self.context.meeting_id):
                hands = hands_of(role, present)
                if hands is None:
                    result = self.tr("chưa biểu quyết")
                elif hands.passed:
                    result = self.tr("thông qua (%1/%2 tán thành)")
                else:
                    result = self.tr("không thông qua (%1/%2 tán thành)")
                if hands is not None:
                    result = result.replace("%1", str(hands.votes_for)).replace("%2",
                                                                               str(present))
                rows.append((role.id, self.role_word(role), holder_name(role),
                             role.votes_for, role.votes_against, result, role.approved))
        self.present.setText(self.tr("Số có quyền biểu quyết có mặt: %1").replace(
            "%1", str(present)))
        selected = self.selected_role_id()
        self.table.setRowCount(len(rows))
        self.role_ids = [row[0] for row in rows]
        for index, (_id, word, name, votes_for, votes_against, result, approved) in \
                enumerate(rows):
            cells = (word, name, "" if votes_for is None else str(votes_for),
                     "" if votes_against is None else str(votes_against), result)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column in (self.FOR, self.AGAINST):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if column == self.RESULT and approved:
                    item.setForeground(Qt.GlobalColor.darkGreen)
                self.table.setItem(index, column, item)
        if selected in self.role_ids:
            self.table.selectRow(self.role_ids.index(selected))
        self.votes_for.setMaximum(max(present, 0))
        self.votes_against.setMaximum(max(present, 0))
        self._load_people()
        self._selection_changed()

    def _load_people(self) -> None:
        teller = self.chosen_role() is RoleKind.teller
        with self.context.session() as s:
            people = candidates(s, self.context.meeting_id, self.chosen_role())
        self.person.clear()
        self.person.setEditable(not teller)  # a chair or secretary may be a guest, by name
        self.people = [Speaker(p.member_id, p.name, p.position) for p in people]
        for row, person in enumerate(self.people):
            text = f"{person.name} – {person.position}" if person.position else person.name
            self.person.addItem(text, person.member_id)
            self.person.setItemData(row, person.key, FOLD_ROLE)
            self.person.setItemData(row, text, NAME_ROLE)
        if not teller:
            self.person.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            self.person.setCompleter(FoldingCompleter(self.person.model(), self.person))
        if not people:
            self.person.setPlaceholderText(self.tr("Chưa có ai được điểm danh có mặt"))
        self.person.setCurrentIndex(-1 if not teller else 0)

    # --- actions ----------------------------------------------------------------------------

    def chosen_role(self) -> RoleKind:
        return RoleKind(self.role.currentData())

    def selected_role_id(self) -> int | None:
        row = self.table.currentRow()
        return self.role_ids[row] if 0 <= row < len(self.role_ids) else None

    def _selection_changed(self) -> None:
        chosen = self.selected_role_id() is not None
        for button in (self.head, self.withdraw_button, self.record_one):
            button.setEnabled(chosen)

    def _act(self, change: Callable[[Session], object]) -> bool:
        """Run `change` in one transaction; an ApprovalError is shown and nothing is kept."""
        try:
            with self.context.session() as s, s.begin():
                change(s)
        except ApprovalError as error:
            self.message.setText(str(error))
            return False
        self.message.clear()
        self.refresh()
        self.context.events.changed.emit("roles")
        return True

    def _selected(self, s: Session) -> RoleAssignment:
        return proposal(s, self.context.meeting_id, self.selected_role_id())

    def propose(self) -> bool:
        text = self.person.currentText().strip()
        index = self.person.findText(text)
        member_id = self.person.itemData(index) if index >= 0 else None
        if member_id is None and text:
            try:
                named = resolve_speaker(self.people, text)
            except DraftError as several:
                self.message.setText(str(several))
                return False
            member_id = named.member_id if named is not None else None
        if not self._confirm_both(member_id, text):
            return False
        role = self.chosen_role()
        if not self._act(lambda s: propose(s, self.context.meeting_id, role, member_id=member_id,
                                           name="" if member_id is not None else text)):
            return False
        if role is not RoleKind.teller:  # the chair proposed, the secretary is next, then tellers
            following = RoleKind.secretary if role is RoleKind.chair else RoleKind.teller
            self.role.setCurrentIndex(self.role.findData(following.value))
        return True

    def _confirm_both(self, member_id: int | None, name: str) -> bool:
        """One person chairing (or writing) and counting the ballots: said, and confirmed."""
        with self.context.session() as s:
            held = other_roles(s, self.context.meeting_id, self.chosen_role(), member_id)
            member = s.get(Member, member_id) if held else None
            name = member.full_name if member is not None else name
        if not held:
            return True
        words = {RoleKind.chair: self.tr("chủ trì hội nghị"), RoleKind.secretary: self.tr(
            "thư ký hội nghị"), RoleKind.teller: self.tr("thành viên Ban kiểm phiếu")}
        return msgbox.ask(self, self.tr("Một người hai nhiệm vụ"), self.tr(
            "Đồng chí {name} đã được đề cử làm {roles}. Ban kiểm phiếu kiểm phiếu và ký biên "
            "bản kiểm phiếu; chủ trì điều hành, thư ký ghi biên bản, hai người ký biên bản hội "
            "nghị: thường mỗi người một nhiệm vụ để kết quả được kiểm tra chéo. Vẫn đề cử đồng "
            "chí {name} làm {role}?").format(
                name=name, roles=self.tr(" và ").join(words[k] for k in held),
                role=words[self.chosen_role()]))

    def make_head(self) -> bool:
        return self._act(lambda s: make_head_teller(s, self._selected(s)))

    def withdraw(self) -> bool:
        return self._act(lambda s: withdraw(s, self._selected(s)))

    def fill_unanimous(self) -> None:
        self.votes_for.setValue(self.votes_for.maximum())
        self.votes_against.setValue(0)

    def record_selected(self) -> bool:
        return self._act(lambda s: record_hands(s, self._selected(s), self.votes_for.value(),
                                                self.votes_against.value()))

    def record_pending(self) -> bool:
        def record(s: Session) -> None:
            if not record_hands_for_all(s, self.context.meeting_id, self.votes_for.value(),
                                        self.votes_against.value()):
                raise ApprovalError(self.tr("Mọi đề cử đã được biểu quyết."))
        return self._act(record)

    def missing(self) -> list[str]:
        with self.context.session() as s:
            return approval_gaps(s, self.context.meeting_id)
