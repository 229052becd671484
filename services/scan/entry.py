"""The scan as one independent entry of a round: pages read, stored until the lock, doubtful rows
decided by a person, and the scanner's counts kept for the differences screen (check.py).

Reading (`read_scans`) needs no database and runs off the GUI thread; storing (`store_scans`),
each decision and a discard are one short transaction each, after which the scanner's counts
(`ScanEntry`, the only audited part) are counted again from the pages. Images are written to
the round's folder (models/scan.py says why not the database) in the order of their content
hash, never in the order they were scanned.
"""

from __future__ import annotations

import hashlib
import shutil
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.ballot import BallotRound
from models.ballot_entry import INVALID_ROW, MARK_OF_LEVEL
from models.database import Database
from models.scan import NO_DECISION, UNDECIDED, ScanEntry, ScanPage, scan_folder, scan_root
from services.ballot.reconciliation import reconciliation_of
from services.ballot.shared import load_round, refuse, require_open
from services.ballot.sheets import SubjectRow, subject_row
from services.documents import ballot_layout as layout
from services.scan.read import ExpectedBallot, PageRead, bounded_map, expected_ballot, read_page

if TYPE_CHECKING:  # OpenCV and numpy (tens of MB) are imported only when images are handled
    import numpy as np

    from services.scan.marks import RowRead

IMAGE_PX_PER_MM = 6.0  # a stored page: about 150 dpi, enough to see any mark
JPEG_QUALITY = 80
DECISION_MARKS = frozenset((INVALID_ROW, *MARK_OF_LEVEL.values()))
# Where each mark is counted: the four levels, the invalid rows, the rows left to a person.
_SLOT = {**{mark: int(mark) - 1 for mark in MARK_OF_LEVEL.values()}, INVALID_ROW: 4,
         UNDECIDED: 5}


@dataclass(frozen=True)
class ScannedPage:
    """One page as it will be stored: read (`number` ≥ 1, a mark per row, the page's image) or
    refused (`refused`, and `source` naming the file and page for the person scanning)."""

    digest: str
    number: int
    marks: str
    refused: str
    source: str
    jpeg: bytes


def _mark(row: RowRead) -> str:
    from services.scan.marks import RowState

    if row.state is RowState.level and row.level is not None:
        return MARK_OF_LEVEL[row.level]
    return INVALID_ROW if row.state is RowState.invalid else UNDECIDED


