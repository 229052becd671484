"""The speaking clock keeps each speaker's time across turns."""

from __future__ import annotations

from services.review.speaking import SpeakingClock, mm_ss


class FakeClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_time_accumulates_per_speaker_and_counts_over_the_limit() -> None:
    fake = FakeClock()
    clock = SpeakingClock(limit_seconds=120, clock=fake)
    clock.start("Võ Văn An")
    fake.now += 90
    clock.start("Thái Thanh Yến")
    fake.now += 30
    assert (clock.elapsed("Võ Văn An"), clock.elapsed()) == (90, 30)
    clock.start("Võ Văn An")
    fake.now += 45
    assert clock.elapsed() == 135 and clock.remaining() == -15
    clock.stop()
    fake.now += 100
    assert clock.elapsed() == 135 and not clock.running
    clock.reset()
    assert clock.elapsed() == 0 and clock.elapsed("Thái Thanh Yến") == 30


def test_mm_ss() -> None:
    assert [mm_ss(s) for s in (0, 59.9, 245, 3600, -3)] == ["00:00", "00:59", "04:05", "60:00",
                                                            "00:00"]
