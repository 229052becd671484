"""The speaking timer follows the speaker and turns red past the limit."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from ui.widgets.speaking_timer import SpeakingTimer


class FakeClock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_timer_warns_then_signals_the_overrun_once(qtbot: QtBot) -> None:
    clock = FakeClock()
    timer = SpeakingTimer(120, clock=clock)
    qtbot.addWidget(timer)
    assert timer.state() == "idle" and not timer.toggle.isEnabled()
    timer.follow("Võ Văn An")
    clock.now = 100
    timer.update_display()
    assert timer.state() == "warn" and timer.time.text() == "01:40 / 02:00"
    clock.now = 130
    with qtbot.waitSignal(timer.overrun) as overrun:
        timer.update_display()
    assert overrun.args == ["Võ Văn An"]
    assert timer.state() == "over" and "quá 00:10" in timer.time.text()
    with qtbot.assertNotEmitted(timer.overrun):
        timer.update_display()
    timer.toggle.click()  # pause
    clock.now = 500
    timer.update_display()
    assert timer.time.text().startswith("02:10")
    timer.follow("Thái Thanh Yến")
    assert timer.speaker.text() == "Thái Thanh Yến" and timer.state() == "ok"
