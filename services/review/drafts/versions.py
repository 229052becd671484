"""Frozen draft versions: storing an import, following paragraphs from one version to the next,
and telling what changed.

A paragraph keeps its `stable_id` in the next version when difflib finds it unchanged, when it is
the closest match (similarity at least `MATCH_RATIO`) within a changed stretch, or when the same
text reappears elsewhere (a moved paragraph). Comments stay on the paragraph row they were made
on; the stable id lets the pages show them beside the same paragraph of a later version.
"""

from __future__ import annotations

import datetime as dt
import enum
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.enums import DraftKind
from models.review import Draft, DraftVersion, Paragraph
from models.roster import Member
from services.review.drafts.reading import SourceDocument

MATCH_RATIO = 0.6
COLLECTIVE_TITLE = "Dự thảo báo cáo kiểm điểm tập thể"


def _key(text: str) -> str:
    return " ".join(text.split()).casefold()


def new_stable_id() -> str:
    return uuid.uuid4().hex[:12]


def match_paragraphs(old: Sequence[tuple[str, str]], new_texts: Sequence[str]) -> list[str | None]:
    """For each new text, the stable id of the old paragraph (stable id, text) it continues, or
    None for a new paragraph. Each old paragraph is continued at most once."""
    old_keys = [_key(text) for _, text in old]
    new_keys = [_key(text) for text in new_texts]
    result: list[str | None] = [None] * len(new_keys)
    used: set[int] = set()
    matcher = SequenceMatcher(None, old_keys, new_keys, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            for offset in range(i2 - i1):
                result[j1 + offset] = old[i1 + offset][0]
                used.add(i1 + offset)
        elif tag == "replace":
            start = i1
            for j in range(j1, j2):
                best, best_ratio = None, MATCH_RATIO
                for i in range(start, i2):
                    pair = SequenceMatcher(None, old_keys[i], new_keys[j], autojunk=False)
                    if pair.quick_ratio() >= best_ratio and pair.ratio() >= best_ratio:
                        best, best_ratio = i, pair.ratio()
                if best is not None:
                    result[j] = old[best][0]
                    used.add(best)
                    start = best + 1
    # A paragraph moved elsewhere unchanged keeps its id too.
    unused = {old_keys[i]: i for i in reversed(range(len(old))) if i not in used}
    for j, key in enumerate(new_keys):
        if result[j] is None and key in unused:
            i = unused.pop(key)
            result[j] = old[i][0]
    return result


def import_version(session: Session, draft: Draft, source: SourceDocument) -> DraftVersion:
    """Store `source` as the next frozen version of `draft`, its paragraphs matched to the
    previous version's. The caller commits (one session per user action)."""
    previous = draft.versions[-1] if draft.versions else None
    old = [(p.stable_id, p.text) for p in previous.paragraphs] if previous else []
    matched = match_paragraphs(old, [block.text for block in source.blocks])
    version = DraftVersion(
        number=(previous.number + 1) if previous else 1,
        source_name=source.source_name,
        source_format=source.source_format,
        imported_at=dt.datetime.now().replace(microsecond=0),
    )
    for number, (block, stable_id) in enumerate(zip(source.blocks, matched, strict=True), 1):
        version.paragraphs.append(Paragraph(
            stable_id=stable_id or new_stable_id(),
            number=number,
            text=block.text,
            heading_level=block.heading_level,
        ))
    draft.versions.append(version)
    session.flush()
    return version


class Change(enum.StrEnum):
    same = "same"
    edited = "edited"
    added = "added"


@dataclass(frozen=True)
class VersionChanges:
    """How a version differs from the one before: per paragraph number of the new version, and
    the numbers (in the previous version) of the paragraphs that were removed."""

    previous_number: int | None
    changes: dict[int, Change]
    removed: tuple[int, ...]

    def count(self, change: Change) -> int:
        return sum(1 for value in self.changes.values() if value is change)


def version_changes(previous: DraftVersion | None, version: DraftVersion) -> VersionChanges:
    if previous is None:
        return VersionChanges(None, {p.number: Change.same for p in version.paragraphs}, ())
    old_text = {p.stable_id: p.text for p in previous.paragraphs}
    changes = {}
    for paragraph in version.paragraphs:
        before = old_text.get(paragraph.stable_id)
        if before is None:
            changes[paragraph.number] = Change.added
        elif before == paragraph.text:
            changes[paragraph.number] = Change.same
        else:
            changes[paragraph.number] = Change.edited
    kept = {p.stable_id for p in version.paragraphs}
    removed = tuple(p.number for p in previous.paragraphs if p.stable_id not in kept)
    return VersionChanges(previous.number, changes, removed)


def find_collective_draft(session: Session, meeting_id: int) -> Draft | None:
    """The meeting's collective report draft, if there is one yet."""
    return session.scalars(
        select(Draft).where(Draft.meeting_id == meeting_id, Draft.kind == DraftKind.collective)
        .order_by(Draft.id)
    ).first()


def collective_draft(session: Session, meeting_id: int) -> Draft:
    """The meeting's collective report draft, created on first use."""
    draft = find_collective_draft(session, meeting_id)
    if draft is None:
        draft = Draft(meeting_id=meeting_id, kind=DraftKind.collective, title=COLLECTIVE_TITLE)
        session.add(draft)
        session.flush()
    return draft


def find_member_draft(session: Session, member_id: int | None) -> Draft | None:
    """The member's self-review document, if there is one yet (None: no member chosen)."""
    if member_id is None:
        return None
    return session.scalars(
        select(Draft).where(Draft.kind == DraftKind.individual, Draft.member_id == member_id)
    ).first()


def member_draft(session: Session, member: Member) -> Draft:
    """The member's self-review document, created on first use."""
    draft = find_member_draft(session, member.id)
    if draft is None:
        draft = Draft(meeting_id=member.meeting_id, kind=DraftKind.individual, member=member,
                      title=f"Bản tự kiểm điểm của đồng chí {member.full_name}")
        session.add(draft)
        session.flush()
    return draft