def _scanned(read: PageRead) -> ScannedPage:
    import cv2

    from services.scan.page import PX_PER_MM

    source = read.source
    content = source.image.tobytes() if source.image is not None else \
        f"{source.file}\n{source.page}\n{source.error}".encode()
    digest = hashlib.sha256(content).hexdigest()
    if read.refused or read.image is None:
        return ScannedPage(digest, 0, "", read.refused,
                           f"{Path(source.file).name}, trang {source.page}", b"")
    scale = IMAGE_PX_PER_MM / PX_PER_MM
    small = cv2.resize(read.image, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    ok, data = cv2.imencode(".jpg", small, [cv2.IMWRITE_JPEG_QUALITY, JPEG_QUALITY])
    assert ok
    return ScannedPage(digest, read.number, "".join(map(_mark, read.rows)),
                       "", "", data.tobytes())


def expected_for(db: Database, round_id: int) -> ExpectedBallot:
    """What the pages scanned for this round must be; refused for a locked or older revision."""
    with db.session() as session:
        round_ = load_round(session, round_id)
        require_open(round_)
        meeting_id, code = round_.meeting_id, round_.code
    expected = expected_ballot(db, meeting_id, code)
    if expected.round_id != round_id:
        raise refuse("đây không phải phiên bản mới nhất của vòng", code)
    return expected


def read_scans(expected: ExpectedBallot, paths: Sequence[Path], workers: int = 2,
               progress: Callable[[int], None] | None = None) -> list[ScannedPage]:
    """Every page of `paths` read against the round (no database: safe off the GUI thread);
    `progress` hears how many pages are done."""
    from services.scan.sources import source_pages

    pages = []
    for read in bounded_map(lambda s: _scanned(read_page(s, expected)), source_pages(paths),
                            workers):
        pages.append(read)
        if progress is not None:
            progress(len(pages))
    return pages


@dataclass(frozen=True)
class ImportReport:
    read: int  # new pages read
    refused: int  # new pages refused
    repeated: int  # pages already imported (the same image again)


def _recount(session: Session, round_: BallotRound) -> None:
    """The scanner's counts from its pages, a person's decisions taking the place of doubtful
    rows; the only write of a scan that the audit log sees."""
    subjects = round_.subjects
    pages_layout = layout.ballot_layout(len(subjects))
    tallies = [[0] * 6 for _ in subjects]
    pages = 0
    for page in session.scalars(select(ScanPage).where(ScanPage.round_id == round_.id,
                                                       ScanPage.number > 0)):
        pages += 1
        for row, read, decided in zip(pages_layout[page.number - 1].rows, page.marks,
                                      page.decisions, strict=True):
            tallies[row.subject][_SLOT[decided if decided != NO_DECISION else read]] += 1
    entry = _entry(session, round_.id)
    if entry is None:
        entry = ScanEntry(round=round_)
        session.add(entry)
    entry.pages = pages
    entry.counts = {s.code: tally for s, tally in zip(subjects, tallies, strict=True)}


def _entry(session: Session, round_id: int) -> ScanEntry | None:
    return session.scalars(select(ScanEntry).where(ScanEntry.round_id == round_id)).first()


def store_scans(db: Database, round_id: int, pages: Sequence[ScannedPage],
                actor: str = "tellers") -> ImportReport:
    """Add the pages read to the round's scan (a page scanned twice counts once)."""
    folder = scan_folder(db.url, round_id)
    with db.session(actor) as session, session.begin():
        round_ = load_round(session, round_id)
        require_open(round_)
        stored = {page.digest: page for page in _pages(session, round_id)}
        new = {page.digest: page for page in pages if page.digest not in stored}
        folder.mkdir(parents=True, exist_ok=True)
        for digest in sorted(new):
            if new[digest].jpeg:
                (folder / f"{digest}.jpg").write_bytes(new[digest].jpeg)
        # Every page of the round stored again in hash order, so that not even the row ids
        # tell which import (which part of the pile) a page came in.
        rows = {**{d: _copy(p) for d, p in stored.items()},
                **{d: ScanPage(round_id=round_id, digest=d, number=p.number, marks=p.marks,
                               decisions=NO_DECISION * len(p.marks), refused=p.refused,
                               source=p.source) for d, p in new.items()}}
        for page in stored.values():
            session.delete(page)
        session.flush()
        session.add_all(rows[digest] for digest in sorted(rows))
        session.flush()
        _recount(session, round_)
    read = sum(1 for page in new.values() if page.number)
    return ImportReport(read, len(new) - read, len(pages) - len(new))


def _copy(page: ScanPage) -> ScanPage:
    return ScanPage(round_id=page.round_id, digest=page.digest, number=page.number,
                    marks=page.marks, decisions=page.decisions, refused=page.refused,
                    source=page.source)


def decide_row(db: Database, page_id: int, row: int, mark: str, actor: str = "tellers") -> None:
    """A person's reading of a doubtful row: "1".."4" a level, "0" an invalid row."""
    if mark not in DECISION_MARKS:
        raise refuse(f"phím {mark!r} không phải một mức (1-4) hay dòng không hợp lệ (0)")
    with db.session(actor) as session, session.begin():
        page = session.get(ScanPage, page_id)
        if page is None or not 0 <= row < len(page.marks) or page.marks[row] != UNDECIDED:
            raise refuse("không có dòng chưa rõ này trong bản quét")
        round_ = load_round(session, page.round_id)
        require_open(round_)
        page.decisions = page.decisions[:row] + mark + page.decisions[row + 1:]
        session.flush()
        _recount(session, round_)


def discard_scan(db: Database, round_id: int, actor: str = "tellers") -> None:
    """The round's scan thrown away (pages, images, counts), to scan the pile again."""
    with db.session(actor) as session, session.begin():
        round_ = load_round(session, round_id)
        require_open(round_)
        for page in session.scalars(select(ScanPage).where(ScanPage.round_id == round_id)):
            session.delete(page)
        entry = _entry(session, round_id)
        if entry is not None:
            session.delete(entry)
    shutil.rmtree(scan_folder(db.url, round_id), ignore_errors=True)


def forget_stale_images(db: Database) -> None:
    """Images no open round's scan holds any more (a lock or discard interrupted before the
    files went, a failed import): deleted."""
    root = scan_root(db.url)
    if not root.is_dir():
        return
    with db.session() as session:
        held: dict[str, set[str]] = {}
        for round_id, digest in session.execute(select(ScanPage.round_id, ScanPage.digest)):
            held.setdefault(str(round_id), set()).add(digest)
    for folder in root.iterdir():
        if folder.name not in held:
            shutil.rmtree(folder, ignore_errors=True)
            continue
        for image in folder.iterdir():
            if image.stem not in held[folder.name]:
                image.unlink(missing_ok=True)


@dataclass(frozen=True)
class ScanState:
    """What the scan of a round holds, for the scan tab."""

    pages: int  # pages read
    copies: dict[int, int]  # copies read of each page number of the ballot
    valid: int  # valid ballots of the round (what each page number should have)
    refused: tuple[tuple[str, str], ...]  # (file and page, reason)
    doubtful: int  # rows the scanner left to a person
    undecided: int  # of them, not decided yet
    locked: bool  # the round is locked: its pages and images are gone
    counted: int  # pages the scanner's counts come from (kept after the lock)


def scan_state(db: Database, round_id: int) -> ScanState:
    with db.session() as session:
        round_ = load_round(session, round_id)
        pages = _pages(session, round_id)
        sheets = len(layout.ballot_layout(len(round_.subjects)))
        copies = Counter(page.number for page in pages if page.number)
        doubtful = [(page, row) for page in pages for row, mark in enumerate(page.marks)
                    if mark == UNDECIDED]
        return ScanState(
            sum(copies.values()), {n: copies[n] for n in range(1, sheets + 1)},
            reconciliation_of(round_).valid,
            tuple(sorted((page.source, page.refused) for page in pages if not page.number)),
            len(doubtful),
            sum(1 for page, row in doubtful if page.decisions[row] == NO_DECISION),
            round_.locked, entry.pages if (entry := _entry(session, round_id)) else 0)


def _pages(session: Session, round_id: int) -> list[ScanPage]:
    return list(session.scalars(select(ScanPage).where(ScanPage.round_id == round_id)
                                .order_by(ScanPage.digest)))


@dataclass(frozen=True)
class ScannedRow:
    """One row of one scanned page: whose it is, what the scanner read, a person's decision."""

    page_id: int
    row: int  # on its page
    place: int  # the subject's TT on the ballot
    subject: SubjectRow
    read: str  # "1".."4", "0" or UNDECIDED
    decision: str  # NO_DECISION when none


def doubtful_rows(db: Database, round_id: int) -> list[ScannedRow]:
    """The rows left to a person, page by page in the order of the pages' content hash."""
    return [row for row in _rows(db, round_id) if row.read == UNDECIDED]


def subject_rows(db: Database, round_id: int, subject_id: int) -> list[ScannedRow]:
    """The subject's row on every scanned page that carries it (to look at a difference)."""
    return [row for row in _rows(db, round_id) if row.subject.id == subject_id]


def _rows(db: Database, round_id: int) -> list[ScannedRow]:
    with db.session() as session:
        round_ = load_round(session, round_id)
        subjects = [subject_row(s) for s in round_.subjects]
        pages_layout = layout.ballot_layout(len(subjects))
        return [ScannedRow(page.id, index, row.subject + 1, subjects[row.subject], read,
                           page.decisions[index])
                for page in _pages(session, round_id) if page.number
                for index, (row, read) in enumerate(zip(pages_layout[page.number - 1].rows,
                                                        page.marks, strict=True))]


def row_image(db: Database, round_id: int, row: ScannedRow, head: bool = True) -> bytes:
    """The row cut out of its page image as PNG: the name and the four boxes as the scanner
    saw them, under the table's head (which column is which) unless `head` is False."""
    import cv2
    import numpy as np

    with db.session() as session:
        page = session.get_one(ScanPage, row.page_id)
        digest, number = page.digest, page.number
        subjects = len(load_round(session, round_id).subjects)
    try:
        data = np.fromfile(scan_folder(db.url, round_id) / f"{digest}.jpg", dtype=np.uint8)
    except OSError as error:
        raise refuse(f"không còn ảnh của trang quét ({error.strerror})") from error
    image = cv2.imdecode(data, cv2.IMREAD_GRAYSCALE)
    if image is None:
        raise refuse("không đọc được ảnh của trang quét")
    page_layout = layout.ballot_layout(subjects)[number - 1]
    top = page_layout.rows[row.row].top
    edges = layout.column_lefts()
    px, margin = IMAGE_PX_PER_MM, 1.5

    def band(y0: float, y1: float) -> np.ndarray:
        return image[round(y0 * px):round(y1 * px),
                     round((edges[0] - margin) * px):round((edges[-1] + margin) * px)]

    parts = [band(page_layout.table_top - margin, page_layout.table_top + layout.HEAD_HEIGHT)
             ] if head else []
    row_top = top if head else top - margin  # under the head, the head's own rule above it
    ok, png = cv2.imencode(".png", np.vstack([*parts, band(row_top,
                                                           top + layout.ROW_HEIGHT + margin)]))
    assert ok
    return png.tobytes()
