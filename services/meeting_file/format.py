"""The meeting file (shared/spec/meeting-file.md, format `hoinghi.meeting/1`): read, check, write.

`load_meeting_file` turns bytes into typed objects or raises `RefusedError` with one clear message
per problem (bilingual, naming where: `members[3].status`, `dang-vien / m18`), never a traceback.
The file must be UTF-8 without BOM, JSON, at most `MAX_FILE_BYTES`. `meeting_file_json` writes the
same format back; `result_json` writes the result file; `write_json_atomic` never leaves a partial
or overwritten file behind when refused.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import tempfile
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, TypeVar

from models.enums import (
    LEVELS,
    AttendanceStatus,
    BodyKind,
    Level,
    MemberStatus,
    Period,
    SubjectKind,
)
from services.ballot.stored import subject_counts
from services.common.numbers import thousands
from services.common.text import fold, nfc
from services.meeting.electorate import Attendee, Electorate, derive
from services.meeting.setup import OWN_UNIT_CODE
from services.rules.engine import check_round, electorate_problem
from services.rules.profiles import PROFILES, profile_for_year, profile_named
from services.rules.stored import rules_json
from services.rules.types import (
    CONDITION_NAMES,
    GENERAL_MAX,
    SCORE_MAX,
    TASKS_MAX,
    Conditions,
    Denominator,
    InvalidBallotReason,
    Problem,
    QuotaAuthorisation,
    QuotaBase,
    QuotaRank,
    RefusedError,
    RoundInput,
    RoundResult,
    RuleSettings,
    SubjectAssessment,
    SubjectCounts,
    Threshold,
    assessment_from,
)

MEETING_FORMAT = "hoinghi.meeting/1"
RESULT_FORMAT = "hoinghi.result/1"
# A committee of 2,000 members and 120 cells makes a file of about 0.5 MB; 10 MB leaves room for
# any real unit while refusing a runaway file before it is read into memory.
MAX_FILE_BYTES = 10 * 1024 * 1024
# No meeting hands out a million ballots; a larger count is a typing slip (and would not fit the
# database's integers).
MAX_COUNT = 1_000_000
# The longest text of each kind, as the database's columns hold it (tests/services check them
# against models/): ids, names and positions, names of units and places, titles.
ID_LIMIT, NAME_LIMIT, UNIT_LIMIT, TEXT_LIMIT = 64, 200, 300, 500

if TYPE_CHECKING:
    from services.proceedings.announcement import RoundAnnouncement

E = TypeVar("E")


@dataclass(frozen=True)
class MeetingInfo:
    title: str
    body: str
    body_kind: BodyKind
    party_unit: str
    superior: str
    review_year: int
    date: dt.date | None
    place: str
    venue: str
    chair: str | None
    secretary: str | None
    tellers: tuple[str, ...]
    period: Period = Period.year
    standing_committee_signs: bool = False  # "T/M BAN THƯỜNG VỤ" (a committee only)


@dataclass(frozen=True)
class MemberEntry:
    code: str
    name: str
    status: MemberStatus
    position: str = ""
    organisation: str | None = None
    self_rating: Level | None = None
    in_body: bool | None = None  # None: derived (everyone at a cell; the committee at a committee)
    admitted: dt.date | None = None  # admission to the Party (optional "admitted", ISO date)
    assessment: SubjectAssessment | None = None  # scores and conditions; None: none recorded
    attendance: AttendanceStatus | None = None  # None: not (yet) recorded
    attendance_reason: str = ""


@dataclass(frozen=True)
class OrganisationEntry:
    code: str
    name: str
    self_rating: Level | None = None
    assessment: SubjectAssessment | None = None


@dataclass(frozen=True)
class MeetingFile:
    """A checked meeting file. Each round is a ready `RoundInput` (self-ratings filled in)."""

    meeting: MeetingInfo
    rules: RuleSettings
    members: tuple[MemberEntry, ...]
    organisations: tuple[OrganisationEntry, ...]
    convened: int
    present: int
    rounds: tuple[RoundInput, ...] = field(default=())


# ---------------------------------------------------------------- reading bytes


def decode_meeting_bytes(data: bytes) -> Any:
    """Bytes → JSON value, refusing empty, BOM, UTF-16, invalid UTF-8 and malformed JSON."""
    def refuse(message: str) -> RefusedError:
        return RefusedError([Problem("", message)])

    if len(data) > MAX_FILE_BYTES:
        raise refuse(f"tệp quá lớn: {len(data):,} byte, tối đa {MAX_FILE_BYTES:,} byte "
                     f"(file too large: limit {MAX_FILE_BYTES // (1024 * 1024)} MB)")
    if not data.strip():
        raise refuse("tệp rỗng (empty file)")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" in data[:4]:
        raise refuse("tệp mã hóa UTF-16; hãy lưu lại dạng UTF-8 không BOM "
                      "(file is UTF-16: save it as UTF-8 without BOM)")
    if data.startswith(b"\xef\xbb\xbf"):
        raise refuse("tệp UTF-8 có BOM ở đầu; hãy lưu lại dạng UTF-8 không BOM "
                     "(file starts with a byte-order mark: save it as UTF-8 without BOM)")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise refuse(f"tệp không phải UTF-8 hợp lệ (byte {error.start}) "
                     f"(not valid UTF-8 at byte {error.start})") from None

    def no_constants(name: str) -> Any:
        raise ValueError(f"{name} is not a JSON number")

    def no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for key, value in pairs:
            wrong = _bad_character(key)
            if wrong:
                raise ValueError(f"a key holds the invalid character {wrong}")
            if key in result:
                raise ValueError(f'duplicate key "{key}"')
            result[key] = value
        return result

    try:
        return json.loads(text, parse_constant=no_constants, object_pairs_hook=no_duplicates)
    except json.JSONDecodeError as error:
        raise refuse(f"không phải JSON hợp lệ: dòng {error.lineno}, cột {error.colno}: {error.msg}"
                     f" (not valid JSON: line {error.lineno}, column {error.colno})") from None
    except ValueError as error:
        raise refuse(f"không phải JSON hợp lệ: {error} (not valid JSON)") from None
    except RecursionError:
        raise refuse("JSON lồng nhau quá sâu (JSON nested too deeply)") from None


def read_meeting_bytes(path: Path) -> bytes:
    """The file's bytes, refusing a missing file or one above the size limit before reading it."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise RefusedError([Problem(str(path), f"tệp quá lớn: {size:,} byte, tối đa "
                                        f"{MAX_FILE_BYTES:,} byte (file too large: limit "
                                        f"{MAX_FILE_BYTES // (1024 * 1024)} MB)")])
        return path.read_bytes()
    except OSError as error:
        raise RefusedError([Problem(str(path), f"không đọc được tệp: {error.strerror} "
                                    "(cannot read the file)")]) from None


