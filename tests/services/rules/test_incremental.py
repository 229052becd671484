"""A changed count recomputes that subject and the quota, not the round: the engine keeps each
subject's result by what it depends on, and the round computed again after a change is the
one a fresh computation gives."""

from __future__ import annotations

from dataclasses import replace
from types import MappingProxyType
from typing import Any

import pytest

from models.enums import Level
from services.meeting_file.format import parse_meeting
from services.rules import engine
from services.rules.engine import compute_round
from services.rules.types import SubjectCounts, SubjectResult
from tests.helpers.generated import generated_meeting_file


def test_one_changed_count_rates_one_subject_again_and_gives_the_fresh_result(
        monkeypatch: pytest.MonkeyPatch) -> None:
    meeting = parse_meeting(generated_meeting_file(members=300, cells=12, voters=15))
    round_ = max(meeting.rounds, key=lambda r: len(r.subjects))
    compute_round(round_, meeting.rules)
    rated: list[str] = []
    rate_one = engine.rate_one

    def counted(subject: SubjectCounts, *rest: Any) -> SubjectResult:
        rated.append(subject.subject_id)
        return rate_one(subject, *rest)

    monkeypatch.setattr(engine, "rate_one", counted)
    subjects = list(round_.subjects)
    moved = next(n for n, s in enumerate(subjects) if s.votes_for(Level.HTTNV) > 0)
    votes = dict(subjects[moved].votes)
    votes[Level.HTTNV] -= 1  # a ballot read again: HTTNV → HTXSNV
    votes[Level.HTXSNV] += 1
    subjects[moved] = replace(subjects[moved], votes=MappingProxyType(votes))
    changed = replace(round_, subjects=tuple(subjects))

    again = compute_round(changed, meeting.rules)
    assert rated == [subjects[moved].subject_id]
    monkeypatch.setattr(engine, "rate_one", rate_one)
    engine._RATED.clear()
    engine._WITH_STATUS.clear()
    fresh = compute_round(changed, meeting.rules)
    assert again == fresh
    assert again.subjects[moved].votes[Level.HTXSNV] == votes[Level.HTXSNV]
