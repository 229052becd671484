"""Snapshots of the meeting database, and restoring one of them (Qt-free).

A snapshot is taken before each migration (models/database.py), at each change of agenda step
(the main controller), before each restore and on demand; the newest 20 are kept
(models/backup.py). Restoring copies a snapshot over the open database after taking a snapshot of
the state it replaces, then appends a `restore` event to the restored audit chain: which snapshot,
and the length and last hash of the chain it replaced (still readable in the snapshot taken just
before), so that the log says the data went back in time and by whose hand. `verify` replays a
restore event as no change of rows: the restored rows are the snapshot's, which its own events
account for.

A database on a server (PostgreSQL) has no file to copy: its snapshot of a meeting is the
meeting's export file (shared/spec/meeting-file.md: roster, rules, electorate, rounds and their
counts), kept in the data folder by server, database and meeting. Restoring one never touches
the meeting in use: it imports the file as a new meeting (on the audit record by whose hand),
which the chair then opens.
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from models.audit import AuditEvent, append_events
from models.backup import backup_sqlite, list_backups, prune, snapshot_path, snapshots_in
from models.database import Database, migrate
from models.enums import SubjectKind
from models.places import default_database_path
from services.ballot.reported import round_named
from services.common.errors import Refusal

BEFORE_MIGRATION = "truoc-nang-cap"
BEFORE_RESTORE = "truoc-khoi-phuc"
MANUAL = "thu-cong"
STEP_PREFIX = "buoc-"
RESTORE_ACTION = "restore"
RESTORE_TABLE = "database"
EXPORT_SUFFIX = ".meeting.json"
_NAME = re.compile(r"-(\d{8}-\d{6}-\d{6})-([a-z0-9-]+)\.(sqlite|meeting\.json)$")


class BackupError(Refusal):
    """A snapshot cannot be taken or restored (not an SQLite file of this app, no file)."""


@dataclass(frozen=True)
class Snapshot:
    path: Path
    taken_at: dt.datetime
    reason: str  # BEFORE_MIGRATION, BEFORE_RESTORE, MANUAL or "buoc-N"
    size: int

    @property
    def is_export(self) -> bool:
        """A meeting's export file (a server database's snapshot), not a database file."""
        return self.path.name.endswith(EXPORT_SUFFIX)

    @property
    def step(self) -> int | None:
        """The agenda step entered when the snapshot was taken, for a step snapshot."""
        if self.reason.startswith(STEP_PREFIX) and self.reason[len(STEP_PREFIX):].isdigit():
            return int(self.reason[len(STEP_PREFIX):])
        return None


def step_reason(step: int) -> str:
    return f"{STEP_PREFIX}{step}"


def _database_file(db: Database) -> Path:
    if db.file is None:
        raise BackupError("Chỉ sao lưu được cơ sở dữ liệu SQLite trên máy này "
                          "(only an SQLite file can be backed up here).")
    return db.file


def _export_folder(db: Database, meeting_id: int) -> tuple[Path, str]:
    """Where a server database's meeting is kept, and the stem of its snapshots' names."""
    url = db.url
    server = re.sub(r"[^A-Za-z0-9.]+", "-",
                    f"{url.get_backend_name()}-{url.host or 'local'}-{url.port or ''}-"
                    f"{url.database or ''}").strip("-")
    stem = f"hoi-nghi-{meeting_id}"
    return default_database_path().parent / "hoinghi-backups" / server / stem, stem


def take_snapshot(db: Database, reason: str, meeting_id: int | None = None) -> Path | None:
    """A snapshot of the open database: a copy of the SQLite file; on a server, the export
    file of meeting `meeting_id` (None: nothing to keep, no meeting open)."""
    if db.file is not None:
        return backup_sqlite(db.file, reason)
    if meeting_id is None:
        return None
    from services.meeting_file.format import write_json_atomic
    from services.meeting_file.store import export_meeting

    folder, stem = _export_folder(db, meeting_id)
    target = snapshot_path(folder, stem, reason, EXPORT_SUFFIX)
    write_json_atomic(target, export_meeting(db, meeting_id))
    prune(folder, stem, EXPORT_SUFFIX)
    return target


def list_snapshots(db: Database, meeting_id: int | None = None) -> list[Snapshot]:
    """The snapshots of the open database (on a server: of meeting `meeting_id`), newest
    first."""
    if db.file is not None:
        paths = list_backups(db.file)
    elif meeting_id is not None:
        paths = snapshots_in(*_export_folder(db, meeting_id), EXPORT_SUFFIX)
    else:
        paths = []
    snapshots = []
    for path in paths:
        match = _NAME.search(path.name)
        if match is None:
            continue
        taken = dt.datetime.strptime(match.group(1), "%Y%m%d-%H%M%S-%f")
        snapshots.append(Snapshot(path, taken, match.group(2), path.stat().st_size))
    return snapshots


def _read_snapshot(snapshot: Path) -> sqlite3.Connection:
    """The snapshot copied into memory (it may be pruned by the snapshot taken next), checked."""
    memory = sqlite3.connect(":memory:")
    try:
        source = sqlite3.connect(f"file:{snapshot}?mode=ro", uri=True)
        try:
            source.backup(memory)
        finally:
            source.close()
        if memory.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise BackupError(f"Bản sao lưu {snapshot.name} bị hỏng (the backup is damaged).")
        tables = {row[0] for row in memory.execute("SELECT name FROM sqlite_master")}
        if not {"audit_event", "alembic_version"} <= tables:
            raise BackupError(f"{snapshot.name} không phải bản sao lưu của Hội nghị "
                              "(not a Hội nghị backup).")
    except sqlite3.DatabaseError as error:
        memory.close()
        raise BackupError(f"Không đọc được bản sao lưu {snapshot.name}: {error}") from error
    except BackupError:
        memory.close()
        raise
    return memory


_LOCKED_ROUNDS = ("SELECT id, code, revision, issued, returned, invalid, invalid_reasons, "
                  "electorate_convened, electorate_present FROM ballot_round "
                  "WHERE state = 'locked'")
_NAMED_ROUND = ("SELECT r.subject_kind, r.title, r.revision, m.title, m.date FROM ballot_round r "
                "JOIN meeting m ON m.id = r.meeting_id WHERE r.id = ?")
_SUBJECTS = ("SELECT id, member_id, organisation_id, votes_htxsnv, votes_httnv, votes_htnv, "
             "votes_khtnv, invalid_rows FROM round_subject WHERE round_id = ? ORDER BY id")


def _locked_rounds(connection: sqlite3.Connection) -> dict[int, tuple[tuple[object, ...], ...]]:
    """Each locked round revision by id: its frozen figures and its subjects' counts, raw."""
    try:
        rounds = connection.execute(_LOCKED_ROUNDS).fetchall()
        return {row[0]: (tuple(row), *connection.execute(_SUBJECTS, (row[0],)).fetchall())
                for row in rounds}
    except sqlite3.DatabaseError:
        return {}  # no rounds yet (an old schema), or a file too damaged to read


