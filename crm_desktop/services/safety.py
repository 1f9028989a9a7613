"""Ways out when a database cannot be opened normally: read-only, or from its newest good backup.

The GUI calls these on a worker after ``Services.open`` failed with a ``DamagedDatabaseError``
(``PRAGMA quick_check`` failed: the file is never written to) or an
``UnwritableDatabaseError`` (read-only file or folder).
"""

from __future__ import annotations

import contextlib
import logging
from dataclasses import dataclass
from pathlib import Path

from crm_desktop.domain.errors import CrmError, DatabaseOpenError, UnwritableDatabaseError
from crm_desktop.services.backups import (
    BackupInfo,
    BackupService,
    DamagedSourceError,
    RestoreResult,
)
from crm_desktop.services.container import Services
from crm_desktop.storage.database import DamagedDatabaseError, open_database
from crm_desktop.storage.encryption import PassphraseNeededError, WrongPassphraseError

log = logging.getLogger(__name__)

__all__ = [
    "DamagedDatabaseError",
    "OpenProblem",
    "UnwritableDatabaseError",
    "background_daily_backup",
    "describe_open_problem",
    "open_encrypted",
    "open_read_only",
    "restore_and_open",
]


@dataclass(frozen=True)
class OpenProblem:
    """Why a database did not open, and what the user can do about it."""

    path: Path
    damaged: bool  # quick_check failed (else: read-only file or folder)
    problems: tuple[str, ...]
    #: The newest backup passing ``integrity_check`` (damaged databases only; None: none).
    good_backup: BackupInfo | None
    can_read: bool  # a read-only open is worth offering
    #: The database is encrypted: ask for its passphrase (again, when ``wrong_passphrase``).
    needs_passphrase: bool = False
    wrong_passphrase: bool = False
    #: The passphrase kept in the system keyring for it did not open it.
    keyring_failed: bool = False


def describe_open_problem(exc: DatabaseOpenError) -> OpenProblem | None:
    """The recovery choices for ``exc`` (slow: checks backups), or None when there are none."""
    path = Path(exc.path)
    if isinstance(exc, PassphraseNeededError | WrongPassphraseError):
        wrong = isinstance(exc, WrongPassphraseError)
        failed = bool(getattr(exc, "keyring_failed", False))
        return OpenProblem(path, False, (exc.reason,), None, False, True, wrong, failed)
    if isinstance(exc, DamagedDatabaseError):
        good = BackupService(path).newest_good_backup()
        return OpenProblem(path, True, tuple(exc.problems[:20]), good, can_read=True)
    if isinstance(exc, UnwritableDatabaseError) and path.is_file():
        return OpenProblem(path, False, (exc.reason,), None, can_read=_readable(path))
    return None


def _readable(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            fh.read(16)
    except OSError:
        return False
    return True


def open_encrypted(path: Path, passphrase: str) -> Services:
    """The services of the encrypted database ``path`` (``WrongPassphraseError`` if wrong)."""
    try:
        services = Services(open_database(path, key=passphrase))
    except DatabaseOpenError as exc:  # the GUI asks again, or offers what fits
        setattr(exc, "recovery", describe_open_problem(exc))  # noqa: B010
        raise
    with contextlib.suppress(CrmError, OSError):  # as at every open; a failed copy is no reason
        BackupService(path).maybe_daily_backup()
    return services


def open_read_only(path: Path) -> Services:
    """The services of ``path`` opened read-only: reading works, every write fails."""
    return Services(open_database(path, read_only=True))


def restore_and_open(path: Path, backup: Path) -> tuple[Services, RestoreResult]:
    """Put ``backup`` in place of the database ``path`` (the current file is kept in the
    backups folder, as 'damaged' if it cannot be copied cleanly), then open it."""
    result = BackupService(path).restore(backup)
    return Services.open(path), result


def background_daily_backup(path: Path) -> OpenProblem | None:
    """The daily backup of ``path`` (at most one a day; a large database's is made on a worker
    after it opened, and is then its whole-file check).

    When the copy fails its integrity check, the database itself is damaged: the recovery
    choices are returned (the caller flags the open ``Database`` as damaged, so it is not
    marked as closed cleanly and the next open checks it). None when all is well. Other
    failures (disk full...) are logged: a missing daily copy must not keep the rep from working.
    """
    try:
        BackupService(path).maybe_daily_backup()
    except DamagedSourceError as exc:
        log.error("the daily backup of %s found it damaged: %s", path, exc)
        good = BackupService(path).newest_good_backup()
        return OpenProblem(path, True, (str(exc),), good, can_read=True)
    except (CrmError, OSError):
        log.exception("the daily backup of %s failed", path)
    return None
