"""Opening a crm-desktop database file safely, and handing out sessions on it."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy.exc
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from crm_desktop.domain.errors import (
    DatabaseOpenError,
    ForeignDatabaseError,
    NewerSchemaError,
    NotADatabaseError,
    UnwritableDatabaseError,
)
from crm_desktop.storage import encryption
from crm_desktop.storage.changelog import TrackedSession
from crm_desktop.storage.engine import BUSY_TIMEOUT_MS, create_sqlite_engine, writer
from crm_desktop.storage.schema import SCHEMA_REVISION

#: ``PRAGMA user_version`` of a file whose last writer closed it normally. Opening for writing
#: clears it, so a crash or a power cut leaves 0 and the next start runs ``PRAGMA quick_check``
#: (which reads the whole file: seconds on a large database) before anything is written.
CLOSED_CLEANLY = 1
#: Files up to this size are checked at every open (well under a second). A larger file that
#: was closed cleanly is checked by the daily backup instead, in the background, so a
#: multi-gigabyte database opens in a moment.
INLINE_CHECK_MAX_BYTES = 64 * 1024 * 1024

SQLITE_HEADER = b"SQLite format 3\x00"


@dataclass(frozen=True)
class FileState:
    """What a read-only look at a database file found."""

    exists: bool
    revision: str | None
    has_tables: bool


class DamagedDatabaseError(NotADatabaseError):
    """The file is a SQLite database but fails SQLite's checks: it is not written to."""

    def __init__(self, path: str, reason: str, problems: list[str] | None = None) -> None:
        super().__init__(path, reason)
        self.problems = problems or [reason]


