"""Importing a roster from a spreadsheet (.xlsx) or a CSV file, with a preview before writing.

The file is read as text only: a cell starting with =, +, - or @ is kept as the characters it
holds and never evaluated (for .xlsx, a formula is read as its formula text, not its cached
result). CSV comes as Excel writes it: UTF-8, UTF-8 with BOM, UTF-16 ("Unicode Text") or
Windows-1258, whose tones are combining marks; everything is NFC-normalised after decoding.

The preview marks each row new, changed (saying what changes), unchanged or rejected (saying
why); `apply_import` writes the accepted rows in the caller's transaction. Members not in the file
stay on the roster: an import adds and corrects, it never removes.

A cell's meeting often starts from the whole organisation's roster. The preview can keep only the
rows of one cell (`only_cell`): those members are imported without a cell (the cell is the
meeting itself, so no paper repeats it beside each name), and a cell's name written into a
position ("Phó Bí thư Đảng ủy, Chi bộ Phòng Nghiệp vụ - Tổng hợp") is taken out of it.
"""

from __future__ import annotations

import csv
import datetime as dt
import enum
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.enums import BodyKind, Level, MemberStatus
from models.meeting import Meeting
from models.roster import Member, Organisation
from services.common.errors import Refusal
from services.common.labels import MEMBER_STATUS_NAMES
from services.common.numbers import parse_date, short_date
from services.common.office_files import inflated_size
from services.common.text import fold, nfc
from services.meeting.assessments import self_total
from services.meeting.setup import (
    MemberData,
    SetupError,
    add_member,
    check_member,
    next_member_code,
    update_member,
)

MAX_FILE_BYTES = 5 * 1024 * 1024
MAX_ROWS = 5000
MAX_XLSX_INFLATED_BYTES = 50 * 1024 * 1024  # 5,000 rows take a few MB; a "zip bomb" far more
HEADER_SEARCH_ROWS = 10
FORMULA_STARTS = ("=", "+", "-", "@")


class RosterImportError(Refusal):
    """A file that cannot be imported at all (unreadable, wrong kind, no name column)."""


class Verdict(enum.StrEnum):
    new = "new"
    changed = "changed"
    unchanged = "unchanged"
    rejected = "rejected"


# Column -> the header texts that name it, folded (no case, no diacritics).
COLUMNS: dict[str, tuple[str, ...]] = {
    "code": ("ma", "ma so", "ma dang vien", "ma dv", "id", "code"),
    "full_name": ("ho va ten", "ho ten", "ho va ten dang vien", "ten dang vien", "name",
                  "full name"),
    "status": ("tinh trang", "loai dang vien", "loai", "dang vien", "status"),
    "position": ("chuc vu", "chuc danh", "position"),
    "organisation": ("chi bo", "to chuc", "don vi", "organisation", "organization"),
    "self_score": ("tu cham diem", "diem tu cham", "diem", "self score"),
    "self_rating": ("tu xep loai", "muc tu xep loai", "tu danh gia", "self rating"),
    "in_body": ("trieu tap", "thanh vien cap uy", "cap uy", "in body"),
    "admitted_on": ("ngay vao dang", "ngay ket nap", "ngay vao", "admitted"),
}
IGNORED_HEADERS = ("stt", "tt", "so tt", "ghi chu", "note")

FIELD_LABELS = {
    "code": "mã", "full_name": "họ và tên", "status": "tình trạng", "position": "chức vụ",
    "organisation_id": "chi bộ", "self_score": "tự chấm điểm", "self_rating": "tự xếp loại",
    "in_body": "triệu tập", "admitted_on": "ngày vào Đảng",
}

STATUS_WORDS: dict[str, MemberStatus] = {
    "chinh thuc": MemberStatus.official, "ct": MemberStatus.official,
    "du bi": MemberStatus.probationary, "db": MemberStatus.probationary,
    "mien": MemberStatus.exempt, "mien sinh hoat": MemberStatus.exempt,
    "mien cong tac va sinh hoat dang": MemberStatus.exempt,
    "dinh chi": MemberStatus.suspended, "dinh chi sinh hoat": MemberStatus.suspended,
    **{status.value: status for status in MemberStatus},
}
LEVEL_WORDS: dict[str, Level] = {
    **{level.value.casefold(): level for level in Level},
    "hoan thanh xuat sac nhiem vu": Level.HTXSNV,
    "hoan thanh tot nhiem vu": Level.HTTNV,
    "hoan thanh nhiem vu": Level.HTNV,
    "khong hoan thanh nhiem vu": Level.KHTNV,
}
YES_WORDS = ("x", "co", "1", "yes", "true", "v")
NO_WORDS = ("khong", "0", "no", "false")


