"""A computed round as the documents report it: the rules engine's RoundResult with the names of
its subjects and whether (and as which revision) the round is locked."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.enums import LEVELS, BodyKind, Level, SubjectKind
from models.meeting import Meeting
from models.roster import Member, Organisation
from services.ballot.fingerprint import round_fingerprint
from services.ballot.stored import ROUND_TITLES, latest_rounds, stored_round_result
from services.common.labels import CONTEXT as LABELS
from services.common.labels import LEVEL_NAMES, SUBJECT_NOUNS, SUBJECT_TITLES
from services.common.numbers import short_date, thousands
from services.common.said import QT_TRANSLATE_NOOP, Said
from services.common.text import name_sort_key
from services.meeting.setup import member_detail
from services.rules.types import QuotaRank, RefusedError, RoundResult

CELL_PROPOSES = ("Kết quả trên là đề nghị của chi bộ; cấp ủy cấp trên trực tiếp xem xét, "
                 "quyết định xếp loại.")
CONTEXT = "Reported"  # the window's translations of the sentences below (services/common/said)
UNDECIDED = QT_TRANSLATE_NOOP("Reported", "chưa đủ quá bán")
# Round warnings the documents print themselves, with names rather than ids.
_QUOTA_CODES = {"quota_exceeded", "quota_over", "quota_tied"}


def round_label(kind: SubjectKind, title: str = "") -> str:
    """How documents, lists and questions name a round: its title ("Xếp loại đảng viên",
    "Xếp loại đảng viên (vòng bổ sung)"), never its id, which is the meeting file's key."""
    return title or ROUND_TITLES[kind]


def round_named(kind: SubjectKind, title: str, revision: int, meeting_title: str,
                meeting_date: dt.date | None) -> str:
    """A round revision as a message outside its meeting names it: "vòng “Xếp loại đảng viên”
    bản 1 của hội nghị “Hội nghị kiểm điểm … năm 2021” ngày 07/01/2022" (never its id)."""
    held = f" ngày {short_date(meeting_date)}" if meeting_date else ""
    return (f"vòng “{round_label(kind, title)}” bản {revision} của hội nghị “{meeting_title}”"
            f"{held}")


def summary_share(result: RoundResult, level: Level | None) -> str:
    """A level's share of the round's subjects, saying what it is out of (rules.md):
    "2/11 đảng viên được xếp loại = 18,2%" (`level` None: the undecided)."""
    summary = result.summary
    count = summary.undecided if level is None else summary.counts[level]
    share = summary.undecided_percent if level is None else summary.percent[level]
    return Said(CONTEXT, QT_TRANSLATE_NOOP("Reported", "{count}/{total} {noun} được xếp loại = "
                                                       "{share}"),
                count=thousands(count), total=thousands(summary.total),
                noun=SUBJECT_NOUNS[result.round.subject_kind], share=share)


@dataclass(frozen=True)
class RoundLock:
    """A locked round as the footer shows it: which round, its revision and fingerprint."""

    label: str
    revision: int
    fingerprint: str

    @property
    def text(self) -> str:
        return f"{self.label}: đã khóa, bản {self.revision}, mã đối chiếu {self.fingerprint}"


@dataclass(frozen=True)
class SubjectName:
    name: str
    detail: str = ""  # position and cell of a member


@dataclass(frozen=True)
class Decision:
    """What the chair decided for a tied or over-quota subject, and why."""

    level: Level
    reason: str