def load_meeting_file(path: Path) -> MeetingFile:
    return parse_meeting(decode_meeting_bytes(read_meeting_bytes(path)))


# ---------------------------------------------------------------- checking the structure


class _Missing:
    pass


MISSING = _Missing()


class _Checker:
    """Typed access to the JSON tree that records a problem instead of raising."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def refuse(self, where: str, message: str) -> None:
        self.problems.append(Problem(where, message))

    def get(self, obj: Mapping[str, Any], key: str, where: str, kind: str,
            required: bool = True, nullable: bool = False, limit: int = TEXT_LIMIT) -> Any:
        """`obj[key]` if it has JSON type `kind` (str, int, bool, object, array); else MISSING.

        An optional field set to null is the field left out (None when `nullable`). Text is
        NFC, at most `limit` characters, without control characters."""
        path = f"{where}.{key}" if where else key
        if key not in obj:
            if required:
                self.refuse(path, "thiếu trường bắt buộc (missing field)")
            return MISSING
        value = obj[key]
        if value is None and (nullable or not required):
            return None if nullable else MISSING
        if not _is_kind(value, kind):
            self.refuse(path, f"sai kiểu: cần {_KIND_VI[kind]}, có {_describe(value)} "
                        f"(wrong type: expected {kind})")
            return MISSING
        if not isinstance(value, str):
            return value
        text = nfc(value)
        wrong = _bad_character(text)
        if wrong:
            self.refuse(path, f"chứa ký tự không hợp lệ {wrong} (invalid character)")
            return MISSING
        if len(text) > limit:
            self.refuse(path, f"dài {thousands(len(text))} ký tự, tối đa {limit} "
                        "(text too long)")
            return MISSING
        return text

    def count(self, obj: Mapping[str, Any], key: str, where: str, required: bool = True,
              default: int = 0) -> int | None:
        """A non-negative whole number; None (and a problem) when it is anything else."""
        path = f"{where}.{key}" if where else key
        if key not in obj or (obj[key] is None and not required):
            if required:
                self.refuse(path, "thiếu trường bắt buộc (missing field)")
                return None
            return default
        value = obj[key]
        if not _is_kind(value, "int"):
            what = "số lẻ " if isinstance(value, float) else ""
            shown = _shown(value)
            self.refuse(path, f"phải là số nguyên không âm, có {what}{shown} "
                        "(must be a whole number)")
            return None
        if value < 0:
            self.refuse(path, f"số âm không hợp lệ: {value} (negative count)")
            return None
        if value > MAX_COUNT:
            self.refuse(path, f"số {thousands(value)} quá lớn, tối đa {thousands(MAX_COUNT)} "
                        "(count too large)")
            return None
        return int(value)

    def enum(self, obj: Mapping[str, Any], key: str, where: str, enum_class: type[E],
             required: bool = True, nullable: bool = False, default: Any = None) -> Any:
        before = len(self.problems)
        raw = self.get(obj, key, where, "str", required=required, nullable=nullable)
        if raw is MISSING:
            return MISSING if len(self.problems) > before else default
        if raw is None:
            return None
        try:
            return enum_class(raw)  # type: ignore[call-arg]
        except ValueError:
            choices = ", ".join(member.value for member in enum_class)  # type: ignore[attr-defined]
            path = f"{where}.{key}" if where else key
            noun = "mã mức xếp loại" if enum_class is Level else "giá trị"
            self.refuse(path, f'{noun} "{raw}" không tồn tại; dùng một trong: {choices} '
                        f"(unknown value)")
            return MISSING

    def items(self, obj: Mapping[str, Any], key: str, where: str,
              required: bool = True) -> list[Any]:
        value = self.get(obj, key, where, "array", required=required)
        return [] if value is MISSING else list(value)


_KIND_VI = {"str": "chuỗi", "int": "số nguyên", "bool": "true/false", "object": "đối tượng {…}",
            "array": "danh sách […]"}


def _bad_character(text: str) -> str | None:
    """"U+0000" for the first control character (other than tab and line breaks) or lone
    surrogate in `text`: neither can be stored, printed or written back as UTF-8."""
    for char in text:
        if unicodedata.category(char) in ("Cc", "Cs") and char not in "\t\n\r":
            return f"U+{ord(char):04X}"
    return None


def _shown(value: Any) -> str:
    """A value quoted in a message: JSON, shortened, escaped where it cannot be printed."""
    text = json.dumps(value, ensure_ascii=False)
    if _bad_character(text):
        text = json.dumps(value)
    return text if len(text) <= 40 else text[:39] + "…"


def _is_kind(value: Any, kind: str) -> bool:
    if kind == "int":
        return isinstance(value, int) and not isinstance(value, bool)
    return isinstance(value, {"str": str, "bool": bool, "object": dict, "array": list}[kind])


def _describe(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "số"
    if isinstance(value, str):
        return "chuỗi"
    return "danh sách" if isinstance(value, list) else "đối tượng"


def parse_meeting(data: Any) -> MeetingFile:
    """Check a decoded meeting file and build typed objects; RefusedError lists every problem."""
    check = _Checker()
    if not isinstance(data, dict):
        raise RefusedError([Problem("", "tệp phải là một đối tượng JSON {…} "
                                    "(the file must be a JSON object)")])
    fmt = data.get("format", MISSING)
    if fmt is MISSING:
        raise RefusedError([Problem("format", f'thiếu trường định dạng, cần "{MEETING_FORMAT}" '
                                    "(missing format tag)")])
    if fmt != MEETING_FORMAT:
        raise RefusedError([Problem("format", f"định dạng {_shown(fmt)} "
                                    f'không được hỗ trợ, cần "{MEETING_FORMAT}" '
                                    "(unknown format)")])

    meeting_obj = check.get(data, "meeting", "", "object")
    meeting = _parse_meeting_info(check, meeting_obj) if meeting_obj is not MISSING else None
    # Every id met, even of an entry with a problem, so that one problem is reported once.
    org_codes: set[str] = set()
    member_codes: set[str] = set()
    organisations = _parse_organisations(
        check, check.items(data, "organisations", "", required=False), org_codes)
    members = _parse_members(check, check.items(data, "members", ""), org_codes, member_codes)
    rules_obj = check.get(data, "rules", "", "object", required=False, nullable=True)
    year = meeting.review_year if meeting else 0
    rules = _parse_rules(check, {} if rules_obj in (MISSING, None) else rules_obj, year)

    body_kind = meeting.body_kind if meeting else BodyKind.chi_bo
    derived = derived_electorate(members, body_kind)
    convened = present = None
    electorate = check.get(data, "electorate", "", "object", required=derived is None)
    if electorate is not MISSING:
        convened = check.count(electorate, "convened", "electorate")
        present = check.count(electorate, "present", "electorate")
    if derived is not None:
        if (convened, present) not in ((None, None), (derived.electorate, derived.present)):
            check.refuse("electorate", _contradiction(convened, present, derived))
        convened, present = derived.electorate, derived.present

    if meeting is not None:
        for role, code in [("chair", meeting.chair), ("secretary", meeting.secretary),
                           *[(f"tellers[{i}]", c) for i, c in enumerate(meeting.tellers)]]:
            if code is not None and code not in member_codes:
                check.refuse(f"meeting.{role}", f'"{code}" không có trong danh sách đảng viên '
                             "(not on the roster)")

    if meeting is not None and _rates_itself(data, meeting, org_codes):
        organisations.append(OrganisationEntry(OWN_UNIT_CODE,
                                               meeting.body or meeting.party_unit or "Chi bộ"))
        org_codes.add(OWN_UNIT_CODE)
    known = {SubjectKind.member: member_codes, SubjectKind.organisation: org_codes}
    rounds = _parse_rounds(check, check.items(data, "rounds", ""), members, organisations, known,
                           body_kind,
                           convened if convened is not None else 0,
                           present if present is not None else 0)
    if convened is not None and present is not None:
        wrong = electorate_problem(convened, present)
        if wrong:  # said once for the file rather than once per round
            check.refuse("electorate", wrong)
        check.problems.extend(problem for round_ in rounds
                              for problem in check_round(round_, electorate=False))
    if check.problems or meeting is None or convened is None or present is None:
        raise RefusedError(check.problems)
    return MeetingFile(meeting=meeting, rules=rules, members=tuple(members),
                       organisations=tuple(organisations), convened=convened, present=present,
                       rounds=tuple(rounds))


def _rates_itself(data: Mapping[str, Any], meeting: MeetingInfo, org_codes: set[str]) -> bool:
    """A cell meeting whose rounds rate the reserved `tap-the` (the cell itself) without listing
    it in `organisations`: the cell is known without being listed, named as the meeting's body."""
    if meeting.body_kind is not BodyKind.chi_bo or OWN_UNIT_CODE in org_codes:
        return False
    rounds = data.get("rounds")
    return isinstance(rounds, list) and any(
        isinstance(round_, dict) and round_.get("subject_kind") == SubjectKind.organisation
        and isinstance(round_.get("subjects"), list)
        and any(isinstance(row, dict) and row.get("id") == OWN_UNIT_CODE
                for row in round_["subjects"])
        for round_ in rounds)


