"""The speaking clock: how long each speaker has spoken, against the meeting's limit. Qt-free;
the timer widget (ui/widgets/speaking_timer.py) drives it with a clock it is given."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

WARN_SHARE = 0.8  # amber in the last fifth of the time

@dataclass
class SpeakingClock:
    """Time per speaker, accumulated across turns; one speaker runs at a time."""

    limit_seconds: int
    clock: Callable[[], float] = time.monotonic
    spent: dict[str, float] = field(default_factory=dict)
    speaker: str = ""
    _started: float | None = None

    @property
    def running(self) -> bool:
        return self._started is not None

    def start(self, speaker: str | None = None) -> None:
        """Start (or resume) the clock for `speaker` (default: the current one)."""
        if speaker is not None and speaker != self.speaker:
            self.stop()
            self.speaker = speaker
        if self.speaker and self._started is None:
            self._started = self.clock()

    def stop(self) -> None:
        if self._started is not None:
            self.spent[self.speaker] = self.elapsed()
            self._started = None

    def reset(self) -> None:
        """Start the current speaker's time again from zero."""
        running = self.running
        self._started = None
        self.spent.pop(self.speaker, None)
        if running:
            self.start()

    def elapsed(self, speaker: str | None = None) -> float:
        speaker = self.speaker if speaker is None else speaker
        total = self.spent.get(speaker, 0.0)
        if speaker == self.speaker and self._started is not None:
            total += self.clock() - self._started
        return total

    def state(self) -> str:
        """"idle" (nobody), "ok", "warn" (last fifth of the time) or "over" the limit."""
        if not self.speaker:
            return "idle"
        elapsed = self.elapsed()
        if elapsed > self.limit_seconds:
            return "over"
        return "warn" if elapsed >= WARN_SHARE * self.limit_seconds else "ok"

    def remaining(self) -> float:
        """Seconds left for the current speaker (negative: over the limit)."""
        return self.limit_seconds - self.elapsed()


def mm_ss(seconds: float) -> str:
    """"04:05" for 245 seconds; whole seconds, rounded down."""
    whole = int(max(seconds, 0))
    return f"{whole // 60:02d}:{whole % 60:02d}"
