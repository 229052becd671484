"""Each teller's entry log: what was keyed on a sheet, the corrections, and when, to be printed
and filed with the tellers' report (services/documents/entry_log.py).

Written in the same transaction as the change it records (services/ballot/sheets.py). Saved
ballots are kept as runs (ballots 1–25, 16:02–16:09), not a time per ballot, and no row holds a
mark: the log says how the keying went, never what a ballot said (rules.md, "Secrecy"; a ballot's
number is its place in the shuffled pile, which says nothing about who voted).
"""

from __future__ import annotations

import datetime as dt

from models.ballot_entry import EntryLog, EntryLogAction, EntrySheet

TOTALS = "totals"  # `detail` of a totals sheet's rows: `first`/`last` are subjects' TT


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def record(sheet: EntrySheet, action: EntryLogAction, actor: str, number: int | None = None,
           detail: str = "") -> None:
    """Add what `actor` just did to `sheet`'s log: a save extends the run it continues (the
    same actor, the next ballot; in totals any subject), a repeated correction of the same
    ballot or subject only moves its end time."""
    now = _now()
    last = sheet.log[-1] if sheet.log else None
    if last is not None and last.action is action and last.actor == actor and number is not None:
        totals = detail == TOTALS
        if action is EntryLogAction.saved and (totals or last.last == number - 1):
            last.first = min(last.first or number, number)
            last.last = max(last.last or number, number)
            last.count += 1
            last.until = now
            return
        if action is EntryLogAction.corrected and last.first == number:
            last.until = now
            return
    sheet.log.append(EntryLog(action=action, at=now, until=now, actor=actor, first=number,
                              last=number, count=1 if number is not None else 0, detail=detail))
