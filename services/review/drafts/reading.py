"""Reading a draft into blocks (paragraphs and headings, in order) from .docx, .txt, .md or pasted
text. Everything that cannot be read raises `DraftError` with a message that names the problem;
nothing is stored by this module.

Plain text comes from many editors: UTF-8 (with or without BOM), UTF-16 (Windows Notepad's
"Unicode") and Windows-1258, which writes tones as combining marks; every text is NFC after
decoding so that it compares equal to what is typed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from services.common.office_files import inflated_size
from services.common.text import nfc
from services.review.drafts.errors import DraftError
from services.review.drafts.tables import table_text

if TYPE_CHECKING:  # python-docx is imported when a .docx is read, not with the window
    from docx.document import Document as DocxDocument
    from docx.text.paragraph import Paragraph as DocxParagraph

SUPPORTED_SUFFIXES = (".docx", ".txt", ".md")
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .doc and other Office 97-2003 files
MAX_HEADING_CHARS = 120
# A review report is some tens of kilobytes of text; pictures can make a .docx large, but its
# text part (uncompressed, so that a "zip bomb" is refused before it is inflated) stays small.
MAX_TEXT_BYTES = 5 * 1024 * 1024
MAX_DOCX_BYTES = 50 * 1024 * 1024
MAX_DOCX_TEXT_BYTES = 20 * 1024 * 1024

# The numbers items and headings are written with: "II.", "1.", "1.2.", "a)".
_ROMAN = r"[IVXLC]+[.)]"
_NUMBER = r"(?:\d+(?:\.\d+)*|[a-zđ])[.)]"
_ROMAN_HEADING = re.compile(rf"^(PHẦN|Phần|CHƯƠNG|Chương)\s+\w+|^{_ROMAN}\s")
_NUMBERED_HEADING = re.compile(rf"^{_NUMBER}\s")
_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*$")
_MD_LIST_ITEM = re.compile(r"^\s*([-*+]|\d+[.)])\s+")
_MD_BULLET = re.compile(r"^\s*[-*+]\s+")
# The number or bullet a list paragraph starts with, as read (ListNumbers' bullet is "–").
_LIST_LABEL = re.compile(rf"^(?:{_NUMBER}|{_ROMAN}|[–-])\s+")


def list_label(text: str) -> str:
    """The label `text` starts with, with its space ("a) "), or ""."""
    match = _LIST_LABEL.match(text)
    return match.group(0) if match else ""


@dataclass(frozen=True)
class Block:
    """A paragraph (heading_level 0) or a heading of the given level."""

    text: str
    heading_level: int = 0


@dataclass(frozen=True)
class SourceDocument:
    """What one import read: the blocks, the format ("docx", "txt", "md", "pasted"), the name."""

    blocks: tuple[Block, ...]
    source_format: str
    source_name: str


def read_draft_file(path: Path) -> SourceDocument:
    """Read a draft file by its kind (content first, then the suffix)."""
    name = path.name
    suffix = path.suffix.lower()
    try:
        size = path.stat().st_size
        limit = MAX_DOCX_BYTES if suffix == ".docx" else MAX_TEXT_BYTES
        if size > limit:
            raise DraftError(f"Tệp “{name}” quá lớn ({size // (1024 * 1024)} MB, tối đa "
                             f"{limit // (1024 * 1024)} MB): không phải một bản báo cáo.")
        data = path.read_bytes()
    except OSError as error:
        raise DraftError(f"Không đọc được tệp “{name}”: {error.strerror or error}.") from error
    if data.startswith(OLE_MAGIC) or suffix == ".doc":
        raise DraftError(
            f"Tệp “{name}” là văn bản Word cũ (.doc), chưa đọc được. Mở tệp bằng Word hoặc "
            "LibreOffice, lưu lại dưới dạng .docx rồi nhập lại."
        )
    if not data.strip(b"\x00\t\r\n \xef\xbb\xbf\xff\xfe"):
        raise DraftError(f"Tệp “{name}” trống, không có nội dung để nhập.")
    if suffix == ".docx":
        blocks = _docx_blocks(path)
    elif suffix == ".txt":
        blocks = text_blocks(decode_text(data, name))
    elif suffix == ".md":
        blocks = markdown_blocks(decode_text(data, name))
    else:
        raise DraftError(
            f"Không nhập được tệp “{name}”: chỉ nhận tệp .docx, .txt hoặc .md."
        )
    return _document(blocks, suffix.lstrip("."), name)


def read_pasted_text(text: str, name: str = "") -> SourceDocument:
    """Text pasted into the app, read like a .txt file."""
    return _document(text_blocks(nfc(text)), "pasted", name or "Văn bản dán")


def _document(blocks: list[Block], source_format: str, name: str) -> SourceDocument:
    if not blocks:
        raise DraftError(f"“{name}” không có đoạn văn nào để nhập.")
    return SourceDocument(tuple(blocks), source_format, name)


def decode_text(data: bytes, name: str) -> str:
    """Bytes of a text file as NFC text: BOM first, then strict UTF-8, then UTF-16 without a BOM
    (many NUL bytes), then Windows-1258."""
    if data.startswith(b"\xef\xbb\xbf"):
        candidates = ["utf-8-sig"]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        candidates = ["utf-16"]
    elif data.count(b"\x00") > len(data) // 4:
        candidates = ["utf-16-le" if data[1:2] == b"\x00" else "utf-16-be"]
    else:
        candidates = ["utf-8", "cp1258"]
    for encoding in candidates:
        try:
            return nfc(data.decode(encoding))
        except UnicodeDecodeError:
            continue
    raise DraftError(
        f"Không nhận ra bảng mã của tệp “{name}”. Lưu tệp dưới dạng UTF-8 rồi nhập lại."
    )


def _clean(text: str) -> str:
    return " ".join(nfc(text).split())


def _guess_heading(text: str) -> int:
    """Heading level of a one-line block of plain text, by the usual shapes of report headings:
    "PHẦN I", "I. ƯU ĐIỂM", a short line in capitals (1); "1. Công tác chính trị" without a
    closing full stop (2). Otherwise 0."""
    if len(text) > MAX_HEADING_CHARS or text.endswith((".", ";", ",", ":", "?", "!")):
        return 0
    letters = [ch for ch in text if ch.isalpha()]
    if _ROMAN_HEADING.match(text) or (letters and all(ch.isupper() for ch in letters)):
        return 1
    if _NUMBERED_HEADING.match(text):
        return 2
    return 0


def text_blocks(text: str) -> list[Block]:
    """Plain text: blocks are separated by blank lines (their lines joined); a text without any
    blank line has one paragraph per line."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    has_blank = any(not line.strip() for line in lines[:-1]) and any(line.strip() for line in lines)
    groups: list[list[str]] = []
    current: list[str] = []
    for line in lines:
        if not line.strip():
            if current:
                groups.append(current)
                current = []
        elif has_blank:
            current.append(line)
        else:
            groups.append([line])
    if current:
        groups.append(current)
    blocks = []
    for group in groups:
        joined = _clean(" ".join(group))
        level = _guess_heading(joined) if len(group) == 1 else 0
        blocks.append(Block(joined, level))
    return blocks


