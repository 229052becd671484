"""Labels whose messages come and go without moving what is beside them: a click aimed at the
row below a message must land where it was aimed, so a label keeps the room of its usual
number of lines whether it says something or not (issue 13: the attendance banner and the vote
on the minutes used to push the page down under the pointer)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget


def reserve_lines(widget: QWidget, lines: int) -> QWidget:
    """Keeps at least `lines` lines of the widget's font in height, text or not. A longer text
    still wraps and grows the widget; the usual messages fit in the lines kept."""
    margins = widget.contentsMargins()
    widget.setMinimumHeight(lines * widget.fontMetrics().lineSpacing()
                            + margins.top() + margins.bottom())
    return widget


def message_label(lines: int = 1, parent: QWidget | None = None) -> QLabel:
    """A word-wrapped label for a message that is shown and cleared (never hidden)."""
    label = QLabel(parent)
    label.setWordWrap(True)
    reserve_lines(label, lines)
    return label
