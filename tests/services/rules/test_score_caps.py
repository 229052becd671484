"""QĐ 366: the score and the conditions cap the vote; the quota counts levels after capping and
ranks the excellent by score, then votes (rules.md, "Under QĐ 366 ... the score caps the vote").
Each case is worked out by hand from rules.md in the comments."""

from __future__ import annotations

import pytest

from models.enums import BodyKind, Level, SubjectKind
from services.rules.caps import band_range, cap_of
from services.rules.engine import compute_round
from services.rules.profiles import settings_for_year
from services.rules.types import Conditions, QuotaStatus, RuleSettings
from tests.helpers.rules import round_of, subject

QD366 = settings_for_year(2025)
QD124 = settings_for_year(2023)


def codes(result_warnings: object, subject_id: str) -> list[str]:
    return [w.code for w in result_warnings if w.subject_id == subject_id]  # type: ignore[attr-defined]


def test_the_score_lowers_the_vote_and_the_explanation_says_both() -> None:
    # 9 convened; 7 HTXSNV marks > 9/2 reach HTXSNV; 86 points is HTTNV's band (70–89).
    result = compute_round(round_of(subject("a", 7, 2, score=86), convened=9), QD366)
    [a] = result.subjects
    assert (a.vote_level, a.cap, a.level) == (Level.HTXSNV, Level.HTTNV, Level.HTTNV)
    assert a.explanation[-1] == ("HTTNV: phiếu đạt HTXSNV (7/9) nhưng điểm 86/100 thuộc khung "
                                 "HTTNV (70–89)")
    assert codes(result.warnings, "a") == ["vote_above_cap"]
    assert result.summary.counts[Level.HTTNV] == 1 and result.summary.counts[Level.HTXSNV] == 0


def test_a_vote_below_the_cap_and_an_undecided_vote_stay() -> None:
    # b: voted HTTNV with 95 points (cap HTXSNV): stays HTTNV. c: 4 of 9 at every level:
    # undecided, stays undecided even with 40 points (cap KHTNV).
    result = compute_round(round_of(subject("b", 0, 9, score=95),
                                    subject("c", 4, 0, 0, 0, invalid=5, score=40), convened=9),
                           QD366)
    b, c = result.subjects
    assert (b.vote_level, b.cap, b.level) == (Level.HTTNV, Level.HTXSNV, Level.HTTNV)
    assert (c.vote_level, c.cap, c.level) == (None, Level.KHTNV, None)
    assert codes(result.warnings, "c") == ["undecided"]


def test_the_regulation_2023_ignores_scores_and_conditions() -> None:
    subjects = (subject("a", 7, 2, score=40, failed_over_50pct=True),)
    result = compute_round(round_of(*subjects, convened=9), QD124)
    [a] = result.subjects
    assert (a.vote_level, a.cap, a.level) == (Level.HTXSNV, None, Level.HTXSNV)
    assert not [w for w in result.warnings if w.subject_id]


@pytest.mark.parametrize(("score", "conditions", "cap", "reason"), [
    (None, {}, None, None),
    (92, {}, Level.HTXSNV, "điểm 92/100 thuộc khung HTXSNV (90–100)"),
    (92, {"all_tasks_on_time": False}, Level.HTNV,
     "chưa hoàn thành tất cả nhiệm vụ, chỉ tiêu đúng tiến độ"),
    (None, {"exceeded_30pct": False}, Level.HTTNV,
     "không có từ 30% nhiệm vụ, chỉ tiêu hoàn thành vượt mức"),
    (92, {"shortcomings_remedied": False, "exceeded_30pct": True}, Level.HTTNV,
     "hạn chế, khuyết điểm đã chỉ ra chưa được khắc phục"),
    (95, {"failed_over_50pct": True}, Level.KHTNV,
     "không hoàn thành trên 50% nhiệm vụ, chỉ tiêu"),
    (95, {"disqualifying_violation": True}, Level.KHTNV,
     "có vi phạm thuộc trường hợp không hoàn thành nhiệm vụ"),
    # Self-reported and remedied: no cap from the violation (the competent level weighs it).
    (95, {"disqualifying_violation": True, "self_reported_remedied": True}, Level.HTXSNV,
     "điểm 95/100 thuộc khung HTXSNV (90–100)"),
    (49, {"all_tasks_on_time": True}, Level.KHTNV, "điểm 49/100 thuộc khung KHTNV (dưới 50)"),
])
def test_the_cap_is_the_lowest_limit(score: int | None, conditions: dict[str, bool],
                                     cap: Level | None, reason: str | None) -> None:
    found = cap_of(score, Conditions(**conditions))
    assert (found.level if found else None) == cap
    assert (found.reasons[0] if found else None) == reason


