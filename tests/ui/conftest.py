"""GUI test set-up: every modal window answered by the test, never shown."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.helpers.ui import Boxes
from ui import msgbox


@pytest.fixture(autouse=True)
def boxes(monkeypatch: pytest.MonkeyPatch) -> Iterator[Boxes]:
    answered = Boxes()
    monkeypatch.setattr(msgbox, "run_modal", answered.run)
    yield answered
    assert not answered.answers, f"answers never asked for: {answered.answers}"
