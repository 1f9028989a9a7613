"""Encryption at rest (opt-in): encrypt a database and its backups, change the passphrase.

The app must have the database closed for these (they replace or re-key the file). Opening an
encrypted database: ``Services(open_database(path, key=passphrase))``; a wrong passphrase
raises ``WrongPassphraseError`` and the file is not changed. Backups of an encrypted database
are encrypted with the same passphrase (see storage/backup.py).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path

from crm_desktop.domain.errors import CrmError
from crm_desktop.storage import backup as store
from crm_desktop.storage import encryption
from crm_desktop.storage.encryption import (
    EncryptionUnavailableError,
    PassphraseNeededError,
    WrongPassphraseError,
)

__all__ = [
    "EncryptionUnavailableError",
    "PassphraseNeededError",
    "WrongPassphraseError",
    "available",
    "change_passphrase",
    "check_passphrase",
    "decrypt_database",
    "encrypt_database",
    "is_encrypted",
]

available = encryption.available
is_encrypted = encryption.is_encrypted


def _encrypt_in_place(path: Path, key: str) -> None:
    """Replace the plain database file ``path`` by an encrypted, checked copy of it."""
    _replace_by_copy(path, key, encryption.encrypt_copy, key)


def _decrypt_in_place(path: Path, key: str) -> None:
    """Replace the encrypted database file ``path`` by a plain, checked copy of it."""
    _replace_by_copy(path, key, encryption.decrypt_copy, None)


def _replace_by_copy(
    path: Path, key: str, copy: Callable[[Path, Path, str], None], copy_key: str | None
) -> None:
    tmp = path.with_name(f".{path.name}.encrypt.tmp")
    tmp.unlink(missing_ok=True)
    try:
        copy(path, tmp, key)
        conn = encryption.connect(tmp, key=copy_key)
        try:
            problems = store.integrity_problems(conn)
        finally:
            conn.close()
        if problems:
            raise CrmError(f"{path}: the new copy failed its check ({problems[0]})")
        encryption.sync_file(tmp)  # durable before it replaces the file
        store.move_into_place(tmp, path)  # a rename, then the folder synced
    finally:
        tmp.unlink(missing_ok=True)


def encrypt_database(path: Path, key: str) -> list[Path]:
    """Encrypt the closed plain database ``path`` and every backup of it with ``key``.

    Returns the backups encrypted. The plain bytes are replaced, not kept: a plain copy left
    on disk would defeat the purpose.
    """
    path = Path(path)
    if not key:
        raise CrmError("the passphrase is empty")
    encryption.sqlcipher()
    if encryption.is_encrypted(path):
        raise CrmError(f"{path}: the database is already encrypted")
    store.release_database(path)  # fold the write-ahead log in; refuse if still open
    _encrypt_in_place(path, key)
    for side in ("-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            path.with_name(path.name + side).unlink()
    done = []
    for info in store.list_backups(path):
        if not encryption.is_encrypted(info.path):
            _encrypt_in_place(info.path, key)
            done.append(info.path)
    encryption.remember_key(path, key)
    return done


def change_passphrase(path: Path, old: str, new: str) -> None:
    """Re-key the closed encrypted database ``path`` and its backups from ``old`` to ``new``.

    A wrong ``old`` raises ``WrongPassphraseError`` before anything changes.
    """
    path = Path(path)
    conn = encryption.connect(path, key=old)  # checks the old passphrase
    conn.close()
    encryption.change_key(path, old, new)
    for info in store.list_backups(path):
        if encryption.is_encrypted(info.path):
            with contextlib.suppress(WrongPassphraseError):  # a backup under an older key
                encryption.change_key(info.path, old, new)
    encryption.remember_key(path, new)


def check_passphrase(path: Path, key: str) -> None:
    """Raise ``WrongPassphraseError`` unless ``key`` opens the encrypted database ``path``."""
    conn = encryption.connect(Path(path), key=key, read_only=True)
    conn.close()


def decrypt_database(path: Path, key: str) -> list[Path]:
    """Remove the encryption of the closed database ``path`` and of its backups.

    A wrong ``key`` raises ``WrongPassphraseError`` before anything changes. Backups under an
    older passphrase stay as they are. Returns the backups decrypted.
    """
    path = Path(path)
    if not encryption.is_encrypted(path):
        raise CrmError(f"{path}: the database is not encrypted")
    check_passphrase(path, key)
    conn = encryption.connect(path, key=key)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # fold the write-ahead log in
    finally:
        conn.close()
    _decrypt_in_place(path, key)
    for side in ("-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            path.with_name(path.name + side).unlink()
    done = []
    for info in store.list_backups(path):
        if encryption.is_encrypted(info.path):
            with contextlib.suppress(WrongPassphraseError):  # a backup under an older key
                _decrypt_in_place(info.path, key)
                done.append(info.path)
    encryption.forget_key(path)
    return done
