"""Double entry: the subjects whose counts differ between the tellers, and the agreed counts.

Only counts on which every sheet agrees (two sheets, or one when the meeting switched double
entry off) are written into `RoundSubject`, and only they go on to a result.
"""

from __future__ import annotations

from dataclasses import dataclass

from models.ballot import VOTE_COLUMN, BallotRound
from models.ballot_entry import EntryMode, EntrySheet
from models.database import Database
from models.enums import LEVELS
from services.ballot.reconciliation import reconciliation_of
from services.ballot.shared import ROUND_ACTION, Counts, load_round, require_open
from services.ballot.sheets import MAX_SHEETS, SubjectRow, sheet_counts, subject_row
from services.rules.types import Problem, RefusedError


@dataclass(frozen=True)
class Difference:
    """One subject whose counts differ: `counts[i]` is what sheet `i` holds; `ballots` the
    numbers of the paper ballots (their place in the pile as keyed) whose mark for the subject
    differs between the sheets, None when a sheet was keyed as totals (it knows no ballot)."""

    subject: SubjectRow
    counts: tuple[Counts, ...]
    ballots: tuple[int, ...] | None = None

    def differing_columns(self) -> tuple[int, ...]:
        return tuple(c for c in range(5) if len({counts[c] for counts in self.counts}) > 1)


@dataclass(frozen=True)
class Comparison:
    tellers: tuple[str, ...]
    problems: tuple[str, ...]  # why the sheets cannot be agreed yet, apart from differences
    differences: tuple[Difference, ...]

    @property
    def agreed(self) -> bool:
        return not self.problems and not self.differences


def sheets_problems(round_: BallotRound) -> list[str]:
    """What keeps the sheets from being compared: missing sheets, then the piles' own."""
    sheets = round_.entry_sheets
    needed = MAX_SHEETS[round_.double_entry]
    short = [f"cần {needed} bản nhập độc lập, mới có {len(sheets)}"]
    return (short if len(sheets) < needed else []) + pile_problems(round_)


def pile_problems(round_: BallotRound) -> list[str]:
    """What keeps the sheets keyed so far from being finished: unsaved ballots, rows that do
    not add up to the valid ballots (none: every pile begun is keyed whole)."""
    problems = []
    valid = reconciliation_of(round_).valid
    for sheet in round_.entry_sheets:
        if sheet.mode is EntryMode.per_ballot:
            counted = sum(1 for b in sheet.ballots if b.counts)
            pending = sum(1 for b in sheet.ballots if not b.complete and not b.voided)
            if pending:
                problems.append(f"{sheet.teller_name}: còn {pending} phiếu đang nhập dở")
            if counted != valid:
                problems.append(f"{sheet.teller_name}: đã nhập {counted} phiếu, số phiếu hợp lệ "
                                f"là {valid}")
        else:
            wrong = [s for s, c in zip(round_.subjects, sheet_counts(sheet).values(),
                                       strict=True) if sum(c) != valid]
            if wrong:
                problems.append(f"{sheet.teller_name}: {len(wrong)} dòng có tổng khác {valid} "
                                "phiếu hợp lệ")
    return problems


def differing_ballots(sheets: list[EntrySheet], row: int) -> tuple[int, ...] | None:
    """The numbers of the ballots whose mark on `row` differs between the sheets (a ballot one
    sheet counts and another does not differs too); None when a sheet holds totals only."""
    if any(sheet.mode is not EntryMode.per_ballot for sheet in sheets):
        return None
    marks = [{b.number: b.marks[row] for b in sheet.ballots if b.counts} for sheet in sheets]
    numbers = sorted(set().union(*marks))
    return tuple(n for n in numbers if len({m.get(n) for m in marks}) > 1)


def comparison_of(round_: BallotRound) -> Comparison:
    """The differences, once every sheet needed is there and none has a ballot half keyed: a
    teller still keying never sees the other teller's figures."""
    sheets = round_.entry_sheets
    finished = len(sheets) >= MAX_SHEETS[round_.double_entry] and not any(
        not b.complete and not b.voided for sheet in sheets for b in sheet.ballots)
    differences = []
    if finished and len(sheets) > 1:
        per_sheet = [sheet_counts(sheet) for sheet in sheets]
        for row, subject in enumerate(round_.subjects):
            counts = tuple(counts[subject.id] for counts in per_sheet)
            if len(set(counts)) > 1:
                differences.append(Difference(subject_row(subject), counts,
                                              differing_ballots(sheets, row)))
    return Comparison(tuple(s.teller_name for s in sheets), tuple(sheets_problems(round_)),
                      tuple(differences))


def compare_sheets(db: Database, round_id: int) -> Comparison:
    with db.session() as session:
        return comparison_of(load_round(session, round_id))


def agree(db: Database, round_id: int, actor: str = "tellers") -> None:
    """Write the agreed counts into the round; refused while the sheets differ or fall short."""
    with db.session(actor) as session, session.begin():
        round_ = load_round(session, round_id)
        require_open(round_)
        comparison = comparison_of(round_)
        if not comparison.agreed:
            problems = [Problem(round_.code, p, code=ROUND_ACTION) for p in comparison.problems]
            problems += [Problem(f"{round_.code} / {d.subject.code}",
                                 "hai bản nhập khác nhau (the entries differ)", d.subject.name,
                                 ROUND_ACTION)
                         for d in comparison.differences]
            raise RefusedError(problems)
        agreed = sheet_counts(round_.entry_sheets[0])
        for subject in round_.subjects:
            counts = agreed[subject.id]
            for index, level in enumerate(LEVELS):
                setattr(subject, VOTE_COLUMN[level], counts[index])
            subject.invalid_rows = counts[4]