def in_convened_body(member: MemberEntry, body_kind: BodyKind) -> bool:
    """Whether the member belongs to the body convened: as the file says, else derived."""
    if member.in_body is not None:
        return member.in_body
    return derived_in_body(body_kind, member.position)


def derived_electorate(members: Iterable[MemberEntry], body_kind: BodyKind) -> Electorate | None:
    """The electorate by the one rule of services/meeting/electorate.py from the members' attendance
    marks; None when no member of the convened body carries one (then the file declares it)."""
    body = [m for m in members if in_convened_body(m, body_kind)]
    if all(m.attendance is None for m in body):
        return None
    return derive(Attendee(m.status, m.attendance) for m in body)


def _contradiction(convened: int | None, present: int | None, derived: Electorate) -> str:
    declared = ", ".join(f"{name} {value}" for name, value in
                         (("convened", convened), ("present", present)) if value is not None)
    return (f"khai {declared}, nhưng theo danh sách điểm danh: convened {derived.electorate}, "
            f"present {derived.present} ({derived.explanation()}) "
            "(the declared electorate contradicts the attendance marks)")


def _text(check: _Checker, obj: Mapping[str, Any], key: str, where: str,
          limit: int = TEXT_LIMIT) -> str:
    value = check.get(obj, key, where, "str", required=False, nullable=True, limit=limit)
    return "" if value in (MISSING, None) else str(value)


