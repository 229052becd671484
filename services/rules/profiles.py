"""Rule profiles: the defaults of each regulation, chosen by review year (rules.md table).

A profile only supplies defaults; every setting stays overridable per meeting, and the settings in
force are recorded with the meeting and each round so a result can be recomputed as it was.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from services.rules.types import QuotaRank, RuleSettings


@dataclass(frozen=True)
class RuleProfile:
    code: str
    regulation: str
    guidance: str
    first_year: int  # first review year the profile applies to
    max_percent: int  # the highest quota percent the regulation allows (with authorisation)
    defaults: RuleSettings


PROFILES: tuple[RuleProfile, ...] = (
    RuleProfile(
        code="qd132",
        regulation="Quy định 132-QĐ/TW ngày 08/3/2018",
        guidance="Hướng dẫn 21-HD/BTCTW (2019)",
        first_year=2018,
        max_percent=20,
        defaults=RuleSettings(profile="qd132"),
    ),
    RuleProfile(
        code="qd124",
        regulation="Quy định 124-QĐ/TW ngày 04/10/2023",
        guidance="Hướng dẫn 25-HD/BTCTW ngày 10/11/2023",
        first_year=2023,
        max_percent=20,
        defaults=RuleSettings(profile="qd124"),
    ),
    RuleProfile(
        code="qd366",
        regulation="Quy định 366-QĐ/TW ngày 30/8/2025",
        guidance="Hướng dẫn 43-HD/BTCTW ngày 31/10/2025",
        first_year=2025,
        max_percent=25,
        # The 100-point score (30 general + 70 task results) and the conditions cap the vote;
        # the excellent are ranked by score, then votes.
        defaults=RuleSettings(profile="qd366", score_caps_vote=True,
                              quota_rank_by=QuotaRank.score_then_votes),
    ),
)


def profile_named(code: str) -> RuleProfile | None:
    return next((profile for profile in PROFILES if profile.code == code), None)


def profile_for_year(review_year: int) -> RuleProfile:
    """The latest profile in force for `review_year`; years before 2018 fall back to QĐ 132."""
    chosen = PROFILES[0]
    for profile in PROFILES:
        if review_year >= profile.first_year:
            chosen = profile
    return chosen


def settings_for_year(review_year: int, **overrides: object) -> RuleSettings:
    """The profile's defaults for `review_year` with the meeting's own settings on top."""
    return replace(profile_for_year(review_year).defaults, **overrides)  # type: ignore[arg-type]
