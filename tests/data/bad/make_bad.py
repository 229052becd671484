"""Regenerate the bad-input corpus of this folder.

    .venv/bin/python tests/data/bad/make_bad.py

meeting/: meeting files (shared/spec/meeting-file.md) broken in every way a file can come broken;
roster/: roster CSV and XLSX files; drafts/: draft documents. Huge files are not here: the tests
generate them (tests/integrity/test_bad_input.py). What each file must be refused with is listed in
the test, beside its name.
"""

from __future__ import annotations

import copy
import io
import json
import random
import zipfile
from pathlib import Path
from typing import Any

from docx import Document
from openpyxl import Workbook

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
SEED = ROOT / "resources" / "demo" / "tien-giang-2021.meeting.json"
SAMPLE_DOCX = ROOT / "tests" / "data" / "drafts" / "bao-cao-kiem-diem.docx"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
PNG_MAGIC = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"


def junk(size: int, seed: int) -> bytes:
    rng = random.Random(seed)
    return bytes(rng.randrange(256) for _ in range(size))


def seed_data() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(SEED.read_text(encoding="utf-8"))
    return data


def edited(change: Any) -> bytes:
    data = copy.deepcopy(seed_data())
    change(data)
    return json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8")


def meeting_files() -> dict[str, bytes]:
    text = SEED.read_text(encoding="utf-8")
    raw = text.encode("utf-8")

    def wrong_types(d: dict[str, Any]) -> None:
        d["meeting"]["review_year"] = "2021"
        d["rounds"][0]["ballots"]["issued"] = "30"

    def negative_votes(d: dict[str, Any]) -> None:
        subject = d["rounds"][0]["subjects"][0]
        first = next(iter(subject["votes"]))
        subject["votes"][first] = -3

    def duplicate_member(d: dict[str, Any]) -> None:
        d["members"].append(dict(d["members"][0]))

    def duplicate_subject(d: dict[str, Any]) -> None:
        d["rounds"][0]["subjects"].append(dict(d["rounds"][0]["subjects"][0]))

    def stranger(d: dict[str, Any]) -> None:
        d["rounds"][0]["subjects"][0]["id"] = "khong-co"

    def unknown_format(d: dict[str, Any]) -> None:
        d["format"] = "hoinghi.meeting/99"

    def float_votes(d: dict[str, Any]) -> None:
        subject = d["rounds"][0]["subjects"][0]
        first = next(iter(subject["votes"]))
        subject["votes"][first] = 2.5

    def no_members(d: dict[str, Any]) -> None:
        del d["members"]

    def bad_level(d: dict[str, Any]) -> None:
        d["members"][0]["self_rating"] = "XUATSAC"

    def bad_date(d: dict[str, Any]) -> None:
        d["meeting"]["date"] = "07/01/2022"

    return {
        "empty.json": b"",
        "whitespace-only.json": b" \r\n\t \n",
        "truncated.json": raw[: len(raw) // 2],
        "utf16.json": text.encode("utf-16"),
        "utf8-bom.json": b"\xef\xbb\xbf" + raw,
        "windows-1258.json": text.encode("cp1258", errors="replace"),
        "binary-junk.json": junk(4096, 1),
        "png-renamed.json": PNG_MAGIC + junk(512, 2),
        "top-level-array.json": b"[1, 2, 3]",
        "wrong-types.json": edited(wrong_types),
        "negative-votes.json": edited(negative_votes),
        "fractional-votes.json": edited(float_votes),
        "duplicate-members.json": edited(duplicate_member),
        "duplicate-subject.json": edited(duplicate_subject),
        "subject-not-on-roster.json": edited(stranger),
        "unknown-format.json": edited(unknown_format),
        "no-members.json": edited(no_members),
        "unknown-level.json": edited(bad_level),
        "date-not-iso.json": edited(bad_date),
        "duplicate-keys.json": b'{"format": "hoinghi.meeting/1", "format": "x"}',
        "nan-number.json": raw.replace(b'"issued": ', b'"issued": NaN, "x": ', 1),
        "deep-nesting.json": b"[" * 100_000 + b"]" * 100_000,
        "giant-integer.json": raw.replace(b'"review_year": 2021',
                                          b'"review_year": ' + b"9" * 5000, 1),
    }


def future_zip_version(data: bytes) -> bytes:
    """The archive with its first central-directory entry claiming zip version 6.4, which Python
    cannot extract (NotImplementedError, not BadZipFile)."""
    at = data.index(b"PK\x01\x02") + 6
    return data[:at] + bytes([64, 0]) + data[at + 2:]


def csv_bytes(rows: list[list[str]], encoding: str = "utf-8") -> bytes:
    return "\r\n".join(",".join(row) for row in rows).encode(encoding) + b"\r\n"


def xlsx_bytes(rows: list[list[Any]]) -> bytes:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


HEADER = ["Mã", "Họ và tên", "Tình trạng", "Chức vụ", "Tự chấm điểm", "Tự xếp loại"]


def roster_files() -> dict[str, bytes]:
    good = xlsx_bytes([HEADER, ["m01", "Nguyễn Văn An", "chính thức", "Bí thư", "90", "HTTNV"]])
    return {
        "empty.csv": b"",
        "blank-lines-only.csv": b"\r\n,,,\r\n;;\r\n",
        "no-name-column.csv": csv_bytes([["Mã", "Chức vụ"], ["m01", "Bí thư"]]),
        "binary-junk.csv": junk(2048, 3),
        "invalid-utf8-after-bom.csv": b"\xef\xbb\xbf" + "Họ và tên\r\n".encode() + b"\xc3\x28\r\n",
        "utf16-odd-bytes.csv": b"\xff\xfe" + "Họ và tên\r\n".encode("utf-16-le") + b"\x41",
        "formula-in-name.csv": csv_bytes([HEADER, ["m01", "=HYPERLINK(\"http://x\";\"An\")",
                                                   "chính thức", "", "", ""],
                                          ["m02", "+cmd|' /C calc'!A0", "", "", "", ""],
                                          ["m03", "@SUM(1+1)*cmd|' /C calc'!A0", "", "", "", ""]]),
        "formula-in-position.csv": csv_bytes([HEADER, ["m01", "Nguyễn Văn An", "chính thức",
                                                       "=1+2", "", ""],
                                              ["m02", "Trần Thị Bình", "", "-2+3+cmd|' /C calc'!A0",
                                               "", ""]]),
        # The first row of each duplicate pair is the seed meeting's member as stored (no
        # change); the second must be rejected.
        "duplicate-codes.csv": csv_bytes([["Mã", "Họ và tên"], ["m01", "Nguyễn Công Việt"],
                                          ["m01", "Trần Thị Bình"]]),
        "duplicate-names-no-code.csv": csv_bytes([["Họ và tên"], ["Nguyễn Công Việt"],
                                                  ["Nguyễn Công Việt"]]),
        "wrong-types.csv": csv_bytes([HEADER, ["m01", "Nguyễn Văn An", "không rõ", "",
                                               "chín mươi", "XUẤT SẮC"]]),
        "score-out-of-range.csv": csv_bytes([HEADER, ["m01", "Nguyễn Văn An", "", "", "150",
                                                      ""]]),
        "one-word-name.csv": csv_bytes([HEADER, ["m01", "An", "", "", "", ""]]),
        "truncated.xlsx": good[: len(good) // 2],
        "zip-version-6.4.xlsx": future_zip_version(good),
        "binary-junk.xlsx": junk(3000, 4),
        "csv-renamed.xlsx": csv_bytes([HEADER, ["m01", "Nguyễn Văn An", "", "", "", ""]]),
        "empty-sheet.xlsx": xlsx_bytes([]),
        "formula-cells.xlsx": xlsx_bytes([HEADER, ["m01", "=CONCAT(\"Nguyễn \";\"An\")", "",
                                                   "", "", ""]]),
        "wrong-types.xlsx": xlsx_bytes([HEADER, ["m01", "Nguyễn Văn An", 3.5, "", -7, 42]]),
        "old-excel.xls": OLE_MAGIC + junk(512, 5),
        "roster.pdf": b"%PDF-1.4\n" + junk(256, 6),
    }


def docx_bytes(paragraphs: list[str]) -> bytes:
    document = Document()
    for text in paragraphs:
        document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def zip_bytes(files: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in files.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def draft_files() -> dict[str, bytes]:
    sample = SAMPLE_DOCX.read_bytes()
    return {
        "empty.txt": b"",
        "nul-bytes.txt": b"\x00" * 64,
        "whitespace-only.md": b"\n \n\t\n",
        "invalid-utf8-after-bom.txt": b"\xef\xbb\xbf" + "Báo cáo".encode() + b"\xff\xfe\xfd",
        "utf16-odd-bytes.txt": b"\xff\xfe" + "Báo cáo".encode("utf-16-le") + b"\x41",
        "binary-junk.txt": junk(2048, 7),
        "binary-junk.md": junk(2048, 8),
        "truncated.docx": sample[: len(sample) // 3],
        "zip-version-6.4.docx": future_zip_version(sample),
        "binary-junk.docx": junk(4096, 9),
        "text-renamed.docx": "Báo cáo kiểm điểm\n\nMột đoạn.".encode(),
        "zip-without-document.docx": zip_bytes({"hello.txt": b"not a Word document"}),
        "broken-xml.docx": zip_bytes({
            "[Content_Types].xml": b"<?xml version='1.0'?><Types",
            "word/document.xml": b"<w:document><w:body><w:p>",
        }),
        "no-paragraphs.docx": docx_bytes([]),
        "old-word.doc": OLE_MAGIC + junk(512, 10),
        "ole-renamed.docx": OLE_MAGIC + junk(512, 11),
        "report.rtf": b"{\\rtf1\\ansi B\\'e1o c\\'e1o}",
    }


def main() -> None:
    for folder, files in (("meeting", meeting_files()), ("roster", roster_files()),
                          ("drafts", draft_files())):
        target = HERE / folder
        target.mkdir(exist_ok=True)
        for old in target.iterdir():
            old.unlink()
        for name, content in files.items():
            (target / name).write_bytes(content)
        print(f"{folder}: {len(files)} files")


if __name__ == "__main__":
    main()
