"""A pile of scanned pages read against one round: each page checked by its page code (the
meeting, round, revision and list it was printed for), its rows read, the rows added up per
subject. A page that cannot be read, or belongs elsewhere, is refused with its reason.

Secrecy (rules.md): only counts come out. Pages are read in whatever order they come and nothing
about a single page is kept; `page_counts` says how many copies of each page number were read,
so that a page missing from one ballot shows.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from models.database import Database
from models.enums import LEVELS, Level
from models.meeting import Meeting
from services.ballot.reported import round_label
from services.ballot.stored import latest_round
from services.documents.ballot_layout import BallotKey, PageLayout, ballot_layout, parse_page_code
from services.documents.ballot_paper import subjects_key
from services.rules.types import Problem, RefusedError

if TYPE_CHECKING:  # OpenCV and numpy (tens of MB) are imported only once pages are read
    import numpy as np

    from services.scan.marks import RowRead
    from services.scan.sources import SourcePage

T = TypeVar("T")


@dataclass(frozen=True)
class ExpectedBallot:
    """What a page of this round's ballot must say, and where its boxes are."""

    round_id: int  # the latest revision's
    key: BallotKey
    subject_codes: tuple[str, ...]
    pages: tuple[PageLayout, ...]
    round_titles: Mapping[str, str]  # the meeting's rounds by code: a stray page's round named


def expected_ballot(db: Database, meeting_id: int, round_code: str) -> ExpectedBallot:
    """The latest revision of round `round_code`; RefusedError when there is none."""
    with db.session() as session:
        meeting = session.get(Meeting, meeting_id)
        if meeting is None:
            raise RefusedError([Problem("", f"không có hội nghị số {meeting_id}")])
        stored = latest_round(meeting, round_code)
        if stored is None:  # (the command line's: the code as it was typed)
            raise RefusedError([Problem("", f"hội nghị không có vòng {round_code}")])
        codes = tuple(s.code for s in stored.subjects)
        key = subjects_key(meeting, stored.code, stored.revision, codes)
        round_id = stored.id
        titles = {r.code: round_label(r.subject_kind, r.title) for r in meeting.rounds}
    return ExpectedBallot(round_id, key, codes, ballot_layout(len(codes)), titles)


def page_mismatch(found: BallotKey, pages: int, expected: ExpectedBallot) -> str:
    """Why a page printed for `found` is not a page of the expected ballot ("" when it is)."""
    want = expected.key
    if (found.meeting, found.meeting_check) != (want.meeting, want.meeting_check):
        return "trang của một hội nghị khác"
    if found.round_code != want.round_code:
        other = expected.round_titles.get(found.round_code)
        this = expected.round_titles.get(want.round_code, "")
        return (f"trang của phiếu vòng “{other}”, không phải vòng “{this}”" if other
                else f"trang của phiếu một vòng biểu quyết khác, không phải vòng “{this}”")
    if found.revision != want.revision:
        return (f"trang in cho bản {found.revision} của vòng; vòng đang ở bản "
                f"{want.revision}")
    if found.subjects_check != want.subjects_check or pages != len(expected.pages):
        return "danh sách in trên phiếu khác danh sách của vòng"
    return ""


@dataclass(frozen=True)
class Refusal:
    file: str
    page: int
    reason: str


@dataclass
class SubjectCount:
    code: str
    votes: dict[Level, int] = field(default_factory=lambda: dict.fromkeys(LEVELS, 0))
    invalid_rows: int = 0
    doubtful: int = 0


@dataclass(frozen=True)
class ScanResult:
    round_id: int
    pages: int  # pages read and counted (refused pages are not)
    refused: tuple[Refusal, ...]
    subjects: tuple[SubjectCount, ...]
    page_counts: dict[int, int]  # copies read of each page number of the ballot

    @property
    def uneven_pages(self) -> bool:
        """Not as many copies of every page: some ballot lost or gained a sheet."""
        return len(set(self.page_counts.values())) > 1


@dataclass(frozen=True)
class PageRead:
    """One page read (`number`, its `rows` and the straightened `image`) or `refused`."""

    source: SourcePage
    number: int = 0
    rows: tuple[RowRead, ...] = ()
    refused: str = ""
    image: np.ndarray | None = None


def read_page(source: SourcePage, expected: ExpectedBallot) -> PageRead:
    """One page, read or refused."""
    from services.scan.marks import read_rows
    from services.scan.page import PageError, straighten

    if source.image is None:
        return PageRead(source, refused=source.error)
    try:
        page = straighten(source.image)
    except PageError as error:
        return PageRead(source, refused=str(error))
    parsed = parse_page_code(page.code)
    if parsed is None:
        return PageRead(source, refused="mã trang không phải mã của phiếu bầu Hội nghị")
    key, number, pages = parsed
    reason = page_mismatch(key, pages, expected)
    if reason:
        return PageRead(source, refused=reason)
    return PageRead(source, number, tuple(read_rows(page.image, expected.pages[number - 1])),
                    image=page.image)


def bounded_map(work: Callable[[SourcePage], T], items: Iterable[SourcePage],
                workers: int) -> Iterator[T]:
    """`work` on `workers` threads (OpenCV and numpy release the GIL), holding only a few page
    images in memory at a time."""
    with ThreadPoolExecutor(max_workers=workers) as pool:
        pending: list[Any] = []
        for item in items:
            pending.append(pool.submit(work, item))
            if len(pending) >= 2 * workers:
                yield pending.pop(0).result()
        for future in pending:
            yield future.result()


def scan_round(db: Database, meeting_id: int, round_code: str, paths: Sequence[Path],
               workers: int = 2) -> ScanResult:
    """Read every page of `paths` as ballots of the round; RefusedError when the round does not
    exist."""
    from services.scan.marks import RowState
    from services.scan.sources import source_pages

    expected = expected_ballot(db, meeting_id, round_code)
    counts = [SubjectCount(code) for code in expected.subject_codes]
    refused: list[Refusal] = []
    numbers: Counter[int] = Counter()
    for read in bounded_map(lambda s: read_page(s, expected), source_pages(paths), workers):
        if read.refused:
            refused.append(Refusal(read.source.file, read.source.page, read.refused))
            continue
        numbers[read.number] += 1
        for row in read.rows:
            count = counts[row.subject]
            if row.state is RowState.level:
                assert row.level is not None
                count.votes[row.level] += 1
            elif row.state is RowState.invalid:
                count.invalid_rows += 1
            else:
                count.doubtful += 1
    return ScanResult(expected.round_id, sum(numbers.values()), tuple(refused), tuple(counts),
                      {n: numbers[n] for n in range(1, len(expected.pages) + 1)})


def scan_json(result: ScanResult) -> dict[str, Any]:
    """The command's output: counts only (doubtful rows in neither votes nor invalid rows)."""
    return {
        "pages": result.pages,
        "refused": [{"file": r.file, "page": r.page, "reason": r.reason}
                    for r in result.refused],
        "subjects": [{"id": s.code, "votes": {level.value: s.votes[level] for level in LEVELS},
                      "invalid_rows": s.invalid_rows, "doubtful": s.doubtful}
                     for s in result.subjects],
    }
