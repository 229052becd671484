"""Keeps None alive under PySide6 6.12 on Python 3.11. Import it before the first Qt call.

Every PySide6 call that returns nothing (`label.setText(...)`, `combo.addItem(...)`, ...) and every
empty value Qt hands back (`currentData()` of an item without data) gives Python a None without
taking a reference to it. None's count (a few thousand at start) then falls with each call, and
after some minutes of use the interpreter aborts: "Fatal Python error: none_dealloc: deallocating
None". From Python 3.12 None is immortal and this cannot happen; on 3.11 we make its count so
large that no session can exhaust it. None is a static object, never freed, so a larger count
changes nothing else.
"""

from __future__ import annotations

import ctypes
import sys

MARGIN = 1 << 60


def keep_none_alive() -> None:
    """Raise None's reference count by MARGIN, once (Python < 3.12 only)."""
    if sys.version_info >= (3, 12) or sys.getrefcount(None) > MARGIN:
        return
    count = ctypes.c_ssize_t.from_address(id(None))
    count.value += MARGIN


keep_none_alive()
