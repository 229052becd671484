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
from dataclasses import dataclass, field, fields
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


class QuotaRank(enum.StrEnum):
    """How the subjects voted HTXSNV are ranked against the quota (setting `quota.rank_by`)."""

    votes = "votes"  # HTXSNV votes, most first (before QĐ 366)
    score_then_votes = "score_then_votes"  # total score, highest first, then HTXSNV votes


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
    rule profile the defaults came from (services/rules/profiles.py). `score_caps_vote`: the
    QĐ 366 score and conditions cap the level the vote reaches (services/rules/caps.py).
    """

    profile: str = "qd132"
    denominator: Denominator = Denominator.electorate
    thresholds: Mapping[Level, Threshold] = field(default_factory=_default_thresholds)
    cumulative: bool = True
    quota_percent: int = 20
    quota_base: QuotaBase = QuotaBase.good_and_above
    quota_authorisation: QuotaAuthorisation | None = None
    quota_rank_by: QuotaRank = QuotaRank.votes
    score_caps_vote: bool = False

    def threshold(self, level: Level) -> Threshold:
        return self.thresholds.get(level, MORE_THAN_HALF)


GENERAL_MAX = 30  # QĐ 366: general criteria
TASKS_MAX = 70  # QĐ 366: results of the tasks
SCORE_MAX = GENERAL_MAX + TASKS_MAX


@dataclass(frozen=True)
class Score:
    """A QĐ 366 score: `general` of 30 plus `tasks` of 70 (ranges checked where it is recorded)."""

    general: int
    tasks: int

    @property
    def total(self) -> int:
        return self.general + self.tasks

    @property
    def text(self) -> str:
        """"26/30 + 60/70 = 86/100", as the forms (Mẫu 01, 2A–2C) write it."""
        return f"{self.general}/{GENERAL_MAX} + {self.tasks}/{TASKS_MAX} = {self.total}/{SCORE_MAX}"


# QĐ 366: the lowest total of each level's band (KHTNV: below 50).
SCORE_BAND_FLOOR: Mapping[Level, int] = MappingProxyType(
    {Level.HTXSNV: 90, Level.HTTNV: 70, Level.HTNV: 50, Level.KHTNV: 0})


def band_of(total: int) -> Level:
    """The level whose QĐ 366 score band holds the 100-point `total`."""
    return next(level for level in LEVELS if total >= SCORE_BAND_FLOOR[level])


@dataclass(frozen=True)
class Conditions:
    """The conditions of rules.md recorded for one subject; None: not recorded (caps nothing)."""

    all_tasks_on_time: bool | None = None
    exceeded_30pct: bool | None = None
    shortcomings_remedied: bool | None = None
    failed_over_50pct: bool | None = None
    disqualifying_violation: bool | None = None
    self_reported_remedied: bool | None = None


CONDITION_NAMES: tuple[str, ...] = tuple(f.name for f in fields(Conditions))


@dataclass(frozen=True)
class SubjectAssessment:
    """What is recorded for one subject.

    `self_score`: the self-assessment when both parts are recorded; `self_general`/`self_tasks`
    the parts as keyed so far; `self_total` the self-assessment's total (the parts' sum, or a
    figure recorded alone before the 30/70 split). `accepted`: the score the meeting accepts,
    its own when it changed it (`changed`, with `change_reason`), else the self score.
    """

    self_score: Score | None
    self_level: Level | None
    accepted: Score | None
    change_reason: str = ""
    conditions: Conditions = Conditions()
    self_general: int | None = None
    self_tasks: int | None = None
    self_total: int | None = None
    changed: bool = False

    @property
    def total(self) -> int | None:
        """The 100-point figure the rules use: the accepted score's, else the self total."""
        return self.accepted.total if self.accepted is not None else self.self_total