def _parse_meeting_info(check: _Checker, obj: Mapping[str, Any]) -> MeetingInfo | None:
    where = "meeting"
    body_kind = check.enum(obj, "body_kind", where, BodyKind)
    year = check.get(obj, "review_year", where, "int")
    if year is not MISSING and not 1930 <= year <= 2200:
        check.refuse("meeting.review_year", f"năm đánh giá {year} không hợp lý (implausible year)")
        year = MISSING
    date = _iso_date(check, obj, "date", where, "meeting.date")
    period = check.enum(obj, "period", where, Period, required=False, default=Period.year)
    chair = check.get(obj, "chair", where, "str", required=False, nullable=True, limit=ID_LIMIT)
    secretary = check.get(obj, "secretary", where, "str", required=False, nullable=True,
                          limit=ID_LIMIT)
    tellers = []
    for index, teller in enumerate(check.items(obj, "tellers", where, required=False)):
        if not isinstance(teller, str):
            check.refuse(f"meeting.tellers[{index}]", "cần mã đảng viên (expected a member id)")
            continue
        code = check.get({"tellers": teller}, "tellers", where, "str", limit=ID_LIMIT)
        if code in tellers:
            check.refuse(f"meeting.tellers[{index}]", f'"{code}" có hai lần (listed twice)')
        elif code is not MISSING:
            tellers.append(code)
    standing = check.get(obj, "standing_committee_signs", where, "bool", required=False)
    if standing is True and body_kind is BodyKind.chi_bo:
        check.refuse("meeting.standing_committee_signs", "chi bộ không có ban thường vụ "
                     "(only a committee, dang_uy, has a standing committee)")
    if body_kind is MISSING or year is MISSING:
        return None
    return MeetingInfo(
        title=_text(check, obj, "title", where),
        body=_text(check, obj, "body", where, UNIT_LIMIT), body_kind=body_kind,
        party_unit=_text(check, obj, "party_unit", where, UNIT_LIMIT),
        superior=_text(check, obj, "superior", where, UNIT_LIMIT), review_year=year, date=date,
        place=_text(check, obj, "place", where, NAME_LIMIT),
        venue=_text(check, obj, "venue", where, UNIT_LIMIT),
        chair=None if chair is MISSING else chair,
        secretary=None if secretary is MISSING else secretary, tellers=tuple(tellers),
        period=Period.year if period in (MISSING, None) else period,
        standing_committee_signs=standing is True,
    )


def _name(check: _Checker, obj: Mapping[str, Any], where: str, limit: int) -> str:
    """A required, non-empty name."""
    name = check.get(obj, "name", where, "str", limit=limit)
    if isinstance(name, str) and not name.strip():
        check.refuse(f"{where}.name", "tên rỗng (empty name)")
    return name if isinstance(name, str) else ""


def _entry_id(check: _Checker, obj: Any, where: str, seen: set[str]) -> str | None:
    if not isinstance(obj, dict):
        check.refuse(where, "cần một đối tượng {…} (expected an object)")
        return None
    code = check.get(obj, "id", where, "str", limit=ID_LIMIT)
    if code is MISSING:
        return None
    if not code.strip():
        check.refuse(f"{where}.id", "mã rỗng (empty id)")
        return None
    if code in seen:
        check.refuse(f"{where}.id", f'mã "{code}" bị trùng (duplicate id)')
        return None
    seen.add(code)
    return str(code)


def _iso_date(check: _Checker, obj: Any, key: str, where: str, field: str) -> dt.date | None:
    """An optional ISO date (YYYY-MM-DD); anything else is refused against `field`."""
    raw = check.get(obj, key, where, "str", required=False, nullable=True)
    if not isinstance(raw, str):
        return None
    try:
        return dt.date.fromisoformat(raw)
    except ValueError:
        check.refuse(field, f'ngày "{raw}" không đúng dạng YYYY-MM-DD (not an ISO date)')
        return None


def _parse_organisations(check: _Checker, items: list[Any],
                         seen: set[str]) -> list[OrganisationEntry]:
    result = []
    for index, obj in enumerate(items):
        where = f"organisations[{index}]"
        code = _entry_id(check, obj, where, seen)
        if code is None:
            continue
        before = len(check.problems)
        name = _name(check, obj, where, UNIT_LIMIT)
        rating = check.enum(obj, "self_rating", where, Level, required=False, nullable=True)
        assessment = _parse_assessment(check, obj, where,
                                       None if rating is MISSING else rating)
        if len(check.problems) == before:
            result.append(OrganisationEntry(code, name, rating, assessment))
    return result