@dataclass(frozen=True)
class ImportRow:
    """One row of the file as the preview shows it."""

    line: int
    verdict: Verdict
    full_name: str
    code: str
    reason: str = ""
    data: MemberData | None = None
    member_id: int | None = None
    new_organisation: str = ""


@dataclass(frozen=True)
class ImportPreview:
    source: str
    rows: tuple[ImportRow, ...]
    ignored_columns: tuple[str, ...] = ()
    cells: tuple[str, ...] = ()  # the cells the file names, in its order
    only_cell: str | None = None  # the one cell kept, when the chair chose one
    skipped: int = 0  # rows of other cells left out
    codes_given: bool = True  # the file has a code column (else the codes are the app's own)

    def count(self, verdict: Verdict) -> int:
        return sum(1 for row in self.rows if row.verdict is verdict)

    @property
    def accepted(self) -> tuple[ImportRow, ...]:
        return tuple(r for r in self.rows if r.verdict in (Verdict.new, Verdict.changed))


# --- reading the file as a table of text ----------------------------------------------------

def read_table(path: Path) -> list[list[str]]:
    """Every row of the file (first sheet for .xlsx) as NFC text cells."""
    suffix = path.suffix.casefold()
    if not path.is_file():
        raise RosterImportError(f"Không tìm thấy tệp “{path.name}”.")
    if path.stat().st_size > MAX_FILE_BYTES:
        raise RosterImportError(f"Tệp “{path.name}” quá lớn (tối đa 5 MB cho một danh sách).")
    if suffix in (".xlsx", ".xlsm"):
        rows = _read_xlsx(path)
    elif suffix in (".csv", ".txt", ".tsv"):
        rows = _read_csv(decode_text(path.read_bytes(), path.name))
    elif suffix == ".xls":
        raise RosterImportError(
            f"“{path.name}” là tệp Excel 97–2003 (.xls), chưa đọc được: hãy mở bằng Excel và "
            "lưu lại dạng .xlsx hoặc .csv.")
    else:
        raise RosterImportError(
            f"Không đọc được “{path.name}”: chỉ nhận bảng tính .xlsx hoặc tệp .csv.")
    rows = [[nfc(cell).strip() for cell in row] for row in rows]
    rows = [row for row in rows if any(row)]
    if not rows:
        raise RosterImportError(f"Tệp “{path.name}” không có dòng nào.")
    if len(rows) > MAX_ROWS:
        raise RosterImportError(f"Tệp “{path.name}” có hơn {MAX_ROWS} dòng: không phải một "
                                "danh sách đảng viên.")
    return rows


def decode_text(data: bytes, name: str = "tệp") -> str:
    """Text as Excel writes CSV: BOM-marked UTF-8/UTF-16, plain UTF-8, else Windows-1258."""
    if data.startswith(b"\xef\xbb\xbf"):
        encodings = ["utf-8-sig"]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        encodings = ["utf-16"]
    elif data[:200].count(b"\x00") > 20:  # UTF-16 without a BOM: every other byte is zero
        encodings = ["utf-16-le" if data[1:2] == b"\x00" else "utf-16-be"]
    else:
        encodings = ["utf-8", "cp1258"]
    for encoding in encodings:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise RosterImportError(
        f"Không nhận ra bảng mã của “{name}” (thử {', '.join(encodings)}): hãy lưu lại dạng "
        "CSV UTF-8.")


def _read_csv(text: str) -> list[list[str]]:
    sample = text[:4096]
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        first = sample.splitlines()[0] if sample else ""
        delimiter = max(",;\t", key=first.count)

        class _Guess(csv.excel):
            pass

        _Guess.delimiter = delimiter
        dialect = _Guess
    return [list(row) for row in csv.reader(io.StringIO(text, newline=""), dialect)]


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "x" if value else ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return str(value)  # a formula cell holds its formula text, never its result


