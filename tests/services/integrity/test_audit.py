"""The audit log records every change and `verify` catches any change made outside the app."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select, text

from models.audit import AuditEvent
from models.database import Database
from models.enums import AttendanceStatus
from models.meeting import Attendance, Meeting, PartyUnit
from models.roster import Member
from services.integrity.audit import verify


@pytest.fixture
def meeting(db: Database) -> int:
    with db.session("chair") as s, s.begin():
        unit = PartyUnit(name="Đảng bộ Cục Quản lý thị trường tỉnh Tiền Giang")
        m = Meeting(party_unit=unit, review_year=2021, place="Tiền Giang")
        for code, name in [("m01", "Nguyễn Công Việt"), ("m02", "Thái Thanh Yến")]:
            member = Member(code=code, full_name=name)
            m.members.append(member)
            m.attendance.append(Attendance(member=member))
        s.add(unit)
        s.flush()
        return m.id


def test_every_change_is_an_event_with_actor_and_old_and_new(db: Database, meeting: int) -> None:
    with db.session("secretary") as s, s.begin():
        member = s.scalars(select(Member).where(Member.code == "m02")).one()
        member.attendance.status = AttendanceStatus.absent_excused
        member.attendance.reason = "Ốm"
    with db.session() as s:
        last = s.scalars(select(AuditEvent).order_by(AuditEvent.id.desc())).first()
    assert last is not None
    assert (last.actor, last.table_name, last.action) == ("secretary", "attendance", "update")
    assert json.loads(last.changes) == {
        "reason": ["", "Ốm"], "status": ["present", "absent_excused"],
    }
    assert verify(db).intact


def test_deleting_through_the_app_is_recorded(db: Database, meeting: int) -> None:
    with db.session() as s, s.begin():
        s.delete(s.scalars(select(Member).where(Member.code == "m01")).one())
    result = verify(db)
    assert result.intact, result.problem


@pytest.mark.parametrize(
    ("statement", "named"),
    [
        ("UPDATE member SET full_name = 'Nguyễn Văn Giả' WHERE code = 'm01'", "cột full_name"),
        ("UPDATE attendance SET status = 'absent' WHERE id = 1", "cột status"),
        ("UPDATE meeting SET review_year = 2020", "cột review_year"),
        ("DELETE FROM attendance WHERE id = 2", "đã bị xóa khỏi dữ liệu"),
        (
            "INSERT INTO party_unit (id, name, superior) VALUES (9, 'X', '')",
            "không có trong nhật ký",
        ),
        ("DELETE FROM audit_event WHERE id = 3", "không nối tiếp"),
        ("UPDATE audit_event SET changes = replace(changes, 'Việt', 'Viet')", "đã bị sửa"),
        ("UPDATE audit_event SET id = id + 100 WHERE id = 2", "không nối tiếp"),
    ],
)
def test_a_change_outside_the_app_is_caught_and_named(
    db: Database, meeting: int, statement: str, named: str
) -> None:
    assert verify(db).intact
    with db.engine.begin() as connection:
        connection.execute(text(statement))
    result = verify(db)
    assert not result.intact
    assert named in (result.problem or "")


def test_verify_command_exit_codes(db: Database, meeting: int) -> None:
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[3]
    command = [sys.executable, str(root / "main.py"), "--db", str(db.file), "verify"]
    ok = subprocess.run(command, capture_output=True, text=True, cwd=root)
    assert ok.returncode == 0, ok.stderr
    assert "nguyên vẹn" in ok.stdout
    with db.engine.begin() as connection:
        connection.execute(text("UPDATE member SET position = 'Bí thư' WHERE code = 'm02'"))
    bad = subprocess.run(command, capture_output=True, text=True, cwd=root)
    assert bad.returncode == 1
    assert "member" in bad.stderr and "position" in bad.stderr
    assert "Traceback" not in bad.stderr
