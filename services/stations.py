"""Stations: the computers keying one meeting, and who is at each, as the audit log names them.

The chair's laptop hosts the meeting (station None); another laptop joins as a teller station
under a name the chair knows ("Tổ 2"). Every event's actor names the role, the person when
there is one (the teller keying a sheet) and the station: "teller Nguyễn Văn A @ Tổ 2". The
chair's own laptop adds no station, so that a one-laptop meeting reads as before ("chair").
"""

from __future__ import annotations

HOST_LABEL = "máy chủ tọa"  # the chair's laptop, as a message names it


def station_label(station: str | None) -> str:
    """The station as a person reads it."""
    return station or HOST_LABEL


def actor_name(role: str, station: str | None = None, person: str = "") -> str:
    """The audited actor: role, person (if any) and station (unless the chair's laptop)."""
    name = f"{role} {person}".strip() if person else role
    return f"{name} @ {station}" if station else name


def from_station(actor: str, station: str | None) -> bool:
    """Whether an event's actor (`actor_name`) was at `station`."""
    return actor.endswith(f" @ {station}") if station else " @ " not in actor
