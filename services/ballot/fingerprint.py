"""A short fingerprint of a locked round's counts, printed in the footer of every locked document.

A printed sheet can then be matched to the database: recompute the fingerprint from the stored
counts (a later `verify --fingerprint`) and compare it with the one on paper. The fingerprint is a
hash of a canonical serialisation (sorted keys, subjects sorted by id, every level present, no
whitespace), so that the same counts always give the same text whatever order they were entered in.
Qt-free and reportlab-free on purpose.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from models.enums import LEVELS
from services.rules.types import RoundInput

FINGERPRINT_FORMAT = "hoinghi.fingerprint/1"
_HEX_DIGITS = 12


def canonical_counts(round_input: RoundInput) -> str:
    """The round's counts as canonical JSON: what the fingerprint is a hash of."""
    data: dict[str, Any] = {
        "format": FINGERPRINT_FORMAT,
        "round": round_input.round_id,
        "subject_kind": round_input.subject_kind.value,
        "electorate": [round_input.electorate_convened, round_input.electorate_present],
        "ballots": [round_input.ballots_issued, round_input.ballots_returned,
                    round_input.ballots_invalid],
        "invalid_reasons": {reason.value: count
                            for reason, count in round_input.invalid_reasons.items()},
        "subjects": [
            [subject.subject_id, [subject.votes_for(level) for level in LEVELS],
             subject.invalid_rows]
            for subject in sorted(round_input.subjects, key=lambda s: s.subject_id)
        ],
    }
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def round_fingerprint(round_input: RoundInput) -> str:
    """Twelve hex digits of SHA-256 over the canonical counts, grouped by four: "3F9A-C21B-0D4E"."""
    digest = hashlib.sha256(canonical_counts(round_input).encode("utf-8")).hexdigest()
    head = digest[:_HEX_DIGITS].upper()
    return "-".join(head[i:i + 4] for i in range(0, _HEX_DIGITS, 4))
