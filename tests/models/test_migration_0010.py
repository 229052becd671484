"""Migration 0010 moves each score to one place (the subject's assessment) and keeps the data
and the audit record: a database from before it reads the same scores after it, and `verify`
still holds."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from alembic import command
from sqlalchemy import Connection, select, text

from models.audit import append_events, to_plain
from models.database import alembic_config, migration_heads, open_database
from models.enums import Level, Period
from models.meeting import Meeting
from services.integrity.audit import verify
from services.meeting.assessments import assessment_of
from services.meeting.setup import stored_own_unit
from services.review.reviews import collective_assessment
from services.rules.types import Score


def logged_insert(connection: Connection, table: str, values: dict[str, Any]) -> int:
    """Insert a row with raw SQL as the app did before 0010, and log it as the ORM would."""
    names = ", ".join(values)
    marks = ", ".join(f":{name}" for name in values)
    new_id = connection.execute(text(f"INSERT INTO {table} ({names}) VALUES ({marks})"),
                                values).lastrowid
    row = connection.execute(text(f"SELECT * FROM {table} WHERE id = :id"), {"id": new_id}).one()
    plain = {key: to_plain(value) for key, value in row._mapping.items()}
    if table == "meeting":
        plain["rules"] = json.loads(plain["rules"])  # a JSON column, as the ORM logs it
    append_events(connection, "test", [(table, str(new_id), "insert", plain)])
    return int(new_id)


def old_database(path: Path) -> None:
    """A database at every head before 0010, holding a member's single self-score and a
    collective's 27/30 + 62/70 with its proposed level."""
    old = open_database(path, upgrade=False)
    config = alembic_config(old.url)
    with old.engine.begin() as connection:
        config.attributes["connection"] = connection
        for head in sorted((migration_heads() - {"0010"}) | {"0003"}):
            command.upgrade(config, head)
    with old.engine.begin() as connection:
        unit = logged_insert(connection, "party_unit", {"name": "Chi bộ Văn phòng",
                                                        "superior": ""})
        meeting = logged_insert(connection, "meeting", {
            "party_unit_id": unit, "title": "Hội nghị", "body": "Chi bộ Văn phòng",
            "body_kind": "chi_bo", "review_year": 2025, "place": "", "venue": "",
            "rule_profile": "qd366", "rules": "{}", "current_step": 1})
        for code, score in (("m01", 84), ("m02", None)):
            member = logged_insert(connection, "member", {
                "meeting_id": meeting, "code": code, "full_name": f"Đảng viên {code}",
                "status": "official", "position": "", "self_score": score,
                "self_rating": "HTTNV", "in_body": True})
            logged_insert(connection, "attendance", {"meeting_id": meeting, "member_id": member,
                                                     "status": "present", "reason": ""})
        logged_insert(connection, "collective_review", {
            "meeting_id": meeting, "score_general": 27, "score_tasks": 62,
            "proposed_level": "HTXSNV", "speaking_limit_seconds": 300})
    old.dispose()


def test_scores_move_to_the_assessments_and_verify_still_holds(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    old_database(path)
    db = open_database(path)
    try:
        with db.session() as s:
            meeting = s.scalars(select(Meeting)).one()
            assert meeting.period is Period.year
            first, second = meeting.members
            # Dropping member.self_score altered the table in place: rows referring to members
            # (attendance here) were not deleted by a cascade.
            assert len(meeting.attendance) == 2
            assert assessment_of(s, member_id=first.id).self_total == 84
            assert assessment_of(s, member_id=second.id).self_total is None
            collective = collective_assessment(s, meeting.id)
            assert (collective.self_score, collective.self_level) == (Score(27, 62),
                                                                       Level.HTXSNV)
            unit = stored_own_unit(meeting)
            assert unit is not None and unit.name == "Chi bộ Văn phòng"
        result = verify(db)
        assert result.intact, result.problem
    finally:
        db.dispose()
