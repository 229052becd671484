"""What a document's pages carry besides their content: the "DỰ THẢO" mark until the rounds it
reports are locked, then each locked round's revision and fingerprint. Plain data, without
reportlab, so that collectors (and the room screen, the chair's script) can use it cheaply."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from services.ballot.reported import RoundLock

DRAFT_MARK = "DỰ THẢO"


@dataclass(frozen=True)
class PageMarks:
    """What a document's pages carry besides numbers.

    `draft`: the "DỰ THẢO" mark on every page (some round reported is not locked yet).
    `locks`: the footer lines of the locked rounds.
    """

    draft: bool = False
    locks: tuple[RoundLock, ...] = ()

    @classmethod
    def for_rounds(cls, locks: Sequence[RoundLock | None]) -> PageMarks:
        """A document reporting rounds: a draft until every one of them is locked."""
        locked = tuple(lock for lock in locks if lock is not None)
        return cls(draft=not locks or len(locked) < len(locks), locks=locked)
