"""Small builders for rounds in the rules tests."""

from __future__ import annotations

from models.enums import LEVELS, BodyKind, Level, SubjectKind
from services.rules.types import Conditions, RoundInput, SubjectCounts


def subject(sid: str, x: int = 0, t: int = 0, n: int = 0, k: int = 0, invalid: int = 0,
            self_rating: Level | None = None, score: int | None = None,
            **conditions: bool | None) -> SubjectCounts:
    """A subject with x HTXSNV, t HTTNV, n HTNV and k KHTNV marks, its accepted score and
    recorded conditions."""
    return SubjectCounts(sid, dict(zip(LEVELS, (x, t, n, k), strict=True)), invalid,
                         self_rating, score, Conditions(**conditions))


def round_of(*subjects: SubjectCounts, convened: int = 10, present: int | None = None,
             issued: int | None = None, returned: int | None = None, invalid: int = 0,
             body_kind: BodyKind = BodyKind.dang_uy,
             kind: SubjectKind = SubjectKind.member) -> RoundInput:
    """A round where, unless told, everyone convened is present and hands back a ballot."""
    present = convened if present is None else present
    issued = present if issued is None else issued
    returned = issued if returned is None else returned
    return RoundInput("r", kind, issued, returned, invalid, tuple(subjects), convened, present,
                      body_kind)
