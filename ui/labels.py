"""The words the window shows for the domain's codes, in the language installed.

The one table of words is services/common/labels.py (marked there for lupdate, context
"Labels"); `label()` translates a code's word at the moment of display.
"""

from __future__ import annotations

import enum

from PySide6.QtCore import QCoreApplication, QLocale

from models.enums import Handling
from services.common.labels import CONTEXT, NAMES, NOT_MARKED, UNHANDLED
from services.common.said import Said

SAID_KEPT = 20_000  # sentences kept said; the table starts over beyond
_SAID: dict[tuple[str, QLocale.Language], str] = {}


def label(value: enum.Enum | None) -> str:
    """The translated word for a code; None is an attendance not yet marked."""
    return QCoreApplication.translate(CONTEXT, NOT_MARKED if value is None else NAMES[value])


def handling_label(handling: Handling | None) -> str:
    """A comment's handling in the window's language; None is a comment not handled yet."""
    return label(handling) if handling is not None else QCoreApplication.translate(CONTEXT,
                                                                                   UNHANDLED)


def said(text: str) -> str:
    """A service's sentence in the window's language: a Said's template translated and filled
    with its values, said in turn; any other text as it is (a name, a figure). Kept by the
    Vietnamese text and the language (a table of 2,000 rows says the same lines again)."""
    if not isinstance(text, Said):
        return text
    key = (str(text), QLocale().language())
    found = _SAID.get(key)
    if found is None:
        if len(_SAID) >= SAID_KEPT:
            _SAID.clear()
        template = QCoreApplication.translate(text.context, text.template) if text.context \
            else text.template
        found = _SAID[key] = template.format(**{
            name: said(value) if isinstance(value, str) else value
            for name, value in text.values.items()})
    return found
