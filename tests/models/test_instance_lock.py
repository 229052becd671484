"""A second process cannot take a database another instance holds; a killed holder frees it."""

from __future__ import annotations

import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from models.instance_lock import DatabaseInUse, InstanceLock

ROOT = Path(__file__).resolve().parents[2]
HOLDER = textwrap.dedent(
    """
    import sys, time
    sys.path.insert(0, sys.argv[2])
    from pathlib import Path
    from models.instance_lock import InstanceLock
    lock = InstanceLock(Path(sys.argv[1]))
    lock.acquire()
    print("held", flush=True)
    time.sleep(60)
    """
)


def test_second_holder_is_refused_until_the_first_dies(tmp_path: Path) -> None:
    database = tmp_path / "hoinghi.sqlite"
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(database), str(ROOT)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        with pytest.raises(DatabaseInUse, match="đang được một cửa sổ Hội nghị khác sử dụng"):
            InstanceLock(database).acquire()
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait()
    after_crash = InstanceLock(database)
    after_crash.acquire()
    assert after_crash.held
    after_crash.release()
