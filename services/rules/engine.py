"""From a round's agreed counts to each subject's level, the summary, the quota and the warnings.

rules.md is the reference; every comparison is on integers (`support × den > denominator × num`).
`compute_round` refuses impossible arithmetic with every problem at once and computes nothing.
"""

from __future__ import annotations

from types import MappingProxyType

from models.enums import LEVELS, BodyKind, Level
from services.common.numbers import percent
from services.rules.profiles import profile_named
from services.rules.quota import compute_quota
from services.rules.types import (
    Denominator,
    Problem,
    QuotaResult,
    QuotaStatus,
    RefusedError,
    RoundInput,
    RoundResult,
    RuleSettings,
    RuleWarning,
    SubjectCounts,
    SubjectResult,
    Summary,
)

DENOMINATOR_LABEL = {
    Denominator.electorate: "triệu tập",
    Denominator.present: "có mặt",
    Denominator.ballots: "phiếu hợp lệ",
}

# QĐ 366: the lowest self-score of each level's band (KHTNV: below 50).
SCORE_BAND_FLOOR = {Level.HTXSNV: 90, Level.HTTNV: 70, Level.HTNV: 50, Level.KHTNV: 0}

UNAUTHORISED_PERCENT = 20  # above this the quota needs a recorded authorisation


def band_of(score: int) -> Level:
    """The level whose QĐ 366 score band holds `score`."""
    return next(level for level in LEVELS if score >= SCORE_BAND_FLOOR[level])


def electorate_problem(convened: int, present: int) -> str | None:
    if present > convened:
        return (f"số có mặt {present} lớn hơn số được triệu tập {convened} "
                "(present > electorate)")
    return None


def check_round(round_: RoundInput, electorate: bool = True) -> list[Problem]:
    """Every reason the round's arithmetic is impossible (rules.md, "refused"); empty when fine.

    `electorate=False` leaves out the electorate check, for a caller that made it once for
    several rounds sharing the same electorate.
    """
    problems: list[Problem] = []

    def refuse(message: str, subject: str | None = None) -> None:
        where = f"{round_.round_id} / {subject}" if subject else round_.round_id
        problems.append(Problem(where, message))

    named = {
        "electorate.convened (triệu tập)": round_.electorate_convened,
        "electorate.present (có mặt)": round_.electorate_present,
        "ballots.issued (phát ra)": round_.ballots_issued,
        "ballots.returned (thu vào)": round_.ballots_returned,
        "ballots.invalid (không hợp lệ)": round_.ballots_invalid,
    }
    negative = [name for name, value in named.items() if value < 0]
    for name in negative:
        refuse(f"số âm không hợp lệ: {name} = {named[name]} (negative count)")
    if not negative:
        wrong = electorate_problem(round_.electorate_convened, round_.electorate_present)
        if electorate and wrong:
            refuse(wrong)
        if round_.ballots_issued > round_.electorate_present:
            refuse(f"số phiếu phát ra {round_.ballots_issued} lớn hơn số đảng viên chính thức "
                   f"có mặt {round_.electorate_present} (ballots issued > voters present)")
        if round_.ballots_returned > round_.ballots_issued:
            refuse(f"số phiếu thu vào {round_.ballots_returned} lớn hơn số phiếu phát ra "
                   f"{round_.ballots_issued} (returned > issued)")
        if round_.ballots_invalid > round_.ballots_returned:
            refuse(f"số phiếu không hợp lệ {round_.ballots_invalid} lớn hơn số phiếu thu vào "
                   f"{round_.ballots_returned} (invalid > returned)")
    reconciliation_refused = bool(problems)
    valid = round_.valid_ballots
    seen: set[str] = set()
    for subject in round_.subjects:
        if subject.subject_id in seen:
            refuse("đối tượng có hai lần trong vòng (subject twice in the round)",
                   subject.subject_id)
            continue
        seen.add(subject.subject_id)
        counts = [subject.votes_for(level) for level in LEVELS] + [subject.invalid_rows]
        if any(count < 0 for count in counts):
            refuse("số phiếu âm không hợp lệ (negative count)", subject.subject_id)
            continue
        # Once the ballots themselves do not add up, "valid ballots" means nothing to compare to.
        if not reconciliation_refused and subject.marks + subject.invalid_rows != valid:
            refuse(f"{subject.marks} phiếu đánh dấu + {subject.invalid_rows} dòng không hợp lệ "
                   f"= {subject.marks + subject.invalid_rows}, nhưng số phiếu hợp lệ là {valid} "
                   f"({subject.marks} marks + {subject.invalid_rows} invalid rows, "
                   f"but {valid} valid ballots)", subject.subject_id)
    return problems