def _read_xlsx(path: Path) -> list[list[str]]:
    from openpyxl import load_workbook

    if inflated_size(path) > MAX_XLSX_INFLATED_BYTES:
        raise RosterImportError(f"Bảng tính “{path.name}” quá lớn khi giải nén: không phải một "
                                "danh sách đảng viên.")
    damaged = RosterImportError(
        f"“{path.name}” không phải bảng tính .xlsx đọc được (tệp hỏng hoặc sai loại).")
    try:
        with path.open("rb") as handle:  # our own handle: openpyxl leaves its own open on failure
            book = load_workbook(handle, read_only=True, data_only=False)
            try:
                sheet = book.worksheets[0] if book.worksheets else None
                if sheet is None:
                    raise RosterImportError(f"Bảng tính “{path.name}” không có trang nào.")
                return [[_cell_text(v) for v in row] for row in sheet.iter_rows(values_only=True)]
            finally:
                book.close()
    except RosterImportError:
        raise
    except Exception as exc:  # noqa: BLE001 - openpyxl, zipfile, zlib, XML: damage shows in many
        raise damaged from exc  # ways, also while the sheet is read lazily


# --- from the table to roster entries -------------------------------------------------------

def _header_key(text: str) -> str:
    return " ".join(re.sub(r"[^0-9a-z]+", " ", fold(text)).split())


def _find_header(table: list[list[str]], source: str) -> tuple[int, dict[str, int], list[str]]:
    """(index of the header row, column -> position, headers ignored)."""
    aliases = {alias: column for column, names in COLUMNS.items() for alias in names}
    for index, row in enumerate(table[:HEADER_SEARCH_ROWS]):
        keys = [_header_key(cell) for cell in row]
        if not any(aliases.get(k) == "full_name" for k in keys):
            continue
        found: dict[str, int] = {}
        ignored: list[str] = []
        for position, (key, cell) in enumerate(zip(keys, row, strict=True)):
            column = aliases.get(key)
            if column is not None and column not in found:
                found[column] = position
            elif key and key not in IGNORED_HEADERS:
                ignored.append(cell)
        return index, found, ignored
    raise RosterImportError(
        f"Không thấy dòng tiêu đề có cột “Họ và tên” trong {HEADER_SEARCH_ROWS} dòng đầu của "
        f"“{source}”. Các cột đọc được: Mã, Họ và tên, Tình trạng, Chức vụ, Chi bộ, "
        "Tự chấm điểm, Tự xếp loại, Triệu tập.")


@dataclass(frozen=True)
class _Parsed:
    """A row's given values; None for a column absent or a cell left blank."""

    code: str | None
    full_name: str
    status: MemberStatus | None
    position: str | None
    organisation: str | None
    self_score: int | None
    self_rating: Level | None
    in_body: bool | None
    admitted_on: dt.date | None


def _formula_like(text: str) -> bool:
    """A cell a spreadsheet would run as a formula: "=…", "+…", "@…", or "-" right before more
    ("- Bí thư", a dash and a space, is a list mark, and a lone "-" means none)."""
    return text.startswith(("=", "+", "@")) or (len(text) > 1 and text[0] == "-"
                                                 and not text[1].isspace())


def _parse(cells: dict[str, str]) -> tuple[_Parsed | None, list[str]]:
    problems: list[str] = []
    name = " ".join(cells.get("full_name", "").split())
    if not name:
        problems.append("thiếu họ và tên")
    elif name.startswith(FORMULA_STARTS):
        problems.append(f"họ và tên bắt đầu bằng “{name[0]}” (có thể là công thức), không nhập")
    elif len(name.split()) < 2:
        problems.append(f"họ và tên “{name}” chỉ có một từ")

    for column, label in (("code", "mã"), ("position", "chức vụ"), ("organisation", "chi bộ")):
        if _formula_like(cell := cells.get(column, "")):
            problems.append(f"{label} “{cell}” bắt đầu bằng “{cell[0]}” (có thể là công thức), "
                            "không nhập")

    def word(column: str) -> str | None:
        return cells.get(column) or None

    status = None
    if (text := word("status")) is not None:
        status = STATUS_WORDS.get(_header_key(text))
        if status is None:
            problems.append(f"tình trạng “{text}” không rõ (chính thức, dự bị, miễn sinh hoạt, "
                            "đình chỉ)")
    score = None
    if (text := word("self_score")) is not None:
        if re.fullmatch(r"\d{1,3}", text) and int(text) <= 100:
            score = int(text)
        else:
            problems.append(f"điểm tự chấm “{text}” phải là số nguyên từ 0 đến 100")
    rating = None
    if (text := word("self_rating")) is not None:
        rating = LEVEL_WORDS.get(_header_key(text))
        if rating is None:
            problems.append(f"mức tự xếp loại “{text}” không rõ (HTXSNV, HTTNV, HTNV, KHTNV)")
    in_body = None
    if (text := word("in_body")) is not None:
        key = _header_key(text)
        if key in YES_WORDS or key in NO_WORDS:
            in_body = key in YES_WORDS
        else:
            problems.append(f"cột triệu tập “{text}” phải là “x” hoặc để trống")
    admitted = None
    if (text := word("admitted_on")) is not None:
        try:
            admitted = parse_date(text)
        except Refusal as exc:
            problems.append(f"ngày vào Đảng: {exc}")
    if problems:
        return None, problems
    return _Parsed(code=word("code"), full_name=name, status=status,
                   position=word("position"), organisation=word("organisation"),
                   self_score=score, self_rating=rating, in_body=in_body,
                   admitted_on=admitted), []


