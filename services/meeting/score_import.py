"""Importing the self-assessments the secretary collected in a spreadsheet (.xlsx or .csv), one
row a member: name or code, …/30, …/70, the self-proposed level and any of the conditions of
QĐ 366. The file is read as the roster import reads it (services/meeting/roster_import.py: text
only, formulas never run, Excel's CSV encodings); the preview says for each row what changes, or why
the row is refused, naming the row and the column; `apply_scores` writes only the accepted rows.

A cell left blank changes nothing; a member not on the roster is refused (a score sheet never
adds members).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.enums import Level
from models.roster import Member
from services.common.labels import CONDITION_VALUES, CONDITION_WORDS
from services.meeting.assessments import (
    CONDITION_NAMES,
    AssessmentError,
    SubjectAssessment,
    assessment_of,
    set_condition,
    set_self_assessment,
)
from services.meeting.roster_import import (
    COLUMNS,
    HEADER_SEARCH_ROWS,
    LEVEL_WORDS,
    NO_WORDS,
    YES_WORDS,
    ImportRow,
    RosterImportError,
    Verdict,
    _header_key,
    read_table,
)
from services.rules.types import GENERAL_MAX, SCORE_MAX, TASKS_MAX

# Column -> the starts of the headers that name it (folded); the first column matching wins, so
# the more specific come first ("vi pham da tu giac bao cao" before "vi pham").
SCORE_COLUMNS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("code", COLUMNS["code"]),
    ("full_name", COLUMNS["full_name"]),
    ("self_general", ("tieu chi chung", "diem tieu chi chung", "diem chung", "30 diem")),
    ("self_tasks", ("ket qua thuc hien nhiem vu", "ket qua nhiem vu", "thuc hien nhiem vu",
                    "diem nhiem vu", "nhiem vu", "70 diem")),
    ("self_total", ("tong", "tong diem", "tong so diem", "tu cham diem", "diem tu cham")),
    ("self_rating", ("tu xep loai", "muc tu xep loai", "tu nhan muc", "muc de xuat",
                     "de xuat xep loai", "tu danh gia")),
    ("self_reported_remedied", ("tu giac bao cao", "da tu giac bao cao", "vi pham da tu giac",
                                "tu bao cao")),
    ("disqualifying_violation", ("vi pham", "co vi pham", "suy thoai", "ky luat")),
    ("failed_over_50pct", ("tren 50", "khong hoan thanh tren 50", "khong hoan thanh")),
    ("all_tasks_on_time", ("hoan thanh 100", "dung tien do", "hoan thanh dung tien do")),
    ("exceeded_30pct", ("vuot 30", "tren 30", "vuot muc", "san pham vuot troi")),
    ("shortcomings_remedied", ("khac phuc", "da khac phuc", "han che da khac phuc")),
)


@dataclass(frozen=True)
class ScoreRow:
    """What one accepted row writes: None for a cell left blank."""

    member_id: int
    general: int | None = None
    tasks: int | None = None
    total: int | None = None
    level: Level | None = None
    conditions: dict[str, bool] = field(default_factory=dict)


@dataclass(frozen=True)
class ScorePreview:
    """The rows as the preview shows them (`rows`, the roster import's own kind of row) and what
    each accepted one writes, by line."""

    source: str
    rows: tuple[ImportRow, ...]
    writes: dict[int, ScoreRow]
    ignored_columns: tuple[str, ...] = ()

    def count(self, verdict: Verdict) -> int:
        return sum(1 for row in self.rows if row.verdict is verdict)

    @property
    def accepted(self) -> tuple[ImportRow, ...]:
        return tuple(row for row in self.rows if row.line in self.writes)


def _column_of(key: str) -> str | None:
    for column, starts in SCORE_COLUMNS:
        if any(key == start or key.startswith(start + " ") for start in starts):
            return column
    return None


def _header(table: list[list[str]], source: str) -> tuple[int, dict[str, int], list[str],
                                                          list[str]]:
    """(header row, column -> position, the headers as written, headers ignored)."""
    for index, row in enumerate(table[:HEADER_SEARCH_ROWS]):
        found: dict[str, int] = {}
        ignored = []
        for position, cell in enumerate(row):
            column = _column_of(_header_key(cell))
            if column is not None and column not in found:
                found[column] = position
            elif cell.strip() and _header_key(cell) not in ("stt", "tt", "ghi chu"):
                ignored.append(cell)
        if ("full_name" in found or "code" in found) and len(found) > 1:
            return index, found, row, ignored
    raise RosterImportError(
        f"Không thấy dòng tiêu đề của bảng điểm trong {HEADER_SEARCH_ROWS} dòng đầu của "
        f"“{source}”: cần cột “Họ và tên” (hoặc “Mã”) và các cột điểm “Tiêu chí chung” (…/30), "
        "“Kết quả thực hiện nhiệm vụ” (…/70), “Tự xếp loại”.")


def _number(text: str, maximum: int) -> int | None:
    return int(text) if re.fullmatch(r"\d{1,3}", text) and int(text) <= maximum else None


def _parse(cells: dict[str, str], titles: dict[str, str]
           ) -> tuple[ScoreRow | None, list[str]]:
    """The row's values (member not yet known: id 0), or the problems, each naming its column."""
    problems: list[str] = []
    values: dict[str, int] = {}
    for column, maximum in (("self_general", GENERAL_MAX), ("self_tasks", TASKS_MAX),
                            ("self_total", SCORE_MAX)):
        text = cells.get(column, "")
        if not text:
            continue
        number = _number(text, maximum)
        if number is None:
            problems.append(f"cột “{titles[column]}”: “{text}” phải là số nguyên từ 0 đến "
                            f"{maximum}")
        else:
            values[column] = number
    general, tasks, total = (values.get(c) for c in ("self_general", "self_tasks", "self_total"))
    if (general is None) != (tasks is None) and not problems:
        missing = "self_tasks" if tasks is None else "self_general"
        problems.append(f"cột “{titles.get(missing, missing)}” để trống: cần cả hai phần điểm")
    if general is not None and tasks is not None and total is not None \
            and general + tasks != total:
        problems.append(f"cột “{titles['self_total']}”: {total} khác {general} + {tasks} = "
                        f"{general + tasks}")
    level = None
    if text := cells.get("self_rating", ""):
        level = LEVEL_WORDS.get(_header_key(text))
        if level is None:
            problems.append(f"cột “{titles['self_rating']}”: mức “{text}” không rõ (HTXSNV, "
                            "HTTNV, HTNV, KHTNV)")
    conditions: dict[str, bool] = {}
    for name in CONDITION_NAMES:
        if not (text := cells.get(name, "")):
            continue
        key = _header_key(text)
        if key in YES_WORDS or key in NO_WORDS:
            conditions[name] = key in YES_WORDS
        else:
            problems.append(f"cột “{titles[name]}”: “{text}” phải là “có” hoặc “không”")
    if problems:
        return None, problems
    return ScoreRow(0, general, tasks, total if general is None else None, level,
                    conditions), []


def _changes(before: SubjectAssessment, row: ScoreRow) -> str:
    """"tự chấm: —/30 + —/70 → 27/30 + 62/70; tự xếp loại: — → HTTNV; …", empty when none."""
    def shown(value: object) -> str:
        return "—" if value is None else str(value)

    changes = []
    if row.general is not None and (row.general, row.tasks) != (before.self_general,
                                                                before.self_tasks):
        changes.append(f"tự chấm: {shown(before.self_general)}/{GENERAL_MAX} + "
                       f"{shown(before.self_tasks)}/{TASKS_MAX} → {row.general}/{GENERAL_MAX} "
                       f"+ {row.tasks}/{TASKS_MAX}")
    if row.total is not None and row.total != before.self_total:
        changes.append(f"tự chấm: {shown(before.self_total)} → {row.total}/{SCORE_MAX}")
    if row.level is not None and row.level is not before.self_level:
        changes.append(f"tự xếp loại: {shown(before.self_level)} → {row.level}")
    for name, value in row.conditions.items():
        old = getattr(before.conditions, name)
        if old is not value:
            changes.append(f"{CONDITION_WORDS[name]}: {CONDITION_VALUES[old].lower()} → "
                           f"{CONDITION_VALUES[value].lower()}")
    return "; ".join(changes)


def preview_scores(session: Session, meeting_id: int, path: Path) -> ScorePreview:
    """Read `path` and say, row by row, what importing it would change. Nothing is written."""
    table = read_table(path)
    header, columns, written, ignored = _header(table, path.name)
    titles = {column: written[position] for column, position in columns.items()}
    members = session.scalars(select(Member).where(Member.meeting_id == meeting_id)).all()
    by_code = {m.code: m for m in members}
    by_name: dict[str, list[Member]] = {}
    for member in members:
        by_name.setdefault(member.full_name.casefold(), []).append(member)
    rows: list[ImportRow] = []
    writes: dict[int, ScoreRow] = {}
    seen: set[int] = set()
    for line, raw in enumerate(table[header + 1:], start=header + 2):
        cells = {c: raw[i] if i < len(raw) else "" for c, i in columns.items()}
        name = " ".join(cells.get("full_name", "").split())
        code = cells.get("code", "")

        def refuse(reason: str, name: str = name, code: str = code, line: int = line) -> None:
            rows.append(ImportRow(line, Verdict.rejected, name, code, reason))

        if code:
            found = by_code.get(code)
            if found is None:
                refuse(f"cột “{titles['code']}”: không có đảng viên mã “{code}” trong danh sách")
                continue
            member = found
        else:
            namesakes = by_name.get(name.casefold(), []) if name else []
            if not name:
                refuse("thiếu họ và tên (và mã)")
                continue
            if len(namesakes) != 1:
                refuse(f"cột “{titles['full_name']}”: " + (
                    f"không có “{name}” trong danh sách đảng viên của hội nghị" if not namesakes
                    else f"có {len(namesakes)} người tên “{name}”: cần cột mã"))
                continue
            member = namesakes[0]
        if member.id in seen:
            refuse(f"đồng chí {member.full_name} đã có ở dòng trên")
            continue
        seen.add(member.id)
        parsed, problems = _parse(cells, titles)
        if parsed is None:
            refuse("; ".join(problems), member.full_name, member.code)
            continue
        change = _changes(assessment_of(session, member_id=member.id), parsed)
        verdict = Verdict.changed if change else Verdict.unchanged
        rows.append(ImportRow(line, verdict, member.full_name, member.code, change,
                              member_id=member.id))
        if change:
            writes[line] = ScoreRow(member.id, parsed.general, parsed.tasks, parsed.total,
                                    parsed.level, parsed.conditions)
    return ScorePreview(path.name, tuple(rows), writes, tuple(ignored))


def apply_scores(session: Session, preview: ScorePreview) -> int:
    """Write the accepted rows in the caller's transaction; returns how many members changed.
    Raises AssessmentError (the caller rolls back: nothing changes) if a value is refused."""
    for row in preview.writes.values():
        before = assessment_of(session, member_id=row.member_id)
        if row.general is not None or row.total is not None or row.level is not None:
            general, tasks = before.self_general, before.self_tasks
            total = before.self_total if general is None and tasks is None else None
            if row.general is not None:
                general, tasks, total = row.general, row.tasks, None
            elif row.total is not None:
                general, tasks, total = None, None, row.total
            set_self_assessment(session, member_id=row.member_id, general=general, tasks=tasks,
                                level=row.level or before.self_level, total=total)
        for name, value in row.conditions.items():
            set_condition(session, member_id=row.member_id, name=name, value=value)
    return len(preview.writes)


__all__ = ["AssessmentError", "ScorePreview", "apply_scores", "preview_scores"]