@dataclass(frozen=True)
class ReportedRound:
    """`names` maps each subject id of the result to its name; `locked_revision` is None until
    the head teller locks the round (then the documents lose their draft mark); `decisions` are
    the chair's, by subject id; `double_entry` whether two tellers keyed the pile independently
    (None when not known, as for a meeting file or a round imported with its counts, which
    nobody keyed); `title` the round's own (blank: its kind's)."""

    result: RoundResult
    names: Mapping[str, SubjectName]
    locked_revision: int | None = None
    decisions: Mapping[str, Decision] = field(default_factory=dict)
    double_entry: bool | None = None
    title: str = ""

    @property
    def kind(self) -> SubjectKind:
        return self.result.round.subject_kind

    @property
    def noun(self) -> str:
        return SUBJECT_NOUNS[self.kind]

    @property
    def label(self) -> str:
        return round_label(self.kind, self.title)

    @property
    def lock(self) -> RoundLock | None:
        if self.locked_revision is None:
            return None
        return RoundLock(self.label, self.locked_revision, round_fingerprint(self.result.round))

    def name(self, subject_id: str) -> str:
        return self.names[subject_id].name

    def sorted_ids(self, subject_ids: Sequence[str]) -> list[str]:
        """Members the Vietnamese way (by given name, then id); cells in the round's order."""
        if self.kind is SubjectKind.member:
            return sorted(subject_ids, key=lambda s: (name_sort_key(self.name(s)), s))
        order = {s.subject_id: n for n, s in enumerate(self.result.round.subjects)}
        return sorted(subject_ids, key=order.__getitem__)

    def sorted_names(self, subject_ids: Sequence[str]) -> list[str]:
        return [self.name(s) for s in self.sorted_ids(subject_ids)]

    def ids_at(self, level: Level | None) -> list[str]:
        """The subjects rated `level` (None: undecided), sorted for a list."""
        return self.sorted_ids([s.subject_id for s in self.result.subjects if s.level is level])

    def level_sentence(self, level: Level | None) -> str:
        """"13 đảng viên Hoàn thành xuất sắc nhiệm vụ (chiếm 13/67 đảng viên được xếp loại =
        19,4%)"."""
        summary = self.result.summary
        count = summary.undecided if level is None else summary.counts[level]
        return Said(CONTEXT, QT_TRANSLATE_NOOP("Reported", "{count} {noun} {level} (chiếm "
                                                           "{share})"),
                    count=thousands(count), noun=self.noun, level=level_words(level),
                    share=summary_share(self.result, level))

    @property
    def proposes(self) -> bool:
        """A cell's results are proposals: the superior committee decides (rules.md)."""
        return self.result.round.body_kind is BodyKind.chi_bo

    @property
    def who_decides(self) -> str:
        """The sentence saying who decides the levels: a cell proposes, a committee decides."""
        if self.proposes:
            return CELL_PROPOSES
        return (f"Đảng ủy quyết định xếp loại chất lượng {SUBJECT_TITLES[self.kind]} theo kết "
                "quả trên.")

    @property
    def lowered_lines(self) -> list[str]:
        """Why each subject is proposed below the level its vote reached (QĐ 366: the score or
        a condition caps it), in the engine's words: "Châu Thanh Dung: HTTNV: phiếu đạt …"."""
        return [f"{self.name(s.subject_id)}: {s.reason}" for s in self.result.subjects
                if s.level is not None and s.vote_level is not None
                and s.level is not s.vote_level]

    @property
    def printed_warnings(self) -> list[str]:
        """The round's own warnings (attendance, ballots not returned, settings); the quota is
        printed with names by the documents, subjects' warnings are for the chair's screen."""
        return [w.message for w in self.result.warnings
                if w.subject_id is None and w.code not in _QUOTA_CODES]


def _roster_names(session: Session, meeting_id: int) -> dict[str, SubjectName]:
    members = session.scalars(select(Member).where(Member.meeting_id == meeting_id)).all()
    organisations = session.scalars(
        select(Organisation).where(Organisation.meeting_id == meeting_id)).all()
    names = {m.code: SubjectName(m.full_name, member_detail(m)) for m in members}
    names.update({o.code: SubjectName(o.name) for o in organisations})
    return names


def reported_rounds(session: Session, meeting_id: int, results: Sequence[RoundResult],
                    locked_revisions: Mapping[str, int] | None = None) -> tuple[ReportedRound, ...]:
    """Name the subjects of `results` from the meeting's roster (subject ids are the roster
    codes, as in the meeting file). `locked_revisions`: round id → revision of the locked ones."""
    names = _roster_names(session, meeting_id)
    locks = locked_revisions or {}
    return tuple(ReportedRound(result, names, locks.get(result.round.round_id))
                 for result in results)


