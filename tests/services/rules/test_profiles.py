"""Rule profiles chosen by review year (rules.md table)."""

from __future__ import annotations

import pytest

from services.rules.profiles import profile_for_year, settings_for_year
from services.rules.types import Denominator


@pytest.mark.parametrize(("year", "code"), [
    (2017, "qd132"), (2018, "qd132"), (2021, "qd132"), (2022, "qd132"),
    (2023, "qd124"), (2024, "qd124"), (2025, "qd366"), (2030, "qd366"),
])
def test_profile_by_review_year(year: int, code: str) -> None:
    assert profile_for_year(year).code == code


def test_only_qd366_checks_the_100_point_bands_and_allows_25_percent() -> None:
    assert profile_for_year(2025).defaults.score_bands
    assert profile_for_year(2025).max_percent == 25
    assert not profile_for_year(2021).defaults.score_bands
    assert profile_for_year(2021).max_percent == 20


def test_every_setting_stays_overridable() -> None:
    settings = settings_for_year(2025, denominator=Denominator.present, cumulative=False)
    assert (settings.profile, settings.denominator, settings.cumulative) == (
        "qd366", Denominator.present, False)
