"""The chair sets the station PIN in the host guide (Trợ giúp → Thiết lập máy chủ…), which also
says what to install and the command each station types; a teller station's window opens the
meeting only once its PIN is right, and what it may not do is a message, not a crash."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from models.ballot_entry import EntryMode
from models.database import Database
from models.enums import AttendanceStatus, SubjectKind
from services.ballot.attendance import set_attendance
from services.ballot.reconciliation import save_reconciliation
from services.ballot.rounds import open_round
from services.ballot.sheets import (
    approved_tellers,
    finish_ballot,
    resume_ballot,
    set_mark,
    start_sheet,
)
from services.documents.catalogue import DocumentKind
from services.meeting_file.store import import_meeting
from services.stations.access import StationRefused, set_station_pin
from services.stations.host import lan_addresses
from services.stations.names import actor_name
from tests.helpers import SEED_MEETING
from tests.helpers.builders import TWELVE_OFFICIAL, build_meeting, member_id
from tests.helpers.documents import flat, pdf_text
from tests.helpers.piles import act, approve_tellers, call_the_roll
from tests.helpers.ui import WAIT_MS, Boxes, give_pin, open_documents, open_window, save_as
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


def test_a_station_prints_its_tellers_entry_log_from_the_documents_window(
        qtbot: QtBot, db: Database, boxes: Boxes, tmp_path: Path) -> None:
    meeting_id = import_meeting(db, SEED_MEETING)
    call_the_roll(db, meeting_id)
    tellers = approve_tellers(db, meeting_id)
    round_id = act(db, open_round, meeting_id, SubjectKind.organisation)
    act(db, save_reconciliation, round_id, {"issued": "10", "returned": "10"})
    act(db, set_station_pin, meeting_id, "482913")
    teller = next(t.name for t in approved_tellers(db, meeting_id) if t.id == tellers[0])
    keying = {"actor": actor_name("teller", "Tổ 2", teller), "station": "Tổ 2"}
    sheet = start_sheet(db, round_id, tellers[0], EntryMode.per_ballot, **keying)
    ballot = resume_ballot(db, sheet.id, **keying)
    for _ in range(3):
        assert ballot is not None
        for row in range(len(ballot.marks)):
            set_mark(db, ballot.id, row, "2", **keying)
        ballot = finish_ballot(db, ballot.id, **keying)

    boxes.answers.append(give_pin("482913", []))
    station = open_main_window(db, None, "Tổ 2")
    qtbot.addWidget(station)
    documents = open_documents(qtbot, station)
    spec = next(s for s in documents.specs() if s.kind is DocumentKind.entry_log)
    assert spec.title == "Nhật ký nhập phiếu"
    with qtbot.waitSignal(documents.preview_ready, timeout=WAIT_MS):
        documents.choose(spec)
    boxes.answers.append(save_as(tmp_path / "nhat-ky"))
    documents.pdf_button.click()  # a station's own copy: nothing the station may not write
    text = flat(pdf_text(tmp_path / "nhat-ky.pdf"))
    assert f"Người nhập: {teller} (nhập từng phiếu)" in text
    assert "Lưu 3 phiếu, số 1–3" in text and "máy “Tổ 2”" in text
    assert not [seen for seen in boxes.seen if seen[0] == "Chỉ máy chủ tọa"]
    documents.close()
    station.close()
