"""Keeps None alive under PySide6 6.12 on Python 3.11. Import it before the first Qt call.

Every PySide6 call that returns nothing (`label.setText(...)`, `combo.addItem(...)`, ...) and every
empty value Qt hands back (`currentData()` of an item without data) gives Python a None without
taking a reference to it. None's count (a few thousand at start) then falls with each call, and
after some minutes of use the interpreter aborts: "Fatal Python error: none_dealloc: deallocating
None". From Python 3.12 None is immortal and this cannot happen; on 3.11 we make its count so
large that no session can exhaust it. None is a static object, never freed, so a larger count
changes nothing else.

The same holds for True and False: a signal's `emit()` (which returns True) drops a reference to
True at every call; a window whose keys each emit a few signals (ui/ballot/saving.py) wore it
out within a thousand keys ("bool_dealloc"). They are kept alive the same way.
"""

from __future__ import annotations

import ctypes
import sys

MARGIN = 1 << 60


def keep_none_alive() -> None:
    """Raise the reference counts of None, True and False by MARGIN, once (Python < 3.12
    only)."""
    for constant in (None, True, False):
        if sys.version_info >= (3, 12) or sys.getrefcount(constant) > MARGIN:
            continue
        count = ctypes.c_ssize_t.from_address(id(constant))
        count.value += MARGIN


keep_none_alive()
