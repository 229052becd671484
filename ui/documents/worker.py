"""Work that must not freeze the window, run on a thread pool: writing a document (the Qt-free
`write_document`) and printing a PDF. Each job reports pages done and ends with `finished` or
`failed`; its signals are delivered on the GUI thread (queued), so widgets are touched there only.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, Signal

from services.common.errors import Refusal

Work = Callable[[Callable[[int], None]], None]
"""The job's body; it calls its argument with each page number as the page is done."""


class JobSignals(QObject):
    """progress(int): a page is done. finished(str): the path written (or printed from).
    failed(str): why not, in words for the chair. crashed(object): a bug, as
    `sys.exc_info()`, for the GUI thread to hand to the crash dialog."""

    progress = Signal(int)
    finished = Signal(str)
    failed = Signal(str)
    crashed = Signal(object)


class Job(QRunnable):
    """One piece of work producing `path`. A refusal (a round whose counts do not add up, a
    draft removed meanwhile) or a disk that refuses the file becomes `failed` with its message;
    anything else is a bug and becomes `crashed`, never lost in the pool."""

    def __init__(self, work: Work, path: Path) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the window keeps the job (and its signals) alive
        self.signals = JobSignals()
        self.work = work
        self.path = path

    def run(self) -> None:
        try:
            self.work(self.signals.progress.emit)
        except (Refusal, OSError) as exc:
            self.signals.failed.emit(str(exc))
        except Exception:  # noqa: BLE001 (a worker thread must report, not die silently)
            self.signals.crashed.emit(sys.exc_info())
        else:
            self.signals.finished.emit(str(self.path))
