"""A subject's QĐ 366 assessment: self-assessment, the score the meeting accepts, the conditions.

rules.md, "Under QĐ 366 ... the score caps the vote". A subject is a member or an organisation
(a subordinate cell, or the unit holding the meeting: `own_unit`). Its self-proposed level is its
roster `self_rating`; its scores and conditions are its `Assessment` row, written on first change.
Setters take the caller's session and leave committing to it (one user action, one transaction,
audited by the ORM hooks); bad input raises `AssessmentError` with a Vietnamese message and
changes nothing.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from models.assessment import Assessment
from models.enums import Level
from models.roster import Member, Organisation
from services.common.errors import Refusal
from services.common.text import nfc
from services.rules.types import (
    CONDITION_NAMES,
    GENERAL_MAX,
    SCORE_MAX,
    TASKS_MAX,
    Conditions,
    Score,
    SubjectAssessment,
    assessment_from,
)

__all__ = ["CONDITION_NAMES", "AssessmentError", "Conditions", "Score", "SubjectAssessment",
           "accept_score", "assessment_of", "assessments_of_meeting", "record_self_total",
           "recorded_assessment", "self_score_text", "self_total", "set_condition",
           "set_self_assessment", "store_assessment"]


class AssessmentError(Refusal):
    """A score, reason or condition the assessment refuses; the message says what is wrong."""


BLANK_PART = "…"


def self_score_text(assessment: SubjectAssessment) -> str:
    """The self-assessment as read out and printed: "27/30 + 62/70 = 89/100" ("…" for a part
    not given yet), "84 điểm" for a figure recorded alone, "" when nothing is recorded."""
    general, tasks = assessment.self_general, assessment.self_tasks
    if assessment.self_score is not None:
        return assessment.self_score.text
    if general is not None or tasks is not None:
        return (f"{BLANK_PART if general is None else general}/{GENERAL_MAX} + "
                f"{BLANK_PART if tasks is None else tasks}/{TASKS_MAX}")
    return f"{assessment.self_total} điểm" if assessment.self_total is not None else ""


def _of_row(row: Assessment | None, level: Level | None) -> SubjectAssessment:
    if row is None:
        return SubjectAssessment(None, level, None)
    return assessment_from(
        level, self_general=row.self_general, self_tasks=row.self_tasks,
        self_total=row.self_total, general=row.general, tasks=row.tasks,
        change_reason=row.change_reason,
        conditions=Conditions(**{name: getattr(row, name) for name in CONDITION_NAMES}))


def _subject(session: Session, member_id: int | None,
             organisation_id: int | None) -> Member | Organisation:
    if (member_id is None) == (organisation_id is None):
        raise TypeError("give exactly one of member_id, organisation_id")
    subject = (session.get(Member, member_id) if member_id is not None
               else session.get(Organisation, organisation_id))
    if subject is None:
        raise AssessmentError("Không tìm thấy đảng viên hoặc chi bộ được đánh giá.")
    return subject


def _row(subject: Member | Organisation) -> Assessment:
    if subject.assessment is None:
        subject.assessment = Assessment(change_reason="")
    return subject.assessment


def assessment_of(session: Session, *, member_id: int | None = None,
                  organisation_id: int | None = None) -> SubjectAssessment:
    """The subject's assessment as recorded (nothing written when none is)."""
    subject = _subject(session, member_id, organisation_id)
    return _of_row(subject.assessment, subject.self_rating)


def assessments_of_meeting(session: Session, meeting_id: int
                           ) -> tuple[dict[str, SubjectAssessment], dict[str, SubjectAssessment]]:
    """Every subject's assessment of the meeting: (members by code, organisations by code), read
    in a query per kind, not one per subject."""
    members = session.scalars(select(Member).where(Member.meeting_id == meeting_id)
                              .options(selectinload(Member.assessment)))
    organisations = session.scalars(select(Organisation)
                                    .where(Organisation.meeting_id == meeting_id)
                                    .options(selectinload(Organisation.assessment)))
    return ({m.code: _of_row(m.assessment, m.self_rating) for m in members},
            {o.code: _of_row(o.assessment, o.self_rating) for o in organisations})


def _check(value: int | None, maximum: int, label: str) -> None:
    if value is not None and not 0 <= value <= maximum:
        raise AssessmentError(f"Điểm {label} phải từ 0 đến {maximum}, không phải {value}.")


def self_total(subject: Member | Organisation) -> int | None:
    """The subject's self-score total (the parts' sum, or the figure recorded alone)."""
    return _of_row(subject.assessment, subject.self_rating).self_total


