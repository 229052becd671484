"""The "Sao lưu" menu: a snapshot at each step change, the list with time and reason, restoring
one after the chair's yes (and nothing on a no); the restore is on the audit record."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from models.audit import AuditEvent
from models.database import Database
from models.meeting import Meeting
from models.roster import Member
from services.integrity.audit import verify
from services.integrity.backups import list_snapshots
from tests.helpers.builders import TWELVE_OFFICIAL, build_meeting
from tests.helpers.ui import Boxes, backups_action, open_window
from ui.dialogs.backups import BackupsDialog


def rename_first_member(db: Database, name: str) -> None:
    with db.session("chair") as s, s.begin():
        s.scalars(select(Member).order_by(Member.id)).first().full_name = name  # type: ignore[union-attr]


def first_member(db: Database) -> str:
    with db.session() as s:
        return s.scalars(select(Member.full_name).order_by(Member.id)).first() or ""


def test_a_step_change_takes_a_snapshot_that_can_be_restored(
        qtbot: QtBot, db: Database, boxes: Boxes, tmp_path: Path) -> None:
    meeting_id = build_meeting(db, TWELVE_OFFICIAL)
    window = open_window(qtbot, db)
    boxes.answers.append(True)  # move on although the opening is not recorded
    assert window.go_to(2)
    assert [s.reason for s in list_snapshots(db)] == ["buoc-2"]
    assert window.controller.context is not None
    with window.controller.context.session() as s, s.begin():  # an action that can be undone
        s.scalars(select(Member).order_by(Member.id)).first().full_name = "Tên đổi sau bước 2"  # type: ignore[union-attr]
    assert window.history.stack.count() == 1
    boxes.answers.append(True)  # move on although attendance is not taken
    assert window.go_to(3)

    seen: dict[str, object] = {}

    def restore_step_two(dialog: QDialog) -> int:
        assert isinstance(dialog, BackupsDialog)
        table = dialog.table
        seen["rows"] = [(table.item(r, 1).text()) for r in range(table.rowCount())]
        dialog.grab().save(f"{tmp_path}/backups-dialog.png")
        table.selectRow(1)
        dialog.restore_button.click()
        seen["restored"] = dialog.restored
        return 0

    boxes.answers += [restore_step_two, True]
    backups_action(window).trigger()
    assert seen == {"rows": ["Chuyển sang bước 3", "Chuyển sang bước 2"], "restored": True}
    assert any("Đưa toàn bộ dữ liệu về lúc" in text for text in boxes.texts())
    assert first_member(db) == "Nguyễn Văn An"
    with db.session() as s:
        assert s.get_one(Meeting, meeting_id).current_step == 2
        last = s.scalars(select(AuditEvent).order_by(AuditEvent.id.desc())).first()
        assert last is not None and (last.action, last.actor) == ("restore", "chair")
    assert window.heading.text() == "Bước 2/9. Điểm danh"
    assert window.history.stack.count() == 0  # what it recorded is no longer in the data
    assert verify(db).intact


def test_no_to_the_confirmation_changes_nothing(qtbot: QtBot, db: Database,
                                                boxes: Boxes) -> None:
    build_meeting(db, TWELVE_OFFICIAL)
    window = open_window(qtbot, db)
    boxes.answers.append(True)  # move on although the opening is not recorded
    assert window.go_to(2)
    rename_first_member(db, "Giữ nguyên")

    def decline(dialog: QDialog) -> int:
        assert isinstance(dialog, BackupsDialog)
        dialog.restore_button.click()
        assert not dialog.restored
        dialog.snapshot_button.click()
        assert dialog.table.rowCount() == 2
        assert dialog.table.item(0, 1).text() == "Sao lưu thủ công"
        return 0

    boxes.answers += [decline, False]
    backups_action(window).trigger()
    assert first_member(db) == "Giữ nguyên"