class Database:
    """An open, migrated database: the engine plus session factories for it."""

    def __init__(self, path: Path, engine: Engine, *, read_only: bool = False) -> None:
        self.path = path
        self.engine = engine
        #: Opened with ``open_database(read_only=True)``: every write fails, the file is kept.
        self.read_only = read_only
        #: A background check found the file damaged: it is not marked as closed cleanly, so
        #: the next open checks it (and offers its backups) before anything is written.
        self.damaged = False
        self._reader = sessionmaker(engine, class_=TrackedSession, expire_on_commit=False)
        self._writer = sessionmaker(writer(engine), class_=TrackedSession, expire_on_commit=False)

    def session(self, *, write: bool = True) -> Session:
        """A new session; writers take the database write lock when their transaction starts."""
        return (self._writer if write else self._reader)()

    def close(self) -> None:
        # Keep the planner's statistics in step with the data (cheap when nothing changed).
        with contextlib.suppress(Exception), self.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA optimize")
        if not self.read_only and not self.damaged:
            with contextlib.suppress(Exception), writer(self.engine).begin() as conn:
                conn.exec_driver_sql(f"PRAGMA user_version = {CLOSED_CLEANLY}")
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
    if header != SQLITE_HEADER and encryption.key_for(path) is None:
        if _looks_encrypted(header):
            raise encryption.PassphraseNeededError(
                str(path), "the file is encrypted (or not a database): a passphrase is needed"
            )
        raise NotADatabaseError(str(path), "the file is not a crm-desktop (SQLite) database")
    try:
        with read_only_connection(path) as conn:
            tables = {
                r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            revision = None
            if "alembic_version" in tables:
                row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
    except encryption.database_errors() as exc:
        raise DamagedDatabaseError(str(path), f"the database file is damaged ({exc})") from exc
    user_tables = {t for t in tables if not t.startswith("sqlite_") and t != "alembic_version"}
    return FileState(exists=True, revision=revision, has_tables=bool(user_tables))


@contextlib.contextmanager
def read_only_connection(path: Path) -> Iterator[sqlite3.Connection]:
    """A read-only connection to ``path`` that leaves no side files behind.

    A read-only reader of a WAL database creates an empty write-ahead log it cannot remove
    itself; when there was none before, it is tidied away after.
    """
    wal, shm = path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")
    had_wal = wal.exists()
    conn = encryption.connect(path, read_only=True)
    try:
        yield conn
    finally:
        conn.close()
        with contextlib.suppress(OSError):
            if not had_wal and wal.exists() and wal.stat().st_size == 0:
                wal.unlink()
                shm.unlink(missing_ok=True)


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


def quick_check(path: Path, *, unless_closed_cleanly: bool = False) -> list[str]:
    """What ``PRAGMA quick_check`` finds wrong with the file ``path`` (read-only; [] if sound).

    ``unless_closed_cleanly`` skips the check when the last writer closed the file normally.
    """
    try:
        with read_only_connection(path) as conn:
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            if unless_closed_cleanly and _closed_cleanly(conn):
                return []
            rows = [str(r[0]) for r in conn.execute("PRAGMA quick_check")]
    except encryption.WrongPassphraseError:
        raise
    except encryption.database_errors() as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            return []  # another program holds the lock: it is not damage (reported on writes)
        return [str(exc)]
    return [] if rows == ["ok"] else rows


def _closed_cleanly(conn: sqlite3.Connection) -> bool:
    return bool(conn.execute("PRAGMA user_version").fetchone()[0] == CLOSED_CLEANLY)


def _looks_encrypted(header: bytes) -> bool:
    """Random bytes (an encrypted page), not text such as a CSV file renamed."""
    return sum(b < 9 or b > 126 for b in header) >= 4


def open_database(
    path: Path | str, *, read_only: bool = False, check: bool = True, key: str | None = None
) -> Database:
    """Open (creating if needed) and migrate the database at ``path``.

    Raises a ``DatabaseOpenError`` with a message for the user, before anything is written,
    when the file cannot be used; ``DamagedDatabaseError`` when ``PRAGMA quick_check`` fails
    (``check=False`` skips it). ``read_only`` opens an existing database at the current schema
    without writing to it (no migration, no check: a damaged file can still be read).
    """
    path = Path(path).expanduser()
    if key is not None:  # encrypted (or to be created encrypted) with SQLCipher
        encryption.sqlcipher()
        encryption.remember_key(path, key)
    try:
        state = inspect_file(path)
    except DatabaseOpenError:
        if key is not None:
            encryption.forget_key(path)
        raise
    check_revision(path, state)
    if read_only:
        return _open_read_only(path, state)
    if check and state.exists:
        large = path.stat().st_size > INLINE_CHECK_MAX_BYTES
        problems = quick_check(path, unless_closed_cleanly=large)
        if problems:
            raise DamagedDatabaseError(
                str(path), f"the database file is damaged ({problems[0]})", problems
            )
    _check_writable(path)
    if state.exists and state.revision is not None and state.revision != SCHEMA_REVISION:
        from crm_desktop.storage.backup import backup_before_migration

        backup_before_migration(path)  # raises DatabaseOpenError: then nothing is migrated
    engine = create_sqlite_engine(path, key=encryption.key_for(path))
    try:
        if state.revision != SCHEMA_REVISION:
            from crm_desktop.storage.migrate import upgrade_to_head

            with writer(engine).begin() as conn:
                upgrade_to_head(conn)
        _mark_in_use(engine)
        _fill_sort_keys(engine)
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


def _mark_in_use(engine: Engine) -> None:
    """Clear the clean-close mark: a crash from here on makes the next open check the file.

    Best effort: when another program holds the write lock it has the file open (and the mark
    cleared) already, and opening must not fail or wait for it.
    """
    with engine.connect() as conn:
        if conn.exec_driver_sql("PRAGMA user_version").scalar() != CLOSED_CLEANLY:
            return
    with contextlib.suppress(sqlalchemy.exc.OperationalError), writer(engine).begin() as conn:
        conn.exec_driver_sql("PRAGMA user_version = 0")


def _fill_sort_keys(engine: Engine) -> None:
    """Give rows another tool wrote the sort keys of their names (storage/sort_keys.py).

    Cheap: the check reads partial indexes holding exactly those rows (normally none). Best
    effort, like ``_mark_in_use``: a file locked by another program is left for next time.
    """
    from crm_desktop.storage import sort_keys

    with contextlib.suppress(sqlalchemy.exc.OperationalError, *encryption.database_errors()):
        with engine.connect() as conn:
            if not sort_keys.any_missing(conn.connection.driver_connection):
                return
        with writer(engine).begin() as conn:
            sort_keys.fill_missing(conn.connection.driver_connection)


def _open_read_only(path: Path, state: FileState) -> Database:
    if not state.exists or state.revision is None:
        raise DatabaseOpenError(str(path), "there is no crm-desktop database to read")
    if state.revision != SCHEMA_REVISION:
        raise DatabaseOpenError(
            str(path), "the database needs an upgrade, which a read-only open cannot do"
        )
    engine = create_sqlite_engine(path, read_only=True, key=encryption.key_for(path))
    return Database(path, engine, read_only=True)


def _restrict_permissions(path: Path) -> None:
    """Customer data is readable by its owner only."""
    for candidate in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        if candidate.exists():
            with contextlib.suppress(OSError):  # e.g. a file owned by someone else
                candidate.chmod(0o600)
