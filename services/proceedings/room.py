"""What the room screen may show: the meeting, its current step, the speaker and the paragraph
under discussion, and the results of the ballot rounds that are locked — nothing else.

Secrecy is decided here, not in the widget: a round's figures enter `RoomState` only once its
latest revision is locked (signed by the tellers), so that an open round, one being keyed, or
one reopened for a new revision never reaches the projector.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from sqlalchemy.orm import Session

from models.meeting import Meeting
from services.ballot.reported import level_groups, stored_rounds


@dataclass(frozen=True)
class LevelLine:
    """"13 đảng viên Hoàn thành xuất sắc nhiệm vụ (chiếm 13/67 đảng viên được xếp loại =
    19,4%)" and who they are."""

    sentence: str
    names: tuple[str, ...]


@dataclass(frozen=True)
class LockedResult:
    title: str
    lines: tuple[LevelLine, ...]


@dataclass
class RoomFocus:
    """What the chair's pages say is current (kept in memory, not in the database), and the
    meeting's step when they said it: once the meeting moves on, it is no longer shown."""

    step: int = 0
    speaker: str = ""
    paragraph_number: int = 0
    paragraph_text: str = ""


@dataclass(frozen=True)
class RoomState:
    meeting: str
    step: int
    speaker: str = ""
    paragraph_number: int = 0
    paragraph_text: str = ""
    results: tuple[LockedResult, ...] = field(default_factory=tuple)


def locked_results(session: Session, meeting_id: int) -> tuple[LockedResult, ...]:
    """The result of each round whose latest revision is locked, per level with the names."""
    results = []
    for reported in stored_rounds(session, meeting_id, skip_refused=True):
        if reported.locked_revision is None:
            continue
        title = f"Kết quả xếp loại {reported.noun}"
        lines = tuple(LevelLine(sentence, tuple(name for name, _detail in names))
                      for sentence, names in level_groups(reported))
        results.append(LockedResult(title, lines))
    return tuple(results)


def current_step(session: Session, meeting_id: int) -> int:
    return session.get_one(Meeting, meeting_id).current_step


def room_state(session: Session, meeting_id: int, focus: RoomFocus,
               results: tuple[LockedResult, ...] | None = None) -> RoomState:
    """The screen's content; `results` when already known (they change only with the data)."""
    meeting = session.get_one(Meeting, meeting_id)
    state = RoomState(
        meeting=meeting.title or meeting.body, step=meeting.current_step,
        results=locked_results(session, meeting_id) if results is None else results)
    if focus.step != meeting.current_step:
        return state
    return replace(state, speaker=focus.speaker, paragraph_number=focus.paragraph_number,
                   paragraph_text=focus.paragraph_text)
