"""The page of a step that is not built yet: what it will hold, said plainly, and no data."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ui.agenda import entry
from ui.context import MeetingContext
from ui.pages.base import StepPage


class PlaceholderPage(StepPage):
    def __init__(self, context: MeetingContext, key: int, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        holds = QLabel(self.tr("Bước này sẽ gồm: {holds}").format(holds=entry(key).tr_holds()))
        holds.setWordWrap(True)
        not_built = QLabel(self.tr(
            "Trang này chưa được xây dựng trong phiên bản hiện tại của ứng dụng. Chủ trì có "
            "thể điều hành phần này như thường lệ rồi chuyển sang bước tiếp theo."))
        not_built.setObjectName("notBuilt")
        not_built.setWordWrap(True)
        not_built.setStyleSheet("QLabel#notBuilt { color: #1a1a1a; background: #f3f0e6;"
                                " border: 1px solid #c9bf9f; padding: 8px; }")
        layout.addWidget(holds)
        layout.addWidget(not_built)
        layout.addStretch(1)
        holds.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
