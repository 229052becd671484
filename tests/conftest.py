"""Test set-up shared by every test: Qt offscreen, a fresh database per test."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from models.database import Database, open_database  # noqa: E402


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    """A new, migrated SQLite database file in the test's own folder."""
    database = open_database(tmp_path / "hoinghi.sqlite")
    yield database
    database.dispose()