def _unlocking(current: Path, content: sqlite3.Connection) -> str | None:
    """The first locked round of `current` that the snapshot would take back or change."""
    connection = sqlite3.connect(f"file:{current}?mode=ro", uri=True)
    try:
        locked = _locked_rounds(connection)
        kept = _locked_rounds(content)
        for round_id, frozen in locked.items():
            if kept.get(round_id) != frozen:
                return _round_named(connection, round_id)
    finally:
        connection.close()
    return None


def _round_named(connection: sqlite3.Connection, round_id: int) -> str:
    """The round as the chair knows it: its title, revision, meeting and day (never its id)."""
    kind, title, revision, meeting, held = connection.execute(_NAMED_ROUND,
                                                             (round_id,)).fetchone()
    return round_named(SubjectKind[kind], title or "", revision, meeting,
                       dt.date.fromisoformat(held) if held else None)


def restore_export(db: Database, snapshot: Snapshot, actor: str) -> int:
    """A server database's snapshot brought back as a new meeting (the one in use stays as it
    is: nothing signed is undone); returns its id. Refused as the import would be."""
    from services.meeting_file.store import import_meeting
    from services.rules.types import RefusedError

    try:
        return import_meeting(db, snapshot.path, actor)
    except (RefusedError, OSError) as error:
        raise BackupError(f"Không khôi phục được {snapshot.path.name}: {error}") from error


def restore_snapshot(db: Database, snapshot: Snapshot, actor: str) -> Path:
    """Put `snapshot` in place of the open database's content; returns the snapshot taken of
    the state it replaced. The restore is appended to the (restored) audit chain.

    Refused when the snapshot predates the lock of a round that is locked now (or differs from
    it): a restore never reopens signed counts; reopening is the round's own, recorded, step.
    """
    database = _database_file(db)
    content = _read_snapshot(snapshot.path)
    try:
        unlocked = _unlocking(database, content)
        if unlocked is not None:
            raise BackupError(
                f"Không khôi phục bản sao lưu lúc {snapshot.taken_at:%d/%m/%Y %H:%M}: {unlocked} "
                "đã khóa (ký biên bản) sau thời điểm đó, khôi phục sẽ làm mất kết quả đã ký. Nếu "
                "cần sửa, hãy mở lại vòng (tạo phiên bản mới). (The backup predates a locked "
                "round; a restore never unlocks signed counts.)")
        with db.session() as session:
            replaced_events = session.scalar(select(func.count(AuditEvent.id))) or 0
            replaced_head = session.scalar(
                select(AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1)) or ""
        kept = backup_sqlite(database, BEFORE_RESTORE)
        db.engine.dispose()
        target = sqlite3.connect(database, timeout=5, isolation_level=None)
        try:
            # Python's backup waits for ever on a busy file: see first that the file is free.
            target.execute("BEGIN IMMEDIATE")
            target.execute("ROLLBACK")
            content.backup(target)  # one transaction: on failure the file is as it was
        except sqlite3.Error as error:
            raise BackupError(f"Không khôi phục được: cơ sở dữ liệu đang bận ({error}); dữ liệu "
                              "hiện tại không thay đổi. (The database is busy: nothing "
                              "changed.)") from error
        finally:
            target.close()
    finally:
        content.close()
    with db.engine.begin() as connection:
        append_events(connection, actor, [(RESTORE_TABLE, snapshot.path.name, RESTORE_ACTION, {
            "snapshot": snapshot.path.name,
            "taken_at": snapshot.taken_at.isoformat(timespec="seconds"),
            "reason": snapshot.reason,
            "replaced_events": replaced_events,
            "replaced_head": replaced_head,
            "replaced_kept_as": kept.name,
        })])
    migrate(db)  # a snapshot taken before an upgrade comes back at the current schema
    return kept
