"""The nine steps of the meeting (rules.md, "The meeting, step by step") and moving between them.

A step's state is kept in its `AgendaStep` row and the step being worked on in
`Meeting.current_step`. Entering a step makes it current (a finished step stays done); leaving it
forward marks it done, recording what the chair accepted as still missing; leaving it backward
returns an unfinished step to pending. Steps skipped over stay as they were: nothing is marked done
that the chair did not finish.
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
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        raise AgendaError(f"Không có hội nghị #{meeting_id}.")
    steps = {step.number: step for step in ensure_agenda(session, meeting)}
    leaving = steps.get(meeting.current_step)
    if leaving is not None and leaving.number != number:
        if number > leaving.number:
            leaving.state = StepState.done
            leaving.overridden_missing = "\n".join(accepted_missing or [])
        elif leaving.state is StepState.current:
            leaving.state = StepState.pending
    target = steps[number]
    if target.state is not StepState.done:
        target.state = StepState.current
    meeting.current_step = number
