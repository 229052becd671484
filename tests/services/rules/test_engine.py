"""The level of a subject under every setting, each case worked by hand in its comment."""

from __future__ import annotations

from dataclasses import replace
from types import MappingProxyType

import pytest

from models.enums import LEVELS, BodyKind, Level
from services.rules.engine import compute_round
from services.rules.types import (
    Denominator,
    QuotaAuthorisation,
    RefusedError,
    RuleSettings,
    Threshold,
)
from tests.helpers.rules import round_of, subject

DEFAULT = RuleSettings()


def level_of(*counts: int, settings: RuleSettings = DEFAULT, **round_args: int) -> Level | None:
    result = compute_round(round_of(subject("a", *counts), **round_args), settings)
    return result.subjects[0].level


def test_more_than_half_of_the_electorate_cumulative() -> None:
    # 4 HTXSNV: 4 of 10 is not > 1/2 (4×2=8 ≤ 10). HTTNV: 4+3 = 7, 7×2=14 > 10 → HTTNV.
    result = compute_round(round_of(subject("m03", 4, 3, 3)), DEFAULT)
    s = result.subjects[0]
    assert s.level is Level.HTTNV
    assert s.support == {Level.HTXSNV: 4, Level.HTTNV: 7, Level.HTNV: 10, Level.KHTNV: 10}
    assert s.explanation == (
        "HTXSNV: 4 phiếu trên 10 triệu tập, chưa > 1/2",
        "HTTNV: 4 + 3 = 7 phiếu trên 10 triệu tập > 1/2 (cộng dồn)",
    )


def test_exactly_half_is_not_more_than_half() -> None:
    # 5 of 10 HTXSNV: 5×2 = 10, not > 10 → not HTXSNV; 5+5 = 10 > 5 → HTTNV.
    assert level_of(5, 5) is Level.HTTNV
    # 6 of 10: 12 > 10 → HTXSNV.
    assert level_of(6, 4) is Level.HTXSNV
    # 10 of 20 is 50%, not more than half, even though the percentage rounds to "50%".
    assert level_of(10, 10, convened=20) is Level.HTTNV


def test_at_least_two_thirds_for_the_top_level() -> None:
    # HD 07 (2011): HTXSNV needs ≥ 2/3. 6 of 9: 6×3 = 18 ≥ 9×2 = 18 → passes (not strict).
    top = RuleSettings(thresholds=MappingProxyType(
        {**{lv: Threshold(1, 2) for lv in LEVELS}, Level.HTXSNV: Threshold(2, 3, strict=False)}))
    assert level_of(6, 3, settings=top, convened=9) is Level.HTXSNV
    # 5 of 9: 15 < 18 → fails; HTTNV 5+3 = 8 of 9 > 1/2 → HTTNV.
    assert level_of(5, 3, 1, settings=top, convened=9) is Level.HTTNV
    # Strictly more than 2/3: 6 of 9 (18 > 18 false) fails.
    strict = replace(top, thresholds=MappingProxyType(
        {**top.thresholds, Level.HTXSNV: Threshold(2, 3, strict=True)}))
    assert level_of(6, 3, settings=strict, convened=9) is Level.HTTNV


def test_non_cumulative_counts_each_level_alone() -> None:
    # 4 / 3 / 3 of 10, non-cumulative: no level has > 5 on its own → undecided.
    settings = RuleSettings(cumulative=False)
    result = compute_round(round_of(subject("a", 4, 3, 3)), settings)
    assert result.subjects[0].level is None
    assert result.subjects[0].support[Level.HTTNV] == 3
    assert result.subjects[0].explanation[-1].startswith("Không mức nào đạt")
    # Cumulative the same marks give HTTNV (4+3 = 7).
    assert level_of(4, 3, 3) is Level.HTTNV
    # 2 / 6 / 2 non-cumulative: HTTNV alone 6 > 5 → HTTNV.
    assert level_of(2, 6, 2, settings=settings) is Level.HTTNV


