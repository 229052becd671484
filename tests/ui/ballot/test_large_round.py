"""A large committee's round on the result tab: the warnings above the table stop after the
first dozen and say how many more there are, so that the table keeps its room."""

from __future__ import annotations

import json
from pathlib import Path

from pytestqt.qtbot import QtBot
from sqlalchemy import select

from models.ballot import BallotRound
from models.database import Database
from models.enums import SubjectKind
from services.ballot.outcome import round_outcome
from services.meeting_file.store import import_meeting
from tests.helpers.generated import generated_meeting_file
from ui.ballot.review import LISTED_IN_TABLE, WARNINGS_SHOWN, ResultView
from ui.context import MeetingContext, MeetingEvents


def test_the_warnings_above_the_result_table_stop_after_a_dozen_and_count_the_rest(
        qtbot: QtBot, db: Database, tmp_path: Path) -> None:
    path = tmp_path / "committee.meeting.json"
    path.write_text(json.dumps(generated_meeting_file(members=200, cells=4, voters=10),
                               ensure_ascii=False), encoding="utf-8")
    meeting_id = import_meeting(db, path)
    with db.session() as s:
        round_id = s.scalars(select(BallotRound.id).where(
            BallotRound.meeting_id == meeting_id,
            BallotRound.subject_kind == SubjectKind.member)).one()
    result = round_outcome(db, round_id).result
    assert result is not None
    warnings = [w for w in result.warnings if w.code not in LISTED_IN_TABLE]
    assert len(warnings) > WARNINGS_SHOWN
    view = ResultView(MeetingContext(db, meeting_id, MeetingEvents()))
    qtbot.addWidget(view)
    view.load(round_id)
    lines = view.summary.text().split("\n")
    assert f"… và {len(warnings) - WARNINGS_SHOWN} cảnh báo khác (in trong biên bản kiểm " \
        "phiếu)." in lines
    shown = [line for line in lines if ": " in line and line.split(": ")[0] in
             {row.subject.name for row in view.model.rows}]
    assert len(shown) == WARNINGS_SHOWN