def record_self_total(subject: Member | Organisation, total: int | None) -> None:
    """Keep a self-score typed as one figure (the roster's column, the member dialog): nothing
    changes when it is the current total; another figure replaces the 30/70 parts."""
    if self_total(subject) == total:
        return
    _check(total, SCORE_MAX, "tự chấm")
    row = _row(subject)
    row.self_general = row.self_tasks = None
    row.self_total = total


def recorded_assessment(subject: Member | Organisation) -> SubjectAssessment | None:
    """The subject's assessment, or None when nothing was ever recorded (the meeting file)."""
    return _of_row(subject.assessment, subject.self_rating) if subject.assessment else None


def store_assessment(subject: Member | Organisation, assessment: SubjectAssessment) -> None:
    """Keep an assessment as a meeting file records it (ranges checked by the file's reader;
    a file's changed score need not carry a reason)."""
    row = _row(subject)
    row.self_general, row.self_tasks = assessment.self_general, assessment.self_tasks
    parts = assessment.self_general is not None or assessment.self_tasks is not None
    row.self_total = None if parts else assessment.self_total
    changed = assessment.accepted if assessment.changed else None
    row.general = changed.general if changed else None
    row.tasks = changed.tasks if changed else None
    row.change_reason = assessment.change_reason
    for name in CONDITION_NAMES:
        setattr(row, name, getattr(assessment.conditions, name))


def set_self_assessment(session: Session, *, member_id: int | None = None,
                        organisation_id: int | None = None, general: int | None,
                        tasks: int | None, level: Level | None,
                        total: int | None = None) -> None:
    """Record the self-assessment: …/30 + …/70 (either part may still be missing) and the
    self-proposed level; or `total` alone, a self-score recorded as one figure (0 to 100)."""
    _check(general, GENERAL_MAX, "tiêu chí chung")
    _check(tasks, TASKS_MAX, "kết quả thực hiện nhiệm vụ")
    _check(total, SCORE_MAX, "tự chấm")
    if total is not None and (general is not None or tasks is not None):
        raise AssessmentError("Ghi điểm tự chấm theo hai phần (…/30 + …/70) hoặc một tổng điểm, "
                              "không cả hai.")
    subject = _subject(session, member_id, organisation_id)
    subject.self_rating = level
    if subject.assessment is None and general is None and tasks is None and total is None:
        return
    row = _row(subject)
    row.self_general, row.self_tasks, row.self_total = general, tasks, total
    if (row.general, row.tasks) == (general, tasks):  # the meeting's score is now the self score
        row.general = row.tasks = None
        row.change_reason = ""


def accept_score(session: Session, *, member_id: int | None = None,
                 organisation_id: int | None = None, general: int | None, tasks: int | None,
                 reason: str = "") -> None:
    """The score the meeting accepts. Both None: the self-assessment as it is. A score other than
    the self-assessment needs the reason the meeting changed it."""
    subject = _subject(session, member_id, organisation_id)
    if general is None and tasks is None:
        if subject.assessment is not None:
            subject.assessment.general = subject.assessment.tasks = None
            subject.assessment.change_reason = ""
        return
    if general is None or tasks is None:
        raise AssessmentError("Điểm hội nghị chấp nhận cần cả hai phần: tiêu chí chung (…/30) "
                              "và kết quả thực hiện nhiệm vụ (…/70).")
    _check(general, GENERAL_MAX, "tiêu chí chung")
    _check(tasks, TASKS_MAX, "kết quả thực hiện nhiệm vụ")
    row = _row(subject)
    if (row.self_general, row.self_tasks) == (general, tasks):
        row.general = row.tasks = None
        row.change_reason = ""
        return
    why = nfc(reason.strip())
    if not why:
        raise AssessmentError(f"Điểm {Score(general, tasks).text} khác điểm tự chấm: ghi lý do "
                              "hội nghị thay đổi điểm.")
    row.general, row.tasks, row.change_reason = general, tasks, why


def set_condition(session: Session, *, member_id: int | None = None,
                  organisation_id: int | None = None, name: str, value: bool | None) -> None:
    """Record one condition of rules.md (True, False) or clear it (None: not recorded)."""
    if name not in CONDITION_NAMES:
        raise AssessmentError(f"Không có điều kiện “{name}”.")
    subject = _subject(session, member_id, organisation_id)
    if subject.assessment is None and value is None:
        return
    setattr(_row(subject), name, value)
