"""A meeting file's rounds computed under the file's own rules (what `main.py tally` prints),
with a warning for each subject on a ballot whom the rules say is not rated and for members of the
body with no attendance mark."""

from __future__ import annotations

import dataclasses

from models.enums import MemberStatus, SubjectKind
from services.common.labels import MEMBER_STATUS_NAMES
from services.meeting_file.format import MeetingFile, derived_electorate
from services.rules.engine import compute_round
from services.rules.types import RoundInput, RoundResult, RuleWarning


def tally_meeting(meeting_file: MeetingFile) -> list[RoundResult]:
    """Every round of the file computed under the file's rules, with roster warnings added."""
    results = []
    unrecorded = attendance_warnings(meeting_file)
    for round_ in meeting_file.rounds:
        result = compute_round(round_, meeting_file.rules)
        extra = tuple(unrecorded + roster_warnings(meeting_file, round_))
        results.append(dataclasses.replace(result, warnings=result.warnings + extra))
    return results


def attendance_warnings(meeting_file: MeetingFile) -> list[RuleWarning]:
    """Members of the convened body without an attendance mark beside others with one: they
    count as convened and not present (the attendance page's rule), which the chair must know."""
    derived = derived_electorate(meeting_file.members, meeting_file.meeting.body_kind)
    if derived is None or not derived.unrecorded:
        return []
    return [RuleWarning("attendance_unrecorded", f"Còn {derived.unrecorded} người chưa điểm "
                        "danh: được tính là triệu tập, không có mặt")]


NOT_RATED = (MemberStatus.exempt, MemberStatus.suspended)


def roster_warnings(meeting_file: MeetingFile, round_: RoundInput) -> list[RuleWarning]:
    """Subjects the rules say are not rated (exempt, suspended) but who are on the ballot."""
    if round_.subject_kind is not SubjectKind.member:
        return []
    status = {member.code: member.status for member in meeting_file.members}
    warnings = []
    for subject in round_.subjects:
        if status.get(subject.subject_id) in NOT_RATED:
            name = MEMBER_STATUS_NAMES[status[subject.subject_id]].lower()
            warnings.append(RuleWarning("subject_not_rated", f"{subject.subject_id}: đảng viên "
                                        f"{name}, không thuộc diện xếp loại", subject.subject_id))
    return warnings
