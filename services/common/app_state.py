"""Facts about the app itself kept in the database (`AppSetting`): the meeting last open, the
page last shown, the language. Not meeting data, so not audited."""

from __future__ import annotations

from sqlalchemy.orm import Session

from models.meeting import AppSetting

LAST_MEETING = "last_meeting_id"
LAST_PAGE = "last_page"
LANGUAGE = "language"


def get_setting(session: Session, key: str, default: str = "") -> str:
    row = session.get(AppSetting, key)
    return row.value if row is not None else default


def set_setting(session: Session, key: str, value: str) -> None:
    row = session.get(AppSetting, key)
    if row is None:
        session.add(AppSetting(key=key, value=value))
    else:
        row.value = value
