"""The Vietnamese words the window shows for the domain's codes (models/enums.py), translatable.

The dictionaries hold the source texts marked with QT_TRANSLATE_NOOP so that lupdate finds them;
`label()` translates at the moment of display, in the language then installed.
"""

from __future__ import annotations

import enum

from PySide6.QtCore import QCoreApplication

from models.enums import AttendanceStatus, BodyKind, Level, MemberStatus
from ui.i18n import QT_TRANSLATE_NOOP

CONTEXT = "Labels"

_TEXTS: dict[enum.Enum, str] = {
    MemberStatus.official: QT_TRANSLATE_NOOP("Labels", "Chính thức"),
    MemberStatus.probationary: QT_TRANSLATE_NOOP("Labels", "Dự bị"),
    MemberStatus.exempt: QT_TRANSLATE_NOOP("Labels", "Miễn sinh hoạt"),
    MemberStatus.suspended: QT_TRANSLATE_NOOP("Labels", "Đình chỉ sinh hoạt"),
    BodyKind.chi_bo: QT_TRANSLATE_NOOP("Labels", "Chi bộ"),
    BodyKind.dang_uy: QT_TRANSLATE_NOOP("Labels", "Đảng ủy"),
    AttendanceStatus.present: QT_TRANSLATE_NOOP("Labels", "Có mặt"),
    AttendanceStatus.absent_excused: QT_TRANSLATE_NOOP("Labels", "Vắng có lý do"),
    AttendanceStatus.absent: QT_TRANSLATE_NOOP("Labels", "Vắng không lý do"),
    AttendanceStatus.excluded: QT_TRANSLATE_NOOP("Labels", "Loại trừ (không triệu tập)"),
    Level.HTXSNV: QT_TRANSLATE_NOOP("Labels", "Hoàn thành xuất sắc nhiệm vụ"),
    Level.HTTNV: QT_TRANSLATE_NOOP("Labels", "Hoàn thành tốt nhiệm vụ"),
    Level.HTNV: QT_TRANSLATE_NOOP("Labels", "Hoàn thành nhiệm vụ"),
    Level.KHTNV: QT_TRANSLATE_NOOP("Labels", "Không hoàn thành nhiệm vụ"),
}
NOT_MARKED = QT_TRANSLATE_NOOP("Labels", "Chưa điểm danh")


def label(value: enum.Enum | None) -> str:
    """The translated word for a code; None is an attendance not yet marked."""
    text = NOT_MARKED if value is None else _TEXTS[value]
    return QCoreApplication.translate(CONTEXT, text)
