"""The meeting at a glance, in the window's status bar: the step, attendance, drafts and comments,
individual reviews, the rounds and their state, the documents produced
(services/proceedings/status.py)."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from services.meeting.agenda import LAST_STEP
from services.proceedings.status import MeetingStatus, meeting_status
from ui.main_controller import MainController

REFRESH_DELAY_MS = 150  # many edits in a row make one refresh


class MeetingStatusBar(QStatusBar):
    def __init__(self, controller: MainController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("meetingStatus")
        self.controller = controller
        self.label = QLabel()
        # The line is cut at the window's edge (its tooltip holds it whole) rather than setting
        # the window's least width: a few rounds made it wider than the laptop's screen.
        self.label.setMinimumWidth(1)
        self.addWidget(self.label, 1)
        self.setSizeGripEnabled(False)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(REFRESH_DELAY_MS)
        self.timer.timeout.connect(self.refresh)
        # Bound methods, not lambdas: Qt drops them with the bar (a new language rebuilds it).
        controller.view_changed.connect(self._view_changed)
        controller.events.changed.connect(self.data_changed)

    def _view_changed(self, _key: int) -> None:
        self.refresh()

    def data_changed(self, _what: str = "") -> None:
        """Any change (a page's signal, or any commit of the meeting's sessions): the counts
        follow it within `REFRESH_DELAY_MS`."""
        self.timer.start()

    def refresh(self) -> None:
        context = self.controller.context
        if context is None:
            self.label.clear()
            return
        with context.session() as s:
            status = meeting_status(s, context.meeting_id)
        text = self.describe(status)
        self.label.setText(text)
        self.label.setToolTip("\n\n".join([text] + [
            self.tr("Bước %1 còn thiếu khi chuyển bước:").replace("%1", str(step)) + "\n" + gaps
            for step, gaps in status.overridden]))

    def describe(self, status: MeetingStatus) -> str:
        parts = [
            self.tr("Hội nghị đã kết thúc") if status.finished else
            self.tr("Bước %1/%2").replace("%1", str(status.step)).replace("%2", str(LAST_STEP)),
            self.tr("Có mặt %1/%2").replace("%1", str(status.present))
            .replace("%2", str(status.electorate))
            + (self.tr(" (%1 chưa điểm danh)").replace("%1", str(status.unrecorded))
               if status.unrecorded else ""),
            self.tr("Dự thảo %1, ý kiến %2").replace("%1", str(status.drafts))
            .replace("%2", str(status.comments)),
            self.tr("Kiểm điểm cá nhân %1/%2").replace("%1", str(status.reviews_done))
            .replace("%2", str(status.reviews)),
        ]
        if status.rounds:
            parts.append(self.tr("Vòng: %1").replace("%1", "; ".join(
                (self.tr("%1 đã khóa") if r.locked else self.tr("%1 đang mở"))
                .replace("%1", r.title or r.code) for r in status.rounds)))
        else:
            parts.append(self.tr("Chưa có vòng biểu quyết"))
        parts.append(self.tr("Tài liệu đã xuất: %1").replace("%1", str(status.documents)))
        if status.overridden:
            parts.append(self.tr("Chuyển bước khi còn thiếu: bước %1").replace(
                "%1", ", ".join(str(step) for step, _gaps in status.overridden)))
        return " · ".join(parts)
