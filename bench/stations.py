"""Stations: three station processes key the same round at once, with killed connections and
killed stations (bench/stations_harness.py). Prints figures; asserts nothing.

    .venv/bin/python bench/stations.py [URL]     # a throw-away PostgreSQL database, emptied
    .venv/bin/python bench/stations.py           # one SQLite file, several processes

Without an argument it takes HOINGHI_PG_URL when set, else an SQLite file.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.stations_harness import drill, reset_postgresql  # noqa: E402


def main() -> None:
    url = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("HOINGHI_PG_URL", "")
    with tempfile.TemporaryDirectory() as folder:
        if url:
            reset_postgresql(url)
        else:
            url = f"sqlite:///{Path(folder) / 'stations.sqlite'}"
        started = time.perf_counter()
        figures = drill(url, Path(folder), sigkills=4, connection_kills=10)
        elapsed = time.perf_counter() - started
    engine = "PostgreSQL" if url.startswith("postgresql") else "SQLite (one file)"
    print(f"engine:               {engine}")
    print(f"stations:             {figures.stations} (sheets: {figures.sheets}, refusals: "
          f"{figures.refusals})")
    print(f"keystrokes:           {figures.keystrokes} acknowledged (marks, Enters, counts), "
          f"{figures.attendance_marks} attendance marks")
    print(f"faults:               {figures.sigkills} stations SIGKILLed, "
          f"{figures.connection_kills} connections ended by the server")
    print(f"conflicts retried:    {figures.conflicts_retried}")
    print(f"lost:                 {figures.lost}")
    print(f"forks:                {figures.forks}")
    print(f"problems:             {len(figures.problems)}")
    for problem in figures.problems:
        print(f"  {problem}")
    print(f"time:                 {elapsed:.0f} s")


if __name__ == "__main__":
    main()
