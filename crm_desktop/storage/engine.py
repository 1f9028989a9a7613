"""SQLAlchemy engine for a SQLite file: WAL, foreign keys, busy timeout."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, ExceptionContext
from sqlalchemy.exc import OperationalError
from sqlalchemy.pool import QueuePool

from crm_desktop.domain.errors import CrmError
from crm_desktop.domain.pinyin import sort_key

BUSY_TIMEOUT_MS = 5000

#: SQLite primary result codes a user can do something about, and what to tell them.
_WRITE_PROBLEMS = {
    5: ("locked", "the database is locked by another program (or another crm-desktop window) "
        "for too long; the change was not saved: try again in a moment"),
    6: ("locked", "the database is locked; the change was not saved: try again in a moment"),
    8: ("read_only", "the database is read-only (opened read-only, or the file or its folder "
        "cannot be written); the change was not saved"),
    10: ("io", "the disk could not be read or written; the change was not saved"),
    11: ("damaged", "the database file is damaged; the change was not saved: "
         "restore a backup (Settings, Backups)"),
    26: ("damaged", "the database file is damaged; the change was not saved: "
         "restore a backup (Settings, Backups)"),
    13: ("full", "the disk is full; the change was not saved: free some disk space and save "
         "again"),
}  # fmt: skip


_DAMAGED_READ = (
    "the database file is damaged: part of it cannot be read; restore a backup (Settings, Backups)"
)


def _is_read(statement: str | None) -> bool:
    """A query, or fetching its rows (no statement then)."""
    words = (statement or "").lstrip().split(None, 1)
    return not words or words[0].upper() in ("SELECT", "WITH", "PRAGMA")


class DatabaseWriteError(CrmError, OperationalError):
    """A statement failed for a reason outside the app: disk full, read-only, locked, damaged.

    The transaction is rolled back, so nothing was written. Still an ``OperationalError``
    for code that catches those; a ``CrmError`` whose text is fit for the user.
    """

    kind: str = "io"
    message: str = ""

    def __str__(self) -> str:
        return self.message


def _on_error(context: ExceptionContext) -> None:
    original = context.original_exception
    code = getattr(original, "sqlite_errorcode", None)
    if not isinstance(code, int):
        return
    problem = _WRITE_PROBLEMS.get(code & 0xFF)
    if problem is None:
        return
    error = DatabaseWriteError(context.statement, context.parameters, original)
    error.kind, error.message = problem
    if error.kind == "damaged" and _is_read(context.statement):
        error.message = _DAMAGED_READ
    raise error from original


def _register_functions(dbapi_connection: sqlite3.Connection) -> None:
    """SQL functions of our own: ``pinyin_key(text)``, the sort key of a name."""
    dbapi_connection.create_function("pinyin_key", 1, sort_key, deterministic=True)


def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # Let SQLAlchemy, not the sqlite3 module, decide where transactions begin.
    dbapi_connection.isolation_level = None
    _register_functions(dbapi_connection)
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.execute("PRAGMA cache_size = -32000")
        cursor.execute("PRAGMA temp_store = MEMORY")
    finally:
        cursor.close()


def _on_begin(conn: Any) -> None:
    # Writers BEGIN IMMEDIATE (see ``writer``): a second writer then waits for the lock
    # (busy_timeout) instead of failing half-way through a unit of work. Readers stay deferred.
    mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
    conn.exec_driver_sql(f"BEGIN {mode}")


def writer(engine: Engine) -> Engine:
    """The same engine (same pool), beginning its transactions with the write lock."""
    return engine.execution_options(sqlite_begin="IMMEDIATE")


def _on_connect_read_only(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    dbapi_connection.isolation_level = None
    _register_functions(dbapi_connection)
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA query_only = ON")
        cursor.execute("PRAGMA cache_size = -32000")
        cursor.execute("PRAGMA temp_store = MEMORY")
    finally:
        cursor.close()


def create_sqlite_engine(path: Path, *, read_only: bool = False, key: str | None = None) -> Engine:
    """The engine of the database file ``path``; ``read_only`` never writes to the file;
    ``key``: the file is encrypted with SQLCipher under that passphrase."""
    if key is not None:
        from crm_desktop.storage import encryption

        url = URL.create(
            "sqlite+pysqlcipher",
            password=key,
            database=f"file:{Path(path).resolve()}" if read_only else str(path),
            query={"mode": "ro", "uri": "true"} if read_only else {},
        )
        # The pysqlcipher dialect's default pool keeps one connection per thread and closes
        # the oldest beyond five, under threads still using them; a queue pool, as for plain
        # files, hands each connection to one thread at a time.
        engine = create_engine(
            url,
            module=encryption.sqlcipher(),
            poolclass=QueuePool,
            connect_args={"check_same_thread": False},
        )
        event.listen(engine, "connect", _on_connect_read_only if read_only else _on_connect)
    elif read_only:
        uri = f"{Path(path).resolve().as_uri()}?mode=ro"
        engine = create_engine(
            "sqlite+pysqlite://",
            creator=lambda: sqlite3.connect(uri, uri=True, check_same_thread=False),
            poolclass=QueuePool,  # not the per-thread pool of an in-memory URL (see above)
        )
        event.listen(engine, "connect", _on_connect_read_only)
    else:
        engine = create_engine(f"sqlite+pysqlite:///{path}")
        event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    event.listen(engine, "handle_error", _on_error)
    return engine
