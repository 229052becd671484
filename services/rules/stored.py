"""Rule settings as a meeting and each ballot round record them (a JSON object), and back.

What the app stores it wrote itself with `rules_json`, so reading it back needs no checking:
the profile's defaults (named, or chosen by the review year when nothing is recorded yet) with
each recorded setting over them. A meeting file's `rules` are checked by the file's reader
(services/meeting_file/format.py) before they ever reach the database.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

from models.enums import LEVELS, Level
from services.rules.profiles import profile_for_year, profile_named
from services.rules.types import (
    Denominator,
    QuotaAuthorisation,
    QuotaBase,
    QuotaRank,
    RuleSettings,
    Threshold,
)


def rules_json(settings: RuleSettings) -> dict[str, Any]:
    """The `rules` object with every setting spelled out (what a meeting records)."""
    default = settings.threshold(Level.KHTNV)
    threshold: dict[str, Any] = {"default": _threshold_json(default)}
    for level in LEVELS:
        if settings.threshold(level) != default:
            threshold[level.value] = _threshold_json(settings.threshold(level))
    quota: dict[str, Any] = {"percent": settings.quota_percent, "base": settings.quota_base.value,
                             "rank_by": settings.quota_rank_by.value}
    if settings.quota_authorisation is not None:
        quota["authorised_by"] = settings.quota_authorisation.authorised_by
        quota["decision"] = settings.quota_authorisation.decision
    return {"profile": settings.profile, "cumulative": settings.cumulative,
            "denominator": settings.denominator.value, "threshold": threshold, "quota": quota,
            "score_caps_vote": settings.score_caps_vote}


def _threshold_json(threshold: Threshold) -> dict[str, Any]:
    return {"num": threshold.num, "den": threshold.den, "strict": threshold.strict}


def stored_settings(rules: Mapping[str, Any], review_year: int) -> RuleSettings:
    """The settings a stored `rules` object records (a meeting's or a round's snapshot).

    A full snapshot (`rules_json`, it names the profile) written before the QĐ 366 cap existed
    lacks `score_caps_vote` and `quota.rank_by`: it was computed without them, and is again."""
    profile = profile_named(rules.get("profile", "")) or profile_for_year(review_year)
    settings = profile.defaults
    thresholds = dict(settings.thresholds)
    recorded = rules.get("threshold", {})
    if "default" in recorded:
        thresholds = dict.fromkeys(LEVELS, _threshold(recorded["default"]))
    thresholds.update({Level(key): _threshold(value) for key, value in recorded.items()
                       if key != "default"})
    quota = rules.get("quota", {})
    before_caps = "profile" in rules and "score_caps_vote" not in rules
    authorisation = None
    if quota.get("authorised_by") or quota.get("decision"):
        authorisation = QuotaAuthorisation(quota.get("authorised_by", ""),
                                           quota.get("decision", ""))
    return RuleSettings(
        profile=profile.code,
        denominator=Denominator(rules.get("denominator", settings.denominator)),
        thresholds=MappingProxyType(thresholds),
        cumulative=rules.get("cumulative", settings.cumulative),
        quota_percent=quota.get("percent", settings.quota_percent),
        quota_base=QuotaBase(quota.get("base", settings.quota_base)),
        quota_authorisation=authorisation,
        quota_rank_by=QuotaRank(quota.get("rank_by", settings.quota_rank_by if not before_caps
                                           else QuotaRank.votes)),
        score_caps_vote=rules.get("score_caps_vote", settings.score_caps_vote and not before_caps),
    )


def _threshold(value: Mapping[str, Any]) -> Threshold:
    return Threshold(value["num"], value["den"], value.get("strict", True))
