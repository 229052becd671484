"""Opening the database: the URL, the engine with SQLite's safety settings, sessions, migrations.

The embedded default is one SQLite file in the platform data folder. Every write is its own short
transaction (`with db.session(actor) as s, s.begin(): ...`), committed at once; with WAL and
`synchronous=FULL` a committed change survives a pulled power cord. Several writers at once
(teller stations on a PostgreSQL server) are serialised where it matters by the database's own
write lock, and their conflicts retried (models/write_lock.py).
"""

from __future__ import annotations

import ast
import logging
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event, inspect, make_url, text
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session, sessionmaker

from models import schema  # noqa: F401  (registers every entity before the first session)
from models.audit import ACTOR_KEY, DEFAULT_ACTOR
from models.backup import backup_sqlite
from models.places import default_database_path

if TYPE_CHECKING:
    from alembic.config import Config

logger = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


class FolderNotWritable(PermissionError):
    """The database file's folder cannot be written (a read-only share, a locked USB stick, a
    folder of another user): SQLite keeps its journal there and the app its lock and backups."""


def ensure_writable_folder(folder: Path) -> None:
    """Create `folder` if needed and write a scratch file in it; FolderNotWritable otherwise. A
    real write, not a permission lookup, which Windows' access lists and read-only media
    would answer wrongly."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=folder):
            pass
    except OSError as error:
        raise FolderNotWritable(
            f"Không ghi được vào thư mục {folder} ({error.strerror or error}). Cơ sở dữ liệu "
            "cần một thư mục ghi được cho tệp của nó, tệp khóa và các bản sao lưu: hãy chép "
            "tệp sang một thư mục khác (chẳng hạn Tài liệu) rồi mở từ đó.") from error


def resolve_url(target: str | Path | None) -> URL:
    """`None`: the embedded default; a string with '://': an SQLAlchemy URL; else a file path,
    whose folder must be writable (FolderNotWritable)."""
    if target is None:
        target = default_database_path()
    text = str(target)
    if "://" in text:
        return make_url(text)
    path = Path(text).expanduser().resolve()
    ensure_writable_folder(path.parent)
    return make_url(f"sqlite:///{path}")


def sqlite_file(url: URL) -> Path | None:
    """The database file behind an SQLite URL, or None (another backend, or in memory)."""
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        return None
    return Path(url.database)


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def create_database_engine(url: URL) -> Engine:
    if url.get_backend_name() == "sqlite":
        engine = create_engine(url)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    # A server's connection may have died while pooled (a station's network, the server ended
    # it): tested at each checkout, replaced rather than failing the next action.
    # A host out of reach fails a connection within seconds, not the system's minutes.
    connect_args = {"connect_timeout": 5} if url.get_backend_name() == "postgresql" else {}
    return create_engine(url, pool_pre_ping=True, connect_args=connect_args)


def alembic_config(url: URL) -> Config:
    """Alembic's configuration in code. Its options pass through configparser interpolation, so
    a '%' (from a %-encoded path such as ".../Tài liệu (2021)/...") is doubled."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR).replace("%", "%%"))
    config.set_main_option(
        "sqlalchemy.url", url.render_as_string(hide_password=False).replace("%", "%%")
    )
    return config


@dataclass
class Database:
    """An open database: its URL, engine and session factory."""

    url: URL
    engine: Engine
    _factory: sessionmaker[Session] = field(repr=False)

    def session(self, actor: str = DEFAULT_ACTOR) -> Session:
        """A new session whose changes are audited as made by `actor` (the role at the keyboard)."""
        session = self._factory()
        session.info[ACTOR_KEY] = actor
        return session

    @property
    def file(self) -> Path | None:
        return sqlite_file(self.url)

    def dispose(self) -> None:
        self.engine.dispose()


def migration_heads() -> set[str]:
    """The newest revision of each branch, read from the migration files with `ast`: opening an
    up-to-date database then never imports Alembic (about 0.2 s of every start-up)."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in (MIGRATIONS_DIR / "versions").glob("*.py"):
        values: dict[str, ast.expr] = {}
        # Only the part before the first function: the identifiers come first (Alembic's
        # template), the migration's body is most of the file and of the time to parse it.
        header = path.read_text(encoding="utf-8").split("\ndef ", 1)[0]
        for node in ast.parse(header).body:
            if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) \
                    and node.value is not None:
                values[node.target.id] = node.value
            elif isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
                values[node.targets[0].id] = node.value
        revisions.add(ast.literal_eval(values["revision"]))
        down = ast.literal_eval(values["down_revision"]) if "down_revision" in values else None
        parents.update([down] if isinstance(down, str) else (down or ()))
    return revisions - parents


def current_revisions(db: Database) -> set[str]:
    """The revisions the database records (none for a new database)."""
    with db.engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return set()
        return set(connection.execute(text("SELECT version_num FROM alembic_version")).scalars())


def pending_migrations(db: Database) -> bool:
    return current_revisions(db) != migration_heads()


def migrate(db: Database) -> Path | None:
    """Bring the schema to the latest revision; back the file up first when it holds a schema.

    Returns the backup's path, or None when nothing was migrated or there was nothing to keep
    (a brand-new database).
    """
    if not pending_migrations(db):
        return None
    backup = None
    source = db.file
    if source is not None and current_revisions(db):
        backup = backup_sqlite(source, reason="truoc-nang-cap")
        logger.info("Backed up %s to %s before migrating", source, backup)
    from alembic import command

    config = alembic_config(db.url)
    with db.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "heads")
    return backup


def open_database(target: str | Path | None = None, *, upgrade: bool = True) -> Database:
    """Open (creating if needed) the database at `target` and apply pending migrations."""
    url = resolve_url(target)
    engine = create_database_engine(url)
    db = Database(url, engine, sessionmaker(engine, expire_on_commit=False))
    if upgrade:
        migrate(db)
    return db
