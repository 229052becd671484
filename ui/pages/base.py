"""The contract between the main window and the page of each agenda step."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from ui.context import MeetingContext


class StepPage(QWidget):
    """The page of one agenda step. Subclasses build their widgets in `__init__`, load the
    meeting's data in `refresh()` and write every edit to the database at once.

    Signals:
        go_to_step(int): the page asks the window to show another step (a link to it).
    """

    go_to_step = Signal(int)

    def __init__(self, context: MeetingContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context

    def refresh(self) -> None:
        """Reload what the page shows from the database (after another page changed data)."""

    def missing(self) -> list[str]:
        """What is still missing before the chair moves on, in Vietnamese (empty: complete)."""
        return []
