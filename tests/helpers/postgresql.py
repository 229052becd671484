"""A PostgreSQL database for the tests that need one: HOINGHI_PG_URL names an empty database the
test may reset (CI starts one; see .ci/run); those tests are skipped elsewhere."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from sqlalchemy import text

from models.database import Database, open_database

PG_URL = os.environ.get("HOINGHI_PG_URL")


@pytest.fixture
def pg() -> Iterator[Database]:
    assert PG_URL is not None
    reset = open_database(PG_URL, upgrade=False)
    with reset.engine.begin() as connection:
        connection.execute(text("DROP SCHEMA public CASCADE"))
        connection.execute(text("CREATE SCHEMA public"))
    reset.dispose()
    database = open_database(PG_URL)
    yield database
    database.dispose()
