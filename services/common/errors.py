"""The one base of every refusal: input a person gave that the domain will not take.

A refusal carries a message for a person (Vietnamese, naming what is wrong) and where it applies
(a field, a row, a round, a file; '' for the action as a whole); nothing was stored. The window
shows a refusal as a message. Any other exception is a bug: logged with its traceback and shown
in the crash dialog, never passed off as a message.
"""

from __future__ import annotations


class Refusal(Exception):
    """Input refused, nothing stored; `message` is for the person, `where` what it concerns."""

    def __init__(self, message: str, where: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.where = where
