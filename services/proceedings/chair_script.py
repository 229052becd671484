"""The chair's script of one meeting: the wording of each step (the chair's own, or the bundled
one) with its placeholders filled in from the meeting's data as it stands.

A placeholder whose fact the meeting does not hold yet prints as a line of dots, to be said or
written in by hand; a name the script does not know (a typo in a reworded step) is kept as typed,
in braces, so that the chair sees it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.walkthrough import ScriptText
from services.common.text import BLANK, nfc
from services.proceedings.script_facts import PLACEHOLDERS, script_facts
from services.proceedings.script_templates import STEP_TITLES, TEMPLATES

PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")


@dataclass(frozen=True)
class StepScript:
    """One step's script: its wording (`edited`: the chair's own) and the text to read."""

    step: int
    title: str
    wording: str
    edited: bool
    text: str
    unknown: tuple[str, ...] = ()


def fill(wording: str, facts: dict[str, str]) -> str:
    """`wording` with every known placeholder replaced by its fact (dots when empty)."""

    def replace(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in PLACEHOLDERS:
            return match.group(0)
        return facts.get(name) or BLANK

    return PLACEHOLDER.sub(replace, wording)


def unknown_placeholders(wording: str) -> tuple[str, ...]:
    return tuple(sorted({name for name in PLACEHOLDER.findall(wording)
                         if name not in PLACEHOLDERS}))


def _stored(session: Session, meeting_id: int) -> dict[int, str]:
    rows = session.scalars(select(ScriptText).where(ScriptText.meeting_id == meeting_id))
    return {row.step: row.text for row in rows}


def step_scripts(session: Session, meeting_id: int,
                 steps: tuple[int, ...] = tuple(TEMPLATES)) -> list[StepScript]:
    """The script of each of `steps`, filled in from the meeting now."""
    stored = _stored(session, meeting_id)
    wordings = {step: stored.get(step, TEMPLATES[step]) for step in steps}
    facts = script_facts(session, meeting_id, {name for wording in wordings.values()
                                               for name in PLACEHOLDER.findall(wording)})
    scripts = []
    for step in steps:
        wording = wordings[step]
        scripts.append(StepScript(step, STEP_TITLES[step], wording, step in stored,
                                  fill(wording, facts), unknown_placeholders(wording)))
    return scripts


def step_script(session: Session, meeting_id: int, step: int) -> StepScript:
    return step_scripts(session, meeting_id, (step,))[0]


def save_wording(session: Session, meeting_id: int, step: int, wording: str) -> None:
    """Keep the chair's wording of `step` for this meeting; the bundled wording (or an empty
    text) removes the chair's own."""
    if step not in TEMPLATES:
        raise ValueError(f"Không có bước {step}.")
    wording = nfc(wording.strip())
    row = session.scalars(select(ScriptText).where(ScriptText.meeting_id == meeting_id,
                                                   ScriptText.step == step)).first()
    if not wording or wording == TEMPLATES[step]:
        if row is not None:
            session.delete(row)
        return
    if row is None:
        session.add(ScriptText(meeting_id=meeting_id, step=step, text=wording))
    else:
        row.text = wording