def stored_rounds(session: Session, meeting_id: int,
                  skip_refused: bool = False) -> tuple[ReportedRound, ...]:
    """The latest revision of each of the meeting's ballot rounds, computed under the settings
    recorded with it, named, with its lock and the chair's decisions. A round whose counts do
    not add up yet raises RefusedError, or is left out with `skip_refused` (the minutes)."""
    meeting = session.get_one(Meeting, meeting_id)
    latest = latest_rounds(meeting)
    names = _roster_names(session, meeting_id)
    reported = []
    for stored in latest:
        try:
            result = stored_round_result(stored)
        except RefusedError:
            if skip_refused:
                continue
            raise
        reported.append(ReportedRound(
            result, names, locked_revision=stored.revision if stored.locked else None,
            decisions={s.code: Decision(s.decision_level, s.decision_reason)
                       for s in stored.subjects if s.decision_level is not None},
            double_entry=stored.double_entry if stored.entry_sheets else None,
            title=stored.title))
    return tuple(reported)


def level_groups(reported: ReportedRound) -> list[tuple[str, list[tuple[str, str]]]]:
    """Each level's sentence with its (name, detail) list; undecided last when there are any."""
    levels: list[Level | None] = list(LEVELS)
    if reported.result.summary.undecided:
        levels.append(None)
    return [(reported.level_sentence(level),
             [(reported.names[i].name, reported.names[i].detail) for i in reported.ids_at(level)])
            for level in levels]


def decision_lines(reported: ReportedRound) -> list[str]:
    """The chair's decisions on tied and over-quota subjects, each with its reason."""
    lines: list[str] = []
    for subject_id in reported.sorted_ids(list(reported.decisions)):
        decision = reported.decisions[subject_id]
        words = dict(name=reported.name(subject_id), level=level_words(decision.level),
                     reason=decision.reason)
        lines.append(Said(CONTEXT, QT_TRANSLATE_NOOP(
            "Reported", "Chủ trì hội nghị quyết định: {name} – {level} (lý do: {reason}).")
            if decision.reason else QT_TRANSLATE_NOOP(
            "Reported", "Chủ trì hội nghị quyết định: {name} – {level}."), **words))
    return lines


def quota_lines(reported: ReportedRound) -> list[str]:
    """The quota with its arithmetic and, when exceeded, who is within, tied and over by name;
    none for a round without a quota (a cell's rating of itself)."""
    quota = reported.result.quota
    if quota is None:
        return decision_lines(reported)
    words = dict(level=level_words(Level.HTXSNV), arithmetic=quota.arithmetic,
                 noun=reported.noun, count=thousands(quota.excellent))
    lines = [Said(CONTEXT, QT_TRANSLATE_NOOP(
        "Reported", "Tỷ lệ {level}: {arithmetic}; số {noun} đạt mức này: {count} – vượt tỷ lệ.")
        if quota.exceeded else QT_TRANSLATE_NOOP(
        "Reported", "Tỷ lệ {level}: {arithmetic}; số {noun} đạt mức này: {count} – không vượt "
        "tỷ lệ."), **words)]
    if quota.exceeded:
        tied = (QT_TRANSLATE_NOOP("Reported", "Bằng điểm và số phiếu tại ngưỡng tỷ lệ (chủ trì "
                                              "quyết định) ({count}): {names}.")
                if quota.rank_by is QuotaRank.score_then_votes
                else QT_TRANSLATE_NOOP("Reported", "Bằng phiếu tại ngưỡng tỷ lệ (chủ trì quyết "
                                                   "định) ({count}): {names}."))
        for template, ids in ((QT_TRANSLATE_NOOP("Reported", "Trong tỷ lệ ({count}): {names}."),
                               quota.within), (tied, quota.tied),
                              (QT_TRANSLATE_NOOP("Reported", "Vượt tỷ lệ, đề nghị xếp Hoàn thành "
                                                             "tốt nhiệm vụ ({count}): {names}."),
                               quota.over)):
            if ids:
                lines.append(Said(CONTEXT, template, count=thousands(len(ids)),
                                  names=", ".join(reported.sorted_names(ids))))
    return lines + decision_lines(reported)


def level_words(level: Level | None) -> Said:
    """A level's name in a sentence ("Hoàn thành tốt nhiệm vụ"; None: "chưa đủ quá bán")."""
    return Said(CONTEXT, UNDECIDED) if level is None else Said(LABELS, LEVEL_NAMES[level])
