"""Invariants of the rules, checked over many generated cases (hypothesis)."""

from __future__ import annotations

from types import MappingProxyType

from hypothesis import given
from hypothesis import strategies as st

from models.enums import LEVELS, Level
from services.rules.engine import compute_round
from services.rules.quota import split_excellent
from services.rules.types import Denominator, QuotaStatus, RuleSettings, Threshold
from tests.helpers.rules import round_of, subject

thresholds = st.builds(
    lambda pairs, strict: Threshold(min(pairs), max(pairs), strict),
    st.tuples(st.integers(1, 5), st.integers(1, 5)), st.booleans())
cumulative_settings = st.builds(
    lambda ts, denominator: RuleSettings(denominator=denominator,
                                         thresholds=MappingProxyType(dict(zip(LEVELS, ts,
                                                                              strict=True)))),
    st.tuples(thresholds, thresholds, thresholds, thresholds), st.sampled_from(Denominator))


def rank(level: Level | None) -> int:
    """Best first; undecided below every level."""
    return level.rank if level is not None else len(LEVELS)


@st.composite
def raised_subject(draw: st.DrawFn) -> tuple[list[int], list[int], int, int]:
    """(counts, the same counts with one mark moved up, valid ballots, convened).

    counts = [HTXSNV, HTTNV, HTNV, KHTNV, invalid rows]; the moved mark goes from a lower level
    (or an invalid row) to a strictly higher level, so the row still adds up.
    """
    counts = draw(st.lists(st.integers(0, 12), min_size=5, max_size=5))
    source = draw(st.sampled_from([i for i in range(1, 5) if counts[i] > 0] or [None]))
    if source is None:
        counts[4] += 1
        source = 4
    target = draw(st.integers(0, source - 1))
    raised = list(counts)
    raised[source] -= 1
    raised[target] += 1
    valid = sum(counts)
    convened = valid + draw(st.integers(0, 5))
    return counts, raised, valid, convened


@given(raised_subject(), cumulative_settings)
def test_more_votes_for_a_higher_level_never_lower_the_level(
        case: tuple[list[int], list[int], int, int], settings: RuleSettings) -> None:
    counts, raised, valid, convened = case

    def level(c: list[int]) -> Level | None:
        row = subject("a", *c[:4], invalid=c[4])
        return compute_round(round_of(row, convened=convened, present=valid), settings) \
            .subjects[0].level

    assert rank(level(raised)) <= rank(level(counts))


def test_without_cumulative_the_same_move_can_lower_the_level() -> None:
    # Why the property above is stated for cumulative counting: 0/6/4 of 10 is HTTNV (6 > 5);
    # move 2 marks up to HTXSNV, 2/4/4: no level alone has > 5 → undecided.
    settings = RuleSettings(cumulative=False)
    assert compute_round(round_of(subject("a", 0, 6, 4)), settings).subjects[0].level \
        is Level.HTTNV
    assert compute_round(round_of(subject("a", 2, 4, 4)), settings).subjects[0].level is None


@given(st.dictionaries(st.text("abcdefgh", min_size=1, max_size=3), st.integers(0, 12),
                       max_size=30),
       st.integers(0, 40))
def test_the_quota_never_puts_more_than_the_limit_within(votes: dict[str, int],
                                                         limit: int) -> None:
    statuses = split_excellent(votes, limit)
    assert set(statuses) == set(votes)
    within = [s for s, st_ in statuses.items() if st_ is QuotaStatus.within]
    tied = [s for s, st_ in statuses.items() if st_ is QuotaStatus.tied]
    over = [s for s, st_ in statuses.items() if st_ is QuotaStatus.over]
    assert len(within) <= limit
    if len(votes) <= limit:
        assert len(within) == len(votes)
    # Nobody within has fewer votes than anybody tied or over; nobody tied fewer than over.
    assert all(votes[w] > votes[o] for w in within for o in tied + over)
    assert all(votes[t] > votes[o] for t in tied for o in over)
    # The tied are all equal, and a tie only happens when the equals straddle the limit.
    assert len({votes[t] for t in tied}) <= 1
    if tied:
        assert len(within) < limit < len(within) + len(tied)