def _parse_members(check: _Checker, items: list[Any], org_codes: set[str],
                   seen: set[str]) -> list[MemberEntry]:
    result = []
    for index, obj in enumerate(items):
        where = f"members[{index}]"
        code = _entry_id(check, obj, where, seen)
        if code is None:
            continue
        where = f"members[{index}] ({code})"
        before = len(check.problems)
        name = _name(check, obj, where, NAME_LIMIT)
        status = check.enum(obj, "status", where, MemberStatus)
        position = _text(check, obj, "position", where, NAME_LIMIT)
        org = check.get(obj, "organisation", where, "str", required=False, nullable=True,
                        limit=ID_LIMIT)
        if isinstance(org, str) and org not in org_codes:
            check.refuse(f"{where}.organisation", f'chi bộ "{org}" không có trong danh sách '
                         "organisations (unknown organisation)")
        rating = check.enum(obj, "self_rating", where, Level, required=False, nullable=True)
        assessment = _parse_assessment(check, obj, where, None if rating is MISSING else rating)
        in_body = check.get(obj, "in_body", where, "bool", required=False, nullable=True)
        admitted = _iso_date(check, obj, "admitted", where, f"{where}.admitted")
        attendance = check.enum(obj, "attendance", where, AttendanceStatus, required=False)
        reason = _text(check, obj, "attendance_reason", where)
        if reason and attendance is None:
            check.refuse(f"{where}.attendance_reason", "có lý do nhưng không có attendance "
                         "(a reason without an attendance mark)")
        if len(check.problems) > before:
            continue
        result.append(MemberEntry(code, name, status, position,
                                  org if isinstance(org, str) else None, rating,
                                  None if in_body is MISSING else in_body, admitted, assessment,
                                  attendance, reason))
    return result


def _points(check: _Checker, obj: Mapping[str, Any], key: str, where: str, maximum: int,
            required: bool) -> int | None:
    """A score part or total in 0..maximum; None when absent (or refused)."""
    value = check.get(obj, key, where, "int", required=required, nullable=not required)
    if not isinstance(value, int):
        return None
    if not 0 <= value <= maximum:
        check.refuse(f"{where}.{key}", f"điểm {value} ngoài thang 0–{maximum} "
                     f"(score outside 0-{maximum})")
        return None
    return value


def _parts(check: _Checker, obj: Mapping[str, Any], key: str, where: str,
           required: bool) -> tuple[int | None, int | None, Mapping[str, Any] | None]:
    """(general, tasks, the object) of a {"general": 0–30, "tasks": 0–70} field."""
    parts = check.get(obj, key, where, "object", required=False, nullable=True)
    if not isinstance(parts, dict):
        return None, None, None
    path = f"{where}.{key}"
    for extra in set(parts) - {"general", "tasks", "reason"}:
        check.refuse(f"{path}.{extra}", "trường không có trong định dạng (unknown field)")
    return (_points(check, parts, "general", path, GENERAL_MAX, required),
            _points(check, parts, "tasks", path, TASKS_MAX, required), parts)


def _parse_assessment(check: _Checker, obj: Mapping[str, Any], where: str,
                      rating: Level | None) -> SubjectAssessment | None:
    """The subject's QĐ 366 fields: `self_score` (a total 0–100), `self_score_parts` (its
    …/30 + …/70), `score` (the score the meeting accepts, with an optional `reason`) and
    `conditions`; None when the file records none of them."""
    if all(obj.get(key) is None for key in ("self_score", "self_score_parts", "score",
                                             "conditions")):
        return None  # absent or null alike
    total = _points(check, obj, "self_score", where, SCORE_MAX, required=False)
    self_general, self_tasks, parts = _parts(check, obj, "self_score_parts", where, False)
    if parts is not None and total is not None:
        if self_general is None or self_tasks is None:
            check.refuse(f"{where}.self_score", "ghi tổng self_score hoặc đủ hai phần "
                         "self_score_parts, không cả hai (a total with incomplete parts)")
        elif self_general + self_tasks != total:
            check.refuse(f"{where}.self_score", f"tổng {total} khác {self_general} + "
                         f"{self_tasks} = {self_general + self_tasks} của self_score_parts "
                         "(total differs from its parts)")
    general, tasks, accepted = _parts(check, obj, "score", where, True)
    reason = _text(check, accepted, "reason", f"{where}.score") if accepted else ""
    if (general, tasks) == (self_general, self_tasks):
        general = tasks = None  # the self-assessment as it is
    recorded: dict[str, bool | None] = {}
    conditions = check.get(obj, "conditions", where, "object", required=False, nullable=True)
    if isinstance(conditions, dict):
        for key in conditions:
            if key not in CONDITION_NAMES:
                check.refuse(f"{where}.conditions.{key}", f'điều kiện "{key}" không tồn tại; '
                             f"dùng {', '.join(CONDITION_NAMES)} (unknown condition)")
                continue
            value = check.get(conditions, key, f"{where}.conditions", "bool", nullable=True)
            recorded[key] = value if isinstance(value, bool) else None
    return assessment_from(
        rating, self_general=self_general, self_tasks=self_tasks,
        self_total=None if parts is not None else total, general=general, tasks=tasks,
        change_reason=reason, conditions=Conditions(**recorded))