def test_cumulative_reaches_the_lowest_level() -> None:
    # 0/0/3/7: KHTNV support 10 → KHTNV; 0/1/5/4: HTNV 6 > 5 → HTNV.
    assert level_of(0, 0, 3, 7) is Level.KHTNV
    assert level_of(0, 1, 5, 4) is Level.HTNV


def test_the_three_denominators() -> None:
    # 10 convened, 7 present, 7 issued and returned, 1 invalid ballot → 6 valid ballots.
    # Subject: 4 HTXSNV, 2 HTTNV (4 + 2 = 6 marks).
    args = {"convened": 10, "present": 7, "invalid": 1}
    # electorate: 4×2 = 8 ≤ 10; 6×2 = 12 > 10 → HTTNV.
    assert level_of(4, 2, **args) is Level.HTTNV
    # present: 4×2 = 8 > 7 → HTXSNV.
    assert level_of(4, 2, settings=RuleSettings(denominator=Denominator.present),
                    **args) is Level.HTXSNV
    # ballots: 4×2 = 8 > 6 → HTXSNV; the explanation names valid ballots.
    result = compute_round(round_of(subject("a", 4, 2), **args),
                           RuleSettings(denominator=Denominator.ballots))
    assert result.denominator == 6
    assert result.subjects[0].explanation == ("HTXSNV: 4 phiếu trên 6 phiếu hợp lệ > 1/2",)
    assert "denominator_not_statute" in {w.code for w in result.warnings}


def test_invalid_rows_count_in_the_valid_ballots() -> None:
    # 10 valid ballots; subject 5 HTXSNV + 5 invalid rows. Denominator "ballots" = 10:
    # 5×2 = 10, not > 10 → no level passes (the invalid rows are not support).
    result = compute_round(round_of(subject("a", 5, 0, 0, 0, invalid=5)),
                           RuleSettings(denominator=Denominator.ballots))
    assert result.subjects[0].level is None


def test_undecided_subjects_are_flagged() -> None:
    # 6 present of 10: the best a subject can get is 6 marks > 5 → still passes;
    # with only 5 present: 5×2 = 10 not > 10 → undecided, and the majority is unreachable.
    result = compute_round(round_of(subject("a", 5), convened=10, present=5), DEFAULT)
    assert result.subjects[0].level is None
    assert result.summary.undecided == 1 and result.summary.undecided_percent == "100%"
    codes = {w.code for w in result.warnings}
    assert {"undecided", "majority_unreachable", "attendance_below_two_thirds"} <= codes


def test_attendance_warnings_at_the_boundaries() -> None:
    # 9 convened, 6 present: 6×3 = 18 = 9×2 → exactly 2/3, no warning; 5 present: warning.
    def codes(present: int) -> set[str]:
        result = compute_round(round_of(subject("a", present), convened=9, present=present),
                               DEFAULT)
        return {w.code for w in result.warnings}

    assert "attendance_below_two_thirds" not in codes(6)
    assert "attendance_below_two_thirds" in codes(5)
    # Present 4 of 9: 4×2 = 8 ≤ 9 → majority unreachable; 5 of 9: 10 > 9 → reachable.
    assert "majority_unreachable" in codes(4)
    assert "majority_unreachable" not in codes(5)


def test_ballots_not_returned_is_a_warning() -> None:
    # 10 issued, 9 returned: computed, with a warning for the tellers' report.
    result = compute_round(round_of(subject("a", 6, 3), returned=9), DEFAULT)
    assert result.subjects[0].level is Level.HTXSNV  # 6 of 10 convened > 1/2
    [warning] = [w for w in result.warnings if w.code == "ballots_not_returned"]
    assert "1 phiếu không thu lại" in warning.message


def test_self_rating_two_levels_away_is_a_warning() -> None:
    # Voted KHTNV (10 of 10) but self-rated HTTNV: ranks 3 and 1, two apart → warning.
    result = compute_round(round_of(subject("a", 0, 0, 0, 10, self_rating=Level.HTTNV),
                                    subject("b", 0, 0, 10, 0, self_rating=Level.HTTNV)), DEFAULT)
    assert [w.subject_id for w in result.warnings if w.code == "self_rating_gap"] == ["a"]


