"""Qt widgets, dialogs, item models and controllers: the only layer that imports QtWidgets."""

from ui import none_guard  # noqa: F401  (first, before any Qt call: see ui/none_guard.py)
