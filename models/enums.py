"""The closed vocabularies of the domain, named as in the glossary (shared/domain/glossary.md).

The values are the codes used in meeting files and the database; the Vietnamese labels are the
UI's business (ui/labels.py) so that this module stays free of presentation.
"""

from __future__ import annotations

import enum


class Level(enum.StrEnum):
    """The four quality levels, best first (rules.md, "The four levels")."""

    HTXSNV = "HTXSNV"
    HTTNV = "HTTNV"
    HTNV = "HTNV"
    KHTNV = "KHTNV"

    @property
    def rank(self) -> int:
        """0 for the best level, 3 for the worst."""
        return LEVELS.index(self)


LEVELS: tuple[Level, ...] = (Level.HTXSNV, Level.HTTNV, Level.HTNV, Level.KHTNV)


class Period(enum.StrEnum):
    """What a meeting reviews: the whole review year, or one quarter of it (QĐ 366 allows
    quarterly evaluation)."""

    year = "year"
    Q1 = "Q1"
    Q2 = "Q2"
    Q3 = "Q3"
    Q4 = "Q4"


class MemberStatus(enum.StrEnum):
    official = "official"
    probationary = "probationary"
    exempt = "exempt"
    suspended = "suspended"


class BodyKind(enum.StrEnum):
    """Where the meeting is held: a cell proposes, a committee decides."""

    chi_bo = "chi_bo"
    dang_uy = "dang_uy"


class AttendanceStatus(enum.StrEnum):
    present = "present"
    absent_excused = "absent_excused"
    absent = "absent"
    excluded = "excluded"


class RoleKind(enum.StrEnum):
    chair = "chair"
    secretary = "secretary"
    teller = "teller"


class StepState(enum.StrEnum):
    pending = "pending"
    current = "current"
    done = "done"


class SubjectKind(enum.StrEnum):
    member = "member"
    organisation = "organisation"


class DraftKind(enum.StrEnum):
    """Whose document a draft is: the collective's report or one member's self-review."""

    collective = "collective"
    individual = "individual"


class CommentKind(enum.StrEnum):
    """Ý kiến góp ý: tán thành, bổ sung, đề nghị sửa, không tán thành, câu hỏi."""

    agree = "agree"
    supplement = "supplement"
    amend = "amend"
    disagree = "disagree"
    question = "question"


class Handling(enum.StrEnum):
    """How a comment was handled: tiếp thu, tiếp thu một phần, không tiếp thu, ghi nhận."""

    accepted = "accepted"
    partly = "partly"
    rejected = "rejected"
    noted = "noted"
