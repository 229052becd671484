"""The scanner's entry of a round (issue 16): its counts, and the pages it read until the lock.

`ScanEntry` holds the scanner's counts per subject, the only thing of a scan that is audited.
`ScanPage` is one scanned page as read (a mark per row, "?" for a row left to a person) with a
person's decisions; it is not audited and is deleted, with the page images, when the round is
locked. A refused page is a `ScanPage` too (number 0, with its reason), so that scanning it again
is recognised.

Where the images live: in a folder beside the database (`scan_folder`), one JPEG per page named
by its content hash, never in the database. The database is copied into its backups at every
step of the meeting and keeps deleted rows' bytes in free pages; an image there would outlive
the lock. A folder is deleted whole.

Secrecy (rules.md): pages are stored and listed by their content hash (`digest`), not in the
order they were scanned; a batch is written in that order too, so neither row ids nor file times
follow the pile.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint, event, inspect, select
from sqlalchemy.engine import URL
from sqlalchemy.orm import Mapped, Session, UOWTransaction, backref, mapped_column, relationship

from models.ballot import BallotRound, RoundState
from models.base import Base

UNDECIDED = "?"  # a row the scanner left to a person
NO_DECISION = "."
_FOLDERS_KEY = "scan_folders_to_delete"  # session.info: image folders of rounds just locked


class ScanEntry(Base):
    """The scanner's counts of one round revision: per subject code, the four votes, the
    invalid rows and the rows still doubtful."""

    __tablename__ = "scan_entry"

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(
        ForeignKey("ballot_round.id", ondelete="CASCADE"), unique=True)
    pages: Mapped[int] = mapped_column(default=0)
    counts: Mapped[dict[str, Any]] = mapped_column(default=dict)

    round: Mapped[BallotRound] = relationship(
        backref=backref("scan", cascade="all, delete-orphan", uselist=False))


class ScanPage(Base):
    """One scanned page: read (`number` ≥ 1, `marks` one per row of that page) or refused."""

    __tablename__ = "scan_page"
    __table_args__ = (UniqueConstraint("round_id", "digest"),)
    __audited__ = False

    id: Mapped[int] = mapped_column(primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("ballot_round.id", ondelete="CASCADE"),
                                          index=True)
    digest: Mapped[str] = mapped_column(String(64))
    number: Mapped[int] = mapped_column(default=0)  # the ballot's page number; 0: refused
    marks: Mapped[str] = mapped_column(Text, default="")  # as read: "1".."4", "0", UNDECIDED
    decisions: Mapped[str] = mapped_column(Text, default="")  # a person's, NO_DECISION if none
    refused: Mapped[str] = mapped_column(Text, default="")  # why the page was not read
    source: Mapped[str] = mapped_column(String(300), default="")  # a refused page's file, page


def scan_root(url: URL) -> Path:
    """The folder of every round's page images for the database at `url`."""
    from models.database import default_database_path, sqlite_file

    file = sqlite_file(url)
    if file is not None:
        return file.parent / f"{file.stem}-scans"
    return default_database_path().parent / f"{url.database or 'server'}-scans"


def scan_folder(url: URL, round_id: int) -> Path:
    return scan_root(url) / str(round_id)


@event.listens_for(Session, "before_flush")
def _forget_pages_of_locked_rounds(session: Session, _ctx: UOWTransaction,
                                   _instances: Any) -> None:
    """A round being locked loses its scanned pages in the same transaction; its images go once
    that commits."""
    for obj in list(session.dirty):
        if not isinstance(obj, BallotRound) or obj.state is not RoundState.locked:
            continue
        history = inspect(obj).attrs["state"].history
        if not history.deleted or history.deleted[0] is RoundState.locked:
            continue
        with session.no_autoflush:
            for page in session.scalars(select(ScanPage).where(ScanPage.round_id == obj.id)):
                session.delete(page)
        session.info.setdefault(_FOLDERS_KEY, set()).add(
            scan_folder(session.get_bind().engine.url, obj.id))


@event.listens_for(Session, "after_commit")
def _delete_images_of_locked_rounds(session: Session) -> None:
    for folder in session.info.pop(_FOLDERS_KEY, set()):
        shutil.rmtree(folder, ignore_errors=True)


@event.listens_for(Session, "after_rollback")
def _keep_images_after_rollback(session: Session) -> None:
    session.info.pop(_FOLDERS_KEY, None)
