"""Work that must not freeze the window, run on a thread pool: writing a document (the Qt-free
`write_document`) and printing a PDF. Each job reports pages done and ends with `finished` or
`failed`; its signals are delivered on the GUI thread (queued), so widgets are touched there only.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, Signal

from services.rules.types import RefusedError

logger = logging.getLogger(__name__)

Work = Callable[[Callable[[int], None]], None]
"""The job's body; it calls its argument with each page number as the page is done."""


class JobSignals(QObject):
    """progress(int): a page is done. finished(str): the path written (or printed from).
    failed(str): why not, in words for the chair."""

    progress = Signal(int)
    finished = Signal(str)
    failed = Signal(str)


class Job(QRunnable):
    """One piece of work producing `path`. Expected failures (a round whose counts do not add
    up, a disk that refuses the file, a draft removed meanwhile) become `failed` with their
    message; anything else is logged with its traceback and reported too, never lost in the
    pool."""

    def __init__(self, work: Work, path: Path) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the window keeps the job (and its signals) alive
        self.signals = JobSignals()
        self.work = work
        self.path = path

    def run(self) -> None:
        try:
            self.work(self.signals.progress.emit)
        except (RefusedError, OSError, LookupError, ValueError) as exc:
            self.signals.failed.emit(str(exc))
        except Exception as exc:  # noqa: BLE001 (a worker thread must report, not die silently)
            logger.exception("Document job failed")
            self.signals.failed.emit(f"{type(exc).__name__}: {exc}")
        else:
            self.signals.finished.emit(str(self.path))
