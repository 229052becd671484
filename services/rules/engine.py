"""From a round's agreed counts to each subject's level, the summary, the quota and the warnings.

rules.md is the reference; every comparison is on integers (`support × den > denominator × num`).
`compute_round` refuses impossible arithmetic with every problem at once and computes nothing.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from types import MappingProxyType

from models.enums import LEVELS, BodyKind, Level
from services.common.labels import CONDITION_WORDS, SUBJECT_NOUNS
from services.common.numbers import percent
from services.common.said import QT_TRANSLATE_NOOP, Said
from services.rules.caps import (
    EXCELLENT_NEEDS,
    Cap,
    cap_of,
    remedied_violation,
    score_reason,
)
from services.rules.profiles import profile_named
from services.rules.quota import compute_quota, rank_key
from services.rules.types import (
    Denominator,
    Problem,
    QuotaRank,
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
    band_of,
)

CONTEXT = "Rules"  # the window's translations of the engine's sentences (services/common/said)
DENOMINATOR_LABEL = {
    Denominator.electorate: Said(CONTEXT, QT_TRANSLATE_NOOP("Rules", "triệu tập")),
    Denominator.present: Said(CONTEXT, QT_TRANSLATE_NOOP("Rules", "có mặt")),
    Denominator.ballots: Said(CONTEXT, QT_TRANSLATE_NOOP("Rules", "phiếu hợp lệ")),
}
CUMULATIVE = Said(CONTEXT, QT_TRANSLATE_NOOP("Rules", " (cộng dồn)"))

UNAUTHORISED_PERCENT = 20  # above this the quota needs a recorded authorisation

# A subject rated once is rated again only when something it depends on changed: its counts,
# self-rating, score or conditions, the settings or the denominator. A changed count then
# recomputes that subject (and the summary and quota, which depend on all), not the round.
_RATED: dict[tuple[object, ...], SubjectResult] = {}
_WITH_STATUS: dict[tuple[int, QuotaStatus], SubjectResult] = {}  # by id() of a _RATED value
_RATED_MAX = 50_000  # subjects kept (a few meetings of 2,000); the caches start over beyond
# by counts and valid ballots: (message, code) or None
_COUNTS_PROBLEM: dict[tuple[object, ...], tuple[str, str] | None] = {}


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

    def refuse(message: str, code: str, subject: SubjectCounts | None = None) -> None:
        where = f"{round_.round_id} / {subject.subject_id}" if subject else round_.round_id
        problems.append(Problem(where, message, subject.said if subject else "", code))

    named = {
        "electorate.convened (triệu tập)": round_.electorate_convened,
        "electorate.present (có mặt)": round_.electorate_present,
        "ballots.issued (phát ra)": round_.ballots_issued,
        "ballots.returned (thu vào)": round_.ballots_returned,
        "ballots.invalid (không hợp lệ)": round_.ballots_invalid,
    }
    negative = [name for name, value in named.items() if value < 0]
    for name in negative:
        refuse(f"số âm không hợp lệ: {name} = {named[name]} (negative count)", "negative")
    if not negative:
        wrong = electorate_problem(round_.electorate_convened, round_.electorate_present)
        if electorate and wrong:
            refuse(wrong, "present_above_electorate")
        if round_.ballots_issued > round_.electorate_present:
            refuse(f"số phiếu phát ra {round_.ballots_issued} lớn hơn số đảng viên chính thức "
                   f"có mặt {round_.electorate_present} (ballots issued > voters present)",
                   "issued_above_present")
        if round_.ballots_returned > round_.ballots_issued:
            refuse(f"số phiếu thu vào {round_.ballots_returned} lớn hơn số phiếu phát ra "
                   f"{round_.ballots_issued} (returned > issued)", "returned_above_issued")
        if round_.ballots_invalid > round_.ballots_returned:
            refuse(f"số phiếu không hợp lệ {round_.ballots_invalid} lớn hơn số phiếu thu vào "
                   f"{round_.ballots_returned} (invalid > returned)", "invalid_above_returned")
    # Once the ballots themselves do not add up, "valid ballots" means nothing to compare to.
    valid = None if problems else round_.valid_ballots
    seen: set[str] = set()
    for subject in round_.subjects:
        if subject.subject_id in seen:
            refuse("đối tượng có hai lần trong vòng (subject twice in the round)",
                   "subject_twice", subject)
            continue
        seen.add(subject.subject_id)
        key = (tuple(subject.votes.items()), subject.invalid_rows, valid)
        if key not in _COUNTS_PROBLEM:
            if len(_COUNTS_PROBLEM) >= _RATED_MAX:
                _COUNTS_PROBLEM.clear()
            _COUNTS_PROBLEM[key] = counts_problem(subject, valid)
        problem = _COUNTS_PROBLEM[key]
        if problem is not None:
            refuse(problem[0], problem[1], subject)
    return problems


def counts_problem(subject: SubjectCounts, valid: int | None) -> tuple[str, str] | None:
    """Why one subject's counts are impossible, and the rule's code (None: they are not);
    `valid` None when the round's ballots do not add up themselves."""
    counts = [subject.votes_for(level) for level in LEVELS] + [subject.invalid_rows]
    if any(count < 0 for count in counts):
        return "số phiếu âm không hợp lệ (negative count)", "negative_row"
    if valid is not None and subject.marks + subject.invalid_rows != valid:
        return (f"{subject.marks} phiếu đánh dấu + {subject.invalid_rows} dòng không hợp lệ "
                f"= {subject.marks + subject.invalid_rows}, nhưng số phiếu hợp lệ là {valid} "
                f"({subject.marks} marks + {subject.invalid_rows} invalid rows, "
                f"but {valid} valid ballots)", "row_sum")
    return None


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
        words = dict(level=level, sum=sum_text, denominator=denominator, label=label,
                     threshold=threshold.text, cumulative=CUMULATIVE if len(terms) > 1 else "")
        if passes:
            lines.append(Said(CONTEXT, QT_TRANSLATE_NOOP(
                "Rules", "{level}: {sum} phiếu trên {denominator} {label} "
                "{threshold}{cumulative}"), **words))
            chosen = level
        else:
            lines.append(Said(CONTEXT, QT_TRANSLATE_NOOP(
                "Rules", "{level}: {sum} phiếu trên {denominator} {label}, "
                "chưa {threshold}{cumulative}"), **words))
    if chosen is None:
        lines.append(Said(CONTEXT, QT_TRANSLATE_NOOP(
            "Rules", "Không mức nào đạt ngưỡng: chưa xếp loại (chưa đủ quá bán)")))
    return chosen, support, lines


