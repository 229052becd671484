"""Small input fields the review pages share: a score that may be blank, a level chooser."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QSpinBox, QWidget

from models.enums import LEVELS, Level
from ui.labels import label

BLANK = "—"
# What a combo box item holds for "nothing chosen" (an empty value, never None: see
# ui/none_guard.py).
NO_CHOICE = ""


class ScoreBox(QSpinBox):
    """A score from 0 to `maximum`, or blank (shown "—", read as None)."""

    def __init__(self, maximum: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(-1, maximum)
        self.setSpecialValueText(BLANK)
        self.setValue(-1)
        self.setSuffix(f" / {maximum}")
        self.setMinimumWidth(90)

    def score(self) -> int | None:
        return None if self.value() < 0 else self.value()

    def set_score(self, value: int | None) -> None:
        self.setValue(-1 if value is None else value)


class LevelBox(QComboBox):
    """One of the four levels, or none yet."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.addItem(BLANK, NO_CHOICE)
        for level in LEVELS:
            self.addItem(label(level), level)

    def level(self) -> Level | None:
        data = self.currentData()
        return Level(data) if data else None

    def set_level(self, level: Level | None) -> None:
        self.setCurrentIndex(0 if level is None else self.findData(level))
