"""The words the window shows for the domain's codes, in the language installed.

The one table of words is services/common/labels.py (marked there for lupdate, context
"Labels"); `label()` translates a code's word at the moment of display.
"""

from __future__ import annotations

import enum

from PySide6.QtCore import QCoreApplication

from models.enums import Handling
from services.common.labels import CONTEXT, NAMES, NOT_MARKED, UNHANDLED


def label(value: enum.Enum | None) -> str:
    """The translated word for a code; None is an attendance not yet marked."""
    return QCoreApplication.translate(CONTEXT, NOT_MARKED if value is None else NAMES[value])


def handling_label(handling: Handling | None) -> str:
    """A comment's handling in the window's language; None is a comment not handled yet."""
    return label(handling) if handling is not None else QCoreApplication.translate(CONTEXT,
                                                                                   UNHANDLED)