def test_summary_percentages_over_all_subjects() -> None:
    # 8 cells: 1 / 6 / 1 / 0 → 12,5% / 75% / 12,5% / 0%.
    cells = [subject("c1", 8, 2)] + [subject(f"c{i}", 0, 10) for i in range(2, 8)] \
        + [subject("c8", 0, 3, 7)]
    summary = compute_round(round_of(*cells), DEFAULT).summary
    assert dict(summary.counts) == {Level.HTXSNV: 1, Level.HTTNV: 6, Level.HTNV: 1,
                                    Level.KHTNV: 0}
    assert dict(summary.percent) == {Level.HTXSNV: "12,5%", Level.HTTNV: "75%",
                                     Level.HTNV: "12,5%", Level.KHTNV: "0%"}


@pytest.mark.parametrize(("round_args", "needle"), [
    ({"convened": 10, "present": 11}, "present > electorate"),
    ({"present": 9, "issued": 10}, "ballots issued > voters present"),
    ({"issued": 9, "returned": 10}, "returned > issued"),
    ({"returned": 10, "invalid": 11}, "invalid > returned"),
])
def test_impossible_reconciliation_is_refused(round_args: dict[str, int], needle: str) -> None:
    with pytest.raises(RefusedError) as refused:
        compute_round(round_of(subject("a", 10), **round_args), DEFAULT)
    assert needle in str(refused.value)


def test_a_row_that_does_not_add_up_is_refused_naming_round_and_subject() -> None:
    # 10 valid ballots; m18 has 9 marks + 0 invalid rows.
    with pytest.raises(RefusedError) as refused:
        compute_round(round_of(subject("m17", 10), subject("m18", 4, 5)), DEFAULT)
    [problem] = refused.value.problems
    assert problem.where == "r / m18"
    assert "9 marks + 0 invalid rows" in problem.message and "10 valid ballots" in problem.message


def test_a_subject_twice_and_negative_counts_are_refused() -> None:
    with pytest.raises(RefusedError) as refused:
        compute_round(round_of(subject("a", 10), subject("a", 10), subject("b", 11, -1)),
                      DEFAULT)
    messages = [str(p) for p in refused.value.problems]
    assert any("r / a" in m and "twice" in m for m in messages)
    assert any("r / b" in m and "negative" in m for m in messages)


def test_quota_above_twenty_percent_needs_an_authorisation() -> None:
    def codes(settings: RuleSettings) -> set[str]:
        return {w.code for w in compute_round(round_of(subject("a", 10)), settings).warnings}

    assert "quota_not_authorised" in codes(RuleSettings(profile="qd366", quota_percent=25))
    authorised = QuotaAuthorisation("Ban Thường vụ Đảng ủy Khối", "123-QĐ/ĐUK")
    assert not {"quota_not_authorised", "quota_above_regulation"} & codes(
        RuleSettings(profile="qd366", quota_percent=25, quota_authorisation=authorised))
    # QĐ 132 knows no 25%: above its 20% is flagged even with an authorisation.
    assert "quota_above_regulation" in codes(
        RuleSettings(quota_percent=25, quota_authorisation=authorised))


def test_quota_exceeded_at_a_cell_and_a_committee_meeting() -> None:
    # 10 subjects all HTXSNV: base 10, 20% × 10 = 2 → 8 over; the message says who decides.
    subjects = [subject(f"s{i}", 10 - i % 3, i % 3) for i in range(10)]
    committee = compute_round(round_of(*subjects), DEFAULT)
    cell = compute_round(round_of(*subjects, body_kind=BodyKind.chi_bo), DEFAULT)
    [c] = [w for w in committee.warnings if w.code == "quota_exceeded"]
    [k] = [w for w in cell.warnings if w.code == "quota_exceeded"]
    assert "chủ trì quyết định" in c.message and "cấp ủy cấp trên" in k.message
