"""Reconciliation of the ballots (issued, returned, invalid with reasons) against the voters.

The checks are rules.md's ("Ballot arithmetic that is refused"), each reported against the field
the tellers must correct, so the form can show it beside that field. A refused reconciliation
is not saved; a warning (returned < issued) is saved and goes into the tellers' report.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy.orm import Session

from models.ballot import BallotRound
from services.ballot.shared import FieldMessage, load_round, require_open
from services.rules.types import InvalidBallotReason

ISSUED = "issued"
RETURNED = "returned"
INVALID = "invalid"  # the total of the reasons, shown beside the reasons' sum
FIELDS = (ISSUED, RETURNED, *(reason.value for reason in InvalidBallotReason))


@dataclass(frozen=True)
class Reconciliation:
    issued: int
    returned: int
    invalid_reasons: Mapping[InvalidBallotReason, int]

    @property
    def invalid(self) -> int:
        return sum(self.invalid_reasons.values())

    @property
    def valid(self) -> int:
        return self.returned - self.invalid


def reconciliation_of(round_: BallotRound) -> Reconciliation:
    reasons = {reason: int(round_.invalid_reasons.get(reason.value, 0))
               for reason in InvalidBallotReason}
    if sum(reasons.values()) != round_.invalid:  # an imported total without reasons
        reasons[InvalidBallotReason.unreadable] += round_.invalid - sum(reasons.values())
    return Reconciliation(round_.issued, round_.returned, reasons)


def parse_reconciliation(texts: Mapping[str, str]) -> tuple[Reconciliation | None,
                                                             list[FieldMessage]]:
    """The form's texts as numbers; a blank field is 0. Anything not a whole number >= 0 is
    refused beside its field."""
    values: dict[str, int] = {}
    messages = []
    for field in FIELDS:
        text = texts.get(field, "").strip().replace(".", "")
        if not text:
            values[field] = 0
        elif text.isdigit():
            values[field] = int(text)
        elif text.lstrip("-").isdigit():
            messages.append(FieldMessage(field, "Không được là số âm"))
        else:
            messages.append(FieldMessage(field, f"«{text}» không phải số nguyên"))
    if messages:
        return None, messages
    reasons = {reason: values[reason.value] for reason in InvalidBallotReason}
    return Reconciliation(values[ISSUED], values[RETURNED], reasons), []


def check_reconciliation(rec: Reconciliation, voters: int) -> list[FieldMessage]:
    """Refusals and warnings, each against its field (voters: the voters present by the roll
    call, as the round holds them)."""
    messages = []
    if rec.issued > voters:
        messages.append(FieldMessage(ISSUED, f"Phát ra {rec.issued} phiếu, nhiều hơn "
                                     f"{voters} người có quyền biểu quyết có mặt theo điểm "
                                     "danh"))
    if rec.returned > rec.issued:
        messages.append(FieldMessage(RETURNED, f"Thu vào {rec.returned} phiếu, nhiều hơn "
                                     f"{rec.issued} phiếu phát ra"))
    elif rec.returned < rec.issued:
        missing = rec.issued - rec.returned
        messages.append(FieldMessage(RETURNED, f"Thu vào ít hơn phát ra: {missing} phiếu không "
                                     "thu lại (ghi vào biên bản kiểm phiếu)", refused=False))
    if rec.invalid > rec.returned:
        messages.append(FieldMessage(INVALID, f"{rec.invalid} phiếu không hợp lệ, nhiều hơn "
                                     f"{rec.returned} phiếu thu vào"))
    return messages


def save_reconciliation(session: Session, round_id: int,
                        texts: Mapping[str, str]) -> list[FieldMessage]:
    """Check the form and save it unless refused, in the caller's session (the page's, so that
    it can be undone); returns every message (refusals, warnings)."""
    round_ = load_round(session, round_id)
    require_open(round_)
    rec, messages = parse_reconciliation(texts)
    if rec is None:
        return messages
    messages = check_reconciliation(rec, round_.electorate_present)
    if any(message.refused for message in messages):
        return messages
    round_.issued = rec.issued
    round_.returned = rec.returned
    round_.invalid = rec.invalid
    round_.invalid_reasons = {reason.value: count
                              for reason, count in rec.invalid_reasons.items() if count}
    return messages
