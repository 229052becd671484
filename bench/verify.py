"""Time of `verify` (chain and data check) and of a backup snapshot on the seed meeting and on a
generated committee meeting of 2,000 members and 120 cells, each imported twice. Prints figures;
asserts nothing."""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from models.database import open_database  # noqa: E402
from services.integrity.audit import verify  # noqa: E402
from services.integrity.backups import MANUAL, take_snapshot  # noqa: E402
from services.meeting_file.store import import_meeting  # noqa: E402
from tests.helpers.generated import generated_meeting_file  # noqa: E402

SEED = Path(__file__).resolve().parents[1] / "resources" / "demo" / "tien-giang-2021.meeting.json"


def measure(label: str, meeting: Path, copies: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(Path(folder) / "hoinghi.sqlite")
        for _ in range(copies):
            import_meeting(db, meeting, actor="import")
        started = time.perf_counter()
        result = verify(db)
        checked = time.perf_counter() - started
        started = time.perf_counter()
        snapshot = take_snapshot(db, MANUAL)
        copied = time.perf_counter() - started
        assert db.file is not None and snapshot is not None
        print(f"{label}: {result.events:,} events, {result.rows:,} rows, intact={result.intact}; "
              f"verify {checked:.2f} s; snapshot of {snapshot.stat().st_size / 1e6:.1f} MB "
              f"{copied:.2f} s")
        db.dispose()


def main() -> None:
    measure("seed meeting ×1", SEED, 1)
    with tempfile.TemporaryDirectory() as folder:
        big = Path(folder) / "big.meeting.json"
        big.write_text(json.dumps(generated_meeting_file(), ensure_ascii=False), encoding="utf-8")
        measure("2,000 members, 120 cells ×2", big, 2)


if __name__ == "__main__":
    main()
