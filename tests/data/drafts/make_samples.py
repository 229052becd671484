"""Regenerate the sample drafts of this folder from bao-cao-kiem-diem.md.

    .venv/bin/python tests/data/drafts/make_samples.py

The same report as .docx (Heading styles), as .txt in UTF-8, UTF-8 with BOM, UTF-16 (Notepad's
"Unicode") and Windows-1258 (tones as combining marks), and the bad files: an old Word .doc
(only its OLE signature matters), a damaged .docx and an empty .txt.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

from docx import Document

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "bao-cao-kiem-diem.md"
TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def markdown_lines() -> list[tuple[int, str]]:
    """(heading level or 0, text) for every non-blank line of the source."""
    result = []
    for line in SOURCE.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        level = len(line) - len(line.lstrip("#"))
        result.append((level, line.lstrip("#").strip()))
    return result


def windows_1258(text: str) -> bytes:
    """Windows-1258 keeps â ê ô ơ ư ă đ precomposed and writes tones as combining marks."""
    out = []
    for char in text:
        decomposed = unicodedata.normalize("NFD", char)
        tones = "".join(mark for mark in decomposed if mark in TONES)
        base = unicodedata.normalize("NFC", "".join(m for m in decomposed if m not in TONES))
        out.append(base + tones)
    return "".join(out).encode("cp1258")


def main() -> None:
    lines = markdown_lines()
    text = "\n\n".join(line for _, line in lines) + "\n"
    (HERE / "bao-cao-utf8.txt").write_text(text, encoding="utf-8")
    (HERE / "bao-cao-utf8-bom.txt").write_text(text, encoding="utf-8-sig")
    (HERE / "bao-cao-utf16.txt").write_bytes(text.replace("\n", "\r\n").encode("utf-16"))
    (HERE / "bao-cao-windows-1258.txt").write_bytes(windows_1258(text.replace("\n", "\r\n")))

    document = Document()
    for level, line in lines:
        if level:
            document.add_heading(line, level=min(level, 3))
        else:
            document.add_paragraph(line)
    document.save(str(HERE / "bao-cao-kiem-diem.docx"))

    (HERE / "cu-word-97.doc").write_bytes(
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504 + "Báo cáo".encode("utf-16-le"))
    good = (HERE / "bao-cao-kiem-diem.docx").read_bytes()
    (HERE / "hong.docx").write_bytes(good[: len(good) // 3])
    (HERE / "trong.txt").write_bytes(b"")


if __name__ == "__main__":
    main()
