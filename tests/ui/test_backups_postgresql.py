"""The "Sao lưu" menu on a PostgreSQL meeting: each step change keeps the meeting's export file,
"Sao lưu ngay" adds one, and restoring one makes a new meeting from it and opens it, the
meeting in use left as it is. Runs when HOINGHI_PG_URL is set (see tests/models/test_postgresql.py).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from models.database import Database
from models.roster import Member
from services.integrity.audit import verify
from services.integrity.backups import list_snapshots
from services.meeting_file.store import export_meeting
from tests.helpers.builders import TWELVE_OFFICIAL, build_meeting
from tests.helpers.postgresql import PG_URL, pg  # noqa: F401  (the fixture)
from tests.helpers.ui import Boxes, backups_action, open_window
from ui.dialogs.backups import BackupsDialog

pytestmark = pytest.mark.skipif(not PG_URL, reason="HOINGHI_PG_URL is not set")


def member_name(db: Database, meeting_id: int) -> str:
    with db.session() as s:
        return s.scalars(select(Member.full_name).where(Member.meeting_id == meeting_id)
                         .order_by(Member.id)).first() or ""


def test_a_postgresql_meeting_is_kept_as_its_export_file_and_restored_as_a_new_meeting(
        qtbot: QtBot, pg: Database, boxes: Boxes, tmp_path: Path,  # noqa: F811
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))  # the data folder holds the backups
    meeting_id = build_meeting(pg, TWELVE_OFFICIAL)
    original = member_name(pg, meeting_id)
    window = open_window(qtbot, pg)
    boxes.answers.append(True)  # move on although the opening is not recorded
    assert window.go_to(2)
    [snapshot] = list_snapshots(pg, meeting_id)
    assert snapshot.reason == "buoc-2" and snapshot.is_export
    assert snapshot.path.is_relative_to(tmp_path)
    assert json.loads(snapshot.path.read_text(encoding="utf-8")) == export_meeting(pg, meeting_id)
    with pg.session("chair") as s, s.begin():
        s.scalars(select(Member).where(Member.meeting_id == meeting_id)
                  .order_by(Member.id)).first().full_name = "Tên đổi sau bước 2"  # type: ignore[union-attr]

    seen: dict[str, object] = {}

    def restore_step_two(dialog: QDialog) -> int:
        assert isinstance(dialog, BackupsDialog)
        dialog.snapshot_button.click()
        table = dialog.table
        seen["rows"] = [table.item(r, 1).text() for r in range(table.rowCount())]
        dialog.grab().save(f"{tmp_path}/backups-dialog.png")
        table.selectRow(1)
        dialog.restore_button.click()
        seen["restored"] = dialog.restored
        return 0

    boxes.answers += [restore_step_two, True]
    backups_action(window).trigger()
    assert seen == {"rows": ["Sao lưu thủ công", "Chuyển sang bước 2"], "restored": True}
    assert any("Tạo một hội nghị mới từ bản sao lưu lúc" in text for text in boxes.texts())
    context = window.controller.context
    assert context is not None and context.meeting_id != meeting_id
    assert member_name(pg, context.meeting_id) == original
    assert member_name(pg, meeting_id) == "Tên đổi sau bước 2"
    assert verify(pg).intact
