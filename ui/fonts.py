"""A font that shows every Vietnamese letter: the system's when it has one, else the bundled
Liberation Serif (resources/fonts, SIL OFL) registered with Qt."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase, QFontInfo
from PySide6.QtWidgets import QApplication

logger = logging.getLogger(__name__)

FONTS_DIR = Path(__file__).resolve().parents[1] / "resources" / "fonts"
BUNDLED_FAMILY = "Liberation Serif"
# Sans-serif faces that cover Vietnamese, preferred for a screen when the default does not.
PREFERRED = ("Segoe UI", "Noto Sans", "DejaVu Sans", "Liberation Sans", "Arial", "Tahoma")


def vietnamese_families() -> set[str]:
    return set(QFontDatabase.families(QFontDatabase.WritingSystem.Vietnamese))


def register_bundled_fonts() -> list[str]:
    """Add the bundled faces to Qt's font database; returns the families added."""
    families: list[str] = []
    for path in sorted(FONTS_DIR.glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            logger.warning("Could not load the bundled font %s", path)
            continue
        families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return sorted(set(families))


def choose_family(current: str, covering: Iterable[str]) -> str | None:
    """The family to switch to: None when `current` covers Vietnamese, else a preferred one
    that does, else "" meaning that the bundled font is needed."""
    covering = set(covering)
    if current in covering:
        return None
    return next((family for family in PREFERRED if family in covering), "")


def ensure_vietnamese_font(app: QApplication) -> str:
    """Make the application font one that covers Vietnamese; returns the family in use."""
    current = QFontInfo(app.font()).family()
    choice = choose_family(current, vietnamese_families())
    if choice is None:
        return current
    if choice == "":
        register_bundled_fonts()
        choice = BUNDLED_FAMILY
        logger.info("No Vietnamese font on the system; using the bundled %s", choice)
    font = QFont(app.font())
    font.setFamily(choice)
    app.setFont(font)
    return choice
