"""The chair's agenda: the set-up page and the nine steps, and which page shows each.

To plug in a page, add its step to `STEP_PAGES` as "module:Class" (a `StepPage` subclass taking
a `MeetingContext`). Page modules are imported only when their step is first shown, which keeps
start-up fast. A step without a page, or whose module has not landed yet, shows an honest
placeholder that says what the step will hold.
"""

from __future__ import annotations

import importlib
import importlib.util
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ui.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:  # the agenda is painted before the pages (and the database) are imported
    from ui.pages.base import StepPage

CONTEXT = "Agenda"
SETUP = 0  # the set-up page's key: before step 1, not a step of the meeting itself

STEP_PAGES: dict[int, str] = {
    SETUP: "ui.pages.setup:SetupPage",
    1: "ui.pages.opening:OpeningPage",
    2: "ui.pages.attendance:AttendancePage",
    3: "ui.pages.approvals:ApprovalsPage",
    4: "ui.pages.collective_review:CollectiveReviewPage",
    5: "ui.pages.individual_reviews:IndividualReviewsPage",
    6: "ui.ballot.page:MembersBallotPage",
    7: "ui.ballot.page:CellsBallotPage",
    8: "ui.pages.announcement:AnnouncementPage",
    9: "ui.pages.closing:ClosingPage",
}


@dataclass(frozen=True)
class AgendaEntry:
    key: int
    title: str
    holds: str

    def tr_title(self) -> str:
        return QCoreApplication.translate(CONTEXT, self.title)

    def tr_holds(self) -> str:
        return QCoreApplication.translate(CONTEXT, self.holds)


ENTRIES: tuple[AgendaEntry, ...] = (
    AgendaEntry(SETUP, QT_TRANSLATE_NOOP("Agenda", "Chuẩn bị hội nghị"), QT_TRANSLATE_NOOP(
        "Agenda", "Tổ chức đảng, nơi họp, năm đánh giá, ngày, địa điểm và danh sách đảng viên.")),
    AgendaEntry(1, QT_TRANSLATE_NOOP("Agenda", "Khai mạc"), QT_TRANSLATE_NOOP(
        "Agenda", "Tuyên bố lý do, mục đích hội nghị; giới thiệu đại biểu cấp trên dự.")),
    AgendaEntry(2, QT_TRANSLATE_NOOP("Agenda", "Điểm danh"), QT_TRANSLATE_NOOP(
        "Agenda", "Đảng viên chính thức, dự bị, loại trừ (có lý do), vắng mặt; số được triệu "
        "tập và số có mặt có quyền biểu quyết.")),
    AgendaEntry(3, QT_TRANSLATE_NOOP("Agenda", "Chủ trì, thư ký, Ban kiểm phiếu"),
                QT_TRANSLATE_NOOP(
        "Agenda", "Biểu quyết bằng giơ tay thông qua chủ trì, thư ký và Ban kiểm phiếu "
        "(thường 3 đảng viên chính thức, một người làm Trưởng ban).")),
    AgendaEntry(4, QT_TRANSLATE_NOOP("Agenda", "Kiểm điểm tập thể"), QT_TRANSLATE_NOOP(
        "Agenda", "Đọc dự thảo báo cáo kiểm điểm; góp ý theo từng đoạn; tự chấm điểm và mức "
        "đề xuất.")),
    AgendaEntry(5, QT_TRANSLATE_NOOP("Agenda", "Kiểm điểm cá nhân"), QT_TRANSLATE_NOOP(
        "Agenda", "Từng người đọc bản tự kiểm điểm với tự chấm điểm, tự xếp loại; hội nghị "
        "góp ý.")),
    AgendaEntry(6, QT_TRANSLATE_NOOP("Agenda", "Bỏ phiếu đánh giá đảng viên"),
                QT_TRANSLATE_NOOP(
        "Agenda", "Phát phiếu, thu phiếu, kiểm phiếu phát ra / thu vào / không hợp lệ, tổng "
        "hợp từng dòng, ký biên bản kiểm phiếu.")),
    AgendaEntry(7, QT_TRANSLATE_NOOP("Agenda", "Biểu quyết mức của tập thể"), QT_TRANSLATE_NOOP(
        "Agenda", "Biểu quyết mức xếp loại của chi bộ (hoặc của các chi bộ trực thuộc, ở hội "
        "nghị đảng ủy).")),
    AgendaEntry(8, QT_TRANSLATE_NOOP("Agenda", "Công bố kết quả"), QT_TRANSLATE_NOOP(
        "Agenda", "Công bố kết quả; kiểm tra tỷ lệ Hoàn thành xuất sắc nhiệm vụ; chủ trì ghi "
        "quyết định với trường hợp bằng phiếu hoặc vượt tỷ lệ.")),
    AgendaEntry(9, QT_TRANSLATE_NOOP("Agenda", "Kết luận, bế mạc"), QT_TRANSLATE_NOOP(
        "Agenda", "Kết luận; đọc và thông qua biên bản hội nghị; bế mạc.")),
)


def entry(key: int) -> AgendaEntry:
    return ENTRIES[key]


def page_class(key: int) -> type[StepPage] | None:
    """The page class registered for `key`, or None (not registered, or not landed yet)."""
    target = STEP_PAGES.get(key)
    if target is None:
        return None
    module_name, class_name = target.split(":")
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        if exc.name != module_name:  # the page exists but something it imports is missing
            raise
        return None
    page: type[StepPage] = getattr(module, class_name)
    return page


def is_built(key: int) -> bool:
    """Whether step `key` has a real page (checked without importing it)."""
    target = STEP_PAGES.get(key)
    return target is not None and importlib.util.find_spec(target.split(":")[0]) is not None
