"""The HTXSNV quota of a round: the limit (always rounded down) and the within / tied / over split.

rules.md, "The quota for HTXSNV". Integer arithmetic decides; the arithmetic line only shows it.
"""

from __future__ import annotations

from collections.abc import Mapping
from fractions import Fraction
from typing import TypeVar

from models.enums import Level
from services.common.numbers import decimal, thousands
from services.common.said import QT_TRANSLATE_NOOP, Said
from services.rules.types import QuotaBase, QuotaRank, QuotaResult, QuotaStatus

K = TypeVar("K", int, tuple[int, ...])
CONTEXT = "Rules"


def quota_limit(base_kind: QuotaBase, percent: int, counts: Mapping[Level, int],
                decided: int, noun: str = "đối tượng") -> tuple[int, int, str]:
    """(base reported, limit, arithmetic line) for the round's level counts; the line names its
    base in words ("20% × 9 đảng viên HTXSNV và HTTNV = 1,8 → tối đa 1"), `noun` being what the
    round rates.

    - good_and_above: base = #HTXSNV + #HTTNV, limit = floor(percent × base / 100);
    - good_only: with T = #HTXSNV + #HTTNV, limit = floor(percent × T / (100 + percent)), the
      largest count of excellent not above percent% of the good once the rest moved down; the
      base reported is #HTTNV as voted;
    - all_rated: base = the decided subjects, limit = floor(percent × base / 100).
    """
    excellent, good = counts.get(Level.HTXSNV, 0), counts.get(Level.HTTNV, 0)
    if base_kind is QuotaBase.good_only:
        total = excellent + good
        exact = Fraction(percent * total, 100 + percent)
        limit = (percent * total) // (100 + percent)
        line = Said(CONTEXT, QT_TRANSLATE_NOOP(
            "Rules", "{percent}% × ({excellent} + {good}) {noun} HTXSNV và HTTNV / (100% + "
            "{percent}%) = {exact} → tối đa {limit}"), percent=percent,
            excellent=thousands(excellent), good=thousands(good), noun=noun,
            exact=decimal(exact), limit=thousands(limit))
        return good, limit, line
    if base_kind is QuotaBase.good_and_above:
        base = excellent + good
        words = Said(CONTEXT, QT_TRANSLATE_NOOP("Rules", "{noun} HTXSNV và HTTNV"), noun=noun)
    else:
        base = decided
        words = Said(CONTEXT, QT_TRANSLATE_NOOP("Rules", "{noun} đã có mức xếp loại"), noun=noun)
    limit = (percent * base) // 100
    line = Said(CONTEXT, QT_TRANSLATE_NOOP(
        "Rules", "{percent}% × {base} {words} = {exact} → tối đa {limit}"), percent=percent,
        base=thousands(base), words=words, exact=decimal(Fraction(percent * base, 100)),
        limit=thousands(limit))
    return base, limit, line


def rank_key(rank_by: QuotaRank, votes: int, score: int | None) -> tuple[int, ...]:
    """What the excellent are ranked by, greater first: HTXSNV votes; or (has a score, the total
    score, HTXSNV votes), so that a subject without a score ranks after those with one."""
    if rank_by is QuotaRank.score_then_votes:
        return (score is not None, score or 0, votes)
    return (votes,)


def split_excellent(ranking: Mapping[str, K], limit: int) -> dict[str, QuotaStatus]:
    """Within / tied / over for each subject rated HTXSNV, by its rank key, greatest first
    (HTXSNV votes, or `rank_key`).

    Not exceeded: all within. Exceeded: the first `limit` are within, unless the `limit`-th and
    the next have the same key v: then every subject with exactly v is tied, greater is within,
    smaller is over. A limit of 0 puts every one over. Never chooses silently among equals.
    """
    if len(ranking) <= limit:
        return {subject: QuotaStatus.within for subject in ranking}
    if limit <= 0:
        return {subject: QuotaStatus.over for subject in ranking}
    ranked = sorted(ranking.values(), reverse=True)
    last_in, first_out = ranked[limit - 1], ranked[limit]
    statuses: dict[str, QuotaStatus] = {}
    for subject, key in ranking.items():
        if key > last_in or (key == last_in and last_in != first_out):
            statuses[subject] = QuotaStatus.within
        elif key == last_in:
            statuses[subject] = QuotaStatus.tied
        else:
            statuses[subject] = QuotaStatus.over
    return statuses


def compute_quota(base_kind: QuotaBase, percent: int, counts: Mapping[Level, int], decided: int,
                  ranking: Mapping[str, tuple[int, ...]], rank_by: QuotaRank = QuotaRank.votes,
                  noun: str = "đối tượng") -> tuple[QuotaResult, dict[str, QuotaStatus]]:
    """The quota of a round from its level counts (after any cap) and the rank key of each
    subject rated HTXSNV; `noun` names the subjects in the arithmetic line."""
    base, limit, line = quota_limit(base_kind, percent, counts, decided, noun)
    statuses = split_excellent(ranking, limit)

    def ids(status: QuotaStatus) -> tuple[str, ...]:
        return tuple(sorted(s for s, st in statuses.items() if st is status))

    result = QuotaResult(
        base_kind=base_kind, base=base, percent=percent, limit=limit,
        excellent=len(ranking), exceeded=len(ranking) > limit,
        within=ids(QuotaStatus.within), tied=ids(QuotaStatus.tied), over=ids(QuotaStatus.over),
        arithmetic=line, rank_by=rank_by,
    )
    return result, statuses
