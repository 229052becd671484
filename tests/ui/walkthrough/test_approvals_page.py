"""Step 3 on screen: proposals, the show of hands, the head teller; tellers are official members
present, and the page says why when they are not."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from models.database import Database
from models.enums import AttendanceStatus, MemberStatus, RoleKind
from models.meeting import RoleAssignment
from models.roster import Member
from services.ballot.attendance import set_attendance
from services.meeting.approvals import roles_of
from tests.helpers.builders import TWELVE_OFFICIAL, build_meeting
from tests.helpers.ui import Boxes
from ui.context import MeetingContext, MeetingEvents
from ui.pages.approvals import ApprovalsPage


def choose(page: ApprovalsPage, role: RoleKind, name: str) -> None:
    page.role.setCurrentIndex(page.role.findData(role.value))
    index = next(i for i in range(page.person.count()) if page.person.itemText(i).startswith(name))
    page.person.setCurrentIndex(index)


def test_the_demo_proposals_are_approved_by_one_show_of_hands(
        qtbot: QtBot, db: Database, context: MeetingContext) -> None:
    page = ApprovalsPage(context)
    qtbot.addWidget(page)
    changed: list[str] = []
    context.events.changed.connect(changed.append)
    assert page.present.text() == "Số có quyền biểu quyết có mặt: 10"
    assert [page.table.item(row, 0).text() for row in range(5)] == [
        "Chủ trì", "Thư ký", "Trưởng ban kiểm phiếu", "Thành viên Ban kiểm phiếu",
        "Thành viên Ban kiểm phiếu"]
    assert "Chủ trì (Nguyễn Công Việt) chưa được biểu quyết thông qua." in page.missing()
    qtbot.mouseClick(page.unanimous, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.record_all, Qt.MouseButton.LeftButton)
    assert page.table.item(0, ApprovalsPage.RESULT).text() == "thông qua (10/10 tán thành)"
    assert page.missing() == [] and changed == ["roles"]
    page.record_pending()
    assert page.message.text() == "Mọi đề cử đã được biểu quyết."

    page.table.selectRow(4)  # Ngô Văn Hiếu becomes head teller
    qtbot.mouseClick(page.head, Qt.MouseButton.LeftButton)
    page.votes_for.setValue(4)
    page.votes_against.setValue(6)
    page.table.selectRow(1)
    qtbot.mouseClick(page.record_one, Qt.MouseButton.LeftButton)
    assert page.table.item(1, ApprovalsPage.RESULT).text() == "không thông qua (4/10 tán thành)"
    assert page.missing() == ["Thư ký (Bùi Văn Toàn) chưa được biểu quyết thông qua."]
    with db.session() as s:
        heads = [r.name for r in roles_of(s, context.meeting_id) if r.is_head]
        assert heads == ["Ngô Văn Hiếu"]


def test_tellers_are_official_members_present_chair_may_be_a_guest(
        qtbot: QtBot, db: Database) -> None:
    roster = TWELVE_OFFICIAL[:4] + [("Mai Văn Dự", MemberStatus.probationary)]
    meeting_id = build_meeting(db, roster)
    with db.session("test") as s, s.begin():
        for member in s.scalars(select(Member).where(Member.meeting_id == meeting_id)):
            absent = member.full_name == "Phạm Thị Dung"
            set_attendance(s, meeting_id, member.id, AttendanceStatus.absent_excused if absent
                           else AttendanceStatus.present, "công tác" if absent else None)
    context = MeetingContext(db, meeting_id, MeetingEvents())
    page = ApprovalsPage(context)
    qtbot.addWidget(page)
    page.role.setCurrentIndex(page.role.findData(RoleKind.teller.value))
    offered = [page.person.itemText(i) for i in range(page.person.count())]
    assert offered == ["Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường"]  # by given name
    assert not page.person.isEditable()
    choose(page, RoleKind.teller, "Lê Văn Cường")
    assert page.propose()
    choose(page, RoleKind.teller, "Lê Văn Cường")
    assert not page.propose()
    assert page.message.text() == "Đồng chí Lê Văn Cường đã được đề cử vào Ban kiểm phiếu."

    page.role.setCurrentIndex(page.role.findData(RoleKind.chair.value))
    assert page.person.isEditable()
    page.person.setEditText("Đồng chí Khách Cấp Trên")
    assert page.propose()
    with db.session() as s:
        roles = [(r.role, r.member_id is None, r.name, r.is_head)
                 for r in s.scalars(select(RoleAssignment))]
    assert sorted(roles) == sorted([(RoleKind.teller, False, "Lê Văn Cường", True),
                                    (RoleKind.chair, True, "Đồng chí Khách Cấp Trên", False)])
    # the teller is marked absent afterwards: the show of hands on him is refused
    with db.session("test") as s, s.begin():
        member = s.scalars(select(Member).where(Member.full_name == "Lê Văn Cường")).one()
        set_attendance(s, meeting_id, member.id, AttendanceStatus.absent, "")
    page.refresh()
    page.table.selectRow(1)
    page.votes_for.setValue(3)
    assert not page.record_selected()
    assert "chưa được điểm danh có mặt" in page.message.text()
    assert any("chưa được điểm danh có mặt" in gap for gap in page.missing())


def test_nominating_the_chair_as_teller_is_said_and_confirmed(
        qtbot: QtBot, db: Database, context: MeetingContext, boxes: Boxes) -> None:
    """Issue 13: the chair could be nominated teller with no word said. The chair of the demo
    meeting, Nguyễn Công Việt, is proposed to the tellers: the page asks first; "no" keeps
    the tellers as they were, "yes" adds him."""
    page = ApprovalsPage(context)
    qtbot.addWidget(page)

    def tellers() -> list[str]:
        with db.session() as s:
            return [r.name for r in roles_of(s, context.meeting_id) if r.role is RoleKind.teller]

    before = tellers()
    choose(page, RoleKind.teller, "Nguyễn Công Việt")
    boxes.answers = [False]
    assert not page.propose()
    title, text = boxes.seen[-1]
    assert title == "Một người hai nhiệm vụ"
    assert text.startswith("Đồng chí Nguyễn Công Việt đã được đề cử làm chủ trì hội nghị. "
                           "Ban kiểm phiếu kiểm phiếu và ký biên bản kiểm phiếu")
    assert text.endswith("Vẫn đề cử đồng chí Nguyễn Công Việt làm thành viên Ban kiểm phiếu?")
    assert tellers() == before
    boxes.answers = [True]
    assert page.propose()
    assert tellers() == [*before, "Nguyễn Công Việt"]

    choose(page, RoleKind.teller, "Thái Thanh Yến")  # neither chair nor secretary: no question
    asked = len(boxes.seen)
    assert page.propose()
    assert len(boxes.seen) == asked


def test_a_name_typed_without_accents_proposes_the_member(qtbot: QtBot, db: Database) -> None:
    """A newcomer typed "thanh" for Lê Văn Thành: nothing was offered and a guest "thanh" was
    proposed as chair. The field suggests as the speaker field does and takes the member."""
    meeting_id = build_meeting(db, TWELVE_OFFICIAL)
    with db.session("test") as s, s.begin():
        for member in s.scalars(select(Member).where(Member.meeting_id == meeting_id)):
            set_attendance(s, meeting_id, member.id, AttendanceStatus.present, None)
    page = ApprovalsPage(MeetingContext(db, meeting_id, MeetingEvents()))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    page.role.setCurrentIndex(page.role.findData(RoleKind.chair.value))
    editor = page.person.lineEdit()
    editor.setFocus()
    qtbot.keyClicks(editor, "cuong")
    completer = page.person.completer()
    assert completer.popup().isVisible()
    assert [completer.completionModel().index(row, 0).data()
            for row in range(completer.completionCount())] == ["Lê Văn Cường"]
    qtbot.mouseClick(page.propose_button, Qt.MouseButton.LeftButton)
    assert page.chosen_role() is RoleKind.secretary  # next, not a second chair
    page.person.setEditText("ha")  # Võ Thị Hà, Đặng Văn Hải, Bùi Thị Hằng: say so, keep none
    assert not page.propose()
    assert page.message.text().startswith("“ha” khớp với nhiều người (Võ Thị Hà, Đặng Văn Hải")
    with db.session() as s:
        roles = [(r.role, r.name) for r in s.scalars(select(RoleAssignment))]
        cuong = s.scalars(select(Member).where(Member.full_name == "Lê Văn Cường")).one()
        chair = s.scalars(select(RoleAssignment)).one()
    assert roles == [(RoleKind.chair, "Lê Văn Cường")] and chair.member_id == cuong.id
    assert page.table.item(0, ApprovalsPage.NAME).text() == "Lê Văn Cường"
