"""The declarative base every entity shares.

Enums are stored as their string codes (no native database enum) so that SQLite and PostgreSQL
hold the same values and a new code needs no type migration. Constraint names follow a fixed
convention so that Alembic migrations can name what they alter.
"""

from __future__ import annotations

import enum
from typing import Any, ClassVar

from sqlalchemy import JSON, Enum, MetaData
from sqlalchemy.orm import DeclarativeBase

from models.enums import (
    AttendanceStatus,
    BodyKind,
    Level,
    MemberStatus,
    Period,
    RoleKind,
    StepState,
    SubjectKind,
)

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def code_enum(enum_class: type[enum.Enum]) -> Enum:
    """A string column holding an enum's values (its codes), not its member names."""
    return Enum(
        enum_class,
        native_enum=False,
        create_constraint=False,
        length=32,
        values_callable=lambda e: [member.value for member in e],
    )


class Base(DeclarativeBase):
    """Base of all entities. `__audited__` rows are recorded in the hash-chained audit log."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    __audited__: ClassVar[bool] = True

    type_annotation_map: ClassVar[dict[Any, Any]] = {
        dict[str, Any]: JSON,
        Level: code_enum(Level),
        MemberStatus: code_enum(MemberStatus),
        Period: code_enum(Period),
        BodyKind: code_enum(BodyKind),
        AttendanceStatus: code_enum(AttendanceStatus),
        RoleKind: code_enum(RoleKind),
        StepState: code_enum(StepState),
        SubjectKind: code_enum(SubjectKind),
    }
