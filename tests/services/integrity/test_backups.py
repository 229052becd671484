"""Snapshots are listed with time and reason, the newest 20 kept; restoring one brings its data
back, keeps the replaced state in a snapshot of its own, and is itself on the audit record."""

from __future__ import annotations

import json
import sqlite3

import pytest
from sqlalchemy import select

from models.audit import AuditEvent
from models.backup import KEEP_BACKUPS
from models.database import Database, open_database
from models.enums import AttendanceStatus
from models.roster import Member
from services.ballot.attendance import set_attendance
from services.integrity.audit import verify
from services.integrity.backups import (
    BEFORE_RESTORE,
    MANUAL,
    BackupError,
    list_snapshots,
    restore_snapshot,
    step_reason,
    take_snapshot,
)
from tests.helpers.integrity import dump, full_meeting


def member_position(db: Database, code: str) -> str:
    with db.session() as s:
        return s.scalars(select(Member.position).where(Member.code == code)).one()


def set_position(db: Database, code: str, position: str) -> None:
    with db.session("chair") as s, s.begin():
        s.scalars(select(Member).where(Member.code == code)).one().position = position


def test_snapshots_are_listed_newest_first_with_their_reason(db: Database) -> None:
    full_meeting(db)
    take_snapshot(db, step_reason(2))
    take_snapshot(db, MANUAL)
    snapshots = list_snapshots(db)
    assert [s.reason for s in snapshots] == [MANUAL, "buoc-2"]
    assert snapshots[1].step == 2 and snapshots[0].step is None
    assert snapshots[0].taken_at >= snapshots[1].taken_at
    assert all(s.size > 0 for s in snapshots)


def test_only_the_newest_twenty_are_kept(db: Database) -> None:
    for step in range(KEEP_BACKUPS + 5):
        take_snapshot(db, step_reason(step))
    snapshots = list_snapshots(db)
    assert len(snapshots) == KEEP_BACKUPS
    assert snapshots[-1].reason == step_reason(5)


def test_a_restore_brings_the_data_back_and_is_recorded(db: Database) -> None:
    meeting_id = full_meeting(db)
    original = member_position(db, "m05")
    take_snapshot(db, step_reason(3))
    assert db.file is not None
    at_snapshot = dump(db.file)
    set_position(db, "m05", "Đã đổi sau bản sao lưu")
    with db.session("secretary") as s, s.begin():
        member = s.scalars(select(Member).where(Member.code == "m01")).one()
        set_attendance(s, meeting_id, member.id, AttendanceStatus.absent, "Đi công tác")
    with db.session() as s:
        head = s.scalars(select(AuditEvent.hash).order_by(AuditEvent.id.desc())).first()

    snapshot = list_snapshots(db)[0]
    kept = restore_snapshot(db, snapshot, actor="chair")

    assert member_position(db, "m05") == original
    restored = dump(db.file)
    assert [line for line in restored if "audit_event" not in line] == \
        [line for line in at_snapshot if "audit_event" not in line]
    result = verify(db)
    assert result.intact, result.problem
    with db.session() as s:
        last = s.scalars(select(AuditEvent).order_by(AuditEvent.id.desc())).first()
    assert last is not None
    assert (last.actor, last.action, last.table_name) == ("chair", "restore", "database")
    record = json.loads(last.changes)
    assert record["snapshot"] == snapshot.path.name and record["replaced_head"] == head
    assert record["replaced_kept_as"] == kept.name and BEFORE_RESTORE in kept.name

    replaced = open_database(kept)
    try:
        assert member_position(replaced, "m05") == "Đã đổi sau bản sao lưu"
        assert verify(replaced).intact
    finally:
        replaced.dispose()


def test_the_app_keeps_working_on_the_restored_file(db: Database) -> None:
    full_meeting(db)
    take_snapshot(db, MANUAL)
    set_position(db, "m05", "Trước khôi phục")
    restore_snapshot(db, list_snapshots(db)[0], actor="chair")
    set_position(db, "m05", "Sau khôi phục")
    assert member_position(db, "m05") == "Sau khôi phục"
    assert verify(db).intact
    assert db.file is not None
    with sqlite3.connect(db.file) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


@pytest.mark.parametrize("content", [b"", b"SQLite format 3\x00" + b"\x00" * 50,
                                     b"not a database at all" * 200])
def test_a_damaged_or_foreign_snapshot_is_refused_and_nothing_changes(
        db: Database, content: bytes) -> None:
    full_meeting(db)
    take_snapshot(db, MANUAL)
    snapshot = list_snapshots(db)[0]
    snapshot.path.write_bytes(content)
    assert db.file is not None
    before = dump(db.file)
    with pytest.raises(BackupError):
        restore_snapshot(db, snapshot, actor="chair")
    assert dump(db.file) == before
    assert len(list_snapshots(db)) == 1


def test_a_foreign_sqlite_file_is_refused(db: Database) -> None:
    take_snapshot(db, MANUAL)
    snapshot = list_snapshots(db)[0]
    snapshot.path.unlink()
    with sqlite3.connect(snapshot.path) as other:
        other.execute("CREATE TABLE t (x)")
    with pytest.raises(BackupError, match="không phải bản sao lưu"):
        restore_snapshot(db, snapshot, actor="chair")


def test_a_restore_while_another_connection_writes_is_refused_cleanly(db: Database) -> None:
    full_meeting(db)
    take_snapshot(db, MANUAL)
    set_position(db, "m05", "Sau bản sao lưu")
    assert db.file is not None
    before = dump(db.file)
    other = sqlite3.connect(db.file, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # someone holds the write lock
    try:
        with pytest.raises(BackupError, match="đang bận"):
            restore_snapshot(db, list_snapshots(db)[-1], actor="chair")
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert dump(db.file) == before
    assert member_position(db, "m05") == "Sau bản sao lưu"
