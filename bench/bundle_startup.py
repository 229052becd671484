"""Start-up of the app bundle against the source app: from process start to the window's first
paint ("Window painted" in the log), offscreen, the demo meeting open, a warm disk cache.

    make dist && QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bundle_startup.py [--runs N]

Each start has its own HOME, under a folder named like a Vietnamese user's; the log line is
polled every 10 ms.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUNDLE = ROOT / "dist" / "hoinghi" / "hoinghi"
DEMO = ROOT / "resources" / "demo" / "tien-giang-2021.meeting.json"


def time_start(command: list[str], home: Path) -> float:
    log = home / ".local" / "state" / "hoinghi" / "log" / "hoinghi.log"
    log.unlink(missing_ok=True)
    env = dict(os.environ, HOME=str(home), QT_QPA_PLATFORM="offscreen")
    start = time.perf_counter()
    process = subprocess.Popen(command, env=env, cwd=ROOT)
    try:
        while not (log.exists() and "Window painted" in log.read_text(encoding="utf-8")):
            if process.poll() is not None or time.perf_counter() - start > 60:
                raise SystemExit(f"{command[0]}: the window never painted")
            time.sleep(0.01)
        return time.perf_counter() - start
    finally:
        process.terminate()
        process.wait()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    if not BUNDLE.exists():
        print(f"no bundle at {BUNDLE}: run `make dist` first")
        return
    kinds = {"source (python main.py)": [sys.executable, str(ROOT / "main.py")],
             "bundle (dist/hoinghi/hoinghi)": [str(BUNDLE)]}
    with tempfile.TemporaryDirectory() as folder:
        home = Path(folder) / "Nguyễn Văn A"
        home.mkdir()
        subprocess.run([str(BUNDLE), "import", str(DEMO)], check=True, capture_output=True,
                       env=dict(os.environ, HOME=str(home)))
        times: dict[str, list[float]] = {}
        for name, command in kinds.items():
            time_start(command, home)  # warm the disk cache; not counted
            times[name] = [time_start(command, home) for _ in range(args.runs)]
    size = sum(f.stat().st_size for f in BUNDLE.parent.rglob("*") if f.is_file()
               and not f.is_symlink())
    print(f"bundle: {size / 1e6:.0f} MB unpacked; first paint, {args.runs} runs each:")
    for name, values in times.items():
        print(f"  {name:30} median {statistics.median(values):.2f} s "
              f"(min {min(values):.2f}, max {max(values):.2f})")


if __name__ == "__main__":
    main()