def denominator_value(round_: RoundInput, settings: RuleSettings) -> int:
    if settings.denominator is Denominator.present:
        return round_.electorate_present
    if settings.denominator is Denominator.ballots:
        return round_.valid_ballots
    return round_.electorate_convened


def support_of(subject: SubjectCounts, level: Level, cumulative: bool) -> tuple[int, list[int]]:
    """(support, the terms added): votes for `level`, plus every higher level when cumulative."""
    levels = LEVELS[: level.rank + 1] if cumulative else (level,)
    terms = [subject.votes_for(each) for each in levels]
    return sum(terms), terms


def rate_subject(subject: SubjectCounts, settings: RuleSettings, denominator: int,
                 label: str) -> tuple[Level | None, dict[Level, int], list[str]]:
    """The highest level whose support passes its threshold, with one line per level examined."""
    support: dict[Level, int] = {}
    lines: list[str] = []
    chosen: Level | None = None
    for level in LEVELS:
        value, terms = support_of(subject, level, settings.cumulative)
        support[level] = value
        if chosen is not None:
            continue
        threshold = settings.threshold(level)
        passes = denominator > 0 and threshold.passes(value, denominator)
        sum_text = f"{' + '.join(map(str, terms))} = {value}" if len(terms) > 1 else str(value)
        suffix = " (cộng dồn)" if len(terms) > 1 else ""
        if passes:
            lines.append(f"{level}: {sum_text} phiếu trên {denominator} {label} "
                         f"{threshold.text}{suffix}")
            chosen = level
        else:
            lines.append(f"{level}: {sum_text} phiếu trên {denominator} {label}, "
                         f"chưa {threshold.text}{suffix}")
    if chosen is None:
        lines.append("Không mức nào đạt ngưỡng: chưa xếp loại (chưa đủ quá bán)")
    return chosen, support, lines


def subject_warnings(subject: SubjectCounts, level: Level | None,
                     settings: RuleSettings) -> list[RuleWarning]:
    sid = subject.subject_id
    found: list[RuleWarning] = []
    if level is None:
        found.append(RuleWarning("undecided", f"{sid}: chưa đủ quá bán ở mức nào, chủ trì xem xét "
                                 "bỏ phiếu lại", sid))
        return found
    rating = subject.self_rating
    if rating is not None and abs(rating.rank - level.rank) >= 2:
        found.append(RuleWarning("self_rating_gap", f"{sid}: kết quả biểu quyết {level} cách mức "
                                 f"tự xếp loại {rating} từ hai mức trở lên", sid))
    score = subject.self_score
    if settings.score_bands and score is not None and band_of(score) is not level:
        found.append(RuleWarning("self_score_band", f"{sid}: tự chấm {score} điểm (khung "
                                 f"{band_of(score)}) không khớp mức biểu quyết {level}", sid))
    return found


