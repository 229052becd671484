"""Step 8, the announcement (*công bố kết quả*): for each round, once locked, the results to read
out (count and share per level, names), the quota check with its arithmetic and the chair's
decisions on tied or over-quota subjects; a round not locked yet shows no figures, only what it
lacks, with a way to its ballot page (steps 6 and 7), where the decisions are recorded."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from models.enums import SubjectKind
from services.proceedings.announcement import RoundAnnouncement, announcement_gaps, announcements
from ui.context import MeetingContext
from ui.labels import said
from ui.pages.base import StepPage

BALLOT_STEP = {SubjectKind.member: 6, SubjectKind.organisation: 7}
WARNING = "#8a1c12"


class AnnouncementPage(StepPage):
    def __init__(self, context: MeetingContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.view = QTextBrowser(self)
        font = self.view.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.view.setFont(font)
        links = QHBoxLayout()
        links.addStretch(1)
        for kind, step in BALLOT_STEP.items():
            text = (self.tr("Trang bỏ phiếu đảng viên (bước %1)") if kind is SubjectKind.member
                    else self.tr("Trang biểu quyết tập thể (bước %1)")).replace("%1", str(step))
            button = QPushButton(text, self)
            button.clicked.connect(lambda _checked=False, n=step: self.go_to_step.emit(n))
            links.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addLayout(links)
        self.refresh()

    def refresh(self) -> None:
        with self.context.session() as s:
            items = announcements(s, self.context.meeting_id)
        if not items:
            html = "<p>" + escape(self.tr(
                "Chưa có vòng biểu quyết nào. Các vòng được mở ở bước 6 và 7.")) + "</p>"
        else:
            html = "".join(self._round_html(item) for item in items)
        bar = self.view.verticalScrollBar()
        position = bar.value()
        self.view.setHtml(html)
        bar.setValue(position)

    def _round_html(self, item: RoundAnnouncement) -> str:
        state = (self.tr("đã khóa (Ban kiểm phiếu đã ký biên bản)") if item.locked
                 else self.tr("chưa khóa"))
        title = (self.tr("%1, bản %2: %3").replace("%1", item.title)
                 .replace("%2", str(item.revision)).replace("%3", state))
        parts = [f"<h3>{escape(title)}</h3>"]
        if not item.locked:
            parts.append(self._warning(self.tr(
                "Kết quả chỉ được công bố sau khi Ban kiểm phiếu kiểm phiếu xong và ký biên bản "
                "(khóa vòng) ở trang bỏ phiếu.")))
        elif item.reported is None:
            parts.append(self._warning(self.tr("Số phiếu chưa khớp: chưa tính được kết quả.")))
        else:
            for line in item.level_lines:
                parts.append(f"<p><b>{escape(said(line.sentence))}</b>"
                             + (f"<br>{escape(', '.join(line.names))}" if line.names else "")
                             + "</p>")
            if item.quota_lines:  # none for a cell's rating of itself
                heading = self.tr("Kiểm tra tỷ lệ")  # (outside the f-string: lupdate finds it)
                parts.append(f"<p><b>{escape(heading)}</b></p>")
                parts += [f"<p>{escape(said(line))}</p>" for line in item.quota_lines]
            if item.awaiting:
                parts.append(self._warning(self.tr("Chủ trì chưa quyết định với: %1 (ghi quyết "
                                                   "định ở trang bỏ phiếu).").replace(
                    "%1", ", ".join(item.awaiting))))
            if item.referred:
                parts.append(self._warning(self.tr(
                    "Hội nghị chi bộ chỉ đề nghị: cấp ủy cấp trên quyết định đối với %1 (bằng "
                    "phiếu hoặc vượt tỷ lệ); chủ trì hội nghị chi bộ không quyết định thay.")
                    .replace("%1", ", ".join(item.referred))))
        return "".join(parts)

    @staticmethod
    def _warning(text: str) -> str:
        return f'<p style="color: {WARNING}"><b>{escape(text)}</b></p>'

    def missing(self) -> list[str]:
        with self.context.session() as s:
            return [said(gap) for gap in announcement_gaps(s, self.context.meeting_id)]
