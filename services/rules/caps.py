"""QĐ 366: the highest level a subject's score and conditions allow (rules.md, "Under QĐ 366 ...
the score caps the vote").

The cap is the lowest of the score band and the condition caps; an unrecorded condition caps
nothing. `SCORE_CAP_REASON` and `CONDITION_CAPS` word each limit for the explanation, e.g. "điểm
86/100 thuộc khung HTTNV (70–89)". Pure functions; the engine lowers the vote to the cap.
"""

from __future__ import annotations

from dataclasses import dataclass

from models.enums import LEVELS, Level
from services.common.said import QT_TRANSLATE_NOOP, Said
from services.rules.types import SCORE_BAND_FLOOR, SCORE_MAX, Conditions, band_of

# The conditions an HTXSNV proposal needs recorded (an unrecorded one is warned).
EXCELLENT_NEEDS: tuple[str, ...] = ("exceeded_30pct", "shortcomings_remedied")

# (condition, the value that caps, the highest level then allowed, the words of the limit)
CONTEXT = "Rules"
CONDITION_CAPS: tuple[tuple[str, bool, Level, str], ...] = (
    ("all_tasks_on_time", False, Level.HTNV, Said(CONTEXT, QT_TRANSLATE_NOOP(
        "Rules", "chưa hoàn thành tất cả nhiệm vụ, chỉ tiêu đúng tiến độ"))),
    ("exceeded_30pct", False, Level.HTTNV, Said(CONTEXT, QT_TRANSLATE_NOOP(
        "Rules", "không có từ 30% nhiệm vụ, chỉ tiêu hoàn thành vượt mức"))),
    ("shortcomings_remedied", False, Level.HTTNV, Said(CONTEXT, QT_TRANSLATE_NOOP(
        "Rules", "hạn chế, khuyết điểm đã chỉ ra chưa được khắc phục"))),
    ("failed_over_50pct", True, Level.KHTNV, Said(CONTEXT, QT_TRANSLATE_NOOP(
        "Rules", "không hoàn thành trên 50% nhiệm vụ, chỉ tiêu"))),
    ("disqualifying_violation", True, Level.KHTNV, Said(CONTEXT, QT_TRANSLATE_NOOP(
        "Rules", "có vi phạm thuộc trường hợp không hoàn thành nhiệm vụ"))),
)


def band_range(level: Level) -> str:
    """"70–89", "90–100", "dưới 50": the totals of the level's band."""
    if level is Level.KHTNV:
        return Said(CONTEXT, QT_TRANSLATE_NOOP("Rules", "dưới {floor}"),
                    floor=SCORE_BAND_FLOOR[Level.HTNV])
    above = LEVELS[level.rank - 1] if level.rank > 0 else None
    top = SCORE_BAND_FLOOR[above] - 1 if above is not None else SCORE_MAX
    return f"{SCORE_BAND_FLOOR[level]}–{top}"


def score_reason(total: int) -> str:
    """"điểm 86/100 thuộc khung HTTNV (70–89)"."""
    band = band_of(total)
    return Said(CONTEXT, QT_TRANSLATE_NOOP("Rules", "điểm {total}/{most} thuộc khung {band} "
                                                    "({range})"),
                total=total, most=SCORE_MAX, band=band, range=band_range(band))


def remedied_violation(conditions: Conditions) -> bool:
    """A disqualifying violation the subject reported and remedied: no cap, the competent level
    weighs it."""
    return bool(conditions.disqualifying_violation and conditions.self_reported_remedied)


@dataclass(frozen=True)
class Cap:
    """The highest level allowed and the words of every limit at that level."""

    level: Level
    reasons: tuple[str, ...]


def cap_of(total: int | None, conditions: Conditions) -> Cap | None:
    """The subject's cap, or None when neither a score nor a recorded condition limits it."""
    limits: list[tuple[Level, str]] = []
    if total is not None:
        limits.append((band_of(total), score_reason(total)))
    for name, value, level, words in CONDITION_CAPS:
        if getattr(conditions, name) is value:
            if name == "disqualifying_violation" and remedied_violation(conditions):
                continue
            limits.append((level, words))
    if not limits:
        return None
    lowest = max(level.rank for level, _ in limits)
    return Cap(LEVELS[lowest], tuple(words for level, words in limits if level.rank == lowest))
