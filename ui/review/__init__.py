"""Widgets of the review steps (4 and 5): the draft with its paragraphs, the comment form and list,
the speaker picker. The pages themselves are in ui/pages/."""

from ui import none_guard  # noqa: F401  (PySide6 6.12 on Python 3.11; see ui/none_guard.py)