def _rows(table: list[list[str]], source: str) -> Iterator[tuple[int, dict[str, str]]]:
    header, columns, _ignored = _find_header(table, source)
    for offset, row in enumerate(table[header + 1:], start=header + 2):
        yield offset, {c: row[i] if i < len(row) else "" for c, i in columns.items()}


def _describe_changes(old: MemberData, new: MemberData,
                      organisations: dict[int, str]) -> str:
    def show(field: str, value: object) -> str:
        if field == "organisation_id":
            return organisations.get(value, "—") if isinstance(value, int) else "—"
        if field == "in_body":
            return "có" if value else "không"
        if isinstance(value, MemberStatus):
            return MEMBER_STATUS_NAMES[value].lower()
        if isinstance(value, dt.date):
            return short_date(value)
        return "—" if value in (None, "") else str(value)

    changes = []
    for field, label in FIELD_LABELS.items():
        before, after = getattr(old, field), getattr(new, field)
        if before != after:
            changes.append(f"{label}: {show(field, before)} → {show(field, after)}")
    return "; ".join(changes)


def _as_data(member: Member) -> MemberData:
    return MemberData(code=member.code, full_name=member.full_name, status=member.status,
                      position=member.position, organisation_id=member.organisation_id,
                      self_score=self_total(member), self_rating=member.self_rating,
                      in_body=member.in_body, admitted_on=member.admitted_on)


def file_cells(table: list[list[str]], source: str) -> tuple[str, ...]:
    """The distinct cells of the file's cell column, in the order they first appear."""
    found: dict[str, str] = {}
    for _line, cells in _rows(table, source):
        if name := " ".join(cells.get("organisation", "").split()):
            found.setdefault(fold(name), name)
    return tuple(found.values())


def without_cells(position: str, cells: tuple[str, ...]) -> str:
    """`position` with any of `cells` named in it taken out ("Phó Bí thư Đảng ủy, Chi bộ Văn
    phòng" → "Phó Bí thư Đảng ủy"), compared without case or diacritics."""
    for cell in sorted(cells, key=len, reverse=True):
        folded = fold(position)
        at = folded.find(fold(cell))
        if at >= 0:  # fold keeps the length: the same span of the original text
            position = position[:at] + position[at + len(cell):]
    return " ".join(position.replace(" ,", ",").strip(" ,;-–").split())