def capped(subject: SubjectCounts, vote_level: Level | None,
           settings: RuleSettings) -> tuple[Level | None, Cap | None]:
    """(the level proposed, the cap): the vote lowered to the cap under `score_caps_vote`; an
    undecided vote stays undecided."""
    if not settings.score_caps_vote:
        return vote_level, None
    cap = cap_of(subject.score, subject.conditions)
    if vote_level is None or cap is None or vote_level.rank >= cap.level.rank:
        return vote_level, cap
    return cap.level, cap


def cap_line(level: Level, vote_level: Level, support: int, denominator: int, cap: Cap) -> str:
    """"HTTNV: phiếu đạt HTXSNV (7/9) nhưng điểm 86/100 thuộc khung HTTNV (70–89)"."""
    return Said(CONTEXT, QT_TRANSLATE_NOOP(
        "Rules", "{level}: phiếu đạt {vote_level} ({support}/{denominator}) nhưng {reasons}"),
        level=level, vote_level=vote_level, support=support, denominator=denominator,
        reasons=Said.joined("; ", cap.reasons))


def subject_warnings(subject: SubjectCounts, vote_level: Level | None, level: Level | None,
                     cap: Cap | None, settings: RuleSettings) -> list[RuleWarning]:
    """What the chair must look at for one subject, in one group: undecided, a self-rating far
    from the result and, under `score_caps_vote`, a vote above the cap, a self-proposal above
    the score's band, an HTXSNV proposal missing a condition, a self-reported violation."""
    sid, who = subject.subject_id, subject.said
    found: list[RuleWarning] = []
    rating = subject.self_rating
    if level is None:
        found.append(RuleWarning("undecided", f"{who}: chưa đủ quá bán ở mức nào, chủ trì xem xét "
                                 "bỏ phiếu lại", sid))
    elif rating is not None and abs(rating.rank - level.rank) >= 2:
        found.append(RuleWarning("self_rating_gap", f"{who}: kết quả biểu quyết {level} cách mức "
                                 f"tự xếp loại {rating} từ hai mức trở lên", sid))
    if not settings.score_caps_vote:
        return found
    if cap is not None and vote_level is not None and level is not vote_level:
        found.append(RuleWarning("vote_above_cap", f"{who}: phiếu đạt {vote_level} nhưng "
                                 f"{'; '.join(cap.reasons)}: đề nghị {level}", sid))
    score = subject.score
    if rating is not None and score is not None and rating.rank < band_of(score).rank:
        found.append(RuleWarning("self_level_above_band", f"{who}: tự đề xuất {rating} cao hơn "
                                 f"khung điểm: {score_reason(score)}", sid))
    missing = [name for name in EXCELLENT_NEEDS if getattr(subject.conditions, name) is None]
    if level is Level.HTXSNV and missing:
        found.append(RuleWarning("excellent_condition_unrecorded", f"{who}: đề nghị HTXSNV nhưng "
                                 "chưa ghi điều kiện: " + "; ".join(
                                     CONDITION_WORDS[name].lower() for name in missing), sid))
    if remedied_violation(subject.conditions):
        found.append(RuleWarning("self_reported_violation", f"{who}: vi phạm tự phát hiện, tự "
                                 "báo cáo và đã khắc phục: không tự động xếp KHTNV, cấp có thẩm "
                                 "quyền xem xét", sid))
    return found


