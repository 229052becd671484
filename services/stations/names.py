"""Stations: the computers keying one meeting, and who is at each, as the audit log names them.

The chair's laptop hosts the meeting (station None); another laptop joins as a teller station
under a name the chair knows ("Tổ 2"). Every event's actor names the role, the person when
there is one (the teller keying a sheet) and the station: "teller Nguyễn Văn A @ Tổ 2". The
chair's own laptop adds no station, so that a one-laptop meeting reads as before ("chair").
"""

from __future__ import annotations

from urllib.parse import quote, unquote

from sqlalchemy import text

from models.database import Database

HOST_LABEL = "máy chủ tọa"  # the chair's laptop, as a message names it


def station_label(station: str | None) -> str:
    """The station as a sentence names it: máy “Tổ 2”, or máy chủ tọa."""
    return f"máy “{station}”" if station else HOST_LABEL


def actor_name(role: str, station: str | None = None, person: str = "") -> str:
    """The audited actor: role, person (if any) and station (unless the chair's laptop)."""
    name = f"{role} {person}".strip() if person else role
    return f"{name} @ {station}" if station else name


def station_of(actor: str) -> str | None:
    """The station an actor (`actor_name`) names; None: the chair's laptop."""
    return actor.rpartition(" @ ")[2] if " @ " in actor else None


def from_station(actor: str, station: str | None) -> bool:
    """Whether an event's actor (`actor_name`) was at `station`."""
    return actor.endswith(f" @ {station}") if station else " @ " not in actor


# How a window's connection names itself to a PostgreSQL server: the server keeps only ASCII
# there (at most 63 bytes), so the station's name goes percent-encoded.
APPLICATION = "hoinghi:"
HOST_APPLICATION = APPLICATION + "-"  # the chair's laptop


def application_name(station: str | None) -> str:
    return (APPLICATION + quote(station, safe=""))[:63] if station else HOST_APPLICATION


def connected_stations(db: Database) -> list[str]:
    """The windows connected to this PostgreSQL database now, by station (the chair's laptop
    as HOST_LABEL); none known on another engine."""
    if db.engine.dialect.name != "postgresql":
        return []
    with db.engine.connect() as connection:
        names = connection.execute(text(
            "SELECT DISTINCT application_name FROM pg_stat_activity "
            "WHERE datname = current_database() AND starts_with(application_name, :prefix)"),
            {"prefix": APPLICATION}).scalars()
        return sorted(HOST_LABEL if name == HOST_APPLICATION
                      else unquote(name[len(APPLICATION):], errors="replace") for name in names)
