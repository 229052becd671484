"""Rule settings as a meeting and its rounds store them read back as they were written, without
the meeting file's checker; nothing recorded yet means the review year's profile."""

from __future__ import annotations

import dataclasses
from types import MappingProxyType

from models.enums import LEVELS, Level
from services.rules.profiles import PROFILES, profile_for_year
from services.rules.stored import rules_json, stored_settings
from services.rules.types import (
    Denominator,
    QuotaAuthorisation,
    QuotaBase,
    QuotaRank,
    Threshold,
)


def test_every_profile_reads_back_as_written() -> None:
    for profile in PROFILES:
        assert stored_settings(rules_json(profile.defaults), 2021) == profile.defaults


def test_changed_settings_read_back_as_written() -> None:
    settings = dataclasses.replace(
        profile_for_year(2024).defaults, denominator=Denominator.present, cumulative=False,
        thresholds=MappingProxyType({**dict.fromkeys(LEVELS, Threshold(1, 2)),
                                     Level.HTXSNV: Threshold(2, 3, strict=False)}),
        quota_percent=25, quota_base=QuotaBase.all_rated,
        quota_authorisation=QuotaAuthorisation("Ban Thường vụ Tỉnh ủy", "Quyết định số 12"))
    assert stored_settings(rules_json(settings), 2024) == settings
    qd366 = profile_for_year(2025).defaults
    assert (qd366.score_caps_vote, qd366.quota_rank_by) == (True, QuotaRank.score_then_votes)
    changed = dataclasses.replace(qd366, score_caps_vote=False, quota_rank_by=QuotaRank.votes)
    assert stored_settings(rules_json(changed), 2025) == changed


def test_a_snapshot_written_before_the_score_cap_is_computed_without_it() -> None:
    """A round stored before QĐ 366's cap existed names its profile but not the cap nor the
    quota's ranking: it was computed by votes alone, and is again."""
    old = rules_json(profile_for_year(2025).defaults)
    del old["score_caps_vote"], old["quota"]["rank_by"]
    read = stored_settings(old, 2025)
    assert (read.score_caps_vote, read.quota_rank_by) == (False, QuotaRank.votes)


def test_a_meeting_with_nothing_recorded_has_its_years_profile() -> None:
    assert stored_settings({}, 2021) == profile_for_year(2021).defaults
    assert stored_settings({}, 2024) == profile_for_year(2024).defaults