def round_warnings(round_: RoundInput, settings: RuleSettings) -> list[RuleWarning]:
    found: list[RuleWarning] = []
    convened, present = round_.electorate_convened, round_.electorate_present
    if present * 3 < convened * 2:
        found.append(RuleWarning("attendance_below_two_thirds", Said(CONTEXT, QT_TRANSLATE_NOOP(
            "Rules", "Có mặt {present}/{convened} đảng viên, dưới 2/3 số được triệu tập"),
            present=present, convened=convened)))
    if settings.denominator is Denominator.electorate and convened > 0 and present * 2 <= convened:
        found.append(RuleWarning("majority_unreachable", Said(CONTEXT, QT_TRANSLATE_NOOP(
            "Rules", "Chỉ {present}/{convened} có mặt, không quá một nửa số được triệu tập: "
            "theo quy tắc mặc định không mức nào có thể đạt"), present=present,
            convened=convened)))
    missing = round_.ballots_issued - round_.ballots_returned
    if missing > 0:
        found.append(RuleWarning("ballots_not_returned", Said(CONTEXT, QT_TRANSLATE_NOOP(
            "Rules", "Phát ra {issued} phiếu, thu vào {returned}: {missing} phiếu không thu "
            "lại"), issued=round_.ballots_issued, returned=round_.ballots_returned,
            missing=missing)))
    if settings.denominator is not Denominator.electorate:
        found.append(RuleWarning("denominator_not_statute", Said(CONTEXT, QT_TRANSLATE_NOOP(
            "Rules", "Tỷ lệ tính trên số {label}, không theo Điều lệ (trên số được triệu tập)"),
            label=DENOMINATOR_LABEL[settings.denominator])))
    profile = profile_named(settings.profile)
    maximum = profile.max_percent if profile else UNAUTHORISED_PERCENT
    if settings.quota_percent > maximum:
        found.append(RuleWarning("quota_above_regulation", Said(CONTEXT, QT_TRANSLATE_NOOP(
            "Rules", "Tỷ lệ HTXSNV {percent}% vượt mức tối đa {maximum}% của quy định"),
            percent=settings.quota_percent, maximum=maximum)))
    elif settings.quota_percent > UNAUTHORISED_PERCENT and settings.quota_authorisation is None:
        found.append(RuleWarning("quota_not_authorised", Said(CONTEXT, QT_TRANSLATE_NOOP(
            "Rules", "Tỷ lệ HTXSNV {percent}% cần quyết định của cấp có thẩm quyền (chưa ghi)"),
            percent=settings.quota_percent)))
    return found


def quota_warnings(quota: QuotaResult | None, body_kind: BodyKind,
                   names: Mapping[str, str]) -> list[RuleWarning]:
    """The quota exceeded, with the subjects over it and tied by name (`names`: id → name;
    the ids stay in the result's quota fields)."""
    if quota is None or not quota.exceeded:
        return []
    who = Said(CONTEXT, QT_TRANSLATE_NOOP("Rules", "chủ trì quyết định và ghi lý do")
               if body_kind is BodyKind.dang_uy
               else QT_TRANSLATE_NOOP("Rules", "cấp ủy cấp trên quyết định"))
    found = [RuleWarning("quota_exceeded", Said(CONTEXT, QT_TRANSLATE_NOOP(
        "Rules", "{excellent} HTXSNV vượt tỷ lệ: {arithmetic}; {who}"),
        excellent=quota.excellent, arithmetic=quota.arithmetic, who=who))]
    if quota.over:
        found.append(RuleWarning("quota_over", Said(CONTEXT, QT_TRANSLATE_NOOP(
            "Rules", "Đề nghị chuyển xuống HTTNV: {names}"),
            names=", ".join(names[s] for s in quota.over))))
    if quota.tied:
        equal = Said(CONTEXT, QT_TRANSLATE_NOOP("Rules", "Bằng điểm và số phiếu HTXSNV")
                     if quota.rank_by is QuotaRank.score_then_votes
                     else QT_TRANSLATE_NOOP("Rules", "Bằng phiếu"))
        found.append(RuleWarning("quota_tied", Said(CONTEXT, QT_TRANSLATE_NOOP(
            "Rules", "{equal} tại ngưỡng tỷ lệ: {names}; {who} hoặc bỏ phiếu lại"),
            equal=equal, names=", ".join(names[s] for s in quota.tied), who=who)))
    return found




