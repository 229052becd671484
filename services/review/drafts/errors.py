"""The one error the drafts services raise for bad input; its message is shown to the user."""

from __future__ import annotations

from services.common.errors import Refusal


class DraftError(Refusal):
    """Expected bad input (an unreadable file, a comment without a speaker, ...): nothing stored."""
