"""A round follows the roll call: its electorate and voters present come from the attendance list.

A round takes the figures of the one rule (services/meeting/electorate.py) when it opens, and may
not open while the roll call is unfinished, nor, at a cell meeting, the cell's own round before the
members' round is locked (rules.md, QĐ 366), unless the chair overrides: the gap is recorded with
the round (`opened_despite`, audited). Until the first ballot is keyed a change of attendance
carries over to the open rounds at once; after that a round keeps its figures and the pages say
that the list changed since, offering to take the new figures (a recorded change) — never a silent
stale figure.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from models.ballot import BallotRound
from models.ballot_entry import UNTYPED
from models.enums import BodyKind, SubjectKind
from models.meeting import Meeting
from services.ballot.shared import ZERO, counts_of, load_round, refuse, require_open
from services.ballot.stored import latest_rounds
from services.meeting.electorate import Electorate, meeting_electorate
from services.rules.types import Problem, RefusedError


class OpeningRefused(RefusedError):
    """A round may not open yet; `gaps` says why, and the chair may open it anyway."""

    def __init__(self, gaps: list[str]) -> None:
        super().__init__([Problem("", gap) for gap in gaps])
        self.gaps = tuple(gaps)


@dataclass(frozen=True)
class RoundFigures:
    """A round's electorate and voters present beside what the attendance list gives now."""

    round_electorate: int
    round_present: int
    now: Electorate

    @property
    def changed(self) -> bool:
        return (self.round_electorate, self.round_present) != (self.now.electorate,
                                                               self.now.present)


def opening_gaps(meeting: Meeting, kind: SubjectKind) -> list[str]:
    """Why a round of `kind` should not open yet (empty: it may)."""
    gaps = []
    unrecorded = meeting_electorate(meeting).unrecorded
    if unrecorded:
        gaps.append(f"điểm danh chưa xong: còn {unrecorded} người chưa điểm danh")
    if meeting.body_kind is BodyKind.chi_bo and kind is SubjectKind.organisation:
        members = [r for r in latest_rounds(meeting) if r.subject_kind is SubjectKind.member]
        if not any(r.locked for r in members):
            gaps.append("vòng xếp loại đảng viên chưa khóa: chi bộ tự xếp loại sau khi có "
                        "kết quả xếp loại đảng viên")
    return gaps


def take_attendance(round_: BallotRound, now: Electorate) -> None:
    round_.electorate_convened = now.electorate
    round_.electorate_present = now.present


def keyed(round_: BallotRound) -> bool:
    """Whether any count of the round has been entered (a ballot keyed, totals, agreed or
    imported counts): from then on its figures change only when the chair says so."""
    if any(counts_of(subject) != ZERO for subject in round_.subjects):
        return True
    return any(any(b.complete or b.marks.strip(UNTYPED) for b in sheet.ballots)
               or any(counts_of(total) != ZERO for total in sheet.totals)
               for sheet in round_.entry_sheets)


def follow_roll_call(session: Session, meeting_id: int) -> list[str]:
    """Carry the attendance list over to every open round not yet keyed; returns the titles of
    the rounds whose figures changed (the page says so)."""
    meeting = session.get_one(Meeting, meeting_id)
    now = meeting_electorate(meeting)
    updated = []
    for round_ in latest_rounds(meeting):
        if round_.locked or keyed(round_):
            continue
        if figures_of(round_, now).changed:
            take_attendance(round_, now)
            updated.append(round_.title or round_.code)
    return updated


def figures_of(round_: BallotRound, now: Electorate | None = None) -> RoundFigures:
    return RoundFigures(round_.electorate_convened, round_.electorate_present,
                        now if now is not None else meeting_electorate(round_.meeting))


def stale_figures(round_: BallotRound) -> RoundFigures | None:
    """The figures when an open round's differ from the attendance list now; None when they
    agree, when the round is locked, or before the roll call began (an imported round keeps
    the electorate its file declared)."""
    if round_.locked or not round_.meeting.attendance:
        return None
    figures = figures_of(round_)
    return figures if figures.changed else None


def take_roll_call(session: Session, round_id: int) -> None:
    """The chair takes the attendance list's figures for an open round (recorded)."""
    round_ = load_round(session, round_id)
    require_open(round_)
    if stale_figures(round_) is None:
        raise refuse("số liệu của vòng đã khớp với điểm danh (nothing to take)", round_.code)
    take_attendance(round_, meeting_electorate(round_.meeting))

