"""The cell holding the meeting as the subject of its own vote (step 7 at a cell meeting).

rules.md step 7: a cell votes on its own level, a committee on its cells' levels. The cell itself
is stored as an ordinary `Organisation` row of the meeting with the reserved code `OWN_UNIT_CODE`
(`own_unit`, with the roster in services/meeting/setup.py), created when the collective's
self-assessment is first recorded (step 4) or its first round opens, so that the rules engine,
the documents, the meeting file and the room screen treat it like any cell: its self-rating is the
collective's proposed level and its assessment the collective's score
(services/meeting/assessments.py). At a committee meeting the row holds the committee's own
self-assessment and is never a subject of the committee's rounds.
"""

from __future__ import annotations

from models.enums import BodyKind
from models.meeting import Meeting
from models.roster import Organisation
from services.meeting.setup import OWN_UNIT_CODE, is_own_unit, own_unit, stored_own_unit


def rated_organisation_names(meeting: Meeting) -> list[tuple[str, str]]:
    """(code, name) of what a round on organisations will list, read without writing (the
    blank ballot printed before the round opens)."""
    if meeting.body_kind is BodyKind.chi_bo:
        unit = stored_own_unit(meeting)
        return [(OWN_UNIT_CODE,
                 unit.name if unit is not None else meeting.body or meeting.party_unit.name)]
    return [(o.code, o.name) for o in meeting.organisations if not is_own_unit(o)]


def rated_organisations(meeting: Meeting) -> list[Organisation]:
    """The subjects of a round on organisations: the cell itself at a cell meeting, the
    subordinate cells at a committee meeting."""
    if meeting.body_kind is BodyKind.chi_bo:
        return [own_unit(meeting)]
    return [o for o in meeting.organisations if not is_own_unit(o)]