def markdown_blocks(text: str) -> list[Block]:
    """Markdown: "#" headings keep their level; list items are paragraphs of their own; other
    lines join into paragraphs separated by blank lines. Bold and italic markers are dropped."""
    blocks: list[Block] = []
    current: list[str] = []

    def flush() -> None:
        if current:
            blocks.append(Block(_strip_inline(" ".join(current))))
            current.clear()

    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        heading = _MD_HEADING.match(line)
        if heading:
            flush()
            blocks.append(Block(_strip_inline(heading.group(2)), len(heading.group(1))))
        elif not line.strip():
            flush()
        elif _MD_LIST_ITEM.match(line):
            flush()
            current.append(_MD_BULLET.sub("", line).strip())
        else:
            current.append(line)
    flush()
    return [block for block in blocks if block.text]


def _strip_inline(text: str) -> str:
    return _clean(re.sub(r"(\*\*|__|(?<!\w)[*_]|[*_](?!\w))", "", text))


def _docx_blocks(path: Path) -> list[Block]:
    if inflated_size(path, (".xml", ".rels")) > MAX_DOCX_TEXT_BYTES:
        raise DraftError(f"Tệp “{path.name}” có phần văn bản quá lớn khi giải nén (tối đa "
                         f"{MAX_DOCX_TEXT_BYTES // (1024 * 1024)} MB): không phải một bản báo cáo.")
    import docx

    try:
        return _docx_body_blocks(docx.Document(str(path)))
    except Exception as error:  # noqa: BLE001 - a damaged .docx fails in python-docx, lxml, zlib…
        raise DraftError(
            f"Tệp “{path.name}” bị hỏng hoặc không phải tệp .docx (có thể chưa lưu xong), "
            "không đọc được nội dung."
        ) from error


def _docx_body_blocks(document: DocxDocument) -> list[Block]:
    """Paragraphs and tables of the body in reading order: a list paragraph with the number
    Word draws before it ("1.", "a)"), a table as one block of its rows and cells (tables.py)."""
    from docx.oxml.ns import qn
    from docx.table import Table
    from docx.text.paragraph import Paragraph as DocxParagraph

    from services.review.drafts.docx_lists import ListNumbers

    # Style names by id, read once: python-docx resolves `paragraph.style` anew each time.
    style_names = {style.style_id: style.name or "" for style in document.styles}
    numbers = ListNumbers(document)
    blocks: list[Block] = []
    for child in document.element.body.iterchildren():
        if child.tag == qn("w:p"):
            paragraph = DocxParagraph(child, document)
            text = _clean(paragraph.text)
            label = numbers.label(paragraph)
            if text:
                level = _docx_heading_level(paragraph, text, style_names)
                blocks.append(Block(f"{label} {text}" if label else text, level))
        elif child.tag == qn("w:tbl"):
            rows = []
            for row in Table(child, document).rows:
                grid = row.cells
                cells = [cell for i, cell in enumerate(grid)
                         if i == 0 or cell._tc is not grid[i - 1]._tc]  # merged: once
                rows.append([_clean(cell.text) for cell in cells])
            if any(any(row) for row in rows):
                blocks.append(Block(table_text(rows)))
    return blocks


def _docx_heading_level(paragraph: DocxParagraph, text: str, style_names: dict[str, str]) -> int:
    """By the paragraph's style (Title, Heading N), its outline level, or its shape."""
    from docx.oxml.ns import qn

    style = style_names.get(paragraph._p.style or "", "")
    if style == "Title":
        return 1
    match = re.match(r"^Heading (\d)$", style)
    if match:
        return int(match.group(1))
    outline = paragraph._p.find(f"{qn('w:pPr')}/{qn('w:outlineLvl')}")
    if outline is not None:
        return int(outline.get(qn("w:val"), "0")) + 1
    return _guess_heading(text)
