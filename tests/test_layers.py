"""The house's layers hold: `lint-imports` checks the contracts in pyproject.toml (ui and cli
above services, services' folders each importing only those below it, no Qt under services/ or
models/). Part of the test suite so that `make test` and CI enforce them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.helpers import PROJECT_ROOT


def test_import_contracts_are_kept() -> None:
    lint_imports = Path(sys.executable).with_name("lint-imports")
    done = subprocess.run([str(lint_imports), "--no-cache"], cwd=PROJECT_ROOT,
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "0 broken" in done.stdout
