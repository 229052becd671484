"""The rules engine's public vocabulary: settings in, counts in, results out.

Everything here is a frozen dataclass or an enum so that the ballot-entry screens, the documents
(tellers' report, result sheet) and the meeting file can build on it without depending on the
database or on how the engine computes. All counts are integers; nothing here is ever rounded
except the percentage *strings*, which are for display only (rules.md: never decide on a rounded
percentage).
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from models.enums import LEVELS, BodyKind, Level, SubjectKind
from services.common.errors import Refusal


class Denominator(enum.StrEnum):
    """What "more than half" is taken of (rules.md, "From ballot counts to a level")."""

    electorate = "electorate"  # official members convened after exclusions (the Statute's)
    present = "present"  # official members present (not per the Statute)
    ballots = "ballots"  # valid ballots of the round: returned - invalid (not per the Statute)


class QuotaBase(enum.StrEnum):
    """What the HTXSNV quota is a percentage of (rules.md, "The quota for HTXSNV")."""

    good_and_above = "good_and_above"  # #HTXSNV + #HTTNV
    good_only = "good_only"  # #HTTNV after the over-quota subjects have moved down
    all_rated = "all_rated"  # every decided subject of the round


class InvalidBallotReason(enum.StrEnum):
    """Why a whole ballot is invalid (rules.md, "From ballot counts to a level")."""

    not_issued = "not_issued"  # not issued by the tellers
    added_content = "added_content"  # names or content added
    unreadable = "unreadable"  # torn or unreadable


class QuotaStatus(enum.StrEnum):
    """Where a subject voted HTXSNV stands against the quota."""

    within = "within"
    tied = "tied"  # the chair decides, or orders a round among the tied
    over = "over"  # proposed for HTTNV


@dataclass(frozen=True)
class Threshold:
    """Support must be `> num/den` (strict) or `>= num/den` of the denominator."""

    num: int
    den: int
    strict: bool = True

    def passes(self, support: int, denominator: int) -> bool:
        """Integer comparison, `support × den > denominator × num` (or >=)."""
        left, right = support * self.den, denominator * self.num
        return left > right if self.strict else left >= right

    @property
    def text(self) -> str:
        """"> 1/2" or "≥ 2/3", as printed in explanations."""
        return f"{'>' if self.strict else '≥'} {self.num}/{self.den}"


MORE_THAN_HALF = Threshold(1, 2, strict=True)


@dataclass(frozen=True)
class QuotaAuthorisation:
    """Who allowed a quota above 20% (up to 25%, QĐ 366 Điều 11) and by which decision."""

    authorised_by: str
    decision: str


def _default_thresholds() -> Mapping[Level, Threshold]:
    return MappingProxyType({level: MORE_THAN_HALF for level in LEVELS})


@dataclass(frozen=True)
class RuleSettings:
    """Every setting of the rules, as recorded with a meeting and each ballot round.

    `thresholds` holds one entry per level (use `threshold(level)`); `profile` is the code of the
    rule profile the defaults came from (services/rules/profiles.py). `score_bands` turns on the
    warning for a self-score outside the QĐ 366 band of the level voted (100-point scale).
    """

    profile: str = "qd132"
    denominator: Denominator = Denominator.electorate
    thresholds: Mapping[Level, Threshold] = field(default_factory=_default_thresholds)
    cumulative: bool = True
    quota_percent: int = 20
    quota_base: QuotaBase = QuotaBase.good_and_above
    quota_authorisation: QuotaAuthorisation | None = None
    score_bands: bool = False

    def threshold(self, level: Level) -> Threshold:
        return self.thresholds.get(level, MORE_THAN_HALF)


@dataclass(frozen=True)
class SubjectCounts:
    """The agreed counts of one subject (member or cell) in one round.

    `votes[L]` is the number of valid ballots marking level L; `invalid_rows` the rows with no
    mark or several. They must add up to the valid ballots of the round. `self_rating` and
    `self_score` are carried for the warnings only; they never change the level.
    """

    subject_id: str
    votes: Mapping[Level, int]
    invalid_rows: int = 0
    self_rating: Level | None = None
    self_score: int | None = None

    def votes_for(self, level: Level) -> int:
        return self.votes.get(level, 0)

    @property
    def marks(self) -> int:
        return sum(self.votes_for(level) for level in LEVELS)


@dataclass(frozen=True)
class RoundInput:
    """One ballot round as counted: the reconciliation of ballots and the counts per subject.

    `electorate_convened` is the electorate (official members convened after exclusions) and
    `electorate_present` the official members present, i.e. the voters present.
    """

    round_id: str
    subject_kind: SubjectKind
    ballots_issued: int
    ballots_returned: int
    ballots_invalid: int
    subjects: tuple[SubjectCounts, ...]
    electorate_convened: int
    electorate_present: int
    body_kind: BodyKind = BodyKind.dang_uy
    # How many of the invalid ballots were invalid for each reason (for the tellers' report).
    invalid_reasons: Mapping[InvalidBallotReason, int] = field(
        default_factory=lambda: MappingProxyType({})
    )

    @property
    def valid_ballots(self) -> int:
        return self.ballots_returned - self.ballots_invalid


@dataclass(frozen=True)
class RuleWarning:
    """Something the chair must see; never a silent change. `code` is stable (for tests and the
    UI), `message` is Vietnamese and names the subject when there is one."""

    code: str
    message: str
    subject_id: str | None = None


@dataclass(frozen=True)
class SubjectResult:
    """The level of one subject with the reasoning behind it.

    `level` is None for an undecided subject. `support[L]` is the count compared with level L's
    threshold (votes for L and above when cumulative). `explanation` has one Vietnamese line per
    level examined, e.g. "HTTNV: 4 + 3 = 7 phiếu trên 10 triệu tập > 1/2 (cộng dồn)".
    `quota_status` is set only for subjects voted HTXSNV; `proposed_level` is HTTNV for a subject
    over the quota (the chair or the committee above decides), else None.
    """

    subject_id: str
    level: Level | None
    votes: Mapping[Level, int]
    invalid_rows: int
    support: Mapping[Level, int]
    explanation: tuple[str, ...]
    quota_status: QuotaStatus | None = None
    proposed_level: Level | None = None
    warnings: tuple[RuleWarning, ...] = ()


@dataclass(frozen=True)
class QuotaResult:
    """The HTXSNV quota of one round: `limit = floor(...)`, and the split of the excellent.

    `base` is the number reported as the base (for `good_only`, #HTTNV); `arithmetic` the line
    shown on screen and paper, e.g. "20% × 65 = 13,0 → tối đa 13". `within`, `tied`, `over` are
    subject ids sorted by id; when not exceeded every excellent subject is within.
    """

    base_kind: QuotaBase
    base: int
    percent: int
    limit: int
    excellent: int
    exceeded: bool
    within: tuple[str, ...]
    tied: tuple[str, ...]
    over: tuple[str, ...]
    arithmetic: str


@dataclass(frozen=True)
class Summary:
    """Counts per level over the round, with percentages of all subjects ("19,4%", "75%")."""

    counts: Mapping[Level, int]
    undecided: int
    total: int
    percent: Mapping[Level, str]
    undecided_percent: str


@dataclass(frozen=True)
class RoundResult:
    """Everything a tellers' report or result sheet needs about one computed round."""

    round: RoundInput
    settings: RuleSettings
    denominator: int  # the value thresholds were taken of
    subjects: tuple[SubjectResult, ...]
    summary: Summary
    quota: QuotaResult
    warnings: tuple[RuleWarning, ...]  # round warnings, then every subject's warnings

    def subject(self, subject_id: str) -> SubjectResult:
        for result in self.subjects:
            if result.subject_id == subject_id:
                return result
        raise KeyError(subject_id)


@dataclass(frozen=True)
class Problem:
    """One reason a round (or a file) is refused; `where` is "round / subject" or a file path."""

    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}" if self.where else self.message


class RefusedError(Refusal):
    """Input that cannot be computed (impossible arithmetic, malformed file): nothing is written.

    Carries every problem found, so the user sees them all at once; `where` is the first one's.
    """

    def __init__(self, problems: list[Problem] | tuple[Problem, ...]) -> None:
        self.problems = tuple(problems)
        super().__init__("\n".join(str(problem) for problem in self.problems),
                         self.problems[0].where if self.problems else "")