def _parse_threshold(check: _Checker, obj: Any, where: str, fallback: Threshold) -> Threshold:
    if not isinstance(obj, dict):
        check.refuse(where, "cần {num, den, strict} (expected an object)")
        return fallback
    num = check.get(obj, "num", where, "int")
    den = check.get(obj, "den", where, "int")
    strict = check.get(obj, "strict", where, "bool", required=False)
    if MISSING in (num, den):
        return fallback
    if not 1 <= num <= den:
        check.refuse(where, f"ngưỡng {num}/{den} không hợp lệ: cần 0 < num ≤ den "
                     "(threshold must be a fraction in (0, 1])")
        return fallback
    return Threshold(num, den, fallback.strict if strict is MISSING else strict)


def _parse_rules(check: _Checker, obj: Mapping[str, Any], review_year: int) -> RuleSettings:
    """The profile's defaults (by review year, or `rules.profile`) with the file's settings."""
    where = "rules"
    profile = profile_for_year(review_year)
    code = check.get(obj, "profile", where, "str", required=False)
    if isinstance(code, str):
        named = profile_named(code)
        if named is None:
            known = ", ".join(p.code for p in PROFILES)
            check.refuse("rules.profile", f'bộ quy tắc "{code}" không tồn tại; dùng một trong: '
                         f"{known} (unknown rule profile)")
        else:
            profile = named
    settings = profile.defaults
    denominator = check.enum(obj, "denominator", where, Denominator, required=False,
                             default=settings.denominator)
    cumulative = check.get(obj, "cumulative", where, "bool", required=False)
    caps = check.get(obj, "score_caps_vote", where, "bool", required=False)
    # Written by earlier versions (a warning switch the score's cap replaced): read, no effect.
    check.get(obj, "score_bands", where, "bool", required=False)
    thresholds = dict(settings.thresholds)
    raw_thresholds = check.get(obj, "threshold", where, "object", required=False)
    if isinstance(raw_thresholds, dict):
        default = settings.threshold(Level.HTXSNV)
        if raw_thresholds.get("default") is not None:
            default = _parse_threshold(check, raw_thresholds["default"], "rules.threshold.default",
                                       default)
            thresholds = {level: default for level in LEVELS}
        for key, value in raw_thresholds.items():
            if key == "default" or value is None:
                continue
            if key not in set(LEVELS):
                check.refuse(f"rules.threshold.{key}", f'mã mức xếp loại "{key}" không tồn tại; '
                             f"dùng default hoặc {', '.join(LEVELS)} (unknown level code)")
                continue
            thresholds[Level(key)] = _parse_threshold(check, value, f"rules.threshold.{key}",
                                                      default)
    percent, base, authorisation = settings.quota_percent, settings.quota_base, None
    rank_by = settings.quota_rank_by
    quota = check.get(obj, "quota", where, "object", required=False)
    if isinstance(quota, dict):
        raw_percent = check.count(quota, "percent", "rules.quota", required=False,
                                  default=percent)
        if raw_percent is not None and raw_percent > 100:
            check.refuse("rules.quota.percent", f"tỷ lệ {raw_percent}% vượt 100% "
                         "(percent above 100)")
        elif raw_percent is not None:
            percent = raw_percent
        base = check.enum(quota, "base", "rules.quota", QuotaBase, required=False, default=base)
        rank_by = check.enum(quota, "rank_by", "rules.quota", QuotaRank, required=False,
                             default=rank_by)
        by = _text(check, quota, "authorised_by", "rules.quota")
        decision = _text(check, quota, "decision", "rules.quota")
        if by or decision:
            authorisation = QuotaAuthorisation(by, decision)
    return RuleSettings(
        profile=profile.code,
        denominator=settings.denominator if denominator is MISSING else denominator,
        thresholds=MappingProxyType(thresholds),
        cumulative=settings.cumulative if cumulative is MISSING else cumulative,
        quota_percent=percent, quota_base=settings.quota_base if base is MISSING else base,
        quota_authorisation=authorisation,
        quota_rank_by=settings.quota_rank_by if rank_by is MISSING else rank_by,
        score_caps_vote=settings.score_caps_vote if caps is MISSING else caps,
    )


def _parse_rounds(check: _Checker, items: list[Any], members: list[MemberEntry],
                  organisations: list[OrganisationEntry], known: dict[SubjectKind, set[str]],
                  body_kind: BodyKind, convened: int, present: int) -> list[RoundInput]:
    selves: dict[SubjectKind, dict[str, Assessed]] = {
        SubjectKind.member: {m.code: (m.name, m.self_rating, m.assessment) for m in members},
        SubjectKind.organisation: {o.code: (o.name, o.self_rating, o.assessment)
                                  for o in organisations},
    }
    seen: set[str] = set()
    result = []
    for index, obj in enumerate(items):
        round_id = _entry_id(check, obj, f"rounds[{index}]", seen)
        if round_id is None:
            continue
        kind = check.enum(obj, "subject_kind", round_id, SubjectKind)
        ballots = check.get(obj, "ballots", round_id, "object")
        counts: dict[str, int | None] = {}
        reasons: dict[InvalidBallotReason, int] = {}
        if ballots is not MISSING:
            for key in ("issued", "returned", "invalid"):
                counts[key] = check.count(ballots, key, f"{round_id} / ballots")
            raw_reasons = check.get(ballots, "invalid_reasons", f"{round_id} / ballots", "object",
                                    required=False)
            if isinstance(raw_reasons, dict):
                for reason in list(raw_reasons):
                    code = check.enum({"reason": reason}, "reason",
                                      f"{round_id} / ballots.invalid_reasons", InvalidBallotReason)
                    value = check.count(raw_reasons, reason,
                                        f"{round_id} / ballots.invalid_reasons")
                    if code is not MISSING and value is not None:
                        reasons[code] = value
        subjects = _parse_subjects(
            check, round_id, check.items(obj, "subjects", round_id),
            (known[kind], selves[kind]) if kind is not MISSING else None)
        if kind is MISSING or ballots is MISSING or None in counts.values():
            continue
        result.append(RoundInput(
            round_id=round_id, subject_kind=kind, ballots_issued=counts["issued"] or 0,
            ballots_returned=counts["returned"] or 0, ballots_invalid=counts["invalid"] or 0,
            subjects=tuple(subjects), electorate_convened=convened, electorate_present=present,
            body_kind=body_kind, invalid_reasons=MappingProxyType(reasons),
        ))
    return result


