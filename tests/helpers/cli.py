"""The headless commands run as a person runs them: `main.py` in a new process."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.helpers import PROJECT_ROOT


def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(PROJECT_ROOT / "main.py"), *map(str, args)],
                          capture_output=True, text=True, cwd=PROJECT_ROOT, timeout=120,
                          check=False)
