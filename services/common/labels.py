"""The one table of words for each of the domain's codes (models/enums.py), in Vietnamese.

The documents print these words; the window shows them through `ui/labels.label`, which
translates them at the moment of display. The texts are marked for Qt's lupdate with
`QT_TRANSLATE_NOOP` (here a plain function: services/ imports no Qt), so that they are
translated once, here, and nowhere else. Kept out of models/enums.py so that the enums stay free
of presentation.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from typing import Any

from models.enums import (
    AttendanceStatus,
    BodyKind,
    CommentKind,
    Handling,
    Level,
    MemberStatus,
    Period,
    SubjectKind,
)
from services.common.said import QT_TRANSLATE_NOOP, Said

CONTEXT = "Labels"


LEVEL_NAMES: dict[Level, str] = {
    Level.HTXSNV: QT_TRANSLATE_NOOP("Labels", "Hoàn thành xuất sắc nhiệm vụ"),
    Level.HTTNV: QT_TRANSLATE_NOOP("Labels", "Hoàn thành tốt nhiệm vụ"),
    Level.HTNV: QT_TRANSLATE_NOOP("Labels", "Hoàn thành nhiệm vụ"),
    Level.KHTNV: QT_TRANSLATE_NOOP("Labels", "Không hoàn thành nhiệm vụ"),
}
UNDECIDED = "Chưa đủ quá bán"

MEMBER_STATUS_NAMES: dict[MemberStatus, str] = {
    MemberStatus.official: QT_TRANSLATE_NOOP("Labels", "Chính thức"),
    MemberStatus.probationary: QT_TRANSLATE_NOOP("Labels", "Dự bị"),
    MemberStatus.exempt: QT_TRANSLATE_NOOP("Labels", "Miễn công tác và sinh hoạt đảng"),
    MemberStatus.suspended: QT_TRANSLATE_NOOP("Labels", "Đình chỉ sinh hoạt"),
}

ATTENDANCE_NAMES: dict[AttendanceStatus, str] = {
    AttendanceStatus.present: QT_TRANSLATE_NOOP("Labels", "Có mặt"),
    AttendanceStatus.absent_excused: QT_TRANSLATE_NOOP("Labels", "Vắng có lý do"),
    AttendanceStatus.absent: QT_TRANSLATE_NOOP("Labels", "Vắng không lý do"),
    AttendanceStatus.excluded: QT_TRANSLATE_NOOP("Labels", "Không tính vào số triệu tập"),
}
NOT_MARKED = QT_TRANSLATE_NOOP("Labels", "Chưa điểm danh")  # an attendance not recorded yet

BODY_KIND_NAMES: dict[BodyKind, str] = {
    BodyKind.chi_bo: QT_TRANSLATE_NOOP("Labels", "Chi bộ"),
    BodyKind.dang_uy: QT_TRANSLATE_NOOP("Labels", "Đảng ủy"),
}

PERIOD_NAMES: dict[Period, str] = {
    Period.year: QT_TRANSLATE_NOOP("Labels", "Cả năm"),
    Period.Q1: QT_TRANSLATE_NOOP("Labels", "Quý I"),
    Period.Q2: QT_TRANSLATE_NOOP("Labels", "Quý II"),
    Period.Q3: QT_TRANSLATE_NOOP("Labels", "Quý III"),
    Period.Q4: QT_TRANSLATE_NOOP("Labels", "Quý IV"),
}

COMMENT_KIND_NAMES: dict[CommentKind, str] = {
    CommentKind.agree: QT_TRANSLATE_NOOP("Labels", "Tán thành"),
    CommentKind.supplement: QT_TRANSLATE_NOOP("Labels", "Bổ sung"),
    CommentKind.amend: QT_TRANSLATE_NOOP("Labels", "Đề nghị sửa"),
    CommentKind.disagree: QT_TRANSLATE_NOOP("Labels", "Không tán thành"),
    CommentKind.question: QT_TRANSLATE_NOOP("Labels", "Câu hỏi"),
}

HANDLING_NAMES: dict[Handling, str] = {
    Handling.accepted: QT_TRANSLATE_NOOP("Labels", "Tiếp thu"),
    Handling.partly: QT_TRANSLATE_NOOP("Labels", "Tiếp thu một phần"),
    Handling.rejected: QT_TRANSLATE_NOOP("Labels", "Không tiếp thu"),
    Handling.noted: QT_TRANSLATE_NOOP("Labels", "Ghi nhận"),
}
UNHANDLED = QT_TRANSLATE_NOOP("Labels", "Chưa xử lý")  # a comment not handled yet

# What one subject of a round is called in a sentence: "13 đảng viên", "1 chi bộ".
SUBJECT_NOUNS: dict[SubjectKind, str] = {
    SubjectKind.member: Said(CONTEXT, QT_TRANSLATE_NOOP("Labels", "đảng viên")),
    SubjectKind.organisation: Said(CONTEXT, QT_TRANSLATE_NOOP("Labels", "chi bộ")),
}
# ... and in a title: "KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG ĐẢNG VIÊN".
SUBJECT_TITLES: dict[SubjectKind, str] = {
    SubjectKind.member: "đảng viên",
    SubjectKind.organisation: "tổ chức đảng",
}

# The conditions of QĐ 366 (rules.md, "Under QĐ 366"), in the regulation's words, shortened; keyed
# by the names of models/assessment.py.
CONDITION_WORDS: dict[str, str] = {
    "all_tasks_on_time": "Hoàn thành 100% nhiệm vụ, chỉ tiêu đúng tiến độ",
    "exceeded_30pct": "Có trên 30% nhiệm vụ hoàn thành vượt mức, có sản phẩm vượt trội",
    "shortcomings_remedied": "Hạn chế, khuyết điểm đã được chỉ ra đều được khắc phục",
    "failed_over_50pct": "Trên 50% nhiệm vụ, chỉ tiêu không hoàn thành",
    "disqualifying_violation": "Suy thoái; bị kỷ luật từ khiển trách trở lên liên quan chức "
                               "trách; vi phạm điều cấm hoặc trách nhiệm nêu gương",
    "self_reported_remedied": "Vi phạm đã tự giác báo cáo và khắc phục hậu quả",
}
CONDITION_VALUES: dict[bool | None, str] = {True: "Có", False: "Không", None: "Chưa ghi"}

# Every enum's words, for the window's `label()`.
_TABLES: tuple[Mapping[Any, str], ...] = (LEVEL_NAMES, MEMBER_STATUS_NAMES, ATTENDANCE_NAMES,
                                          BODY_KIND_NAMES, PERIOD_NAMES, COMMENT_KIND_NAMES,
                                          HANDLING_NAMES)
NAMES: dict[enum.Enum, str] = {code: text for table in _TABLES for code, text in table.items()}


def handling_name(handling: Handling | None) -> str:
    """A comment's handling in words; None is a comment not handled yet."""
    return UNHANDLED if handling is None else HANDLING_NAMES[handling]
