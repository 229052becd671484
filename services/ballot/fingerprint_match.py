"""Matching a printed fingerprint ("mã đối chiếu 1C4B-826E-1A40" in a locked document's footer)
with the rounds in the database: which meeting, which round, which revision.

Every stored revision of every round is recomputed (services/ballot/fingerprint.py); a locked
revision cannot change (models/ballot.py), so its fingerprint now is the one printed then.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import select

from models.ballot import BallotRound
from models.database import Database
from services.ballot.fingerprint import round_fingerprint
from services.ballot.reported import round_named
from services.ballot.stored import round_input
from services.common.errors import Refusal

_HEX = re.compile(r"[0-9A-F]{12}")


class FingerprintFormatError(Refusal):
    """The text typed is not a fingerprint (twelve hexadecimal digits)."""


@dataclass(frozen=True)
class FingerprintMatch:
    """A round revision the fingerprint belongs to; `meeting_id` and `round_code` are for
    machines, `describe()` names the meeting and the round as people know them."""

    meeting_id: int
    meeting_title: str
    round_code: str
    revision: int
    locked: bool
    named: str = ""  # services/ballot/reported.round_named

    def describe(self) -> str:
        state = "đã khóa" if self.locked else "chưa khóa (số phiếu còn có thể đổi)"
        return f"{self.named}, {state}"


def normalise_fingerprint(typed: str) -> str:
    """"1c4b 826e-1a40" -> "1C4B-826E-1A40"; spaces and dashes are optional when typing."""
    digits = re.sub(r"[\s\-–]", "", typed).upper()
    if not _HEX.fullmatch(digits):
        raise FingerprintFormatError(
            f"“{typed}” không phải mã đối chiếu: cần 12 chữ số hệ 16, ví dụ 1C4B-826E-1A40 "
            "(a fingerprint is 12 hexadecimal digits)")
    return "-".join(digits[i:i + 4] for i in range(0, 12, 4))


def find_fingerprint(db: Database, typed: str) -> list[FingerprintMatch]:
    """The round revisions whose counts give the fingerprint `typed`, oldest first."""
    wanted = normalise_fingerprint(typed)
    matches = []
    with db.session() as session:
        rounds = session.scalars(select(BallotRound).order_by(BallotRound.id)).all()
        for stored in rounds:
            if round_fingerprint(round_input(stored)) == wanted:
                matches.append(FingerprintMatch(
                    stored.meeting_id, stored.meeting.title, stored.code, stored.revision,
                    stored.locked, round_named(stored.subject_kind, stored.title,
                                               stored.revision, stored.meeting.title,
                                               stored.meeting.date)))
    return matches
