"""The nine steps of the meeting (rules.md, "The meeting, step by step") and moving between them.

A step's state is kept in its `AgendaStep` row and the step being worked on in
`Meeting.current_step`. Entering a step makes it current (a finished step stays done); leaving it
forward marks it done, recording what the chair accepted as still missing; leaving it backward
returns an unfinished step to pending. Steps skipped over stay as they were: nothing is marked done
that the chair did not finish.

Closing the meeting (step 9, *bế mạc*) marks the last step done: that stored state is what makes
the meeting finished. Moving a finished meeting back, or reopening it, makes the step current again.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from models.enums import StepState
from models.meeting import AgendaStep, Meeting
from services.common.errors import Refusal

STEP_NUMBERS: tuple[int, ...] = tuple(range(1, 10))
FIRST_STEP = STEP_NUMBERS[0]
LAST_STEP = STEP_NUMBERS[-1]


class AgendaError(Refusal):
    """A move to a step that does not exist, or in a meeting that does not exist."""


def ensure_agenda(session: Session, meeting: Meeting) -> list[AgendaStep]:
    """The meeting's nine steps, creating those missing (an imported or new meeting)."""
    have = {step.number for step in meeting.steps}
    for number in STEP_NUMBERS:
        if number not in have:
            state = StepState.current if number == meeting.current_step else StepState.pending
            meeting.steps.append(AgendaStep(number=number, state=state))
    session.flush()
    return sorted(meeting.steps, key=lambda step: step.number)


def go_to_step(session: Session, meeting_id: int, number: int,
               accepted_missing: list[str] | None = None) -> None:
    """Make step `number` the current one (see the module docstring for the states)."""
    if number not in STEP_NUMBERS:
        raise AgendaError(f"Không có bước {number}; chương trình có các bước 1–{LAST_STEP}.")
    meeting = _meeting(session, meeting_id)
    steps = {step.number: step for step in ensure_agenda(session, meeting)}
    leaving = steps.get(meeting.current_step)
    if leaving is not None and leaving.number != number:
        if number > leaving.number:
            leaving.state = StepState.done
            leaving.overridden_missing = "\n".join(accepted_missing or [])
        elif leaving.state is StepState.current:
            leaving.state = StepState.pending
    if number < meeting.current_step and steps[LAST_STEP].state is StepState.done:
        steps[LAST_STEP].state = StepState.pending  # moved back: no longer finished
    target = steps[number]
    if target.state is not StepState.done:
        target.state = StepState.current
    meeting.current_step = number


def is_finished(meeting: Meeting) -> bool:
    """Whether the meeting was closed: its last step is current and done."""
    return meeting.current_step == LAST_STEP and any(
        step.number == LAST_STEP and step.state is StepState.done for step in meeting.steps)


def finish_meeting(session: Session, meeting_id: int,
                   accepted_missing: list[str] | None = None) -> None:
    """Close the meeting at its last step, recording what the chair accepted as missing."""
    meeting = _meeting(session, meeting_id)
    if meeting.current_step != LAST_STEP:
        raise AgendaError(f"Hội nghị đang ở bước {meeting.current_step}: chỉ kết thúc được ở "
                          f"bước {LAST_STEP} (kết luận, bế mạc).")
    last = {step.number: step for step in ensure_agenda(session, meeting)}[LAST_STEP]
    last.state = StepState.done
    last.overridden_missing = "\n".join(accepted_missing or [])


def reopen_meeting(session: Session, meeting_id: int) -> None:
    """A finished meeting open again at its last step (e.g. to correct the conclusions)."""
    meeting = _meeting(session, meeting_id)
    last = {step.number: step for step in ensure_agenda(session, meeting)}[LAST_STEP]
    if meeting.current_step == LAST_STEP:
        last.state = StepState.current


def _meeting(session: Session, meeting_id: int) -> Meeting:
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        raise AgendaError(f"Không có hội nghị #{meeting_id}.")
    return meeting
