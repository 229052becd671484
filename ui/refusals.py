"""What the window shows as a message rather than as a bug: a service's refusal
(services/common/errors.py) and the database's own last guard of a locked round
(models/ballot.py). Any other exception reaches the crash dialog (ui/crash.py), logged."""

from __future__ import annotations

from models.ballot import LockedRoundError
from services.common.errors import Refusal

REFUSALS: tuple[type[Exception], ...] = (Refusal, LockedRoundError)
