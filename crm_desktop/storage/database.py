"""Opening a crm-desktop database file safely, and handing out sessions on it."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from crm_desktop.domain.errors import (
    DatabaseOpenError,
    ForeignDatabaseError,
    NewerSchemaError,
    NotADatabaseError,
    UnwritableDatabaseError,
)
from crm_desktop.storage.changelog import TrackedSession
from crm_desktop.storage.engine import create_sqlite_engine, writer
from crm_desktop.storage.schema import SCHEMA_REVISION

SQLITE_HEADER = b"SQLite format 3\x00"


@dataclass(frozen=True)
class FileState:
    """What a read-only look at a database file found."""

    exists: bool
    revision: str | None
    has_tables: bool


class Database:
    """An open, migrated database: the engine plus session factories for it."""

    def __init__(self, path: Path, engine: Engine) -> None:
        self.path = path
        self.engine = engine
        self._reader = sessionmaker(engine, class_=TrackedSession, expire_on_commit=False)
        self._writer = sessionmaker(writer(engine), class_=TrackedSession, expire_on_commit=False)

    def session(self, *, write: bool = True) -> Session:
        """A new session; writers take the database write lock when their transaction starts."""
        return (self._writer if write else self._reader)()

    def close(self) -> None:
        # Keep the planner's statistics in step with the data (cheap when nothing changed).
        with contextlib.suppress(Exception), self.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA optimize")
        self.engine.dispose()


def inspect_file(path: Path) -> FileState:
    """Look at ``path`` without changing it: is it ours, and at which schema revision."""
    if not path.exists() or path.stat().st_size == 0:
        return FileState(exists=False, revision=None, has_tables=False)
    if path.is_dir():
        raise NotADatabaseError(str(path), "this is a folder, not a database file")
    try:
        with path.open("rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise UnwritableDatabaseError(
            str(path), f"the file cannot be read ({exc.strerror})"
        ) from exc
    if header != SQLITE_HEADER:
        raise NotADatabaseError(str(path), "the file is not a crm-desktop (SQLite) database")
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            tables = {
                r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            revision = None
            if "alembic_version" in tables:
                row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise NotADatabaseError(str(path), f"the database file is damaged ({exc})") from exc
    user_tables = {t for t in tables if not t.startswith("sqlite_") and t != "alembic_version"}
    return FileState(exists=True, revision=revision, has_tables=bool(user_tables))


def _check_writable(path: Path) -> None:
    folder = path.parent
    if not folder.exists():
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise UnwritableDatabaseError(
                str(path), f"the folder cannot be created ({exc.strerror})"
            ) from exc
    if not folder.is_dir():
        raise UnwritableDatabaseError(str(path), f"{folder} is not a folder")
    if path.exists() and not os.access(path, os.R_OK | os.W_OK):
        raise UnwritableDatabaseError(str(path), "the file is read-only for you")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise UnwritableDatabaseError(str(path), "the folder is read-only for you")


def check_revision(path: Path, state: FileState) -> None:
    if state.revision is None:
        if state.has_tables:
            raise ForeignDatabaseError(
                str(path), "this SQLite file belongs to another program, not crm-desktop"
            )
        return
    if state.revision == SCHEMA_REVISION:
        return
    from crm_desktop.storage.migrate import known_revisions

    if state.revision not in known_revisions():
        raise NewerSchemaError(
            str(path),
            "the database was written by a newer version of crm-desktop; "
            "update crm-desktop to open it",
        )


def open_database(path: Path | str) -> Database:
    """Open (creating if needed) and migrate the database at ``path``.

    Raises a ``DatabaseOpenError`` with a message for the user, before anything is written,
    when the file cannot be used.
    """
    path = Path(path).expanduser()
    state = inspect_file(path)
    check_revision(path, state)
    _check_writable(path)
    if state.exists and state.revision is not None and state.revision != SCHEMA_REVISION:
        from crm_desktop.storage.backup import backup_before_migration

        backup_before_migration(path)  # raises DatabaseOpenError: then nothing is migrated
    engine = create_sqlite_engine(path)
    try:
        if state.revision != SCHEMA_REVISION:
            from crm_desktop.storage.migrate import upgrade_to_head

            with writer(engine).begin() as conn:
                upgrade_to_head(conn)
        _restrict_permissions(path)
    except sqlite3.Error as exc:  # pragma: no cover - depends on the file system
        engine.dispose()
        raise DatabaseOpenError(str(path), str(exc)) from exc
    except Exception as exc:
        engine.dispose()
        if isinstance(exc, DatabaseOpenError):
            raise
        raise DatabaseOpenError(str(path), f"the database cannot be opened ({exc})") from exc
    return Database(path, engine)


def _restrict_permissions(path: Path) -> None:
    """Customer data is readable by its owner only."""
    for candidate in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        if candidate.exists():
            with contextlib.suppress(OSError):  # e.g. a file owned by someone else
                candidate.chmod(0o600)
