"""One app instance per database file: a second one is told so instead of writing beside it.

The lock is an OS file lock (the `filelock` library: fcntl on Unix, msvcrt on Windows) on a file
next to the database, so the system releases it when the holding process dies, even by SIGKILL:
a crash never leaves the meeting locked out.
"""

from __future__ import annotations

from pathlib import Path

from filelock import FileLock, Timeout


class DatabaseInUse(Exception):
    """Another instance of the app holds the database."""

    def __init__(self, database: Path) -> None:
        super().__init__(
            f"Cơ sở dữ liệu {database} đang được một cửa sổ Hội nghị khác sử dụng. "
            "Hãy dùng cửa sổ đó, hoặc đóng nó rồi mở lại. "
            f"(The database {database} is open in another Hội nghị window.)"
        )
        self.database = database


def lock_path(database: Path) -> Path:
    return database.with_name(database.name + ".lock")


class InstanceLock:
    """Held while this process works on `database`; `release()` or the process exit frees it."""

    def __init__(self, database: Path) -> None:
        self.database = database
        self._lock = FileLock(str(lock_path(database)), timeout=0)

    def acquire(self) -> None:
        try:
            self._lock.acquire()
        except Timeout as busy:
            raise DatabaseInUse(self.database) from busy

    def release(self) -> None:
        self._lock.release()

    @property
    def held(self) -> bool:
        return self._lock.is_locked
