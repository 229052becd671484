"""What the review steps key for one subject in one action: its self-assessment (…/30 + …/70 and
the level it proposes), and under QĐ 366 the score the meeting accepts (with the reason of a
change) and the conditions (rules.md, "Under QĐ 366"). One call writes it all in the caller's
transaction, so that a refused value (AssessmentError) leaves everything as it was.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy.orm import Session

from models.enums import Level
from models.meeting import Meeting
from services.meeting.assessments import accept_score, set_condition, set_self_assessment
from services.rules.stored import stored_settings as settings_from_rules_json

SCORED_PROFILE = "qd366"


def scored_meeting(meeting: Meeting) -> bool:
    """Whether the meeting's rules are QĐ 366's: the 100-point score, the accepted score and the
    conditions are keyed (older meetings keep their single self-score)."""
    return settings_from_rules_json(meeting.rules, meeting.review_year).profile == SCORED_PROFILE


@dataclass(frozen=True)
class AssessmentEntry:
    """`accepted`: the meeting's own (general, tasks), None when it accepts the self-assessment;
    `conditions`: name → value (None: not recorded), None when not keyed (older rules)."""

    general: int | None
    tasks: int | None
    level: Level | None
    accepted: tuple[int | None, int | None] | None = None
    reason: str = ""
    conditions: Mapping[str, bool | None] | None = None


def record_assessment(session: Session, entry: AssessmentEntry, *, member_id: int | None = None,
                      organisation_id: int | None = None) -> None:
    """Write `entry` for the member or the organisation (AssessmentError: nothing to keep)."""
    subject = {"member_id": member_id, "organisation_id": organisation_id}
    set_self_assessment(session, **subject, general=entry.general, tasks=entry.tasks,
                        level=entry.level)
    if entry.conditions is None:
        return
    general, tasks = entry.accepted or (None, None)
    accept_score(session, **subject, general=general, tasks=tasks, reason=entry.reason)
    for name, value in entry.conditions.items():
        set_condition(session, **subject, name=name, value=value)