def preview_import(session: Session, meeting_id: int, path: Path,
                   only_cell: str | None = None) -> ImportPreview:
    """Read `path` and say, row by row, what importing it would do; with `only_cell`, only the
    rows of that cell (see the module docstring). Nothing is written."""
    table = read_table(path)
    _header, columns, ignored = _find_header(table, path.name)
    cells = file_cells(table, path.name)
    skipped = 0
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        raise RosterImportError(f"Không có hội nghị #{meeting_id}.")
    members = session.scalars(select(Member).where(Member.meeting_id == meeting_id)).all()
    by_code = {m.code: m for m in members}
    by_name: dict[str, list[Member]] = {}
    for m in members:
        by_name.setdefault(m.full_name.casefold(), []).append(m)
    orgs = session.scalars(select(Organisation).where(Organisation.meeting_id == meeting_id)).all()
    org_names = {o.id: o.name for o in orgs}
    org_lookup = {fold(o.code): o.id for o in orgs} | {fold(o.name): o.id for o in orgs}
    default_in_body = meeting.body_kind is BodyKind.chi_bo

    next_code = int(next_member_code(session, meeting_id)[1:])
    seen_codes: set[str] = set()
    seen_names: set[str] = set()
    result: list[ImportRow] = []
    for line, row_cells in _rows(table, path.name):
        if only_cell is not None and \
                fold(" ".join(row_cells.get("organisation", "").split())) != fold(only_cell):
            skipped += 1
            continue
        parsed, problems = _parse(row_cells)
        shown_name = " ".join(row_cells.get("full_name", "").split())
        code_text = row_cells.get("code", "")
        if only_cell is not None and parsed is not None:
            parsed = replace(parsed, organisation=None, position=None if parsed.position is None
                             else without_cells(parsed.position, cells))
        if parsed is None:
            result.append(ImportRow(line, Verdict.rejected, shown_name, code_text,
                                    "; ".join(problems)))
            continue
        name_key = parsed.full_name.casefold()
        if parsed.code is not None:
            if parsed.code in seen_codes:
                result.append(ImportRow(line, Verdict.rejected, parsed.full_name, parsed.code,
                                        f"mã “{parsed.code}” đã có ở dòng trên"))
                continue
            seen_codes.add(parsed.code)
            existing = by_code.get(parsed.code)
        else:
            if name_key in seen_names:
                result.append(ImportRow(line, Verdict.rejected, parsed.full_name, "",
                                        "trùng tên với dòng trên và không có mã để phân biệt"))
                continue
            namesakes = by_name.get(name_key, [])
            if len(namesakes) > 1:
                result.append(ImportRow(line, Verdict.rejected, parsed.full_name, "",
                                        "có nhiều người cùng tên trong danh sách: cần cột mã"))
                continue
            existing = namesakes[0] if namesakes else None
        seen_names.add(name_key)

        new_org = ""
        org_id: int | None = existing.organisation_id if existing else None
        if only_cell is not None:
            org_id = None
        elif parsed.organisation is not None:
            org_id = org_lookup.get(fold(parsed.organisation))
            if org_id is None:
                new_org = parsed.organisation
        base = _as_data(existing) if existing else MemberData(
            code=parsed.code or f"m{next_code:02d}", full_name=parsed.full_name,
            in_body=default_in_body)
        data = replace(
            base,
            code=parsed.code or base.code,
            full_name=parsed.full_name,
            status=parsed.status or base.status,
            position=parsed.position if parsed.position is not None else base.position,
            organisation_id=org_id,
            self_score=parsed.self_score if parsed.self_score is not None else base.self_score,
            self_rating=parsed.self_rating or base.self_rating,
            in_body=parsed.in_body if parsed.in_body is not None else base.in_body,
            admitted_on=parsed.admitted_on or base.admitted_on,
        )
        try:
            data = check_member(data)
        except SetupError as exc:
            result.append(ImportRow(line, Verdict.rejected, parsed.full_name, data.code,
                                    str(exc)))
            continue
        note = f"chi bộ mới “{new_org}”" if new_org else ""
        if existing is None:
            if parsed.code is None:
                next_code += 1
            result.append(ImportRow(line, Verdict.new, data.full_name, data.code, note, data,
                                    None, new_org))
            continue
        changes = _describe_changes(_as_data(existing), data, org_names)
        reason = "; ".join(part for part in (changes, note) if part)
        verdict = Verdict.changed if reason else Verdict.unchanged
        result.append(ImportRow(line, verdict, data.full_name, data.code, reason, data,
                                existing.id, new_org))
    return ImportPreview(path.name, tuple(result), tuple(ignored), cells, only_cell, skipped,
                         codes_given="code" in columns)


def apply_import(session: Session, meeting_id: int, preview: ImportPreview) -> int:
    """Write the new and changed rows of `preview`; returns how many members were written."""
    created: dict[str, int] = {}
    existing = session.scalars(
        select(Organisation).where(Organisation.meeting_id == meeting_id)).all()
    codes = {org.code for org in existing}
    order = max((org.sort_order for org in existing), default=0)
    written = 0
    for row in preview.accepted:
        assert row.data is not None
        data = row.data
        if row.new_organisation:
            key = fold(row.new_organisation)
            if key not in created:
                order += 1
                code = next(f"cb{n}" for n in range(order, order + len(codes) + 2)
                            if f"cb{n}" not in codes)
                codes.add(code)
                org = Organisation(meeting_id=meeting_id, code=code,
                                   name=row.new_organisation, sort_order=order)
                session.add(org)
                session.flush()
                created[key] = org.id
            data = replace(data, organisation_id=created[key])
        if row.member_id is None:
            add_member(session, meeting_id, data)
        else:
            update_member(session, meeting_id, row.member_id, data)
        written += 1
    return written