def _parse_subjects(
    check: _Checker, round_id: str, items: list[Any],
    roster: tuple[set[str], dict[str, Assessed]] | None,
) -> list[SubjectCounts]:
    """The subjects of one round; `roster` is (ids on the roster, their self-rating and
    assessment) for the round's kind, None when the kind itself is wrong (then not checked)."""
    codes, selves = roster if roster is not None else (None, {})
    result = []
    for index, obj in enumerate(items):
        if not isinstance(obj, dict):
            check.refuse(f"{round_id} / subjects[{index}]", "cần một đối tượng {…} "
                         "(expected an object)")
            continue
        code = check.get(obj, "id", f"{round_id} / subjects[{index}]", "str", limit=ID_LIMIT)
        if code is MISSING:
            continue
        where = f"{round_id} / {code}"
        if codes is not None and code not in codes:
            check.refuse(where, "không có trong danh sách đảng viên / chi bộ của hội nghị "
                         "(subject not on the roster)")
        votes_obj = check.get(obj, "votes", where, "object")
        votes: dict[Level, int] = {}
        broken = votes_obj is MISSING
        if isinstance(votes_obj, dict):
            for key in votes_obj:
                if key not in set(LEVELS):
                    check.refuse(f"{where}.votes.{key}", f'mã mức xếp loại "{key}" không tồn '
                                 f"tại; dùng {', '.join(LEVELS)} (unknown level code)")
                    broken = True
                    continue
                value = check.count(votes_obj, key, f"{where}.votes", required=False)
                broken = broken or value is None
                votes[Level(key)] = value or 0
        invalid_rows = check.count(obj, "invalid", where, required=False)
        if broken or invalid_rows is None:
            continue
        name, rating, assessment = selves.get(code, ("", None, None))
        result.append(subject_counts(code, {lv: votes.get(lv, 0) for lv in LEVELS},
                                     invalid_rows, rating, assessment, name))
    return result


Assessed = tuple[str, Level | None, SubjectAssessment | None]  # name, self-rating, score


# ---------------------------------------------------------------- writing


def _assessment_json(assessment: SubjectAssessment | None) -> dict[str, Any]:
    """The subject's QĐ 366 fields as `_parse_assessment` reads them (only what is recorded)."""
    if assessment is None:
        return {}
    written: dict[str, Any] = {}
    if assessment.self_total is not None:
        written["self_score"] = assessment.self_total
    parts = {"general": assessment.self_general, "tasks": assessment.self_tasks}
    if any(value is not None for value in parts.values()):
        written["self_score_parts"] = {key: v for key, v in parts.items() if v is not None}
    if assessment.changed and assessment.accepted is not None:
        written["score"] = {"general": assessment.accepted.general,
                            "tasks": assessment.accepted.tasks,
                            **({"reason": assessment.change_reason}
                               if assessment.change_reason else {})}
    recorded = {name: getattr(assessment.conditions, name) for name in CONDITION_NAMES
                if getattr(assessment.conditions, name) is not None}
    if recorded:
        written["conditions"] = recorded
    return written


def derived_in_body(body_kind: BodyKind, position: str) -> bool:
    """Whether a member belongs to the convened body when the file does not say (`in_body`):
    everyone at a cell meeting; at a committee meeting the committee members, known by their
    position (Bí thư / Phó Bí thư Đảng ủy, Đảng ủy viên, Ủy viên Ban Thường vụ), not a cell's
    own officers (Bí thư Chi bộ, Chi ủy viên)."""
    if body_kind is BodyKind.chi_bo:
        return True
    key = fold(position)
    return "dang uy" in key or "thuong vu" in key or key.startswith("uy vien")


