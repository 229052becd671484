"""The speaking timer the chair watches: who speaks, for how long, against the meeting's limit.
Amber in the last fifth of the time, red once over it. Other pages (the room screen) can show
one too; it only needs a name to follow and a limit.

Signals:
    overrun(str): the speaker named just went over the limit (once per speaker and turn).
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from services.review.speaking import SpeakingClock, mm_ss

STYLES = {
    "idle": "color: #444;",
    "ok": "color: #1b5e20;",
    "warn": "color: #e65100;",
    "over": "color: #ffffff; background: #c62828; border-radius: 4px;",
}


class SpeakingTimer(QFrame):
    overrun = Signal(str)

    def __init__(self, limit_seconds: int, clock: Callable[[], float] = time.monotonic,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.clock = SpeakingClock(limit_seconds, clock)
        self._warned: set[str] = set()
        self.speaker = QLabel(self.tr("Chưa có người phát biểu"), self)
        self.speaker.setWordWrap(True)
        self.time = QLabel(self)
        self.time.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.time.font()
        font.setPointSize(font.pointSize() * 2)
        font.setBold(True)
        self.time.setFont(font)
        self.toggle = QPushButton(self.tr("Bắt đầu"), self)
        self.reset_button = QPushButton(self.tr("Tính lại"), self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.toggle)
        buttons.addWidget(self.reset_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self.speaker)
        layout.addWidget(self.time)
        layout.addLayout(buttons)
        self.toggle.clicked.connect(self.toggle_running)
        self.reset_button.clicked.connect(self.reset)
        self.ticker = QTimer(self)
        self.ticker.setInterval(250)
        self.ticker.timeout.connect(self.update_display)
        self.update_display()

    def set_limit(self, seconds: int) -> None:
        self.clock.limit_seconds = seconds
        self.update_display()

    def follow(self, speaker: str) -> None:
        """Switch the clock to `speaker` and run it (their earlier time counts on)."""
        if speaker != self.clock.speaker:
            self._warned.discard(speaker)
        self.clock.start(speaker)
        self.ticker.start()
        self.update_display()

    def toggle_running(self) -> None:
        if self.clock.running:
            self.clock.stop()
            self.ticker.stop()
        else:
            self.clock.start()
            self.ticker.start()
        self.update_display()

    def reset(self) -> None:
        self._warned.discard(self.clock.speaker)
        self.clock.reset()
        self.update_display()

    def state(self) -> str:
        return self.clock.state()

    def update_display(self) -> None:
        limit = mm_ss(self.clock.limit_seconds)
        state = self.state()
        if self.clock.speaker:
            self.speaker.setText(self.clock.speaker)
        elapsed = self.clock.elapsed()
        text = f"{mm_ss(elapsed)} / {limit}"
        if state == "over":
            over = mm_ss(elapsed - self.clock.limit_seconds)
            text += "  " + self.tr("quá %1").replace("%1", over)
            if self.clock.speaker not in self._warned:
                self._warned.add(self.clock.speaker)
                self.overrun.emit(self.clock.speaker)
        self.time.setText(text)
        self.time.setStyleSheet(STYLES[state])
        self.toggle.setText(self.tr("Tạm dừng") if self.clock.running else self.tr("Bắt đầu"))
        self.toggle.setEnabled(bool(self.clock.speaker))
        self.reset_button.setEnabled(bool(self.clock.speaker))
