"""Rule settings as a meeting and its rounds store them read back as they were written, without
the meeting file's checker; nothing recorded yet means the review year's profile."""

from __future__ import annotations

import dataclasses
from types import MappingProxyType

from models.enums import LEVELS, Level
from services.rules.profiles import PROFILES, profile_for_year
from services.rules.stored import rules_json, stored_settings
from services.rules.types import Denominator, QuotaAuthorisation, QuotaBase, Threshold


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


def test_a_meeting_with_nothing_recorded_has_its_years_profile() -> None:
    assert stored_settings({}, 2021) == profile_for_year(2021).defaults
    assert stored_settings({}, 2024) == profile_for_year(2024).defaults
