"""Who may speak: the meeting's members for the speaker picker, found without diacritics
("huynh" finds "Huỳnh Văn Bé", "dat" finds "Bùi Ngọc Đạt")."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.roster import Member
from services.common.text import fold, name_sort_key
from services.review.drafts.errors import DraftError


@dataclass(frozen=True)
class Speaker:
    member_id: int
    name: str
    position: str

    @property
    def key(self) -> str:
        """What type-ahead matches against: name and position, folded."""
        return fold(f"{self.name} {self.position}")


def words_match(typed: str, target: str) -> bool:
    """Every typed word, without diacritics, starts a word of `target`: "hai" finds "Lê Thanh
    Hải" but not "Thái Thanh Yến"; "v an" finds "Võ Văn An"."""
    words = fold(target).split()
    return all(any(word.startswith(part) for word in words) for part in fold(typed).split())


def meeting_speakers(session: Session, meeting_id: int) -> list[Speaker]:
    """The meeting's members in Vietnamese name order."""
    members = session.scalars(select(Member).where(Member.meeting_id == meeting_id))
    speakers = [Speaker(m.id, m.full_name, m.position) for m in members]
    return sorted(speakers, key=lambda s: name_sort_key(s.name))


def find_speakers(speakers: Sequence[Speaker], typed: str) -> list[Speaker]:
    """Speakers whose name or position has a word starting with each typed word; those matched
    on the name first."""
    found = [s for s in speakers if words_match(typed, s.key)]
    return sorted(found, key=lambda s: not words_match(typed, s.name))


def resolve_speaker(speakers: Sequence[Speaker], typed: str) -> Speaker | None:
    """The member the typed text names: an exact name (diacritics ignored), else the only match.
    None when nobody matches (a guest). Several matches: DraftError naming them."""
    folded = fold(" ".join(typed.split()))
    if not folded:
        return None
    exact = [s for s in speakers if fold(s.name) == folded]
    if len(exact) == 1:
        return exact[0]
    found = exact or find_speakers(speakers, typed)
    if len(found) == 1:
        return found[0]
    if not found:
        return None
    names = ", ".join(s.name for s in found[:5]) + (", …" if len(found) > 5 else "")
    raise DraftError(f"“{typed}” khớp với nhiều người ({names}): gõ thêm để chọn một người.")
