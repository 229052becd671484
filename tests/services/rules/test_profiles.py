"""Rule profiles chosen by review year (rules.md table)."""

from __future__ import annotations

import pytest

from services.rules.profiles import profile_for_year, settings_for_year
from services.rules.types import Denominator, QuotaRank


@pytest.mark.parametrize(("year", "code"), [
    (2017, "qd132"), (2018, "qd132"), (2021, "qd132"), (2022, "qd132"),
    (2023, "qd124"), (2024, "qd124"), (2025, "qd366"), (2030, "qd366"),
])
def test_profile_by_review_year(year: int, code: str) -> None:
    assert profile_for_year(year).code == code


def test_only_qd366_caps_the_vote_ranks_by_score_and_allows_25_percent() -> None:
    qd366 = profile_for_year(2025)
    assert (qd366.defaults.score_caps_vote, qd366.defaults.quota_rank_by,
            qd366.max_percent) == (True, QuotaRank.score_then_votes, 25)
    for year in (2021, 2023):
        older = profile_for_year(year)
        assert (older.defaults.score_caps_vote, older.defaults.quota_rank_by,
                older.max_percent) == (False, QuotaRank.votes, 20)


def test_every_setting_stays_overridable() -> None:
    settings = settings_for_year(2025, denominator=Denominator.present, cumulative=False)
    assert (settings.profile, settings.denominator, settings.cumulative) == (
        "qd366", Denominator.present, False)