def round_warnings(round_: RoundInput, settings: RuleSettings) -> list[RuleWarning]:
    found: list[RuleWarning] = []
    convened, present = round_.electorate_convened, round_.electorate_present
    if present * 3 < convened * 2:
        found.append(RuleWarning("attendance_below_two_thirds", f"Có mặt {present}/{convened} "
                                 "đảng viên, dưới 2/3 số được triệu tập"))
    if settings.denominator is Denominator.electorate and convened > 0 and present * 2 <= convened:
        found.append(RuleWarning("majority_unreachable", f"Chỉ {present}/{convened} có mặt, không "
                                 "quá một nửa số được triệu tập: theo quy tắc mặc định không mức "
                                 "nào có thể đạt"))
    missing = round_.ballots_issued - round_.ballots_returned
    if missing > 0:
        found.append(RuleWarning("ballots_not_returned",
                                 f"Phát ra {round_.ballots_issued} phiếu, thu vào "
                                 f"{round_.ballots_returned}: {missing} phiếu không thu lại"))
    if settings.denominator is not Denominator.electorate:
        found.append(RuleWarning("denominator_not_statute", "Tỷ lệ tính trên số "
                                 f"{DENOMINATOR_LABEL[settings.denominator]}, không theo Điều lệ "
                                 "(trên số được triệu tập)"))
    profile = profile_named(settings.profile)
    maximum = profile.max_percent if profile else UNAUTHORISED_PERCENT
    if settings.quota_percent > maximum:
        found.append(RuleWarning("quota_above_regulation", f"Tỷ lệ HTXSNV {settings.quota_percent}%"
                                 f" vượt mức tối đa {maximum}% của quy định"))
    elif settings.quota_percent > UNAUTHORISED_PERCENT and settings.quota_authorisation is None:
        found.append(RuleWarning("quota_not_authorised", f"Tỷ lệ HTXSNV {settings.quota_percent}% "
                                 "cần quyết định của cấp có thẩm quyền (chưa ghi)"))
    return found


def quota_warnings(quota: QuotaResult, body_kind: BodyKind) -> list[RuleWarning]:
    if not quota.exceeded:
        return []
    who = ("chủ trì quyết định và ghi lý do" if body_kind is BodyKind.dang_uy
           else "cấp ủy cấp trên quyết định")
    found = [RuleWarning("quota_exceeded", f"{quota.excellent} HTXSNV vượt tỷ lệ: "
                         f"{quota.arithmetic}; {who}")]
    if quota.over:
        found.append(RuleWarning("quota_over", "Đề nghị chuyển xuống HTTNV: "
                                 + ", ".join(quota.over)))
    if quota.tied:
        found.append(RuleWarning("quota_tied", "Bằng phiếu tại ngưỡng tỷ lệ: "
                                 + ", ".join(quota.tied) + f"; {who} hoặc bỏ phiếu lại"))
    return found


def compute_round(round_: RoundInput, settings: RuleSettings) -> RoundResult:
    """Rate every subject of `round_` under `settings`; raise RefusedError on impossible counts."""
    problems = check_round(round_)
    if problems:
        raise RefusedError(problems)
    denominator = denominator_value(round_, settings)
    label = DENOMINATOR_LABEL[settings.denominator]
    rated = [(subject, *rate_subject(subject, settings, denominator, label))
             for subject in round_.subjects]
    counts = {level: sum(1 for _, lv, _, _ in rated if lv is level) for level in LEVELS}
    undecided = sum(1 for _, lv, _, _ in rated if lv is None)
    total = len(rated)
    excellent_votes = {subject.subject_id: subject.votes_for(Level.HTXSNV)
                       for subject, lv, _, _ in rated if lv is Level.HTXSNV}
    quota, statuses = compute_quota(settings.quota_base, settings.quota_percent, counts,
                                    total - undecided, excellent_votes)
    subjects: list[SubjectResult] = []
    subject_notes: list[RuleWarning] = []
    for subject, level, support, lines in rated:
        status = statuses.get(subject.subject_id)
        notes = tuple(subject_warnings(subject, level, settings))
        subject_notes.extend(notes)
        subjects.append(SubjectResult(
            subject_id=subject.subject_id, level=level,
            votes=MappingProxyType({lv: subject.votes_for(lv) for lv in LEVELS}),
            invalid_rows=subject.invalid_rows, support=MappingProxyType(support),
            explanation=tuple(lines), quota_status=status,
            proposed_level=Level.HTTNV if status is QuotaStatus.over else None,
            warnings=notes,
        ))
    summary = Summary(
        counts=MappingProxyType(counts), undecided=undecided, total=total,
        percent=MappingProxyType({level: percent(counts[level], total) for level in LEVELS}),
        undecided_percent=percent(undecided, total),
    )
    warnings = (round_warnings(round_, settings) + quota_warnings(quota, round_.body_kind)
                + subject_notes)
    return RoundResult(round=round_, settings=settings, denominator=denominator,
                       subjects=tuple(subjects), summary=summary, quota=quota,
                       warnings=tuple(warnings))
