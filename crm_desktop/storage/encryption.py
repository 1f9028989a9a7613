"""Encryption at rest (opt-in): SQLCipher through ``sqlcipher3``.

An encrypted database has no readable SQLite header; every page is encrypted with a key
derived from the user's passphrase. Backups of it are made with SQLite's backup API between
two keyed connections, so they are encrypted with the same passphrase.

The passphrase of each open encrypted database is kept in memory for this process only
(``remember_key``), so backups, checks and restores of that database (and of the files in its
backups folder) can open them without every caller passing the passphrase around.
"""

from __future__ import annotations

import contextlib
import importlib
import os
import sqlite3
from pathlib import Path
from types import ModuleType
from typing import Any

from crm_desktop.domain.errors import CrmError, DatabaseOpenError, NotADatabaseError

SQLITE_HEADER = b"SQLite format 3\x00"
#: For headless use (``python main.py check/backup/...``): the passphrase of encrypted files.
PASSPHRASE_ENV = "CRM_DESKTOP_PASSPHRASE"
_KEYS: dict[Path, str] = {}


class EncryptionUnavailableError(CrmError):
    """SQLCipher (the ``sqlcipher3`` package) is not installed."""


class WrongPassphraseError(DatabaseOpenError):
    """The passphrase does not open the encrypted database (the file is not changed)."""


class PassphraseNeededError(NotADatabaseError):
    """The database is encrypted and no passphrase was given."""


def sqlcipher() -> ModuleType:
    try:
        return importlib.import_module("sqlcipher3")
    except ImportError as exc:
        raise EncryptionUnavailableError(
            "encryption needs the sqlcipher3 package (pip install sqlcipher3)"
        ) from exc


def available() -> bool:
    try:
        sqlcipher()
    except EncryptionUnavailableError:
        return False
    return True


def is_encrypted(path: Path) -> bool:
    """Whether ``path`` is a non-empty file without a plain SQLite header (maybe encrypted)."""
    try:
        with path.open("rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
    except OSError:
        return False
    return len(header) == len(SQLITE_HEADER) and header != SQLITE_HEADER


def remember_key(path: Path, key: str) -> None:
    _KEYS[path.resolve()] = key


def forget_key(path: Path) -> None:
    _KEYS.pop(path.resolve(), None)


def key_for(path: Path) -> str | None:
    """The passphrase of ``path``, or of the database whose backups folder holds it."""
    resolved = path.resolve()
    if resolved in _KEYS:
        return _KEYS[resolved]
    for db_path, key in _KEYS.items():
        if resolved.parent == db_path.parent / "backups" and resolved.name.startswith(db_path.stem):
            return key
    from_env = os.environ.get(PASSPHRASE_ENV)
    if from_env and is_encrypted(path):
        return from_env
    return None


def _quote(key: str) -> str:
    return "'" + key.replace("'", "''") + "'"


def apply_key(conn: Any, key: str) -> None:
    """Key a fresh sqlcipher3 connection; raise WrongPassphraseError if the key is wrong."""
    conn.execute(f"PRAGMA key = {_quote(key)}")
    conn.execute("PRAGMA cipher_log_level = NONE")
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher().DatabaseError as exc:
        raise WrongPassphraseError(
            str(getattr(conn, "crm_path", "")) or "database",
            "the passphrase is wrong (or the file is damaged); the file was not changed",
        ) from exc


def connect(path: Path, *, read_only: bool = False, key: str | None = None) -> Any:
    """A DB-API connection to ``path`` (autocommit): keyed with SQLCipher if it has a key."""
    key = key if key is not None else key_for(path)
    uri = path.resolve().as_uri() + ("?mode=ro" if read_only else "")
    if key is None:
        return sqlite3.connect(uri, uri=True, isolation_level=None)
    conn = sqlcipher().connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    try:
        apply_key(conn, key)
    except WrongPassphraseError as exc:
        conn.close()
        raise WrongPassphraseError(str(path), exc.reason) from None
    return conn


def database_errors() -> tuple[type[Exception], ...]:
    """The exception classes a database connection may raise (sqlite3's and SQLCipher's)."""
    errors: list[type[Exception]] = [sqlite3.Error]
    with contextlib.suppress(EncryptionUnavailableError):
        errors.append(sqlcipher().Error)
    return tuple(errors)


def io_errors() -> tuple[type[Exception], ...]:
    """File system errors and database errors."""
    return (OSError, *database_errors())


def encrypt_copy(plain: Path, dest: Path, key: str) -> None:
    """Write an encrypted copy of the plain database ``plain`` to the new file ``dest``.

    ``dest`` is not synced to disk: call ``sync_file`` before relying on it."""
    if dest.exists():
        raise CrmError(f"{dest}: the file already exists")
    fd = os.open(dest, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(fd)
    conn = sqlcipher().connect(str(plain), isolation_level=None)
    try:
        conn.execute(f"ATTACH DATABASE ? AS encrypted KEY {_quote(key)}", (str(dest),))
        # One sync per exported table would take seconds: the caller syncs the whole file.
        conn.execute("PRAGMA encrypted.synchronous = OFF")
        conn.execute("SELECT sqlcipher_export('encrypted')")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        conn.execute(f"PRAGMA encrypted.user_version = {int(version)}")
        conn.execute("DETACH DATABASE encrypted")
    except BaseException:
        conn.close()
        dest.unlink(missing_ok=True)
        raise
    conn.close()


def change_key(path: Path, old: str, new: str) -> None:
    """Re-encrypt ``path`` with the passphrase ``new`` (the app must have it closed)."""
    if not new:
        raise CrmError("the new passphrase is empty")
    conn = connect(path, key=old)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute(f"PRAGMA rekey = {_quote(new)}")
    finally:
        conn.close()
    if path.resolve() in _KEYS:
        remember_key(path, new)


def decrypt_copy(encrypted: Path, dest: Path, key: str) -> None:
    """Write a plain copy of the encrypted database ``encrypted`` to the new file ``dest``
    (not synced to disk: call ``sync_file`` before relying on it)."""
    if dest.exists():
        raise CrmError(f"{dest}: the file already exists")
    fd = os.open(dest, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(fd)
    conn = connect(encrypted, key=key)
    try:
        conn.execute("ATTACH DATABASE ? AS plaintext KEY ''", (str(dest),))
        conn.execute("PRAGMA plaintext.synchronous = OFF")  # the caller syncs the file
        conn.execute("SELECT sqlcipher_export('plaintext')")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        conn.execute(f"PRAGMA plaintext.user_version = {int(version)}")
        conn.execute("DETACH DATABASE plaintext")
    except BaseException:
        conn.close()
        dest.unlink(missing_ok=True)
        raise
    conn.close()


def sync_file(path: Path) -> None:
    """Make the bytes of ``path`` durable (before it replaces another file by a rename)."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
