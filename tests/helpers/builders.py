"""Small meetings built through the services, for tests that need one on the database."""

from __future__ import annotations

import csv
import io
import json
import unicodedata
from pathlib import Path

from sqlalchemy import select

from models.database import Database
from models.enums import BodyKind, MemberStatus
from models.roster import Member
from services.meeting.setup import MemberData, add_member, create_meeting
from tests.helpers import SEED_MEETING


def build_meeting(db: Database, members: list[tuple[str, MemberStatus]],
                  body_kind: BodyKind = BodyKind.chi_bo, year: int = 2024) -> int:
    """A meeting of "Chi bộ Thử nghiệm" whose roster is `members` (name, status), all in the
    convened body, coded m01, m02, ...; returns its id."""
    with db.session("test") as s, s.begin():
        meeting = create_meeting(s, "Chi bộ Thử nghiệm", year)
        meeting.body_kind = body_kind
        for number, (name, status) in enumerate(members, start=1):
            add_member(s, meeting.id, MemberData(code=f"m{number:02d}", full_name=name,
                                                 status=status))
        return meeting.id


TWELVE_OFFICIAL = [(name, MemberStatus.official) for name in (
    "Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường", "Phạm Thị Dung", "Hoàng Văn Đức",
    "Võ Thị Hà", "Đặng Văn Hải", "Bùi Thị Hằng", "Đỗ Văn Khoa", "Ngô Thị Lan",
    "Dương Văn Minh", "Lý Thị Ngọc")]


CELL = "Chi bộ Văn phòng"


def cell_meeting_file(tmp_path: Path) -> Path:
    """The seed meeting held as a cell meeting of its first ten members (ten voters): no rounds
    yet (its cells stay on the roster)."""
    data = json.loads(SEED_MEETING.read_text(encoding="utf-8"))
    data["meeting"].update(body_kind="chi_bo", body=CELL)
    data["members"] = data["members"][:10]
    data["rounds"] = []
    path = tmp_path / "chi-bo.meeting.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def write_csv(path: Path, rows: list[list[str]], encoding: str, delimiter: str = ",") -> Path:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    text = buffer.getvalue()
    if encoding == "cp1258":
        path.write_bytes(windows_1258(text))
    else:
        path.write_bytes(text.encode(encoding))
    return path


def member_id(db: Database, name: str) -> int:
    with db.session() as s:
        found = s.scalar(select(Member.id).where(Member.full_name == name))
        assert found is not None
        return found


def windows_1258(text: str) -> bytes:
    """`text` as Excel saves it in Windows-1258: letters precomposed, tones combining."""
    out = []
    for char in unicodedata.normalize("NFC", text):
        parts = unicodedata.normalize("NFD", char)
        tones = "".join(m for m in parts[1:] if m in "\u0300\u0301\u0303\u0309\u0323")
        letter = unicodedata.normalize("NFC", "".join(c for c in parts if c not in tones))
        out.append(letter + tones)
    return "".join(out).encode("cp1258")
