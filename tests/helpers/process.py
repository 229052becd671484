"""A window run in a process of its own, as the app runs, on the demo meeting: for what this
test process cannot show, since other tests have loaded every library into it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from models.database import open_database
from services.meeting_file.store import import_meeting
from tests.helpers import PROJECT_ROOT, SEED_MEETING


def run_on_the_demo(tmp_path: Path, code: str, *args: str) -> subprocess.CompletedProcess[str]:
    """Run CODE (`python -c`) with the demo meeting's database file in place of "{db}" among
    ARGS, offscreen, with a home of its own; what it printed is returned."""
    database = tmp_path / "hoinghi.sqlite"
    db = open_database(database)
    import_meeting(db, SEED_MEETING)
    db.dispose()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path), XDG_STATE_HOME="")
    argv = [arg.replace("{db}", str(database)) for arg in args]
    return subprocess.run([sys.executable, "-c", code, *argv], capture_output=True, text=True,
                          cwd=PROJECT_ROOT, env=env, timeout=120)
