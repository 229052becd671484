"""The scanner as a third teller: its counts set beside what the tellers keyed, subject by
subject. It checks the tellers, never replaces them: nothing here writes to the round.

A subject agrees when every keyed entry holds exactly the scanned counts and no row of it was
doubtful. With doubtful rows, the keyed counts are `explained` when deciding those rows could
give them (each count at least the scanned one, the excess as many as the doubtful rows);
otherwise, and for any other mismatch, the subject is named for the tellers to look at.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select

from models.ballot import BallotRound
from models.database import Database
from models.enums import LEVELS
from models.scan import ScanEntry
from services.ballot.shared import Counts, counts_of, load_round
from services.ballot.sheets import SubjectRow, sheet_counts, subject_row
from services.scan.read import ScanResult, SubjectCount


@dataclass(frozen=True)
class ScanDifference:
    subject: SubjectRow
    keyed: tuple[Counts, ...]  # as each entry holds it (ScanCheck.entries)
    scanned: Counts
    doubtful: int

    @property
    def explained(self) -> bool:
        """Every keyed entry is what deciding the doubtful rows could give."""
        return all(all(k >= s for k, s in zip(keyed, self.scanned, strict=True))
                   and sum(keyed) - sum(self.scanned) == self.doubtful for keyed in self.keyed)


@dataclass(frozen=True)
class ScanCheck:
    entries: tuple[str, ...]  # whose counts the scan was compared with
    differences: tuple[ScanDifference, ...]  # the subjects that do not simply agree

    @property
    def unexplained(self) -> tuple[ScanDifference, ...]:
        return tuple(d for d in self.differences if not d.explained)


def _scanned(count: SubjectCount) -> tuple[Counts, int]:
    a, b, c, d = (count.votes[level] for level in LEVELS)
    return (a, b, c, d, count.invalid_rows), count.doubtful


def check_scan(db: Database, result: ScanResult) -> ScanCheck:
    """The scan against each teller's entry of the round it read, or against the round's
    recorded counts when nobody keyed (an imported round); no entry at all: nothing to check."""
    with db.session() as session:
        return _check(load_round(session, result.round_id), [_scanned(s) for s in result.subjects])


def check_entry(db: Database, round_id: int) -> ScanCheck | None:
    """The round's stored scan (services/scan/entry.py) checked the same way; None when the
    round has no scan."""
    with db.session() as session:
        round_ = load_round(session, round_id)
        entry = session.scalars(select(ScanEntry).where(ScanEntry.round_id == round_id)).first()
        if entry is None:
            return None
        scanned = []
        for subject in round_.subjects:
            a, b, c, d, invalid, doubtful = entry.counts[subject.code]
            scanned.append(((a, b, c, d, invalid), doubtful))
        return _check(round_, scanned)


def _check(round_: BallotRound, scanned: Sequence[tuple[Counts, int]]) -> ScanCheck:
    sheets = round_.entry_sheets
    if sheets:
        entries = tuple(sheet.teller_name for sheet in sheets)
        per_entry = [sheet_counts(sheet) for sheet in sheets]
        keyed = [tuple(counts[s.id] for counts in per_entry) for s in round_.subjects]
    elif any(any(counts_of(s)) for s in round_.subjects):
        entries = ("số đã ghi của vòng",)
        keyed = [(counts_of(s),) for s in round_.subjects]
    else:
        return ScanCheck((), ())
    differences = []
    for subject, counts, (mine, doubtful) in zip(round_.subjects, keyed, scanned, strict=True):
        if doubtful or any(entry != mine for entry in counts):
            differences.append(ScanDifference(subject_row(subject), counts, mine, doubtful))
    return ScanCheck(entries, tuple(differences))
