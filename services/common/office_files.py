"""Office files (.xlsx, .docx) are zip archives: how large they are once inflated, checked before
a reader inflates them, so that a small file that expands to gigabytes (a "zip bomb") is refused;
and the .docx files we write, each saying what it is, who wrote it and when."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from docx.document import Document as DocxDocument


def inflated_size(path: Path, suffixes: tuple[str, ...] = ()) -> int:
    """The declared uncompressed size of the archive's parts (those ending in `suffixes`, or all);
    0 when the file is no readable zip at all: the format's reader then says what is wrong."""
    try:
        with zipfile.ZipFile(path) as archive:
            return sum(info.file_size for info in archive.infolist()
                       if not suffixes or info.filename.endswith(suffixes))
    except Exception:  # noqa: BLE001 - BadZipFile, NotImplementedError, OSError, ...
        return 0


def word_document(title: str, author: str, when: dt.datetime) -> DocxDocument:
    """A new python-docx document whose properties (File › Properties in Word and LibreOffice)
    name its title, its author and when it was written, not python-docx's template of 2013."""
    from docx import Document  # about a second to import: only when a .docx is written

    document = Document()
    properties = document.core_properties
    properties.title = title[:255]
    properties.author = properties.last_modified_by = author[:255]
    properties.comments = ""
    # Stored in UTC with a "Z", as the format says; the programs show it in local time.
    properties.created = properties.modified = when.astimezone(dt.UTC).replace(tzinfo=None)
    return document
