"""The HTXSNV quota: the three bases, rounding down, and the within / tied / over split."""

from __future__ import annotations

from models.enums import Level
from services.rules.engine import compute_round
from services.rules.quota import quota_limit, split_excellent
from services.rules.types import QuotaBase, QuotaStatus, RuleSettings
from tests.helpers.rules import round_of, subject

IN, TIE, OVER = QuotaStatus.within, QuotaStatus.tied, QuotaStatus.over


def counts(x: int, t: int, n: int = 0, k: int = 0) -> dict[Level, int]:
    return {Level.HTXSNV: x, Level.HTTNV: t, Level.HTNV: n, Level.KHTNV: k}


def test_good_and_above_the_seed_unit_sits_exactly_at_the_limit() -> None:
    # 13 excellent + 52 good = 65; 20% × 65 = 13,0 → at most 13.
    assert quota_limit(QuotaBase.good_and_above, 20, counts(13, 52, 1, 1), 67, "đảng viên") == (
        65, 13, "20% × 65 đảng viên HTXSNV và HTTNV = 13,0 → tối đa 13")


def test_always_rounded_down() -> None:
    # 20% of 64 = 12,8 → 12 ("không vượt quá" means at most).
    assert quota_limit(QuotaBase.good_and_above, 20, counts(12, 52), 64)[1:] == (
        12, "20% × 64 đối tượng HTXSNV và HTTNV = 12,8 → tối đa 12")
    # 25% of 65 = 16,25 → 16.
    assert quota_limit(QuotaBase.good_and_above, 25, counts(13, 52), 65)[1:] == (
        16, "25% × 65 đối tượng HTXSNV và HTTNV = 16,25 → tối đa 16")


def test_large_bases_print_thousands_with_a_dot() -> None:
    # 250 + 960 = 1.210; 20% × 1.210 = 242,0 → at most 242 (rules.md: thousands use a dot).
    assert quota_limit(QuotaBase.good_and_above, 20, counts(250, 960), 1300)[2] == (
        "20% × 1.210 đối tượng HTXSNV và HTTNV = 242,0 → tối đa 242")
    # good_only: 20 × 6.000 / 120 = 1.000 exactly.
    assert quota_limit(QuotaBase.good_only, 20, counts(1000, 5000), 6000)[2] == (
        "20% × (1.000 + 5.000) đối tượng HTXSNV và HTTNV / (100% + 20%) = 1.000,0 → tối đa 1.000")


def test_good_only_the_literal_reading() -> None:
    # T = 13 + 52 = 65; limit = floor(20 × 65 / 120) = floor(10,83) = 10. Check: 10 excellent
    # leave 55 good, 20% × 55 = 11 ≥ 10; 11 excellent leave 54, 20% × 54 = 10,8 < 11.
    base, limit, line = quota_limit(QuotaBase.good_only, 20, counts(13, 52), 65)
    assert (base, limit) == (52, 10)
    assert line == "20% × (13 + 52) đối tượng HTXSNV và HTTNV / (100% + 20%) = 10,83 → tối đa 10"
    # 6 + 30 = 36: 20 × 36 / 120 = 6 exactly; 6 excellent ≤ 20% × 30 = 6.
    assert quota_limit(QuotaBase.good_only, 20, counts(6, 30), 36)[:2] == (30, 6)


def test_all_rated_counts_every_decided_subject() -> None:
    # 13 + 52 + 1 + 1 = 67 decided; 20% × 67 = 13,4 → 13.
    assert quota_limit(QuotaBase.all_rated, 20, counts(13, 52, 1, 1), 67)[:2] == (67, 13)


def test_not_exceeded_all_within() -> None:
    assert split_excellent({"a": 9, "b": 6}, 2) == {"a": IN, "b": IN}


def test_exceeded_the_first_limit_within_the_rest_over() -> None:
    # Limit 2; votes 9, 8, 7: the 2nd (8) and the 3rd (7) differ → a, b within, c over.
    assert split_excellent({"a": 9, "b": 8, "c": 7}, 2) == {"a": IN, "b": IN, "c": OVER}


def test_a_tie_at_the_boundary_is_left_to_the_chair() -> None:
    # Limit 2; votes 9, 8, 8, 7: the 2nd and 3rd both have 8 → b, c tied; 9 within; 7 over.
    assert split_excellent({"a": 9, "b": 8, "c": 8, "d": 7}, 2) == {
        "a": IN, "b": TIE, "c": TIE, "d": OVER}
    # Limit 1; all equal: every one tied, none within.
    assert split_excellent({"a": 6, "b": 6}, 1) == {"a": TIE, "b": TIE}


def test_a_limit_of_zero_puts_every_excellent_subject_over() -> None:
    # 2 excellent + 2 good = 4; 20% × 4 = 0,8 → 0.
    assert split_excellent({"a": 9, "b": 9}, 0) == {"a": OVER, "b": OVER}


def test_the_round_result_carries_the_split_and_proposes_httnv_for_the_over() -> None:
    # 4 excellent (9, 8, 8, 7 HTXSNV of 10) + 6 good: base 10, 20% × 10 = 2 → tied at 8.
    subjects = [subject("a", 9, 1), subject("b", 8, 2), subject("c", 8, 2), subject("d", 7, 3)]
    subjects += [subject(f"g{i}", 0, 10) for i in range(6)]
    result = compute_round(round_of(*subjects), RuleSettings())
    quota = result.quota
    assert (quota.base, quota.limit, quota.exceeded) == (10, 2, True)
    assert (quota.within, quota.tied, quota.over) == (("a",), ("b", "c"), ("d",))
    assert result.subject("d").proposed_level is Level.HTTNV
    assert result.subject("b").proposed_level is None  # the chair decides
    assert result.subject("d").level is Level.HTXSNV  # the vote itself is not changed
    assert {"quota_exceeded", "quota_tied", "quota_over"} <= {w.code for w in result.warnings}
