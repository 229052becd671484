"""Members admitted less than 6 months before the meeting are not rated (rules.md "Who is
reviewed"): the admission date from the roster import, the meeting file and the rounds."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from sqlalchemy import select

from models.database import Database
from models.enums import MemberStatus, SubjectKind
from models.meeting import Meeting
from models.roster import Member
from services.ballot.rounds import open_round
from services.ballot.sheets import round_subjects
from services.common.numbers import parse_date
from services.documents.ballot_paper import build_ballot_paper_data
from services.meeting.rated import (
    left_out_by_admission,
    months_before,
    rated_members,
    recently_admitted,
)
from services.meeting.roster_import import Verdict, apply_import, preview_import
from services.meeting_file.format import parse_meeting
from services.meeting_file.store import export_meeting, import_meeting
from services.rules.types import RefusedError
from tests.helpers import SEED_MEETING
from tests.helpers.builders import build_meeting, write_csv
from tests.helpers.piles import act, call_the_roll

MEETING_DAY = dt.date(2022, 1, 7)  # the seed meeting's date


@pytest.mark.parametrize(("day", "months", "expected"), [
    (dt.date(2022, 1, 7), 6, dt.date(2021, 7, 7)),
    (dt.date(2022, 8, 31), 6, dt.date(2022, 2, 28)),  # February is shorter
    (dt.date(2024, 8, 31), 6, dt.date(2024, 2, 29)),
    (dt.date(2022, 6, 30), 6, dt.date(2021, 12, 30)),
])
def test_six_months_before(day: dt.date, months: int, expected: dt.date) -> None:
    assert months_before(day, months) == expected


def test_admitted_exactly_six_months_before_is_rated_a_day_later_is_not() -> None:
    on_the_day = Member(code="a", full_name="Nguyễn Văn An", status=MemberStatus.probationary,
                        admitted_on=dt.date(2021, 7, 7))
    a_day_later = Member(code="b", full_name="Trần Thị Bình", status=MemberStatus.probationary,
                         admitted_on=dt.date(2021, 7, 8))
    unknown = Member(code="c", full_name="Lê Văn Cường", status=MemberStatus.official)
    assert rated_members([on_the_day, a_day_later, unknown], MEETING_DAY) == [on_the_day,
                                                                            unknown]
    [(name, reason)] = left_out_by_admission([on_the_day, a_day_later, unknown], MEETING_DAY)
    assert name == "Trần Thị Bình" and "vào Đảng ngày 08/07/2021, chưa đủ 6 tháng" in reason


def admit(db: Database, meeting_id: int, code: str, day: dt.date) -> str:
    with db.session("chair") as s, s.begin():
        member = s.scalars(select(Member).where(Member.meeting_id == meeting_id,
                                                Member.code == code)).one()
        member.admitted_on = day
        return member.full_name


def test_a_round_and_the_blank_ballot_leave_out_a_recent_admission(db: Database) -> None:
    meeting_id = import_meeting(db, SEED_MEETING)
    name = admit(db, meeting_id, "m67", dt.date(2021, 9, 1))
    admit(db, meeting_id, "m66", dt.date(2021, 7, 7))  # exactly six months: rated
    call_the_roll(db, meeting_id)
    round_id = act(db, open_round, meeting_id, SubjectKind.member)
    codes = [row.code for row in round_subjects(db, round_id)]
    assert len(codes) == 66 and "m67" not in codes and "m66" in codes
    with db.session() as s:
        meeting = s.get_one(Meeting, meeting_id)
        assert [n for n, _ in left_out_by_admission(meeting.members, meeting.date)] == [name]
        assert [m.full_name for m in recently_admitted(s, meeting)] == [name]  # m66 is not
        meeting.rounds.clear()  # the blank ballot before any round (not committed)
        paper = build_ballot_paper_data(s, meeting_id, SubjectKind.member)
        assert name not in [subject.name for subject in paper.subjects]
        assert len(paper.subjects) == 66


def test_the_meeting_file_carries_the_admission_date_both_ways(
        db: Database, tmp_path: Path) -> None:
    data = json.loads(SEED_MEETING.read_text(encoding="utf-8"))
    data["members"][0]["admitted"] = "2021-09-01"
    path = tmp_path / "admitted.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    meeting_id = import_meeting(db, path)
    with db.session() as s:
        first = s.scalars(select(Member).where(Member.meeting_id == meeting_id,
                                               Member.code == "m01")).one()
        assert first.admitted_on == dt.date(2021, 9, 1)
    exported = export_meeting(db, meeting_id)
    assert exported["members"][0]["admitted"] == "2021-09-01"
    assert "admitted" not in exported["members"][1]  # optional: absent when not known
    data["members"][0]["admitted"] = "01/09/2021"
    with pytest.raises(RefusedError) as refused:
        parse_meeting(data)
    assert [p.where for p in refused.value.problems] == ["members[0] (m01).admitted"]


def test_roster_import_reads_the_admission_date_column(db: Database, tmp_path: Path) -> None:
    meeting_id = build_meeting(db, [("Nguyễn Thị Thu Hà", MemberStatus.official)])
    rows = [["Mã", "Họ và tên", "Ngày vào Đảng"],
            ["m01", "Nguyễn Thị Thu Hà", "08/09/2021"],
            ["m02", "Trần Văn Ẩn", ""],
            ["m03", "Lê Văn Bốn", "31/02/2021"]]
    path = write_csv(tmp_path / "ds.csv", rows, "utf-8")
    with db.session() as s:
        preview = preview_import(s, meeting_id, path)
    verdicts = {row.code: (row.verdict, row.reason) for row in preview.rows}
    assert verdicts["m01"] == (Verdict.changed, "ngày vào Đảng: — → 08/09/2021")
    assert verdicts["m02"] == (Verdict.new, "")
    assert verdicts["m03"][0] is Verdict.rejected and "không có thật" in verdicts["m03"][1]
    with db.session("chair") as s, s.begin():
        apply_import(s, meeting_id, preview)
    with db.session() as s:
        admitted = {m.code: m.admitted_on for m in s.scalars(select(Member))}
    assert admitted == {"m01": parse_date("8/9/2021"), "m02": None}
