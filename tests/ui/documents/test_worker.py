"""A document job: a refusal or a full disk comes back as a message for the chair; a bug comes
back as the exception itself, for the crash dialog (never dressed up as a message)."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from services.common.errors import Refusal
from ui.documents.worker import Job


def job_raising(error: Exception, path: Path) -> Job:
    def work(_report: object) -> None:
        raise error

    return Job(work, path)


def test_a_refusal_is_reported_as_its_message(qtbot: QtBot, tmp_path: Path) -> None:
    job = job_raising(Refusal("Dự thảo này không còn trong hội nghị."), tmp_path / "x.pdf")
    crashed: list[object] = []
    job.signals.crashed.connect(crashed.append)
    with qtbot.waitSignal(job.signals.failed) as failed:
        job.run()
    assert failed.args == ["Dự thảo này không còn trong hội nghị."] and crashed == []


def test_a_bug_is_handed_on_whole_not_shown_as_a_message(qtbot: QtBot, tmp_path: Path) -> None:
    job = job_raising(KeyError("m37"), tmp_path / "x.pdf")
    failed: list[str] = []
    job.signals.failed.connect(failed.append)
    with qtbot.waitSignal(job.signals.crashed) as crashed:
        job.run()
    exc_type, exc, traceback = crashed.args[0]
    assert exc_type is KeyError and exc.args == ("m37",) and traceback is not None
    assert failed == []