def meeting_file_json(meeting_file: MeetingFile) -> dict[str, Any]:
    """The meeting file as a JSON object, in the order of the spec's example."""
    info = meeting_file.meeting
    members = []
    for member in meeting_file.members:
        entry: dict[str, Any] = {"id": member.code, "name": member.name,
                                 "status": member.status.value, "position": member.position,
                                 "organisation": member.organisation,
                                 "self_rating": _level(member.self_rating),
                                 "self_score": None, **_assessment_json(member.assessment)}
        if (member.in_body is not None
                and member.in_body != derived_in_body(info.body_kind, member.position)):
            entry["in_body"] = member.in_body
        if member.admitted is not None:
            entry["admitted"] = member.admitted.isoformat()
        if member.attendance is not None:
            entry["attendance"] = member.attendance.value
            if member.attendance_reason:
                entry["attendance_reason"] = member.attendance_reason
        members.append(entry)
    rounds = []
    for round_ in meeting_file.rounds:
        ballots: dict[str, Any] = {"issued": round_.ballots_issued,
                                   "returned": round_.ballots_returned,
                                   "invalid": round_.ballots_invalid}
        if round_.invalid_reasons:
            ballots["invalid_reasons"] = {reason.value: count
                                          for reason, count in round_.invalid_reasons.items()}
        rounds.append({
            "id": round_.round_id, "subject_kind": round_.subject_kind.value, "ballots": ballots,
            "subjects": [{"id": s.subject_id,
                          "votes": {lv.value: s.votes_for(lv) for lv in LEVELS},
                          "invalid": s.invalid_rows} for s in round_.subjects],
        })
    return {
        "format": MEETING_FORMAT,
        "meeting": {
            "title": info.title, "body": info.body, "body_kind": info.body_kind.value,
            "party_unit": info.party_unit, "superior": info.superior,
            "review_year": info.review_year,
            "date": info.date.isoformat() if info.date else None, "place": info.place,
            "venue": info.venue, "chair": info.chair, "secretary": info.secretary,
            "tellers": list(info.tellers),
            **({"period": info.period.value} if info.period is not Period.year else {}),
            **({"standing_committee_signs": True} if info.standing_committee_signs else {}),
        },
        "rules": rules_json(meeting_file.rules),
        "members": members,
        "organisations": [{"id": o.code, "name": o.name, "self_rating": _level(o.self_rating),
                           **_assessment_json(o.assessment)}
                          for o in meeting_file.organisations],
        "electorate": {"convened": meeting_file.convened, "present": meeting_file.present},
        "rounds": rounds,
    }


def _level(level: Level | None) -> str | None:
    return level.value if level is not None else None


def result_json(results: list[RoundResult]) -> dict[str, Any]:
    """The result file (`hoinghi.result/1`) for computed rounds.

    `subjects`, `summary` and `quota` hold exactly the spec's fields (a subject also has
    `vote_level` and `cap` where the QĐ 366 cap applies; `quota` is null for a cell rating
    itself), so they compare equal to a reference result; what this app adds (explanations, the
    quota arithmetic, the denominator) is under each round's `details`.
    """
    return {"format": RESULT_FORMAT, "rounds": [round_result_json(r) for r in results]}


def announced_result_json(items: list[RoundAnnouncement]) -> dict[str, Any]:
    """The result file (`hoinghi.result/1`) of a stored meeting's `announcements`: every
    round's latest revision with its `state` and `revision`, the chair's decisions by subject,
    and a round whose counts do not add up yet listed with its problems under `warnings`."""
    rounds = []
    for item in items:
        head = {"id": item.code, "subject_kind": item.kind.value,
                "state": "locked" if item.locked else "open", "revision": item.revision}
        if item.reported is None:
            rounds.append({**head, "subjects": [], "summary": None, "quota": None,
                           "warnings": [{"code": "counts_refused", "message": problem.said,
                                         "where": problem.where}
                                        for problem in item.problems]})
            continue
        entry = {**head, **round_result_json(item.reported.result)}
        for subject in entry["subjects"]:
            decision = item.reported.decisions.get(subject["id"])
            if decision is not None:
                subject["decision"] = {"level": decision.level.value, "reason": decision.reason}
        rounds.append(entry)
    return {"format": RESULT_FORMAT, "rounds": rounds}


def round_result_json(result: RoundResult) -> dict[str, Any]:
    """One round of the result file; `details.electorate` is the electorate it was computed
    with."""
    summary = result.summary
    quota = result.quota
    return {
        "id": result.round.round_id,
        "subject_kind": result.round.subject_kind.value,
        "subjects": [{"id": s.subject_id, "level": _level(s.level),
                      **({"vote_level": _level(s.vote_level), "cap": _level(s.cap)}
                         if s.cap is not None else {})}
                     for s in result.subjects],
        "summary": {**{lv.value: summary.counts[lv] for lv in LEVELS},
                    "undecided": summary.undecided,
                    "percent": {lv.value: summary.percent[lv] for lv in LEVELS}},
        "quota": None if quota is None else {
            "base": quota.base, "percent": quota.percent, "limit": quota.limit,
            "exceeded": quota.exceeded, "within": list(quota.within),
            "tied": list(quota.tied), "over": list(quota.over)},
        "warnings": [{"code": w.code, "message": w.message,
                      **({"subject": w.subject_id} if w.subject_id else {})}
                     for w in result.warnings],
        "details": {
            "electorate": {"convened": result.round.electorate_convened,
                           "present": result.round.electorate_present},
            "denominator": {"kind": result.settings.denominator.value,
                            "value": result.denominator},
            "quota": None if quota is None else {"base_kind": quota.base_kind.value,
                                                 "arithmetic": quota.arithmetic,
                                                 "rank_by": quota.rank_by.value},
            "subjects": {
                s.subject_id: {"explanation": list(s.explanation),
                               "quota": s.quota_status.value if s.quota_status else None,
                               "proposed_level": _level(s.proposed_level)}
                for s in result.subjects
            },
        },
    }


def json_bytes(data: Any) -> bytes:
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def write_atomic(path: Path, write: Callable[[Path], object]) -> None:
    """Let `write` fill a temporary file beside `path`, then rename it into place: a failure
    leaves `path` as it was (absent or untouched)."""
    path = Path(path)
    handle, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp",
                                         dir=path.parent)
    os.close(handle)
    temp = Path(temp_name)
    try:
        write(temp)
        # mkstemp makes the file private (0600); give it the mode a plain write would have.
        os.chmod(temp, path.stat().st_mode & 0o777 if path.exists() else 0o644)
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def write_json_atomic(path: Path, data: Any) -> None:
    payload = json_bytes(data)
    write_atomic(path, lambda temp: temp.write_bytes(payload))
