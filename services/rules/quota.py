"""The HTXSNV quota of a round: the limit (always rounded down) and the within / tied / over split.

rules.md, "The quota for HTXSNV". Integer arithmetic decides; the arithmetic line only shows it.
"""

from __future__ import annotations

from collections.abc import Mapping
from fractions import Fraction

from models.enums import Level
from services.common.numbers import decimal, thousands
from services.rules.types import QuotaBase, QuotaResult, QuotaStatus


def quota_limit(base_kind: QuotaBase, percent: int, counts: Mapping[Level, int],
                decided: int) -> tuple[int, int, str]:
    """(base reported, limit, arithmetic line) for the round's level counts.

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
        line = (f"{percent}% × ({thousands(excellent)} + {thousands(good)}) / (100% + {percent}%)"
                f" = {decimal(exact)} → tối đa {thousands(limit)}")
        return good, limit, line
    base = excellent + good if base_kind is QuotaBase.good_and_above else decided
    limit = (percent * base) // 100
    line = (f"{percent}% × {thousands(base)} = {decimal(Fraction(percent * base, 100))}"
            f" → tối đa {thousands(limit)}")
    return base, limit, line


def split_excellent(excellent_votes: Mapping[str, int], limit: int) -> dict[str, QuotaStatus]:
    """Within / tied / over for each subject voted HTXSNV, by its HTXSNV votes, most first.

    Not exceeded: all within. Exceeded: the first `limit` are within, unless the `limit`-th and
    the next have the same votes v: then every subject with exactly v is tied, more is within,
    fewer is over. A limit of 0 puts every one over. Never chooses silently among equals.
    """
    if len(excellent_votes) <= limit:
        return {subject: QuotaStatus.within for subject in excellent_votes}
    if limit <= 0:
        return {subject: QuotaStatus.over for subject in excellent_votes}
    ranked = sorted(excellent_votes.values(), reverse=True)
    last_in, first_out = ranked[limit - 1], ranked[limit]
    statuses: dict[str, QuotaStatus] = {}
    for subject, votes in excellent_votes.items():
        if votes > last_in or (votes == last_in and last_in != first_out):
            statuses[subject] = QuotaStatus.within
        elif votes == last_in:
            statuses[subject] = QuotaStatus.tied
        else:
            statuses[subject] = QuotaStatus.over
    return statuses


def compute_quota(base_kind: QuotaBase, percent: int, counts: Mapping[Level, int], decided: int,
                  excellent_votes: Mapping[str, int]) -> tuple[QuotaResult, dict[str, QuotaStatus]]:
    base, limit, line = quota_limit(base_kind, percent, counts, decided)
    statuses = split_excellent(excellent_votes, limit)

    def ids(status: QuotaStatus) -> tuple[str, ...]:
        return tuple(sorted(s for s, st in statuses.items() if st is status))

    result = QuotaResult(
        base_kind=base_kind, base=base, percent=percent, limit=limit,
        excellent=len(excellent_votes), exceeded=len(excellent_votes) > limit,
        within=ids(QuotaStatus.within), tied=ids(QuotaStatus.tied), over=ids(QuotaStatus.over),
        arithmetic=line,
    )
    return result, statuses