def test_two_limits_at_the_cap_are_both_named() -> None:
    # 75 points (HTTNV) and an unremedied shortcoming (at most HTTNV): both said.
    found = cap_of(75, Conditions(shortcomings_remedied=False))
    assert found is not None and found.level is Level.HTTNV and len(found.reasons) == 2


def test_band_ranges() -> None:
    assert [band_range(level) for level in Level] == ["90–100", "70–89", "50–69", "dưới 50"]


def test_only_meaningful_warnings_grouped_by_subject() -> None:
    # 10 convened, all present. a: 92 points, voted HTTNV, self-proposed HTTNV: nothing to say.
    # b: self-proposes HTXSNV with 80 points: above its band. c: voted HTXSNV with 95 points,
    # the two conditions HTXSNV needs unrecorded. d: a violation reported and remedied.
    result = compute_round(round_of(
        subject("a", 0, 10, self_rating=Level.HTTNV, score=92),
        subject("b", 0, 10, self_rating=Level.HTXSNV, score=80),
        subject("c", 10, self_rating=Level.HTXSNV, score=95),
        subject("d", 0, 10, score=80, disqualifying_violation=True, self_reported_remedied=True),
    ), QD366)
    assert [(w.subject_id, w.code) for w in result.warnings if w.subject_id] == [
        ("b", "self_level_above_band"), ("c", "excellent_condition_unrecorded"),
        ("d", "self_reported_violation")]
    [c_warning] = result.subject("c").warnings
    assert c_warning.message == (
        "c: đề nghị HTXSNV nhưng chưa ghi điều kiện: có trên 30% nhiệm vụ hoàn thành vượt mức, "
        "có sản phẩm vượt trội; hạn chế, khuyết điểm đã được chỉ ra đều được khắc phục")
    assert "khung HTTNV (70–89)" in result.subject("b").warnings[0].message


def test_the_quota_counts_after_capping_and_ranks_by_score_then_votes() -> None:
    # 10 voters. Voted HTXSNV: s (92 points, 6 votes), v (75 points, 10 votes: capped to HTTNV),
    # w (95, 6), x (95, 7), y (no score, 9); HTTNV: t1..t5. After capping: 4 HTXSNV, 6 HTTNV,
    # limit 20% × 10 = 2. Ranked by score then votes: x (95, 7), w (95, 6), s (92, 6), y (none).
    subjects = [subject("s", 6, 4, score=92), subject("v", 10, score=75),
                subject("w", 6, 4, score=95), subject("x", 7, 3, score=95),
                subject("y", 9, 1)] + [subject(f"t{i}", 0, 10, score=80) for i in range(1, 6)]
    result = compute_round(round_of(*subjects), QD366)
    assert (result.quota.base, result.quota.limit) == (10, 2)
    assert (result.quota.within, result.quota.tied, result.quota.over) == (
        ("w", "x"), (), ("s", "y"))
    # By votes alone (the 2023 ranking) the same levels would put y (9) and x (7) within.
    by_votes = compute_round(round_of(*subjects), RuleSettings(
        profile="qd366", score_caps_vote=True))
    assert by_votes.quota.within == ("x", "y")


def test_equal_score_and_votes_at_the_boundary_are_tied() -> None:
    # Limit 20% × 10 = 2; a (95, 8) is within; b and c both (90, 6) straddle the limit: tied.
    subjects = [subject("a", 8, 2, score=95), subject("b", 6, 4, score=90),
                subject("c", 6, 4, score=90)] + [subject(f"t{i}", 0, 10) for i in range(7)]
    result = compute_round(round_of(*subjects), QD366)
    assert (result.quota.within, result.quota.tied, result.quota.over) == (("a",), ("b", "c"), ())
    assert result.subject("b").quota_status is QuotaStatus.tied
    [tied] = [w for w in result.warnings if w.code == "quota_tied"]
    assert tied.message.startswith("Bằng điểm và số phiếu HTXSNV tại ngưỡng tỷ lệ: b, c")


def test_a_cell_rating_itself_has_no_quota() -> None:
    # One subject voted HTXSNV with 93 points: 20% × 1 → limit 0, but no quota applies.
    result = compute_round(round_of(subject("tap-the", 8, 2, score=93),
                                    body_kind=BodyKind.chi_bo, kind=SubjectKind.organisation),
                           QD366)
    assert result.quota is None
    assert result.subjects[0].level is Level.HTXSNV and result.subjects[0].quota_status is None
    assert not [w for w in result.warnings if w.code.startswith("quota")]
    # A committee rating its cells applies it: the one excellent cell is over a limit of 0.
    committee = compute_round(round_of(subject("cb1", 8, 2, score=93),
                                       kind=SubjectKind.organisation), QD366)
    assert committee.quota is not None and committee.quota.over == ("cb1",)
