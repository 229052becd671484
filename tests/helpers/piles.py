"""Piles of paper ballots made up from a meeting file's counts, for entry tests and benchmarks.

Ballot k marks, for each subject, the k-th item of [1]*HTXSNV + [2]*HTTNV + [3]*HTNV +
[4]*KHTNV + [0]*invalid, so that the pile's column sums are exactly the file's counts.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any, TypeVar

from sqlalchemy import select

from models.database import Database
from models.enums import LEVELS, RoleKind
from models.meeting import RoleAssignment
from services.ballot.attendance import mark_unrecorded_present
from services.ballot.sheets import finish_ballot, resume_ballot, set_mark
from tests.helpers import SEED_MEETING

T = TypeVar("T")


def seed_counts(round_code: str = "dang-vien") -> dict[str, tuple[int, int, int, int, int]]:
    data = json.loads(SEED_MEETING.read_text(encoding="utf-8"))
    round_ = next(r for r in data["rounds"] if r["id"] == round_code)
    return {s["id"]: (*(s["votes"][level.value] for level in LEVELS), s["invalid"])
            for s in round_["subjects"]}


def pile(counts: dict[str, tuple[int, int, int, int, int]], codes: list[str]) -> list[str]:
    """The ballots' marks ("1".."4", "0"), one string per ballot, rows in the order of `codes`."""
    columns = []
    for code in codes:
        a, b, c, d, invalid = counts[code]
        columns.append("1" * a + "2" * b + "3" * c + "4" * d + "0" * invalid)
    sizes = {len(column) for column in columns}
    assert len(sizes) == 1, "every subject's counts must add up to the same valid ballots"
    return ["".join(column[k] for column in columns) for k in range(sizes.pop())]


def call_the_roll(db: Database, meeting_id: int) -> None:
    """Step 2 done as the secretary does it: everyone not yet marked is marked present (a
    round opens after the roll call)."""
    with db.session("secretary") as session, session.begin():
        mark_unrecorded_present(session, meeting_id)


def approve_tellers(db: Database, meeting_id: int) -> list[int]:
    """Approve the meeting's tellers (step 3); returns their role ids, head first."""
    with db.session("chair") as session, session.begin():
        roles = session.scalars(select(RoleAssignment).where(
            RoleAssignment.meeting_id == meeting_id, RoleAssignment.role == RoleKind.teller)
        ).all()
        for role in roles:
            role.approved = True
        return [r.id for r in sorted(roles, key=lambda r: (not r.is_head, r.rank))]


def miskeyed(ballots: list[str], spots: list[tuple[int, int]]) -> list[str]:
    """The same pile with one row of each (ballot, row) spot keyed as another level."""
    wrong = list(ballots)
    for k, row in spots:
        mark = "4" if wrong[k][row] != "4" else "3"
        wrong[k] = wrong[k][:row] + mark + wrong[k][row + 1:]
    return wrong


def act(db: Database, action: Callable[..., T], *args: Any, actor: str = "chair") -> T:
    """`action(session, *args)` in its own committed session, as a page runs it."""
    with db.session(actor) as session, session.begin():
        return action(session, *args)


def key_pile(db: Database, sheet_id: int, ballots: list[str]) -> None:
    """Key a whole pile through the services, ballot by ballot, row by row."""
    ballot = resume_ballot(db, sheet_id)
    for marks in ballots:
        assert ballot is not None
        for index, mark in enumerate(marks):
            set_mark(db, ballot.id, index, mark)
        ballot = finish_ballot(db, ballot.id)
    assert ballot is None  # the pile is complete: no further ballot is opened
