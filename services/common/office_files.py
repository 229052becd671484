"""Office files (.xlsx, .docx) are zip archives: how large they are once inflated, checked before
a reader inflates them, so that a small file that expands to gigabytes (a "zip bomb") is refused."""

from __future__ import annotations

import zipfile
from pathlib import Path


def inflated_size(path: Path, suffixes: tuple[str, ...] = ()) -> int:
    """The declared uncompressed size of the archive's parts (those ending in `suffixes`, or all);
    0 when the file is no readable zip at all: the format's reader then says what is wrong."""
    try:
        with zipfile.ZipFile(path) as archive:
            return sum(info.file_size for info in archive.infolist()
                       if not suffixes or info.filename.endswith(suffixes))
    except Exception:  # noqa: BLE001 - BadZipFile, NotImplementedError, OSError, ...
        return 0
