"""Who may do what: the meeting's station PIN, and what a teller station may change.

The chair's laptop hosts the meeting and may change anything. A teller station joins with the
PIN the chair set for the meeting (stored salted and hashed, never as typed) and may then key
its own pile and nothing else: attendance, the rules, the rounds' figures, the agreed counts,
the agenda and every other part of the meeting are refused at the flush, whatever path the
change took, so a page that forgot to hide a button still cannot write. Another station's
pile is refused by services/ballot/sheets.py (`SheetHeldElsewhere`).

A session's station is the one its actor names (services/stations/names.py).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session, UOWTransaction

from models.audit import ACTOR_KEY
from models.database import Database
from models.meeting import Meeting
from services.common.errors import Refusal
from services.stations.names import station_label, station_of

PIN_LENGTHS = range(4, 9)
_ITERATIONS = 100_000
_SCHEME = "pbkdf2_sha256"

# What a teller station may write: its own pile (sheets, ballots, totals, the entry log) and
# the window's own settings (the page it was on, its language).
STATION_TABLES = frozenset({"entry_sheet", "entry_ballot", "entry_total", "entry_log",
                            "app_setting"})
# What a refusal names, by table; anything else is "dữ liệu hội nghị".
_WHAT = {
    "attendance": "điểm danh",
    "meeting": "thông tin hội nghị (quy tắc xếp loại, bước, mã PIN)",
    "agenda_step": "các bước của hội nghị",
    "role_assignment": "chủ trì, thư ký và Ban kiểm phiếu",
    "ballot_round": "vòng biểu quyết (đối chiếu phiếu, quy tắc, khóa vòng)",
    "round_subject": "kết quả biểu quyết đã thống nhất",
    "member": "danh sách đảng viên",
    "organisation": "danh sách chi bộ",
}


class StationRefused(Refusal):
    """A teller station asked for something only the chair's laptop may do, or gave a wrong
    PIN; nothing was stored."""


def _hash(pin: str, salt: bytes, iterations: int) -> str:
    return hashlib.pbkdf2_hmac("sha256", pin.encode(), salt, iterations).hex()


def _check_format(pin: str) -> str:
    pin = pin.strip()
    if not pin.isascii() or not pin.isdigit() or len(pin) not in PIN_LENGTHS:
        raise Refusal(f"Mã PIN phải gồm {PIN_LENGTHS.start} đến {PIN_LENGTHS.stop - 1} chữ số "
                      "(the PIN must be 4 to 8 digits)", "pin")
    return pin


def set_station_pin(session: Session, meeting_id: int, pin: str) -> None:
    """The chair sets (or changes) the PIN teller stations give to join this meeting."""
    salt = secrets.token_bytes(16)
    session.get_one(Meeting, meeting_id).station_pin = (
        f"{_SCHEME}${_ITERATIONS}${salt.hex()}${_hash(_check_format(pin), salt, _ITERATIONS)}")


def has_station_pin(db: Database, meeting_id: int) -> bool:
    with db.session() as session:
        return session.get_one(Meeting, meeting_id).station_pin is not None


def admit_station(db: Database, meeting_id: int, station: str, pin: str) -> None:
    """Let teller station `station` join the meeting; refused (StationRefused) when the chair
    has set no PIN yet or `pin` is not it."""
    with db.session() as session:
        meeting = session.get_one(Meeting, meeting_id)
        stored, title = meeting.station_pin, meeting.body
    if stored is None:
        raise StationRefused(f"Chủ tọa chưa đặt mã PIN cho các máy nhập phiếu của hội nghị "
                             f"“{title}”: trên máy chủ tọa, chọn Trợ giúp → Thiết lập máy chủ "
                             "cho các máy nhập phiếu (no station PIN set yet)", "pin")
    _scheme, iterations, salt, digest = stored.split("$")
    if not hmac.compare_digest(_hash(pin.strip(), bytes.fromhex(salt), int(iterations)),
                               digest):
        raise StationRefused(f"Mã PIN không đúng: {station_label(station)} chưa được vào "
                             "hội nghị. Hỏi chủ tọa mã PIN (wrong PIN)", "pin")


@event.listens_for(Session, "before_flush")
def _refuse_what_a_station_may_not_change(session: Session, _ctx: UOWTransaction,
                                          _instances: Any) -> None:
    station = station_of(str(session.info.get(ACTOR_KEY, "")))
    if station is None:
        return
    for obj in (*session.new, *session.dirty, *session.deleted):
        table = obj.__table__.name
        if table in STATION_TABLES:
            continue
        if obj in session.dirty and not session.is_modified(obj, include_collections=False):
            continue
        label = station_label(station)
        raise StationRefused(
            f"{label[:1].upper()}{label[1:]} là máy nhập phiếu: chỉ máy chủ tọa mới "
            f"được thay đổi {_WHAT.get(table, 'dữ liệu hội nghị')} (a teller station may key "
            "its own pile only)", table)
