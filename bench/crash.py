"""The full crash drill: 200 SIGKILLs at random moments of attendance marks, comments and ballot
entry keystrokes, the database reopened and checked after each (bench/crash_harness.py). Prints
figures; asserts nothing.

    .venv/bin/python bench/crash.py [KILLS]
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.crash_harness import drill  # noqa: E402

KILLS = 200


def main() -> None:
    kills = int(sys.argv[1]) if len(sys.argv) > 1 else KILLS
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as folder:
        figures = drill(Path(folder), kills)
    elapsed = time.perf_counter() - started
    print(f"kills:                          {figures.kills} "
          f"({figures.early_kills} while the child was still opening the database)")
    print(f"acknowledged changes:           {figures.acknowledged} "
          f"(attendance marks, comments, ballot keystrokes and Enters; "
          f"{figures.acknowledged_comments} distinct comments, {figures.acknowledged_keystrokes} "
          f"keystrokes, {figures.acknowledged_attendance} members marked)")
    print(f"committed, not yet acknowledged: {figures.committed_unacknowledged} (comments)")
    print(f"lost:                           {figures.lost}")
    print(f"typed keys lost (the journal's keys written at the next start): "
          f"{figures.typed_lost}")
    print(f"integrity_check failures:       {figures.integrity_failures}")
    print(f"verify failures:                {figures.verify_failures}")
    print(f"instance lock left held:        {figures.lock_left_held}")
    print(f"child errors:                   {figures.child_errors}")
    print(f"time:                           {elapsed:.0f} s")
    for problem in figures.problems[:20]:
        print(f"  {problem}")


if __name__ == "__main__":
    main()
