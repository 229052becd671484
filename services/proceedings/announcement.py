"""Step 8: the results to announce, round by round, with the quota check and the chair's
decisions on tied and over-quota subjects (recorded on the ballot page, shown here).

Only a locked round's results are announced; an open round is named with what it lacks. The
sentences are the documents' own (services/documents), so that what the chair reads out is what
the tellers' report and the minutes print.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from models.ballot import BallotRound
from models.enums import LEVELS, BodyKind, Level, SubjectKind
from models.meeting import Meeting
from models.roster import Member, Organisation
from services.ballot.kept import kept
from services.ballot.reported import ReportedRound, quota_lines, round_label, stored_rounds
from services.ballot.stored import latest_rounds, stored_round_result
from services.common.said import QT_TRANSLATE_NOOP, Said
from services.rules.types import Problem, QuotaStatus, RefusedError

CONTEXT = "Announcement"  # the window's translations of the gaps (services/common/said.py)


@dataclass(frozen=True)
class LevelLine:
    """"13 đảng viên Hoàn thành xuất sắc nhiệm vụ (chiếm 13/67 đảng viên được xếp loại =
    19,4%)" and the names at that level (`level` None: undecided)."""

    level: Level | None
    sentence: str
    names: tuple[str, ...]


@dataclass(frozen=True)
class RoundAnnouncement:
    """One round (its latest revision) as the chair announces it. `reported` is None while its
    counts do not add up; `awaiting` names the tied or over-quota subjects still without the
    chair's decision (committee meeting); `referred` names them at a cell meeting, where the
    committee above decides."""

    code: str
    title: str
    kind: SubjectKind
    revision: int
    locked: bool
    reported: ReportedRound | None
    awaiting: tuple[str, ...] = ()
    referred: tuple[str, ...] = ()
    problems: tuple[Problem, ...] = ()  # why no result yet (counts that do not add up)

    @property
    def level_lines(self) -> list[LevelLine]:
        return self.level_lines_named(lambda _level: True)

    def level_lines_named(self, named: Callable[[Level | None], bool]) -> list[LevelLine]:
        """The lines, with the names only at the levels `named` accepts (sorting thousands of
        names the Vietnamese way is the costly part)."""
        if self.reported is None:
            return []
        r = self.reported
        levels: list[Level | None] = list(LEVELS)
        if r.result.summary.undecided:
            levels.append(None)
        return [LevelLine(level, r.level_sentence(level),
                          tuple(r.sorted_names(r.ids_at(level))) if named(level) else ())
                for level in levels]

    @property
    def quota_lines(self) -> list[str]:
        """The quota arithmetic, who is within, tied and over, and the chair's decisions."""
        return quota_lines(self.reported) if self.reported is not None else []

    @property
    def undecided(self) -> tuple[str, ...]:
        if self.reported is None:
            return ()
        return tuple(self.reported.sorted_names(self.reported.ids_at(None)))


def _flagged(reported: ReportedRound) -> list[str]:
    """The tied and over-quota subjects without a decision recorded."""
    return [s.subject_id for s in reported.result.subjects
            if s.quota_status in (QuotaStatus.tied, QuotaStatus.over)
            and s.subject_id not in reported.decisions]


def _problems(stored: BallotRound) -> tuple[Problem, ...]:
    try:
        stored_round_result(stored)
    except RefusedError as refused:
        return refused.problems
    return ()


def announcements(session: Session, meeting_id: int) -> list[RoundAnnouncement]:
    """Every round of the meeting (latest revision), in the order of the agenda; kept between
    changes to what they are read from (services/ballot/kept.py)."""
    return list(kept(session, ("announcements", meeting_id),
                     lambda: tuple(_announce(session, meeting_id))))


def _announce(session: Session, meeting_id: int) -> list[RoundAnnouncement]:
    meeting = session.get_one(Meeting, meeting_id)
    committee = meeting.body_kind is BodyKind.dang_uy
    # The roster and the subjects in three queries, held here so that the rounds find each
    # subject's member or cell in the session rather than one query at a time.
    preloaded = (session.scalars(select(Member).where(Member.meeting_id == meeting_id)).all(),
                 session.scalars(select(Organisation)
                                 .where(Organisation.meeting_id == meeting_id)).all(),
                 session.scalars(select(BallotRound).where(BallotRound.meeting_id == meeting_id)
                                 .options(selectinload(BallotRound.subjects))).all())
    computed = {r.result.round.round_id: r for r in stored_rounds(session, meeting_id,
                                                                 skip_refused=True)}
    found = []
    for stored in latest_rounds(meeting):
        reported = computed.get(stored.code)
        flagged = tuple(reported.sorted_names(_flagged(reported))) if reported else ()
        found.append(RoundAnnouncement(
            code=stored.code, title=round_label(stored.subject_kind, stored.title),
            kind=stored.subject_kind, revision=stored.revision, locked=stored.locked,
            reported=reported, awaiting=flagged if committee else (),
            referred=() if committee else flagged,
            problems=_problems(stored) if reported is None else (),
        ))
    del preloaded
    return found


def announcement_gaps(session: Session, meeting_id: int) -> list[str]:
    """What step 8 still lacks: no round at all, a round not locked, subjects undecided, tied
    or over-quota subjects without the chair's decision."""
    rounds = announcements(session, meeting_id)
    if not rounds:
        return [Said(CONTEXT, QT_TRANSLATE_NOOP("Announcement", "Chưa có vòng biểu quyết nào."))]
    gaps: list[str] = []
    for item in rounds:
        if not item.locked:
            gaps.append(Said(CONTEXT, QT_TRANSLATE_NOOP(
                "Announcement", "Vòng “{title}” chưa khóa (chưa ký biên bản kiểm phiếu): chưa "
                "công bố được."), title=item.title))
        if item.reported is None:
            gaps.append(Said(CONTEXT, QT_TRANSLATE_NOOP(
                "Announcement", "Vòng “{title}”: số phiếu chưa khớp, chưa tính được kết quả."),
                title=item.title))
            continue
        if item.undecided:
            gaps.append(Said(CONTEXT, QT_TRANSLATE_NOOP(
                "Announcement", "Vòng “{title}”: {count} đối tượng chưa đủ quá bán ({names}); "
                "chủ trì có thể cho bỏ phiếu lại."), title=item.title,
                count=len(item.undecided), names=", ".join(item.undecided)))
        if item.awaiting:
            gaps.append(Said(CONTEXT, QT_TRANSLATE_NOOP(
                "Announcement", "Vòng “{title}”: chủ trì chưa quyết định với {names} (bằng phiếu "
                "hoặc vượt tỷ lệ)."), title=item.title, names=", ".join(item.awaiting)))
    return gaps