def assessment_from(level: Level | None, *, self_general: int | None, self_tasks: int | None,
                    self_total: int | None, general: int | None, tasks: int | None,
                    change_reason: str, conditions: Conditions) -> SubjectAssessment:
    """The assessment as recorded (a database row or a meeting file): the accepted score is the
    meeting's own when both its parts are given, else the self score."""
    self_score = (Score(self_general, self_tasks)
                  if self_general is not None and self_tasks is not None else None)
    changed = general is not None and tasks is not None
    accepted = Score(general, tasks) if general is not None and tasks is not None else self_score
    return SubjectAssessment(
        self_score=self_score, self_level=level, accepted=accepted,
        change_reason=change_reason if changed else "", conditions=conditions,
        self_general=self_general, self_tasks=self_tasks,
        self_total=self_score.total if self_score is not None else self_total, changed=changed)


@dataclass(frozen=True)
class SubjectCounts:
    """The agreed counts of one subject (member or cell) in one round.

    `votes[L]` is the number of valid ballots marking level L; `invalid_rows` the rows with no
    mark or several. They must add up to the valid ballots of the round. `self_rating` (the
    self-proposed level) is carried for the warnings only. `score` (the 100-point total the
    meeting accepts) and `conditions` cap the level under `score_caps_vote`, and rank the
    excellent under `QuotaRank.score_then_votes`; otherwise they change nothing.
    """

    subject_id: str
    votes: Mapping[Level, int]
    invalid_rows: int = 0
    self_rating: Level | None = None
    score: int | None = None
    conditions: Conditions = Conditions()
    name: str = ""  # what people call the subject; the messages say it, never the id

    @property
    def said(self) -> str:
        """The subject as a message names it: its name, else (a bare test input) its id."""
        return self.name or self.subject_id

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

    @property
    def quota_applies(self) -> bool:
        """No quota for a cell's rating of itself (rules.md): the quota compares comparable
        subjects, and the committee above applies it across its cells."""
        return not (self.body_kind is BodyKind.chi_bo
                    and self.subject_kind is SubjectKind.organisation)


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
    `quota_status` is set only for subjects rated HTXSNV; `proposed_level` is HTTNV for a subject
    over the quota (the chair or the committee above decides), else None.
    Under `score_caps_vote`, `level` is the level proposed: `vote_level` (what the vote reached)
    lowered to `cap` (the highest level the score and conditions allow; None: nothing limits).
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
    vote_level: Level | None = None
    cap: Level | None = None

    @property
    def reason(self) -> str:
        """The line that decides: the level that passed, the cap that lowered it, or that no
        level passed (the lines before it say why the higher levels did not)."""
        return self.explanation[-1]


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
    rank_by: QuotaRank = QuotaRank.votes


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
    quota: QuotaResult | None  # None: no quota applies (a cell's rating of itself)
    warnings: tuple[RuleWarning, ...]  # round warnings, then every subject's warnings

    def subject(self, subject_id: str) -> SubjectResult:
        for result in self.subjects:
            if result.subject_id == subject_id:
                return result
        raise KeyError(subject_id)


@dataclass(frozen=True)
class Problem:
    """One reason a round (or a file) is refused; `where` is "round / subject" or a file path
    (for files and the command line); `who` names the subject in words, for the window;
    `code` says which rule refused (the window groups and words the problems by it)."""

    where: str
    message: str
    who: str = ""
    code: str = ""

    def __str__(self) -> str:
        return f"{self.where}: {self.message}" if self.where else self.message

    @property
    def said(self) -> str:
        """The problem as the window says it: a round's problem (`code` set) by the subject's
        name, never the ids; a file's problem with its place in the file."""
        if self.who:
            return f"{self.who}: {self.message}"
        return self.message if self.code else str(self)


class RefusedError(Refusal):
    """Input that cannot be computed (impossible arithmetic, malformed file): nothing is written.

    Carries every problem found, so the user sees them all at once; `where` is the first one's.
    """

    def __init__(self, problems: list[Problem] | tuple[Problem, ...]) -> None:
        self.problems = tuple(problems)
        super().__init__("\n".join(problem.said for problem in self.problems),
                         self.problems[0].where if self.problems else "")
