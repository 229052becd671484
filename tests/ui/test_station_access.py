"""The chair sets the station PIN in the host guide (Trợ giúp → Thiết lập máy chủ…), which also
says what to install and the command each station types; a teller station's window opens the
meeting only once its PIN is right, and what it may not do is a message, not a crash."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from models.database import Database
from models.enums import AttendanceStatus
from services.ballot.attendance import set_attendance
from services.stations.access import StationRefused
from services.stations.host import lan_addresses
from tests.helpers.builders import TWELVE_OFFICIAL, build_meeting, member_id
from tests.helpers.ui import Boxes, give_pin, open_window
from ui.app import open_main_window
from ui.crash import make_excepthook
from ui.dialogs.host_guide import HostGuideDialog
from ui.main_window import MainWindow


def host_guide_action(window: MainWindow):  # type: ignore[no-untyped-def]
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Trợ giúp")
    return next(a for a in menu.actions()
                if a.text() == "Thiết lập &máy chủ cho các máy nhập phiếu…")


def test_the_chair_sets_the_pin_and_a_station_joins_with_it(
        qtbot: QtBot, db: Database, boxes: Boxes) -> None:
    meeting_id = build_meeting(db, TWELVE_OFFICIAL)
    chair = open_window(qtbot, db)
    shown: list[str] = []

    def guide(dialog: QDialog) -> int:
        assert isinstance(dialog, HostGuideDialog)
        steps = dialog.steps.toPlainText()
        assert "1. Cài PostgreSQL trên máy chủ tọa" in steps
        assert f'hoinghi export {meeting_id} "hoi-nghi.json"' in steps
        address = (lan_addresses() or ["192.168.1.10"])[0]
        assert (f'hoinghi --db "postgresql+psycopg://hoinghi:MATKHAU@{address}/hoinghi" '
                '--station "Tổ 2"') in steps
        assert dialog.status.text() == "Chưa đặt mã PIN: chưa máy nhập phiếu nào vào được."
        dialog.pin.setText("12ab")
        dialog.pin_button.click()
        shown.append(dialog.status.text())
        dialog.pin.setText("482913")
        dialog.pin_button.click()
        shown.append(dialog.status.text())
        dialog.resize(820, 680)
        dialog.grab().save("/tmp/i17_host_guide.png")
        return 0

    # A station before the PIN is set: told so, and it may give up.
    seen: list[str] = []
    boxes.answers += [give_pin("482913", seen), lambda _dialog: QDialog.DialogCode.Rejected]
    early = open_main_window(db, None, "Tổ 2")
    qtbot.addWidget(early)
    assert early.controller.context is None and not early.isVisible()
    assert seen == ["Mã PIN chủ tọa đặt cho các máy nhập phiếu (máy “Tổ 2”):"]

    boxes.answers.append(guide)
    host_guide_action(chair).trigger()
    assert shown[0].startswith("Mã PIN phải gồm 4 đến 8 chữ số")
    assert shown[1] == "Đã đặt mã PIN; đặt lại thì các máy vào sau dùng mã mới."

    seen.clear()
    boxes.answers += [give_pin("482914", seen), give_pin("482913", seen)]
    station = open_main_window(db, None, "Tổ 2")
    qtbot.addWidget(station)
    assert seen[1].startswith("Mã PIN không đúng: máy “Tổ 2” chưa được vào hội nghị.")
    context = station.controller.context
    assert context is not None and context.meeting_id == meeting_id
    assert station.heading.text() == "Bước 1/9. Khai mạc"

    # The station may not mark attendance, whichever page asks; uncaught, it is a message.
    try:
        context.act(set_attendance, meeting_id, member_id(db, TWELVE_OFFICIAL[0][0]),
                    AttendanceStatus.absent)
    except StationRefused as refused:
        make_excepthook(None)(StationRefused, refused, None)
    assert boxes.seen[-1] == ("Chỉ máy chủ tọa", "Máy “Tổ 2” là máy nhập phiếu: chỉ máy chủ "
                              "tọa mới được thay đổi điểm danh (a teller station may key its "
                              "own pile only)")
    station.close()
    chair.close()