def rate_one(subject: SubjectCounts, settings: RuleSettings, denominator: int,
             label: str) -> SubjectResult:
    """One subject's result, its warnings included, before the quota (which depends on all)."""
    vote_level, support, lines = rate_subject(subject, settings, denominator, label)
    level, cap = capped(subject, vote_level, settings)
    if vote_level is not None and cap is not None and level is not vote_level:
        lines.append(cap_line(cap.level, vote_level, support[vote_level], denominator, cap))
    return SubjectResult(
        subject_id=subject.subject_id, level=level,
        votes=MappingProxyType({lv: subject.votes_for(lv) for lv in LEVELS}),
        invalid_rows=subject.invalid_rows, support=MappingProxyType(support),
        explanation=tuple(lines), quota_status=None, proposed_level=None,
        warnings=tuple(subject_warnings(subject, vote_level, level, cap, settings)),
        vote_level=vote_level, cap=cap.level if cap else None)


def _rated(subject: SubjectCounts, settings: RuleSettings, settings_key: str,
           denominator: int, label: str) -> SubjectResult:
    key = (settings_key, denominator, subject.subject_id, subject.name,
           tuple(subject.votes.items()),
           subject.invalid_rows, subject.self_rating, subject.score, subject.conditions)
    found = _RATED.get(key)
    if found is None:
        if len(_RATED) >= _RATED_MAX:
            _RATED.clear()
            _WITH_STATUS.clear()
        found = _RATED[key] = rate_one(subject, settings, denominator, label)
    return found


def _with_status(result: SubjectResult, status: QuotaStatus) -> SubjectResult:
    key = (id(result), status)
    found = _WITH_STATUS.get(key)
    if found is None:
        found = _WITH_STATUS[key] = dataclasses.replace(
            result, quota_status=status,
            proposed_level=Level.HTTNV if status is QuotaStatus.over else None)
    return found


def compute_round(round_: RoundInput, settings: RuleSettings) -> RoundResult:
    """Rate every subject of `round_` under `settings`; raise RefusedError on impossible counts."""
    problems = check_round(round_)
    if problems:
        raise RefusedError(problems)
    denominator = denominator_value(round_, settings)
    label = DENOMINATOR_LABEL[settings.denominator]
    settings_key = repr(settings)  # every field, thresholds included, in a hashable form
    rated = [_rated(subject, settings, settings_key, denominator, label)
             for subject in round_.subjects]
    levels = [result.level for result in rated]
    counts = {lv: levels.count(lv) for lv in LEVELS}
    undecided = levels.count(None)
    total = len(rated)
    ranking = {subject.subject_id: rank_key(settings.quota_rank_by,
                                            subject.votes_for(Level.HTXSNV), subject.score)
               for subject, level in zip(round_.subjects, levels, strict=True)
               if level is Level.HTXSNV}
    quota, statuses = (compute_quota(settings.quota_base, settings.quota_percent, counts,
                                     total - undecided, ranking, settings.quota_rank_by,
                                     SUBJECT_NOUNS[round_.subject_kind])
                       if round_.quota_applies else (None, {}))
    subjects = [result if (status := statuses.get(result.subject_id)) is None
                else _with_status(result, status) for result in rated]
    summary = Summary(
        counts=MappingProxyType(counts), undecided=undecided, total=total,
        percent=MappingProxyType({level: percent(counts[level], total) for level in LEVELS}),
        undecided_percent=percent(undecided, total),
    )
    names = {subject.subject_id: subject.said for subject in round_.subjects}
    warnings = (round_warnings(round_, settings)
                + quota_warnings(quota, round_.body_kind, names)
                + [note for result in rated for note in result.warnings])
    return RoundResult(round=round_, settings=settings, denominator=denominator,
                       subjects=tuple(subjects), summary=summary, quota=quota,
                       warnings=tuple(warnings))
