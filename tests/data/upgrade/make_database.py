"""Make the database a release leaves behind, for tests/test_upgrade.py and the bundle's smoke
test: the demo meeting imported by the current code into a new file, named by the version.

    .venv/bin/python tests/data/upgrade/make_database.py

Run it on each release, before the next schema change, and commit the file beside the ones of
earlier releases: every later version must open them all.
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))

from models.database import open_database  # noqa: E402
from services.common.app_info import version  # noqa: E402
from services.meeting_file.store import import_meeting  # noqa: E402

DEMO = ROOT / "resources" / "demo" / "tien-giang-2021.meeting.json"


def main() -> None:
    target = Path(__file__).resolve().parent / f"hoinghi-{version()}.sqlite"
    target.unlink(missing_ok=True)
    db = open_database(target)
    import_meeting(db, DEMO, actor="import")
    db.dispose()
    with sqlite3.connect(target) as connection:  # one self-contained file, no -wal beside it
        connection.execute("PRAGMA journal_mode=DELETE")
        connection.execute("VACUUM")
    connection.close()
    print(target, f"{target.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
